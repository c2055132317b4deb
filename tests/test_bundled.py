"""The files the app ships: found in a checkout and inside a built wheel; desktop install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from reader import bundled
from tests.conftest import ROOT


def test_the_checkout_resources_are_found() -> None:
    assert bundled.samples_dir().is_dir()
    assert sorted(p.name for p in bundled.samples_dir().rglob("*.md") if p.name != "README.md")
    assert bundled.icon_file().is_file() and bundled.desktop_file().is_file()


def test_install_desktop_writes_the_launcher_and_icon(cli, _isolated_dirs: Path) -> None:
    result = cli("--install-desktop")
    assert result.returncode == 0, result.stderr
    data_home = _isolated_dirs / ".local" / "share"
    launcher = data_home / "applications" / "daily-papers-reader.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "daily-papers-reader.svg"
    assert launcher.is_file() and icon.read_bytes() == bundled.icon_file().read_bytes()
    entries = dict(line.split("=", 1) for line in launcher.read_text().splitlines() if "=" in line)
    assert entries["Icon"] == "daily-papers-reader" and entries["Exec"].endswith("daily-papers")
    assert str(launcher) in result.stdout


def test_the_wheel_carries_the_resources(tmp_path: Path) -> None:
    """A non-editable install gets the icon, the .desktop file and the samples."""
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"reader/resources/{p.relative_to(bundled.root()).as_posix()}"
        for p in bundled.root().rglob("*")
        if p.is_file()
    }
    assert shipped <= names, sorted(shipped - names)
    assert "reader/resources/samples/2025/02/06.md" in names
