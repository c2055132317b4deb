"""Where the reader keeps its files: appdirs folders, or one folder given by the user.

``--data-dir DIR`` (or ``DAILY_PAPERS_DATA_DIR``) moves everything — database,
cache and settings — under DIR, so tests, benchmarks and portable installs never
touch the user's real folders.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from reader import APP_SLUG, ORG_NAME
from reader.sentence import QT_TRANSLATE_NOOP

ENV_DATA_DIR = "DAILY_PAPERS_DATA_DIR"
DB_NAME = "library.sqlite3"


class DataDirError(Exception):
    """A data, cache or config folder that cannot be used; ``str()`` is one sentence."""

    @classmethod
    def from_os_error(cls, folder: Path, exc: OSError) -> DataDirError:
        reason: str
        if isinstance(exc, (FileExistsError, NotADirectoryError)):
            reason = QT_TRANSLATE_NOOP("LibraryError", "a file is in the way").arg()
        elif isinstance(exc, PermissionError):
            reason = QT_TRANSLATE_NOOP("LibraryError", "permission denied").arg()
        else:
            reason = (exc.strerror or type(exc).__name__).lower()
        return cls(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The folder %1 cannot be used (%2);"
                " choose another with --data-dir or DAILY_PAPERS_DATA_DIR.",
            ).arg(folder, reason)
        )


class AppPaths(NamedTuple):
    """The data, cache and config folders; created on first use, not on construction.

    A named tuple, not a dataclass: the same fields, equality and repr, ~1 ms less
    at start-up (a dataclass compiles its methods when defined).
    """

    data: Path
    cache: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.ensure(self.data) / DB_NAME

    @property
    def digests(self) -> Path:
        """Raw downloaded digests, kept so the app reads offline."""
        return self.ensure(self.cache / "digests")

    @property
    def thumbnails(self) -> Path:
        return self.ensure(self.cache / "thumbnails")

    @property
    def similarity_index(self) -> Path:
        """Derived TF-IDF index for related papers and "For you"; rebuilt when missing."""
        return self.ensure(self.cache) / "similar.sqlite3"

    @property
    def pdfs(self) -> Path:
        """Downloaded papers' PDFs (their text index is ``cache/fulltext.sqlite3``)."""
        return self.ensure(self.cache / "pdfs")

    @property
    def settings_file(self) -> Path:
        return self.ensure(self.config) / "settings.ini"

    @staticmethod
    def ensure(folder: Path) -> Path:
        """*folder*, created if missing; :class:`DataDirError` when it cannot be."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirError.from_os_error(folder, exc) from exc
        return folder


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Return the folders for *data_dir*, the environment override, or appdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        try:
            root = Path(chosen).expanduser().resolve()
        except (OSError, RuntimeError) as exc:  # a symlink loop, an unknown ~user
            raise DataDirError(
                QT_TRANSLATE_NOOP(
                    "LibraryError",
                    "The folder %1 cannot be used (%2); choose another with --data-dir.",
                ).arg(chosen, exc)
            ) from exc
        return AppPaths(data=root, cache=root / "cache", config=root / "config")
    import appdirs  # only here: a data folder given on the command line needs none of it

    return AppPaths(
        data=Path(appdirs.user_data_dir(APP_SLUG, ORG_NAME)),
        cache=Path(appdirs.user_cache_dir(APP_SLUG, ORG_NAME)),
        config=Path(appdirs.user_config_dir(APP_SLUG, ORG_NAME)),
    )
