"""The PySide floor for start-up: the app's window shape in Qt alone, without the app's code.

Issue 11 compares the app's start-up with a bare QTextBrowser. This probe says how
much of the difference any PySide program of the app's shape pays before its own
code runs: a main window with menus, a toolbar and a status bar; a day sidebar; a
search box over a list whose rows a Python delegate paints (title and meta line, in
colours: the first ``QPainter.setPen`` creates Qt's namespace class, ~90 Python
enums); a detail pane with the first paper's title, authors and summary. It reads
the newest day from the app's library with ``sqlite3`` (the same rows the app's
first paint shows) and uses no module of ``reader``. Run by ``benchmarks/run.py``
beside the bare window and the app; prints one JSON line in the bare window's form.

    python benchmarks/floor_window.py DATA_DIR
"""

from __future__ import annotations

import time

PYTHON_STARTED = time.time()

import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
import zlib  # noqa: E402
from html import escape  # noqa: E402

MENUS = {
    "&File": 7,
    "&Edit": 5,
    "&View": 12,
    "&Go": 10,
    "&Paper": 12,
    "&Help": 3,
}
TOOLBAR = ("Sync", "Import", "Unread", "Bookmarked", "Triage", "Queue", "For You", "Read PDF")


def newest_day(data_dir: str) -> tuple[list[str], list[tuple], str]:
    """The days, the newest day's papers (id, title, votes) and its first paper's HTML."""
    db = sqlite3.connect(f"file:{os.path.join(data_dir, 'library.sqlite3')}?mode=ro", uri=True)
    days = [row[0] for row in db.execute("SELECT date FROM day_totals ORDER BY date DESC")]
    rows = db.execute(
        "SELECT p.rowid, p.id, p.title, p.votes FROM paper_days d JOIN papers p"
        " ON p.id = d.paper_id WHERE d.date = ? ORDER BY d.position",
        (days[0],),
    ).fetchall()
    rowid, paper_id, title, votes = rows[0]
    parts = db.execute(
        "SELECT parts FROM texts WHERE paper = ? AND kind = 'summary' LIMIT 1", (rowid,)
    ).fetchone()
    text = parts[0] if parts else ""
    if isinstance(text, bytes):
        text = zlib.decompress(text, -15).decode("utf-8")
    bullets = ""
    for record in text.split("\x1e") if text else ():  # level, heading, text (reader.store)
        _level, heading, body = (record.split("\x1f", 2) + ["", ""])[:3]
        bullets += f"<li><b>{escape(heading)}</b> {escape(body)}</li>"
    html = f"<h2>{escape(title)}</h2><p>arXiv {paper_id} · {votes or 0} votes</p><ul>{bullets}</ul>"
    db.close()
    return days, [(r[1], r[2], r[3]) for r in rows], html


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    marks: list[tuple[str, float]] = []
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
    from PySide6.QtGui import QAction, QColor, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QLineEdit,
        QListView,
        QMainWindow,
        QSplitter,
        QStyledItemDelegate,
        QTextBrowser,
        QTreeView,
        QVBoxLayout,
        QWidget,
    )

    marks.append(("Qt imports", time.time()))
    app = QApplication([sys.argv[0], "-style", "fusion"])
    marks.append(("QApplication", time.time()))
    days, papers, html = newest_day(sys.argv[1])
    marks.append(("first query", time.time()))

    class Papers(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(papers)

        def data(self, index, role=0):
            return papers[index.row()] if role == 0 else None

    class Row(QStyledItemDelegate):
        def paint(self, painter, option, index) -> None:
            paper_id, title, votes = index.data()
            rect = option.rect.adjusted(12, 6, -12, -6)
            painter.setPen(QColor("#202124"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            painter.setPen(QColor("#6b6e76"))
            meta = f"▲ {votes or 0}   {paper_id}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, meta)

        def sizeHint(self, option, index) -> QSize:
            return QSize(200, 3 * option.fontMetrics.height())

    window = QMainWindow()
    window.setWindowTitle("PySide floor")
    for name, count in MENUS.items():
        menu = window.menuBar().addMenu(name)
        for i in range(count):
            menu.addAction(QAction(f"{name.strip('&')} {i + 1}", window))
    toolbar = window.addToolBar("Main")
    for name in TOOLBAR:
        toolbar.addAction(QAction(name, window))
    sidebar = QTreeView()
    days_model = QStandardItemModel(sidebar)
    for day in days[:60]:
        days_model.appendRow(QStandardItem(day))
    sidebar.setModel(days_model)
    sidebar.setHeaderHidden(True)
    middle = QWidget()
    column = QVBoxLayout(middle)
    column.addWidget(QLabel(f"<b>{days[0]}</b>"))
    column.addWidget(QLineEdit(placeholderText="Search all papers"))
    listing = QListView()
    listing.setModel(Papers(listing))
    listing.setItemDelegate(Row(listing))
    column.addWidget(listing, 1)
    detail = QTextBrowser()
    detail.setHtml(html)
    splitter = QSplitter()
    for pane in (sidebar, middle, detail):
        splitter.addWidget(pane)
    splitter.setStretchFactor(2, 1)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage(f"{len(papers)} papers")
    window.resize(1280, 800)
    marks.append(("window built", time.time()))
    report: dict[str, object] = {
        "python_started": PYTHON_STARTED,
        "marks": marks,
        "rows": len(papers),
    }

    # the floor's claim: no module of the app was needed for this window
    report["reader_modules"] = sorted(m for m in sys.modules if m.split(".")[0] == "reader")
    from first_paint import run_until_painted

    return run_until_painted(app, window, detail, report, marks)


if __name__ == "__main__":
    sys.exit(main())
