"""The rough edges a new user met (issue 12), each pinned by a test that failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from reader.library import PaperQuery
from reader.ui.dialogs.go_to_date import GoToDateDialog, nearest_day
from reader.ui.papers import model as paper_model
from reader.ui.papers import pane as paper_pane
from reader.ui.papers.context_menu import PAPER_MENU
from reader.ui.papers.delegate import match_spans, search_patterns
from reader.ui.papers.model import IdRole
from reader.ui.sidebar.model import KeyRole, KindRole
from reader.ui.window import MainWindow
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import answer_message_box, settle, written

ROOT = Path(__file__).resolve().parent.parent


def _code_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.M | re.S)


def test_readme_command_examples_run_in_the_quick_start_venv() -> None:
    """A copied example works right after the quick start, with nothing activated."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = re.search(r"\.venv/bin/pip install -e \. && (\S+ ?\S*)", readme)
    assert quick_start is not None and quick_start.group(1) == ".venv/bin/python main.py"
    sections = readme.split("\n## ")
    examples = [s for s in sections if s.startswith(("Quick start", "Command line"))]
    assert len(examples) == 2
    lines = [line for s in examples for block in _code_blocks(s) for line in block.splitlines()]
    calls = 0
    for line in lines:
        words = line.split()
        for before, word in zip(["", *words], words, strict=False):
            if word == "main.py" or (before == "-m" and word == "reader"):
                calls += 1
                runner = before if word == "main.py" else words[words.index("-m") - 1]
                assert runner == ".venv/bin/python", line
            elif word.endswith("daily-papers"):
                calls += 1
                assert word == ".venv/bin/daily-papers", line
    assert calls > 30


# ----------------------------------------------------------- the window's list


def _small_pages(monkeypatch, size: int = 20) -> None:
    """Pages of *size* rows, so the corpus's 255 papers span many (the window reads 200)."""
    monkeypatch.setattr(paper_model, "PAGE", size)
    monkeypatch.setattr(paper_pane, "PAGE", size)


def _search(qtbot, window: MainWindow, text: str) -> None:
    window.paper_list.search.setFocus()
    qtbot.keyClicks(window.paper_list.search, text)
    qtbot.waitUntil(lambda: window.paper_list.title.text() == "Search", timeout=5000)
    settle(qtbot, window)


def test_search_header_says_how_many_match_not_200_plus(
    qtbot, corpus_db, make_window, monkeypatch
) -> None:
    _small_pages(monkeypatch, 10)
    window = make_window(read_delay_ms=60_000)
    _search(qtbot, window, "model")
    total = window.library.count(PaperQuery(text="model"))
    assert total > 10  # more than one page matches
    assert window.paper_list.subtitle.text() == f"{total} papers found for “model” in the library"
    assert window.paper_list.model.rowCount() == total


def test_search_terms_are_marked_in_the_titles_and_the_detail(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(read_delay_ms=60_000)
    _search(qtbot, window, "diffus")
    lst = window.paper_list
    title = lst.model.index(0, 0).data()
    assert match_spans(title, lst.delegate.matches), title  # the title holds the term
    marked = lst.view.grab().toImage()
    lst.delegate.matches = []
    lst.view.viewport().repaint()
    plain = lst.view.grab().toImage()
    assert marked != plain  # the match was painted
    assert match_spans("Stable DIFFUSion and diffusers", search_patterns("diffus x")) == [
        (7, 13),
        (21, 27),
    ]
    lst.select_row(0)
    settle(qtbot, window)
    assert window.commands.current is not None
    assert window.search_highlight.marked > 0  # and in the summary on show


def test_end_goes_to_the_last_paper_of_a_long_view_and_the_scrollbar_spans_it(
    qtbot, corpus_db, make_window, monkeypatch
) -> None:
    _small_pages(monkeypatch)
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_view("all")
    settle(qtbot, window)
    lst = window.paper_list
    assert lst.model.rowCount() == 255  # the whole view, though one page of 20 was read
    assert len(lst.model.ids()) < 255
    row_height = lst.view.sizeHintForRow(0)
    bar = lst.view.verticalScrollBar()
    assert bar.maximum() + lst.view.viewport().height() >= 255 * row_height - row_height
    lst.select_row(0)
    lst.view.setFocus()
    qtbot.keyClick(lst.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.commands.current is not None, timeout=5000)
    last = window.library.rows(lst.current_query(), 254, 1)[0].id
    qtbot.waitUntil(lambda: lst.current_id() == last, timeout=5000)
    settle(qtbot, window)
    assert lst.current_row() == 254
    assert window.commands.current.id == last
    # landing there is a selection like any other: read after the read delay, not at once
    assert window.library.state(last).read_at is None
    assert window.marks._pending is not None and window.marks._pending[0] == last
    qtbot.keyClick(lst.view, Qt.Key.Key_Home)
    settle(qtbot, window)
    assert lst.current_row() == 0 and window.library.state(last).read_at is None


def test_mark_everything_as_read_asks_first_naming_the_count(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    seen: list[str] = []
    defaults: list[str] = []
    answer_message_box(seen, defaults=defaults)  # dismissed: as Cancel or Esc
    window.action_set["mark_all_read"].trigger()
    settle(qtbot, window)
    assert seen == ["Mark all 255 unread papers as read?"] and defaults == ["Cancel"]
    assert window.library.count(PaperQuery(view="unread")) == 255  # nothing was marked
    answer_message_box(seen, click="Mark as Read")
    window.action_set["mark_all_read"].trigger()
    settle(qtbot, window)
    written(window)
    assert window.library.count(PaperQuery(view="unread")) == 0
    assert window.action_set["undo_mark"].isEnabled()  # the undo stays
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.findChildren(QMessageBox) == []  # each box was deleted once answered


def test_paper_rows_have_a_context_menu_of_the_declared_actions_and_no_leak(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2024-03-11")
    settle(qtbot, window)
    view = window.paper_list.view
    menus_before = len(window.findChildren(QMenu))
    second = view.visualRect(window.paper_list.model.index(1, 0)).center()
    for _ in range(20):
        view.customContextMenuRequested.emit(second)  # what a right-click sends
        menu = window.paper_menu.menu
        assert menu is not None and menu.isVisible()
        menu.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert len(window.findChildren(QMenu)) == menus_before  # every menu was deleted
    assert window.paper_menu.menu is None
    second_id = window.paper_list.model.index(1, 0).data(IdRole)
    assert window.paper_list.current_id() == second_id  # the row under the pointer
    assert window.commands.current.id == second_id  # is the paper the actions act on
    view.customContextMenuRequested.emit(second)
    menu = window.paper_menu.menu
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [n for n in PAPER_MENU if n]
    by_name = {a.objectName(): a for a in menu.actions()}
    by_name["toggle_bookmark"].trigger()
    menu.close()
    written(window)
    assert window.library.state(second_id).bookmarked_at is not None
    by_name["copy_link"].trigger()
    assert QApplication.clipboard().text() == f"https://arxiv.org/abs/{second_id}"


def test_go_to_date_shows_the_nearest_day_with_papers(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    assert nearest_day(["2024-03-11", "2024-02-09", "2024-04-19"], "2024-03-01") == "2024-03-11"
    assert nearest_day(["2024-03-11", "2024-03-13"], "2024-03-12") == "2024-03-13"  # the newer
    assert nearest_day([], "2024-03-12") is None
    action = window.action_set["go_to_date"]
    assert action.shortcut().toString() == "Ctrl+G"
    action.trigger()
    dialog = window.go_to_date.dialog
    assert dialog is not None and dialog.isVisible()
    days = window.day_model.dates()
    calendar = dialog.calendar
    assert calendar.minimumDate().toString(Qt.DateFormat.ISODate) == min(days)
    assert calendar.maximumDate().toString(Qt.DateFormat.ISODate) == max(days)
    calendar.setSelectedDate(QDate(2024, 3, 1))  # no papers that day
    dialog.accept()
    settle(qtbot, window)
    assert window.sidebar.current_day() == "2024-03-11"
    assert window.paper_list.model.rowCount() == 7
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.go_to_date.dialog is None and window.findChildren(GoToDateDialog) == []


def test_go_to_date_greys_the_days_outside_the_library(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    window.action_set["go_to_date"].trigger()
    dialog = window.go_to_date.dialog
    calendar = dialog.calendar
    newest = calendar.maximumDate()
    grey = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    after = [newest.addDays(n) for n in range(1, 32) if newest.addDays(n).month() == newest.month()]
    assert after  # the corpus's newest day is not the last of its month
    for day in after:  # shown with the newest day's month: grey
        assert calendar.dateTextFormat(day).foreground().color() == grey, day.toString()
    assert calendar.dateTextFormat(newest).fontWeight() == QFont.Weight.Bold  # it has papers
    assert calendar.dateTextFormat(newest).foreground().color() != grey
    oldest = calendar.minimumDate()
    calendar.setCurrentPage(oldest.year(), oldest.month())  # the oldest month: its days before
    before = [
        oldest.addDays(-n) for n in range(1, 32) if oldest.addDays(-n).month() == oldest.month()
    ]
    assert before  # nor the oldest the first
    for day in before:
        assert calendar.dateTextFormat(day).foreground().color() == grey, day.toString()
    dialog.reject()


def test_a_year_or_month_row_opens_on_its_newest_day(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    side, days = window.sidebar, window.day_model
    year = days.index_of_day("2024-03-11").parent().parent()
    assert year.data(KindRole) == "year" and year.data(KeyRole) == "2024"
    side.collapse(year)
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualRect(year).center())
    settle(qtbot, window)
    newest_2024 = max(d for d in days.dates() if d.startswith("2024-"))
    assert side.isExpanded(year) and side.current_day() == newest_2024
    assert window.paper_list.current_query().date == newest_2024
    month = days.index_of_day("2024-03-11").parent()
    side.setCurrentIndex(month)  # keys onto the month heading: it stays there
    assert side.current_day() is None
    side.setFocus()
    qtbot.keyClick(side, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert side.current_day() == "2024-03-11"  # the month's newest (and only) day


def test_restart_with_unread_on_shows_the_last_paper_and_reads_no_other(
    qtbot, corpus_db, make_window
) -> None:
    last = "2403.05530"  # shown for long enough last time: read
    first_unread = "2403.05135"
    window = make_window(
        load=False,
        read_delay_ms=0,  # any paper shown is read at once: the strictest case
        ui_selection="day:2024-03-11",
        ui_paper=last,
        ui_unread_only=True,
    )
    window.library.set_read([last], True)
    window.load(restore=True)
    settle(qtbot, window)
    written(window)
    lst = window.paper_list
    assert lst.unread_only.isChecked()
    assert window.commands.current is not None and window.commands.current.id == last
    assert lst.current_id() == last  # listed and selected, though read
    assert window.library.state(first_unread).read_at is None  # no other paper was read
    # once the selection leaves it, the next reload drops it as the filter says
    lst.select_paper(first_unread)
    settle(qtbot, window)
    lst.reload()
    assert lst.model.row_of(last) == -1


def test_sync_summaries_count_hugging_face_days_as_days(qapp) -> None:
    from reader.sources.base import SyncReport
    from reader.ui.common import i18n
    from reader.ui.sync.text import sync_summary

    i18n.install(qapp, "en")  # the window's English, plurals included

    both = SyncReport(new_days=4, new_papers=40, downloaded=20, hf_days=3)
    assert (
        both.summary()
        == "4 new days, 40 new papers (17 files downloaded, 3 days from Hugging Face)."
    )
    assert sync_summary(both) == both.summary()
    hf_only = SyncReport(new_days=1, new_papers=5, downloaded=1, hf_days=1)
    assert sync_summary(hf_only) == "1 new day, 5 new papers (1 day from Hugging Face)."
    nothing = SyncReport()
    assert sync_summary(nothing) == "0 new days, 0 new papers (0 files downloaded)."


def test_an_import_names_each_skipped_file_and_why(qtbot, make_window, tmp_path) -> None:
    from tests.ui_support import FakeDialogs

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.md").write_bytes(b"")
    (folder / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    for i in range(4):
        (folder / f"notes{i}.md").write_text("# My notes\n\nnot a digest\n", encoding="utf-8")
    window = make_window(read_delay_ms=60_000, dialogs=FakeDialogs(folder=[str(folder)]))
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    reports: list[object] = []
    window.importer.finished.connect(reports.append)
    window.action_set["import_folder"].trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    message = window.status.last_message
    assert message is not None and message.level == "warning"
    text = message.text
    assert "6 skipped: " in text and "and 3 more" in text, text
    assert str(tmp_path) not in text  # a file's name, not its whole path
    named = [n for n in ("empty.md", "binary.md", "notes0.md", "notes1.md") if n in text]
    assert len(named) == 3, text  # three named, with their reasons
    assert "empty" in text and ("not a daily papers digest" in text or "binary" in text), text
    assert len(message.details.splitlines()) == 6  # every one in the details
