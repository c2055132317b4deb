"""The rough edges a new user met (issue 12), each pinned by a test that failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from reader.library import PaperQuery
from reader.ui.papers import model as paper_model
from reader.ui.papers import pane as paper_pane
from reader.ui.papers.delegate import match_spans, search_patterns
from reader.ui.window import MainWindow
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import settle

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
    assert window.paper_list.subtitle.text() == f"{total} papers match “model” in the library"
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
