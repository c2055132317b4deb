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
from reader.sources.sync import SyncService


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
