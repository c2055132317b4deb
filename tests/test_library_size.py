"""Issue 11, size: texts stored deflated (schema 6), 8 KB pages, every search feature kept.

Real SQLite files: a fresh library fed made-up digests, and the schema-4 library
of tests/data (the bundled samples' real Korean summaries) migrated in place.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader import textpack
from reader.db import PAGE_SIZE
from reader.importer import import_paths
from reader.library import Library
from reader.schema import MIGRATIONS
from reader.store import decode_summary, encode_summary
from tests.digests import Entry, write_day
from tests.files_support import file_rows

DATA = Path(__file__).parent / "data"
USER_TABLES = ("bookmarks", "read_state", "notes", "tags", "dismissed")
LONG_KO = (
    "이 논문은 대규모 언어 모델의 추론 능력을 강화 학습으로 끌어올리는 방법을 제안합니다. "
    "확산 모델과 비교해 애니메이션은 더 자연스럽게 생성되며, 벤치마크 전반에서 성능이 향상됩니다."
)


def _ids(library: Library, text: str) -> set[str]:
    return {row.id for row in library.search(text)}


# ------------------------------------------------------------------ textpack


@pytest.mark.parametrize(
    "text",
    ["", "짧은 글", LONG_KO * 4, "x" * 5000, "\x1f".join([LONG_KO, "Abstract", LONG_KO])],
)
def test_pack_round_trips_and_keeps_short_text_as_text(text: str) -> None:
    packed = textpack.pack(text)
    assert textpack.unpack(packed) == text
    if len(text.encode()) < textpack.MIN_BYTES:
        assert packed == text
    else:
        assert isinstance(packed, bytes) and len(packed) < len(text.encode())


def test_unpack_reads_null_and_the_sql_functions_match_python() -> None:
    assert textpack.unpack(None) == ""
    conn = sqlite3.connect(":memory:")
    textpack.register(conn)
    value = LONG_KO * 3
    packed = conn.execute("SELECT pack_text(?)", (value,)).fetchone()[0]
    assert isinstance(packed, bytes)
    assert conn.execute("SELECT unpack_text(?)", (packed,)).fetchone()[0] == value
    assert conn.execute("SELECT unpack_text(NULL), pack_text(NULL)").fetchone() == ("", None)


# ------------------------------------------------------------- a new library


def _archive(folder: Path) -> None:
    write_day(
        folder,
        "2025-03-01",
        [
            Entry("2503.00001", "Diffusion Transformers for Anime Frames", 40, (LONG_KO,) * 3),
            Entry("2503.00002", "Tokenizer-Free Reasoning", 12, ("짧은 요약입니다.",)),
            Entry(
                "2503.00003",
                "Benchmarking Agents",
                7,
                (LONG_KO, "A benchmark of web agents."),
                authors=("Park Seoyeon", "Choi Woojin"),
            ),
        ],
    )


def test_a_new_library_stores_texts_deflated_on_8k_pages_and_finds_everything(
    tmp_path: Path,
) -> None:
    _archive(tmp_path / "digests")
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        import_paths(library, [tmp_path / "digests"])
        library.set_note("2503.00002", "읽을거리: tokenizer ablations")
        library.add_tag("2503.00003", "agents-eval")
        assert _ids(library, "애니메이션") == {"2503.00001", "2503.00003"}  # word + particle
        assert _ids(library, "diffus") == {"2503.00001"}  # English prefix
        assert _ids(library, "ffusion") == {"2503.00001"}  # title substring (trigram)
        assert _ids(library, "Seoyeon") == {"2503.00003"}  # authors
        assert _ids(library, "ablations") == {"2503.00002"}  # notes
        assert _ids(library, "agents-eval") == {"2503.00003"}  # tags
        assert _ids(library, "web agents") == {"2503.00003"}  # every term
        paper = library.paper("2503.00001")
        assert paper is not None and [p.text for p in paper.summary] == [LONG_KO] * 3
    assert file_rows(db, "PRAGMA page_size") == [(PAGE_SIZE,)]
    kinds = dict(file_rows(db, "SELECT paper, typeof(parts) FROM texts"))
    assert sorted(kinds.values()) == ["blob", "blob", "text"]  # the short summary stays text


def test_a_changed_digest_replaces_its_deflated_text_in_the_search_index(tmp_path: Path) -> None:
    """The contentless index forgets a text by being given it again: unpacked exactly."""
    folder = tmp_path / "digests"
    _archive(folder)
    with Library(tmp_path / "library.sqlite3") as library:
        import_paths(library, [folder])
        write_day(
            folder,
            "2025-03-01",
            [
                Entry(
                    "2503.00001",
                    "Diffusion Transformers for Anime Frames",
                    41,
                    ("완전히 새 요약.",),
                )
            ],
        )
        import_paths(library, [folder])
        assert _ids(library, "애니메이션") == set()
        assert _ids(library, "완전히") == {"2503.00001"}
    assert file_rows(tmp_path / "library.sqlite3", "PRAGMA integrity_check") == [("ok",)]


def test_deflated_texts_take_under_two_thirds_of_their_utf8_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "digests"
    for day in range(1, 21):
        write_day(
            folder,
            f"2025-04-{day:02d}",
            [
                Entry(f"2504.{day:02d}{i:03d}", f"Paper {day}-{i}", i, (LONG_KO, LONG_KO[::-1]))
                for i in range(30)
            ],
        )
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        import_paths(library, [folder])
        raw = sum(
            len(encode_summary(t.parts).encode())
            for row in library.query("SELECT id FROM papers")
            for t in library.paper(row[0]).texts  # type: ignore[union-attr]
        )
    stored = file_rows(db, "SELECT sum(length(parts)) FROM texts")[0][0]
    assert stored < raw * 2 / 3


# -------------------------------------------------------------- migration


def test_a_schema_4_library_migrates_to_deflated_texts_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v4.sqlite", path)
    assert file_rows(path, "PRAGMA user_version") == [(4,)]
    before = file_rows(path, "SELECT rowid, paper, family, kind, parts FROM texts ORDER BY rowid")
    marks = {t: file_rows(path, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES}
    assert before and all(isinstance(r[4], str) for r in before)
    with Library(path) as library:
        assert len(MIGRATIONS) >= 6
        library.repack_texts()  # the window does this in the background after it shows
        note = marks["notes"][0]
        tag = marks["tags"][0]
        assert note[0] in _ids(library, "schema")  # the note's text is searchable
        assert tag[0] in _ids(library, tag[1])
        assert library.search("모델")  # Korean words, with and without particles
        assert library.search("diffus") or library.search("transfor")
    assert file_rows(path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    after = file_rows(path, "SELECT rowid, paper, family, kind, parts FROM texts ORDER BY rowid")
    assert [r[:4] for r in after] == [r[:4] for r in before]
    assert [textpack.unpack(r[4]) for r in after] == [r[4] for r in before]
    assert sum(isinstance(r[4], bytes) for r in after) > len(after) // 2
    assert {t: file_rows(path, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES} == marks
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]
    # what the window shows is the text as it was
    with Library(path) as library:
        _rowid, paper_rowid, _family, _kind, parts = before[0]
        pid = library.query("SELECT id FROM papers WHERE rowid = ?", (paper_rowid,))[0][0]
        shown = library.paper(pid)
        assert shown is not None
        assert decode_summary(parts) in [t.parts for t in shown.texts]


def test_a_schema_2_library_migrates_through_6(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v2.sqlite", path)
    with Library(path) as library:
        assert {r.id for r in library.search("요약")}
        paper = library.paper("2501.00001")
        assert paper is not None and paper.summary
    assert file_rows(path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]
