"""The window at 900x600 (a small laptop, a half-screen window) and at 1280x800.

Nothing the user needs is clipped: sidebar labels stay whole, every filter control
gets its size hint, Bookmark and Mark Unread stay on the detail toolbar, and a
missing thumbnail takes one small line.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolButton

from reader.ui.sidebar.model import ShortRole
from reader.ui.sidebar.view import DayDelegate, DaySidebar
from tests.ui_support import *  # the window fixtures (see its __all__)

SIZES = [(900, 600), (1280, 800)]


def _rows(sidebar: DaySidebar, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row the sidebar shows (expanded parents only), top to bottom."""
    model = sidebar.model()
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append(index)
        if sidebar.isExpanded(index):
            rows.extend(_rows(sidebar, index))
    return rows


def _layouts(sidebar: DaySidebar) -> list[tuple[QModelIndex, object]]:
    """Each shown row with the layout its delegate paints it with."""
    delegate = sidebar.itemDelegate()
    assert isinstance(delegate, DayDelegate)
    out = []
    for index in _rows(sidebar):
        option = QStyleOptionViewItem()
        sidebar.initViewItemOption(option)
        option.rect = sidebar.visualRect(index)
        assert option.rect.width() > 0, index.data()
        out.append((index, delegate.layout(option, index)))
    return out


def _assert_whole(sidebar: DaySidebar, allow_short: bool) -> list[str]:
    drawn = []
    for index, row in _layouts(sidebar):
        full = index.data()
        wanted = (full, index.data(ShortRole)) if allow_short else (full,)
        assert row.text in wanted, f"{full!r} drawn as {row.text!r}"
        width = QFontMetrics(row.font).horizontalAdvance(row.text)
        assert width <= row.label.width(), f"{row.text!r}: {width} px in {row.label.width()}"
        for part in (row.badge, row.count, row.dot):  # nothing paints over the label
            if part is not None:
                assert not part.intersects(
                    QRect(row.label.left(), row.label.top(), width, row.label.height())
                ), row.text
        drawn.append(row.text)
    return drawn


@pytest.mark.parametrize("size", SIZES)
def test_sidebar_labels_whole_at_default_width(qtbot, corpus_db, make_window, size) -> None:
    window = make_window(size=size, read_delay_ms=60_000)
    window.day_model.mark_new(["2025-05-09"])  # the accent dot takes room too
    drawn = _assert_whole(window.sidebar, allow_short=False)
    assert "Unread" in drawn and "Fri, May 9" in drawn and "Catch-up" in drawn


def test_sidebar_at_its_minimum_width_shortens_days_not_elides(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(size=(900, 600), read_delay_ms=60_000)
    window.day_model.mark_new(["2025-05-09"])
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[1] + sizes[0], sizes[2]])  # as narrow as it goes
    QApplication.processEvents()
    assert window.sidebar.width() == window.sidebar.minimumWidth()
    drawn = _assert_whole(window.sidebar, allow_short=True)
    assert "Unread" in drawn and "Bookmarked" in drawn and "Must Read" in drawn
    # the newest day, whole or in its short form, with its badge and dot: which one
    # fits the minimum width depends on the fonts the machine has
    assert "Fri 9" in drawn or "Fri, May 9" in drawn
    assert not any("…" in text for text in drawn)


def test_short_day_label_keeps_weekday_and_day() -> None:
    from reader.ui.sidebar.model import day_label, short_day_label

    assert short_day_label("2024-03-11") == "Mon 11"
    assert day_label("2024-03-11") == "Mon, Mar 11"
    assert short_day_label("not-a-day") == "not-a-day"


def _assert_filters_fit(bar) -> None:
    inside = bar.rect()
    for control in (bar.sort, bar.unread_only, bar.bookmarked_only, bar.has_code, bar.min_votes):
        geometry = control.geometry()
        assert control.isVisible()
        assert inside.contains(geometry), (control, geometry, inside)
        assert geometry.width() >= control.sizeHint().width(), control
        assert geometry.height() >= control.sizeHint().height(), control


@pytest.mark.parametrize("size", SIZES)
def test_filter_controls_get_their_size(qtbot, corpus_db, make_window, size) -> None:
    window = make_window(size=size, read_delay_ms=60_000)
    bar = window.paper_list.filter_bar
    _assert_filters_fit(bar)
    assert bar.two_rows() == (bar.width() < bar.one_row_width())


def test_filter_bar_wraps_when_the_list_is_narrow_and_unwraps(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(size=(1280, 800), read_delay_ms=60_000)
    bar = window.paper_list.filter_bar
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], 0, sizes[1] + sizes[2]])  # the list at its minimum
    QApplication.processEvents()
    assert bar.width() < bar.one_row_width() and bar.two_rows()
    _assert_filters_fit(bar)
    assert bar.unread_only.geometry().top() > bar.sort.geometry().bottom()  # a second row
    window.splitter.setSizes([sizes[0], 600, sizes[2] - 600 + sizes[1]])
    QApplication.processEvents()
    assert not bar.two_rows()
    _assert_filters_fit(bar)
    assert bar.unread_only.geometry().top() < bar.sort.geometry().bottom()  # one row


def _button(window, name: str) -> QToolButton:
    button = window.detail.toolbar.widgetForAction(window.action_set[name])
    assert isinstance(button, QToolButton)
    return button


@pytest.mark.parametrize("size", SIZES)
def test_bookmark_and_mark_unread_stay_on_the_toolbar(qtbot, corpus_db, make_window, size):
    window = make_window(size=size, read_delay_ms=60_000)
    toolbar = window.detail.toolbar
    for name in ("open_arxiv", "open_pdf", "read_pdf", "toggle_bookmark", "toggle_read"):
        button = _button(window, name)
        assert button.isVisible(), name  # not moved into the » overflow
        assert toolbar.rect().contains(button.geometry()), name
    more = window.detail.more_button
    assert more is not None and more.isVisible()
    assert toolbar.rect().contains(more.geometry())
    menu = more.menu().actions()
    for name in ("open_hf", "copy_link", "copy_bibtex"):
        assert window.action_set[name] in menu
        assert toolbar.widgetForAction(window.action_set[name]) is None


def test_more_menu_copies_the_link(qtbot, corpus_db, make_window) -> None:
    window = make_window(size=(900, 600), read_delay_ms=60_000)
    window.sidebar.select_day("2024-03-11")
    window.paper_list.select_paper("2403.05135")
    window.commands.flush()
    QApplication.clipboard().clear()
    menu = window.detail.more_button.menu()
    assert window.action_set["copy_link"] in menu.actions()
    menu.actions()[menu.actions().index(window.action_set["copy_link"])].trigger()
    assert "2403.05135" in QApplication.clipboard().text()


@pytest.mark.parametrize("size", SIZES)
def test_missing_thumbnail_takes_one_small_line(qtbot, corpus_db, make_window, size) -> None:
    window = make_window(size=size, read_delay_ms=60_000, show_thumbnails=True)
    window.sidebar.select_day("2024-03-11")
    window.paper_list.select_paper("2403.05135")  # nothing cached: a placeholder
    window.commands.flush()
    browser = window.detail.browser
    qtbot.waitUntil(lambda: "thumb://placeholder" in browser.document().toHtml(), timeout=3000)
    qtbot.waitUntil(lambda: "/missing" in browser.document().toHtml(), timeout=3000)
    found = re.search(r"thumb://placeholder/(\d+)x(\d+)/missing", browser.document().toHtml())
    assert found is not None
    width, height = int(found.group(1)), int(found.group(2))
    font = QFont()
    font.setPointSizeF(9.5)
    line = QFontMetrics(font)
    assert height < 2 * line.height()  # one line, not a 64 px panel
    assert line.horizontalAdvance("Thumbnail not downloaded yet") < width
    assert width < browser.viewport().width() * 0.8  # a pill, not the pane's width


def test_narrow_detail_pane_folds_the_link_openers_into_more(qtbot, corpus_db, make_window):
    window = make_window(size=(900, 600), read_delay_ms=60_000)
    toolbar, fold = window.detail.toolbar, window.detail.fold
    arxiv = window.action_set["open_arxiv"]
    menu = window.detail.more_button.menu()
    assert fold is not None and not fold.folded() and arxiv in toolbar.actions()
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])  # the detail at its minimum
    QApplication.processEvents()
    assert window.detail_stack.width() == window.detail_stack.minimumWidth()
    assert fold.folded()
    assert arxiv in menu.actions() and arxiv not in toolbar.actions()
    for name in ("read_pdf", "toggle_bookmark", "toggle_read"):
        button = _button(window, name)
        assert button.isVisible() and toolbar.rect().contains(button.geometry()), name
    assert window.detail.more_button.isVisible()
    assert toolbar.rect().contains(window.detail.more_button.geometry())
    window.splitter.setSizes(sizes)  # room again: back on the toolbar, in their place
    QApplication.processEvents()
    assert not fold.folded()
    assert toolbar.actions()[:3] == [
        arxiv,
        window.action_set["open_pdf"],
        window.action_set["read_pdf"],
    ]
    assert arxiv not in menu.actions() and _button(window, "open_arxiv").isVisible()
