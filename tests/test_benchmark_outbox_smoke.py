"""The outbox benchmark keeps running (no timing is asserted): check-ins for a host whose
five channels are all down write five messages each, and a sender pass delivers to a
local robot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_measure_outbox_tiny():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.measure_outbox", "--check-ins", "3", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    down, deliver = lines
    assert (down["name"], down["n"], down["messages_written"]) == ("check_in_channels_down", 3, 15)
    assert (deliver["name"], deliver["sent"]) == ("deliver_webhook", 100)
