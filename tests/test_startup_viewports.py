"""The panes' scroll areas hand out their viewports without PySide's type search (issue 11).

The first ``viewport()`` of a widget PySide has no Python object for makes it look
through every QWidget subclass, creating each with its enums (~25 ms at start-up on
a slow machine). The list, the sidebar and the detail text wrap theirs when built
(:mod:`reader.ui.common.viewport`), so the start path's ``viewport()`` calls cost
nothing. Run in a fresh interpreter: PySide's classes, once made, stay made.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

# Qt classes only that search creates: the app never uses them
SEARCHED_ONLY = ("QCalendarWidget", "QMdiArea", "QWizard", "QGraphicsView", "QDial")

_SCRIPT = f"""
import sys
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication

from reader.ui.detail.pane import SafeTextBrowser
from reader.ui.papers.delegate import PaperListView
from reader.ui.sidebar.model import DayTreeModel
from reader.ui.sidebar.view import DaySidebar

app = QApplication(sys.argv[:1])
views = [PaperListView(), DaySidebar(DayTreeModel()), SafeTextBrowser()]
for view in views:
    view.viewport().update()
    view.viewport().width()
made = sorted(name for name in {SEARCHED_ONLY!r} if name in vars(QtWidgets))
print("made:", ",".join(made))
"""


def _run(script: str) -> subprocess.CompletedProcess[str]:
    """*script* in a fresh interpreter: PySide makes each class once per process."""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return out


def test_the_panes_viewports_cost_no_type_search() -> None:
    out = _run(_SCRIPT)
    assert "made: \n" in out.stdout, out.stdout  # none of them


_PAINT = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from reader.library import DayInfo, ListRow
from reader.ui.papers.delegate import PaperDelegate, PaperListView
from reader.ui.papers.model import RowRole
from reader.ui.sidebar.model import DayTreeModel
from reader.ui.sidebar.view import DaySidebar
from reader.userstate import RowMarks


class Rows(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != RowRole:
            return None
        row = ListRow(f"2501.0000{index.row()}", "A title", 5, "2025-01-01", index.row() == 1, True)
        return row, RowMarks(watch=("x",) if index.row() == 2 else ())


app = QApplication(sys.argv[:1])
papers = PaperListView()
rows = Rows()
papers.setModel(rows)
papers.setItemDelegate(PaperDelegate(papers))
papers.selectRow(1)
days = DayTreeModel()
days.load([DayInfo("2025-01-01", 5, 2, triaged=1), DayInfo("2024-12-31", 4, 0)], {"all": 9})
sidebar = DaySidebar(days)
sidebar.select_day("2025-01-01")
for view in (papers, sidebar):
    view.resize(320, 300)
    view.show()
    app.processEvents()
    view.grab()
print("QStyle made:", "QStyle" in vars(QtWidgets))
"""


def test_the_panes_paint_their_rows_without_making_qstyle() -> None:
    """The delegates leave QStyle to C++ (reader.ui.common.row_delegate)."""
    out = _run(_PAINT)
    assert "QStyle made: False" in out.stdout, out.stdout + out.stderr
