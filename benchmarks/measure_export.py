"""Issue 15: exporting the visit log to Excel at scale, beside the bare library.

    python -m benchmarks.generate --db /work/bench-exports/visits.sqlite3 \\
        --customers 100000 --visits 1000000
    python -m benchmarks.measure_export --db /work/bench-exports/visits.sqlite3

- **export_xlsx**: ``services.list_exports.export_visits`` of the whole visit log (no
  filter) to an .xlsx file, as ``receptionist export visits --format xlsx`` and the desk's
  Export… run it: keyset pages of 5,000 rows, the phone rule, openpyxl's write-only mode,
  typed cells, the temporary name renamed at the end, progress reported.
- **floor**: openpyxl's write-only mode alone writing the same number of rows of the
  same values (the first 1,000 rows the export wrote, read back from its file and cycled;
  times as ``datetime``, numbers as ``int``) with a plain header, no database, no styles.
- **memory**: each side runs in a child process of its own; its peak resident size
  (``ru_maxrss``) is reported beside the target of 300 MB (the interpreter and the app's
  imports included). Target for the time: ≤ 2.5 × the floor (reading the rows from the
  database and formatting them costs what it costs; the writing itself is the floor's).

Run the full size once: it takes minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Reporter

MEMORY_MB = 300.0
RATIO = 2.5
SAMPLE = 1000


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _ours(where: str, out: Path) -> dict:
    from receptionist.services import list_exports
    from receptionist.services.visit_log import LogFilter
    from receptionist.store import staff
    from receptionist.store.connection import close_database, open_database

    open_database(where)
    try:
        actor = next(p.id for p in staff.all_staff() if p.role in ("manager", "admin"))
        ticks: list[int] = []
        started = time.perf_counter()
        rows = list_exports.export_visits(
            actor,
            out,
            LogFilter(),
            file_format="xlsx",
            progress=lambda done, _total: ticks.append(done),
        )
        seconds = time.perf_counter() - started
    finally:
        close_database()
    return {"rows": rows, "seconds": seconds, "progress_reports": len(ticks)}


def _sample(path: Path) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        rows = book.worksheets[0].iter_rows(min_row=2, max_row=SAMPLE + 1, values_only=True)
        return [list(r) for r in rows]
    finally:
        book.close()


def _floor(sample: list[list], rows: int, out: Path) -> dict:
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([f"column {i}" for i in range(len(sample[0]))])
    for i in range(rows):
        sheet.append(sample[i % len(sample)])
    book.save(out)
    return {"rows": rows, "seconds": time.perf_counter() - started}


def _child(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.child == "ours":
        line = _ours(args.db, out)
    else:
        sample = json.loads(Path(args.sample).read_text(encoding="utf-8"))
        line = _floor(_revive(sample), args.rows, out)
    line.update(peak_mb=_peak_mb(), size_mb=round(out.stat().st_size / 1e6, 1))
    print(json.dumps(line))
    return 0


def _revive(sample: list[list]) -> list[list]:
    """The sample's cells as the export wrote them: ISO strings of times as datetimes."""
    from datetime import datetime

    def cell(value: object) -> object:
        if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                return value
        return value

    return [[cell(v) for v in row] for row in sample]


def _run_child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.measure_export", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(where: str, report, folder: Path) -> None:
    ours_file, floor_file = folder / "ours.xlsx", folder / "floor.xlsx"
    ours = _run_child("--db", where, "--child", "ours", "--out", str(ours_file))
    sample_file = folder / "sample.json"
    sample = _sample(ours_file)
    sample_file.write_text(json.dumps(sample, default=lambda v: v.isoformat()), encoding="utf-8")
    floor = _run_child(
        "--child",
        "floor",
        "--out",
        str(floor_file),
        "--sample",
        str(sample_file),
        "--rows",
        str(ours["rows"]),
    )
    left = sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))
    ratio = round(ours["seconds"] / floor["seconds"], 2) if floor["seconds"] > 0 else None
    report(
        {
            "bench": "export",
            "name": "visits_xlsx",
            "rows": ours["rows"],
            "seconds": round(ours["seconds"], 2),
            "floor_seconds": round(floor["seconds"], 2),
            "ratio": ratio,
            "rows_per_second": round(ours["rows"] / ours["seconds"]) if ours["seconds"] else None,
            "peak_mb": ours["peak_mb"],
            "floor_peak_mb": floor["peak_mb"],
            "size_mb": ours["size_mb"],
            "floor_size_mb": floor["size_mb"],
            "progress_reports": ours["progress_reports"],
            "temporary_files_left": left,
            "target": {"peak_mb": MEMORY_MB, "ratio": RATIO},
            "meets": ours["peak_mb"] <= MEMORY_MB and ratio is not None and ratio <= RATIO,
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a generated file or postgresql://… URL")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", metavar="FOLDER", help="write the files here and keep them")
    parser.add_argument("--child", choices=("ours", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--sample", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    if not args.db:
        parser.error("--db is required")
    from .bare import describe

    report = Reporter(args.json)
    report(describe(args.db))
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        run(args.db, report, folder)
    else:
        with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as temp:
            run(args.db, report, Path(temp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
