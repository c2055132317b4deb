"""Each source keeps its own text of a paper; one rule picks what is shown."""

from __future__ import annotations

import json
from pathlib import Path

from reader.formats.hf_json import parse_bytes as parse_hf
from reader.formats.markdown import parse_text
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.model import PaperText, SummaryPart
from tests.digests import Entry, day_text, write_day
from tests.fake_remote import hf_item

pytest_plugins = ["tests.sync_support"]

DAY = "2025-06-02"
PID = "2506.00001"
KOREAN = ("한국어 요약 첫 문장입니다.", "한국어 요약 두 번째 문장입니다.")


def _hf_item(**extra: object) -> dict:
    item = hf_item(
        PID,
        "Scaling Things",
        upvotes=40,
        abstract="We study zebrafish scaling.",
        ai_summary="Things scale like zebrafish.",
        authors=("Ada Lovelace", "Alan Turing", "Grace Hopper"),
    )
    item["paper"].update(
        githubRepo="https://github.com/example/scaling",
        githubStars=1234,
        projectPage="https://example.org/scaling",
        ai_keywords=["scaling", "zebrafish"],
        organization={"_id": "o1", "name": "example-org", "fullname": "Example Org"},
    )
    item["numComments"] = 7
    item["paper"].update(extra)
    return item


def _store_hf(library: Library, items: list, day: str = DAY, version: str = "1") -> None:
    parsed = parse_hf(json.dumps(items).encode(), f"hf:{day}")
    assert parsed.error is None
    library.store([(f"hf:{day}", version, parsed.days, "hf")])


def _store_digest(library: Library, entries: list[Entry], key: str = "github:d", date: str = DAY):
    text = day_text(date, entries)
    library.store([(key, str(hash(text)), parse_text(text).days, "github")])


def test_import_then_hf_sync_keeps_both_texts(cli, tmp_path: Path, fake_hf):
    folder = tmp_path / "digests"
    write_day(folder, DAY, [Entry(PID, "Scaling Things", 31, KOREAN, ("Turing A", "Ada L", "+"))])
    assert cli("import", str(folder)).returncode == 0
    fake_hf.days[DAY] = [_hf_item()]
    synced = cli("sync", "--source", "hf", "--hf-url", fake_hf.url, "--since", DAY, "--until", DAY)
    assert synced.returncode == 0, synced.stderr
    shown = cli("show", PID, "--json")
    assert shown.returncode == 0, shown.stderr
    paper = json.loads(shown.stdout)
    assert paper["summary"] == [{"heading": None, "text": t, "level": 0} for t in KOREAN]
    assert (paper["language"], paper["source"]) == ("ko", "markdown")
    assert paper["texts"] == [
        {
            "source": "digest",
            "language": "ko",
            "kind": "summary",
            "parts": [{"heading": None, "text": t, "level": 0} for t in KOREAN],
        },
        {
            "source": "hf",
            "language": "en",
            "kind": "ai_summary",
            "parts": [{"heading": None, "text": "Things scale like zebrafish.", "level": 0}],
        },
        {
            "source": "hf",
            "language": "en",
            "kind": "abstract",
            "parts": [{"heading": None, "text": "We study zebrafish scaling.", "level": 0}],
        },
    ]
    assert (paper["keywords"], paper["github_repo"], paper["github_stars"]) == (
        ["scaling", "zebrafish"],
        "https://github.com/example/scaling",
        1234,
    )
    assert (paper["project_page"], paper["comments"], paper["organization"]) == (
        "https://example.org/scaling",
        7,
        "Example Org",
    )
    # Hugging Face's author list (complete, in order) beats the digest's scrambled one
    assert paper["authors"] == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    assert not paper["authors_truncated"]
    assert [(s["votes"], s["source"]) for s in paper["vote_history"]] == [
        (31, "digest"),
        (40, "hf"),
    ]
    assert paper["votes"] == 40


def test_fields_hf_does_not_know_are_null(cli, tmp_path: Path):
    write_day(tmp_path / "d", DAY, [Entry(PID, "Scaling Things", 3)])
    assert cli("import", str(tmp_path / "d")).returncode == 0
    paper = json.loads(cli("show", PID, "--json").stdout)
    for name in ("keywords", "github_repo", "github_stars", "project_page", "comments"):
        assert paper[name] is None
    assert paper["organization"] is None
    assert [t["kind"] for t in paper["texts"]] == ["summary"]


def test_no_source_replaces_another_and_each_updates_its_own(library: Library):
    _store_hf(library, [_hf_item()])
    first = library.paper(PID)
    assert first is not None and first.language == "en" and first.source == "hf"
    assert first.summary == (
        SummaryPart("AI summary", "Things scale like zebrafish."),
        SummaryPart("Abstract", "We study zebrafish scaling."),
    )
    _store_digest(library, [Entry(PID, "Scaling Things", 31, KOREAN)])
    both = library.paper(PID)
    assert both is not None and [p.text for p in both.summary] == list(KOREAN)
    assert [(t.source, t.kind) for t in both.texts] == [
        ("digest", "summary"),
        ("hf", "ai_summary"),
        ("hf", "abstract"),
    ]
    # re-syncing HF updates HF's record only; the Korean summary stays
    _store_hf(library, [_hf_item(summary="A rewritten abstract about otters.")], version="2")
    again = library.paper(PID)
    assert again is not None and [p.text for p in again.summary] == list(KOREAN)
    assert [t.parts[0].text for t in again.texts if t.kind == "abstract"] == [
        "A rewritten abstract about otters."
    ]
    # ... and an HF listing without an AI summary drops HF's old one, nothing else
    _store_hf(library, [_hf_item(ai_summary=None)], version="3")
    kinds = [(t.source, t.kind) for t in library.texts(PID)]
    assert kinds == [("digest", "summary"), ("hf", "abstract")]
    # re-importing the digest with new text touches only the digest's record
    _store_digest(library, [Entry(PID, "Scaling Things", 33, ("고친 요약입니다.",))])
    texts = library.texts(PID)
    assert [t.parts[0].text for t in texts] == ["고친 요약입니다.", "We study zebrafish scaling."]
    # the search index follows every change: old words gone, new ones found
    assert [r.id for r in library.search("고친")] == [PID]
    assert library.search("otters") == [] and library.search("한국어") == []
    assert [r.id for r in library.search("zebrafish")] == [PID]


def test_preferred_language_picks_the_summary(library: Library):
    _store_digest(library, [Entry(PID, "Scaling Things", 31, KOREAN)])
    _store_hf(library, [_hf_item()])
    english = library.paper(PID, language="en")
    assert english is not None and english.language == "en"
    assert [p.heading for p in english.summary] == ["AI summary", "Abstract"]
    assert [t.kind for t in english.texts] == ["ai_summary", "abstract", "summary"]
    korean = library.paper(PID)
    assert korean is not None and korean.language == "ko"
    assert [t.kind for t in korean.texts] == ["summary", "ai_summary", "abstract"]


def test_a_latex_title_beats_a_flattened_one_whichever_source_comes_last(library: Library):
    _store_digest(library, [Entry(PID, "LLM$\\times$MapReduce: Long Text", 5)])
    _store_hf(library, [_hf_item(title="LLMtimesMapReduce: Long Text")], day="2025-06-03")
    paper = library.paper(PID)
    assert paper is not None
    assert (paper.title, paper.title_raw) == (
        "LLM×MapReduce: Long Text",
        "LLM$\\times$MapReduce: Long Text",
    )
    assert paper.dates == (DAY, "2025-06-03")


def test_an_older_day_of_the_same_source_does_not_replace_its_newer_text(library: Library):
    _store_digest(library, [Entry(PID, "T", 9, ("새 요약입니다.",))], key="github:b", date=DAY)
    _store_digest(
        library, [Entry(PID, "T", 4, ("옛 요약입니다.",))], key="github:a", date="2025-06-01"
    )
    assert [t.parts[0].text for t in library.texts(PID)] == ["새 요약입니다."]
    assert library.paper(PID).dates == ("2025-06-01", DAY)  # type: ignore[union-attr]


def test_local_files_and_the_archive_share_one_digest_text(library: Library, tmp_path: Path):
    """The same Korean digest from a folder and from GitHub is one text, not two tabs."""
    write_day(tmp_path / "d", DAY, [Entry(PID, "T", 9, ("로컬 요약입니다.",))])
    import_paths(library, [tmp_path / "d"])
    _store_digest(library, [Entry(PID, "T", 9, ("아카이브 요약입니다.",))])
    assert library.texts(PID) == [
        PaperText("digest", "ko", "summary", (SummaryPart(None, "아카이브 요약입니다."),), DAY)
    ]
    assert library.paper(PID).source == "github"  # type: ignore[union-attr]


def test_has_code_filter(library: Library):
    plain = hf_item("2506.00002", "No code here", upvotes=90)
    _store_hf(library, [_hf_item(), plain])
    assert [r.id for r in library.rows(PaperQuery(date=DAY))] == ["2506.00002", PID]
    assert [r.id for r in library.rows(PaperQuery(date=DAY, has_code=True))] == [PID]
    assert [r.has_code for r in library.rows(PaperQuery(date=DAY))] == [False, True]
    assert library.count(PaperQuery(has_code=True)) == 1


def test_a_bad_hf_vote_keeps_the_digests_count(cli, tmp_path: Path, fake_hf):
    """A bad value is a warning about its entry: it must not wipe a good count of another source."""
    folder = tmp_path / "digests"
    write_day(folder, DAY, [Entry(PID, "Scaling Things", 31, KOREAN, ("Turing A",))])
    assert cli("import", str(folder)).returncode == 0
    fake_hf.days[DAY] = [_hf_item(upvotes=10**30)]
    synced = cli("sync", "--source", "hf", "--hf-url", fake_hf.url, "--since", DAY, "--until", DAY)
    assert synced.returncode == 0, synced.stderr
    assert "Traceback" not in synced.stderr
    paper = json.loads(cli("show", PID, "--json").stdout)
    assert paper["votes"] == 31
    day = json.loads(cli("papers", "--date", DAY, "--json").stdout)
    assert [(p["id"], p["votes"]) for p in day] == [(PID, 31)]
