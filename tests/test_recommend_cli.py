"""``related``, ``recommend``, ``dismiss`` and ``undismiss`` as a user runs them (subprocess)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def test_related_lists_similar_papers_with_reasons(cli, corpus: Path) -> None:
    assert cli("import", str(corpus)).returncode == 0
    result = cli("related", "2311.10709", "--limit", "5", "--json")  # Emu Video
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert len(found) == 5
    assert all(set(f) >= {"id", "title", "score", "why"} for f in found)
    assert sum("video" in f["title"].lower() for f in found) >= 3
    assert all(f["why"] and isinstance(f["why"][0], str) for f in found)
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    # the index lives in the cache folder, the library gained no table for it
    assert (cli.data / "cache" / "similar.sqlite3").is_file()
    conn = sqlite3.connect(cli.data / "library.sqlite3")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not {"docs", "postings", "terms"} & tables

    text = cli("related", "2311.10709")
    assert text.returncode == 0 and "why:" in text.stdout and "Traceback" not in text.stderr


def test_recommend_follows_bookmarks_and_dismiss_removes(cli, corpus: Path) -> None:
    assert cli("import", str(corpus)).returncode == 0
    empty = cli("recommend")
    assert empty.returncode == 0 and "bookmark papers you like" in empty.stdout
    assert json.loads(cli("recommend", "--json").stdout) == []

    assert cli("bookmark", "add", "2311.10123", "2311.12198", "2312.06655").returncode == 0  # 3D
    found = json.loads(cli("recommend", "--limit", "6", "--json").stdout)
    assert len(found) == 6
    assert sum("3d" in f["title"].lower() for f in found) >= 3, [f["title"] for f in found]
    assert all(f["like"]["id"] in {"2311.10123", "2311.12198", "2312.06655"} for f in found)

    top = found[0]["id"]
    dismissed = cli("dismiss", top)
    assert dismissed.returncode == 0 and "1 paper as not interested" in dismissed.stdout
    after = json.loads(cli("recommend", "--limit", "6", "--json").stdout)
    assert top not in [f["id"] for f in after]
    shown = json.loads(cli("show", top, "--json").stdout)
    assert shown["id"] == top  # the paper itself stays in the library

    assert cli("undismiss", top).returncode == 0
    again = json.loads(cli("recommend", "--limit", "6", "--json").stdout)
    assert top in [f["id"] for f in again]


def test_bad_ids_and_limits_are_one_sentence(cli, corpus: Path) -> None:
    assert cli("import", str(corpus)).returncode == 0
    for args in (("related", "9999.99999"), ("dismiss", "2311.10709", "9999.99999")):
        result = cli(*args)
        assert result.returncode == 2
        assert result.stderr.strip() == "No paper with id 9999.99999 in the library."
    nothing = cli("dismiss", "2311.10709", "9999.99999")
    assert nothing.returncode == 2
    conn = sqlite3.connect(cli.data / "library.sqlite3")
    assert conn.execute("SELECT count(*) FROM dismissed").fetchone()[0] == 0  # nothing half-done
    conn.close()
    bad = cli("related", "2311.10709", "--limit", "0")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
