"""Both backends side by side: the tables of docs/performance.md from two runs' JSON.

    python -m benchmarks --scale full --db /work/bench-sqlite/full.sqlite3 --json > sqlite.json
    python -m benchmarks --scale full --db postgresql://…/receptionist_bench --json > pg.json
    python -m benchmarks.compare sqlite.json pg.json

One Markdown table per group of measurements (search, desk, board, …): for each backend
p50 / p99, the floor's p50 / p99 measured in the same run, the ratios, and whether every
target held; then the lines that are not timings (the data, the backend, skipped
sections, memory).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

_GROUPS = {"desk": "desk and kiosk", "kiosk": "desk and kiosk"}


def _lines(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def _cell(line: dict | None) -> str:
    if line is None:
        return "— | — | — |"
    met = "yes" if line["meets"] else "**no**"
    return (
        f"{line['p50_ms']:.2f} / {line['p99_ms']:.2f} | "
        f"{line['floor_p50_ms']:.3f} / {line['floor_p99_ms']:.3f} | "
        f"{line['ratio_p50']} / {line['ratio_p99']} {met} |"
    )


def _target(target: dict) -> str:
    names = {"p50_ms": "p50 ≤ {} ms", "p99_ms": "p99 ≤ {} ms", "ratio_p50": "≤ {}×"}
    return ", ".join(names.get(key, key + " {}").format(value) for key, value in target.items())


def tables(sqlite: list[dict], postgresql: list[dict]) -> str:
    """The Markdown of both runs side by side."""
    timed = [line for line in sqlite + postgresql if "p50_ms" in line]
    keys = list(dict.fromkeys((line["bench"], line["name"]) for line in timed))
    ours = {(line["bench"], line["name"]): line for line in sqlite if "p50_ms" in line}
    theirs = {(line["bench"], line["name"]): line for line in postgresql if "p50_ms" in line}
    groups: dict[str, list[tuple[str, str]]] = {}
    for key in keys:
        groups.setdefault(_GROUPS.get(key[0], key[0]), []).append(key)
    out: list[str] = []
    for group, members in groups.items():
        out += [
            "",
            f"**{group}** (ms)",
            "",
            "| measurement | SQLite p50 / p99 | floor | ratio, met "
            "| PostgreSQL p50 / p99 | floor | ratio, met | target |",
            "|---|---:|---:|---|---:|---:|---|---|",
        ]
        for key in members:
            line = ours.get(key) or theirs[key]
            out.append(
                f"| {key[0]} / {key[1]} | {_cell(ours.get(key))} {_cell(theirs.get(key))} "
                f"{_target(line['target'])} |"
            )
    out.append("")
    for label, run in (("SQLite", sqlite), ("PostgreSQL", postgresql)):
        for line in run:
            if "p50_ms" not in line and line["bench"] != "summary":
                rest = {k: v for k, v in line.items() if k not in ("bench", "name")}
                out.append(f"- {label}, {line['bench']} / {line['name']}: {rest}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sqlite", help="JSON lines of a run on SQLite")
    parser.add_argument("postgresql", help="JSON lines of a run on PostgreSQL")
    args = parser.parse_args(argv)
    print(tables(_lines(args.sqlite), _lines(args.postgresql)))


if __name__ == "__main__":
    main()
