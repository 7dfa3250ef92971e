"""Timing helpers and the shape of one measurement line."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterable
from typing import Any

# Who acts in the measurements: the generated site's first staff member, a receptionist
# (``generate.py``); every desk service checks its actor, one primary-key read each.
DESK_ACTOR = 1


def timed(func: Callable[[Any], object], items: Iterable[Any]) -> list[float]:
    """Milliseconds of ``func(item)`` for each item."""
    times = []
    clock = time.perf_counter
    for item in items:
        started = clock()
        func(item)
        times.append((clock() - started) * 1000)
    return times


def stats(times: list[float]) -> dict[str, float]:
    """p50, p99 and max of a list of milliseconds (nearest-rank percentiles)."""
    ordered = sorted(times)

    def rank(p: float) -> float:
        return ordered[max(0, math.ceil(p * len(ordered)) - 1)]

    return {
        "p50_ms": round(rank(0.50), 3),
        "p99_ms": round(rank(0.99), 3),
        "max_ms": round(ordered[-1], 3),
    }


def _at_most(value: object, limit: float) -> bool:
    return isinstance(value, int | float) and value <= limit


def measurement(
    bench: str,
    name: str,
    times: list[float],
    floor: list[float],
    target: dict[str, float],
    **extra: object,
) -> dict:
    """One result line: the timings, the floor measured in the same run, the ratio of
    each percentile to the floor's, and whether every target (``{"p99_ms": 16}``) is met."""
    ours, base = stats(times), stats(floor)
    line: dict[str, object] = {"bench": bench, "name": name, "n": len(times), **ours}
    line.update({f"floor_{k}": v for k, v in base.items()})
    for key in ("p50_ms", "p99_ms"):
        line[f"ratio_{key[:3]}"] = round(ours[key] / base[key], 1) if base[key] > 0 else None
    line["target"] = target
    # Targets in milliseconds ("p99_ms") and as ratios to the floor ("ratio_p99"): the
    # milliseconds hold on the standard machine, the ratios on any machine.
    line["meets"] = all(_at_most(line.get(k), v) for k, v in target.items())
    line.update(extra)
    return line


class Reporter:
    """Prints each line as it is measured: JSON, or a readable row."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.lines: list[dict] = []

    def __call__(self, line: dict) -> None:
        self.lines.append(line)
        if self.as_json:
            print(json.dumps(line, ensure_ascii=False), flush=True)
            return
        if "p50_ms" not in line:
            print(" ".join(f"{k}={v}" for k, v in line.items()), flush=True)
            return
        mark = "ok  " if line.get("meets") else "MISS"
        print(
            f"{mark} {line['bench']:<9} {line['name']:<22} n={line['n']:<5} "
            f"p50 {line['p50_ms']:8.2f}  p99 {line['p99_ms']:8.2f}  max {line['max_ms']:8.2f}"
            f"  | floor p50 {line['floor_p50_ms']:7.2f} p99 {line['floor_p99_ms']:7.2f}"
            f"  x{line['ratio_p50']} / x{line['ratio_p99']}  target {line['target']}",
            flush=True,
        )
