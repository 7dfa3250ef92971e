"""The customer archive at the desk (services.archive): the whole profile, saving every
field of the page (validated per field, audited by name, conflict-checked), erasure of
what the archive adds, and the check-in glance."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from receptionist.domain.archive import Expectation, SpecialDateKind
from receptionist.domain.enums import Kind, Tier
from receptionist.domain.errors import Conflict, CustomerChanged, ValidationError
from receptionist.services import archive, privacy
from receptionist.store.models import AuditEntry, SpecialDate, TierResult, TierRun
from tests import staffing

BIRTHDAY = {"kind": "birthday", "month": 3, "day": 13, "year": 1980}
FOUNDING = {"kind": "founding", "month": 6, "day": 1}


def put_tier(customer_id: int, period: str, tier: str, stars: int, current=True) -> None:
    """A tier result as the tier recompute (another part of issue 12) writes it."""
    year = int(period[:4])
    run = TierRun.create(
        period=period,
        starts_on=date(year, 1, 1),
        ends_on=date(year, 12, 31),
        computed_at=datetime(year + 1, 1, 2, tzinfo=UTC),
        customers=1,
        current=current,
    )
    TierResult.create(
        run=run,
        customer=customer_id,
        revenue_cents=100,
        purchases=1,
        last_purchase_on=date(year, 5, 1),
        rank=1,
        tier=tier,
        stars=stars,
    )


def test_a_saved_profile_reads_back_every_field(actor, zhang):
    manager = staffing.add("Sarah Chen", "Sales", "host")
    saved = archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        kind="business",
        title="经理",
        source="广交会",
        account_manager=manager.id,
        preferences="喜欢绿茶\n下午来",
        preference_tags=["绿茶", "no stairs"],
        special_dates=[FOUNDING, BIRTHDAY],
        contact_consent=True,
        customer_ref="ERP-0042",
        notes="老客户",
    )
    assert saved == archive.customer_profile(actor.id, zhang.id)
    assert (saved.kind, saved.title, saved.source) == (Kind.BUSINESS, "经理", "广交会")
    assert saved.expectations == (Expectation.PRICE, Expectation.DELIVERY, Expectation.AFTER_SALES)
    assert (saved.account_manager_id, saved.account_manager_name) == (manager.id, "Sarah Chen")
    assert saved.preferences == "喜欢绿茶\n下午来"
    assert saved.preference_tags == ("绿茶", "no stairs")
    assert [(d.kind, d.month, d.day, d.year) for d in saved.special_dates] == [
        (SpecialDateKind.BIRTHDAY, 3, 13, 1980),
        (SpecialDateKind.FOUNDING, 6, 1, None),
    ]
    assert saved.contact_consent is True and saved.customer_ref == "ERP-0042"
    assert saved.notes == "老客户" and saved.row_version == zhang.row_version + 1
    assert saved.tier is None and saved.stars is None


def test_the_profile_shows_the_full_phone_to_a_role_with_phone_full(actor, zhang):
    # Every role with DESK has PHONE_FULL today (receptionist, manager, admin).
    profile = archive.customer_profile(actor.id, zhang.id)
    assert profile.phone == "+8613800138000" and "8000" in profile.phone_display


def test_the_current_tier_of_the_latest_period_is_shown(actor, zhang, john):
    put_tier(zhang.id, "2025", "gold", 4)
    assert (archive.customer_profile(actor.id, zhang.id).tier, 4) == (Tier.GOLD, 4)
    put_tier(john.id, "2026", "lead", 1)  # a later period that does not rank zhang
    assert archive.customer_profile(actor.id, zhang.id).tier is None
    profile = archive.customer_profile(actor.id, john.id)
    assert (profile.tier, profile.stars, profile.tier_period) == (Tier.LEAD, 1, "2026")


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("source", "x" * 61, "source_too_long"),
        ("source", "a\x07b", "source_control"),
        ("preferences", "x" * 2001, "preferences_too_long"),
        ("preference_tags", ["x" * 31], "preference_tags_too_long"),
        ("customer_ref", "x" * 61, "customer_ref_too_long"),
        ("kind", "alien", "kind_invalid"),
        ("contact_consent", "yes", "contact_consent_invalid"),
        ("account_manager", "Sarah", "account_manager_unknown"),
        ("special_dates", [{"kind": "birthday", "month": 2, "day": 30}], "special_date_invalid"),
        ("title", "\u202eevil", "text_bidi"),
    ],
)
def test_each_field_is_validated_and_named(actor, zhang, field, value, code):
    with pytest.raises(ValidationError) as refused:
        archive.save_profile(actor.id, zhang.id, zhang.row_version, **{field: value})
    assert refused.value.code == code
    assert refused.value.field in (field, "special_dates")
    assert archive.customer_profile(actor.id, zhang.id).row_version == zhang.row_version


def test_an_inactive_account_manager_is_refused(actor, zhang):
    gone = staffing.add("Gone Staff", "", "host")
    from receptionist.services import staff

    staff.set_active(staffing.admin_id(), gone.id, False)
    with pytest.raises(ValidationError) as refused:
        archive.save_profile(actor.id, zhang.id, zhang.row_version, account_manager=gone.id)
    assert (refused.value.code, refused.value.field) == (
        "account_manager_unknown",
        "account_manager",
    )


def test_a_customer_ref_is_unique_when_given(actor, zhang, john):
    archive.save_profile(actor.id, zhang.id, zhang.row_version, customer_ref="C-1")
    with pytest.raises(Conflict) as refused:
        archive.save_profile(actor.id, john.id, john.row_version, customer_ref="C-1")
    assert (refused.value.code, refused.value.field) == ("customer_ref_taken", "customer_ref")
    # Empty is "none", and many customers have none.
    archive.save_profile(actor.id, john.id, john.row_version, customer_ref="")
    saved = archive.save_profile(actor.id, zhang.id, zhang.row_version + 1, customer_ref="")
    assert saved.customer_ref == ""


def test_special_dates_replace_the_list(actor, zhang):
    first = archive.save_profile(
        actor.id, zhang.id, zhang.row_version, special_dates=[BIRTHDAY, FOUNDING]
    )
    second = archive.save_profile(
        actor.id,
        zhang.id,
        first.row_version,
        special_dates=[{"kind": "other", "label": "入职", "month": 2, "day": 29}],
    )
    assert [(d.kind, d.label) for d in second.special_dates] == [(SpecialDateKind.OTHER, "入职")]
    assert SpecialDate.select().where(SpecialDate.customer == zhang.id).count() == 1


def test_an_edit_is_audited_by_field_name_without_values(actor, zhang):
    archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        preference_tags=["绿茶"],
        special_dates=[BIRTHDAY],
        customer_ref="SECRET-REF",
    )
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.record_id) == ("customer.edit", zhang.id)
    details = json.loads(entry.details)
    assert details["fields"] == ["customer_ref", "preference_tags", "special_dates"]
    assert "SECRET-REF" not in entry.details and "绿茶" not in entry.details


def test_the_later_save_is_told_which_fields_the_other_station_changed(actor, zhang):
    read = archive.customer_profile(actor.id, zhang.id)
    archive.save_profile(actor.id, zhang.id, read.row_version, special_dates=[BIRTHDAY])
    with pytest.raises(CustomerChanged) as refused:
        archive.save_profile(actor.id, zhang.id, read.row_version, special_dates=[FOUNDING])
    assert set(refused.value.changes) == {"special_dates"}
    wanted, theirs = refused.value.changes["special_dates"]
    assert "founding" in wanted and "birthday" in theirs
    # A field the other station did not touch is saved from the old read.
    saved = archive.save_profile(actor.id, zhang.id, read.row_version, source="Website")
    assert saved.source == "Website" and len(saved.special_dates) == 1


def test_erasure_clears_what_the_archive_adds(admin, actor, zhang):
    archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        title="经理",
        source="广交会",
        preferences="绿茶",
        preference_tags=["绿茶"],
        special_dates=[BIRTHDAY],
        contact_consent=True,
        customer_ref="ERP-1",
        account_manager=actor.id,
    )
    privacy.erase_customer(admin.id, zhang.id)
    gone = archive.customer_profile(actor.id, zhang.id)
    assert gone.erased
    assert (gone.title, gone.source, gone.preferences, gone.customer_ref) == ("", "", "", "")
    assert gone.preference_tags == () and gone.special_dates == ()
    assert gone.contact_consent is False and gone.account_manager_id is None
    assert SpecialDate.select().where(SpecialDate.customer == zhang.id).count() == 0
    assert archive.checkin_glance(actor.id, zhang.id).empty


# -- the check-in glance ----------------------------------------------------------------


def test_the_glance_says_what_matters_now(actor, zhang):
    manager = staffing.add("Sarah Chen", "Sales", "host")
    put_tier(zhang.id, "2025", "gold", 4)
    archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        preferences="\n green tea, afternoons \nparks at gate B",
        preference_tags=["no stairs"],
        special_dates=[BIRTHDAY, {"kind": "wedding", "month": 3, "day": 30}],
        account_manager=manager.id,
    )
    glance = archive.checkin_glance(actor.id, zhang.id, today=date(2026, 3, 10))
    assert [(s.kind, s.days, s.years) for s in glance.soon] == [(SpecialDateKind.BIRTHDAY, 3, 46)]
    assert glance.preference_tags == ("no stairs",)
    assert glance.preference_line == "green tea, afternoons"
    assert (glance.tier, glance.stars, glance.account_manager) == (Tier.GOLD, 4, "Sarah Chen")
    assert glance.kind is Kind.CONSUMER
    assert glance.expectations == (Expectation.PRICE, Expectation.AFTER_SALES)
    assert not glance.empty


@pytest.mark.parametrize(
    ("today", "month", "day", "days"),
    [
        (date(2026, 12, 28), 1, 3, 6),  # across the year end
        (date(2026, 12, 28), 1, 5, None),  # 8 days: not this week
        (date(2027, 2, 27), 2, 29, 1),  # common year: celebrated on Feb 28
        (date(2028, 2, 29), 2, 29, 0),
        (date(2026, 3, 10), 3, 10, 0),
        (date(2026, 3, 11), 3, 10, None),  # yesterday: not news
    ],
)
def test_the_glance_counts_days_to_a_special_date(actor, zhang, today, month, day, days):
    archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        special_dates=[{"kind": "birthday", "month": month, "day": day}],
    )
    soon = archive.checkin_glance(actor.id, zhang.id, today=today).soon
    assert [s.days for s in soon] == ([] if days is None else [days])


def test_a_customer_with_nothing_to_say_has_an_empty_glance(actor, john):
    glance = archive.checkin_glance(actor.id, john.id, today=date(2026, 3, 10))
    assert glance.empty and glance.kind is Kind.BUSINESS
