"""PDF figures for run.py: opening a PDF in the reader, and indexing many PDFs' text.

    python benchmarks/pdf_probe.py WORK [--count 500] [--pages 20] [--opens 15]

Generates (once, seeded) *count* PDFs of *pages* pages of paper-like text into
``WORK/pdfs-<count>x<pages>`` with QPdfWriter, then measures, offscreen:

* open: ``PdfReader.open`` on a 20-page PDF, the UI thread's share (load and
  layout) and the time until the first page image arrived from Qt's render
  thread and was painted, median and 95th percentile of *opens*;
* index: every PDF's text read with QtPdf (:mod:`reader.ui.pdf.extract`, as the
  download worker does) and stored in a fresh ``fulltext.sqlite3``;
* search: a PDF-text query over that index (what each search keystroke adds).

The last stdout line is JSON for run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "model diffusion transformer attention layer token training dataset benchmark "
    "evaluation language vision image video reasoning agent reward policy gradient "
    "loss sampling inference latency memory scaling parameter alignment retrieval "
    "embedding encoder decoder fine-tuning pretraining baseline ablation results "
    "method approach propose novel state-of-the-art performance accuracy robust "
    "efficient framework architecture objective optimization distribution noise"
).split()


def generate(folder: Path, count: int, pages: int) -> list[Path]:
    """*count* PDFs of *pages* A4 pages, ~45 lines of 12 words each (seeded)."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    done = folder / ".complete"
    files = sorted(folder.glob("*.pdf"))
    if done.exists() and len(files) == count:
        return files
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    files = []
    for n in range(count):
        path = folder / f"2401.{n:05d}.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        writer.setResolution(72)
        painter = QPainter(writer)
        painter.setFont(QFont("DejaVu Sans", 9))
        for page in range(pages):
            if page:
                writer.newPage()
            painter.drawText(QPointF(0, 12), f"Paper {n} — section {page + 1}")
            for line in range(45):
                words = " ".join(rng.choice(WORDS) for _ in range(12))
                painter.drawText(QPointF(0, 30 + line * 15), words)
        painter.end()
        del writer
        files.append(path)
    done.write_text("ok")
    return files


def measure_open(app, path: Path, opens: int) -> dict:
    from reader.ui.pdf.reader_view import PdfReader

    reader = PdfReader()
    reader.resize(900, 800)
    reader.show()
    app.processEvents()
    blocked, first = [], []
    for _ in range(opens):
        reader.close_document()
        app.processEvents()
        start = time.perf_counter()
        problem = reader.open("bench", path)
        blocked.append(time.perf_counter() - start)
        if problem:
            raise RuntimeError(problem)
        deadline = start + 10
        while not reader.first_page_ready() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()  # the page image is painted
        first.append(time.perf_counter() - start)
    return {"open_ui_ms": _stats(blocked), "first_page_ms": _stats(first)}


def measure_index(files: list[Path], work: Path) -> dict:
    from reader.fulltext import FullText
    from reader.ui.pdf.extract import page_texts

    db = work / "fulltext-bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    chars = 0
    per_file = []
    start = time.perf_counter()
    with FullText(db) as index:
        for path in files:
            one = time.perf_counter()
            texts = page_texts(path)
            chars += sum(map(len, texts))
            index.record(path.stem, path.stat().st_size, texts)
            per_file.append(time.perf_counter() - one)
        total = time.perf_counter() - start
        searches = []
        for word in ("dif", "diffus", "transformer", "reward policy", "ablation res", "zzzz"):
            for _ in range(10):
                t = time.perf_counter()
                index.search(word)
                searches.append(time.perf_counter() - t)
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    return {
        "index_s": total,
        "index_per_pdf_ms": _stats(per_file),
        "chars": chars,
        "index_mb": size / 2**20,
        "search_ms": _stats(searches),
    }


def _stats(seconds: list[float]) -> dict:
    ms = sorted(s * 1000 for s in seconds)
    return {"median_ms": statistics.median(ms), "p95_ms": ms[max(0, round(0.95 * len(ms)) - 1)]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("work")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--opens", type=int, default=15)
    opts = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    work = Path(opts.work)
    started = time.perf_counter()
    files = generate(work / f"pdfs-{opts.count}x{opts.pages}", opts.count, opts.pages)
    generated = time.perf_counter() - started
    result = {"count": len(files), "pages": opts.pages, "generate_s": generated}
    result.update(measure_open(app, files[0], opts.opens))
    result.update(measure_index(files, work))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
