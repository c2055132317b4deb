"""The command line, run as a user runs it: ``python main.py ...`` in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path


def test_import_days_show_and_reimport(cli, corpus: Path) -> None:
    first = cli("import", str(corpus))
    assert first.returncode == 0, first.stderr
    assert "17 files imported (256 papers, 255 new, 17 new days)" in first.stdout
    assert "ATTRIBUTION.md is not a daily papers digest" in first.stderr
    assert "Traceback" not in first.stderr

    days = json.loads(cli("days", "--json").stdout)
    assert len(days) == 17 and days[0] == {"date": "2025-05-09", "papers": 20, "unread": 20}
    assert [d["date"] for d in days] == sorted((d["date"] for d in days), reverse=True)

    gemini = json.loads(cli("show", "2403.05530", "--json").stdout)
    assert gemini["votes"] == 24 and len(gemini["authors"]) == 22
    assert gemini["authors_truncated"] is True
    for key in ("id", "title", "url", "pdf_url", "votes", "summary", "dates", "read", "bookmarked"):
        assert key in gemini
    assert gemini["pdf_url"] == "https://arxiv.org/pdf/2403.05530"
    assert set(gemini["summary"][0]) >= {"heading", "text"}

    mapreduce = json.loads(cli("show", "2410.09342", "--json").stdout)
    assert mapreduce["dates"] == ["2024-10-16", "2024-10-18"]
    assert "×" in mapreduce["title"]

    again = cli("import", str(corpus))
    assert again.returncode == 0 and again.stdout.startswith("Nothing changed")


def test_papers_are_listed_by_votes(cli, corpus: Path) -> None:
    cli("import", str(corpus))
    papers = json.loads(cli("papers", "--date", "2024-03-11", "--json").stdout)
    assert len(papers) == 7
    votes = [p["votes"] for p in papers]
    assert votes == sorted(votes, reverse=True)
    missing = cli("papers", "--date", "1999-01-01")
    assert missing.returncode != 0 and "No day 1999-01-01" in missing.stderr


def test_marks_survive_reimport_of_changed_files(cli, corpus: Path, tmp_path: Path) -> None:
    src = tmp_path / "digests"
    for rel in ("2024/03/11.md", "2024/10/16.md"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes((corpus / rel).read_bytes())
    assert cli("import", str(src)).returncode == 0
    assert cli("bookmark", "add", "2403.05530", "2410.09342").returncode == 0
    assert cli("read", "2403.05135", "2410.09342").returncode == 0
    changed = (src / "2024/03/11.md").read_text("utf-8").replace("Vote: 24", "Vote: 99")
    (src / "2024/03/11.md").write_text(changed, "utf-8")
    result = cli("import", str(src))
    assert "1 file imported (" in result.stdout and "1 unchanged" in result.stdout
    gemini = json.loads(cli("show", "2403.05530", "--json").stdout)
    assert gemini["votes"] == 99 and gemini["bookmarked"] and not gemini["read"]
    assert json.loads(cli("show", "2403.05135", "--json").stdout)["read"] is True
    listed = json.loads(cli("bookmark", "list", "--json").stdout)
    assert {p["id"] for p in listed} == {"2403.05530", "2410.09342"}
    assert cli("unread", "2403.05135").returncode == 0
    assert json.loads(cli("show", "2403.05135", "--json").stdout)["read"] is False


def test_search_korean_english_and_author(cli, corpus: Path) -> None:
    cli("import", str(corpus))
    korean = json.loads(cli("search", "애니메이션", "--json").stdout)
    assert any(p["id"] == "2412.14173" for p in korean)
    partial = json.loads(cli("search", "diffus", "--json").stdout)
    assert any("Diffusion" in p["title"] for p in partial)
    author = cli("search", "Glaese")
    assert author.returncode == 0 and "2403.05530" in author.stdout
    none = cli("search", "qqqzzzxxx")
    assert none.returncode == 1 and none.stderr.strip() == "No papers match “qqqzzzxxx”."
    assert none.stdout == ""  # stdout holds results only


def test_search_says_when_its_list_is_cut_and_plurals_agree(cli, corpus: Path) -> None:
    cli("import", str(corpus))
    everything = json.loads(cli("search", "model", "--json", "--limit", "1000").stdout)
    assert len(everything) > 3
    cut = cli("search", "model", "--limit", "3")
    assert cut.returncode == 0 and len(cut.stdout.strip().splitlines()) == 3
    assert cut.stderr == f"3 of {len(everything)} papers shown; use --limit N to see more.\n"
    whole = cli("search", "model", "--limit", str(len(everything)))
    assert whole.returncode == 0 and "shown" not in whole.stderr
    assert cli("read", "2403.05530").stdout.strip() == "1 paper marked read."


def test_bad_files_are_reported_and_good_ones_imported(cli, corpus: Path, tmp_path: Path) -> None:
    src = tmp_path / "mixed"
    src.mkdir()
    (src / "good.md").write_bytes((corpus / "2024/03/11.md").read_bytes())
    (src / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "empty.md").write_bytes(b"")
    text = (corpus / "2024/06/28.md").read_text("utf-8")
    (src / "truncated.md").write_text(
        text[: text.index("](https://arxiv.org/abs/2406.19395") - 10], "utf-8"
    )
    (src / "notes.md").write_text("# Shopping list\n\n- milk\n- eggs\n", "utf-8")
    result = cli("import", str(src))
    assert result.returncode == 0, result.stderr
    assert "binary.md is a binary file" in result.stderr
    assert "empty.md is empty" in result.stderr
    assert "notes.md is not a daily papers digest" in result.stderr
    assert "truncated.md:" in result.stderr and "malformed entry heading" in result.stderr
    assert "Traceback" not in result.stderr
    days = {d["date"]: d["papers"] for d in json.loads(cli("days", "--json").stdout)}
    assert days == {"2024-03-11": 7, "2024-06-28": 1}


def test_nothing_importable_exits_1(cli, tmp_path: Path) -> None:
    src = tmp_path / "junk"
    src.mkdir()
    (src / "a.md").write_text("hello", "utf-8")
    result = cli("import", str(src))
    assert result.returncode == 1
    assert "a.md is not a daily papers digest" in result.stderr
    missing = cli("import", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_corrupt_and_future_databases_are_left_alone(cli, tmp_path: Path) -> None:
    data = tmp_path / "bad"
    data.mkdir()
    db = data / "library.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    result = cli("days", "--json", data_dir=data)
    assert result.returncode != 0 and "not an SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == b"garbage" * 1000

    future = tmp_path / "future"
    future.mkdir()
    conn = sqlite3.connect(future / "library.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = (future / "library.sqlite3").read_bytes()
    result = cli("days", data_dir=future)
    assert result.returncode != 0 and "newer version" in result.stderr
    assert (future / "library.sqlite3").read_bytes() == before


def test_unknown_ids_and_bad_arguments(cli, corpus: Path) -> None:
    cli("import", str(corpus))
    result = cli("bookmark", "add", "9999.99999")
    assert result.returncode == 2 and "No paper with id 9999.99999" in result.stderr
    assert json.loads(cli("bookmark", "list", "--json").stdout) == []
    bad_date = cli("papers", "--date", "yesterday")
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr


def test_export_formats(cli, corpus: Path, tmp_path: Path) -> None:
    cli("import", str(corpus))
    cli("bookmark", "add", "2403.05530", "2410.09342")
    out = tmp_path / "refs.bib"
    result = cli("export", "--format", "bibtex", "--bookmarked", "-o", str(out))
    assert result.returncode == 0, result.stderr
    bib = out.read_text("utf-8")
    assert bib.count("@misc{") == 2
    assert "eprint = {2403.05530}" in bib and "archivePrefix = {arXiv}" in bib
    assert "year = {2024}" in bib and "url = {https://arxiv.org/abs/2410.09342}" in bib
    assert "and others}" in bib  # Gemini's truncated author list
    assert "title = {{LLM$\\times$MapReduce" in bib

    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").stdout)))
    assert len(rows) == 255
    gemini = next(r for r in rows if r["id"] == "2403.05530")
    assert gemini["bookmarked"] == "1" and gemini["votes"] == "24"

    exported = json.loads(cli("export", "--format", "json", "--bookmarked").stdout)
    assert {p["id"] for p in exported} == {"2403.05530", "2410.09342"}
    assert all(p["bookmarked"] for p in exported)


def test_data_dir_from_environment(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("DAILY_PAPERS_DATA_DIR", str(env_dir))
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(corpus / "2024/03/11.md")],
        check=True,
        capture_output=True,
    )
    assert (env_dir / "library.sqlite3").is_file()


def test_module_entry_point(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path), "days", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0 and json.loads(result.stdout) == []
