"""Every sentence a refusal can say, once: a stable code -> its English text.

A ``DeskError`` names its code and the values of the text's ``{placeholders}``
(``params``); its English ``message`` (for the command line and the logs) is made here.
The desk and the kiosk translate the same text (``ui/common/labels.py::error_text``): each
text is marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` so that ``pyside6-lupdate``
extracts it without this module importing Qt, and its Chinese lives in
``i18n/receptionist_zh_CN.ts`` under the context ``Errors``. Adding an error is one line
here and its translation there.

Numbers in the texts are placeholders filled by the rule that checks them (``maximum``,
``shortest`` / ``longest`` ...), so a changed limit cannot leave a stale number in a
translation. Params never carry personal data: a masked phone at most.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


MESSAGES: dict[str, str] = {
    # -- who acts, staff --------------------------------------------------------------
    "actor_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The acting staff member is unknown or inactive; choose who is at the desk."
    ),
    "host_unknown": QT_TRANSLATE_NOOP("Errors", "The chosen host is unknown or inactive."),
    # -- signing in and roles (issue 11) -------------------------------------------------
    "role_refused": QT_TRANSLATE_NOOP(
        "Errors", "Your role may not do this; ask a manager or an administrator."
    ),
    "sign_in_wrong": QT_TRANSLATE_NOOP(
        "Errors", "Wrong name, password or PIN; nothing was done. Check it and try again."
    ),
    "sign_in_locked": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong attempts: this account is locked until {time}."
    ),
    "sign_in_no_secret": QT_TRANSLATE_NOOP(
        "Errors",
        "This staff member has no password or PIN yet; an administrator sets one first.",
    ),
    "sign_in_required": QT_TRANSLATE_NOOP(
        "Errors", "Sign in first: say who you are with your password or PIN."
    ),
    "sign_in_user_missing": QT_TRANSLATE_NOOP(
        "Errors", "Sign in with --user NAME or RECEPTIONIST_USER; nothing was done."
    ),
    "password_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "No password or PIN was given; type it when asked, pipe it on stdin or set {variable}.",
    ),
    "password_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two passwords differ, so nothing was changed; type the same one twice."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "A password needs at least {minimum} characters."
    ),
    "password_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A password may have at most {maximum} characters."
    ),
    "pin_not_for_role": QT_TRANSLATE_NOOP(
        "Errors", "Only receptionists may sign in with a PIN; this role needs a password."
    ),
    "setup_done": QT_TRANSLATE_NOOP(
        "Errors", "This site is already set up; sign in as one of its administrators."
    ),
    "staff_exists": QT_TRANSLATE_NOOP("Errors", "A staff member with this name already exists."),
    "staff_unknown": QT_TRANSLATE_NOOP("Errors", "No such staff member."),
    "staff_name_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "No active staff member has this name; add them first (receptionist staff add NAME).",
    ),
    "role_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Role must be receptionist, host, manager or admin."
    ),
    "department_control": QT_TRANSLATE_NOOP(
        "Errors", "Department contains a control character; remove it and try again."
    ),
    "department_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Department is longer than {maximum} characters."
    ),
    # -- customers --------------------------------------------------------------------
    "customer_unknown": QT_TRANSLATE_NOOP("Errors", "No such customer."),
    "customer_erased": QT_TRANSLATE_NOOP(
        "Errors",
        "This customer's personal data was erased; the record cannot be used again. "
        "Register the visitor as a new customer.",
    ),
    "customer_erase_open_visit": QT_TRANSLATE_NOOP(
        "Errors",
        "This customer has a visit on site or planned; check them out or cancel the visit "
        "first, then erase.",
    ),
    "customer_phone_none": QT_TRANSLATE_NOOP(
        "Errors", "No customer has this phone number; check it, or give the customer's --id."
    ),
    "erase_needs_yes": QT_TRANSLATE_NOOP(
        "Errors",
        "Erasing a customer cannot be undone, so it asks first; run it at a terminal and "
        "answer y, or add --yes.",
    ),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The export file could not be written; check that the folder exists and that you "
        "may write there, then try again.",
    ),
    "customer_phone_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No customer has this phone number; check it, or use --customer-id."
    ),
    # -- merging duplicates (issue 12) ------------------------------------------------
    "merge_same": QT_TRANSLATE_NOOP(
        "Errors", "A customer cannot be merged with itself; choose two different customers."
    ),
    "merge_erased": QT_TRANSLATE_NOOP(
        "Errors",
        "One of these customers was erased and cannot be merged; choose another pair.",
    ),
    "merge_both_on_site": QT_TRANSLATE_NOOP(
        "Errors",
        "Both customers have a visit on site; check one of them out first, then merge.",
    ),
    "merge_take_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Each field to take must be a customer field set to keep or other (e.g. phone=other).",
    ),
    "category_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Category must be prospect, existing, vip or problem."
    ),
    "category_same": QT_TRANSLATE_NOOP("Errors", "The customer already has this category."),
    "kind_invalid": QT_TRANSLATE_NOOP("Errors", "Kind must be consumer, business or internal."),
    "name_required": QT_TRANSLATE_NOOP("Errors", "Name is required."),
    "name_control": QT_TRANSLATE_NOOP(
        "Errors", "Name contains a control character; remove it and try again."
    ),
    "name_too_long": QT_TRANSLATE_NOOP("Errors", "Name is longer than {maximum} characters."),
    "company_control": QT_TRANSLATE_NOOP(
        "Errors", "Company contains a control character; remove it and try again."
    ),
    "company_too_long": QT_TRANSLATE_NOOP("Errors", "Company is longer than {maximum} characters."),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "Email address is not valid."),
    "amount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Amount must be a number with at most two decimals, such as 1280.50 or -20."
    ),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Please give a reason for the change."),
    "reason_control": QT_TRANSLATE_NOOP(
        "Errors", "Reason contains a control character; remove it and try again."
    ),
    "reason_too_long": QT_TRANSLATE_NOOP("Errors", "Reason is longer than {maximum} characters."),
    "title_control": QT_TRANSLATE_NOOP(
        "Errors", "Title contains a control character; remove it and try again."
    ),
    "title_too_long": QT_TRANSLATE_NOOP("Errors", "Title is longer than {maximum} characters."),
    "notes_too_long": QT_TRANSLATE_NOOP("Errors", "Notes are longer than {maximum} characters."),
    "notes_control": QT_TRANSLATE_NOOP(
        "Errors", "Notes contain a control character; remove it and try again."
    ),
    "customer_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Another station changed this customer's details ({fields}) after you opened them, "
        "so your changes were not saved; look at theirs, then save again.",
    ),
    "phone_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "This phone number ({phone}) already belongs to customer #{customer}; pick that "
        "customer instead.",
    ),
    # -- the customer archive (issue 12) ------------------------------------------------
    "source_control": QT_TRANSLATE_NOOP(
        "Errors", "Source contains a control character; remove it and try again."
    ),
    "source_too_long": QT_TRANSLATE_NOOP("Errors", "Source is longer than {maximum} characters."),
    "preferences_control": QT_TRANSLATE_NOOP(
        "Errors", "Preferences contain a control character; remove it and try again."
    ),
    "preferences_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Preferences are longer than {maximum} characters."
    ),
    "preference_tags_control": QT_TRANSLATE_NOOP(
        "Errors", "A tag contains a control character; remove it and try again."
    ),
    "preference_tags_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A tag is longer than {maximum} characters; shorten it or split it in two."
    ),
    "preference_tags_too_many": QT_TRANSLATE_NOOP(
        "Errors", "A customer can have at most {maximum} tags; remove some first."
    ),
    "customer_ref_control": QT_TRANSLATE_NOOP(
        "Errors", "Customer reference contains a control character; remove it and try again."
    ),
    "customer_ref_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Customer reference is longer than {maximum} characters."
    ),
    "customer_ref_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "Another customer already has this customer reference; check it, or clear it here.",
    ),
    "account_manager_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The account manager must be an active staff member; choose one from the list."
    ),
    "contact_consent_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Consent to be contacted must be yes or no."
    ),
    "special_date_kind_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A special date must be a birthday, wedding anniversary, founding day or other."
    ),
    "special_date_label_required": QT_TRANSLATE_NOOP(
        "Errors", 'A special date of kind "other" needs a label saying what it is.'
    ),
    "special_date_label_control": QT_TRANSLATE_NOOP(
        "Errors", "A special date's label contains a control character; remove it."
    ),
    "special_date_label_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A special date's label is longer than {maximum} characters."
    ),
    "special_date_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "A special date is not a real day of the year (February 29 only without a year "
        "or in a leap year); check its month and day.",
    ),
    "special_date_year_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A special date's year must be {lowest} or later; leave it empty if unknown."
    ),
    "special_dates_too_many": QT_TRANSLATE_NOOP(
        "Errors", "A customer can have at most {maximum} special dates; remove some first."
    ),
    # -- phone numbers ----------------------------------------------------------------
    "phone_chars": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone number may contain only digits, spaces, '-', '(', ')' and a leading '+'.",
    ),
    "phone_unparsable": QT_TRANSLATE_NOOP(
        "Errors", "Phone number is not a number that can be dialled."
    ),
    "phone_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone number is too short: a mainland mobile has {digits} digits; a landline "
        "needs its area code (for example 010-12345678).",
    ),
    "phone_length": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone number has the wrong length: a mainland mobile has {digits} digits; a "
        "landline needs its area code (for example 010-12345678).",
    ),
    "phone_foreign_too_short": QT_TRANSLATE_NOOP("Errors", "Phone number is too short."),
    "phone_foreign_length": QT_TRANSLATE_NOOP("Errors", "Phone number has the wrong length."),
    "phone_too_long": QT_TRANSLATE_NOOP("Errors", "Phone number is too long."),
    "phone_country": QT_TRANSLATE_NOOP("Errors", "Phone number has an unknown country code."),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone number is not valid: check the digits and, for a landline, the area code.",
    ),
    # -- any text typed ---------------------------------------------------------------
    "text_invalid": QT_TRANSLATE_NOOP(
        "Errors", "This text contains characters that are not valid text; type it again."
    ),
    "text_bidi": QT_TRANSLATE_NOOP(
        "Errors",
        "This text contains hidden characters that change the direction of text, so it "
        "could read differently on the board and on slips; type it again without them.",
    ),
    # -- visits -----------------------------------------------------------------------
    "purpose_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Purpose must be sales, after_sales, complaint or relationship."
    ),
    "flow_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Flow must be initial, follow_up, maintenance or complaint."
    ),
    "party_size_invalid": QT_TRANSLATE_NOOP("Errors", "Party size must be a whole number."),
    "party_size_range": QT_TRANSLATE_NOOP(
        "Errors", "Party size must be between {smallest} and {largest}."
    ),
    "note_control": QT_TRANSLATE_NOOP(
        "Errors", "Note contains a control character; remove it and try again."
    ),
    "note_too_long": QT_TRANSLATE_NOOP("Errors", "Note is longer than {maximum} characters."),
    "room_control": QT_TRANSLATE_NOOP(
        "Errors", "Room contains a control character; remove it and try again."
    ),
    "room_too_long": QT_TRANSLATE_NOOP("Errors", "Room is longer than {maximum} characters."),
    "already_on_site": QT_TRANSLATE_NOOP(
        "Errors", "This visitor is already on site; check them out first."
    ),
    "already_checked_out": QT_TRANSLATE_NOOP(
        "Errors", "This visitor has already been checked out."
    ),
    "not_on_site": QT_TRANSLATE_NOOP(
        "Errors", "This visit is not on site, so it cannot be checked out."
    ),
    "visit_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No visit has this code; check the code on the slip."
    ),
    "visit_id_unknown": QT_TRANSLATE_NOOP("Errors", "No such visit."),
    "step_invalid": QT_TRANSLATE_NOOP("Errors", "This step is not part of the visit's playbook."),
    "undo_nothing": QT_TRANSLATE_NOOP("Errors", "There is nothing to undo for this visit."),
    "undo_changed": QT_TRANSLATE_NOOP(
        "Errors", "This visit has changed since, so it can no longer be undone."
    ),
    "undo_too_late": QT_TRANSLATE_NOOP(
        "Errors", "It is too late to undo this: more than {minutes} minutes have passed."
    ),
    # -- planned visits and invitations -----------------------------------------------
    "expected_at_invalid": QT_TRANSLATE_NOOP("Errors", "The expected date and time are not valid."),
    "expected_at_past": QT_TRANSLATE_NOOP(
        "Errors", "The expected day is in the past; choose today or later."
    ),
    "expected_at_far": QT_TRANSLATE_NOOP("Errors", "Visits can be planned up to a year ahead."),
    "cancel_not_planned": QT_TRANSLATE_NOOP("Errors", "Only a planned visit can be cancelled."),
    "invite_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No visit has this invitation code; check the code on the invitation."
    ),
    "invite_used": QT_TRANSLATE_NOOP(
        "Errors", "This invitation has already been used or is no longer valid."
    ),
    "invite_other_day": QT_TRANSLATE_NOOP("Errors", "This invitation is for another day."),
    "invitation_not_printable": QT_TRANSLATE_NOOP(
        "Errors",
        "This visit is no longer planned (the visitor has arrived, or it was cancelled); "
        "there is no invitation to print.",
    ),
    # -- feedback ---------------------------------------------------------------------
    "overall_required": QT_TRANSLATE_NOOP("Errors", "The overall rating is required."),
    "rating_range": QT_TRANSLATE_NOOP(
        "Errors", "Ratings are whole numbers from {lowest} to {highest}."
    ),
    "recommend_range": QT_TRANSLATE_NOOP(
        "Errors", "The recommend score is a whole number from {lowest} to {highest}."
    ),
    "comment_control": QT_TRANSLATE_NOOP(
        "Errors", "Comment contains a control character; remove it and try again."
    ),
    "comment_too_long": QT_TRANSLATE_NOOP("Errors", "Comment is longer than {maximum} characters."),
    "source_invalid": QT_TRANSLATE_NOOP("Errors", "Feedback source must be card, kiosk or call."),
    "visit_not_received": QT_TRANSLATE_NOOP(
        "Errors", "This visit has not taken place, so it cannot have feedback."
    ),
    "feedback_exists": QT_TRANSLATE_NOOP(
        "Errors", "This visit already has feedback; it is entered only once."
    ),
    # -- printing ---------------------------------------------------------------------
    "format_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "This paper format is not available for this document; choose one of {choices}.",
    ),
    "document_invalid": QT_TRANSLATE_NOOP("Errors", "The document is a slip or a card."),
    "outcome_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The outcome of a print is printed, saved or failed."
    ),
    "printer_control": QT_TRANSLATE_NOOP(
        "Errors", "Printer name contains a control character; remove it and try again."
    ),
    "printer_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Printer name is longer than {maximum} characters."
    ),
    "pdf_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write the PDF to {path}: {reason}; choose another file with --out."
    ),
    "print_failed": QT_TRANSLATE_NOOP("Errors", "{reason} The PDF was saved to {path}."),
    # -- the site's settings ----------------------------------------------------------
    "site_name_required": QT_TRANSLATE_NOOP("Errors", "Site name is required."),
    "site_name_control": QT_TRANSLATE_NOOP(
        "Errors", "Site name contains a control character; remove it and try again."
    ),
    "site_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Site name is longer than {maximum} characters."
    ),
    "site_kind_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The kind of site must be office, showroom or hotel."
    ),
    "site_set_up": QT_TRANSLATE_NOOP(
        "Errors", "This site is already set up; change its name in Settings."
    ),
    "logo_invalid": QT_TRANSLATE_NOOP("Errors", "The logo must be a PNG image."),
    "logo_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The logo is larger than {size} KB; use a smaller image."
    ),
    "idle_seconds_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The idle time must be {shortest} to {longest} seconds."
    ),
    "lock_minutes_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The lock time must be {shortest} to {longest} minutes (0: never lock)."
    ),
    "retention_months_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The retention period must be {shortest} to {longest} months."
    ),
    "pin_invalid": QT_TRANSLATE_NOOP("Errors", "The PIN must be {shortest} to {longest} digits."),
    "pin_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two PINs differ, so nothing was changed; type the new PIN twice."
    ),
    "pin_missing": QT_TRANSLATE_NOOP("Errors", "No PIN was entered; nothing was changed."),
    # -- the kiosk (said to a visitor: what to do next, never whose data it is) ------
    "kiosk_invite_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "We do not know this invitation code. Check it, or choose “I have no appointment”.",
    ),
    "kiosk_invite_used": QT_TRANSLATE_NOOP(
        "Errors", "This invitation has already been used. Please see the front desk."
    ),
    "kiosk_invite_other_day": QT_TRANSLATE_NOOP(
        "Errors", "This invitation is for another day. Please see the front desk."
    ),
    "claim_settled": QT_TRANSLATE_NOOP(
        "Errors",
        "Another desk has already confirmed or rejected this match; the board shows the outcome.",
    ),
    "claim_on_site": QT_TRANSLATE_NOOP(
        "Errors",
        "The stored customer is already on site with another visit; check that visit out "
        "first, or reject the match.",
    ),
    "kiosk_checkout_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "We could not check out with this code. Type the whole code from your slip, or "
        "see the front desk.",
    ),
    "kiosk_checkout_paused": QT_TRANSLATE_NOOP(
        "Errors", "Check-out here is paused for now. Please see the front desk."
    ),
    "phone_required": QT_TRANSLATE_NOOP("Errors", "Please enter your mobile number."),
    "consent_required": QT_TRANSLATE_NOOP(
        "Errors", "Please tick the box to agree, or go to the front desk."
    ),
    "pin_wrong": QT_TRANSLATE_NOOP("Errors", "Wrong PIN."),
    "pin_locked": QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs. Try again after {time}."),
    "pin_not_set": QT_TRANSLATE_NOOP(
        "Errors", "No staff PIN is set; set one on the desk (Settings)."
    ),
    # -- stations (named desks and kiosks) --------------------------------------------
    "station_name_required": QT_TRANSLATE_NOOP("Errors", "Station name is required."),
    "station_name_control": QT_TRANSLATE_NOOP(
        "Errors", "Station name contains a control character; remove it and try again."
    ),
    "station_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Station name is longer than {maximum} characters."
    ),
    "location_control": QT_TRANSLATE_NOOP(
        "Errors", "Location contains a control character; remove it and try again."
    ),
    "location_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Location is longer than {maximum} characters."
    ),
    "station_kind_invalid": QT_TRANSLATE_NOOP("Errors", "A station is a desk or a kiosk."),
    "station_exists": QT_TRANSLATE_NOOP(
        "Errors", "Another station already has this name; choose another name."
    ),
    "station_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "No station has this name; see `receptionist station list`, or add it with "
        "`receptionist station add NAME --kind desk|kiosk`.",
    ),
    "station_other_kind": QT_TRANSLATE_NOOP(
        "Errors",
        "This station name belongs to a station of the other kind (a desk, not a kiosk, "
        "or the other way round); start this one with a name of its own (--station NAME).",
    ),
    "station_not_kiosk": QT_TRANSLATE_NOOP(
        "Errors", "Only a kiosk has a staff PIN of its own; choose a kiosk station."
    ),
    "pin_clear_station": QT_TRANSLATE_NOOP(
        "Errors", "--clear needs --station NAME: the kiosk that uses the site's PIN again."
    ),
    "station_not_set": QT_TRANSLATE_NOOP(
        "Errors", "This kiosk does not know its station; close it and start it again."
    ),
    # -- the command line -------------------------------------------------------------
    "log_host_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No staff member has this name; see `receptionist staff list`."
    ),
    "date_range": QT_TRANSLATE_NOOP("Errors", "The --from date is after the --to date."),
    # -- demo data --------------------------------------------------------------------
    "demo_size_negative": QT_TRANSLATE_NOOP("Errors", "Demo sizes cannot be negative."),
    "demo_visits_alone": QT_TRANSLATE_NOOP(
        "Errors", "Demo visits need at least one demo customer."
    ),
    # -- the database file (``store/faults.py`` classifies; the sentences are here) ---
    "db_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is read-only, so nothing can be saved in it; make the file "
        "writable (or ask your administrator to), then try again.",
    ),
    "db_folder_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The folder or disk holding the database is read-only (the database also writes "
        "small files beside itself), so nothing can be saved; make it writable or move "
        "the database to a writable folder (or ask your administrator to), then try again.",
    ),
    "db_disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the database is full, so nothing was saved; free some space on "
        "it (or ask your administrator), then try again.",
    ),
    "db_busy": QT_TRANSLATE_NOOP(
        "Errors",
        "Another desk, kiosk or program is writing to the database right now, so nothing "
        "was saved; try again in a moment.",
    ),
    "db_io_error": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the database reported a read or write error, so nothing was "
        "saved; check the disk or network drive, then try again.",
    ),
    "db_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged, so nothing will be written to it; restore it from "
        "a backup copy, or ask your administrator.",
    ),
    "db_not_a_database": QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a Receptionist database (it is not a database file at all); "
        "check the path given with --db or RECEPTIONIST_DB.",
    ),
    "db_empty_file": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is empty (0 bytes), perhaps from a copy that did not finish; "
        "restore it from a backup copy, or delete it to start a new, empty database.",
    ),
    "db_not_ours": QT_TRANSLATE_NOOP(
        "Errors",
        "This database belongs to another program (it holds tables that are not "
        "Receptionist's), so it was left unchanged; check the file or server address given "
        "with --db, RECEPTIONIST_DB or Settings → Database.",
    ),
    "db_cannot_open": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file cannot be opened: a folder on the way is missing or not "
        "accessible; check the path given with --db or RECEPTIONIST_DB.",
    ),
    # -- a PostgreSQL server (``store/postgres.py`` classifies) --------------------------
    "db_server_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server cannot be reached, so nothing was saved; check the network "
        "and that the server is running (or ask your administrator). The desk reconnects "
        "by itself when it is back.",
    ),
    "db_server_lost": QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the database server was lost, so nothing was saved; what you "
        "typed is kept. Try again when the server is back (the desk reconnects by itself).",
    ),
    "db_login_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server refused the user name or password; check them in Settings → "
        "Database (or ~/.pgpass, PGPASSWORD), or ask your administrator.",
    ),
    "db_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The database named in the server address does not exist on that server; create "
        "it with `receptionist db init URL`, or check the name.",
    ),
    "db_tls_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "This station and the database server could not set up a secure (TLS) "
        "connection: the server may not offer TLS, or its certificate does not match the "
        "CA certificate file or the server's name; check the TLS mode and the CA "
        "certificate in Settings → Database, or ask your administrator.",
    ),
    "db_server_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server accepts no changes right now (a read-only standby server?), "
        "so nothing was saved; point this station at the main server.",
    ),
    # -- Settings → Database: where this station's database is -------------------------
    "server_host_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the server's name or address, for example db.example.com."
    ),
    "server_host_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Type only the server's name or address (no spaces, no / @ ? # or commas), for "
        "example db.example.com.",
    ),
    "server_port_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The port must be a whole number from {lowest} to {highest}; PostgreSQL usually "
        "listens on 5432.",
    ),
    "server_dbname_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the name of the database on the server, for example receptionist."
    ),
    "server_user_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the user name this station signs in to the server with."
    ),
    "server_sslmode_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The TLS mode must be one of: {choices}."
    ),
    "server_ca_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no file at this path; choose the CA certificate file your administrator "
        "gave you, or leave the field empty.",
    ),
    "server_url_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "This address cannot be used here; paste one like "
        "postgresql://user@host:5432/receptionist, or fill in the fields below.",
    ),
    "sqlite_path_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the path of the database file, or choose a file."
    ),
    "sqlite_path_is_folder": QT_TRANSLATE_NOOP(
        "Errors",
        "This path is a folder; name a file in it, for example receptionist.sqlite3.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no keyring to keep the password in, so nothing was saved; "
        "leave the password empty and put it in ~/.pgpass instead (or ask your "
        "administrator).",
    ),
    "schema_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "This database was written by a newer version of Receptionist; update the app to open it.",
    ),
    # -- the administrator's database jobs (``receptionist db``) -----------------------
    "db_url_no_name": QT_TRANSLATE_NOOP(
        "Errors",
        "The server address names no database; add its name after the host and port, "
        "e.g. postgresql://user@host:5432/receptionist.",
    ),
    "db_url_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The server address is not valid (its port must be a number); write it as "
        "postgresql://user@host:5432/name.",
    ),
    "db_cannot_create": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} does not exist on the server and this user may not create "
        "it; ask the server's administrator to create it (docs/multi-desk.md shows how), "
        "then try again.",
    ),
    "db_check_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no database at this path; check the path given with --db or "
        "RECEPTIONIST_DB (a station creates its database when it first opens it).",
    ),
    "db_source_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no database at this path, so there is nothing to copy; name the site's "
        "database file with --db or RECEPTIONIST_DB.",
    ),
    "db_source_version": QT_TRANSLATE_NOOP(
        "Errors",
        "The site's database is at schema version {version} and lacks tables of version "
        "{latest}, so nothing was copied; open it once with this version of Receptionist, "
        "then try again.",
    ),
    # -- backups of an SQLite site (``receptionist backup`` / ``restore``) --------------
    "backup_postgresql": QT_TRANSLATE_NOOP(
        "Errors",
        "This site's database is on a PostgreSQL server: back it up and restore it with "
        "the server's own tools (pg_dump and pg_restore, see docs/multi-desk.md).",
    ),
    "backup_file_missing": QT_TRANSLATE_NOOP(
        "Errors", "There is no backup file at this path; check the name and try again."
    ),
    "backup_passphrase_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "This backup is encrypted, so nothing was restored; give its passphrase "
        "(--passphrase-stdin or RECEPTIONIST_BACKUP_PASSPHRASE).",
    ),
    "backup_passphrase_empty": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is empty; type the passphrase, or leave the option out."
    ),
    "backup_wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "This passphrase does not open the backup, so nothing was restored; type the "
        "passphrase it was made with.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "This backup file is damaged or incomplete, so nothing was restored; choose another "
        "backup.",
    ),
    "backup_not_ours": QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a Receptionist backup, so nothing was restored; choose a file "
        "from the backups folder.",
    ),
    "backup_schema_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "This backup was made by a newer version of Receptionist, so nothing was restored; "
        "update the app first.",
    ),
    "restore_needs_yes": QT_TRANSLATE_NOOP(
        "Errors",
        "Restoring replaces the site's database, so it asks first; run it at a terminal "
        "and answer y, or add --yes (needed when the passphrase comes from stdin).",
    ),
    "backup_source_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database failed its integrity check, so no backup was made from it; restore "
        "the newest good backup (receptionist restore FILE).",
    ),
    "backup_keyring_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no keyring to keep the passphrase in, so nothing was saved; set "
        "RECEPTIONIST_BACKUP_PASSPHRASE for the desk instead, or leave encryption off.",
    ),
    "backup_passphrase_required": QT_TRANSLATE_NOOP(
        "Errors", "Encrypted backups need a passphrase; type one, or leave encryption off."
    ),
    "backup_passphrase_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Backups are set to be encrypted but this computer does not know the passphrase, so "
        "no backup was made; type it again in Settings → Backups.",
    ),
    "backup_count_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Type a whole number from {shortest} to {longest}."
    ),
    "backup_folder_relative": QT_TRANSLATE_NOOP(
        "Errors", "Choose a whole folder path (for example D:\\Backups), or leave it empty."
    ),
    # -- purchases and the site's currency (issue 12) ---------------------------------
    "amount_zero": QT_TRANSLATE_NOOP(
        "Errors", "Amount cannot be zero; type what was paid, or a negative amount for a refund."
    ),
    "purchase_date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Purchase date must be a date written as YYYY-MM-DD, such as 2026-03-15."
    ),
    "purchase_date_future": QT_TRANSLATE_NOOP(
        "Errors", "Purchase date is in the future; give the day the purchase was made."
    ),
    "purchase_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No such purchase; it may have been deleted at another desk."
    ),
    "reference_control": QT_TRANSLATE_NOOP(
        "Errors", "Reference contains a control character; remove it and try again."
    ),
    "reference_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Reference is longer than {maximum} characters."
    ),
    "currency_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Unknown currency; choose one from the list, such as CNY."
    ),
    "db_target_not_postgresql": QT_TRANSLATE_NOOP(
        "Errors",
        "The copy goes to a PostgreSQL server: give its address as "
        "postgresql://user@host:5432/name.",
    ),
    "db_same_database": QT_TRANSLATE_NOOP(
        "Errors",
        "The target is the site's own database; name another, empty server database.",
    ),
    "db_target_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The server database already holds data (table {table} has rows), so nothing was "
        "copied into it; copy into a new, empty database (receptionist db init URL "
        "creates one).",
    ),
    "db_copy_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "The server refused a row of table {table} ({detail}), so the copy was rolled "
        "back and nothing was kept on the server; check that table in the site's "
        "database, or report this.",
    ),
    "db_copy_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The copy on the server did not match the site's database (the tables marked "
        "NO), so it was rolled back and nothing was kept on the server; look for "
        "triggers or rules on the server database that change rows, then try again.",
    ),
    # -- value tiers and stars (issue 12) ---------------------------------------------
    "period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A period is a year such as 2026, or a quarter such as 2026-Q1."
    ),
    "period_quarters_off": QT_TRANSLATE_NOOP(
        "Errors",
        "This site computes tiers per year; give a year such as 2026, or switch to "
        "quarters in the settings.",
    ),
    "period_kind_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Tiers are computed per year or per quarter; choose one of them."
    ),
    "tier_shares_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The tier shares must be four whole percents that add up to 100, with at least "
        "1 for platinum.",
    ),
    "tier_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a tier: platinum, gold, iron or lead."),
    "tiers_not_computed": QT_TRANSLATE_NOOP(
        "Errors",
        "Tiers have not been computed for {period} yet; recompute that period first.",
    ),
    "tier_run_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no tier computation with that number; list them and choose one."
    ),
    "tiers_recompute_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "The recompute was cancelled; nothing was changed."
    ),
    "suggestion_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "A suggestion no longer applies (the customer or the tiers changed since); "
        "list the suggestions again.",
    ),
    "contact_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Contact every {shortest} to {longest} days, or leave it empty."
    ),
    "gift_recipients_control": QT_TRANSLATE_NOOP(
        "Errors", "Gift recipients must not contain control characters."
    ),
    "gift_recipients_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Gift recipients is longer than {maximum} characters."
    ),
    "standard_note_control": QT_TRANSLATE_NOOP(
        "Errors", "The note must not contain control characters."
    ),
    "standard_note_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The note is longer than {maximum} characters."
    ),
    # -- lost customers (issue 13) ------------------------------------------------------
    "lost_threshold_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Count a customer as lost after {shortest} to {longest} days without activity."
    ),
    "lost_factor_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The interval factor must be a number from {smallest} to {largest}."
    ),
    "lost_win_back_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The win-back task must be due in {shortest} to {longest} days."
    ),
    "lost_reason_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Choose a reason: product, service, both, price, moved or other."
    ),
    "lost_status_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Choose a status: open, analysed, won back or lost."
    ),
    "lost_owner_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose an active staff member to win the customer back."
    ),
    "lost_review_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no lost-customer review with that number; list them and choose one."
    ),
    "lost_review_closed": QT_TRANSLATE_NOOP(
        "Errors", "This review is already closed; nothing was changed."
    ),
    "competitor_control": QT_TRANSLATE_NOOP(
        "Errors", "The competitor's name contains a control character; remove it and try again."
    ),
    "competitor_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The competitor's name is longer than {maximum} characters."
    ),
    "outcome_control": QT_TRANSLATE_NOOP(
        "Errors", "The outcome contains a control character; remove it and try again."
    ),
    "outcome_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The outcome is longer than {maximum} characters."
    ),
    "lost_since_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Give the start day as YYYY-MM-DD, for example 2026-01-01."
    ),
    # -- importing and exporting the archive (issue 12) ---------------------------------
    "import_file_type": QT_TRANSLATE_NOOP(
        "Errors", "Only .csv and .xlsx files can be imported; save the file as one of those."
    ),
    "import_file_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The file could not be read; check that it exists, is not open in another program "
        "and is a CSV or Excel (.xlsx) file, then try again.",
    ),
    "import_file_empty": QT_TRANSLATE_NOOP(
        "Errors", "The file has no header row; its first line must name the columns."
    ),
    "import_map_format": QT_TRANSLATE_NOOP(
        "Errors", "Write a column mapping as COLUMN=FIELD, for example 手机=phone."
    ),
    "import_map_source": QT_TRANSLATE_NOOP(
        "Errors", "The file has no column named {column}; check the column mapping."
    ),
    "import_map_target": QT_TRANSLATE_NOOP(
        "Errors", "{target} is not a field this import knows; use one of: {fields}."
    ),
    "import_column_twice": QT_TRANSLATE_NOOP(
        "Errors", "Two columns are mapped to {target}; map one of them to another field."
    ),
    "import_column_missing": QT_TRANSLATE_NOOP(
        "Errors", "No column holds {target}; map one of the file's columns to it."
    ),
    "import_key_column_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "No column holds the customer reference or the phone number; map a column of the "
        "file to one of them.",
    ),
    "import_phone_repeated": QT_TRANSLATE_NOOP(
        "Errors", "This phone number is already on line {line} of this file."
    ),
    "import_phone_stored": QT_TRANSLATE_NOOP(
        "Errors", "A customer with this phone number is already in the archive."
    ),
    "import_ref_repeated": QT_TRANSLATE_NOOP(
        "Errors", "This customer reference is already on line {line} of this file."
    ),
    "import_ref_stored": QT_TRANSLATE_NOOP(
        "Errors", "A customer with this customer reference is already in the archive."
    ),
    "import_phone_other_customer": QT_TRANSLATE_NOOP(
        "Errors",
        "This phone number belongs to the new customer of line {line}, who has another "
        "customer reference.",
    ),
    "import_date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The date is not valid; write it as YYYY-MM-DD, for example 2026-03-05."
    ),
    "import_birthday_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The birthday is not a valid date; write it as YYYY-MM-DD or MM-DD."
    ),
    "import_customer_key_missing": QT_TRANSLATE_NOOP(
        "Errors", "The row names no customer; give a customer reference or a phone number."
    ),
    "import_name_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "No customer has this reference or phone number yet, and the row gives no name "
        "to create one.",
    ),
    "import_rows_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} rows cannot be imported, so nothing was written; correct them, or import "
        "only the good rows.",
    ),
    "import_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "The import was cancelled; nothing was written."
    ),
    "export_format": QT_TRANSLATE_NOOP("Errors", "Export to csv or xlsx."),
    "export_list_format": QT_TRANSLATE_NOOP("Errors", "Export to xlsx, csv or pdf."),
    "export_format_needs_out": QT_TRANSLATE_NOOP(
        "Errors", "--format goes with --out FILE: the file to write."
    ),
    "export_pdf_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A PDF report holds at most {maximum} rows and this list has more; narrow the "
        "filters, or export to Excel (.xlsx) or CSV. No file was written.",
    ),
    "export_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "The export was cancelled; no file was written."
    ),
    "export_periods": QT_TRANSLATE_NOOP(
        "Errors", "Give both --from-period and --to-period to export the movements."
    ),
    "complaint_state_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Choose open, closed or overdue complaints."
    ),
    # -- complaints, the five steps (issue 13) ------------------------------------------
    "severity_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Severity must be low, normal, high or urgent."
    ),
    "channel_invalid": QT_TRANSLATE_NOOP("Errors", "Channel must be desk, phone, kiosk or card."),
    "subject_required": QT_TRANSLATE_NOOP(
        "Errors", "Subject is required; say in a few words what the complaint is about."
    ),
    "subject_control": QT_TRANSLATE_NOOP(
        "Errors", "Subject contains a control character; remove it and try again."
    ),
    "subject_too_long": QT_TRANSLATE_NOOP("Errors", "Subject is longer than {maximum} characters."),
    "description_control": QT_TRANSLATE_NOOP(
        "Errors", "Description contains a control character; remove it and try again."
    ),
    "description_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Description is longer than {maximum} characters."
    ),
    "step_note_required": QT_TRANSLATE_NOOP(
        "Errors", "Write a note on what was done in this step."
    ),
    "step_note_control": QT_TRANSLATE_NOOP(
        "Errors", "The step's note contains a control character; remove it and try again."
    ),
    "step_note_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The step's note is longer than {maximum} characters."
    ),
    "complaint_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No such complaint; check its number in the complaint list."
    ),
    "complaint_closed": QT_TRANSLATE_NOOP(
        "Errors", "This complaint is closed; reopen a step first if the customer came back."
    ),
    "complaint_step_invalid": QT_TRANSLATE_NOOP("Errors", "Step must be a number from 1 to 5."),
    "complaint_step_order": QT_TRANSLATE_NOOP(
        "Errors", "Steps go in order: do step {expected} before step {step}."
    ),
    "complaint_step_not_done": QT_TRANSLATE_NOOP(
        "Errors", "Step {step} has not been done yet, so it cannot be reopened."
    ),
    "complaint_resolved_required": QT_TRANSLATE_NOOP(
        "Errors", "For the call-back, say whether the customer confirms it is resolved."
    ),
    "complaint_resolved_step5_only": QT_TRANSLATE_NOOP(
        "Errors", "Only the call-back (step 5) records whether it is resolved."
    ),
    "complaint_call_back_by_handler": QT_TRANSLATE_NOOP(
        "Errors",
        "The call-back must be made by someone other than the complaint's handler; ask a "
        "colleague to call the customer.",
    ),
    "handler_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The chosen handler is unknown or inactive; choose another staff member."
    ),
    "complaint_visit_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "That visit is another customer's; give a visit code of this customer."
    ),
    "complaint_not_handler": QT_TRANSLATE_NOOP(
        "Errors", "Only the complaint's handler or a manager may do this."
    ),
    "complaint_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this complaint a moment ago; nothing was saved. Look at it "
        "again and retry.",
    ),
    "complaint_deadline_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Deadlines are whole hours from 1 to {maximum}."
    ),
    "complaint_deadline_order": QT_TRANSLATE_NOOP(
        "Errors", "The time to acknowledge cannot be longer than the time to resolve."
    ),
    # -- follow-ups and call-backs (issue 13) -------------------------------------------
    "follow_up_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No such follow-up task; refresh the list and try again."
    ),
    "follow_up_closed": QT_TRANSLATE_NOOP(
        "Errors", "This follow-up task is already done or skipped; refresh the list."
    ),
    "follow_up_not_yours": QT_TRANSLATE_NOOP(
        "Errors", "This follow-up task is someone else's; ask a manager to reassign it."
    ),
    "callback_by_handler": QT_TRANSLATE_NOOP(
        "Errors",
        "A complaint's call-back is made by someone other than its handler; "
        "give it to a colleague.",
    ),
    "assignee_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The chosen staff member is unknown or inactive; choose someone else."
    ),
    "follow_up_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Give a number of days from {shortest} to {longest}."
    ),
    "follow_up_rule_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no such follow-up rule; check its name."
    ),
    "follow_up_kind_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Choose a kind of follow-up from the list."
    ),
    "follow_up_due_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Due date must be a date written as YYYY-MM-DD, such as 2026-03-15."
    ),
    "holiday_day_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A holiday's date must be written as YYYY-MM-DD, such as 2026-10-01."
    ),
    "holiday_name_required": QT_TRANSLATE_NOOP("Errors", "Give the holiday's name."),
    "holiday_name_control": QT_TRANSLATE_NOOP(
        "Errors", "The holiday's name contains characters that cannot be stored; retype it."
    ),
    "holiday_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The holiday's name is longer than {maximum} characters."
    ),
    # -- messages to people: e-mail, work-chat webhooks, the outbox (issue 14) ----------
    "setting_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no setting called {key}; 'settings show' lists them."
    ),
    "smtp_host_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The mail server's name is not valid: a host name or address, no spaces."
    ),
    "smtp_port_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The mail server's port must be a number from {lowest} to {highest}."
    ),
    "smtp_security_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The mail server's security must be one of: {choices}."
    ),
    "smtp_user_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The mail server's user name is longer than {maximum} characters or holds "
        "characters that cannot be used.",
    ),
    "smtp_password_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The password is longer than {maximum} characters or holds characters that cannot be used.",
    ),
    "smtp_from_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The sender's address is not a valid e-mail address."
    ),
    "messages_language_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The language of messages must be one of: {choices}."
    ),
    "secrets_keyring_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no keyring to keep the site's secrets key in: set "
        "{variable} (32 random bytes in URL-safe Base64) and try again. Nothing was saved.",
    ),
    "secrets_key_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{variable} is not a key: it must be 32 bytes in URL-safe Base64. Nothing was saved.",
    ),
    "secret_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer does not hold the site's secrets key, so it cannot use the saved "
        "password or signing secret; type it again here, or send from the computer where "
        "it was saved.",
    ),
    "channel_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no channel called {channel}; use one of: {choices}."
    ),
    "channel_email_invalid": QT_TRANSLATE_NOOP("Errors", "The e-mail address is not valid."),
    "channel_url_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The webhook's address must start with https:// (or http://) and be at most "
        "{maximum} characters, with no spaces.",
    ),
    "channel_secret_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The signing secret is longer than {maximum} characters or holds spaces or "
        "characters that cannot be used.",
    ),
    "channel_secret_without_url": QT_TRANSLATE_NOOP(
        "Errors", "A signing secret needs the robot's address too."
    ),
    "channel_not_set": QT_TRANSLATE_NOOP(
        "Errors", "This staff member has no {channel} to send a test to; save one first."
    ),
    "delivery_failed": QT_TRANSLATE_NOOP(
        "Errors", "The test message was not delivered: {reason} ({detail})."
    ),
    "mail_server_missing": QT_TRANSLATE_NOOP(
        "Errors", "No mail server is set: fill in the mail server's name first."
    ),
    "outbox_message_unknown": QT_TRANSLATE_NOOP(
        "Errors", "That message is not in the outbox, or it is not waiting to be sent."
    ),
    # -- the dashboard (issue 15) ---------------------------------------------------------
    "report_period_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Choose a period: today, this week, month, quarter, year, or a start and end day.",
    ),
    "report_period_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The period ends before it starts; put the earlier day first."
    ),
    "report_period_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A report covers at most {longest} days; choose a shorter period."
    ),
    "report_filter_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Nothing matches this filter (the name is not known); check its spelling."
    ),
    "conversion_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Count purchases within {shortest} to {longest} days of the first visit."
    ),
}


# A placeholder whose value is a tuple of field names is filled with their labels, as a
# list (``customer_changed``'s ``{fields}``); the labels are translated in a context of
# their own.
FIELDS_CONTEXT = "ErrorFields"
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ErrorFields", "name"),
    "phone": QT_TRANSLATE_NOOP("ErrorFields", "phone number"),
    "company": QT_TRANSLATE_NOOP("ErrorFields", "company"),
    "email": QT_TRANSLATE_NOOP("ErrorFields", "email address"),
    "title": QT_TRANSLATE_NOOP("ErrorFields", "title"),
    "notes": QT_TRANSLATE_NOOP("ErrorFields", "notes"),
    "category": QT_TRANSLATE_NOOP("ErrorFields", "category"),
    "kind": QT_TRANSLATE_NOOP("ErrorFields", "kind"),
    "source": QT_TRANSLATE_NOOP("ErrorFields", "source"),
    "account_manager": QT_TRANSLATE_NOOP("ErrorFields", "account manager"),
    "preferences": QT_TRANSLATE_NOOP("ErrorFields", "preferences"),
    "preference_tags": QT_TRANSLATE_NOOP("ErrorFields", "preference tags"),
    "special_dates": QT_TRANSLATE_NOOP("ErrorFields", "special dates"),
    "contact_consent": QT_TRANSLATE_NOOP("ErrorFields", "consent to be contacted"),
    "customer_ref": QT_TRANSLATE_NOOP("ErrorFields", "customer reference"),
}
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ErrorFields", ", ")


def _same(text: str) -> str:
    return text


def fill(
    text: str, params: Mapping[str, object] | None, label: Callable[[str], str] = _same
) -> str:
    """``text`` with its placeholders filled from ``params``; a tuple of field names
    becomes their labels (each passed through ``label``, e.g. a translation in
    ``FIELDS_CONTEXT``) joined by the list separator."""
    values = {
        key: label(LIST_SEPARATOR).join(label(FIELD_LABELS.get(str(f), str(f))) for f in value)
        if isinstance(value, tuple)
        else value
        for key, value in (params or {}).items()
    }
    return text.format(**values)


def message(code: str, params: Mapping[str, object] | None = None) -> str:
    """The English sentence of ``code`` with its placeholders filled in."""
    return fill(MESSAGES[code], params)
