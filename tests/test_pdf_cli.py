"""``pdf get|list|remove`` and ``search --json`` in subprocesses, against a loopback server."""

from __future__ import annotations

import json

import pytest

from tests.httpserver import Reply
from tests.pdf_fixtures import make_pdf, pdf_route

PAPER = "2403.05530"  # a paper of the shared corpus (2024-03-11)
OTHER = "2403.05135"


@pytest.fixture(scope="module")
def pdf_bytes(qapp, tmp_path_factory) -> bytes:
    return make_pdf(
        tmp_path_factory.mktemp("pdf") / "p.pdf", pages=3, marker="axolotl"
    ).read_bytes()


@pytest.fixture
def imported(cli, corpus):
    result = cli("import", str(corpus))
    assert result.returncode == 0, result.stderr
    return cli


def _get(cli, server, *ids: str, extra: tuple[str, ...] = ()):
    return cli("pdf", "get", *ids, "--pdf-url", server.url_for("/pdf"), "--pause", "0", *extra)


def test_get_list_search_remove(imported, http_server, pdf_bytes):
    cli = imported
    http_server.route(f"/pdf/{PAPER}", pdf_route(pdf_bytes))
    miss = cli("search", "axolotl", "--json")
    assert miss.returncode == 1 and json.loads(miss.stdout) == []

    got = _get(cli, http_server, PAPER)
    assert got.returncode == 0, got.stderr
    assert "1 PDF downloaded" in got.stdout

    listed = json.loads(cli("pdf", "list", "--json").stdout)
    assert len(listed) == 1
    item = listed[0]
    assert item["id"] == PAPER and item["pages"] == 3 and item["bytes"] == len(pdf_bytes)
    assert item["path"].endswith(f"cache/pdfs/{PAPER}.pdf")

    found = cli("search", "axolotl", "--json")
    assert found.returncode == 0, found.stderr
    (hit,) = json.loads(found.stdout)
    assert hit["id"] == PAPER and hit["fulltext"] is True
    title_hits = json.loads(cli("search", "Gemini", "--json").stdout)
    assert title_hits and all(h["fulltext"] is False for h in title_hits)

    again = _get(cli, http_server, PAPER)  # already here: no second download
    assert "1 already here" in again.stdout
    assert len(http_server.requests_to(f"/pdf/{PAPER}")) == 1

    removed = cli("pdf", "remove", PAPER)
    assert removed.returncode == 0 and "1 PDF removed" in removed.stdout
    assert json.loads(cli("pdf", "list", "--json").stdout) == []
    assert cli("search", "axolotl", "--json").returncode == 1


def test_get_bookmarked(imported, http_server, pdf_bytes):
    cli = imported
    assert cli("bookmark", "add", OTHER).returncode == 0
    http_server.route(f"/pdf/{OTHER}", pdf_route(pdf_bytes))
    got = _get(cli, http_server, extra=("--bookmarked",))
    assert got.returncode == 0, got.stderr
    assert [i["id"] for i in json.loads(cli("pdf", "list", "--json").stdout)] == [OTHER]


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        (
            Reply(body=b"<html><body>captcha</body></html>", headers={"Content-Type": "text/html"}),
            "sent a web page instead of the PDF of 2403.05530",
        ),
        (None, "404 Not Found"),
    ],
)
def test_bad_answers_are_one_sentence_and_store_nothing(imported, http_server, reply, sentence):
    cli = imported
    if reply is not None:
        http_server.route(f"/pdf/{PAPER}", reply)
    got = _get(cli, http_server, PAPER)
    assert got.returncode == 1
    assert sentence in got.stderr and "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1
    assert json.loads(cli("pdf", "list", "--json").stdout) == []


def test_bad_ids_are_refused(imported):
    cli = imported
    unknown = cli("pdf", "get", "2501.99999", "--pause", "0")
    assert unknown.returncode == 2 and "No paper with id 2501.99999" in unknown.stderr
    odd = cli("pdf", "remove", "../../etc/passwd")
    assert odd.returncode == 2 and "is not an arXiv id" in odd.stderr
    empty = cli("pdf", "get")
    assert empty.returncode == 2 and "--bookmarked" in empty.stderr
