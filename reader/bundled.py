"""Files shipped with the app: the icon, the .desktop file and the sample digests.

They live in the top-level ``resources/`` folder of a checkout, which the wheel
installs as the ``reader.resources`` package data (see ``[tool.setuptools]`` in
pyproject.toml), so a plain ``pip install .`` has them too. No Qt here.
"""

from __future__ import annotations

import shutil
import sys
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

APP_ID = "daily-papers-reader"


@lru_cache(maxsize=1)
def root() -> Path:
    """The resources folder: the installed package data, else the checkout's folder."""
    spec = find_spec("reader.resources")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "samples").is_dir():
                return Path(location)
    return Path(__file__).resolve().parent.parent / "resources"


def samples_dir() -> Path:
    """The bundled sample digests imported on first run."""
    return root() / "samples"


def icon_file() -> Path:
    return root() / "icons" / f"{APP_ID}.svg"


def desktop_file() -> Path:
    return root() / f"{APP_ID}.desktop"


def install_desktop(data_home: Path) -> list[Path]:
    """Put the .desktop file and the icon under the user's XDG data folder.

    *data_home* is ``$XDG_DATA_HOME`` (``~/.local/share``); returns the files written.
    The launcher runs the ``daily-papers`` script of the environment the app is in.
    """
    applications = data_home / "applications"
    icons = data_home / "icons" / "hicolor" / "scalable" / "apps"
    applications.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    icon = icons / f"{APP_ID}.svg"
    shutil.copyfile(icon_file(), icon)
    launcher = applications / f"{APP_ID}.desktop"
    text = desktop_file().read_text(encoding="utf-8")
    script = _launcher_script()
    if script:
        text = "\n".join(
            f"Exec={script}" if line.startswith("Exec=") else line for line in text.splitlines()
        )
        text += "\n"
    launcher.write_text(text, encoding="utf-8")
    return [launcher, icon]


def _launcher_script() -> str | None:
    """This environment's ``daily-papers`` script (a venv need not be on PATH)."""
    beside = Path(sys.executable).with_name("daily-papers")
    return str(beside) if beside.is_file() else shutil.which("daily-papers")
