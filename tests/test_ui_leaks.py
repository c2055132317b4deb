"""Menus and message boxes the window opens again and again are deleted when they close.

A real window on the test corpus: a day's context menu opened twenty times,
error details shown twenty times, sync problem details and About opened twenty
times each; afterwards the window holds at most one of each.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from reader import notify
from tests.ui_support import *  # the window fixtures
from tests.ui_support import settle

TIMES = 20


def _live(parent: QWidget, kind: type) -> list[QWidget]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return [w for w in parent.findChildren(kind) if isinstance(w, kind)]


def _close_popup(qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    popup.close()  # what a click outside, or Esc, does


def test_a_days_context_menu_is_deleted_after_it_closes(qtbot, corpus_db, make_window) -> None:
    window = make_window()
    settle(qtbot, window)
    sidebar = window.sidebar
    day = window.day_model.dates()[0]
    sidebar.reveal_day(day)
    rect = sidebar.visualRect(window.day_model.index_of_day(day))
    assert rect.isValid()
    before = len(_live(sidebar, QMenu))
    for _ in range(TIMES):
        pos = rect.center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            pos,
            sidebar.viewport().mapToGlobal(pos),
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(sidebar.viewport(), event)
        _close_popup(qtbot)
    assert len(_live(sidebar, QMenu)) == before


def test_the_context_menu_still_marks_the_day_read(qtbot, corpus_db, make_window) -> None:
    window = make_window()
    settle(qtbot, window)
    sidebar = window.sidebar
    day = window.day_model.dates()[0]
    sidebar.reveal_day(day)
    rect = sidebar.visualRect(window.day_model.index_of_day(day))
    asked: list[str] = []
    sidebar.mark_day_read_requested.connect(asked.append)
    sidebar.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    menu.actions()[0].trigger()
    menu.close()
    assert asked == [day]
    assert len(_live(sidebar, QMenu)) == 0


@pytest.mark.expect_errors("Something failed")
def test_error_details_and_about_boxes_do_not_pile_up(qtbot, corpus_db, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    for n in range(TIMES):
        notify.error(f"Something failed ({n}).", "details for the box")
        QApplication.processEvents()
        window.action_set["about"].trigger()
        window.sync_bar.show_problem(f"A sync problem ({n})", "its details")
        window.sync_bar.show_details()
        for box in _live(window, QMessageBox):
            if box.isVisible():
                box.close()
    boxes = _live(window, QMessageBox)
    assert len(boxes) <= 1, [b.text() for b in boxes]
    window.sync_bar.dismiss()


@pytest.mark.expect_errors("Something failed")
def test_an_open_error_box_is_replaced_not_stacked(qtbot, corpus_db, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    for n in range(3):
        notify.error(f"Something failed ({n}).", "details")
        QApplication.processEvents()
    shown = [b for b in _live(window, QMessageBox) if b.isVisible()]
    assert [b.text() for b in shown] == ["Something failed (2)."]
    shown[0].close()
    assert _live(window, QMessageBox) == []


def test_a_context_menu_outside_a_day_opens_nothing(qtbot, corpus_db, make_window) -> None:
    window = make_window()
    settle(qtbot, window)
    window.sidebar.customContextMenuRequested.emit(QPoint(-5, -5))
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None
    assert _live(window.sidebar, QMenu) == []
