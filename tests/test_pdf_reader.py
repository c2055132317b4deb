"""The PDF reader in the real window: bookmark -> download, then offline: open, search, links, restart.

PDFs are written by Qt (tests/pdf_fixtures.py) and served by a loopback server
that honours Range requests, as arXiv does; the server is stopped before the
reader is used, so everything after the download happens offline.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtPdf import QPdfLinkModel
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from tests.pdf_fixtures import EXTERNAL, add_outline, make_pdf, pdf_route
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import close

DAY = "2024-03-11"
PAPER = "2403.05135"  # the first paper of that day
PAGES = 6


@pytest.fixture
def pdf_bytes(qapp, tmp_path):
    path = make_pdf(tmp_path / "served.pdf", pages=PAGES, marker="zebrafish")
    add_outline(path, ["Introduction", "Method", "Results"])
    return path.read_bytes()


@pytest.fixture
def online(monkeypatch):
    """Automatic downloads allowed (thumbnails stay off: their hosts are not loopback)."""
    monkeypatch.setenv("DAILY_PAPERS_AUTO_NETWORK", "1")


def _select(window, paper_id: str = PAPER) -> None:
    window.sidebar.select_day(DAY)
    assert window.paper_list.select_paper(paper_id)
    window.commands.flush()
    assert window.commands.current.id == paper_id


def _open_reader(qtbot, window) -> None:
    window.action_set["read_pdf"].trigger()
    qtbot.waitUntil(window.pdf.reading, timeout=5000)


def _click_link(qtbot, view, page: int, row: int = 0):
    """Click the centre of link *row* on *page*, as placed on screen."""
    model = QPdfLinkModel()
    model.setDocument(view.document())
    model.setPage(page)
    rect = model.index(row, 0).data(int(QPdfLinkModel.Role.Rectangle.value))
    target = model.index(row, 0).data(int(QPdfLinkModel.Role.Page.value))
    page_rect = view.page_rects()[page]
    scale = view._scale()
    point = QPoint(
        round(page_rect.left() + rect.center().x() * scale),
        round(page_rect.top() + rect.center().y() * scale),
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return target


def _drag(view, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held, release (QTest's move carries no buttons)."""
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, pos, buttons in (
        (QEvent.Type.MouseButtonPress, start, left),
        (QEvent.Type.MouseMove, end, left),
        (QEvent.Type.MouseButtonRelease, end, none),
    ):
        event = QMouseEvent(
            kind,
            QPointF(pos),
            QPointF(viewport.mapToGlobal(pos)),
            left,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)


def test_bookmark_downloads_and_the_reader_works_offline(
    qtbot, corpus_db, make_window, http_server, pdf_bytes, online, url_log, data_dir, tmp_path
):
    http_server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    window = make_window(
        read_delay_ms=60_000, pdf_url=http_server.url_for("/pdf"), show_thumbnails=False
    )
    _select(window)
    with qtbot.waitSignal(window.pdf.downloaded, timeout=15_000) as blocker:
        window.action_set["toggle_bookmark"].trigger()
    assert blocker.args[0].fetched == [PAPER]
    stored = data_dir.cache / "pdfs" / f"{PAPER}.pdf"
    assert stored.read_bytes() == pdf_bytes
    assert window.sync_bar.mode != "problem"
    http_server.stop()  # offline from here on

    _open_reader(qtbot, window)
    reader = window.pdf.reader
    assert window.detail_stack.currentWidget() is reader
    assert reader.view.page_count() == PAGES
    qtbot.waitUntil(reader.first_page_ready, timeout=5000)  # rendered in Qt's thread

    # the outline is the side list; its entries jump
    assert reader.bookmarks.rowCount(QModelIndex()) == 3
    reader._outline_activated(reader.bookmarks.index(2, 0))
    assert reader.current_page() == 2

    # search: highlighted hits and a hit list; Enter goes to the hit
    reader.go_to_page(0)
    reader.find("zebrafish")
    qtbot.waitUntil(lambda: reader.hit_count() == 1, timeout=5000)
    assert reader.hits.count() == 1 and "zebrafish" in reader.hits.item(0).text()
    reader.step_hit(1)
    assert reader.current_page() == PAGES - 1
    assert reader.view.currentSearchResultIndex() == 0

    # an internal link jumps; an external one goes to the browser (and nowhere else)
    reader.go_to_page(0)
    assert reader.current_page() == 0
    target = _click_link(qtbot, reader.view, 0, 0)
    assert target == PAGES - 1 and reader.current_page() == PAGES - 1
    reader.go_to_page(0)
    _click_link(qtbot, reader.view, 0, 1)
    assert url_log == [EXTERNAL] and reader.current_page() == 0

    # copy: dragging over lines of text selects them (points are PDF points)
    rect, scale = reader.view.page_rects()[0], reader.view._scale()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(rect.left() + x * scale), round(rect.top() + y * scale))

    _drag(reader.view, at(70, 142), at(300, 182))
    assert reader.view.selected_text().startswith("Body text of section 1")
    assert reader.copy_selection()

    # leave on page 3 at a custom zoom; Esc is back to the summary
    reader.view.set_zoom(1.5)
    reader.go_to_page(3)
    assert reader.current_page() == 3
    qtbot.keyClick(reader.view, Qt.Key.Key_Escape)
    assert not window.pdf.reading() and window.detail_stack.currentWidget() is window.detail
    close(window)

    # a restart: the reader opens where it was left
    again = make_window(
        read_delay_ms=60_000, pdf_url=http_server.url_for("/pdf"), show_thumbnails=False
    )
    _select(again)
    _open_reader(qtbot, again)
    assert again.pdf.reader.current_page() == 3
    assert again.pdf.reader.view.zoomFactor() == pytest.approx(1.5)
    assert again.pdf.reader.view.stored_zoom() == pytest.approx(1.5)

    # the search field finds the word that is only inside the PDF, and says so
    again.pdf.close_reader()
    again.paper_list.search.setText("zebrafish")
    qtbot.waitUntil(lambda: again.paper_list.model.rowCount() == 1, timeout=5000)
    assert again.paper_list.model.row(0).id == PAPER
    assert "1 only inside their PDFs" in again.paper_list.subtitle.text()


def test_an_html_answer_is_one_problem_and_nothing_is_stored(
    qtbot, corpus_db, make_window, http_server, data_dir
):
    page = b"<!DOCTYPE html><html><body>Rate limited</body></html>"
    http_server.route(f"/pdf/{PAPER}", pdf_route(page, content_type="text/html"))
    window = make_window(read_delay_ms=60_000, pdf_url=http_server.url_for("/pdf"))
    _select(window)
    with qtbot.waitSignal(window.pdf.downloaded, timeout=15_000):
        window.action_set["download_pdf"].trigger()
    assert window.sync_bar.mode == "problem"
    assert "sent a web page instead of the PDF of 2403.05135" in window.sync_bar.text
    assert not (data_dir.cache / "pdfs" / f"{PAPER}.pdf").exists()
    assert window.commands.current.id == PAPER  # nothing else disturbed
    assert window.detail_stack.currentWidget() is window.detail


def test_read_downloads_a_missing_pdf_then_opens_it(
    qtbot, corpus_db, make_window, http_server, pdf_bytes
):
    http_server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    window = make_window(read_delay_ms=60_000, pdf_url=http_server.url_for("/pdf"))
    _select(window)
    window.action_set["read_pdf"].trigger()
    qtbot.waitUntil(window.pdf.reading, timeout=15_000)
    assert window.pdf.reader.paper_id == PAPER
    # choosing another paper puts its summary back
    window.paper_list.step(1)
    window.commands.flush()
    assert not window.pdf.reading()


def test_fit_modes_and_zoom_keep_the_page(qtbot, corpus_db, make_window, data_dir, tmp_path):
    window = make_window(read_delay_ms=60_000)
    _select(window)
    path = window.pdf.store.path(PAPER)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_pdf(path, pages=4)
    _open_reader(qtbot, window)
    reader = window.pdf.reader
    view = reader.view
    rect = view.page_rects()[0]
    margins = view.documentMargins()
    assert abs(rect.width() - (view.viewport().width() - margins.left() - margins.right())) <= 2
    reader.go_to_page(2)
    view.set_zoom(-1.0)  # fit page: a whole page fits the height
    assert reader.current_page() == 2
    assert view.page_rects()[2].height() <= view.viewport().height()
    view.zoom_step(1)
    assert view.stored_zoom() > 0 and reader.current_page() == 2
    assert reader.zoom_label.text().endswith("%")
    assert view.page_at(QPointF(-5, -5)) is None


def test_screenshot_of_the_reader(qtbot, corpus_db, data_dir, tmp_path):
    from reader.fulltext import FILE_NAME, FullText
    from reader.ui.pdf.extract import page_texts

    path = data_dir.pdfs / f"{PAPER}.pdf"
    make_pdf(path, pages=4)
    with FullText(data_dir.cache / FILE_NAME) as index:
        index.record(PAPER, path.stat().st_size, page_texts(path))
    out = tmp_path / "reader.png"
    run = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir.data), "screenshot"]
    result = subprocess.run(
        [*run, str(out), "--paper", PAPER, "--pdf", "--page", "2", "--size", "1280x800"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() == 1280 and image.height() == 800
    missing = subprocess.run(
        [*run, str(tmp_path / "x.png"), "--paper", "2403.05530", "--pdf"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "No downloaded PDF for 2403.05530" in missing.stderr
    summary = tmp_path / "summary.png"
    plain = subprocess.run([*run, str(summary), "--paper", PAPER], capture_output=True, timeout=60)
    assert plain.returncode == 0
    assert QImage(str(summary)) != image  # the reader, not the summary, was rendered


def test_a_sync_downloads_the_bookmarked_papers_pdfs(
    qtbot, corpus_db, make_window, http_server, pdf_bytes, online, data_dir
):
    from reader.library import Library

    with Library(data_dir.database) as library:
        library.set_bookmarked([PAPER])
    http_server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    window = make_window(
        read_delay_ms=60_000,
        pdf_url=http_server.url_for("/pdf"),
        show_thumbnails=False,
        sync_hf=False,  # the GitHub addresses are a closed port: the sync ends offline
    )
    with qtbot.waitSignal(window.pdf.downloaded, timeout=20_000) as blocker:
        window.action_set["sync_now"].trigger()
    assert blocker.args[0].fetched == [PAPER]
    assert (data_dir.cache / "pdfs" / f"{PAPER}.pdf").read_bytes() == pdf_bytes


def test_no_automatic_download_when_the_setting_is_off(
    qtbot, corpus_db, make_window, http_server, pdf_bytes, online, data_dir
):
    http_server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    window = make_window(
        read_delay_ms=60_000,
        pdf_url=http_server.url_for("/pdf"),
        show_thumbnails=False,
        pdf_auto_download=False,
    )
    _select(window)
    with qtbot.assertNotEmitted(window.pdf.downloaded, wait=800):
        window.action_set["toggle_bookmark"].trigger()
    assert not http_server.requests_to(f"/pdf/{PAPER}")


def test_cancel_in_the_sync_bar_stops_a_download(
    qtbot, corpus_db, make_window, http_server, pdf_bytes, data_dir
):
    from tests.httpserver import Reply

    http_server.route(f"/pdf/{PAPER}", Reply(body=pdf_bytes, delay=20))
    window = make_window(read_delay_ms=60_000, pdf_url=http_server.url_for("/pdf"))
    _select(window)
    window.action_set["download_pdf"].trigger()
    qtbot.waitUntil(lambda: bool(http_server.requests_to(f"/pdf/{PAPER}")), timeout=5000)
    assert window.sync_bar.mode == "progress" and window.sync_bar.text.startswith(
        "Downloading PDFs"
    )
    with qtbot.waitSignal(window.pdf.downloaded, timeout=5000) as blocker:
        qtbot.mouseClick(window.sync_bar.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].cancelled
    assert window.sync_bar.mode == ""
    assert not (data_dir.cache / "pdfs" / f"{PAPER}.pdf").exists()


def test_space_scrolls_the_pdf_instead_of_leaving_it(qtbot, corpus_db, make_window):
    window = make_window(read_delay_ms=60_000)
    _select(window)
    path = window.pdf.store.path(PAPER)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_pdf(path, pages=4)
    _open_reader(qtbot, window)
    bar = window.pdf.reader.view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(window.pdf.reader.view, Qt.Key.Key_Space)
    assert bar.value() > before
    assert window.pdf.reading() and window.commands.current.id == PAPER


def test_an_automatic_download_offline_is_quiet_but_a_requested_one_is_told(
    qtbot, corpus_db, make_window, online, data_dir
):
    window = make_window(
        read_delay_ms=60_000, pdf_url="http://127.0.0.1:9/pdf", show_thumbnails=False
    )
    _select(window)
    with qtbot.waitSignal(window.pdf.downloaded, timeout=10_000) as blocker:
        window.action_set["toggle_bookmark"].trigger()  # automatic: bookmarked
    assert blocker.args[0].failed and not blocker.args[0].refused
    assert window.sync_bar.mode == ""  # offline is no problem to show
    with qtbot.waitSignal(window.pdf.downloaded, timeout=10_000):
        window.action_set["download_pdf"].trigger()  # asked for: told
    assert window.sync_bar.mode == "problem" and "2403.05135" in window.sync_bar.text
