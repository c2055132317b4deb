"""Shortcut checks for Not Interested (X) and Go to Related (L), used by test_ui_shortcuts.CHECKS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui_support import written


def _press(qtbot, window, shortcut: str, widget=None) -> None:
    combo = QKeySequence(shortcut)[0]
    target = widget or QApplication.focusWidget() or window.paper_list.view
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
    window.commands.flush()
    written(window)  # the library sees what the window queued


def wait_for_related(qtbot, window) -> None:
    """Build the window's similarity index (child process) and wait for the Related list."""
    with qtbot.waitSignal(window.similar.related_shown, timeout=60_000):
        window.similar.update_index()


def check_not_interested(qtbot, w, keys, ctx) -> None:
    paper_id = w.commands.current.id
    assert w.library.dismissed_ids() == []
    _press(qtbot, w, keys[0])
    assert w.library.dismissed_ids() == [paper_id]
    _press(qtbot, w, keys[0])  # not a toggle: pressing again keeps it dismissed
    assert w.library.dismissed_ids() == [paper_id]


def check_focus_related(qtbot, w, keys, ctx) -> None:
    wait_for_related(qtbot, w)
    first = w.similar.related.ids()[0]
    _press(qtbot, w, keys[0])
    assert QApplication.focusWidget() is w.similar.related.view
    assert w.similar.related.view.current_id() == first
    qtbot.keyClick(w.similar.related.view, Qt.Key.Key_Return)
    w.commands.flush()
    assert w.commands.current.id == first
