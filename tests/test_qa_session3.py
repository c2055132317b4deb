"""Found by driving the real window under Xvfb (QA, session 3): each fix's check.

* A library cut short (half the file gone) cannot be opened at all: the one
  sentence says so, instead of the mid-file-damage sentence "so it is open
  read-only", which promised a window that never came.
* A link the system cannot open (no web browser) is told in one sentence,
  not dropped silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import notify
from reader.db import DatabaseCorrupt, unopenable_text
from reader.importer import import_paths
from reader.library import Library
from reader.ui.papers.model import IdRole
from tests.library_damage import fingerprint
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import answer_message_box, settle, written


@pytest.fixture()
def cut_library(tmp_path: Path, corpus: Path) -> Path:
    """The shared corpus imported, closed, then truncated to half its size."""
    path = tmp_path / "data" / "library.sqlite3"
    path.parent.mkdir(parents=True)
    with Library(path) as library:
        import_paths(library, [corpus])
    size = path.stat().st_size
    os.truncate(path, size // 2)
    return path


def test_a_cut_library_is_not_promised_as_open_read_only(cut_library: Path) -> None:
    with pytest.raises(DatabaseCorrupt) as refused:
        Library(cut_library)
    assert str(refused.value) == unopenable_text(cut_library)
    assert "cannot be opened" in str(refused.value)
    assert "open read-only" not in str(refused.value)


def test_the_command_line_says_the_cut_library_cannot_be_opened(cli, cut_library: Path) -> None:
    before = fingerprint(cut_library)
    result = cli("days", data_dir=cut_library.parent)
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip() == unopenable_text(cut_library), result.stderr
    assert fingerprint(cut_library) == before


@pytest.mark.expect_errors(r"No web browser could open")
def test_a_link_no_browser_opens_is_told(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    from reader.ui.common import links

    class NoBrowser:
        @staticmethod
        def openUrl(_url) -> bool:
            return False  # what Qt returns when no browser can be started

    heard: list[notify.Message] = []
    unsubscribe = notify.subscribe(heard.append)
    try:
        monkeypatch.setattr(links, "QDesktopServices", NoBrowser)
        assert links.open_url("https://arxiv.org/abs/2505.05470") is False
    finally:
        unsubscribe()
    assert [m.level for m in heard] == ["error"]
    assert "https://arxiv.org/abs/2505.05470" in heard[0].text
    assert heard[0].text.endswith(".")


def test_a_long_status_message_ends_in_an_ellipsis_not_under_the_counts(qtbot) -> None:
    """An import summary longer than the room: cut with "…" before the counts, whole in the tip.

    Qt's QStatusBar clips the message at the first permanent label, mid-word, and
    the rest cannot be read anywhere.
    """
    from reader.ui.shell.status_bar import StatusBar

    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.resize(700, 30)
    bar.set_counts({"all": 106290, "unread": 106287, "bookmarked": 0})
    bar.set_sync_state("Not synced yet", offline=True)
    bar.show()
    qtbot.waitExposed(bar)
    text = (
        "1 file imported (20 papers, 20 new, 1 new day); 0 unchanged; 2 skipped: 10.md is a "
        "binary file, not a digest; 11.md is a binary file, not a digest."
    )
    bar.show_message(notify.Message("info", text, ""))
    assert bar.currentMessage() == text  # the message itself is whole
    shown = bar.shown_message()
    assert shown.endswith("…") and len(shown) < len(text)
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.sync_state.x()
    assert text in bar.toolTip()


def test_no_english_singular_has_a_plural_verb() -> None:
    """'1 paper match “x”' and '1 new paper match your watch terms.' were shown.

    The English forms are made from the source's '(s)' marks, so a verb after the
    noun stays plural in the singular: the source must avoid a verb that agrees.
    """
    import re

    from reader.ui.common import i18n

    text = i18n.ts_file("en").read_text(encoding="utf-8")
    singulars = re.findall(r"<numerusform>([^<]*)</numerusform>\s*<numerusform>", text)
    assert singulars  # the catalogue has its plurals
    wrong = [
        one
        for one in singulars
        if re.search(r"%n\b[^,;.]*?\b(match|are|have|were|need|show)\b", one)
    ]
    assert wrong == []


def _close_the_next_box(seen: list[str]) -> None:
    """Once, a moment from now: record and close a modal box if one is up (no polling left)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)

    QTimer.singleShot(300, close)


def test_mark_everything_counts_the_unread_and_asks_nothing_when_all_are_read(
    qtbot, corpus_db, make_window
) -> None:
    """It asked 'Mark all 255 papers as read?' with 251 unread, and again with none unread."""
    from reader.library import PaperQuery

    with Library(corpus_db) as library:
        library.set_read([library.rows(PaperQuery(view="all"), 0, 1)[0].id])
    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    assert window.day_model.counts().get("unread") == 254
    seen: list[str] = []
    answer_message_box(seen, click="Mark as Read")
    window.action_set["mark_all_read"].trigger()
    settle(qtbot, window)
    written(window)
    assert seen == ["Mark all 254 unread papers as read?"]
    assert window.library.count(PaperQuery(view="unread")) == 0
    qtbot.waitUntil(lambda: window.day_model.counts().get("unread") == 0, timeout=5000)
    heard: list[notify.Message] = []
    unsubscribe = notify.subscribe(heard.append)
    try:
        _close_the_next_box(seen)
        window.action_set["mark_all_read"].trigger()
        qtbot.wait(400)
    finally:
        unsubscribe()
    assert seen == ["Mark all 254 unread papers as read?"]  # no second box
    assert [m.text for m in heard] == ["Every paper in the library is read already."]


def test_another_list_starts_at_its_top_not_at_the_old_scroll(
    qtbot, corpus_db, make_window
) -> None:
    """All Papers, End (the last paper), then a day without it: the day opened scrolled to
    its bottom (the table view kept the old offset), its best papers out of sight."""
    from PySide6.QtCore import Qt

    from reader.library import PaperQuery

    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    window.sidebar.select_view("all")
    settle(qtbot, window)
    lst = window.paper_list
    lst.select_row(0)
    lst.view.setFocus()
    qtbot.keyClick(lst.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: lst.current_row() == lst.model.rowCount() - 1, timeout=5000)
    settle(qtbot, window)
    bar = lst.view.verticalScrollBar()
    assert bar.value() > 0
    last = lst.current_id()
    day = next(
        d
        for d in window.day_model.dates()
        if last not in {r.id for r in window.library.rows(PaperQuery(date=d), 0, 500)}
        and window.day_model.day_info(d).papers >= 20
    )
    window.sidebar.select_day(day)
    settle(qtbot, window)
    assert lst.model.query is not None and lst.model.query.date == day
    assert bar.maximum() > 0  # the day's list is long enough to scroll
    assert bar.value() == 0


def test_the_paper_focus_brings_to_a_fresh_list_is_selected_too(qtbot, corpus_db, make_window):
    """Esc after a search on a big library: the list got focus with no current row, Qt made
    the first row current without selecting it, the detail showed that paper with no
    highlight, and a day switch then kept it (a 2022 paper beside Dec 25's list)."""
    from reader.library import PaperQuery

    window = make_window(read_delay_ms=60_000)
    settle(qtbot, window)
    window.sidebar.select_view("all")
    settle(qtbot, window)
    lst = window.paper_list
    lst.clear_selection()
    lst.reload(query=PaperQuery(view="bookmarked"))  # a reset: no current row any more
    lst.reload(query=PaperQuery(view="all"))
    settle(qtbot, window)
    assert not lst.view.currentIndex().isValid()
    window.sidebar.setFocus()
    lst.view.setFocus()  # as Esc in the search field does
    settle(qtbot, window)
    first = lst.model.index(0, 0).data(IdRole)
    assert window.detail.paper is not None and window.detail.paper.id == first
    assert lst.current_id() == first  # shown, so selected: highlighted and followed
    day = next(
        d
        for d in window.day_model.dates()
        if first not in {r.id for r in window.library.rows(PaperQuery(date=d), 0, 500)}
    )
    window.sidebar.select_day(day)
    settle(qtbot, window)
    assert window.detail.paper is None  # the day's own summary, not the old paper
