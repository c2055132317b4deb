"""Every shortcut listed in Help > Keyboard Shortcuts does what the dialog says.

Keys are pressed on the real window (the list has focus, as after start-up);
each check looks at the library, the panes or the recorded URLs afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.library import PaperQuery
from reader.ui.common.resources import samples_dir
from reader.ui.dialogs.help import NameRole, ShortcutsDialog
from reader.ui.dialogs.preferences import PreferencesDialog
from reader.ui.shell.actions import BY_NAME
from reader.ui.window import MainWindow
from tests.similar_support import check_focus_related, check_not_interested
from tests.triage_checks import TRIAGE_CHECKS
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, answer_message_box, settle, written

DAY = "2024-03-11"


def press(qtbot, window: MainWindow, shortcut: str, widget=None) -> None:
    combo = QKeySequence(shortcut)[0]
    qtbot.keyClick(
        widget or QApplication.focusWidget() or window.paper_list.view,
        combo.key(),
        combo.keyboardModifiers(),
    )
    window.commands.flush()
    written(window)  # the library sees what the window queued


def current_row(window: MainWindow) -> int:
    return window.paper_list.current_row()


def _check_next_paper(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert current_row(w) == 1


def _check_prev_paper(qtbot, w, keys, ctx):
    w.paper_list.select_row(2)
    press(qtbot, w, keys[0])
    assert current_row(w) == 1


def _check_next_day(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert w.sidebar.current_day() == "2024-02-09"  # the next older day


def _check_prev_day(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert w.sidebar.current_day() == "2024-04-19"


def _check_go_to_date(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    dialog = w.go_to_date.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.calendar.setSelectedDate(QDate(2024, 2, 10))  # the day after one with papers
    dialog.accept()
    settle(qtbot, w)
    assert w.sidebar.current_day() == "2024-02-09"


def _check_next_unread(qtbot, w, keys, ctx):
    w.library.set_read([w.paper_list.model.row(1).id])
    w.paper_list.reload()
    press(qtbot, w, keys[0])
    assert current_row(w) == 2  # row 1 is read: skipped
    w.marks.mark_read(PaperQuery(date=DAY), "the day")
    settle(qtbot, w)
    press(qtbot, w, keys[0])
    assert w.sidebar.current_day() == "2024-02-09"  # on to the next day with unread papers
    assert current_row(w) == 0 and not w.paper_list.model.row(0).read


def _check_scroll_or_next(qtbot, w, keys, ctx):
    bar = w.detail.browser.verticalScrollBar()
    first = w.commands.current.id
    assert bar.maximum() > 0, "the window is small enough for the paper to scroll"
    press(qtbot, w, keys[0])
    assert bar.value() > 0 and w.commands.current.id == first
    for _ in range(30):
        if w.commands.current.id != first:
            break
        press(qtbot, w, keys[0])
    assert w.commands.current.id != first  # at the end it moved on to the next unread paper
    assert current_row(w) == 1


def _check_focus_search(qtbot, w, keys, ctx):
    for key in keys:
        w.paper_list.view.setFocus()
        press(qtbot, w, key, w.paper_list.view)
        assert w.paper_list.search.hasFocus(), key


def _check_clear_search(qtbot, w, keys, ctx):
    w.paper_list.search.setFocus()
    qtbot.keyClicks(w.paper_list.search, "gemini")
    qtbot.waitUntil(lambda: w.paper_list.searching() and w.paper_list.title.text() == "Search")
    press(qtbot, w, keys[0], w.paper_list.search)
    assert w.paper_list.search.text() == "" and w.paper_list.title.text() == "Mon, Mar 11, 2024"
    assert w.paper_list.view.hasFocus()


def _check_toggle_bookmark(qtbot, w, keys, ctx):
    paper_id = w.commands.current.id
    press(qtbot, w, keys[0])
    assert w.library.bookmarked_ids() == [paper_id] and w.paper_list.model.row(0).bookmarked
    press(qtbot, w, keys[0])
    assert w.library.bookmarked_ids() == []


def _check_toggle_read(qtbot, w, keys, ctx):
    paper_id = w.commands.current.id
    press(qtbot, w, keys[0])
    assert w.library.state(paper_id).read_at is not None
    assert w.day_model.day_info(DAY).unread == 6
    press(qtbot, w, keys[0])
    assert w.library.state(paper_id).read_at is None
    assert w.day_model.day_info(DAY).unread == 7


def _check_open(attribute: str) -> Callable:
    def check(qtbot, w, keys, ctx):
        press(qtbot, w, keys[0])
        assert ctx["urls"] == [getattr(w.commands.current, attribute)]

    return check


def _check_copy_link(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert QApplication.clipboard().text() == "https://arxiv.org/abs/2403.05135"


def _check_copy_bibtex(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    text = QApplication.clipboard().text()
    assert text.startswith("@misc{") and "eprint = {2403.05135}" in text


def _check_mark_list_read(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    settle(qtbot, w)
    assert w.day_model.day_info(DAY).unread == 0


def _check_mark_all_read(qtbot, w, keys, ctx):
    answer_message_box([], click="Mark as Read")  # it asks first (tests/test_ui_rough_edges.py)
    press(qtbot, w, keys[0])
    settle(qtbot, w)
    assert w.library.counts()["unread"] == 0 and w.day_model.counts()["unread"] == 0


def _check_undo_mark(qtbot, w, keys, ctx):
    w.action_set["mark_list_read"].trigger()
    settle(qtbot, w)
    press(qtbot, w, keys[0])
    settle(qtbot, w)
    assert w.day_model.day_info(DAY).unread == 7


def _check_import(kind: str) -> Callable:
    def check(qtbot, w, keys, ctx):
        sample = samples_dir() / "2025" / "02" / "03.md"
        ctx["dialogs"].files = [str(sample)]
        ctx["dialogs"].folder = [str(samples_dir())]
        press(qtbot, w, keys[0])
        assert ctx["dialogs"].asked == [kind]
        qtbot.waitUntil(lambda: "2025-02-03" in w.day_model.dates(), timeout=10_000)
        settle(qtbot, w)
        if kind == "folder":
            assert "2025-02-06" in w.day_model.dates()

    return check


def _check_export(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert ctx["dialogs"].asked == ["export"]


def _check_sync_now(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert w.sync.running() and w.sync_bar.mode == "progress"
    qtbot.waitUntil(lambda: not w.sync.running(), timeout=10_000)  # the test port refuses
    assert "Offline" in w.status.sync_state.text()


def _check_preferences(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    dialog = w.sync_ui.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    dialog.reject()


def _check_quit(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    assert not w.isVisible()


def _check_font(step: int | None) -> Callable:
    def check(qtbot, w, keys, ctx):
        base = w.detail.browser.document().defaultFont().pointSizeF()
        for key in keys:
            w.settings.set("font_size", round(base))
            press(qtbot, w, key)
            expected = round(base) + step if step is not None else 0
            assert w.settings.get("font_size") == expected, key

    return check


def _check_shortcuts(qtbot, w, keys, ctx):
    press(qtbot, w, keys[0])
    dialog = w.commands.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    dialog.close()


def _check_read_pdf(qtbot, w, keys, ctx):
    from tests.pdf_fixtures import make_pdf

    path = w.pdf.store.path(w.commands.current.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_pdf(path, pages=3)
    press(qtbot, w, keys[0])
    qtbot.waitUntil(w.pdf.reading, timeout=5000)
    assert w.pdf.reader.view.page_count() == 3
    press(qtbot, w, "Esc", w.pdf.reader.view)
    assert not w.pdf.reading()


def _check_download_pdf(qtbot, w, keys, ctx):
    w.settings.set("pdf_url", "http://127.0.0.1:9/pdf")  # refused at once
    with qtbot.waitSignal(w.pdf.downloaded, timeout=10_000):
        press(qtbot, w, keys[0])
    assert w.sync_bar.mode == "problem" and "2403.05135" in w.sync_bar.text


CHECKS: dict[str, Callable] = {
    "next_paper": _check_next_paper,
    "prev_paper": _check_prev_paper,
    "next_day": _check_next_day,
    "prev_day": _check_prev_day,
    "go_to_date": _check_go_to_date,
    "next_unread": _check_next_unread,
    "scroll_or_next": _check_scroll_or_next,
    "focus_search": _check_focus_search,
    "clear_search": _check_clear_search,
    "toggle_bookmark": _check_toggle_bookmark,
    "toggle_read": _check_toggle_read,
    "open_arxiv": _check_open("abs_url"),
    "open_pdf": _check_open("pdf_url"),
    "open_hf": _check_open("hf_url"),
    "copy_link": _check_copy_link,
    "copy_bibtex": _check_copy_bibtex,
    "mark_list_read": _check_mark_list_read,
    "mark_all_read": _check_mark_all_read,
    "undo_mark": _check_undo_mark,
    "import_files": _check_import("files"),
    "import_folder": _check_import("folder"),
    "export_bookmarks": _check_export,
    "sync_now": _check_sync_now,
    "preferences": _check_preferences,
    "quit": _check_quit,
    "font_bigger": _check_font(1),
    "font_smaller": _check_font(-1),
    "font_reset": _check_font(None),
    "shortcuts": _check_shortcuts,
    "read_pdf": _check_read_pdf,
    "download_pdf": _check_download_pdf,
    "not_interested": check_not_interested,
    "focus_related": check_focus_related,
    **TRIAGE_CHECKS,
}


def test_the_help_dialog_lists_every_checked_shortcut(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    press(qtbot, window, "F1")
    model = window.commands.dialog.model
    names = {model.index(r, 0).data(NameRole) for r in range(model.rowCount())}
    assert names - {""} == set(CHECKS)
    keys = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "J" in keys and "Shift+O" in keys and "/ or Ctrl+F" in keys and "Down / Up" in keys


@pytest.mark.parametrize("name", list(CHECKS))
def test_shortcut_does_what_the_help_says(qtbot, corpus_db, make_window, url_log, name) -> None:
    dialogs = FakeDialogs()
    window = make_window(read_delay_ms=60_000, dialogs=dialogs, size=(1024, 640))
    window.sidebar.select_day(DAY)
    window.paper_list.select_row(0)
    window.paper_list.view.setFocus()
    window.commands.flush()
    assert window.commands.current.id == "2403.05135"
    CHECKS[name](qtbot, window, BY_NAME[name].shortcuts, {"urls": url_log, "dialogs": dialogs})


def test_arrow_keys_move_through_the_list(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day(DAY)
    window.paper_list.select_row(0)
    view = window.paper_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    window.commands.flush()
    assert window.commands.current.id == window.paper_list.model.row(1).id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    window.commands.flush()
    assert window.commands.current.id == window.paper_list.model.row(0).id


def test_letters_typed_in_the_search_field_are_text_not_commands(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(read_delay_ms=60_000)
    first = window.commands.current.id
    window.paper_list.search.setFocus()
    qtbot.keyClicks(window.paper_list.search, "jbmo")
    assert window.paper_list.search.text() == "jbmo"
    assert window.commands.current.id == first and window.library.bookmarked_ids() == []
