"""The window's first selection (Navigation.select_initial) draws no empty state before its paper.

Selecting the day first asked for the day's summary in the detail pane (a
vote-history read and a render at 110,000 papers) only for the first paper to
replace it at once; the summary is drawn only if no paper follows.
"""

from __future__ import annotations

from reader.ui.common.settings import Settings
from tests.ui_support import *  # the window fixtures (see its __all__)


def _count_empty_states(window) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    original = window.commands.show_empty_state

    def counted() -> None:
        calls.append(1)
        original()

    window.commands.show_empty_state = counted
    return calls


def test_the_first_paper_is_shown_without_the_days_summary_before_it(
    corpus_db, make_window
) -> None:
    window = make_window(load=False)
    calls = _count_empty_states(window)
    window.load(restore=False)
    assert window.shown.paper is not None
    assert window.shown.paper.id == window.paper_list.current_id()
    assert calls == []


def test_an_empty_view_at_start_shows_its_empty_state(corpus_db, make_window, data_dir) -> None:
    window = make_window(load=False)
    calls = _count_empty_states(window)
    settings: Settings = window.settings
    settings.set("ui_selection", "view:bookmarked")  # no bookmarks in the corpus
    settings.set("ui_paper", "")
    window.load(restore=True)
    assert window.sidebar.current_key() == "view:bookmarked"
    assert window.shown.paper is None and not window.paper_list.current_id()
    assert calls == [1]
