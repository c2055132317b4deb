"""The three-pane window driven through its real widgets on a real, imported library."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reader.library import Library, PaperQuery
from reader.ui.papers.model import IdRole, VotesRole
from reader.ui.sidebar.model import KeyRole, KindRole
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, answer_message_box, close, settle, written


def _list_ids(window) -> list[str]:
    model = window.paper_list.model
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def _type(widget, text: str) -> None:
    """Type *text* key by key (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _click_day(qtbot, window, date: str) -> None:
    index = window.day_model.index_of_day(date)
    window.sidebar.scrollTo(index)
    rect = window.sidebar.visualRect(index)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_row(qtbot, window, row: int) -> None:
    view = window.paper_list.view
    index = window.paper_list.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    window.commands.flush()


def test_opens_on_newest_day_with_first_paper(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    assert window.sidebar.current_key() == "day:2025-05-09"
    assert window.paper_list.current_id() == _list_ids(window)[0]
    assert window.detail.paper is not None and window.detail.paper.id == _list_ids(window)[0]
    assert "255 papers" in window.status.counts.text()


def test_sidebar_lists_views_then_years_months_days(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    model = window.day_model
    top = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(KeyRole) for i in top[:4]] == ["unread", "bookmarked", "all", "for_you"]
    assert [i.data(KeyRole) for i in top[4:8]] == ["catchup", "queue", "must-read", "done"]
    assert [i.data(KeyRole) for i in top[8:]] == ["2025", "2024", "2023"]
    march = model.index_of_day("2024-03-11").parent()
    assert (march.data(KindRole), march.data(KeyRole)) == ("month", "2024-03")
    assert len(model.dates()) == 17 and model.dates()[0] == "2025-05-09"


def test_choosing_a_day_fills_the_list_in_vote_order(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    _click_day(qtbot, window, "2024-03-11")
    assert window.sidebar.current_day() == "2024-03-11"
    model = window.paper_list.model
    votes = [model.index(r, 0).data(VotesRole) for r in range(model.rowCount())]
    assert len(votes) == 7
    assert votes == sorted(votes, reverse=True)
    assert _list_ids(window)[:2] == ["2403.05135", "2403.05530"]
    assert window.paper_list.title.text() == "Mon, Mar 11, 2024"


def test_sort_by_title_and_filters(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2024-10-21")
    pane = window.paper_list
    pane.sort.setCurrentIndex(pane.sort.findData("title"))
    titles = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    pane.min_votes.setValue(20)
    votes = [pane.model.index(r, 0).data(VotesRole) for r in range(pane.model.rowCount())]
    assert votes and all(v >= 20 for v in votes)
    pane.min_votes.setValue(0)
    pane.bookmarked_only.setChecked(True)
    assert pane.model.rowCount() == 0


def test_choosing_a_paper_renders_it_and_marks_it_read_after_the_delay(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(read_delay_ms=300)
    _click_day(qtbot, window, "2024-03-11")
    _click_row(qtbot, window, 1)
    paper = window.detail.paper
    assert paper is not None and paper.id == "2403.05530"
    text = window.detail.plain_text()
    assert "Gemini 1.5" in text and "et al." in text
    assert "수백만 토큰" in text  # the Korean summary, as text
    assert window.library.state("2403.05530").read_at is None  # not yet
    qtbot.waitUntil(lambda: window.library.state("2403.05530").read_at is not None, timeout=3000)
    assert window.day_model.day_info("2024-03-11").unread == 6
    assert window.action_set["toggle_read"].text() == "Mark Unread"


def test_a_paper_left_before_the_delay_stays_unread(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=400)
    window.sidebar.select_day("2024-03-11")
    _click_row(qtbot, window, 0)
    _click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.library.state("2403.05530").read_at is not None, timeout=3000)
    assert window.library.state("2403.05135").read_at is None


def test_smart_views_list_papers_across_days(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    window.library.set_bookmarked(["2403.05530", "2505.04921"])
    window.marks.refresh_counts()
    settle(qtbot, window)
    window.sidebar.select_view("bookmarked")
    assert sorted(_list_ids(window)) == ["2403.05530", "2505.04921"]
    assert window.paper_list.delegate.show_dates
    window.sidebar.select_view("all")
    assert window.paper_list.model.rowCount() == 200  # first page only
    window.paper_list.view.scrollToBottom()
    qtbot.waitUntil(lambda: window.paper_list.model.rowCount() == 255, timeout=3000)


def test_search_finds_korean_and_english_words(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    pane = window.paper_list
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "Gemini")
    qtbot.waitUntil(lambda: "2403.05530" in _list_ids(window), timeout=2000)
    assert pane.title.text() == "Search"
    pane.search.clear()
    _type(pane.search, "애니메이션")
    qtbot.waitUntil(lambda: "2412.14173" in _list_ids(window), timeout=2000)
    for paper_id in _list_ids(window):  # every hit holds the word, maybe with a particle after it
        paper = window.library.paper(paper_id)
        assert "애니메이션" in " ".join(
            [paper.title, *paper.authors, *(p.text for p in paper.summary)]
        )
    assert pane.delegate.show_dates  # results span days
    pane.search.clear()
    qtbot.keyClicks(pane.search, "diffus")  # a partial English word
    qtbot.waitUntil(lambda: pane.model.rowCount() >= 20, timeout=2000)
    pane.search.setFocus()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert not pane.searching()
    assert window.sidebar.current_day() == "2025-05-09"
    assert pane.model.rowCount() == 20


def test_mark_day_read_and_undo(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2024-03-11")
    window.action_set["mark_list_read"].trigger()
    settle(qtbot, window)
    assert window.day_model.day_info("2024-03-11").unread == 0
    assert window.library.count(PaperQuery(date="2024-03-11", unread_only=True)) == 0
    assert window.day_model.counts()["unread"] == 255 - 7
    assert window.action_set["undo_mark"].isEnabled()
    window.action_set["undo_mark"].trigger()
    settle(qtbot, window)
    assert window.day_model.day_info("2024-03-11").unread == 7
    assert not window.action_set["undo_mark"].isEnabled()


def test_mark_everything_read(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    answer_message_box([], click="Mark as Read")  # it asks first (tests/test_ui_rough_edges.py)
    window.action_set["mark_all_read"].trigger()
    settle(qtbot, window)
    assert window.day_model.counts()["unread"] == 0
    assert all(window.day_model.day_info(d).unread == 0 for d in window.day_model.dates())
    window.action_set["undo_mark"].trigger()
    settle(qtbot, window)
    assert window.day_model.counts()["unread"] == 255


def test_bookmark_survives_closing_and_reopening(qtbot, corpus_db, data_dir, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2024-03-11")
    window.paper_list.select_paper("2403.05530")
    window.commands.flush()
    qtbot.keyClick(window.paper_list.view, Qt.Key.Key_B)
    assert window.action_set["toggle_bookmark"].isChecked()
    close(window)

    again = make_window(read_delay_ms=60_000)
    assert again.sidebar.current_day() == "2024-03-11"  # the selection is restored too
    assert again.commands.current is not None and again.commands.current.id == "2403.05530"
    assert again.action_set["toggle_bookmark"].isChecked()
    assert again.day_model.counts()["bookmarked"] == 1
    with Library(data_dir.database) as library:
        assert library.bookmarked_ids() == ["2403.05530"]


def test_geometry_splitters_sort_and_filters_are_restored(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000, size=(790, 580))  # the offscreen screen is 800x600
    window.sidebar.select_view("all")
    pane = window.paper_list
    pane.sort.setCurrentIndex(pane.sort.findData("date"))
    pane.unread_only.setChecked(True)
    pane.min_votes.setValue(5)
    window.splitter.setSizes([160, 280, 340])
    sizes = window.splitter.sizes()
    close(window)

    again = make_window(read_delay_ms=60_000, size=(640, 480))
    assert (again.width(), again.height()) == (790, 580)
    assert again.splitter.sizes() == sizes
    assert again.sidebar.current_key() == "view:all"
    pane = again.paper_list
    assert (pane.sort.currentData(), pane.unread_only.isChecked(), pane.min_votes.value()) == (
        "date",
        True,
        5,
    )
    assert pane.current_query().sort == "date" and pane.current_query().min_votes == 5


def test_first_run_imports_the_samples_and_opens_the_newest(qtbot, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    qtbot.waitUntil(lambda: window.sidebar.current_key() == "day:2025-02-06", timeout=10_000)
    settle(qtbot, window)
    assert window.day_model.dates() == ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03"]
    assert window.detail.paper is not None
    assert window.paper_list.current_id() == window.detail.paper.id


def test_theme_font_size_and_thumbnails_settings(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    before = window.detail.browser.document().defaultFont().pointSizeF()
    window.action_set["font_bigger"].trigger()
    assert window.detail.browser.document().defaultFont().pointSizeF() == before + 1
    assert window.settings.get("font_size") == round(before) + 1
    window.action_set["font_reset"].trigger()
    assert window.detail.browser.document().defaultFont().pointSizeF() == before
    window.action_set["theme_dark"].trigger()
    assert window.settings.get("theme") == "dark"
    assert QApplication.palette().base().color().lightness() < 80
    window.action_set["theme_light"].trigger()
    assert QApplication.palette().base().color().lightness() > 200
    assert "thumb://" in window.detail.browser.document().toHtml()  # a placeholder: nothing cached
    window.action_set["show_thumbnails"].trigger()
    assert window.settings.get("show_thumbnails") is False
    assert not window.detail.browser.document().toHtml().count("thumb://")


def test_export_bookmarks_writes_the_chosen_file(qtbot, corpus_db, make_window, tmp_path) -> None:
    out = tmp_path / "marks.bib"
    window = make_window(read_delay_ms=60_000, dialogs=FakeDialogs(export=str(out)))
    window.library.set_bookmarked(["2403.05530"])
    window.action_set["export_bookmarks"].trigger()
    settle(qtbot, window)
    assert "eprint = {2403.05530}" in out.read_text(encoding="utf-8")
    assert (
        window.status.last_message is not None
        and "Exported 1 bookmark to" in window.status.last_message.text
    )
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # the user's file, not 0600


def test_thumbnail_comes_from_the_cache_decoded_off_the_ui_thread(
    qtbot, corpus_db, data_dir, make_window, monkeypatch
) -> None:
    import threading

    from PySide6.QtCore import QBuffer, QIODevice, QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    from reader.cache import ThumbnailCache
    from reader.ui.common import thumbnails

    url = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.05530.png"
    image = QImage(240, 130, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    ThumbnailCache(data_dir.thumbnails).put(url, bytes(buffer.data()))
    threads: list[str] = []
    real_decode = thumbnails.decode
    monkeypatch.setattr(
        thumbnails,
        "decode",
        lambda *a: threads.append(threading.current_thread().name) or real_decode(*a),
    )

    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2024-03-11")
    window.paper_list.select_paper("2403.05530")
    window.commands.flush()
    qtbot.waitUntil(
        lambda: "thumb://2403.05530/image" in window.detail.browser.document().toHtml(),
        timeout=3000,
    )
    assert threads and "MainThread" not in threads
    shown = window.detail.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("thumb://2403.05530/image")
    )
    assert isinstance(shown, QImage) and shown.width() == 240
    window.paper_list.select_paper("2403.05135")  # not cached: a placeholder
    window.commands.flush()
    qtbot.waitUntil(
        lambda: "thumb://placeholder" in window.detail.browser.document().toHtml(), timeout=3000
    )


def test_read_delay_zero_marks_a_paper_read_at_once(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=0)
    window.sidebar.select_day("2024-03-11")
    _click_row(qtbot, window, 3)
    paper_id = window.paper_list.model.row(3).id
    assert window.paper_list.model.row(3).read  # shown at once, before it is written
    written(window)
    assert window.library.state(paper_id).read_at is not None
    # marked unread by hand, it stays unread while shown
    window.action_set["toggle_read"].trigger()
    qtbot.wait(50)
    written(window)
    assert window.library.state(paper_id).read_at is None


def test_detail_text_is_selectable_and_sync_has_its_places(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    flags = window.detail.browser.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    window.detail.browser.selectAll()
    assert "Perception, Reason" in window.detail.browser.textCursor().selectedText()
    assert window.sync_slot in window.toolbar.actions()
    assert not window.status.sync_state.isVisible()
    window.status.set_sync_state("Last sync 09:12", offline=True)
    assert window.status.sync_state.isVisible() and "Offline" in window.status.sync_state.text()


def test_fonts_name_a_korean_fallback(qtbot, corpus_db, make_window) -> None:
    from PySide6.QtGui import QFontDatabase

    window = make_window(read_delay_ms=60_000)
    for font in (window.detail.browser.document().defaultFont(), window.paper_list.view.font()):
        assert "Noto Sans CJK KR" in font.families()
    assert "Noto Sans CJK KR" in QFontDatabase.families()  # CI installs fonts-noto-cjk
