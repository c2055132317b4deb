"""The GitHub archive source: list the tree once, download only files whose blob changed.

One sync is: the recursive tree in one (conditional) API request; for each digest
file under the configured folder whose git blob sha differs from the one recorded
last time, the bytes come from the offline cache if they still hash to that sha,
else from the tarball (one request, when many files are missing), else from the
raw host one by one (conditional on the file's ETag). Every byte string is checked
against the tree's blob sha before it is cached and imported, so a cut-off body or
a file that changed mid-sync is never stored as if it were the listed one.

API and raw base URLs are settings, so GitHub Enterprise, mirrors and tests work:
``{api}/repos/{owner}/{repo}/git/trees/{branch}?recursive=1``,
``{api}/repos/{owner}/{repo}/tarball/{branch}`` and ``{raw}/{owner}/{repo}/{branch}/{path}``.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import tarfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from reader.config import BY_NAME
from reader.formats.markdown import date_from_path, parse_bytes
from reader.importer import SKIPPED_NAMES
from reader.net import (
    BadResponse,
    Cancelled,
    DeadlineExceeded,
    NetError,
    RateLimited,
    Response,
    json_body,
    safe_url,
)
from reader.neterrors import host_of
from reader.sentence import QT_TRANSLATE_NOOP
from reader.sources.base import (
    CHUNK_FILES,
    Fetched,
    FetchFailed,
    SyncContext,
    download_and_store,
    read_cached,
    safe_relative,
    write_cached,
)
from reader.urls import base_url, netloc

log = logging.getLogger(__name__)

# the archive's defaults are the settings' (reader.config)
DEFAULT_REPO: str = BY_NAME["github_repo"].default
DEFAULT_BRANCH: str = BY_NAME["github_branch"].default
DEFAULT_FOLDER: str = BY_NAME["github_path"].default
DEFAULT_API_URL: str = BY_NAME["github_api_url"].default
DEFAULT_RAW_URL: str = BY_NAME["github_raw_url"].default
SOURCE_NAME = "github"
TREE_ENTRY = ""  # remote_files path under which the tree listing's ETag is kept
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TARBALL_BYTES = 512 * 1024 * 1024  # uncompressed digest bytes taken from one tarball

_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")


def git_blob_sha(data: bytes) -> str:
    """The sha git (and the tree API) gives a file with this content."""
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One digest file as the tree lists it."""

    path: str
    sha: str
    size: int | None = None


@dataclass(frozen=True, slots=True)
class GitHubRepo:
    """Where the archive lives; :meth:`create` validates user input into one."""

    owner: str
    name: str
    branch: str
    folder: str
    api_url: str
    raw_url: str

    @classmethod
    def create(
        cls,
        repo: str = DEFAULT_REPO,
        branch: str = DEFAULT_BRANCH,
        folder: str = DEFAULT_FOLDER,
        api_url: str = DEFAULT_API_URL,
        raw_url: str = DEFAULT_RAW_URL,
    ) -> GitHubRepo:
        """Raise ValueError with one sentence when a setting cannot be right."""
        owner, _, name = repo.strip().strip("/").partition("/")
        if not (_NAME_RE.match(owner) and _NAME_RE.match(name)) or name in (".", ".."):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "SettingError", "The repository %1 is not of the form OWNER/NAME."
                ).arg(repr(repo))
            )
        branch = branch.strip()
        if (
            not branch
            or any(part in ("", ".", "..") for part in branch.split("/"))
            or any(ch.isspace() or ch in "\\~^:?*[" for ch in branch)
        ):
            raise ValueError(
                QT_TRANSLATE_NOOP("SettingError", "The branch %1 is not a valid branch name.").arg(
                    repr(branch)
                )
            )
        folder = folder.strip().strip("/")
        if folder and safe_relative(folder) is None:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "SettingError", "The folder %1 is not a relative path in the repository."
                ).arg(repr(folder))
            )
        return cls(
            owner,
            name,
            branch,
            folder,
            base_url(api_url, QT_TRANSLATE_NOOP("SettingError", "GitHub API address").arg()),
            base_url(raw_url, QT_TRANSLATE_NOOP("SettingError", "raw file address").arg()),
        )

    @property
    def label(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def origin(self) -> str:
        """Names this archive in the sync bookkeeping (a branch is its own origin)."""
        return f"github:{self.owner}/{self.name}@{self.branch}"

    def key(self, path: str) -> str:
        """The library's source key of one file."""
        return f"github:{self.owner}/{self.name}/{path}"

    @property
    def tree_url(self) -> str:
        branch = quote(self.branch, safe="")
        return f"{self.api_url}/repos/{self.owner}/{self.name}/git/trees/{branch}?recursive=1"

    @property
    def tarball_url(self) -> str:
        branch = quote(self.branch, safe="")
        return f"{self.api_url}/repos/{self.owner}/{self.name}/tarball/{branch}"

    def raw_file_url(self, path: str) -> str:
        branch = quote(self.branch, safe="/")
        return f"{self.raw_url}/{self.owner}/{self.name}/{branch}/{quote(path, safe='/')}"

    def cache_dir(self, cache_root: Path) -> Path:
        return cache_root / "github" / self.owner / self.name / quote(self.branch, safe="")

    def wants(self, path: str) -> bool:
        """Whether a tree path is a digest file of this archive's folder."""
        if self.folder and not path.startswith(self.folder + "/"):
            return False
        name = path.rsplit("/", 1)[-1].lower()
        return name.endswith(".md") and name not in SKIPPED_NAMES


def parse_tree(value: object, repo: GitHubRepo) -> tuple[list[RemoteFile], bool]:
    """The digest files of a tree API reply, and whether GitHub truncated the listing."""
    if not isinstance(value, Mapping) or not isinstance(value.get("tree"), list):
        raise BadResponse(f"The file list of {repo.label} is not a git tree listing.")
    files = []
    for entry in value["tree"]:
        if not isinstance(entry, Mapping) or entry.get("type") != "blob":
            continue
        path, sha = entry.get("path"), entry.get("sha")
        if not isinstance(path, str) or not isinstance(sha, str) or not _SHA_RE.match(sha):
            continue
        if not repo.wants(path) or safe_relative(path) is None:
            continue
        size = entry.get("size")
        files.append(RemoteFile(path, sha, size if isinstance(size, int) else None))
    return files, bool(value.get("truncated"))


def read_tarball(data: bytes, wanted: Mapping[str, str]) -> dict[str, bytes]:
    """Files of a GitHub tarball whose path (after the generated top folder) and blob sha
    match *wanted*; read in memory, never extracted to disk."""
    found: dict[str, bytes] = {}
    total = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
        for member in archive:
            if not member.isfile() or member.size > MAX_MEMBER_BYTES:
                continue
            _top, _, path = member.name.partition("/")
            sha = wanted.get(path)
            if sha is None or path in found:
                continue
            handle = archive.extractfile(member)
            if handle is None:
                continue
            content = handle.read()
            total += len(content)
            if total > MAX_TARBALL_BYTES:
                break
            if git_blob_sha(content) == sha:
                found[path] = content
    return found


def _in_range(path: str, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    day = date_from_path(path)
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


class GitHubSource:
    """Syncs one archive (see the module docstring); stateless between runs."""

    name = SOURCE_NAME

    def __init__(self, repo: GitHubRepo, use_tarball: bool = True, tarball_min_files: int = 20):
        self.repo = repo
        self.use_tarball = use_tarball
        self.tarball_min_files = max(1, tarball_min_files)

    # ------------------------------------------------------------------ sync

    def sync(self, ctx: SyncContext, since: str | None = None, until: str | None = None) -> None:
        """Bring the library up to date with the archive; raises NetError to stop early."""
        repo = self.repo
        ctx.progress(0, 0, f"Listing the files of {repo.label}")
        state = ctx.library.remote_files(repo.origin)
        files = [f for f in self._list(ctx, state) if _in_range(f.path, since, until)]
        todo = sorted(
            (f for f in files if state.get(f.path, (None, None))[0] != f.sha),
            key=lambda f: f.path,
            reverse=True,  # newest days first, so an interrupted sync shows the recent ones
        )
        ctx.report.unchanged += len(files) - len(todo)
        if not todo:
            ctx.progress(1, 1, f"{repo.label} is up to date")
            return
        files_dir = repo.cache_dir(ctx.cache_root) / "files"
        self._done, self._total = 0, len(todo)
        need = self._store_from_cache(ctx, todo, files_dir, state)
        if need and self.use_tarball and len(need) >= self.tarball_min_files:
            need = self._store_from_tarball(ctx, need, files_dir)
        self._download_each(ctx, need, files_dir, state)
        ctx.progress(self._total, self._total, "")

    def _list(self, ctx: SyncContext, state: Mapping[str, tuple]) -> list[RemoteFile]:
        """The tree, by a conditional request whose 304 answer reuses the cached listing."""
        repo = self.repo
        tree_path = repo.cache_dir(ctx.cache_root) / "tree.json"
        etag = state.get(TREE_ENTRY, (None, None))[1]
        cached = read_cached(tree_path) if etag else None
        response = ctx.client.get(
            repo.tree_url, etag=etag if cached is not None else None, cancel=ctx.cancel
        )
        body = cached if response.not_modified and cached is not None else response.content
        try:
            value = _json(body, response)
            files, truncated = parse_tree(value, repo)
        except BadResponse:
            if not response.not_modified:
                raise
            log.info("the cached tree of %s is unreadable; listing again", repo.label)
            response = ctx.client.get(repo.tree_url, cancel=ctx.cancel)
            body = response.content
            value = _json(body, response)
            files, truncated = parse_tree(value, repo)
        if not response.not_modified and response.etag and write_cached(tree_path, body) is None:
            sha = value.get("sha")
            ctx.library.set_remote_files(
                repo.origin, [(TREE_ENTRY, sha if isinstance(sha, str) else None, response.etag)]
            )
        if truncated:
            ctx.report.warnings.append(
                QT_TRANSLATE_NOOP(
                    "SyncError", "GitHub listed only part of %1; some days may be missing."
                ).arg(repo.label)
            )
        if not files:
            ctx.report.errors.append(
                QT_TRANSLATE_NOOP(
                    "SyncError", "No digest files were found in the folder %1 of %2 on branch %3."
                ).arg(repr(repo.folder), repo.label, repo.branch)
                if repo.folder
                else QT_TRANSLATE_NOOP(
                    "SyncError", "No digest files were found in the repository of %1 on branch %2."
                ).arg(repo.label, repo.branch)
            )
        return files

    def _fetched(self, f: RemoteFile, data: bytes, etag: str | None) -> Fetched:
        key = self.repo.key(f.path)
        return Fetched(key, f.path, data, parse_bytes(data, key), f.sha, etag)

    def _store_all(self, ctx: SyncContext, docs: Sequence[Fetched]) -> None:
        for start in range(0, len(docs), CHUNK_FILES):
            ctx.store(self.repo.origin, SOURCE_NAME, docs[start : start + CHUNK_FILES])

    def _store_from_cache(
        self, ctx: SyncContext, todo: list[RemoteFile], files_dir: Path, state: Mapping
    ) -> list[RemoteFile]:
        """Import files whose cached bytes already have the listed sha; return the rest."""
        ready, need = [], []
        for f in todo:
            data = read_cached(files_dir / f.path)
            if data is not None and git_blob_sha(data) == f.sha:
                ready.append(self._fetched(f, data, state.get(f.path, (None, None))[1]))
            else:
                need.append(f)
        if ready:
            ctx.check_cancel()
            ctx.progress(self._done, self._total, "Importing from the offline cache")
            self._store_all(ctx, ready)
            ctx.report.from_cache += len(ready)
            self._done += len(ready)
        return need

    def _store_from_tarball(
        self, ctx: SyncContext, need: list[RemoteFile], files_dir: Path
    ) -> list[RemoteFile]:
        """Fetch many files in one request; whatever the tarball lacks is returned.

        The archive is a shortcut, not retried: any failure (a stall included) falls
        back at once to file-by-file downloads, which have their own retries.
        """
        ctx.progress(self._done, self._total, f"Downloading {self.repo.label} in one archive")
        try:
            response = ctx.client.get(self.repo.tarball_url, cancel=ctx.cancel, retries=0)
            found = read_tarball(response.content, {f.path: f.sha for f in need})
        except (RateLimited, Cancelled, DeadlineExceeded):
            raise
        except (NetError, tarfile.TarError, EOFError, OSError, zlib.error) as exc:
            log.info("no usable tarball (%s); downloading files one by one", exc)
            return need
        docs = []
        for f in need:
            data = found.get(f.path)
            if data is not None and write_cached(files_dir / f.path, data) is None:
                docs.append(self._fetched(f, data, None))
        ctx.report.downloaded += len(docs)
        self._store_all(ctx, docs)
        self._done += len(docs)
        stored = {doc.path for doc in docs}
        return [f for f in need if f.path not in stored]

    def _download_each(
        self, ctx: SyncContext, need: list[RemoteFile], files_dir: Path, state: Mapping
    ) -> None:
        """Raw downloads, stored in chunks; what is downloaded is stored even on abort."""

        def fetch(_index: int, f: RemoteFile) -> Fetched:
            ctx.progress(self._done, self._total, f.path)
            try:
                return self._download(ctx, f, files_dir, state)
            finally:
                self._done += 1

        host = netloc(self.repo.raw_url)
        download_and_store(
            ctx,
            self.repo.origin,
            SOURCE_NAME,
            need,
            fetch,
            lambda n: QT_TRANSLATE_NOOP(
                "SyncError", "Stopped after %1 failed downloads in a row from %2."
            ).arg(n, host),
        )

    def _download(
        self, ctx: SyncContext, f: RemoteFile, files_dir: Path, state: Mapping
    ) -> Fetched:
        """One raw file, verified against its blob sha and cached; FetchFailed says why not."""
        path = files_dir / f.path
        etag = state.get(f.path, (None, None))[1]
        cached = read_cached(path) if etag else None
        url = self.repo.raw_file_url(f.path)
        response = ctx.client.get(url, etag=etag if cached is not None else None, cancel=ctx.cancel)
        if response.not_modified and cached is not None:
            data = cached
        else:
            data = response.content
            ctx.report.downloaded += 1
        if git_blob_sha(data) != f.sha:
            raise FetchFailed(
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "%1 from %2 did not match the file list (it may have changed upstream"
                    " meanwhile); the next sync fetches it again.",
                ).arg(f.path, safe_url(url))
            )
        error = write_cached(path, data)
        if error:
            raise FetchFailed(error)
        return self._fetched(f, data, response.etag)


_NOT_JSON = QT_TRANSLATE_NOOP("NetError", "The file list from %1 is not valid JSON.")
_NOT_TREE = QT_TRANSLATE_NOOP("NetError", "The file list from %1 is not a tree.")


def _json(body: bytes, response: Response) -> dict:
    value = json_body(body, response.url, _NOT_JSON)
    if not isinstance(value, dict):
        raise BadResponse(_NOT_TREE.arg(host_of(response.url)))
    return value


def cached_documents(cache_root: Path) -> Iterator[tuple[str, str, str, bytes]]:
    """Every cached digest of every archive: ``(origin, path, key, bytes)``."""
    base = cache_root / "github"
    if not base.is_dir():
        return
    for branch_dir in sorted(base.glob("*/*/*")):
        files_dir = branch_dir / "files"
        if not files_dir.is_dir():
            continue
        owner, name = branch_dir.parent.parent.name, branch_dir.parent.name
        origin = f"github:{owner}/{name}@{unquote(branch_dir.name)}"
        for file in sorted(files_dir.rglob("*.md"), reverse=True):
            if file.name.startswith(".") or file.name.lower() in SKIPPED_NAMES:
                continue
            data = read_cached(file)
            if data is not None:
                path = file.relative_to(files_dir).as_posix()
                yield origin, path, f"github:{owner}/{name}/{path}", data
