"""Watch lists in the window (issue 13): the dialog, the sidebar section, highlights.

A real window over a copy of the corpus library; the dialog is driven by typing
and Enter, the sidebar by selecting the term, and the checks read the library,
the models the window paints from and the detail pane's rendered document.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader import watch
from reader.importer import import_paths
from reader.ui.detail.watch_highlight import HIGHLIGHT
from reader.ui.papers.model import MarksRole
from reader.ui.sidebar.model import KindRole, PapersRole, UnreadRole
from reader.ui.window import MainWindow
from tests.digests import Entry, write_day
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import day_window, settle

pytest_plugins = ["tests.sync_support"]

DAY = "2024-03-11"


def _add_in_dialog(qtbot, window: MainWindow, term: str, exclude: bool = False) -> None:
    window.action_set["watch_terms"].trigger()
    dialog = window.watch.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.exclude.setChecked(exclude)
    qtbot.keyClicks(dialog.term, term)
    qtbot.keyClick(dialog.term, Qt.Key.Key_Return)
    settle(qtbot, window)


def _highlighted(window: MainWindow) -> list[str]:
    """The detail pane's runs of text with the highlight background."""
    document = window.detail.browser.document()
    runs, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == QColor(HIGHLIGHT):
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_an_include_term_added_in_the_dialog_marks_rows_sidebar_and_detail(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    _add_in_dialog(qtbot, window, "diffus")
    hits = watch.terms(window.library)
    assert [(t.term, t.exclude) for t in hits] == [("diffus", False)]
    assert window.watch.dialog.listed() == ["diffus"]
    model = window.paper_list.model
    hit_rows = [i for i in range(model.rowCount()) if model.index(i, 0).data(MarksRole).watch]
    assert hit_rows  # ELLA, CogView3 ... on this day
    for i in hit_rows:
        assert model.index(i, 0).data(MarksRole).watch == ("diffus",)
        assert "diffus" in model.index(i, 0).data().lower()
    term = window.day_model.index_of("watch", "diffus")
    assert term.isValid() and term.data(KindRole) == "watch"
    assert term.data(PapersRole) == hits[0].hits
    # the shown paper's hits are highlighted in the detail pane, with no markup added
    window.paper_list.select_row(hit_rows[0])
    settle(qtbot, window)
    runs = _highlighted(window)
    assert runs and all(r.lower().startswith("diffus") for r in runs)
    assert window.notes.editor.watch.text() == "◉ diffus"  # which term hit it
    assert window.notes.editor.watch.isVisibleTo(window)
    assert "<" not in window.detail.browser.document().toPlainText()[:200]


def test_choosing_a_term_lists_its_papers_and_clears_its_new_badge(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    window = day_window(qtbot, make_window, DAY)
    watch.add_term(window.library, "transformer")
    before = watch.terms(window.library)[0].hits
    # a day imported after the term was added brings hits that count as new
    write_day(
        tmp_path / "digests",
        "2026-01-05",
        [Entry("2601.00001", "A Transformer for Tiny Graphs", 5), Entry("2601.00002", "Other", 3)],
    )
    import_paths(window.library, [tmp_path / "digests"])
    window.refresh_library()
    settle(qtbot, window)
    badge = lambda: window.day_model.index_of("watch", "transformer").data(UnreadRole)  # noqa: E731
    qtbot.waitUntil(lambda: badge() == 1, timeout=3000)  # the new-hit badge (debounced)
    term = window.day_model.index_of("watch", "transformer")
    assert term.data(PapersRole) == before + 1
    window.sidebar.setCurrentIndex(term)
    settle(qtbot, window)
    assert window.paper_list.title.text() == "Watch: transformer"
    model = window.paper_list.model
    assert model.rowCount() == min(before + 1, 200)
    assert "2601.00001" in model.ids()
    assert all(
        "transformer" in model.index(i, 0).data(MarksRole).watch for i in range(model.rowCount())
    )
    assert watch.terms(window.library)[0].new_hits == 0
    assert window.day_model.index_of("watch", "transformer").data(UnreadRole) == 0


def test_an_exclude_term_dims_rows_and_removing_it_undims(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    _add_in_dialog(qtbot, window, "video", exclude=True)
    model = window.paper_list.model
    dimmed = [i for i in range(model.rowCount()) if model.index(i, 0).data(MarksRole).excluded]
    assert dimmed and model.rowCount() == 7  # dimmed, never hidden
    assert window.day_model.index_of("watch", "video").data() == "not: video"
    dialog = window.watch.dialog
    dialog.terms.setCurrentRow(0)
    dialog.remove.click()
    settle(qtbot, window)
    assert watch.terms(window.library) == []
    assert not any(model.index(i, 0).data(MarksRole).excluded for i in range(model.rowCount()))
    assert not window.day_model.index_of("watch", "video").isValid()


@pytest.mark.expect_errors(r"needs at least two letters")
def test_a_term_too_short_is_refused_with_one_sentence(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    _add_in_dialog(qtbot, window, "a")
    assert watch.terms(window.library) == []
    assert window.status.currentMessage().endswith(".")
    assert "Traceback" not in window.status.currentMessage()


def test_a_sync_with_new_hits_notifies_only_when_asked(
    qtbot, make_window, archive, fake_hf
) -> None:
    from tests.test_ui_sync import first_run, wait_synced

    window = first_run(qtbot, make_window, archive, fake_hf, watch_notify=True)
    watch.add_term(window.library, "diffusion")  # the samples' hits are not new
    assert watch.new_hit_count(window.library) == 0
    window.action_set["sync_now"].trigger()
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.watch.notifications), timeout=5000)
    count = watch.new_hit_count(window.library)
    assert count > 0
    assert window.watch.notifications == [f"Your watch terms found {count:,} new papers."]
    badge = lambda: window.day_model.index_of("watch", "diffusion").data(UnreadRole)  # noqa: E731
    qtbot.waitUntil(lambda: badge() == count, timeout=3000)  # the new-hit badge after the sync


def test_no_notification_by_default(qtbot, make_window, archive, fake_hf) -> None:
    from tests.test_ui_sync import first_run, wait_synced

    window = first_run(qtbot, make_window, archive, fake_hf)
    assert window.settings.get("watch_notify") is False
    watch.add_term(window.library, "diffusion")
    window.action_set["sync_now"].trigger()
    wait_synced(qtbot, window)
    assert watch.new_hit_count(window.library) > 0
    assert window.watch.notifications == []
