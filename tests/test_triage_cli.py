"""``state``, ``queue`` and ``export --format ris`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.digests import Entry, write_day

PAPERS = [Entry(f"2504.0000{i}", f"Paper number {i}", 50 - i) for i in range(1, 6)]


def _setup(cli, tmp_path: Path) -> None:
    write_day(tmp_path / "d", "2025-04-01", PAPERS)
    assert cli("import", str(tmp_path / "d")).returncode == 0


def test_state_set_and_list(cli, tmp_path: Path):
    _setup(cli, tmp_path)
    done = cli("state", "set", "must-read", "2504.00001", "2504.00002")
    assert done.returncode == 0 and done.stdout == "2 papers marked must-read.\n"
    assert cli("state", "set", "skipped", "2504.00003").returncode == 0
    listed = json.loads(cli("state", "list", "must-read", "--json").stdout)
    assert [p["id"] for p in listed] == ["2504.00001", "2504.00002"]
    assert all(p["state"] == "must-read" for p in listed)
    assert [p["id"] for p in json.loads(cli("state", "list", "new", "--json").stdout)] == [
        "2504.00004",
        "2504.00005",
    ]
    text = cli("state", "list", "skipped").stdout
    assert text.startswith("2504.00003") and "Paper number 3" in text
    assert cli("state", "list", "done").stdout == "No papers are done.\n"
    # skipped papers leave the Unread view; the day's badge keeps counting what is not read
    shown = json.loads(cli("show", "2504.00003", "--json").stdout)
    assert shown["state"] == "skipped" and shown["read"] is False
    wrong = cli("state", "set", "someday", "2504.00001")  # argparse names the choices
    assert wrong.returncode == 2 and "invalid choice: 'someday'" in wrong.stderr
    for bad in (("state", "set", "done", "9999.00001"), ("state", "set", "done")):
        result = cli(*bad)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1


def test_queue_in_order_and_moved(cli, tmp_path: Path):
    _setup(cli, tmp_path)
    assert cli("queue").stdout.startswith("The queue is empty")
    assert cli("state", "set", "later", "2504.00003", "2504.00001").returncode == 0
    assert cli("state", "set", "later", "2504.00005").returncode == 0
    order = [p["id"] for p in json.loads(cli("queue", "--json").stdout)]
    assert order == ["2504.00003", "2504.00001", "2504.00005"]
    moved = cli("queue", "--move", "2504.00005", "--to", "1")
    assert moved.returncode == 0
    assert moved.stdout.splitlines()[0].split()[:2] == ["1.", "2504.00005"]
    order = [p["id"] for p in json.loads(cli("queue", "--json").stdout)]
    assert order == ["2504.00005", "2504.00003", "2504.00001"]
    assert [p["id"] for p in json.loads(cli("state", "list", "later", "--json").stdout)] == order


def test_export_ris_of_bookmarks(cli, tmp_path: Path):
    _setup(cli, tmp_path)
    assert cli("bookmark", "add", "2504.00002", "2504.00004").returncode == 0
    assert cli("tag", "add", "2504.00002", "to-cite").returncode == 0
    out = tmp_path / "bookmarks.ris"
    result = cli("export", "--format", "ris", "--bookmarked", "-o", str(out))
    assert result.returncode == 0 and "Exported 2 papers" in result.stderr
    text = out.read_text(encoding="utf-8")
    records = [r for r in text.split("ER  - ") if r.strip()]
    assert len(records) == 2
    assert "TY  - UNPB\nTI  - Paper number 2\nAU  - Kim Minsu\nAU  - Lee Jiwon\n" in text
    assert "UR  - https://arxiv.org/abs/2504.00002\n" in text and "KW  - to-cite\n" in text
    assert "AN  - arXiv:2504.00004\n" in text
