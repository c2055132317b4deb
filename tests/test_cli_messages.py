"""Defects a QA pass found in the command line, each run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from reader.plural import count_noun
from tests.digests import Entry, write_day

ONE = Entry("2504.00001", "Dynamic Tanh for normalisation-free transformers", 12)
TWO = Entry("2504.00002", "A survey of everything", 3)


@pytest.fixture
def imported(cli, tmp_path: Path):
    write_day(tmp_path / "d", "2025-04-01", [ONE, TWO])
    result = cli("import", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "1 file imported (2 papers, 2 new, 1 new day); 0 unchanged." in result.stdout
    return cli


def test_count_noun():
    assert [count_noun(n, "paper") for n in (0, 1, 2)] == ["0 papers", "1 paper", "2 papers"]
    assert count_noun(1, "PDF") == "1 PDF" and count_noun(3, "PDF") == "3 PDFs"
    assert count_noun(2, "new day") == "2 new days" and count_noun(2, "entry") == "2 entries"
    assert count_noun(2, "match") == "2 matches" and count_noun(2, "child", "children") == (
        "2 children"
    )


def test_singular_messages(imported):
    cli = imported
    added = cli("watch", "add", "Dynamic Tanh")
    assert added.stdout == "Watching 'Dynamic Tanh': 1 paper hit.\n", added.stderr
    listed = cli("watch", "list").stdout
    assert "1 hit, 0 new" in listed
    queued = cli("state", "set", "later", ONE.id)
    assert queued.returncode == 0 and queued.stdout == "1 paper put in the queue.\n"
    must = cli("state", "set", "must-read", ONE.id, TWO.id)
    assert must.stdout == "2 papers marked must-read.\n"
    assert cli("days").stdout.split() == ["2025-04-01", "2", "papers", "2", "unread"]
    assert cli("read", ONE.id).stdout == "1 paper marked read.\n"


def test_watch_add_exclude_before_or_after_the_term(imported):
    cli = imported
    before = cli("watch", "add", "--exclude", "survey")
    assert before.returncode == 0, before.stderr
    assert before.stdout == "Excluding 'survey': 1 paper hit.\n"
    after = cli("watch", "add", "tanh", "--exclude")
    assert after.returncode == 0 and after.stdout.startswith("Excluding 'tanh'")
    terms = {t["term"]: t["exclude"] for t in json.loads(cli("watch", "list", "--json").stdout)}
    assert terms == {"survey": True, "tanh": True}
    tagged = cli("tag", "add", "--json", ONE.id, "norm")  # any command, the same order rule
    assert tagged.returncode == 0, tagged.stderr


def test_pdf_list_says_when_empty(cli):
    empty = cli("pdf", "list")
    assert empty.returncode == 0 and empty.stdout == "No PDFs downloaded yet.\n"
    as_json = cli("pdf", "list", "--json")
    assert json.loads(as_json.stdout) == []


def test_markdown_export_of_bookmarks_without_notes(imported):
    cli = imported
    assert cli("bookmark", "add", ONE.id).returncode == 0
    none = cli("export", "--format", "markdown", "--bookmarked")
    assert none.returncode == 1 and none.stdout == ""
    assert none.stderr == "No bookmarked paper has a note to export.\n"
    assert cli("export", "--format", "markdown").stderr == "No paper has a note to export.\n"

    assert cli("note", "set", TWO.id, "Read the tables").returncode == 0
    assert cli("export", "--format", "markdown", "--bookmarked").returncode == 1
    assert cli("note", "set", ONE.id, "Worth a try").returncode == 0
    only = cli("export", "--format", "markdown", "--bookmarked")
    assert only.returncode == 0 and "Worth a try" in only.stdout
    assert "Read the tables" not in only.stdout and f"arxiv.org/abs/{ONE.id}" in only.stdout


def test_exports_get_the_umask_mode(imported, tmp_path: Path):
    cli = imported
    old = os.umask(0o022)
    try:
        bib = tmp_path / "refs.bib"
        assert cli("export", "--format", "bibtex", "-o", str(bib)).returncode == 0
        state = tmp_path / "state.json"
        assert cli("userstate", "export", "-o", str(state)).returncode == 0
        os.umask(0o027)
        kept = tmp_path / "kept.csv"
        kept.write_text("old")
        kept.chmod(0o640)
        assert cli("export", "--format", "csv", "-o", str(kept)).returncode == 0
        other = tmp_path / "other.json"
        assert cli("export", "-o", str(other)).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(bib.stat().st_mode) == 0o644
    assert stat.S_IMODE(state.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and "2504.00001" in kept.read_text()
    assert stat.S_IMODE(other.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_library_files_stay_private(tmp_path: Path):
    from reader.fsutil import atomic_write

    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "own.bin", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "own.bin").stat().st_mode) == 0o600


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_search_is_a_usage_error(imported, query):
    result = imported("search", query)
    assert result.returncode == 2 and result.stderr == "Give a word to search for.\n"


def test_export_into_a_missing_folder_is_refused(imported, tmp_path: Path):
    target = tmp_path / "no-such-folder" / "refs.bib"
    result = imported("export", "--format", "bibtex", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == f"Cannot write {target}: the folder does not exist.\n"
    assert not target.parent.exists()
