"""Window defects found by the QA pass under a real X server: focus, layout, keys, styles, counts.

A real window over a copy of the corpus library, driven by keys as a user would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from reader import notes_tags
from reader.ui.common.theme import apply_theme
from reader.ui.papers.model import IdRole
from reader.ui.sidebar.model import PapersRole
from reader.ui.window import MainWindow
from tests.similar_support import wait_for_related
from tests.triage_checks import press
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import day_window, settle, written

DAY = "2024-03-11"


def _all_tags(window: MainWindow) -> list[str]:
    return [t for t, _n in notes_tags.all_tags(window.library)]


def test_going_to_a_related_paper_gives_the_keys_back_to_the_list(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    wait_for_related(qtbot, window)
    tags_before = _all_tags(window)
    press(qtbot, window, "L")
    assert QApplication.focusWidget() is window.similar.related.view
    qtbot.keyClick(window.similar.related.view, Qt.Key.Key_Down)
    target = window.similar.related.view.current_id()
    press(qtbot, window, "Return")
    assert window.commands.current.id == target
    assert QApplication.focusWidget() is not window.notes.editor.tags
    press(qtbot, window, "J")
    assert window.commands.current.id != target  # J moved on
    assert _all_tags(window) == tags_before  # and no "j" tag was saved
    assert "j" not in window.notes.editor.tags.text()


def test_a_tag_is_saved_only_from_a_real_edit(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    editor = window.notes.editor
    editor.tags.setFocus()  # focus by program, no edit
    editor.tags.setText("stray")  # text set by program, not typed
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    assert _all_tags(window) == []
    press(qtbot, window, "T")
    editor.tags.selectAll()
    qtbot.keyClicks(editor.tags, "vision")
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    written(window)
    assert _all_tags(window) == ["vision"]


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_the_summary_gets_most_of_the_detail_column(qtbot, corpus_db, make_window, size) -> None:
    window = day_window(qtbot, make_window, DAY)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.height() == size[1], timeout=3000)
    settle(qtbot, window)
    column = window.similar.right

    def share() -> float:
        QApplication.processEvents()
        return window.detail.browser.viewport().height() / column.height()

    qtbot.waitUntil(lambda: share() >= 0.6, timeout=3000)
    # the note grows when asked for (C) and shrinks back when left empty
    press(qtbot, window, "C")
    qtbot.waitUntil(lambda: window.notes.editor.edit.height() > 60, timeout=3000)
    window.paper_list.view.setFocus()
    qtbot.waitUntil(lambda: share() >= 0.6, timeout=3000)
    # L opens Related; the summary still keeps at least half
    wait_for_related(qtbot, window)
    press(qtbot, window, "L")
    assert window.similar.related.view.isVisible()
    qtbot.waitUntil(lambda: share() >= 0.5, timeout=3000)


def test_the_pdf_reader_gets_the_whole_column(qtbot, corpus_db, make_window) -> None:
    from tests.pdf_fixtures import make_pdf

    window = day_window(qtbot, make_window, DAY)
    window.resize(900, 600)
    paper = window.commands.current.id
    path = window.pdf.store.path(paper)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_pdf(path, pages=2)
    assert window.pdf.show_reader(paper, path)
    column = window.similar.right
    qtbot.waitUntil(lambda: not window.notes.editor.isVisible(), timeout=3000)
    assert not window.similar.related.isVisible()
    qtbot.waitUntil(lambda: window.detail_stack.height() >= column.height() - 2, timeout=3000)
    window.pdf.close_reader()
    qtbot.waitUntil(lambda: window.notes.editor.isVisible(), timeout=3000)
    assert window.similar.related.isVisible()


def _search(qtbot, window: MainWindow, text: str) -> None:
    press(qtbot, window, "/")
    assert QApplication.focusWidget() is window.paper_list.search
    qtbot.keyClicks(window.paper_list.search, text)


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_and_enter_in_the_search_field_reach_the_results(
    qtbot, corpus_db, make_window, key
) -> None:
    window = day_window(qtbot, make_window, DAY)
    before = window.commands.current.id
    _search(qtbot, window, "diffus")
    qtbot.keyClick(window.paper_list.search, key)  # at once, before the debounced search ran
    qtbot.waitUntil(lambda: window.paper_list.view.hasFocus(), timeout=5000)
    settle(qtbot, window)
    lst = window.paper_list
    first = lst.model.index(0, 0).data(IdRole)
    assert lst.searching() and lst.model.rowCount() > 1
    assert lst.current_id() == first and window.commands.current.id == first
    qtbot.keyClick(lst.view, Qt.Key.Key_Down)  # the list has the keys now
    settle(qtbot, window)
    assert window.commands.current.id == lst.model.index(1, 0).data(IdRole)
    press(qtbot, window, "Esc")  # leaves the search, back to the paper from before it
    assert not lst.searching()
    assert window.commands.current.id == before


def test_enter_opens_the_result_picked_in_the_list(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    lst = window.paper_list
    _search(qtbot, window, "diffus")
    qtbot.waitUntil(lambda: lst.title.text() == "Search" and lst.model.rowCount() > 2, timeout=5000)
    settle(qtbot, window)
    before = window.commands.current.id
    row = next(r for r in (1, 2) if lst.model.index(r, 0).data(IdRole) != before)
    lst.select_row(row)
    lst.search.setFocus()
    qtbot.keyClick(lst.search, Qt.Key.Key_Enter)
    settle(qtbot, window)
    assert lst.view.hasFocus()
    assert window.commands.current.id == lst.model.index(row, 0).data(IdRole)


def _contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _text_and_background(widget, label) -> tuple[QColor, QColor]:
    """The colours as drawn: the label's text colour and the banner's painted middle."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    background = image.pixelColor(2, image.height() // 2)
    return label.palette().color(label.foregroundRole()), background


@pytest.mark.parametrize("first, then", [("dark", "light"), ("light", "dark")])
def test_banners_follow_a_theme_switch_and_stay_readable(
    qtbot, corpus_db, make_window, first, then
) -> None:
    app = QApplication.instance()
    apply_theme(app, first)
    try:
        window = day_window(qtbot, make_window, DAY)
        window.sync_bar.show_problem("GitHub could not be reached; the digests are not synced.")
        window.library_banner.setText("The library is damaged, so it is open read-only.")
        window.library_banner.show()
        window.settings.set("theme", then)
        qtbot.waitUntil(lambda: window.sync_bar.isVisible(), timeout=3000)
        for widget, label in (
            (window.sync_bar, window.sync_bar.label),
            (window.library_banner, window.library_banner),
        ):
            fg, bg = _text_and_background(widget, label)
            assert _contrast(fg, bg) >= 4.5, (widget.objectName(), fg.name(), bg.name())
            base = app.palette().color(QPalette.ColorRole.Base)
            plain = (base.name(), app.palette().color(QPalette.ColorRole.Window).name())
            assert bg.name() not in plain  # a warning tint, not the plain window
            assert (bg.lightness() < 128) == (base.lightness() < 128)  # the new theme's
    finally:
        apply_theme(app, "light")


def test_mark_day_read_updates_the_days_summary_in_the_detail(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    window.paper_list.clear_selection()
    settle(qtbot, window)
    assert window.commands.current is None
    assert "unread — press U" in window.detail.plain_text()
    window.paper_list.view.setFocus()
    press(qtbot, window, "Ctrl+K")  # Mark Day as Read
    qtbot.waitUntil(lambda: "All read." in window.detail.plain_text(), timeout=5000)
    assert "unread — press U" not in window.detail.plain_text()


def test_for_you_shows_no_count_until_it_is_ranked(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    index = window.day_model.index_of_view("for_you")
    assert index.data(PapersRole) < 0  # not a made-up 0
    assert "counted when you open it" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_header_follows_the_filters(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    lst = window.paper_list
    total = lst.model.rowCount()
    assert lst.subtitle.text().startswith(f"{total} papers")
    lst.unread_only.setChecked(True)
    lst.min_votes.setValue(10_000)  # nothing has that many votes
    settle(qtbot, window)
    assert lst.model.rowCount() == 0
    assert lst.subtitle.text().startswith(f"0 of {total} papers shown")
    lst.min_votes.setValue(0)
    lst.unread_only.setChecked(False)
    settle(qtbot, window)
    assert lst.subtitle.text().startswith(f"{total} papers")


def test_the_help_table_shows_every_description_whole(qtbot, corpus_db, make_window) -> None:
    from reader.ui.dialogs.help import ShortcutsDialog

    window = day_window(qtbot, make_window, DAY)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(460, 500)  # narrow: long descriptions must wrap over lines
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    fm = table.fontMetrics()
    width = table.columnWidth(1) - 6  # the cell's text margins (3 px a side)
    wrapped = 0
    for row in range(table.model().rowCount()):
        text = table.model().index(row, 1).data()
        needed = fm.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
        assert needed <= table.rowHeight(row), text
        wrapped += fm.horizontalAdvance(text) > width
    assert wrapped  # the check saw long descriptions, not only short ones


class RecordingPainter(QPainter):
    """A real painter on an image that also notes each text it draws, and where."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, QRect]] = []

    def drawText(self, *args) -> None:  # type: ignore[override]
        if len(args) >= 3 and isinstance(args[-1], str):
            self.texts.append(
                (args[-1], QRect(args[0].toRect() if hasattr(args[0], "toRect") else args[0]))
            )
        super().drawText(*args)

    def drawStaticText(self, *args) -> None:  # type: ignore[override]
        """The delegates draw laid-out texts (reader.ui.common.static_text) this way."""
        point, static = args[0], args[-1]
        size = static.size().toSize()
        self.texts.append((static.text(), QRect(point.toPoint(), size)))
        super().drawStaticText(*args)


def _paint_row(window: MainWindow, row: int, width: int) -> RecordingPainter:
    view = window.paper_list.view
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    size = view.itemDelegate().sizeHint(option, index)
    option.rect = QRect(0, 0, width, size.height())
    image = QImage(width, size.height(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        view.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    return painter


def test_paper_rows_keep_the_arxiv_id_whole_and_centre_a_one_line_title(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    model = window.paper_list.model
    paper = model.index(0, 0).data(IdRole)
    notes_tags.add_tags(window.library, paper, ["alpha", "beta", "gamma", "delta", "epsilon"])
    model.update_marks([paper])
    painted = _paint_row(window, 0, 250)
    assert any(paper in text for text, _r in painted.texts), painted.texts  # not "2403.0…"
    # a one-line title: its meta line follows it, no blank line between
    short = 0  # painted 1400 px wide, the title fits one line
    painted = _paint_row(window, short, 1400)
    title = model.index(short, 0).data()
    title_rect = next(r for t, r in painted.texts if t == title)
    meta_rect = next(r for t, r in painted.texts if model.index(short, 0).data(IdRole) in t)
    assert (
        meta_rect.top() - title_rect.bottom() < window.paper_list.view.fontMetrics().lineSpacing()
    )


def test_an_old_pdf_problem_goes_when_another_papers_pdf_is_read(
    qtbot, corpus_db, make_window
) -> None:
    from tests.pdf_fixtures import make_pdf

    window = day_window(
        qtbot, make_window, DAY, pdf_url="http://127.0.0.1:9/pdf"
    )  # refused at once
    failed = window.commands.current.id
    with qtbot.waitSignal(window.pdf.downloaded, timeout=10_000):
        window.action_set["download_pdf"].trigger()
    assert window.sync_bar.mode == "problem" and failed in window.sync_bar.text
    window.paper_list.select_row(1)
    settle(qtbot, window)
    other = window.commands.current.id
    path = window.pdf.store.path(other)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_pdf(path, pages=1)
    assert window.pdf.show_reader(other, path)
    assert window.sync_bar.mode == ""  # the bar no longer speaks of the other paper


def test_related_with_nothing_says_so_instead_of_an_empty_box(qtbot) -> None:
    from reader.ui.recommend.related_panel import RelatedPanel

    panel = RelatedPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 200)
    panel.show()
    panel.set_expanded(True)
    panel.show_pending("2403.05135")
    panel.show_results("2403.05135", [])
    assert panel.status.text() == "No related papers yet"
    assert not panel.view.isVisible()  # no empty grey box
    assert panel.title.text() == "Related"
