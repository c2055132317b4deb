"""Files shipped in ``resources/`` beside the package: icon, .desktop file, sample digests.

Found relative to this file (``reader/ui/../../resources``), which holds for a
repository checkout and for ``pip install -e .``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
APP_ICON = RESOURCES / "icons" / "daily-papers-reader.svg"
DESKTOP_FILE = RESOURCES / "daily-papers-reader.desktop"
SAMPLES = RESOURCES / "samples"


def samples_dir() -> Path:
    """The bundled sample digests imported on first run."""
    return SAMPLES


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The application icon (an empty icon when the file is missing)."""
    return QIcon(str(APP_ICON)) if APP_ICON.is_file() else QIcon()
