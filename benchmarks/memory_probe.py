"""Long-session memory: the real window shows 500 papers, each with its cached thumbnail.

    python benchmarks/memory_probe.py LIB_DIR [--papers 500]      # prepare, probe, print
    python benchmarks/memory_probe.py --probe DATA_DIR [--papers N] # (the child process)

Issue 11: a session that had shown 60 papers kept 60 decoded thumbnails (181 MB),
and the benchmark never saw it because its thumbnail cache was empty. Here the
library (a copy of *LIB_DIR*'s, 110,000 papers in ``run.py``) gets a thumbnail
cache filled with real PNG and JPEG files the size Hugging Face serves (1200 x
648, 150-700 KB) for every paper of its newest days; the app starts in a child
process (offscreen), pages through those days, shows 500 papers with an image,
waits until each one's thumbnail is decoded and drawn, and reports the peak and
final resident memory. Budget: 150 MB peak (DESIGN.md, issue 11).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MB = 150.0
THUMB_SIZE = (1200, 648)  # Hugging Face's social thumbnails
DISTINCT = 24  # distinct pictures; each paper's file is its own copy (decoded separately)
SETTINGS = "[General]\nsync_interval_hours=0\n"  # never sync: no network in a benchmark


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _smaps(top: int = 12) -> dict[str, float]:
    """Resident MB by mapping (a library, a font, [heap], anonymous): where memory went."""
    totals: dict[str, float] = {}
    name = "?"
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split()
            if len(head) >= 5 and "-" in head[0] and ":" in head[3]:  # a mapping's first line
                name = Path(head[5]).name if len(head) > 5 else "[anonymous]"
            elif head and head[0] == "Rss:":
                totals[name] = totals.get(name, 0.0) + int(head[1]) / 1024
    return dict(sorted(totals.items(), key=lambda kv: -kv[1])[:top])


# ------------------------------------------------------------------ prepare


def _pictures() -> list[tuple[bytes, str]]:
    """DISTINCT encoded pictures (half PNG, half JPEG) with a figure's edges and text."""
    from PySide6.QtCore import QBuffer, QIODevice, QPointF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # encoding needs no display
    _app = QGuiApplication.instance() or QGuiApplication([])
    width, height = THUMB_SIZE
    out = []
    for i in range(DISTINCT):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
        gradient.setColorAt(0, QColor.fromHsv((i * 47) % 360, 60, 250))
        gradient.setColorAt(1, QColor.fromHsv((i * 47 + 120) % 360, 120, 160))
        painter.fillRect(0, 0, width, height, gradient)
        for k in range(60):
            painter.setPen(QColor.fromHsv((i * 13 + k * 31) % 360, 200, 90))
            painter.drawRect((k * 97 + i * 31) % width, (k * 53) % height, 40 + k % 90, 30 + k % 70)
            painter.drawText(30 + (k % 6) * 190, 40 + (k // 6) * 60, f"Fig. {i}.{k} results")
        painter.end()
        kind = "PNG" if i % 2 == 0 else "JPEG"
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, kind, 90 if kind == "JPEG" else -1)
        out.append((bytes(buffer.data()), kind))
    return out


def prepare(lib_dir: Path, data_dir: Path, papers: int) -> dict:
    """A data folder with a copy of *lib_dir*'s library and thumbnails for its newest papers."""
    from reader.cache import ThumbnailCache

    shutil.rmtree(data_dir, ignore_errors=True)
    (data_dir / "config").mkdir(parents=True)
    (data_dir / "config" / "settings.ini").write_text(SETTINGS)
    source = lib_dir / "library.sqlite3"
    with sqlite3.connect(source) as conn:  # fold any WAL into the file before copying it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, data_dir / "library.sqlite3")
    with sqlite3.connect(f"{(data_dir / 'library.sqlite3').as_uri()}?mode=ro", uri=True) as conn:
        urls = [
            row[0]
            for row in conn.execute(
                "SELECT p.media_url FROM paper_days d JOIN papers p ON p.id = d.paper_id"
                " WHERE p.media_kind = 'image' AND p.media_url IS NOT NULL"
                " ORDER BY d.date DESC LIMIT ?",
                (papers * 2,),  # the newest days hold a few more than the session shows
            )
        ]
    cache = ThumbnailCache(data_dir / "cache" / "thumbnails", max_bytes=2**40)
    pictures = _pictures()
    written = 0
    for i, url in enumerate(urls):
        data, _kind = pictures[i % len(pictures)]
        path = cache.path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
    return {"thumbnails": len(urls), "cache_mb": written / 2**20}


# -------------------------------------------------------------------- probe


def session(window, app, papers: int) -> dict:
    """Show *papers* papers that have a cached thumbnail, newest days first."""
    detail = window.detail
    loader = window.thumbnails
    pane = window.paper_list
    shown = drawn = 0
    start = time.perf_counter()
    for date in window.day_model.dates():
        if shown >= papers:
            break
        window.sidebar.select_day(date)
        app.processEvents()
        for row in range(pane.model.rowCount()):
            if shown >= papers:
                break
            pane.select_row(row)
            app.processEvents()
            paper = detail.paper
            if paper is None or paper.media_kind != "image" or not paper.media_url:
                continue
            if window.thumbnail_cache.get(paper.media_url) is None:
                continue
            deadline = time.monotonic() + 10
            name = f"thumb://{paper.id}/image"
            while name not in detail.resource_names and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            detail.browser.viewport().repaint()
            shown += 1
            drawn += name in detail.resource_names
    return {
        "shown": shown,
        "drawn": drawn,
        "seconds": time.perf_counter() - start,
        "decoded_mb": loader.decoded_bytes() / 2**20,
        "decoded_images": loader.decoded_count(),
        "document_images": len(detail.resource_names),
    }


def run_probe(data_dir: Path, papers: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DAILY_PAPERS_AUTO_NETWORK", "0")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import reader.ui.window as main_window
    from reader import paths
    from reader.ui.app import main as app_main

    if os.environ.get("MEMORY_PROBE_CACHE_KB"):  # an experiment: smaller SQLite page caches
        import reader.db as dbmod

        original_connect = dbmod.Database._connect

        def connect(self, uri, writer):
            conn = original_connect(self, uri, writer)
            conn.execute(f"PRAGMA cache_size=-{int(os.environ['MEMORY_PROBE_CACHE_KB'])}")
            return conn

        dbmod.Database._connect = connect
    report: dict[str, object] = {}
    original_show = main_window.MainWindow.show

    def finish(window) -> None:
        report["rss_ready_mb"] = _rss_mb()
        report.update(session(window, QApplication.instance(), papers))
        report["rss_end_mb"] = _rss_mb()
        report["connections"] = len(window.library._db._connections)
        if os.environ.get("MEMORY_PROBE_SMAPS"):
            report["smaps"] = _smaps()
        report["peak_rss_mb"] = _peak_mb()
        print(json.dumps(report), flush=True)  # before quitting: the figure is taken
        window.persist = False
        window.close()

    def show(self) -> None:
        self.resize(1280, 800)
        original_show(self)
        QTimer.singleShot(200, lambda: finish(self))

    main_window.MainWindow.show = show
    args = argparse.Namespace(
        paths=paths.resolve(str(data_dir)), data_dir=str(data_dir), verbose=False
    )
    return app_main(args)


def measure(lib_dir: Path, work: Path, papers: int = 500) -> dict:
    """Prepare a data folder beside *lib_dir*, run the probe in a child process, its JSON."""
    data_dir = work / "lib-memory"
    filled = prepare(lib_dir, data_dir, papers)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DAILY_PAPERS_AUTO_NETWORK="0")
    out = subprocess.run(
        [sys.executable, __file__, "--probe", str(data_dir), "--papers", str(papers)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
        cwd=ROOT,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"memory_probe failed ({out.returncode}): {out.stderr[-2000:]}")
    data = json.loads(lines[-1])
    data["exit_status"] = out.returncode  # the session was measured; a failing quit is noted
    data.update(filled)
    with sqlite3.connect(f"{(data_dir / 'library.sqlite3').as_uri()}?mode=ro", uri=True) as conn:
        data["papers"] = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
    shutil.rmtree(data_dir, ignore_errors=True)
    return data


def rows(work: Path, args: object = None) -> list:
    """run.py's rows: peak resident memory of a 500-paper session with thumbnails cached."""
    from run import Row

    papers = int(getattr(args, "session_papers", 500) or 500)
    print(f"memory: showing {papers} papers with cached thumbnails ...", file=sys.stderr)
    data = measure(work / "lib-large", work, papers)
    return [
        Row(
            f"peak resident memory, {data['shown']} papers shown with thumbnails,"
            f" {data['papers']:,} papers",
            data["peak_rss_mb"],
            "MB",
            BUDGET_MB,
            f"{data['rss_ready_mb']:.0f} MB when first shown, {data['rss_end_mb']:.0f} MB at"
            f" the end; {data['drawn']} thumbnails drawn from a {data['cache_mb']:.0f} MB cache;"
            f" {data['decoded_images']} decoded kept ({data['decoded_mb']:.1f} MB),"
            f" {data['document_images']} in the document"
            + (f"; the app then exited with {data['exit_status']}" if data["exit_status"] else ""),
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="LIB_DIR (or DATA_DIR with --probe)")
    parser.add_argument("--probe", action="store_true", help="run the session in this process")
    parser.add_argument("--papers", type=int, default=500)
    opts = parser.parse_args(argv)
    if opts.probe:
        return run_probe(opts.folder, opts.papers)
    data = measure(opts.folder, opts.folder.parent, opts.papers)
    print(json.dumps(data, indent=1))
    over = data["peak_rss_mb"] > BUDGET_MB
    print(
        f"peak {data['peak_rss_mb']:.1f} MB (budget {BUDGET_MB:g} MB): {'OVER' if over else 'within'}"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
