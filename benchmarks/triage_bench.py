"""Triage and watch lists at scale: a day switch and a one-day import with 20 watch terms.

    python benchmarks/triage_bench.py LIBRARY_DIR CORPUS_DIR [--rounds N]

Works on a copy of the library (``LIBRARY_DIR/library.sqlite3``), adds 20 watch
terms taken from the corpus (14 title words, 2 two-word phrases, 4 Korean words),
triages a few hundred papers, then measures in this process, without Qt:

- a day switch as the window will do it: the day's rows (``Library.rows``) and
  their triage/note/tag/watch marks (``reader.userstate.marks``), p95 over many days;
- the sidebar's refresh after a change or a sync: days with triage progress
  (``Library.days``), watch terms with hit counts, the triage views' sizes;
- an import of one new day of papers (what a sync stores), watch hits included,
  against the same import with no watch terms;
- adding one watch term (matched over the whole library), the Catch-up list and
  the user-state export.

Run by ``benchmarks/run.py`` (:func:`triage_rows`); prints JSON on its own.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_ID = re.compile(r"abs/(\d{4})\.(\d{4,5})")
_HEADER = re.compile(r"## Daily Papers \((\d{4}-\d{2}-\d{2})\)")


def _digests(corpus: Path) -> list[Path]:
    """The corpus's day files (YYYY/MM/DD.md), oldest first."""
    return sorted(p for p in corpus.rglob("*.md") if p.stem.isdigit())


def _terms(corpus: Path) -> list[str]:
    """20 deterministic terms from the corpus's newest days: words, phrases, Korean words."""
    files = _digests(corpus)[-40:]
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    titles = re.findall(r"^### \[(.+?)\]", text, re.M)
    words = sorted({w for t in titles for w in re.findall(r"[A-Za-z]{6,}", t)})
    korean = sorted(set(re.findall(r"[가-힣]{3,}", text)))
    rng = random.Random(7)
    picked = rng.sample(words, 14)
    phrases = [" ".join(t.split()[:2]) for t in rng.sample(titles, 2)]
    return picked + phrases + rng.sample(korean, 4)


def _new_day(corpus: Path, out: Path, offset: int) -> Path:
    """The newest digest again as a new day with new arXiv ids (what tomorrow's sync brings)."""
    newest = _digests(corpus)[-1]
    text = newest.read_text(encoding="utf-8")
    text = _HEADER.sub(f"## Daily Papers (2099-01-{offset:02d})", text, count=1)
    counter = iter(range(10**5))
    text = _ID.sub(lambda m: f"abs/99{offset:02d}.{next(counter):05d}", text)
    path = out / f"day{offset}" / "2099" / "01" / f"{offset:02d}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def measure(library_dir: Path, corpus: Path, rounds: int = 60) -> dict:
    from reader import triage, watch
    from reader.importer import import_paths
    from reader.library import Library, PaperQuery
    from reader.userstate import marks
    from reader.userstate_sync import export_state

    work = Path(tempfile.mkdtemp(prefix="dpr-triage-"))
    try:
        shutil.copy(library_dir / "library.sqlite3", work / "library.sqlite3")
        result: dict = {}
        with Library(work / "library.sqlite3") as library:
            papers = library.query("SELECT count(*) FROM papers")[0][0]
            import_paths(library, [_new_day(corpus, work, 3)])  # warm the caches first
            # the same one-day import, first with no watch terms (the baseline)
            start = time.perf_counter()
            import_paths(library, [_new_day(corpus, work, 1)])
            result["import_day_no_terms_s"] = time.perf_counter() - start
            terms = _terms(corpus)
            start = time.perf_counter()
            for term in terms:
                watch.add_term(library, term, exclude=term == terms[-1])
            result["add_20_terms_s"] = time.perf_counter() - start
            result["hits"] = sum(t.hits for t in watch.terms(library))
            days = [d.date for d in library.days()]
            rng = random.Random(3)
            for date in rng.sample(days, min(len(days), 40)):
                ids = [r.id for r in library.rows(PaperQuery(date=date), 0, 200)]
                triage.set_state(library, ids[:5], rng.choice(["later", "done", "skipped"]))
            start = time.perf_counter()
            import_paths(library, [_new_day(corpus, work, 2)])
            result["import_day_20_terms_s"] = time.perf_counter() - start
            result["new_hits"] = sum(t.new_hits for t in watch.terms(library))
            switch = []
            for date in rng.sample(days, min(len(days), rounds)):
                start = time.perf_counter()
                rows = library.rows(PaperQuery(date=date), 0, 200)
                marks(library, [r.id for r in rows])
                switch.append(1000 * (time.perf_counter() - start))
            result["day_switch_median_ms"] = statistics.median(switch)
            result["day_switch_p95_ms"] = _p95(switch)
            start = time.perf_counter()
            library.days()
            result["sidebar_days_ms"] = 1000 * (time.perf_counter() - start)
            start = time.perf_counter()
            watch.terms(library)
            triage.view_counts(library)
            result["sidebar_counts_ms"] = 1000 * (time.perf_counter() - start)
            start = time.perf_counter()
            triage.catchup_ids(library)
            result["catchup_ms"] = 1000 * (time.perf_counter() - start)
            start = time.perf_counter()
            export_state(library)
            result["export_ms"] = 1000 * (time.perf_counter() - start)
        result["papers"] = papers
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def triage_rows(library_dir: Path, corpus: Path, row_type: type) -> list:
    """Rows for benchmarks/run.py (``row_type`` is its Row)."""
    data = measure(library_dir, corpus)
    n = f"{data['papers']:,} papers"
    return [
        row_type(
            f"switch day + triage/watch marks, median, {n}, 20 watch terms",
            data["day_switch_median_ms"],
            "ms",
            30.0,
        ),
        row_type(
            "switch day + triage/watch marks, 95th percentile",
            data["day_switch_p95_ms"],
            "ms",
            30.0,
        ),
        row_type(
            f"import one new day (sync step), 20 watch terms, {n}",
            data["import_day_20_terms_s"],
            "s",
            1.5,
            f"{data['import_day_no_terms_s']:.3f} s with no terms; {data['new_hits']} new hits",
        ),
        row_type(
            f"add 20 watch terms (each matched over {n})",
            data["add_20_terms_s"],
            "s",
            note=f"{data['hits']:,} hits",
        ),
        row_type(
            "sidebar: watch counts + triage view sizes", data["sidebar_counts_ms"], "ms", 30.0
        ),
        row_type(
            "sidebar: days with triage progress (after a change)",
            data["sidebar_days_ms"],
            "ms",
            note="Library.days(); day_triage, day_read beside day_totals",
        ),
        row_type("catch-up list", data["catchup_ms"], "ms"),
        row_type("user-state export (dict)", data["export_ms"], "ms"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library_dir", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=60)
    opts = parser.parse_args()
    print(json.dumps(measure(opts.library_dir, opts.corpus, opts.rounds), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
