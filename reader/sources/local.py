"""Local folders the user adds: rescanned on demand, and cheaply checked for changes.

The window watches these folders with a QFileSystemWatcher (non-recursive, so it
watches every folder :func:`watch_dirs` names) and, when one fires, calls
:func:`changed_files` to see whether anything needs importing before it starts a
worker for :func:`rescan`. Source keys are absolute file paths, as for ``import``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader.importer import (
    SKIPPED_NAMES,
    Cancel,
    ImportReport,
    Progress,
    content_hash,
    import_paths,
)
from reader.library import Library

log = logging.getLogger(__name__)


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def digest_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.md`` digest under *folder* (absolute, sorted); empty when it is missing."""
    root = Path(folder).expanduser()
    if not root.is_dir():
        return []
    root = root.resolve()
    return sorted(
        p
        for p in root.rglob("*.md")
        if p.is_file() and p.name.lower() not in SKIPPED_NAMES and _visible(p, root)
    )


def watch_dirs(folder: str | os.PathLike[str]) -> list[Path]:
    """*folder* and its visible subfolders: what a non-recursive watcher must watch."""
    root = Path(folder).expanduser()
    if not root.is_dir():
        return []
    root = root.resolve()
    return [root] + sorted(p for p in root.rglob("*") if p.is_dir() and _visible(p, root))


def changed_files(folder: str | os.PathLike[str], known_hashes: Mapping[str, str]) -> list[Path]:
    """Digest files under *folder* whose content is new or differs from *known_hashes*
    (``Library.source_hashes()``: absolute path -> content hash). Unreadable files are
    left out; the import that follows reports them."""
    changed = []
    for path in digest_files(folder):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if known_hashes.get(str(path.resolve())) != content_hash(data):
            changed.append(path)
    return changed


def rescan(
    library: Library,
    folders: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import what is new or changed in the user's folders; missing folders are reported."""
    existing: list[str | os.PathLike[str]] = []
    missing: list[str | os.PathLike[str]] = []
    for folder in folders:
        (existing if Path(folder).expanduser().is_dir() else missing).append(folder)
    report = ImportReport(failed=[f"The folder {f} does not exist." for f in missing])
    if existing:
        report.merge(import_paths(library, existing, progress, cancel))
    return report
