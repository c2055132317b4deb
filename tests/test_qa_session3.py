"""Found by driving the real window under Xvfb (QA, session 3): each fix's check.

* A library cut short (half the file gone) cannot be opened at all: the one
  sentence says so, instead of the mid-file-damage sentence "so it is open
  read-only", which promised a window that never came.
* A link the system cannot open (no web browser) is told in one sentence,
  not dropped silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import notify
from reader.db import DatabaseCorrupt, unopenable_text
from reader.importer import import_paths
from reader.library import Library
from tests.library_damage import fingerprint


@pytest.fixture()
def cut_library(tmp_path: Path, corpus: Path) -> Path:
    """The shared corpus imported, closed, then truncated to half its size."""
    path = tmp_path / "data" / "library.sqlite3"
    path.parent.mkdir(parents=True)
    with Library(path) as library:
        import_paths(library, [corpus])
    size = path.stat().st_size
    os.truncate(path, size // 2)
    return path


def test_a_cut_library_is_not_promised_as_open_read_only(cut_library: Path) -> None:
    with pytest.raises(DatabaseCorrupt) as refused:
        Library(cut_library)
    assert str(refused.value) == unopenable_text(cut_library)
    assert "cannot be opened" in str(refused.value)
    assert "open read-only" not in str(refused.value)


def test_the_command_line_says_the_cut_library_cannot_be_opened(cli, cut_library: Path) -> None:
    before = fingerprint(cut_library)
    result = cli("days", data_dir=cut_library.parent)
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip() == unopenable_text(cut_library), result.stderr
    assert fingerprint(cut_library) == before


@pytest.mark.expect_errors(r"No web browser could open")
def test_a_link_no_browser_opens_is_told(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    from reader.ui.common import links

    class NoBrowser:
        @staticmethod
        def openUrl(_url) -> bool:
            return False  # what Qt returns when no browser can be started

    heard: list[notify.Message] = []
    unsubscribe = notify.subscribe(heard.append)
    try:
        monkeypatch.setattr(links, "QDesktopServices", NoBrowser)
        assert links.open_url("https://arxiv.org/abs/2505.05470") is False
    finally:
        unsubscribe()
    assert [m.level for m in heard] == ["error"]
    assert "https://arxiv.org/abs/2505.05470" in heard[0].text
    assert heard[0].text.endswith(".")
