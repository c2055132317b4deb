"""Helpers several test files share: a SQLite file's rows, and the benchmark's generator.

``file_rows`` reads a library file with a plain connection of its own (what is on
disk, not what a Library object caches); ``gen_corpus`` loads
``benchmarks/gen_corpus.py`` (not a package) once for the tests that need
hundreds of synthetic digests.
"""

from __future__ import annotations

import functools
import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "gen_corpus.py"


def file_rows(path: Path, sql: str) -> list[tuple]:
    """Every row *sql* gives on the file at *path*."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@functools.cache
def gen_corpus() -> ModuleType:
    """``benchmarks/gen_corpus.py`` as a module (registered, so its dataclasses work)."""
    spec = importlib.util.spec_from_file_location("gen_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_corpus", module)
    spec.loader.exec_module(module)
    return module
