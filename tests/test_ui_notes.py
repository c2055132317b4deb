"""Notes and tags in the window (issue 13): typing, autosave, preview, completion, markers.

A real window over a copy of the corpus library; the note is typed with keys,
saved by the 500 ms timer, by showing another paper, and by closing the window
(read back from the SQLite file by a fresh Library afterwards).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader import notes_tags
from reader.library import Library
from reader.ui.papers.model import MarksRole
from tests.triage_checks import press
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import day_window, settle, written

DAY = "2024-03-11"


def test_a_typed_note_is_autosaved_shown_rendered_and_marked_in_the_row(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    paper = window.commands.current.id
    editor = window.notes.editor
    press(qtbot, window, "C")
    qtbot.keyClicks(editor.edit, "# Why")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.edit, "**Compare** with Mamba")
    assert editor.pending()
    qtbot.waitUntil(lambda: not editor.pending(), timeout=3000)  # the 500 ms autosave
    written(window)
    assert notes_tags.note(window.library, paper) == "# Why\n**Compare** with Mamba"
    settle(qtbot, window)
    assert window.paper_list.model.marks_of(paper).note
    editor.preview.click()
    assert editor.stack.currentWidget() is editor.rendered
    rendered = editor.rendered.document()
    assert rendered.toPlainText().startswith("Why")  # Markdown rendered, not shown as code
    assert rendered.firstBlock().blockFormat().headingLevel() == 1


def test_showing_another_paper_saves_the_note_at_once(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    first = window.commands.current.id
    press(qtbot, window, "C")
    qtbot.keyClicks(window.notes.editor.edit, "half a thought")
    window.paper_list.view.setFocus()
    press(qtbot, window, "J")  # before the timer fires
    written(window)
    assert notes_tags.note(window.library, first) == "half a thought"
    assert window.notes.editor.paper_id != first
    assert window.notes.editor.edit.toPlainText() == ""
    window.paper_list.select_paper(first)
    settle(qtbot, window)
    assert window.notes.editor.edit.toPlainText() == "half a thought"


def test_closing_the_window_saves_the_note_being_typed(
    qtbot, corpus_db, data_dir, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    paper = window.commands.current.id
    press(qtbot, window, "C")
    qtbot.keyClicks(window.notes.editor.edit, "typed just before quitting")
    window.close()
    with Library(data_dir.database) as fresh:
        assert notes_tags.note(fresh, paper) == "typed just before quitting"


def test_tags_complete_from_the_library_and_fill_the_tags_section(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    other = window.paper_list.model.ids()[3]
    notes_tags.add_tags(window.library, other, ["reinforcement"])
    window.paper_list.select_row(1)
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    paper = window.commands.current.id
    editor = window.notes.editor
    press(qtbot, window, "T")
    qtbot.keyClicks(editor.tags, "vision, rein")
    completer = editor.tags.completer()
    assert completer.currentCompletion() == "vision, reinforcement"  # keeps the ones before
    editor.tags.setText(completer.currentCompletion())
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    written(window)
    assert notes_tags.paper_tags(window.library, paper) == ["reinforcement", "vision"]
    qtbot.waitUntil(lambda: window.day_model.index_of("tag", "vision").isValid(), timeout=3000)
    settle(qtbot, window)
    assert window.paper_list.model.index(1, 0).data(MarksRole).tags == ("reinforcement", "vision")
    window.sidebar.setCurrentIndex(window.day_model.index_of("tag", "reinforcement"))
    settle(qtbot, window)
    assert sorted(window.paper_list.model.ids()) == sorted([paper, other])
    assert window.paper_list.title.text() == "#reinforcement"


def test_keys_typed_in_the_note_are_text_not_commands(qtbot, corpus_db, make_window) -> None:
    from reader import triage

    window = day_window(qtbot, make_window, DAY)
    paper = window.commands.current.id
    triage.set_state(window.library, [paper], "done")
    press(qtbot, window, "C")
    qtbot.keyClicks(window.notes.editor.edit, "Qs 0E")
    qtbot.keyClick(window.notes.editor.edit, Qt.Key.Key_Backspace)
    assert window.notes.editor.edit.toPlainText() == "Qs 0"
    assert window.commands.current.id == paper  # no key moved the list on
    assert triage.state(window.library, paper) == "done"  # nor changed the state


def test_enter_in_the_tags_hands_the_keys_back_to_the_list(qtbot, corpus_db, make_window) -> None:
    """T, tags, Enter, then C: the C is Edit Note, not a letter appended to the tags."""
    from PySide6.QtWidgets import QApplication

    window = day_window(qtbot, make_window, DAY)
    paper = window.commands.current.id
    editor = window.notes.editor
    press(qtbot, window, "T")
    assert QApplication.focusWidget() is editor.tags
    qtbot.keyClicks(editor.tags, "rl, multimodal")
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    written(window)
    assert QApplication.focusWidget() is window.paper_list.view  # where T was pressed
    press(qtbot, window, "C")
    assert QApplication.focusWidget() is editor.edit
    qtbot.keyClicks(editor.edit, "note")
    written(window)
    assert notes_tags.paper_tags(window.library, paper) == ["multimodal", "rl"]
    assert editor.tags.text() == "multimodal, rl"
