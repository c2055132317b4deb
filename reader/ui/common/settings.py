"""The window's settings: :mod:`reader.config`'s declarations, stored through QSettings.

Every setting (name, type, default, description), the file's ``version`` and the
:data:`MIGRATIONS` are declared once in the Qt-free :mod:`reader.config`, which the
command line (``config``, ``sync``) reads and writes the same ini file with. This
module adds what the window needs on top: a QObject that says when a value
changed, and QByteArray for the ``ui_*`` window-state blobs. The file is
``AppPaths.settings_file`` so tests and ``--data-dir`` stay isolated.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from reader.config import (
    BY_NAME,
    MIGRATIONS,
    SETTINGS,
    SORTS,
    SUMMARY_LANGUAGES,
    THEMES,
    TOKEN_WORDS,
    VERSION,
    Setting,
    migrate,
    stored_form,
)
from reader.config import coerce as _coerce

log = logging.getLogger(__name__)

__all__ = [
    "BY_NAME",
    "MIGRATIONS",
    "SETTINGS",
    "SORTS",
    "SUMMARY_LANGUAGES",
    "THEMES",
    "TOKEN_WORDS",
    "VERSION",
    "Setting",
    "Settings",
    "coerce",
]


def coerce(setting: Setting, value: Any) -> Any:
    """The stored *value* as *setting*'s type; QSettings gives bytes back as a QByteArray."""
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    return _coerce(setting, value)


class Settings(QObject):
    """Typed access to the declared settings.

    Signals: ``changed(str name)`` after :meth:`set` stores a new value.
    """

    changed = Signal(str)

    def __init__(self, path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        migrate(self._qs)

    def get(self, name: str) -> Any:
        setting = BY_NAME[name]
        return coerce(setting, self._qs.value(name))

    def set(self, name: str, value: Any) -> None:
        setting = BY_NAME[name]
        value = coerce(setting, value)
        if value == self.get(name) and self._qs.contains(name):
            return
        if setting.type is bytes:
            stored: Any = QByteArray(value)
        else:  # lists as JSON, since an ini list of one item would read back as a plain string
            stored = stored_form(setting, value)
        self._qs.setValue(name, stored)
        self.changed.emit(name)

    def sync(self) -> None:
        """Write pending values to the ini file now."""
        self._qs.sync()
