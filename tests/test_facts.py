"""Facts the app states once, and what each one decides (issue 12: each fact defined once)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.formats.hf_json import date_from_name
from reader.formats.markdown import date_from_path
from reader.model import iso_date
from reader.net import HttpClient
from reader.paths import AppPaths
from reader.sources import hf
from reader.sources.sync import SyncService, SyncSettings


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-03-11", "2024-03-11"),
        (" 2024-02-29 ", "2024-02-29"),
        (date(2024, 3, 11), "2024-03-11"),
        ("2023-02-29", None),  # not a real day
        ("20240311", None),  # fromisoformat takes these; a day is written one way here
        ("2024-W11-1", None),
        ("2024-3-11", None),
        ("2024-03-11T00:00", None),
        ("", None),
        (None, None),
        (20240311, None),
    ],
)
def test_iso_date_is_the_one_date_check(text: object, day: str | None) -> None:
    assert iso_date(text) == day


def test_every_date_reader_uses_it(library, tmp_path) -> None:
    """File names, HF names, the sync's options and the HF day records agree with iso_date."""
    assert date_from_path("paper_logs/2024/03/11.md") == "2024-03-11"
    assert date_from_path("2023-02-29.md") is None
    assert date_from_name("hf:2025-05-09") == "2025-05-09"
    assert date_from_name("hf:2025-02-30") is None
    assert hf.read_record("12@2025-06-05") == (12, date(2025, 6, 5))
    assert hf.read_record("12@2025-06-31") is None
    service = SyncService(
        library, AppPaths(tmp_path, tmp_path / "cache", tmp_path / "config"), HttpClient()
    )
    for bad in ("20240311", "2024-02-30"):
        with pytest.raises(ValueError, match="is not a date like 2024-03-11"):
            service.run(since=bad)


def test_the_window_and_the_command_line_read_the_same_sync_settings(tmp_path) -> None:
    """Written once in the settings file, read by both: the window used to drop hf_backfill_days."""
    import argparse

    from reader.config import for_paths
    from reader.sources.sync_cli import configured
    from reader.ui.common.settings import Settings
    from reader.ui.sync.service import sync_sources, sync_values

    paths = AppPaths(tmp_path, tmp_path / "cache", tmp_path / "config")
    stored = for_paths(paths, writing=True)
    for name, value in [
        ("github_repo", "someone/archive"),
        ("hf_url", "https://hf.example"),
        ("hf_backfill_days", "7"),
        ("sync_deadline_minutes", "3"),
        ("sync_github", "false"),
    ]:
        stored.set(name, config_parse(name, value))
    cli_settings, cli_sources = configured(argparse.Namespace(paths=paths))
    window = Settings(paths.settings_file)
    window_settings = SyncSettings().updated(**sync_values(window))
    assert window_settings == cli_settings
    assert (cli_settings.repo, cli_settings.hf_backfill_days, cli_settings.deadline) == (
        "someone/archive",
        7,
        180.0,
    )
    assert list(sync_sources(window)) == cli_sources == ["hf"]


def config_parse(name: str, text: str) -> object:
    from reader import config

    return config.parse(config.find(name), text)
