"""Esc in the search field goes back to the paper open before the search, however deep in a long list.

A long list is counted in the worker pool after its first page, so the paper to go
back to may lie past what is listed when the search is cleared. Pages are made 10
rows long here, so the corpus's 255 papers make a list of 26 pages.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.papers import model as list_model
from reader.ui.papers import pane as list_pane
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import settle

PAGE = 10


@pytest.fixture
def short_pages(monkeypatch) -> None:
    monkeypatch.setattr(list_model, "PAGE", PAGE)
    monkeypatch.setattr(list_pane, "PAGE", PAGE)


def _all_papers(qtbot, make_window):
    window = make_window(read_delay_ms=600_000)
    window.sidebar.select_view("all")
    pane = window.paper_list
    qtbot.waitUntil(lambda: pane.model.counted() and pane.model.rowCount() > 200, timeout=5000)
    return window, pane


@pytest.mark.parametrize("row", [3, 120, 240])  # the first page, far past five pages, near the end
def test_escape_after_a_search_goes_back_to_the_paper_before_it(
    qtbot, corpus_db, make_window, short_pages, row
) -> None:
    window, pane = _all_papers(qtbot, make_window)
    assert pane.select_row(row)
    settle(qtbot, window)
    before = pane.current_id()
    assert before and window.detail.paper.id == before
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "model")
    qtbot.waitUntil(lambda: pane.searching() and pane.title.text() == "Search", timeout=3000)
    qtbot.waitUntil(lambda: not pane._search_busy, timeout=3000)
    pane.go_to_results()  # into the results: another paper is selected and shown
    qtbot.waitUntil(lambda: pane.current_id() not in ("", before), timeout=3000)
    pane.search.setFocus()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert not pane.searching()
    qtbot.waitUntil(lambda: pane.current_id() == before, timeout=3000)
    assert pane.current_row() == row
    qtbot.waitUntil(lambda: window.detail.paper.id == before, timeout=3000)


def test_a_paper_chosen_while_the_list_is_counted_is_kept(
    qtbot, corpus_db, make_window, short_pages
) -> None:
    window, pane = _all_papers(qtbot, make_window)
    assert pane.select_row(150)
    before = pane.current_id()
    qtbot.keyClicks(pane.search, "model")
    qtbot.waitUntil(lambda: pane.searching() and not pane._search_busy, timeout=3000)
    pane.clear_search()  # the full list again: its first page now, its count in the pool
    pane.select_row(2)  # the user picks another paper before the count arrives
    chosen = pane.current_id()
    qtbot.waitUntil(lambda: pane.model.counted(), timeout=3000)
    settle(qtbot, window)
    assert pane.current_id() == chosen != before
