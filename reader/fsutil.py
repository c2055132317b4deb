"""Writing files so a crash never leaves half of one: temporary file, fsync, rename.

A process killed between the temporary file and the rename leaves the temporary
file behind; :func:`remove_stale_temp_files` clears those away later. It knows them
by the name :func:`atomic_write` gives them (``.{name}.{8 random chars}.tmp``) and
only touches ones older than :data:`STALE_AFTER`: a write takes seconds at most, so a
temporary file an hour old belongs to no running process (this app's, or a second
one syncing the same folder), and no lock is needed to tell.
"""

from __future__ import annotations

import logging
import os
import random
import re
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

STALE_AFTER = 3600.0  # seconds
# tempfile.mkstemp(prefix=".NAME.", suffix=".tmp"): 8 characters of [a-z0-9_] between
_TEMP_NAME_RE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
_TEMP_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def atomic_write(path: Path, data: bytes, public: bool = False) -> None:
    """Replace *path* with *data* atomically (readers see the old or the new file).

    The app's own files are created owner-only (``mkstemp``'s 0600). A file the
    user asked for (an export) passes ``public=True`` and gets the mode any other
    program would give it: an existing file keeps its mode, a new one gets 0666
    less the umask.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if public:
        fd, tmp = _public_temp(path)
    else:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _public_temp(path: Path) -> tuple[int, str]:
    """A new temporary file beside *path* whose mode the umask decides (as ``open`` does)."""
    try:
        keep: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        keep = None
    for _ in range(100):
        name = "".join(random.choices(_TEMP_CHARS, k=8))
        tmp = os.path.join(path.parent, f".{path.name}.{name}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        if keep is not None:
            os.fchmod(fd, keep)
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")


def is_temp_name(name: str) -> bool:
    """Whether *name* is one :func:`atomic_write` gives its temporary files."""
    return bool(_TEMP_NAME_RE.match(name))


def remove_stale_temp_files(
    folder: Path, older_than: float = STALE_AFTER, now: float | None = None
) -> int:
    """Delete :func:`atomic_write`'s leftovers under *folder* older than *older_than* seconds.

    Only regular files with that name pattern; symbolic links are neither followed
    nor removed. Returns how many went; a file that cannot be removed is skipped.
    """
    cutoff = (time.time() if now is None else now) - older_than
    removed = 0
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            if not is_temp_name(name):
                continue
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(path)
                    removed += 1
            except OSError as exc:
                log.debug("could not remove %s: %s", path, exc)
    if removed:
        log.info("removed %d stale temporary files under %s", removed, folder)
    return removed
