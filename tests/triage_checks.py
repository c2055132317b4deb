"""Shortcut checks for the triage keys (issue 13), shared by the shortcut test's table.

Each check starts on the 2024-03-11 day with its first paper shown and the list
focused, presses the key on the real window and looks at the library afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader import notes_tags, triage
from reader.ui.window import MainWindow
from tests.ui_support import settle, written


def press(qtbot, window: MainWindow, shortcut: str) -> None:
    combo = QKeySequence(shortcut)[0]
    qtbot.keyClick(
        QApplication.focusWidget() or window.paper_list.view,
        combo.key(),
        combo.keyboardModifiers(),
    )
    settle(qtbot, window)


def _check_state(state: str) -> Callable:
    def check(qtbot, w, keys, ctx):
        first = w.commands.current.id
        for key in keys:
            if state == "new":
                triage.set_state(w.library, [first], "done")
                w.paper_list.select_paper(first)
                settle(qtbot, w)
            press(qtbot, w, key)
            assert triage.state(w.library, first) == state, key
            assert w.paper_list.model.marks_of(first).state == state
            if state != "new":
                assert w.commands.current.id != first  # moved on to the next paper
                w.paper_list.select_paper(first)
                settle(qtbot, w)

    return check


def _check_queue_move(step: int) -> Callable:
    def check(qtbot, w, keys, ctx):
        ids = w.paper_list.model.ids()[:3]
        triage.set_state(w.library, ids, "later")
        w.sidebar.select_view("queue")
        settle(qtbot, w)
        w.paper_list.select_paper(ids[1])
        w.paper_list.view.setFocus()
        settle(qtbot, w)
        press(qtbot, w, keys[0])
        expected = [ids[1], ids[0], ids[2]] if step < 0 else [ids[0], ids[2], ids[1]]
        assert triage.queue(w.library) == expected
        assert w.paper_list.model.ids() == expected
        assert w.paper_list.current_id() == ids[1]

    return check


def _check_skip_rest(qtbot, w, keys, ctx):
    before = triage.catchup_ids(w.library)
    assert before
    press(qtbot, w, keys[0])
    assert triage.catchup_ids(w.library) == []
    assert set(triage.states(w.library, before).values()) == {"skipped"}
    press(qtbot, w, "Ctrl+Z")
    assert triage.catchup_ids(w.library) == before


def _check_edit_note(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert QApplication.focusWidget() is w.notes.editor.edit
    qtbot.keyClicks(w.notes.editor.edit, "Check J and K")  # letters are text here
    w.notes.editor.save()
    written(w)
    assert notes_tags.note(w.library, w.commands.current.id) == "Check J and K"


def _check_edit_tags(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert QApplication.focusWidget() is w.notes.editor.tags
    qtbot.keyClicks(w.notes.editor.tags, "vision, todo")
    qtbot.keyClick(w.notes.editor.tags, Qt.Key.Key_Return)
    written(w)
    assert notes_tags.paper_tags(w.library, w.commands.current.id) == ["todo", "vision"]


TRIAGE_CHECKS: dict[str, Callable] = {
    "state_later": _check_state("later"),
    "state_must": _check_state("must-read"),
    "state_done": _check_state("done"),
    "state_skipped": _check_state("skipped"),
    "state_new": _check_state("new"),
    "queue_up": _check_queue_move(-1),
    "queue_down": _check_queue_move(1),
    "skip_rest": _check_skip_rest,
    "edit_note": _check_edit_note,
    "edit_tags": _check_edit_tags,
}
