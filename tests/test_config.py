"""``reader.config``: one declared registry, the window's ini file read and written without Qt,
``config list|get|set`` and ``sync`` taking its defaults from it (loopback servers only)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from reader import config, inifile
from reader.sources import hf
from reader.sources.sync import SyncSettings
from tests.fake_remote import FakeArchive, FakeHf, Thumbnails

pytest_plugins = ["tests.sync_support"]


def test_the_registry_matches_the_sync_defaults():
    sync = SyncSettings()
    by = config.BY_NAME
    assert by["github_repo"].default == sync.repo
    assert (by["github_branch"].default, by["github_path"].default) == (sync.branch, sync.path)
    assert (by["github_api_url"].default, by["github_raw_url"].default) == (
        sync.api_url,
        sync.raw_url,
    )
    assert by["hf_url"].default == sync.hf_url
    assert by["hf_backfill_days"].default == hf.DEFAULT_BACKFILL_DAYS
    assert by["sync_deadline_minutes"].default * 60 == sync.deadline
    assert by["sync_stall_seconds"].default == sync.stall_timeout
    assert len(by) == len(config.SETTINGS) and all(s.description for s in config.SETTINGS)


def test_reading_never_creates_the_file(tmp_path: Path):
    stored = config.Config(tmp_path / "settings.ini")
    assert stored.get("theme") == "system" and stored.get("local_folders") == []
    assert not stored.is_set("theme") and not (tmp_path / "settings.ini").exists()


def test_set_keeps_other_keys_and_sections_and_migrates(tmp_path: Path):
    path = tmp_path / "settings.ini"
    path.write_text(
        '[General]\nversion=1\ntheme=dark\ngithub_token=ghp_x\nfuture_key="a, b"\n'
        "[sync]\nlast_success=2025-01-01\n",
        "utf-8",
    )
    stored = config.Config(path)
    stored.set("read_delay_ms", 250)
    again = inifile.IniFile.load(path)
    assert again.value("read_delay_ms") == "250" and again.value("theme") == "dark"
    assert again.value("future_key") == "a, b" and again.value("sync/last_success") == "2025-01-01"
    assert again.value("version") == str(config.VERSION)
    assert not again.contains("github_token")  # the version 2 migration, shared with the window
    assert not Path(str(path) + ".lock").exists()


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("read_delay_ms", "soon", "read_delay_ms is a whole number, not 'soon'."),
        ("read_delay_ms", "-1", "read_delay_ms must be from 0 to 600000, not -1."),
        ("theme", "pink", "theme is one of system, light, dark, not 'pink'."),
        ("show_thumbnails", "maybe", "show_thumbnails is true or false, not 'maybe'."),
        ("github_repo", "nobody", "github_repo must be of the form OWNER/NAME, not 'nobody'."),
        ("hf_url", "ftp://x", "hf_url must be an http:// or https:// address, not 'ftp://x'."),
        (
            "ui_geometry",
            "x",
            "ui_geometry is window state the app keeps itself; it cannot be set here.",
        ),
        ("nonesuch", "1", "There is no setting 'nonesuch'; 'config list' shows them."),
    ],
)
def test_config_set_rejects_bad_values_in_one_sentence(cli, name, text, message):
    result = cli("config", "set", name, text)
    assert result.returncode == 2 and result.stderr == message + "\n"
    assert cli("config", "get", "read_delay_ms").stdout == "1500\n"


def test_config_list_get_set(cli):
    listed = cli("config", "list")
    assert listed.returncode == 0
    assert "read_delay_ms = 1500  (default 1500)\n" in listed.stdout
    assert "    Milliseconds a paper is shown before it counts as read" in listed.stdout
    assert (
        "ui_geometry" not in listed.stdout
        and "ui_geometry" in cli("config", "list", "--all").stdout
    )
    assert cli("config", "set", "theme", "dark").stdout == "theme = dark\n"
    assert cli("config", "set", "show_thumbnails", "off").stdout == "show_thumbnails = false\n"
    assert cli("config", "set", "local_folders", '["/a, b", "/c"]').returncode == 0
    assert json.loads(cli("config", "get", "local_folders").stdout) == ["/a, b", "/c"]
    shown = json.loads(cli("config", "get", "theme", "--json").stdout)
    assert shown == {
        "name": "theme",
        "value": "dark",
        "default": "system",
        "set": True,
        "description": config.BY_NAME["theme"].description,
    }
    as_json = {s["name"]: s for s in json.loads(cli("config", "list", "--json").stdout)}
    assert as_json["show_thumbnails"]["value"] is False and not as_json["font_size"]["set"]


# ------------------------------------------------------------ both sides of the file

AWKWARD = {
    "github_repo": "someone/archive.v2",
    "github_path": 'logs, daily=1; "quoted" \\ back',
    "github_branch": "@release",
    "ui_selection": "  spaced  ",
    "ui_paper": "줄\n바꿈\t탭",
    "local_folders": ["/data/a, b", "/data/한국어", "@x"],
    "read_delay_ms": 42,
    "show_thumbnails": False,
    "ui_unread_only": True,
}


def test_the_window_reads_what_config_writes(qapp, tmp_path: Path):
    from reader.ui.common.settings import Settings

    path = tmp_path / "settings.ini"
    stored = config.Config(path)
    for name, value in AWKWARD.items():
        stored.set(name, value)
    window = Settings(path)
    for name, value in AWKWARD.items():
        assert window.get(name) == value, name


def test_config_reads_what_the_window_writes(qapp, tmp_path: Path):
    from reader.ui.common.settings import Settings

    path = tmp_path / "settings.ini"
    window = Settings(path)
    for name, value in AWKWARD.items():
        window.set(name, value)
    window.set("ui_geometry", b"\x01\x02abc\xff\x00\x7f")
    window.sync()
    stored = config.Config(path)
    for name, value in AWKWARD.items():
        assert stored.get(name) == value, name
    assert stored.get("ui_geometry") == b"\x01\x02abc\xff\x00\x7f"
    stored.set("theme", "light")  # a write by the CLI keeps the window's bytes intact
    again = Settings(path)
    assert again.get("ui_geometry") == b"\x01\x02abc\xff\x00\x7f"
    assert again.get("theme") == "light" and again.get("github_path") == AWKWARD["github_path"]


# ------------------------------------------------------------------------ sync


def test_sync_with_no_flags_uses_the_configured_archive(cli, http_server_factory, corpus):
    thumbs = Thumbnails(http_server_factory())
    elsewhere = FakeArchive(
        http_server_factory(),
        http_server_factory(),
        corpus,
        thumbs,
        owner="someone",
        repo="mirror",
        branch="stable",
        folder="days",
    )
    for name, value in (
        ("github_repo", "someone/mirror"),
        ("github_branch", "stable"),
        ("github_path", "days"),
        ("github_api_url", elsewhere.api_url),
        ("github_raw_url", elsewhere.raw_url),
        ("sync_hf", "false"),
    ):
        assert cli("config", "set", name, value).returncode == 0
    synced = cli("sync")
    assert synced.returncode == 0, synced.stderr
    assert "Listing the files of someone/mirror" in synced.stderr
    assert synced.stdout.startswith("17 new days, 255 new papers")
    assert any(r.bare_path == elsewhere.tree_path for r in elsewhere.api.requests)

    override = cli("sync", "--repo", "other/repo")  # a flag still wins over the setting
    assert override.returncode == 1 and "other/repo" in override.stderr


def test_sync_with_no_flags_uses_the_configured_hf_source(cli, http_server_factory):
    fake = FakeHf(http_server_factory())
    for name, value in (
        ("sync_github", "false"),
        ("hf_url", fake.url),
        ("hf_backfill_days", "3"),
    ):
        assert cli("config", "set", name, value).returncode == 0
    synced = cli("sync", "--until", "2025-06-05")
    assert synced.returncode == 0, synced.stderr
    end = date(2025, 6, 5)
    assert fake.requested_dates() == [(end - timedelta(days=i)).isoformat() for i in range(3)]


def test_sync_with_both_sources_off_says_so(cli):
    assert cli("config", "set", "sync_github", "no").returncode == 0
    assert cli("config", "set", "sync_hf", "no").returncode == 0
    result = cli("sync")
    assert result.returncode == 2
    assert result.stderr == (
        "Both sources are turned off (config sync_github, sync_hf); use --source.\n"
    )
