"""The paper list and the day sidebar at scale: work per reset, per changed row, per painted row.

Not timed: these count what the views ask of the Python models and delegates, which
is what made a search or a day switch slow at 110,000 papers (issue 11).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QVBoxLayout, QWidget

from reader import triage
from reader.library import Library, PaperQuery
from reader.ui.papers.delegate import PaperDelegate, PaperListView
from reader.ui.papers.model import QUEUE_MIME, PaperListModel
from tests.ui_support import *  # the window fixtures (see its __all__)


@pytest.fixture
def lib(corpus_db) -> Library:
    library = Library(corpus_db)
    yield library
    library.close()


class CountingModel(PaperListModel):
    """Counts the view's ``rowCount`` calls (a QListView asks twice per row per layout)."""

    calls = 0

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        CountingModel.calls += 1
        return super().rowCount(parent)


def _list(qtbot, lib: Library, query: PaperQuery) -> tuple[PaperListView, CountingModel]:
    model = CountingModel(lib)
    model.set_query(query)
    view = PaperListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(PaperDelegate(view))
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_a_reset_or_a_marked_row_does_not_lay_out_every_row(qtbot, lib) -> None:
    view, model = _list(qtbot, lib, PaperQuery(view="all"))
    rows = model.rowCount()
    assert rows == 255
    view.viewport().repaint()
    CountingModel.calls = 0
    model.refresh()  # a new query: the model is reset
    view.viewport().repaint()
    assert CountingModel.calls < rows // 4, CountingModel.calls  # a QListView: 2 per row
    CountingModel.calls = 0
    model.set_read([model.row(3).id], True)  # one row changed
    view.viewport().repaint()
    assert CountingModel.calls < rows // 4, CountingModel.calls
    CountingModel.calls = 0
    view.scrollToBottom()  # the scrollbar spans the whole list without measuring it
    view.viewport().repaint()
    assert CountingModel.calls < rows // 4, CountingModel.calls
    assert view.rowAt(view.viewport().height() - 2) == rows - 1


def test_rows_are_as_tall_as_the_delegate_asks_and_follow_the_font(qtbot, lib) -> None:
    view, _model = _list(qtbot, lib, PaperQuery(date="2024-03-11"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    first = view.visualRect(view.model().index(0, 0))
    assert first.height() == view.itemDelegate().sizeHint(option, QModelIndex()).height()
    assert first.width() == view.viewport().width()  # one column, the list's whole width
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    taller = view.visualRect(view.model().index(0, 0)).height()
    assert taller > first.height()


def test_the_list_behaves_as_a_list_for_keys(qtbot, lib) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = PaperListView()
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(view)
    layout.addWidget(after)
    model = PaperListModel(lib)
    model.set_query(PaperQuery(date="2024-03-11"))
    view.setModel(model)
    view.setItemDelegate(PaperDelegate(view))
    view.setSelectionMode(view.SelectionMode.ExtendedSelection)  # as the pane's
    host.resize(400, 400)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=2000)
    view.setFocus()
    assert view.hasFocus()
    view.setCurrentIndex(model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == model.rowCount() - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedIndexes()) == [0, 1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab leaves the list, as out of a QListView
    assert after.hasFocus()


def test_a_drop_in_the_queue_lands_between_rows(qtbot, lib) -> None:
    ids = lib.rows(PaperQuery(date="2024-03-11"), 0, 4)
    triage.set_state(lib, [r.id for r in ids], "later")
    view, model = _list(qtbot, lib, PaperQuery(view="queue"))
    assert model.rowCount() == 4
    dropped: list[tuple[list[str], int]] = []
    model.on_queue_drop = lambda moved, position: dropped.append((moved, position))
    view.setDragDropMode(view.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    second = view.visualRect(model.index(1, 0))
    for point, position in (
        (QPoint(second.center().x(), second.top() + 2), 1),  # the top edge: above the row
        (QPoint(second.center().x(), second.bottom() - 2), 2),  # the bottom edge: below it
    ):
        data = QMimeData()
        data.setData(QUEUE_MIME, ids[3].id.encode())
        event = QDropEvent(
            point,
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        view.dropEvent(event)
        assert dropped[-1] == ([ids[3].id], position)
