"""Schema migrations, proven on a library that the schema-2 code wrote (tests/data/)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.formats.hf_json import parse_bytes as parse_hf
from reader.importer import import_paths
from reader.library import Library
from reader.model import SummaryPart
from reader.schema import MIGRATIONS
from tests.digests import DEEPSEEK_R1, Entry, write_day
from tests.fake_remote import hf_item
from tests.files_support import file_rows

DATA = Path(__file__).parent / "data"
USER_TABLES = ("bookmarks", "read_state", "notes", "tags")
SAMPLE_DATES = ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03"]


@pytest.fixture
def old_library(tmp_path: Path) -> Path:
    """A copy of tests/data/library-v2.sqlite (see make_library_v2.py for what it holds)."""
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v2.sqlite", path)
    return path


def test_a_schema_2_library_migrates_in_place_with_nothing_lost(old_library: Path):
    assert file_rows(old_library, "PRAGMA user_version") == [(2,)]
    marks = {t: file_rows(old_library, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES}
    totals = file_rows(old_library, "SELECT date, papers FROM day_totals ORDER BY date")
    papers = file_rows(
        old_library, "SELECT id, title, title_raw, votes, last_date FROM papers ORDER BY id"
    )
    assert len(papers) == 32 and marks["bookmarks"] and marks["notes"]

    with Library(old_library) as library:
        digest = library.paper("2501.00001")
        hf = library.paper("2501.00002")
        abstract_only = library.paper("2501.00003")
        days = library.days()
        history = library.vote_history("2501.00001")
        found = [r.id for r in library.search("요약")], [r.id for r in library.search("summary")]
    assert file_rows(old_library, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    assert {
        t: file_rows(old_library, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES
    } == marks
    assert file_rows(old_library, "SELECT date, papers FROM day_totals ORDER BY date") == totals
    assert (
        file_rows(
            old_library, "SELECT id, title, title_raw, votes, last_date FROM papers ORDER BY id"
        )
        == papers
    )
    # the Korean digest text, now the digest's own record
    assert digest is not None and digest.title == "Test Paper with × LaTeX"
    assert digest.summary == (
        SummaryPart(None, "첫 번째 요약 문장입니다."),
        SummaryPart("What's New", "두 번째 문장입니다."),
    )
    assert [(t.source, t.kind, t.language) for t in digest.texts] == [("digest", "summary", "ko")]
    assert digest.authors == ("Kim A", "Lee B", "Park C") and digest.authors_truncated
    # a Hugging Face paper: its two headed parts became two texts; shown as before
    assert hf is not None and (hf.source, hf.language) == ("hf", "en")
    assert hf.summary == (
        SummaryPart("AI summary", "This is the AI summary."),
        SummaryPart("Abstract", "This is the abstract."),
    )
    assert [(t.kind, t.parts) for t in hf.texts] == [
        ("ai_summary", (SummaryPart(None, "This is the AI summary."),)),
        ("abstract", (SummaryPart(None, "This is the abstract."),)),
    ]
    assert abstract_only is not None
    assert [(t.kind, t.parts[0].text) for t in abstract_only.texts] == [
        ("abstract", "Only an abstract here.")
    ]
    # today's counts are the first snapshot of each paper's history
    assert [(s.votes, s.source) for s in history] == [(31, "digest")]
    # the first-run samples of the old app are recognised as samples
    assert [d.date for d in days if d.sample] == SAMPLE_DATES
    assert [d.date for d in days if not d.sample] == ["2025-01-24", "2025-01-23"]
    # the search index still matches what is stored
    assert "2501.00001" in found[0] and found[1] == ["2501.00002"]


def test_the_old_samples_go_with_the_first_real_import(old_library: Path, tmp_path: Path):
    with Library(old_library) as library:
        before = library.paper(DEEPSEEK_R1)
        assert before is not None and before.votes == 187  # the sample's made-up count
        assert before.dates == ("2025-01-23", "2025-02-06")
        write_day(tmp_path / "real", "2025-03-01", [Entry("2503.00001", "Real", 5)])
        assert import_paths(library, [tmp_path / "real"]).imported == 1
        days = library.days()
        after = library.paper(DEEPSEEK_R1)
        history = library.vote_history(DEEPSEEK_R1)
        stale = [r.id for r in library.search("ReAct")]
        hashes = library.source_hashes()
    assert [d.date for d in days] == ["2025-03-01", "2025-01-24", "2025-01-23"]
    assert not any(d.sample for d in days)
    # DeepSeek-R1 keeps only what the real digest said; the sample's text is gone and
    # the real file it came from will be read again by the next import
    assert after is not None and after.dates == ("2025-01-23",) and after.votes == 96
    assert [(s.votes, s.source) for s in history] == [(96, "digest")]
    assert after.texts == () and after.summary == ()
    (key,) = [k for k in hashes if k.endswith("2025/01/23.md")]
    assert hashes[key] == ""
    assert stale == []
    # marks on a sample-only paper wait under its id
    assert ("2201.11903",) in [r[:1] for r in file_rows(old_library, "SELECT * FROM read_state")]


def test_migrated_texts_leave_the_search_index_cleanly(old_library: Path):
    with Library(old_library) as library:
        assert [r.id for r in library.search("summary")] == ["2501.00002"]
        item = hf_item("2501.00002", "An English Only Paper", ai_summary="Otters swim.")
        parsed = parse_hf(json.dumps([item]).encode(), "hf:2025-01-24")
        library.store([("hf:2025-01-24", "new", parsed.days, "hf")])
        assert library.search("summary") == []
        assert [r.id for r in library.search("otters")] == ["2501.00002"]
        assert [r.id for r in library.search("English")] == ["2501.00002"]
        assert library.check() is None


def test_a_migrated_library_opens_again_unchanged(old_library: Path):
    with Library(old_library) as library:
        first = (library.days(), library.texts("2501.00002"), library.vote_history("2501.00002"))
    with Library(old_library) as library:
        again = (library.days(), library.texts("2501.00002"), library.vote_history("2501.00002"))
    assert again == first
    # one text per paper, two for the paper with an AI summary and an abstract
    assert file_rows(old_library, "SELECT count(*) FROM texts") == [(33,)]
