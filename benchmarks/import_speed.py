"""Import speed: papers per second for a cold import, and the cost of a no-change re-import.

    python benchmarks/import_speed.py                  # the 17-file sample and a generated 5.5k archive
    python benchmarks/import_speed.py --days 3650 --papers 30   # the 110k archive

Prints one line per figure and compares with DESIGN.md's budgets (1.5 s cold and
0.1 s unchanged for the ~5.5k-paper archive). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.importer import import_paths  # noqa: E402
from reader.library import Library  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "corpus-sample"


def load_generator():
    spec = importlib.util.spec_from_file_location(
        "gen_corpus", ROOT / "benchmarks" / "gen_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def measure(
    name: str, source: Path, work: Path, budget_cold: float | None, budget_warm: float | None
) -> bool:
    """Import *source* twice into a fresh library; print both times and the verdict."""
    db = work / f"{name}.sqlite3"
    with Library(db) as library:
        start = time.perf_counter()
        report = import_paths(library, [source])
        cold = time.perf_counter() - start
        start = time.perf_counter()
        again = import_paths(library, [source])
        warm = time.perf_counter() - start
    ok = True
    rate = report.papers / cold if cold else float("inf")
    for label, value, budget in (
        ("cold import", cold, budget_cold),
        ("re-import unchanged", warm, budget_warm),
    ):
        verdict = "" if budget is None else ("within" if value <= budget else "OVER")
        ok &= budget is None or value <= budget
        limit = "" if budget is None else f"{budget:.2f} s"
        print(f"{name:<22} {label:<20} {value:8.3f} s {limit:>8}  {verdict}")
    print(
        f"{name:<22} {'papers/second':<20} {rate:10.0f}   ({report.papers} papers, "
        f"{again.unchanged} files unchanged on re-import, db {db.stat().st_size / 1e6:.1f} MB)"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--days", type=int, default=183, help="generated days (default ~5.5k papers)"
    )
    parser.add_argument("--papers", type=int, default=30, help="papers per generated day")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory(prefix="dpr-bench-") as tmp:
        work = Path(tmp)
        if SAMPLE.is_dir():
            ok &= measure("sample (17 files)", SAMPLE, work, None, None)
        corpus = work / "corpus"
        stats = load_generator().generate(corpus, days=args.days, papers=args.papers, seed=1)
        name = f"generated {stats.get('papers', args.days * args.papers)}"
        scale = args.days * args.papers / 5500
        budgets = (1.5, 0.1) if scale <= 1.2 else (None, None)
        ok &= measure(name, corpus, work, *budgets)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
