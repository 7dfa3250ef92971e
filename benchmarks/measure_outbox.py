"""Issue 14: a check-in does not wait for the network, and what a sender pass costs.

    python -m benchmarks.measure_outbox [--db FILE | --db postgresql://USER@HOST:PORT/NAME]
        [--check-ins 300] [--json]

Makes a site of its own (a temporary SQLite file unless ``--db`` names one; a server's
database must be empty) with hosts and visitors, then measures, each beside a floor in
the same run:

- **check_in_channels_down**: ``visits.check_in`` for a host who has all five channels
  (e-mail and the four webhooks) while every one of them points at a closed port — the
  network is down. Floor: the same check-in for a host with no channel (no message
  written). Target: ≤ 1.5× the floor and p99 ≤ 50 ms: the check-in writes five outbox
  rows and touches no network.
- **deliver_webhook**: a sender pass delivering one arrival to a local HTTP server
  standing in for a WeCom robot (one claim, one POST, one update). Floor: the bare POST
  to the same server with ``urllib``. Target: ≤ 3× the floor.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .common import Reporter, measurement, timed

_CHANNELS = ("email", "wecom", "dingtalk", "feishu", "webhook")
DOWN_TARGET = {"p99_ms": 50.0, "ratio_p50": 1.5}
# A pass wraps the POST in two short write transactions (claim; record the outcome) and
# reads the recipient's channels: a few database round trips around the network's one.
DELIVER_TARGET = {"p99_ms": 20.0, "ratio_p50": 6.0}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Robot(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        data = b'{"errcode": 0, "errmsg": "ok"}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def run(where: str, report, check_ins: int) -> None:
    from receptionist.domain.enums import Purpose
    from receptionist.domain.outbox import ArrivalFacts, MessageKind
    from receptionist.services import auth, channels, clock, customers, database, outbox, visits
    from receptionist.services import message_settings as mail
    from receptionist.services import staff as staff_service
    from receptionist.services.database import transaction

    os.environ.setdefault(
        "RECEPTIONIST_SECRETS_KEY", base64.urlsafe_b64encode(os.urandom(32)).decode()
    )
    database.open_database(database.resolve(where))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Robot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        admin = auth.create_first_admin("Bench Admin", "bench-Passw0rd-1").id
        reached = staff_service.add_staff(admin, "Reached Host", "Sales", "host").id
        plain = staff_service.add_staff(admin, "Plain Host", "Sales", "host").id
        down = _closed_port()
        mail.save_mail_settings(
            admin,
            host="127.0.0.1",
            port=down,
            security="none",
            user="",
            sender="d@x.cn",
            language="en",
        )
        channels.set_staff_channels(
            admin,
            reached,
            {
                "email": "host@example.com",
                "wecom": f"http://127.0.0.1:{down}/wecom?key=K",
                "dingtalk": f"http://127.0.0.1:{down}/ding?access_token=T",
                "feishu": f"http://127.0.0.1:{down}/feishu/H",
                "webhook": f"http://127.0.0.1:{down}/hook",
            },
            {"dingtalk": "SEC-bench-secret"},
        )
        guests = [
            customers.register_customer(admin, name=f"Guest {i}", phone=f"1370{i:07d}").id
            for i in range(2 * check_ins + 1)
        ]
        ours = timed(
            lambda cid: visits.check_in(admin, customer_id=cid, purpose="sales", host_id=reached),
            guests[:check_ins],
        )
        floor = timed(
            lambda cid: visits.check_in(admin, customer_id=cid, purpose="sales", host_id=plain),
            guests[check_ins : 2 * check_ins],
        )
        written = len(outbox.outbox_entries(admin, pending_only=True, limit=10 * check_ins))
        report(
            measurement(
                "outbox",
                "check_in_channels_down",
                ours,
                floor,
                DOWN_TARGET,
                messages_written=written,
            )
        )
        # A sender pass against a live robot, one message at a time. First the messages
        # to the closed ports are given up (their channels removed).
        channels.set_staff_channels(admin, reached, {c: "" for c in _CHANNELS})
        while outbox.deliver_due("bench").failures:
            pass
        url = f"http://127.0.0.1:{server.server_address[1]}/wecom?key=K"
        channels.set_staff_channels(admin, plain, {"wecom": url})
        body = json.dumps({"msgtype": "text", "text": {"content": "x"}}).encode()

        def bare_post(_):
            request = urllib.request.Request(url, data=body, method="POST")
            with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
                answer.read()

        floor = timed(bare_post, range(100))
        ours, sent = [], 0
        for _ in range(100):
            with transaction():
                outbox.enqueue(
                    MessageKind.ARRIVAL,
                    plain,
                    ArrivalFacts("Guest", "", Purpose.SALES, clock.now(), ""),
                )
            started = time.perf_counter()
            done = outbox.deliver_due("bench")
            sent += done.sent
            ours.append((time.perf_counter() - started) * 1000)
        report(measurement("outbox", "deliver_webhook", ours, floor, DELIVER_TARGET, sent=sent))
    finally:
        server.shutdown()
        server.server_close()
        database.close_database()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database (default: a temporary SQLite file)")
    parser.add_argument("--check-ins", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    reporter = Reporter(args.json)
    if args.db:
        run(args.db, reporter, args.check_ins)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        run(str(Path(folder) / "outbox.sqlite3"), reporter, args.check_ins)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
