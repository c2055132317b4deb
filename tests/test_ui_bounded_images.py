"""Issue 11, bounded memory: the detail pane keeps only the shown paper's images.

A real DetailPane with a real ThumbnailLoader over a thumbnail cache in tmp_path
filled with real JPEG and PNG files (the size Hugging Face's thumbnails are).
Not timed: the test counts images and bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from reader.cache import ThumbnailCache
from reader.model import Paper, SummaryPart
from reader.ui.common.thumbnails import ThumbnailLoader, decode
from reader.ui.common.workers import Workers
from reader.ui.detail.pane import THUMB_MAX, DetailPane

PAPERS = 100
THUMB_W, THUMB_H = 1600, 900  # Hugging Face's social thumbnails are 1200-2400 px wide


def _image(i: int) -> QImage:
    """A picture with edges and gradients, so JPEG and PNG encode it at a realistic size."""
    image = QImage(THUMB_W, THUMB_H, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((i * 37) % 360, 80, 240))
    painter = QPainter(image)
    for k in range(40):
        painter.setPen(QColor.fromHsv((i * 11 + k * 29) % 360, 200, 120))
        painter.drawLine(k * 40, 0, THUMB_W - k * 40, THUMB_H)
        painter.drawText(20 + k * 30, 40 + k * 20, f"Figure {i}.{k}: attention maps")
    painter.end()
    return image


def _papers(cache: ThumbnailCache, count: int) -> list[Paper]:
    papers = []
    for i in range(count):
        ext = "jpg" if i % 2 else "png"
        url = f"https://cdn.example.org/thumbs/{i}.{ext}"
        path = cache.path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        assert _image(i).save(str(path), "JPEG" if ext == "jpg" else "PNG")
        papers.append(
            Paper(
                id=f"2501.{i:05d}",
                title=f"Paper {i}",
                title_raw=f"Paper {i}",
                url=f"https://arxiv.org/abs/2501.{i:05d}",
                summary=(SummaryPart(None, "요약 " * 40),),
                media_url=url,
                media_kind="image",
            )
        )
    return papers


@pytest.fixture
def pool() -> Workers:
    workers = Workers(2)
    yield workers
    workers.shutdown()


def _document_image(pane: DetailPane, name: str) -> bool:
    value = pane.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    return isinstance(value, QImage) and not value.isNull()


def test_showing_100_papers_keeps_only_the_current_papers_images(
    qtbot, tmp_path: Path, pool: Workers
) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    papers = _papers(cache, PAPERS)
    budget = 8 * 2**20
    loader = ThumbnailLoader(cache, pool, max_bytes=budget)
    pane = DetailPane(loader, [])
    qtbot.addWidget(pane)
    pane.resize(1000, 800)
    shown_names: list[str] = []
    for paper in papers:
        pane.show_paper(paper, "2025-01-01")
        name = f"thumb://{paper.id}/image"
        qtbot.waitUntil(lambda name=name: name in pane.browser.toHtml())
        shown_names.append(name)
        # the document holds this paper's images and nothing else
        assert pane.resource_names == [name]
        assert loader.decoded_bytes() <= budget
    current = shown_names[-1]
    assert _document_image(pane, current)
    still = [n for n in shown_names[:-1] if _document_image(pane, n)]
    assert still == []
    # decoded at the size drawn, not the file's 1600 px
    image = loader.cached(papers[-1].media_url)
    assert image is not None and image.width() <= THUMB_MAX * max(1.0, pane.devicePixelRatioF())
    assert 1 < loader.decoded_count() < PAPERS


def test_the_empty_state_drops_the_last_papers_image(qtbot, tmp_path: Path, pool: Workers) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    (paper,) = _papers(cache, 1)
    pane = DetailPane(ThumbnailLoader(cache, pool), [])
    qtbot.addWidget(pane)
    pane.show_paper(paper)
    name = f"thumb://{paper.id}/image"
    qtbot.waitUntil(lambda: name in pane.browser.toHtml())
    pane.show_empty("No paper")
    assert pane.resource_names == []
    assert not _document_image(pane, name)


def test_decode_scales_while_reading_and_refuses_a_missing_file(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    (paper,) = _papers(cache, 1)
    assert paper.media_url is not None
    image = decode(cache, paper.media_url, 560)
    assert (image.width(), image.height()) == (560, round(THUMB_H * 560 / THUMB_W))
    assert decode(cache, "https://cdn.example.org/none.png", 560).isNull()
    broken = "https://cdn.example.org/broken.png"
    cache.put(broken, b"not an image")
    assert decode(cache, broken, 560).isNull()
