"""The detail pane never renders inside its own render (heap corruption at quit, 1 run in 10).

Clearing or setting the document lays it out; when a scroll bar comes or goes, the
viewport is resized *inside* Qt's ``QTextDocumentPrivate::clear``, and the browser's
``resized`` reached ``_resized``, which re-rendered at once when the thumbnail's width
changed. That second render replaced the text control's cursor while the document held
its cursor list aside; the document put the freed cursor back and wrote into it at the
next clear (valgrind: "invalid write ... inside a block of size 48 free'd", allocated by
``QTextCursor::QTextCursor(QTextDocument*)``). The app then died at a later render or at
quit with ``free(): invalid next size`` or SIGSEGV in ``QTextBrowser.setHtml``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from reader.cache import ThumbnailCache
from reader.model import Paper, SummaryPart
from reader.ui.common.thumbnails import ThumbnailLoader
from reader.ui.common.workers import Workers
from reader.ui.detail.pane import COLUMN, MARGIN, THUMB_MAX, DetailPane


def _paper(i: int, words: int) -> Paper:
    return Paper(
        id=f"2501.{i:05d}",
        title=f"Paper {i}",
        title_raw=f"Paper {i}",
        url=f"https://arxiv.org/abs/2501.{i:05d}",
        summary=(SummaryPart(None, "word " * words),),
        media_url=f"https://cdn.example.org/{i}.png",  # not cached: a placeholder is drawn
        media_kind="image",
    )


@pytest.fixture
def pool():
    workers = Workers(2)
    yield workers
    workers.shutdown()


def test_a_scroll_bar_that_goes_during_a_render_does_not_render_inside_it(
    qtbot, pool: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    depth = [0]
    deepest = [0]
    render = DetailPane._render

    def counted(self: DetailPane) -> None:
        depth[0] += 1
        deepest[0] = max(deepest[0], depth[0])
        try:
            render(self)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(DetailPane, "_render", counted)  # before the pane binds it
    loader = ThumbnailLoader(ThumbnailCache(Path(tempfile.mkdtemp())), pool)
    pane = DetailPane(loader, [])
    qtbot.addWidget(pane)
    pane.resize(500, 400)  # narrow: the scroll bar's width changes the thumbnail's width
    pane.show()
    qtbot.waitExposed(pane)
    resized_in_render: list[int] = []
    pane.browser.resized.connect(lambda: resized_in_render.append(depth[0]))

    pane.show_paper(_paper(1, 2000))  # long: a vertical scroll bar
    qtbot.wait(150)  # past the resize throttle: a resize re-renders at once
    assert pane.browser.verticalScrollBar().isVisible()
    resized_in_render.clear()
    pane.show_paper(_paper(2, 3))  # short: clearing the document hides the scroll bar
    # the case at hand happened: the viewport resized while the pane was rendering
    assert any(d > 0 for d in resized_in_render), resized_in_render
    assert deepest[0] == 1

    # ... and what the resize asks for follows from the event loop: the thumbnail and
    # the text column fit the wider viewport
    width = pane.browser.viewport().width()
    column = min(COLUMN, max(200, width - 2 * MARGIN))
    side = max(MARGIN, (width - column) // 2)
    qtbot.waitUntil(lambda: pane._thumb_width == min(THUMB_MAX, column))
    frame = pane.browser.document().rootFrame().frameFormat()
    assert frame.leftMargin() == side
    assert deepest[0] == 1
