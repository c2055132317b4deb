"""Untrusted digest text: shown as text, loads nothing remote, opens nothing by itself.

The hostile digest points every URL at a real loopback HTTP server, which must
see no request at all; ``QDesktopServices`` is routed to a recorder (``url_log``)
for every scheme, so "opens nothing" is observed, not assumed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.importer import import_paths
from reader.library import Library
from reader.model import SummaryPart
from reader.ui.common import links
from reader.ui.detail.html import summary_html, text_html
from tests.httpserver import LoopbackServer, Reply
from tests.ui_support import *  # the window fixtures (see its __all__)

EVIL = """## Daily Papers (2025-06-01)

### [<script>alert('t')</script> Evil <b>Paper</b>](https://arxiv.org/abs/2506.00001)

![]({base}/thumb.png)

Vote: 5

Authors: Mallory <img src="{base}/author.png">, Eve

- <script>alert(1)</script> runs nothing
- <img src="{base}/pixel.png"> loads nothing
- click [x](javascript:alert(1)) opens nothing
  - <iframe src="{base}/frame"></iframe> nested <link rel="stylesheet" href="{base}/style.css">
- **What's New**: <a href="javascript:alert(2)">a link</a> and <style>body{{display:none}}</style>
"""


@pytest.fixture
def evil_window(qtbot, http_server: LoopbackServer, data_dir, make_window, tmp_path: Path):
    for path in ("/thumb.png", "/author.png", "/pixel.png", "/frame", "/style.css"):
        http_server.route(
            path, Reply(body=b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"})
        )
    digest = tmp_path / "evil" / "2025" / "06" / "01.md"
    digest.parent.mkdir(parents=True)
    digest.write_text(EVIL.format(base=http_server.url), encoding="utf-8")
    with Library(data_dir.database) as library:
        assert import_paths(library, [digest]).imported == 1
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2025-06-01")
    window.paper_list.select_paper("2506.00001")
    window.commands.flush()
    assert window.detail.paper is not None and window.detail.paper.id == "2506.00001"
    return window


def _anchors(window) -> list[str]:
    hrefs = []
    block = window.detail.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                hrefs.extend(fmt.anchorHref().split())
            it += 1
        block = block.next()
    return hrefs


def test_hostile_markup_is_shown_as_text(evil_window) -> None:
    text = evil_window.detail.plain_text()
    assert "<script>alert('t')</script> Evil <b>Paper</b>" in text
    assert "<script>alert(1)</script> runs nothing" in text
    assert '<img src="http://127.0.0.1:' in text and "loads nothing" in text
    assert "[x](javascript:alert(1)) opens nothing" in text
    assert "<iframe src=" in text and '<link rel="stylesheet"' in text
    assert '<a href="javascript:alert(2)">a link</a>' in text
    assert "<style>body{display:none}</style>" in text
    assert "Mallory <img src=" in text


def test_hostile_text_loads_nothing_remote(qtbot, evil_window, http_server: LoopbackServer) -> None:
    browser = evil_window.detail.browser
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum())
    browser.viewport().repaint()
    deadline = time.monotonic() + 0.5  # give any stray load time to reach the server
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    assert http_server.requests == []
    assert not [b for b in browser.blocked if "127.0.0.1" in b]
    assert "thumb://placeholder" in browser.document().toHtml()  # not cached: a placeholder


def test_only_http_links_exist_and_none_opened_by_itself(qtbot, evil_window, url_log) -> None:
    hrefs = _anchors(evil_window)
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert not any("javascript" in h for h in hrefs)
    assert url_log == []


def test_clicking_the_javascript_text_opens_nothing(qtbot, evil_window, url_log) -> None:
    browser = evil_window.detail.browser
    cursor = browser.document().find("javascript:alert(1)")
    assert not cursor.isNull()
    browser.setTextCursor(QTextCursor(cursor.block()))
    browser.ensureCursorVisible()
    rect = browser.cursorRect(cursor)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert url_log == []


def test_links_open_only_for_http_and_https(qtbot, evil_window, url_log) -> None:
    detail = evil_window.detail
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "ftp://example.com/x",
    ):
        detail.browser.anchorClicked.emit(QUrl(bad))
        assert links.open_url(bad) is False
    assert url_log == []
    detail.browser.anchorClicked.emit(QUrl("https://arxiv.org/abs/2506.00001"))
    assert url_log == ["https://arxiv.org/abs/2506.00001"]


def test_text_html_escapes_and_links_only_http() -> None:
    html = text_html("a <b>&</b> [x](javascript:alert(1)) https://example.com/a_(b). 끝", "#00f")
    assert "<b>" not in html and "&lt;b&gt;&amp;&lt;/b&gt;" in html
    assert 'href="https://example.com/a_(b)"' in html and "javascript:alert(1)" in html
    assert 'href="javascript' not in html
    korean = text_html("코드는 https://github.com/x/y에서 공개", "#00f")
    assert 'href="https://github.com/x/y"' in korean


def test_summary_sections_and_nested_bullets() -> None:
    parts = (
        SummaryPart(None, "one", 0),
        SummaryPart(None, "(1) nested", 1),
        SummaryPart(None, "two", 0),
        SummaryPart("What's New", "new <things>", 0),
        SummaryPart("Technical Details", "details", 0),
    )
    html = summary_html(parts, "#00f")
    assert html.count("<ul>") == 2 and html.count("</ul>") == 2
    assert html.index("(1) nested") < html.index("</ul>")  # inside the first list
    assert '<p class="section">What&#x27;s New</p><p>new &lt;things&gt;</p>' in html
