"""Bundled samples are flagged, and the first real import or sync removes every one of them."""

from __future__ import annotations

import json
from pathlib import Path

from reader.formats.hf_json import parse_bytes as parse_hf
from reader.library import Library, PaperQuery
from reader.samples import SAMPLES_DIR, import_samples
from tests.digests import DEEPSEEK_R1, Entry, real_archive, write_day
from tests.fake_remote import hf_item

SAMPLE_DATES = ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03"]


def _json(result) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_first_run_then_a_real_import_leaves_only_real_data(cli, tmp_path: Path):
    # the window's first-run path, offscreen: an empty data folder gets the samples
    shot = cli("screenshot", str(tmp_path / "first.png"), timeout=120)
    assert shot.returncode == 0, shot.stderr
    assert [d["date"] for d in _json(cli("days", "--json"))] == SAMPLE_DATES
    sample = _json(cli("show", DEEPSEEK_R1, "--json"))
    assert sample["votes"] == 187 and sample["dates"] == ["2025-02-06"]
    assert [p["id"] for p in _json(cli("search", "ReAct", "--json"))] == ["2210.03629"]
    # marks put on sample papers: one that the real data also has, one it has not
    assert cli("bookmark", "add", DEEPSEEK_R1, "2201.11903").returncode == 0
    assert cli("read", DEEPSEEK_R1).returncode == 0

    real = tmp_path / "real"
    ids = real_archive(real)
    imported = cli("import", str(real))
    assert imported.returncode == 0, imported.stderr

    paper = _json(cli("show", DEEPSEEK_R1, "--json"))
    assert paper["dates"] == ["2025-01-23"] and paper["votes"] == 96
    assert [s["votes"] for s in paper["vote_history"]] == [96]
    assert paper["summary"] == [
        {"heading": None, "text": "실제 디지스트의 DeepSeek-R1 요약입니다.", "level": 0}
    ]
    assert [t["source"] for t in paper["texts"]] == ["digest"]
    assert paper["bookmarked"] and paper["read"]  # marks are keyed by arXiv id
    listed = _json(cli("papers", "--date", "2025-02-06", "--json"))
    assert [p["id"] for p in listed] == ids["2025-02-06"]
    days = _json(cli("days", "--json"))
    assert {d["date"]: d["papers"] for d in days} == {"2025-02-06": 15, "2025-01-23": 2}
    # a sample-only paper is gone, its bookmark waits for it under its id
    gone = cli("show", "2201.11903", "--json")
    assert gone.returncode == 2 and "No paper" in gone.stderr
    assert _json(cli("bookmark", "list", "--json")) == [_json(cli("show", DEEPSEEK_R1, "--json"))]
    # the search index forgot them too (real papers now hold the samples' row numbers)
    missed = cli("search", "ReAct", "--json")
    assert missed.returncode == 1 and json.loads(missed.stdout) == []


def test_sample_days_are_flagged_until_real_data_arrives(library: Library, tmp_path: Path):
    report = import_samples(library, SAMPLES_DIR)
    assert report.imported == 4 and not report.failed
    assert [(d.date, d.sample) for d in library.days()] == [(d, True) for d in SAMPLE_DATES]
    assert library.is_sample_day("2025-02-03") and not library.is_sample_day("2024-01-01")
    assert library.has_samples() and not library.has_real_data()
    write_day(tmp_path / "real", "2025-03-01", [Entry("2503.00001", "Real", 5)])
    from reader.importer import import_paths

    assert import_paths(library, [tmp_path / "real"]).imported == 1
    assert [(d.date, d.sample) for d in library.days()] == [("2025-03-01", False)]
    assert not library.has_samples() and library.has_real_data()
    assert library.counts()["all"] == 1
    # samples never come back once real data is there
    assert import_samples(library, SAMPLES_DIR).imported == 0
    assert [d.date for d in library.days()] == ["2025-03-01"]


def test_a_hugging_face_day_also_removes_the_samples(library: Library):
    import_samples(library, SAMPLES_DIR)
    data = json.dumps([hf_item(DEEPSEEK_R1, "DeepSeek-R1", upvotes=300)]).encode()
    parsed = parse_hf(data, "hf:2025-01-22")
    library.store([("hf:2025-01-22", "h1", parsed.days, "hf")])
    assert [d.date for d in library.days()] == ["2025-01-22"]
    paper = library.paper(DEEPSEEK_R1)
    assert paper is not None and paper.dates == ("2025-01-22",) and paper.votes == 300
    assert [(t.source, t.kind) for t in paper.texts] == [("hf", "ai_summary"), ("hf", "abstract")]
    assert [(s.votes, s.source) for s in library.vote_history(DEEPSEEK_R1)] == [(300, "hf")]
    assert library.rows(PaperQuery(date="2025-02-06")) == []
    assert library.search("Toolformer") == []


def test_a_re_import_of_the_samples_keeps_them_samples(library: Library):
    import_samples(library, SAMPLES_DIR)
    before = library.days()
    again = import_samples(library, SAMPLES_DIR)
    assert again.unchanged == 4 and library.days() == before
