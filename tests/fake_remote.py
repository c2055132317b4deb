"""A GitHub-shaped archive and a Hugging Face-shaped API on real loopback servers.

The archive serves ``/repos/{o}/{r}/git/trees/{branch}?recursive=1`` (blob shas are
the git blob sha1 of the content, the tree has an ETag), optionally
``/repos/{o}/{r}/tarball/{branch}`` (a redirect to a gzip tarball on the raw host, as
GitHub does), and raw files at ``/{o}/{r}/{branch}/{path}`` on a second server, i.e.
another host:port. Files are built from ../shared/corpus-sample read in place, with
thumbnail URLs pointed at a third server that answers with a tiny PNG, so no test
ever reaches the internet. ``delay`` slows every digest reply (for kill tests).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import struct
import tarfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.httpserver import LoopbackServer, RecordedRequest, Reply


def _png(width: int, height: int) -> bytes:
    """A real, decodable RGB PNG (a soft gradient), built without any image library."""
    rows = b"".join(
        b"\x00"
        + bytes(
            v
            for x in range(width)
            for v in (40 + 120 * x // width, 90 + 100 * y // height, 200 - 60 * x // width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


PNG = _png(160, 90)
_DAY_FILE = re.compile(r"^\d{4}/\d{2}/\d{2}\.md$")
_THUMB_HOSTS = (b"https://cdn-thumbnails.huggingface.co/", b"https://cdn-uploads.huggingface.co/")


def blob_sha(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()


class Thumbnails:
    """Serves a PNG for every path it is told about."""

    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.base = server.url_for("/thumbs/")

    def rewrite(self, data: bytes) -> bytes:
        for host in _THUMB_HOSTS:
            data = data.replace(host, self.base.encode())
        for match in re.finditer(rb"/thumbs/[^\s)\"'<>]+", data):
            self.server.route(
                match.group(0).decode(), Reply(body=PNG, headers={"Content-Type": "image/png"})
            )
        return data

    def url(self, name: str) -> str:
        self.server.route(f"/thumbs/{name}", Reply(body=PNG, headers={"Content-Type": "image/png"}))
        return self.base + name

    def requests(self) -> list[RecordedRequest]:
        return [r for r in self.server.requests if r.bare_path.startswith("/thumbs/")]


class FakeArchive:
    """The daily_papers_ko repository as GitHub's API and raw host would serve it."""

    def __init__(
        self,
        api: LoopbackServer,
        raw: LoopbackServer,
        corpus: Path,
        thumbs: Thumbnails,
        *,
        owner: str = "l-yohai",
        repo: str = "daily_papers_ko",
        branch: str = "main",
        folder: str = "paper_logs",
        tarball: bool = False,
    ) -> None:
        self.api, self.raw, self.thumbs = api, raw, thumbs
        self.owner, self.repo, self.branch, self.folder = owner, repo, branch, folder
        self.delay = 0.0
        self.files: dict[str, bytes] = {}
        for path in sorted(corpus.rglob("*.md")):
            rel = path.relative_to(corpus).as_posix()
            if _DAY_FILE.match(rel):
                self.set_file(f"{folder}/{rel}", path.read_bytes())
        self.set_file("README.md", b"# Daily Papers\n\n## Daily Papers (2025-05-09)\n")
        api.route(self.tree_path, self._tree)
        if tarball:
            codeload = f"/codeload/{owner}/{repo}/legacy.tar.gz/refs/heads/{branch}"
            api.route(self.tarball_path, Reply.redirect(raw.url_for(codeload)))
            raw.route(codeload, self._tarball)

    # -- configuration

    @property
    def api_url(self) -> str:
        return self.api.url

    @property
    def raw_url(self) -> str:
        return self.raw.url

    @property
    def tree_path(self) -> str:
        return f"/repos/{self.owner}/{self.repo}/git/trees/{self.branch}"

    @property
    def tarball_path(self) -> str:
        return f"/repos/{self.owner}/{self.repo}/tarball/{self.branch}"

    def raw_path(self, path: str) -> str:
        return f"/{self.owner}/{self.repo}/{self.branch}/{path}"

    def day_path(self, day: str) -> str:
        """``2024-03-11`` -> ``paper_logs/2024/03/11.md``."""
        return f"{self.folder}/{day.replace('-', '/')}.md"

    @property
    def days(self) -> list[str]:
        return sorted(
            p[len(self.folder) + 1 : -3].replace("/", "-")
            for p in self.files
            if p.startswith(self.folder + "/")
        )

    def set_file(self, path: str, data: bytes) -> None:
        """Add or change a file upstream (thumbnail URLs are pointed at the test server)."""
        self.files[path] = self.thumbs.rewrite(data)
        self.raw.route(self.raw_path(path), self._raw(path))

    def raw_route(self, path: str, *replies: Reply | Callable[[RecordedRequest], Reply]) -> None:
        """Answer the next requests for one file with *replies*, then serve it normally."""
        self.raw.route(self.raw_path(path), *replies, self._raw(path))

    def tree_route(self, *replies: Reply | Callable[[RecordedRequest], Reply]) -> None:
        self.api.route(self.tree_path, *replies, self._tree)

    def raw_requests(self) -> list[RecordedRequest]:
        prefix = f"/{self.owner}/{self.repo}/{self.branch}/"
        return [r for r in self.raw.requests if r.bare_path.startswith(prefix)]

    def tree_json(self) -> dict:
        entries = []
        folders = sorted(
            {p.rsplit("/", i)[0] for p in self.files for i in range(1, p.count("/") + 1)}
        )
        for folder in folders:
            entries.append({"path": folder, "mode": "040000", "type": "tree", "sha": "0" * 40})
        for path, data in sorted(self.files.items()):
            entries.append(
                {
                    "path": path,
                    "mode": "100644",
                    "type": "blob",
                    "sha": blob_sha(data),
                    "size": len(data),
                }
            )
        sha = hashlib.sha1(json.dumps(entries, sort_keys=True).encode()).hexdigest()
        return {"sha": sha, "url": "", "tree": entries, "truncated": False}

    # -- responders

    def _tree(self, _request: RecordedRequest) -> Reply:
        tree = self.tree_json()
        return Reply.json(tree, etag=f'"{tree["sha"]}"', delay=self.delay)

    def _raw(self, path: str) -> Callable[[RecordedRequest], Reply]:
        def answer(_request: RecordedRequest) -> Reply:
            data = self.files.get(path)
            if data is None:
                return Reply(status=404, body=b"404: Not Found", delay=self.delay)
            return Reply(
                body=data,
                etag=f'W/"{blob_sha(data)}"',
                headers={"Content-Type": "text/plain; charset=utf-8"},
                delay=self.delay,
            )

        return answer

    def _tarball(self, _request: RecordedRequest) -> Reply:
        buffer = io.BytesIO()
        top = f"{self.owner}-{self.repo}-0123abc"
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            for path, data in sorted(self.files.items()):
                info = tarfile.TarInfo(f"{top}/{path}")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return Reply(body=buffer.getvalue(), headers={"Content-Type": "application/x-gzip"})


def hf_item(
    paper_id: str,
    title: str,
    *,
    upvotes: int | None = 10,
    abstract: str | None = "We study things.",
    ai_summary: str | None = "A short summary.",
    thumbnail: str | None = None,
    authors: tuple[str, ...] = ("Ada Lovelace", "Alan Turing"),
) -> dict:
    """One item shaped like the real /api/daily_papers answer."""
    paper: dict = {
        "id": paper_id,
        "title": title,
        "authors": [{"_id": f"a{i}", "name": n, "hidden": False} for i, n in enumerate(authors)],
        "publishedAt": "2025-06-02T17:59:00.000Z",
        "submittedOnDailyAt": "2025-06-03T00:12:00.000Z",
        "discussionId": "abc",
    }
    if abstract is not None:
        paper["summary"] = abstract
    if upvotes is not None:
        paper["upvotes"] = upvotes
    if ai_summary is not None:
        paper["ai_summary"] = ai_summary
        paper["ai_keywords"] = ["things"]
    item: dict = {
        "paper": paper,
        "publishedAt": "2025-06-02T17:59:00.000Z",
        "title": title,
        "numComments": 2,
        "submittedBy": {"_id": "u1", "user": "someone", "fullname": "Some One"},
        "isAuthorParticipating": False,
    }
    if thumbnail is not None:
        item["thumbnail"] = thumbnail
    return item


class FakeHf:
    """``/api/daily_papers?date=D`` answering from ``days``; unknown dates give ``[]``.

    ``log`` holds ``(monotonic time, date)`` of every request as it arrived, programmed
    replies included, so tests can measure pacing. ``headers`` are added to every
    normal answer. :meth:`enforce_quota` makes it count requests in fixed windows the
    way the Hub does: ``RateLimit``/``RateLimit-Policy`` on every answer and a 429 with
    ``Retry-After`` past the quota; ``limited`` counts those 429s.
    """

    def __init__(self, server: LoopbackServer, days: dict[str, list] | None = None) -> None:
        self.server = server
        self.days: dict[str, list] = dict(days or {})
        self.delay = 0.0
        self.etags = True
        self.headers: dict[str, str] = {}
        self.log: list[tuple[float, str]] = []
        self.limited = 0
        self._quota: tuple[int, float] | None = None
        self._window = (0.0, 0)  # (start, requests counted in it)
        self._lock = threading.Lock()
        server.route("/api/daily_papers", self._answer)

    @property
    def url(self) -> str:
        return self.server.url

    def route(self, day: str, *replies: Reply | Callable[[RecordedRequest], Reply]) -> None:
        """Answer the next requests for *day* with *replies*, then normally."""
        logged = [self._logged(r) for r in replies]
        self.server.route(f"/api/daily_papers?date={day}", *logged, self._answer)

    def enforce_quota(self, limit: int, window: float) -> None:
        """Allow *limit* requests per fixed *window* seconds, as the Hub's API does."""
        self._quota = (limit, window)

    def requested_dates(self) -> list[str]:
        out = []
        for request in self.server.requests:
            if request.bare_path == "/api/daily_papers":
                out += parse_qs(urlsplit(request.path).query).get("date", [])
        return out

    def _logged(
        self, reply: Reply | Callable[[RecordedRequest], Reply]
    ) -> Callable[[RecordedRequest], Reply]:
        def answer(request: RecordedRequest) -> Reply:
            self._note(request)
            return reply(request) if callable(reply) else reply

        return answer

    def _note(self, request: RecordedRequest) -> None:
        day = (parse_qs(urlsplit(request.path).query).get("date") or [""])[0]
        with self._lock:
            self.log.append((time.monotonic(), day))

    def _count(self) -> dict[str, str] | Reply:
        """Count one request against the quota: its headers, or the 429 past it."""
        if self._quota is None:
            return {}
        limit, window = self._quota
        with self._lock:
            now = time.monotonic()
            start, used = self._window
            if now - start >= window:
                start, used = now, 0
            used += 1
            self._window = (start, used)
        reset = max(1, math.ceil(start + window - now))
        policy = f'"fixed window";"api";q={limit};w={math.ceil(window)}'
        if used > limit:
            self.limited += 1
            headers = {
                "Retry-After": str(reset),
                "RateLimit": f'"api";r=0;t={reset}',
                "RateLimit-Policy": policy,
            }
            return Reply(status=429, body=b"Too Many Requests", headers=headers)
        return {"RateLimit": f'"api";r={limit - used};t={reset}', "RateLimit-Policy": policy}

    def _answer(self, request: RecordedRequest) -> Reply:
        self._note(request)
        counted = self._count()
        if isinstance(counted, Reply):
            return counted
        day = (parse_qs(urlsplit(request.path).query).get("date") or [""])[0]
        body = self.days.get(day, [])
        etag = None
        if self.etags:
            etag = '"' + hashlib.sha1(json.dumps(body).encode()).hexdigest()[:16] + '"'
        headers = {**self.headers, **counted}
        return Reply.json(body, etag=etag, delay=self.delay, headers=headers)
