"""Watch lists: include and exclude terms, hits found at import time and when a term is added."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader import triage, watch
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.userstate import marks
from tests.digests import Entry, write_day

ANIME = Entry(
    "2503.10001",
    "Character Motion Synthesis",
    40,
    ("이 논문의 애니메이션은 자연스럽습니다.", "동작을 생성합니다."),
    ("Park Jisoo", "Ann Smith"),
)
DIFFUSION = Entry(
    "2503.10002",
    "Faster Diffusion Models for Video",
    30,
    ("A latent diffusion model runs in fewer steps.",),
    ("Kim Minsu",),
)
REVERSED = Entry("2503.10003", "A Model for Diffusion of Ideas", 20, ("Social networks.",))
PLAIN = Entry("2503.10004", "Tabular Learning", 10, ("표 데이터를 다룹니다.",), ("Lee Jiwon",))


def _import(library: Library, folder: Path, date: str, entries: list[Entry]) -> None:
    write_day(folder, date, entries)
    report = import_paths(library, [folder])
    assert report.imported >= 1, report.summary()


def _hits_table(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return set(
            conn.execute(
                "SELECT w.term, h.paper_id FROM watch_hits h JOIN watch_terms w ON w.id = h.term_id"
            ).fetchall()
        )
    finally:
        conn.close()


def test_korean_term_hits_a_word_with_a_particle_after_it(library: Library, tmp_path: Path):
    _import(library, tmp_path / "d", "2025-03-10", [ANIME, PLAIN])
    term = watch.add_term(library, "애니메이션")
    assert (term.hits, term.new_hits, term.exclude) == (1, 0, False)
    assert watch.paper_hits(library, ANIME.id) == [("애니메이션", False)]
    assert watch.paper_hits(library, PLAIN.id) == []
    # a longer word is not matched by a term that is not its start
    assert watch.add_term(library, "니메이션").hits == 0


def test_matching_is_case_insensitive_word_start_and_phrases_keep_order(
    library: Library, tmp_path: Path
):
    _import(library, tmp_path / "d", "2025-03-10", [DIFFUSION, REVERSED, PLAIN])
    assert watch.add_term(library, "DIFFUS").hits == 2  # a partial word, any case
    phrase = watch.add_term(library, "diffusion  model")
    assert phrase.term == "diffusion model" and phrase.hits == 1
    assert watch.paper_hits(library, DIFFUSION.id) == [
        ("DIFFUS", False),
        ("diffusion model", False),
    ]
    assert watch.add_term(library, "Kim Minsu").hits == 2  # an author (also the default one)
    assert watch.add_term(library, "Minsu Kim").hits == 0  # words in order
    assert watch.add_term(library, "usion").hits == 0  # inside a word: no
    with pytest.raises(ValueError, match="two letters or digits"):
        watch.add_term(library, "x!")


def test_hits_are_found_at_import_time_and_are_new_until_seen(library: Library, tmp_path: Path):
    _import(library, tmp_path / "d", "2025-03-10", [PLAIN])
    watch.add_term(library, "애니메이션")
    watch.add_term(library, "video", exclude=True)
    assert _hits_table(library.path) == set()
    _import(library, tmp_path / "d", "2025-03-11", [ANIME, DIFFUSION])
    # the import itself stored the hits (read straight from the file)
    assert _hits_table(library.path) == {("애니메이션", ANIME.id), ("video", DIFFUSION.id)}
    found = {t.term: (t.hits, t.new_hits, t.exclude) for t in watch.terms(library)}
    assert found == {"애니메이션": (1, 1, False), "video": (1, 1, True)}
    assert watch.new_hit_count(library) == 1  # include terms only
    watch.mark_seen(library, "애니메이션")
    assert {t.term: t.new_hits for t in watch.terms(library)} == {"애니메이션": 0, "video": 1}
    watch.mark_seen(library)
    assert watch.new_hit_count(library) == 0


def test_a_text_that_no_longer_matches_loses_its_hit(library: Library, tmp_path: Path):
    _import(library, tmp_path / "d", "2025-03-10", [ANIME])
    watch.add_term(library, "애니메이션")
    changed = Entry(ANIME.id, ANIME.title, 41, ("다른 요약입니다.",), ANIME.authors)
    _import(library, tmp_path / "d", "2025-03-10", [changed])
    assert watch.paper_hits(library, ANIME.id) == []


def test_exclude_terms_dim_and_never_hide(library: Library, tmp_path: Path):
    _import(library, tmp_path / "d", "2025-03-10", [ANIME, DIFFUSION, PLAIN])
    watch.add_term(library, "video", exclude=True)
    watch.add_term(library, "Tabular")
    row = marks(library, [DIFFUSION.id, PLAIN.id, ANIME.id])
    assert row[DIFFUSION.id].excluded == ("video",) and row[DIFFUSION.id].watch == ()
    assert row[PLAIN.id].watch == ("Tabular",)
    # every paper is still listed; include hits come first in Catch-up, excluded ones stay
    day = [r.id for r in library.rows(PaperQuery(date="2025-03-10"), 0, 10)]
    assert sorted(day) == sorted([ANIME.id, DIFFUSION.id, PLAIN.id])
    assert triage.catchup_ids(library)[0] == PLAIN.id
    assert DIFFUSION.id in triage.catchup_ids(library)
    # the term's own list
    assert [r.id for r in library.rows(PaperQuery(view="all", watch_term="VIDEO"), 0, 9)] == [
        DIFFUSION.id
    ]
    # switching a term to include keeps it one term
    watch.add_term(library, "Video")
    assert [(t.term, t.exclude) for t in watch.terms(library)] == [
        ("Tabular", False),
        ("Video", False),
    ]


def test_removing_a_term_drops_its_hits_and_adding_it_back_finds_them(
    library: Library, tmp_path: Path
):
    _import(library, tmp_path / "d", "2025-03-10", [ANIME, DIFFUSION])
    watch.add_term(library, "diffusion")
    assert watch.remove_term(library, "Diffusion")
    assert not watch.remove_term(library, "diffusion")
    assert watch.terms(library) == [] and _hits_table(library.path) == set()
    assert watch.add_term(library, "diffusion").hits == 1


def test_highlight_pattern_finds_what_matched():
    regex = watch.highlight_pattern("애니메이션")
    found = regex.search("이 논문의 애니메이션은 자연스럽습니다.")
    assert found is not None and found.group(0) == "애니메이션"
    assert watch.highlight_pattern("latent DIFFUSION").search("A Latent diffusion model")


def test_watch_cli(cli, tmp_path: Path):
    folder = tmp_path / "digests"
    write_day(folder, "2025-03-10", [ANIME, DIFFUSION, PLAIN])
    assert cli("import", str(folder)).returncode == 0
    added = cli("watch", "add", "애니메이션")
    assert added.returncode == 0 and "1 paper hit" in added.stdout
    assert cli("watch", "add", "video", "--exclude").returncode == 0
    listed = json.loads(cli("watch", "list", "--json").stdout)
    assert listed == [
        {"term": "애니메이션", "exclude": False, "hits": 1, "new_hits": 0},
        {"term": "video", "exclude": True, "hits": 1, "new_hits": 0},
    ]
    shown = json.loads(cli("show", ANIME.id, "--json").stdout)
    assert shown["watch_hits"] == [{"term": "애니메이션", "exclude": False}]
    # a new day brings a new hit
    write_day(folder, "2025-03-11", [Entry("2503.20001", "More", 5, ("애니메이션을 만듭니다.",))])
    assert cli("import", str(folder)).returncode == 0
    listed = json.loads(cli("watch", "list", "--json").stdout)
    assert listed[0] == {"term": "애니메이션", "exclude": False, "hits": 2, "new_hits": 1}
    removed = cli("watch", "remove", "VIDEO")
    assert removed.returncode == 0
    assert [t["term"] for t in json.loads(cli("watch", "list", "--json").stdout)] == ["애니메이션"]
    bad = cli("watch", "remove", "nothing")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    short = cli("watch", "add", "x")
    assert short.returncode == 2 and "two letters or digits" in short.stderr


def test_papers_that_leave_the_library_take_their_hits(library: Library, tmp_path: Path):
    from reader.samples import import_samples

    import_samples(library)
    sample_hits = watch.add_term(library, "attention").hits
    assert sample_hits >= 1
    _import(library, tmp_path / "d", "2025-03-10", [ANIME])  # real data: samples go
    assert library.query("SELECT count(*) FROM papers")[0][0] == 1
    assert [(t.term, t.hits) for t in watch.terms(library)] == [("attention", 0)]
    assert _hits_table(library.path) == set()
