"""Importing digest files into the library: walk, hash, skip unchanged, parse, store.

Shared by the command line, the window's import worker and sync (which hands in
downloaded bytes under its own source keys). Progress and cancel are plain
callables so this stays free of Qt; cancelling keeps every batch already stored.

Atomic where it has to be: one source (a file, with all its days) is always
stored in one transaction, because it replaces what it stored before and records
its hash; sources are grouped into transactions of about :data:`BATCH_PAPERS`
papers, so an import never holds the library's one writer for long, and marks the
window queues meanwhile are written between two batches. A whole import is not
one transaction (it never was: cancelling keeps the batches already stored).

One bad source costs only itself: a parser that raises, or a batch that the
store refuses for its data (not for the library's environment, which is a
:class:`~reader.db.LibraryError` and ends the import), is retried source by
source and then day by day, and each day that still fails is reported by file.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.db import LibraryError
from reader.formats.limits import MAX_FILE_BYTES
from reader.formats.markdown import parse_bytes
from reader.library import Library
from reader.model import Day, ParseResult
from reader.plural import count_noun
from reader.sentence import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, current name
Cancel = Callable[[], bool]
# Papers per transaction. The writer runs one transaction at a time, so a write the
# window queues during an import waits at most one batch (the window shows it at once
# and never waits). Measured on this 2-core machine: a 300-paper batch takes ~0.1 s
# to store at 106k papers, and the window's longest stalls and mark latencies during
# an import were lower than with 1,000; the cost is throughput at that size (21,900
# papers into 106k: 6.3 s at 300, 5.3 s at 1,000, 5.1 s at 2,500: each commit adds
# FTS5 segments to merge); at 5,490 papers into an empty library it made no difference.
BATCH_PAPERS = 300
SKIPPED_NAMES = {"readme.md"}  # the archive's README repeats the newest day


@dataclass(slots=True)
class ImportReport:
    """What an import did, for a one-line summary and per-file messages."""

    imported: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    papers: int = 0
    new_papers: int = 0
    new_days: int = 0
    cancelled: bool = False

    @property
    def nothing_changed(self) -> bool:
        return self.imported == 0 and not self.failed and self.unchanged > 0

    def summary(self) -> str:
        """One line for a status bar or stdout."""
        head = "Import cancelled: " if self.cancelled else ""
        if self.imported == 0:
            text = f"Nothing changed ({count_noun(self.unchanged, 'file')} already up to date"
        else:
            text = (
                f"{count_noun(self.imported, 'file')} imported ({count_noun(self.papers, 'paper')}, "
                f"{self.new_papers} new, {count_noun(self.new_days, 'new day')});"
                f" {self.unchanged} unchanged"
            )
        if self.failed:
            text += f"; {len(self.failed)} skipped"
        return head + text + ("." if self.imported else ").")

    def merge(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.warnings += other.warnings
        self.papers += other.papers
        self.new_papers += other.new_papers
        self.new_days += other.new_days
        self.cancelled = self.cancelled or other.cancelled


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def find_digests(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[str]]:
    """Expand files and folders (recursive ``*.md``) into files; missing paths are errors."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*.md")
                if p.is_file()
                and p.name.lower() not in SKIPPED_NAMES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                errors.append(
                    QT_TRANSLATE_NOOP("ImportError", "%1 holds no .md digest files").arg(path)
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(QT_TRANSLATE_NOOP("ImportError", "%1 does not exist").arg(path))
    return list(dict.fromkeys(p.resolve() for p in files)), errors


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import digest files and folders; a source key is the file's absolute path."""
    files, errors = find_digests(paths)
    report = ImportReport(failed=errors)

    def documents() -> Iterator[tuple[str, bytes | None, str | None]]:
        for path in files:
            try:
                if path.stat().st_size > MAX_FILE_BYTES:  # refused before it fills the memory
                    text = QT_TRANSLATE_NOOP(
                        "ImportError", "%1 is too large for a digest (at most %2 MB)"
                    )
                    yield str(path), None, text.arg(path, MAX_FILE_BYTES // 2**20)
                    continue
                yield str(path), path.read_bytes(), None
            except OSError as exc:
                text = QT_TRANSLATE_NOOP("ImportError", "%1 could not be read (%2)")
                yield str(path), None, text.arg(path, exc.strerror or exc)

    report.merge(import_documents(library, documents(), len(files), "markdown", progress, cancel))
    return report


def import_documents(
    library: Library,
    documents: Iterable[tuple[str, bytes | None, str | None]],
    total: int,
    source_name: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    parse: Callable[[bytes, str], ParseResult] = parse_bytes,
) -> ImportReport:
    """Import ``(key, content, read_error)`` documents in batches of one transaction each.

    A document whose content hash matches the last import of its key is skipped
    before parsing, which is what makes a re-import of an unchanged archive cheap.
    """
    report = ImportReport()
    batch: list = []
    batch_papers = 0
    items = _read_items(documents, library.source_hashes(), parse)
    with library.bulk():
        try:
            for done, item in enumerate(items):
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(done, total, item.key)
                if item.error is not None:
                    report.failed.append(item.error)
                elif item.parsed is None:
                    report.unchanged += 1
                elif item.parsed.error:
                    report.warnings += item.parsed.warnings
                    report.failed.append(item.parsed.error)
                else:
                    report.warnings += item.parsed.warnings
                    report.imported += 1
                    report.papers += item.parsed.paper_count
                    batch_papers += item.parsed.paper_count
                    batch.append((item.key, item.hash, list(item.parsed.days), source_name))
                    if batch_papers >= BATCH_PAPERS:
                        _flush(library, batch, report)
                        batch_papers = 0
            _flush(library, batch, report)
        finally:
            items.close()
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    for message in report.failed:
        log.warning("import: %s", message)
    return report


def _flush(library: Library, batch: list, report: ImportReport) -> None:
    if not batch:
        return
    try:
        stored = library.store(batch)
    except LibraryError:
        raise  # the library's environment (busy, full, damaged): the import cannot go on
    except Exception:
        log.warning("import: a batch was refused; storing its %d sources one by one", len(batch))
        for source in batch:
            _store_alone(library, source, report)
    else:
        report.new_papers += stored.new_papers
        report.new_days += stored.new_days
    batch.clear()


def _store_alone(library: Library, source: tuple, report: ImportReport) -> None:
    """Store one source; if the store refuses it, keep the days it accepts one at a time.

    Each day is tried alone under an empty hash (so a failure halfway leaves the
    source to be imported again), then the accepted days are stored together.
    """
    key, digest_hash, days, source_name = source
    try:
        stored = library.store([source])
    except LibraryError:
        raise
    except Exception:
        good: list[Day] = []
        for day in days:
            try:
                library.store([(key, "", [day], source_name)])
            except LibraryError:
                raise
            except Exception as exc:
                log.warning("import: %s: the day %s was refused", key, day.date, exc_info=True)
                report.failed.append(
                    QT_TRANSLATE_NOOP(
                        "ImportError",
                        "%1: the papers of %2 could not be stored (%3);"
                        " the rest of the import went on",
                    ).arg(key, day.date, type(exc).__name__)
                )
                report.papers -= len(day.papers)
            else:
                good.append(day)
        if not good:
            report.imported -= 1
            return
        try:
            stored = library.store([(key, digest_hash, good, source_name)])
        except LibraryError:
            raise
        except Exception as exc:  # each day alone was fine, together they are not
            log.warning("import: %s was refused", key, exc_info=True)
            report.failed.append(
                QT_TRANSLATE_NOOP("ImportError", "%1 could not be stored (%2)").arg(
                    key, type(exc).__name__
                )
            )
            report.imported -= 1
            report.papers -= sum(len(day.papers) for day in good)
            return
    report.new_papers += stored.new_papers
    report.new_days += stored.new_days


@dataclass(slots=True)
class _Item:
    key: str
    hash: str = ""
    parsed: ParseResult | None = None  # None: unchanged since the last import
    error: str | None = None


def _read_items(
    documents: Iterable[tuple[str, bytes | None, str | None]],
    known: dict[str, str],
    parse: Callable[[bytes, str], ParseResult],
) -> Generator[_Item, None, None]:
    """Hash each document and parse it only when it changed since the last import.

    Parsing stays on the storing thread: a parsing thread beside it would hold the
    GIL against SQLite's per-row callbacks and made imports slower, not faster.
    """
    for key, data, read_error in documents:
        if data is None:
            unread = QT_TRANSLATE_NOOP("ImportError", "%1 could not be read").arg(key)
            yield _Item(key, error=read_error or unread)
            continue
        digest_hash = content_hash(data)
        if known.get(key) == digest_hash:
            yield _Item(key, digest_hash)
            continue
        try:
            parsed = parse(data, key)
        except Exception as exc:  # a parser bug must cost this source only
            log.exception("import: parsing %s failed", key)
            text = QT_TRANSLATE_NOOP("ImportError", "%1 could not be parsed (%2)")
            yield _Item(key, error=text.arg(key, type(exc).__name__))
        else:
            yield _Item(key, digest_hash, parsed)
