"""PDF downloads against a real loopback server: ranges, resume, and what is never stored."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.fulltext import FILE_NAME, FullText, merged_search
from reader.net import HttpClient
from reader.sources.pdfs import (
    PdfDownloader,
    PdfError,
    PdfStore,
    pdf_address,
    wanted_pdf_ids,
)
from reader.ui.pdf.extract import validate
from tests.httpserver import Reply
from tests.pdf_fixtures import huge_route, make_pdf, pdf_route

PAPER = "2403.05135"
OTHER = "2403.05530"


@pytest.fixture(scope="module")
def pdf_bytes(qapp, tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("pdfs")
    return make_pdf(folder / "paper.pdf", pages=6).read_bytes()


@pytest.fixture
def setup(tmp_path: Path, http_server):
    store = PdfStore(tmp_path / "pdfs")
    index = FullText(tmp_path / FILE_NAME)
    client = HttpClient(retries=1, backoff=0.01, max_bytes=120 * 1024 * 1024)

    def make(**kw) -> PdfDownloader:
        kw.setdefault("pause", 0)
        return PdfDownloader(
            client, store, index, validate, base_url=http_server.url_for("/pdf"), **kw
        )

    yield make, store, index, http_server
    client.close()
    index.close()


def test_a_pdf_is_fetched_in_ranges_checked_and_indexed(setup, pdf_bytes, monkeypatch):
    make, store, index, server = setup
    monkeypatch.setattr("reader.sources.pdfs.RANGE_BYTES", 10_000)  # several requests
    server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    seen: list[tuple[int, int]] = []
    downloader = make()
    assert downloader.fetch(PAPER, progress=lambda d, t, _i: seen.append((d, t)))
    assert store.path(PAPER).read_bytes() == pdf_bytes
    assert not store.partial(PAPER).exists()
    requests = server.requests_to(f"/pdf/{PAPER}")
    assert [r.headers["Range"] for r in requests][:2] == ["bytes=0-9999", "bytes=10000-19999"]
    assert requests[0].headers["User-Agent"].startswith("DailyPapersReader/")
    assert seen[-1] == (len(pdf_bytes), len(pdf_bytes))
    record = index.get(PAPER)
    assert record is not None and record.pages == 6 and record.bytes == len(pdf_bytes)
    assert index.search("zebrafish") == [PAPER]
    assert index.search("zebraf") == [PAPER]  # partial words match
    assert downloader.fetch(PAPER) is False  # already here: no request
    assert len(server.requests_to(f"/pdf/{PAPER}")) == len(requests)


def test_a_cut_off_download_resumes_where_it_stopped(setup, pdf_bytes):
    make, store, _index, server = setup
    server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    store.folder.mkdir(parents=True)
    store.partial(PAPER).write_bytes(pdf_bytes[:5000])  # what a killed run left
    assert make().fetch(PAPER)
    assert server.requests_to(f"/pdf/{PAPER}")[0].headers["Range"].startswith("bytes=5000-")
    assert store.path(PAPER).read_bytes() == pdf_bytes


def test_a_server_that_ignores_range_still_gives_the_whole_file(setup, pdf_bytes):
    make, store, _index, server = setup
    server.route(
        f"/pdf/{PAPER}", Reply(body=pdf_bytes, headers={"Content-Type": "application/pdf"})
    )
    assert make().fetch(PAPER)
    assert store.path(PAPER).read_bytes() == pdf_bytes


def _nothing_stored(store: PdfStore, index: FullText, paper_id: str = PAPER) -> None:
    assert not store.path(paper_id).exists()
    assert not store.partial(paper_id).exists()
    assert index.get(paper_id) is None


def test_an_html_page_is_never_stored_and_ends_the_batch(setup, pdf_bytes):
    make, store, index, server = setup
    page = b"<!DOCTYPE html><html><body>Please verify you are a human</body></html>"
    server.route(f"/pdf/{PAPER}", pdf_route(page, content_type="text/html"))
    server.route(f"/pdf/{OTHER}", pdf_route(pdf_bytes))
    report = make().fetch_many([PAPER, OTHER])
    assert len(report.failed) == 1
    message = report.failed[0][1]
    assert "web page instead of the PDF of 2403.05135" in message and message.endswith(".")
    assert report.stopped == message
    assert not server.requests_to(f"/pdf/{OTHER}")  # told once, not once per paper
    _nothing_stored(store, index)


def test_a_truncated_pdf_is_never_stored(setup, pdf_bytes):
    make, store, index, server = setup
    server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes[: len(pdf_bytes) // 2]))
    with pytest.raises(PdfError, match="arrived incomplete"):
        make().fetch(PAPER)
    _nothing_stored(store, index)


def test_a_cut_connection_keeps_the_part_for_later(setup, pdf_bytes):
    make, store, index, server = setup
    server.route(f"/pdf/{PAPER}", Reply(body=pdf_bytes, truncate_to=3000))
    report = make().fetch_many([PAPER])
    assert "was not downloaded" in report.failed[0][1]
    assert not store.path(PAPER).exists() and index.get(PAPER) is None


def test_a_404_is_one_sentence_and_nothing_is_stored(setup):
    make, store, index, _server = setup
    report = make().fetch_many([PAPER])
    ((paper, message),) = report.failed
    assert paper == PAPER and "404 Not Found" in message and "\n" not in message
    _nothing_stored(store, index)


def test_a_200_mb_body_is_refused_before_it_is_downloaded(setup):
    make, store, index, server = setup
    server.route(f"/pdf/{PAPER}", huge_route(200 * 1024 * 1024))
    with pytest.raises(PdfError, match="is 200 MB, more than the 100 MB limit"):
        make().fetch(PAPER)
    assert len(server.requests_to(f"/pdf/{PAPER}")) == 1
    _nothing_stored(store, index)


def test_bytes_that_only_look_like_a_pdf_are_refused_by_qtpdf(setup):
    make, store, index, server = setup
    server.route(f"/pdf/{PAPER}", pdf_route(b"%PDF-1.4\nnot really a pdf\n%%EOF\n"))
    with pytest.raises(PdfError, match="cannot be opened"):
        make().fetch(PAPER)
    _nothing_stored(store, index)


def test_requests_are_spaced_by_the_pause(setup, pdf_bytes):
    make, _store, _index, server = setup
    times: list[float] = []
    serve = pdf_route(pdf_bytes)

    def timed(request):
        times.append(time.monotonic())
        return serve(request)

    for paper in (PAPER, OTHER):
        server.route(f"/pdf/{paper}", timed)
    report = make(pause=0.4).fetch_many([PAPER, OTHER])
    assert report.fetched == [PAPER, OTHER]
    assert len(times) == 2 and times[1] - times[0] >= 0.4


def test_the_address_comes_from_the_base():
    assert pdf_address("https://arxiv.org/pdf/", PAPER) == "https://arxiv.org/pdf/2403.05135"
    assert pdf_address("", PAPER) == "https://arxiv.org/pdf/2403.05135"


def test_eviction_never_takes_a_kept_pdf(tmp_path: Path):
    store = PdfStore(tmp_path)
    for i, paper in enumerate((PAPER, OTHER, "2401.00001")):
        store.path(paper).write_bytes(b"x" * 1000)
        stamp = time.time() - 100 + i
        import os

        os.utime(store.path(paper), (stamp, stamp))
    removed = store.evict(1500, keep={PAPER})
    assert removed == [OTHER, "2401.00001"][: len(removed)] and PAPER not in removed
    assert store.path(PAPER).exists() and store.size() <= 1500 + 1000


def test_bookmarked_queued_and_must_read_papers_want_their_pdf(library, corpus):
    from reader import triage
    from reader.importer import import_paths
    from reader.library import PaperQuery

    import_paths(library, [corpus])
    ids = library.ids(PaperQuery())[:5]
    library.set_bookmarked(ids[:2])
    triage.set_state(library, [ids[2]], "later")
    triage.set_state(library, [ids[3]], "must-read")
    triage.set_state(library, [ids[4]], "done")
    assert sorted(wanted_pdf_ids(library)) == sorted(ids[:4])


def test_a_word_only_in_a_pdf_is_found_and_said_so(library, corpus, tmp_path: Path):
    from reader.importer import import_paths
    from reader.library import PaperQuery

    import_paths(library, [corpus])
    paper = library.ids(PaperQuery())[0]
    assert library.search("zebrafish") == []
    with FullText(tmp_path / FILE_NAME) as index:
        index.record(paper, 100, ["first page", "a zebrafish on the second page"])
        hits = merged_search(library, index, "zebrafish")
        assert [(h.row.id, h.fulltext) for h in hits] == [(paper, True)]
        title_word = library.paper(paper).title.split()[0]
        index.record(paper, 100, [title_word])
        hits = merged_search(library, index, title_word)
        assert any(h.row.id == paper and not h.fulltext for h in hits)
        index.remove([paper])
        assert merged_search(library, index, "zebrafish") == []


def test_pdf_text_search_waits_for_three_letters(tmp_path: Path):
    with FullText(tmp_path / FILE_NAME) as index:
        index.record(PAPER, 10, ["diffusion models and zebrafish"])
        assert index.search("zebrafish diffus") == [PAPER]
        assert index.search("zebrafish di") == []  # a word still being typed
        assert index.search("ze") == []
        assert index.search("zeb") == [PAPER]
