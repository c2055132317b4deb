"""Unusable library files for tests, made for real: damaged, empty, a folder, too new, read-only.

``read_only`` makes a real read-only condition, also when the tests run as root
(whom ``chmod`` does not stop): as root the paths get the immutable attribute
(``chattr +i``), which stops root too, and ``os.access`` then reports them
unwritable exactly as it does for a normal user in a folder without write
permission. Either way the helper proves the condition before the test goes on.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.schema import MIGRATIONS

PAPER = "2403.05530"  # a paper of the shared corpus
KINDS = ("damaged", "empty", "folder", "future", "garbage")
EXPECTED = {  # a phrase of the one sentence each kind is refused with
    "damaged": "is damaged, so it is open read-only and nothing is written to it",
    "empty": "is an empty file, so something truncated it",
    "folder": "is a folder, not a file",
    "future": "was written by a newer version of the app",
    "garbage": "is not an SQLite database",
}


def fingerprint(path: Path) -> str:
    """sha256 of a library file and of its -wal (where a write waits until a checkpoint).

    Of a folder: its names and their contents. A missing and an empty -wal (one a
    reader may create) count the same: neither holds a write.
    """
    digest = hashlib.sha256()
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            digest.update(str(child.relative_to(path)).encode())
            if child.is_file():
                digest.update(child.read_bytes())
        return digest.hexdigest()
    digest.update(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    digest.update(b"-wal:" + (wal.read_bytes() if wal.exists() else b""))
    return digest.hexdigest()


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def damage(path: Path, seed: int = 10) -> None:
    """Random bytes over four pages in the middle of the file, as a failing disk leaves them."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // page // 2
    rnd = random.Random(seed)
    for number in range(middle - 2, middle + 2):
        data[number * page : (number + 1) * page] = rnd.randbytes(page)
    path.write_bytes(bytes(data))
    assert quick_check(path) != "ok", "the damage must be one SQLite can see"


def make_library(kind: str, db: Path, template: Path) -> Path:
    """Put a library of *kind* at *db* (a copy of the complete *template* when it needs one)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    if kind in ("damaged", "future", "good"):
        shutil.copyfile(template, db)
    if kind == "damaged":
        damage(db)
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "folder":
        db.mkdir()
        (db / "notes.txt").write_text("someone's folder", "utf-8")
    elif kind == "future":
        conn = sqlite3.connect(db)
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        conn.commit()
        conn.close()  # the last connection checkpoints: the file holds everything
    elif kind == "garbage":
        db.write_bytes(random.Random(3).randbytes(50_000))
    return db


def side_files(db: Path) -> list[str]:
    """Names beside *db* that SQLite or a half-built library would leave."""
    return sorted(p.name for p in db.parent.iterdir() if p.name != db.name and "sqlite3" in p.name)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make *paths* (a folder and its library) truly unwritable for this process."""
    if getattr(os, "geteuid", lambda: 1)() != 0:
        modes = {p: stat.S_IMODE(p.stat().st_mode) for p in paths}
        for p, mode in modes.items():
            p.chmod(mode & ~0o222)
        try:
            _prove(paths)
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("tests run as root, whom chmod cannot stop, and chattr is not installed")
    names = [str(p) for p in paths]
    done = subprocess.run([chattr, "+i", *names], capture_output=True, text=True)
    if done.returncode != 0:
        subprocess.run([chattr, "-i", *names], capture_output=True)
        pytest.skip(
            "tests run as root, whom chmod cannot stop, and this file system refuses "
            f"the immutable attribute ({done.stderr.strip()})"
        )
    try:
        _prove(paths)
        yield
    finally:
        subprocess.run([chattr, "-i", *names], check=True)


def _prove(paths: tuple[Path, ...]) -> None:
    for p in paths:
        assert not os.access(p, os.W_OK), f"{p} is still writable"
        if p.is_dir():
            with pytest.raises(OSError):
                (p / "probe").write_bytes(b"")
