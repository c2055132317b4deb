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


def test_the_panes_viewports_cost_no_type_search() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "made: \n" in out.stdout, out.stdout  # none of them
