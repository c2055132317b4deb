"""Papers' PDFs in the cache folder: which papers want one, and downloading them politely.

A PDF is fetched in ranges (``Range: bytes=...``) into a ``.part`` file beside its
final place, so a download cut off by a crash, a cancel or a dropped connection
resumes where it stopped; each range goes through the app's :class:`HttpClient`
(timeouts, retries). Only one request runs at a time, with a pause between
requests, because arXiv asks robots to be slow. Nothing becomes ``<id>.pdf``
unless it starts with ``%PDF-``, ends with ``%%EOF`` and the caller's *validate*
(QtPdf, in :mod:`reader.ui.pdf.extract`) could open it and read its text: a rate
limit page, a captcha, a withdrawn notice or a cut-off file is never kept.

No Qt here: the validator is passed in, so the core stays Qt-free.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.fulltext import FullText
from reader.plural import count_noun
from reader.sentence import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the network stack loads when a download runs, not with the CLI
    from reader.net import HttpClient

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://arxiv.org/pdf"
DEFAULT_MAX_MB = 100
RANGE_BYTES = 8 * 1024 * 1024  # one request fetches most papers whole
DEFAULT_PAUSE = 3.0  # seconds between requests (arXiv's guidance for robots)
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{3,40}$")
_RANGE_RE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")
MAGIC = b"%PDF-"
EOF_MARK = b"%%EOF"
TAIL = 2048  # %%EOF must be within the last bytes (writers add a newline or two)

Validate = Callable[[Path], Sequence[str]]  # the text of each page; raises PdfError
Progress = Callable[[int, int, str], None]  # (bytes done, bytes total or 0, paper id)
Cancel = Callable[[], bool]


class PdfError(Exception):
    """A PDF that cannot be used; ``str()`` is one sentence for the user.

    ``stop_batch`` says whether the next papers would fare the same (the server
    sends web pages instead of PDFs: a rate limit or a captcha).
    """

    def __init__(self, message: str, stop_batch: bool = False) -> None:
        super().__init__(message)
        self.stop_batch = stop_batch


def wanted_pdf_ids(library) -> list[str]:
    """Papers whose PDF is downloaded by itself: the one rule, in one place.

    The bookmarked papers, then the reading queue (triage state "later", in queue
    order) and the must-read papers. Eviction never removes these PDFs.
    """
    from reader.library import PaperQuery

    ids = list(library.bookmarked_ids())
    for view in ("queue", "must-read"):
        ids += library.ids(PaperQuery(view=view))
    return list(dict.fromkeys(ids))


def pdf_address(base: str, paper_id: str) -> str:
    """Where *paper_id*'s PDF is fetched: ``https://arxiv.org/pdf/2403.05135`` by default."""
    return f"{(base or DEFAULT_BASE).rstrip('/')}/{paper_id}"


def valid_id(paper_id: str) -> bool:
    return bool(_ID_RE.match(paper_id)) and ".." not in paper_id


# ------------------------------------------------------------------------ store


class PdfStore:
    """``<folder>/<id>.pdf`` files; ``.<id>.pdf.part`` while downloading."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def _name(paper_id: str) -> str:
        if not valid_id(paper_id):
            raise ValueError(f"{paper_id!r} is not an arXiv id")
        return paper_id.replace("/", "_")

    def path(self, paper_id: str) -> Path:
        return self.folder / f"{self._name(paper_id)}.pdf"

    def partial(self, paper_id: str) -> Path:
        return self.folder / f".{self._name(paper_id)}.pdf.part"

    def has(self, paper_id: str) -> bool:
        return valid_id(paper_id) and self.path(paper_id).is_file()

    def touch(self, paper_id: str) -> None:
        """Mark as recently read, so eviction takes it last."""
        try:
            os.utime(self.path(paper_id))
        except (OSError, ValueError):
            pass

    def files(self) -> dict[str, Path]:
        """Every stored PDF by paper id (old-style ids come back with '/')."""
        if not self.folder.is_dir():
            return {}
        return {
            p.stem.replace("_", "/"): p
            for p in self.folder.glob("*.pdf")
            if p.is_file() and not p.name.startswith(".")
        }

    def remove(self, paper_id: str) -> bool:
        found = False
        for path in (self.path(paper_id), self.partial(paper_id)):
            try:
                path.unlink()
                found = True
            except FileNotFoundError:
                pass
        return found

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.files().values())

    def evict(self, max_bytes: int, keep: Iterable[str]) -> list[str]:
        """Delete least recently read PDFs until the folder fits; never one in *keep*."""
        keep = set(keep)
        entries, total = [], 0
        for paper_id, path in self.files().items():
            try:
                stat = path.stat()
            except OSError:
                continue
            total += stat.st_size
            if paper_id not in keep:
                entries.append((stat.st_mtime, stat.st_size, paper_id))
        removed = []
        for _mtime, size, paper_id in sorted(entries):
            if total <= max_bytes:
                break
            if self.remove(paper_id):
                total -= size
                removed.append(paper_id)
        if removed:
            log.info("PDF cache: evicted %d files", len(removed))
        return removed


# -------------------------------------------------------------------- checking


def check_head(head: bytes, content_type: str, paper_id: str, host: str) -> None:
    """The first bytes must be a PDF header; a web page is named as such."""
    if MAGIC in head[:1024]:
        return
    text = head[:2048].lstrip().lower()
    if "html" in content_type.lower() or text.startswith((b"<!doctype", b"<html", b"<?xml")):
        raise PdfError(
            QT_TRANSLATE_NOOP(
                "PdfText",
                "%1 sent a web page instead of the PDF of %2 (a rate limit, a "
                "captcha or a withdrawn paper); nothing was stored.",
            ).arg(host, paper_id),
            stop_batch=True,
        )
    said = QT_TRANSLATE_NOOP(
        "PdfText", "%1 sent something that is not a PDF for %2; nothing was stored."
    )
    raise PdfError(said.arg(host, paper_id))


def check_tail(path: Path, paper_id: str) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - TAIL))
        tail = fh.read()
    if EOF_MARK not in tail:
        said = QT_TRANSLATE_NOOP(
            "PdfText",
            "The PDF of %1 arrived incomplete (it has no end marker); nothing was stored.",
        )
        raise PdfError(said.arg(paper_id))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


# ------------------------------------------------------------------ downloading


@dataclass
class DownloadReport:
    """What one batch did; ``failed`` holds ``(paper id, sentence)`` pairs."""

    fetched: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # what came was not a usable PDF
    stopped: str = ""  # why the batch ended early (the sentence told to the user)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{count_noun(len(self.fetched), 'PDF')} downloaded"]
        if self.present:
            parts.append(f"{len(self.present)} already here")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts) + ("; cancelled." if self.cancelled else ".")


class PdfDownloader:
    """Fetches PDFs into a :class:`PdfStore` and indexes their text in a :class:`FullText`.

    *client* should allow bodies of at least *max_bytes* (a server that ignores
    ``Range`` sends the whole file at once). *sleep* is injectable for tests.
    """

    def __init__(
        self,
        client: HttpClient,
        store: PdfStore,
        index: FullText,
        validate: Validate,
        base_url: str = DEFAULT_BASE,
        max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024,
        pause: float = DEFAULT_PAUSE,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self.client, self.store, self.index = client, store, index
        self.validate = validate
        self.base_url = base_url or DEFAULT_BASE
        self.max_bytes = max_bytes
        self.pause = max(0.0, pause)
        self._sleep = sleep
        self._next_request = 0.0

    # -- one paper

    def fetch(
        self, paper_id: str, cancel: Cancel | None = None, progress: Progress | None = None
    ) -> bool:
        """Download, check and index *paper_id*'s PDF; False when it was already here.

        Raises :class:`PdfError` or :class:`~reader.net.NetError` (one sentence each).
        """
        from reader.net import HttpError

        if not valid_id(paper_id):
            raise PdfError(
                QT_TRANSLATE_NOOP("PdfText", "%1 is not an arXiv id.").arg(repr(paper_id))
            )
        final = self.store.path(paper_id)
        if final.is_file():
            if self.index.get(paper_id) is None:  # the index was wiped: read it again
                self._index(paper_id, final)
            return False
        part = self.store.partial(paper_id)
        part.parent.mkdir(parents=True, exist_ok=True)
        url = pdf_address(self.base_url, paper_id)
        host = urlsplit(url).netloc or "the server"
        try:
            self._download(url, host, paper_id, part, cancel, progress)
            check_tail(part, paper_id)
            pages = self._validated(part, paper_id)
            with part.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(part, final)
        except PdfError:
            part.unlink(missing_ok=True)
            raise
        except HttpError as exc:
            if exc.status >= 500:  # the server's trouble: keep the part, try again later
                raise
            part.unlink(missing_ok=True)  # a 404 or 410 will not become a PDF
            said = QT_TRANSLATE_NOOP("PdfText", "The PDF of %1 was not downloaded: %2")
            raise PdfError(said.arg(paper_id, str(exc))) from exc
        self.index.record(paper_id, final.stat().st_size, pages)
        return True

    def _validated(self, path: Path, paper_id: str) -> Sequence[str]:
        try:
            return self.validate(path)
        except Exception as exc:  # the validator's reason, told with the paper's id
            log.info("PDF %s refused by the validator: %r", paper_id, exc)
            reason = getattr(exc, "reason", None) or str(exc).rstrip(".")
            said = QT_TRANSLATE_NOOP(
                "PdfText", "The PDF of %1 cannot be opened (%2); nothing was stored."
            )
            raise PdfError(said.arg(paper_id, reason)) from exc

    def _index(self, paper_id: str, path: Path) -> None:
        self.index.record(paper_id, path.stat().st_size, self._validated(path, paper_id))

    def _download(
        self,
        url: str,
        host: str,
        paper_id: str,
        part: Path,
        cancel: Cancel | None,
        progress: Progress | None,
    ) -> None:
        offset = part.stat().st_size if part.exists() else 0
        if offset:
            log.info("resuming the PDF of %s at byte %d", paper_id, offset)
        total = 0
        while True:
            self._wait(cancel)
            response = self.client.get(
                url,
                headers={"Range": f"bytes={offset}-{offset + RANGE_BYTES - 1}"},
                cancel=cancel,
            )
            self._next_request = time.monotonic() + self.pause
            body = response.content
            content_type = response.headers.get("Content-Type", "")
            start, total = self._extent(response.status, response.headers, len(body), offset)
            if total > self.max_bytes:
                said = QT_TRANSLATE_NOOP(
                    "PdfText", "The PDF of %1 is %2, more than the %3 limit; it was not downloaded."
                )
                raise PdfError(said.arg(paper_id, _megabytes(total), _megabytes(self.max_bytes)))
            if start == 0:
                check_head(body, content_type, paper_id, host)
            with part.open("r+b" if part.exists() else "wb") as fh:
                fh.seek(start)
                fh.write(body)
                fh.truncate()
            offset = start + len(body)
            if progress is not None:
                progress(offset, total, paper_id)
            if offset >= total:
                return
            if not body:
                said = QT_TRANSLATE_NOOP(
                    "PdfText", "The PDF of %1 arrived incomplete; nothing was stored."
                )
                raise PdfError(said.arg(paper_id))

    @staticmethod
    def _extent(status: int, headers, length: int, offset: int) -> tuple[int, int]:
        """``(where this body starts, the file's total size)``."""
        if status == 206:
            match = _RANGE_RE.match(headers.get("Content-Range", "").strip())
            if match and match.group(3) != "*":
                return int(match.group(1)), int(match.group(3))
            return offset, offset + length  # no usable range: take it as the rest
        return 0, length  # 200: the server ignored Range and sent the whole file

    def _wait(self, cancel: Cancel | None) -> None:
        """One request at a time, *pause* seconds apart; a cancel ends the wait."""
        from reader.net import Cancelled

        while True:
            if cancel is not None and cancel():
                raise Cancelled()
            left = self._next_request - time.monotonic()
            if left <= 0:
                return
            self._sleep(min(0.1, left))

    # -- a batch

    def fetch_many(
        self, ids: Iterable[str], cancel: Cancel | None = None, progress: Progress | None = None
    ) -> DownloadReport:
        """Fetch each paper's PDF in turn; a web page or a rate limit ends the batch."""
        from reader.net import Cancelled, NetError, RateLimited

        report = DownloadReport()
        for paper_id in dict.fromkeys(ids):
            try:
                if self.fetch(paper_id, cancel, progress):
                    report.fetched.append(paper_id)
                else:
                    report.present.append(paper_id)
            except Cancelled:
                report.cancelled = True
                break
            except PdfError as exc:
                report.failed.append((paper_id, str(exc)))
                report.refused.append(paper_id)
                if exc.stop_batch:
                    report.stopped = str(exc)
                    break
            except RateLimited as exc:
                report.failed.append((paper_id, str(exc)))
                report.stopped = str(exc)
                break
            except NetError as exc:
                said = QT_TRANSLATE_NOOP("PdfText", "The PDF of %1 was not downloaded: %2")
                report.failed.append((paper_id, said.arg(paper_id, str(exc))))
            except OSError as exc:
                said = QT_TRANSLATE_NOOP("PdfText", "The PDF of %1 cannot be saved (%2).")
                message = said.arg(paper_id, exc.strerror or exc)
                report.failed.append((paper_id, message))
                report.stopped = message
                break
        return report
