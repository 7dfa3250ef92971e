"""Messages to people from the command line (issue 14).

- ``settings set KEY VALUE`` / ``settings show [--json]``: the site's settings
  (``site.name``, ``smtp.host``, ``smtp.port``, ``smtp.security`` = none / starttls /
  ssl, ``smtp.user``, ``smtp.password``, ``smtp.from``, ``messages.language`` = en /
  zh_CN); a secret is never printed, ``show`` says "(set)" or nothing.
- ``staff channels NAME [--email ADDR] [--wecom URL] [--dingtalk URL --dingtalk-secret S]
  [--feishu URL [--feishu-secret S]] [--webhook URL [--webhook-secret S]] [--json]``:
  which channels reach a staff member ("" removes one; no option: show them).
- ``outbox [--pending] [--json]``: what was sent, to whom, by which channel, attempts,
  last error; ``outbox send [--json]``: write the notices due (digests, overdue
  complaints) and deliver what is due now, then exit.
"""

from __future__ import annotations

import argparse

from ..domain.faults import DatabaseFault
from ..domain.outbox import Channel
from ..services import channels, database, message_settings, outbox, staff
from ..services.channels import StaffChannels
from . import output as out
from .common import actor, json_flag


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "the site's settings: its name, the mail server, the language of messages"
    p = sub.add_parser("settings", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    verbs = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    text = "set one setting (secrets are never printed)"
    q = verbs.add_parser("set", parents=[common], help=text, description=text)
    q.set_defaults(func=_set, writes=True)
    q.add_argument("key", metavar="KEY", choices=sorted(message_settings.KEYS))
    q.add_argument("value", metavar="VALUE")
    text = "show the settings (a secret shows as '(set)')"
    q = verbs.add_parser("show", parents=[common], help=text, description=text)
    q.set_defaults(func=_show, writes=False)
    json_flag(q)

    text = "messages to people: what was sent, to whom, by which channel"
    p = sub.add_parser("outbox", parents=[common], help=text, description=text)
    p.set_defaults(func=_list, writes=False)
    p.add_argument("--pending", action="store_true", help="only what is still waiting")
    json_flag(p)
    verbs = p.add_subparsers(dest="outbox_command", metavar="ACTION")
    text = "write the notices due and deliver what is due now, then exit"
    q = verbs.add_parser("send", parents=[common], help=text, description=text)
    q.set_defaults(func=_send, writes=False)
    json_flag(q)


def add_staff_channels(staff_sub, common: argparse.ArgumentParser) -> None:
    text = 'which channels reach a staff member ("" removes one; no option: show them)'
    q = staff_sub.add_parser("channels", parents=[common], help=text, description=text)
    q.set_defaults(func=_channels, writes=True)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--email", metavar="ADDR")
    for channel in (Channel.WECOM, Channel.DINGTALK, Channel.FEISHU, Channel.WEBHOOK):
        q.add_argument(f"--{channel}", metavar="URL")
    for channel in (Channel.DINGTALK, Channel.FEISHU, Channel.WEBHOOK):
        q.add_argument(f"--{channel}-secret", metavar="S", dest=f"{channel}_secret")
    json_flag(q)


def _set(args: argparse.Namespace) -> str:
    message_settings.set_setting(actor(args).id, args.key, args.value)
    shown = "(set)" if args.key in message_settings.SECRET_KEYS and args.value else args.value
    return f"{args.key} = {shown}" if shown else f"{args.key} cleared."


def _show(args: argparse.Namespace) -> str:
    values = message_settings.shown_settings(actor(args).id)
    if args.json:
        return out.to_json(values)
    return out.table(["Key", "Value"], [[k, v] for k, v in values.items()])


def _channels_json(found: StaffChannels) -> dict:
    return {
        "staff": found.name,
        "channels": {
            str(c): {"address": v.shown, "secret": v.has_secret} for c, v in found.channels.items()
        },
    }


def _channels(args: argparse.Namespace) -> str:
    who = actor(args).id
    member = staff.find_by_name(who, args.name)
    addresses: dict[Channel | str, str] = {
        c: getattr(args, str(c)) for c in Channel if getattr(args, str(c)) is not None
    }
    secrets: dict[Channel | str, str] = {
        c: getattr(args, f"{c}_secret")
        for c in (Channel.DINGTALK, Channel.FEISHU, Channel.WEBHOOK)
        if getattr(args, f"{c}_secret") is not None
    }
    if addresses or secrets:
        found = channels.set_staff_channels(who, member.id, addresses, secrets)
    else:
        found = channels.staff_channels(who, member.id)
    if args.json:
        return out.to_json(_channels_json(found))
    if not found.channels:
        return f"{found.name}: only the desk's list (no e-mail or chat channel)."
    rows = [[str(c), v.shown, "signed" if v.has_secret else ""] for c, v in found.channels.items()]
    return f"{found.name}:\n" + out.table(["Channel", "Address", ""], rows)


def _list(args: argparse.Namespace) -> str:
    entries = outbox.outbox_entries(actor(args).id, pending_only=args.pending)
    if args.json:
        return out.to_json([e.to_json() for e in entries])
    if not entries:
        return "Nothing is waiting." if args.pending else "The outbox is empty."
    rows = [
        [
            str(e.id),
            out.when(e.created_at),
            out.clip(e.recipient, 20),
            str(e.channel),
            str(e.kind),
            str(e.status),
            str(e.attempts),
            out.clip(f"{e.error}: {e.error_detail}" if e.error_detail else e.error, 40),
        ]
        for e in entries
    ]
    return out.table(
        ["Id", "Written", "To", "Channel", "Kind", "Status", "Tries", "Last error"], rows
    )


def _send(args: argparse.Namespace) -> str:
    if not database.check_integrity():  # it writes: never into a damaged file
        raise DatabaseFault("db_damaged")
    report = outbox.send_due(actor(args).id)
    if args.json:
        return out.to_json(report.to_json())
    lines = [f"Sent {report.sent}; not delivered this time {len(report.failures)}."]
    lines += [
        f"Could not reach {f.recipient or 'a former staff member'} by {f.channel}: "
        f"{outbox.REASONS.get(f.error, f.error)} ({f.detail})"
        + (" — given up." if f.given_up else " — will try again.")
        for f in report.failures
    ]
    if report.expired:
        lines.append(f"Given up as too old: {report.expired}.")
    if report.left_for_others:
        lines.append(
            f"Left for a computer holding the site's secrets key: {report.left_for_others}."
        )
    return "\n".join(lines)
