"""Qt access to the files the app ships (found by :mod:`reader.bundled`)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from reader.bundled import icon_file, samples_dir

__all__ = ["app_icon", "samples_dir"]


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The application icon (an empty icon when the file is missing)."""
    path = icon_file()
    return QIcon(str(path)) if path.is_file() else QIcon()
