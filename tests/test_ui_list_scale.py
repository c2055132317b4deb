"""The paper list and the day sidebar at scale: work per reset, per changed row, per painted row.

Not timed: these count what the views ask of the Python models and delegates, which
is what made a search or a day switch slow at 110,000 papers (issue 11).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QVBoxLayout, QWidget

from reader import triage
from reader.library import Library, PaperQuery
from reader.ui.papers.delegate import PaperDelegate, PaperListView
from reader.ui.papers.model import QUEUE_MIME, PaperListModel
from reader.ui.sidebar.model import DayTreeModel
from reader.ui.sidebar.view import DaySidebar
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


class RecordingPainter(QPainter):
    """Records each text drawn with its font's weight."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, int]] = []

    def drawText(self, *args) -> None:  # type: ignore[override]
        if isinstance(args[-1], str):
            self.texts.append((args[-1], self.font().weight().value))
        super().drawText(*args)

    def drawStaticText(self, *args) -> None:  # type: ignore[override]
        self.texts.append((args[-1].text(), self.font().weight().value))
        super().drawStaticText(*args)


def _paint_rows(view, rows: list[QModelIndex]) -> RecordingPainter:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    image = QImage(view.viewport().width(), 80, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    try:
        for index in rows:
            option.rect = view.visualRect(index).translated(0, -view.visualRect(index).top())
            view.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    return painter


class CountingData(PaperListModel):
    """Counts ``data`` calls (each one a call from C++ into Python)."""

    calls = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        CountingData.calls += 1
        return super().data(index, role)


def test_a_painted_paper_row_asks_the_model_once_and_follows_its_changes(qtbot, lib) -> None:
    model = CountingData(lib)
    model.set_query(PaperQuery(date="2024-03-11"))
    view = PaperListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(PaperDelegate(view))
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    rows = [model.index(r, 0) for r in range(min(8, model.rowCount()))]
    CountingData.calls = 0
    painted = _paint_rows(view, rows)
    assert CountingData.calls == len(rows), CountingData.calls  # was ~17 per row
    first = model.row(0)
    assert not first.read
    title = [w for t, w in painted.texts if first.title.startswith(t.rstrip("…"))]
    assert title and title[0] > QFont.Weight.Normal.value  # unread: a bold title
    model.set_read([first.id], True)
    painted = _paint_rows(view, rows[:1])  # the kept layout follows the row's change
    title = [w for t, w in painted.texts if first.title.startswith(t.rstrip("…"))]
    assert title and title[0] == QFont.Weight.Normal.value


def test_a_painted_sidebar_row_asks_the_model_once(qtbot, lib) -> None:
    class CountingDays(DayTreeModel):
        calls = 0

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            CountingDays.calls += 1
            return super().data(index, role)

    model = CountingDays()
    model.load(lib.days(), lib.counts())
    sidebar = DaySidebar(model)
    qtbot.addWidget(sidebar)
    sidebar.resize(260, 500)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    rows = [model.index_of_view("unread"), model.index_of_day(model.dates()[0])]
    CountingDays.calls = 0
    painted = _paint_rows(sidebar, rows)
    assert CountingDays.calls == 2 * len(rows), CountingDays.calls  # layout and paint: was ~15
    drawn = [t for t, _w in painted.texts]
    assert "Unread" in drawn and rows[1].data() in drawn
    model.adjust_unread([model.dates()[0]], -1)  # a count changed: the row is measured again
    unread = model.day_info(model.dates()[0]).unread
    assert str(unread) in [t for t, _w in _paint_rows(sidebar, rows[1:]).texts]
