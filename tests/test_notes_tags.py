"""Notes and tags: single-statement saves, removals that are remembered, search over both."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import notes_tags
from reader.importer import import_paths
from reader.library import Library
from tests.conftest import ROOT
from tests.digests import Entry, write_day

PAPERS = [
    Entry("2503.30001", "Sparse Attention at Scale", 50, ("긴 문맥을 다룹니다.",)),
    Entry("2503.30002", "Reward Models Revisited", 40, ("보상 모델을 다시 봅니다.",)),
    Entry("2503.30003", "A Third Paper", 30),
]


@pytest.fixture
def lib(tmp_path: Path):
    write_day(tmp_path / "d", "2025-03-20", PAPERS)
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, [tmp_path / "d"])
    yield library
    library.close()


def _removals(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT kind, paper_id, key FROM removals ORDER BY 1, 2, 3").fetchall()
    finally:
        conn.close()


def test_note_saves_replace_and_removal_is_remembered(lib: Library):
    first = notes_tags.set_note(lib, "2503.30001", "first draft")
    second = notes_tags.set_note(lib, "2503.30001", "second **draft**")
    assert second >= first and notes_tags.note(lib, "2503.30001") == "second **draft**"
    assert lib.state("2503.30001").note == "second **draft**"
    notes_tags.set_note(lib, "2503.30001", "   ")
    assert notes_tags.note(lib, "2503.30001") == ""
    assert _removals(lib.path) == [("note", "2503.30001", "")]
    notes_tags.set_note(lib, "2503.30001", "back")
    assert _removals(lib.path) == []


def test_tags_add_remove_and_count(lib: Library):
    assert notes_tags.add_tags(lib, "2503.30001", [" rl ", "long  context", "rl", ""]) == [
        "rl",
        "long context",
    ]
    assert notes_tags.add_tags(lib, "2503.30002", ["rl"]) == ["rl"]
    assert notes_tags.add_tags(lib, "2503.30002", ["rl"]) == []
    assert notes_tags.all_tags(lib) == [("long context", 1), ("rl", 2)]
    assert notes_tags.remove_tags(lib, "2503.30001", ["rl", "absent"]) == ["rl"]
    assert notes_tags.paper_tags(lib, "2503.30001") == ["long context"]
    assert _removals(lib.path) == [("tag", "2503.30001", "rl")]
    with pytest.raises(ValueError, match="at most"):
        notes_tags.add_tags(lib, "2503.30001", ["x" * 101])


def test_search_finds_words_in_notes_and_tags_and_still_the_text(lib: Library):
    notes_tags.set_note(lib, "2503.30003", "Compare with the 캥거루 baseline later")
    notes_tags.add_tags(lib, "2503.30002", ["quokka-project"])
    assert [r.id for r in lib.search("캥거루")] == ["2503.30003"]
    assert [r.id for r in lib.search("quokka")] == ["2503.30002"]
    assert [r.id for r in lib.search("Sparse")] == ["2503.30001"]  # the paper's own text
    assert [r.id for r in lib.search("보상")] == ["2503.30002"]
    assert lib.search("nowhere-to-be-found") == []
    # LIKE wildcards in a term are literal
    assert lib.search("%%") == [] and lib.search("__") == []


def test_note_and_tag_cli(cli, tmp_path: Path):
    write_day(tmp_path / "d", "2025-03-20", PAPERS)
    assert cli("import", str(tmp_path / "d")).returncode == 0
    saved = cli("note", "set", "2503.30001", "read", "the", "appendix")
    assert saved.returncode == 0, saved.stderr
    assert cli("note", "show", "2503.30001").stdout == "read the appendix\n"
    assert cli("note", "set", "2503.30002", "-", input="line one\n줄 둘\n").returncode == 0
    assert cli("note", "show", "2503.30002").stdout == "line one\n줄 둘\n"
    assert cli("note", "show", "2503.30003").stdout.startswith("No note")
    assert cli("tag", "add", "2503.30001", "rl", "vision").returncode == 0
    assert cli("tag", "add", "2503.30002", "rl").returncode == 0
    assert cli("tag", "remove", "2503.30001", "vision").returncode == 0
    assert json.loads(cli("tag", "list", "--json").stdout) == [{"tag": "rl", "papers": 2}]
    shown = json.loads(cli("show", "2503.30001", "--json").stdout)
    assert (shown["note"], shown["tags"], shown["state"]) == ("read the appendix", ["rl"], "new")
    found = json.loads(cli("search", "appendix", "--json").stdout)
    assert [p["id"] for p in found] == ["2503.30001"]
    for bad in (("note", "set", "9999.99999", "x"), ("tag", "add", "2503.30001")):
        result = cli(*bad)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr
    # notes as Markdown: one section per paper with its links
    md = cli("export", "--format", "markdown").stdout
    assert md.count("\n## ") == 2 and "https://arxiv.org/abs/2503.30001" in md
    assert "read the appendix" in md and "Tags: rl" in md


def test_a_killed_note_save_loses_nothing_acknowledged(cli, tmp_path: Path):
    """SIGKILL while `note set` runs over and over: every save that said so is on disk."""
    write_day(tmp_path / "d", "2025-03-20", PAPERS)
    assert cli("import", str(tmp_path / "d")).returncode == 0
    acknowledged: list[str] = []
    env = dict(os.environ)
    for n in range(12):
        text = f"note version {n}"
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(cli.data)]
            + ["note", "set", "2503.30001", text],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        if n % 2:  # every other run is killed at a moment that moves through the save
            time.sleep(0.15 + 0.05 * n)
            proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        if proc.returncode == 0 and "saved" in out:
            acknowledged.append(text)
        shown = cli("note", "show", "2503.30001")
        assert shown.returncode == 0, shown.stderr
        if acknowledged:  # the last acknowledged save, or a later one that got through
            kept = shown.stdout.strip()
            assert kept.startswith("note version ")
            assert int(kept.split()[-1]) >= int(acknowledged[-1].split()[-1])
    assert len(acknowledged) >= 6
    assert cli("check").returncode == 0
