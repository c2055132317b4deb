"""Related papers and "For you" on real libraries: the 17 real digest days, imported for real."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.importer import import_paths
from reader.library import Library
from reader.recommend import Recommender, Signals, signals
from reader.simindex import SimilarityIndex
from reader.textfeatures import features, hangul_stem, terms

VIDEO_PAPERS = ("2311.10709", "2312.06662", "2311.12052")  # Emu Video, W.A.L.T, MagicDance


@pytest.fixture
def real(tmp_path: Path, corpus: Path):
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, [corpus])
    index = SimilarityIndex(tmp_path / "cache" / "similar.sqlite3", library.path)
    index.update()
    yield library, index
    index.close()
    library.close()


def test_korean_particles_and_endings_are_stripped_to_the_stem() -> None:
    assert hangul_stem("애니메이션은") == "애니메이션"
    assert hangul_stem("개선하는") == "개선"
    assert hangul_stem("모델들은") == "모델"
    assert hangul_stem("데이터셋에서의") == "데이터셋"
    assert hangul_stem("모델") == "모델"  # two syllables always remain
    assert terms("Diffusion Models for 비디오를 생성합니다") == [
        "diffusion",
        "model",
        "비디오",
        "생성",
    ]
    counts = features("Video Diffusion", ["비디오 확산 모델을 제안한다"])
    assert counts["video"] == 3 and counts["비디오"] == 1  # title terms count three times
    assert set(terms("비디오를", "bigrams")) == {"비디", "디오", "오를"}


def test_related_papers_share_the_topic_and_say_why(real) -> None:
    library, index = real
    related = Recommender(library, index).related("2311.10709", limit=8)  # Emu Video
    assert len(related) == 8
    assert "2311.10709" not in [s.id for s in related]
    video = [s for s in related if "video" in s.title.lower()]
    assert len(video) >= 5, [s.title for s in related]  # random: 0.6 of 8 (19 of 255)
    assert all(s.why for s in related)
    assert {"video", "비디오"} & set(related[0].why)
    assert related == sorted(related, key=lambda s: -s.score)


def test_recommend_ranks_unread_papers_like_the_bookmarks_and_learns_from_dismissals(
    real,
) -> None:
    library, index = real
    rec = Recommender(library, index)
    assert rec.recommend() == []  # nothing kept yet
    library.set_bookmarked(VIDEO_PAPERS)
    library.set_read(["2403.05438"])  # VideoElevator: read, so not suggested
    first = rec.recommend(limit=10)
    ids = [s.id for s in first]
    assert not set(ids) & {*VIDEO_PAPERS, "2403.05438"}
    assert sum("video" in s.title.lower() for s in first) >= 7, [s.title for s in first]
    assert all(s.like_id in VIDEO_PAPERS for s in first)
    assert first[0].reason().count("like “") == 1

    gone = ids[0]
    assert library.set_dismissed([gone]) == [gone]
    assert signals(library) == Signals(dict.fromkeys(VIDEO_PAPERS, 1.0), (gone,))
    after = rec.recommend(limit=10)
    assert gone not in [s.id for s in after]
    assert library.set_dismissed([gone], False) == [gone]
    assert library.dismissed_ids() == []
    assert gone in [s.id for s in rec.recommend(limit=10)]


def test_a_days_import_updates_the_index_incrementally(tmp_path: Path, corpus: Path) -> None:
    days = sorted(p for p in corpus.rglob("*.md") if p.name != "ATTRIBUTION.md")
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, days[:-1])
    index = SimilarityIndex(tmp_path / "similar.sqlite3", library.path)
    built = index.update()
    assert built.rebuilt and built.papers == index.size() > 200
    again = index.update()
    assert (again.added, again.removed, again.rebuilt) == (0, 0, False)
    import_paths(library, days[-1:])  # 2025-05-09: 20 new papers
    day = index.update()
    assert (day.added, day.removed, day.rebuilt) == (20, 0, False)
    assert index.size() == built.papers + 20
    rec = Recommender(library, index)
    # a new paper finds its neighbours, and old papers find it
    survey = rec.related("2505.04921", 5)  # a survey on multimodal reasoning models
    assert survey and all(s.why for s in survey)
    assert any(s.id == "2505.04921" for s in rec.related(survey[0].id, 10))
    index.close()
    library.close()


def test_a_damaged_index_is_rebuilt_and_the_library_is_never_written(
    tmp_path: Path, corpus: Path
) -> None:
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, [corpus])
    library.close()
    before = (tmp_path / "library.sqlite3").read_bytes()
    bad = tmp_path / "similar.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    index = SimilarityIndex(bad, tmp_path / "library.sqlite3")
    assert index.update().papers == 255
    index.close()
    assert (tmp_path / "library.sqlite3").read_bytes() == before
    conn = sqlite3.connect(bad)
    assert conn.execute("SELECT count(*) FROM docs").fetchone()[0] == 255
    conn.close()


def test_the_index_follows_the_library_when_papers_go(tmp_path: Path, corpus: Path) -> None:
    src = tmp_path / "digests"
    for rel in ("2024/03/11.md", "2024/10/16.md", "2024/10/18.md"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus / rel, src / rel)
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, [src])
    index = SimilarityIndex(tmp_path / "similar.sqlite3", library.path)
    n = index.update().papers
    # the day shrinks to its first paper: the others leave the library and the index
    text = (src / "2024/03/11.md").read_text("utf-8")
    head, *entries = text.split("\n### ")
    (src / "2024/03/11.md").write_text(head + "\n### " + entries[0], "utf-8")
    import_paths(library, [src])
    stats = index.update()
    gone = len(entries) - 1
    # the kept paper's text was stored again, so it is indexed again (removed, added)
    assert (stats.removed, stats.added) == (gone + 1, 1) and index.size() == n - gone
    assert Recommender(library, index).related("2403.05530", 5) == []  # gone from the library
    index.close()
    library.close()


def test_a_schema_2_library_gains_the_dismissed_table_with_marks_intact(tmp_path: Path) -> None:
    stored = Path(__file__).parent / "data" / "library-v2.sqlite"
    copy = tmp_path / "library.sqlite3"
    shutil.copy(stored, copy)
    conn = sqlite3.connect(copy)
    bookmarks = sorted(r[0] for r in conn.execute("SELECT paper_id FROM bookmarks"))
    conn.close()
    with Library(copy) as library:
        assert library.dismissed_ids() == []
        assert sorted(library.bookmarked_ids()) == bookmarks
        some = library.rows(library_query(), 0, 1)[0].id
        assert library.set_dismissed([some]) == [some]
        assert library.set_dismissed([some]) == []  # already dismissed: nothing changes
        assert library.triaged([some]) == {some}


def library_query():
    from reader.library import PaperQuery

    return PaperQuery()


def test_must_read_queued_and_noted_papers_count_as_kept(real) -> None:
    from reader import notes_tags, triage

    library, index = real
    triage.set_state(library, ["2311.10709"], "must-read")
    triage.set_state(library, ["2312.06662"], "later")
    notes_tags.set_note(library, "2311.12052", "dance video, read the method")
    triage.set_state(library, ["2403.05438"], "skipped")  # skipped: not kept, not suggested
    found = signals(library)
    assert found.kept == {"2311.10709": 1.0, "2312.06662": 0.7, "2311.12052": 0.7}
    ranked = Recommender(library, index).recommend(limit=10)
    ids = [s.id for s in ranked]
    assert not set(ids) & {*VIDEO_PAPERS, "2403.05438"}
    assert sum("video" in s.title.lower() for s in ranked) >= 6, [s.title for s in ranked]
