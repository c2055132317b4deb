"""Syncing the GitHub archive against a real loopback server built from the corpus sample."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.paths import AppPaths
from reader.sources.github import GitHubRepo, git_blob_sha, parse_tree, read_tarball
from reader.sources.sync import SyncService, SyncSettings
from tests.fake_remote import FakeArchive, blob_sha
from tests.httpserver import Reply
from tests.sync_helpers import fast_client, snapshot, user_state

pytest_plugins = ["tests.sync_support"]

CHANGED = "paper_logs/2024/03/11.md"


def _mark_user_state(library: Library) -> tuple:
    library.set_bookmarked(["2403.05135", "2405.18407", "9999.00001"])
    library.set_read(["2403.05530", "2403.05135"])
    library.set_note("2403.05135", "read this again")
    library.add_tag("2403.05135", "diffusion")
    return user_state(library)


def _day_ids(library: Library) -> dict[str, list[str]]:
    return {
        d.date: sorted(r.id for r in library.rows(PaperQuery(date=d.date), 0, 10_000))
        for d in library.days()
    }


def test_first_sync_imports_every_day_and_a_second_sync_changes_nothing(
    make_service, library: Library, archive: FakeArchive, corpus: Path, tmp_path: Path, app_paths
):
    service = make_service()
    seen: list[tuple[int, int, str]] = []
    report = service.run(progress=lambda d, t, label: seen.append((d, t, label)))
    assert report.ok, report.errors
    assert (report.new_days, report.downloaded, report.imported) == (17, 17, 17)
    assert [d.date for d in library.days()] == sorted(archive.days, reverse=True)
    assert report.summary().startswith(f"17 new days, {report.new_papers} new papers")
    assert service.last_success() is not None
    assert library.integrity_ok()
    # the same days and papers as importing the markdown files directly
    with Library(tmp_path / "direct.sqlite3") as direct:
        import_paths(direct, [corpus])
        assert _day_ids(library) == _day_ids(direct)
        assert library.counts() == direct.counts()
    paper = library.paper("2403.05135")
    assert paper is not None and paper.source == "github" and paper.votes == 31
    # progress: a listing phase, then every file, ending at total
    assert seen[0][1] == 0 and "Listing" in seen[0][2]
    assert (17, 17) in [(d, t) for d, t, _label in seen]
    # README.md at the repository root is not a day, and never downloaded
    assert not [r for r in archive.raw_requests() if r.bare_path.endswith("README.md")]
    # raw digests are cached for offline use, thumbnails too (capped per sync)
    cached = app_paths.digests / "github/l-yohai/daily_papers_ko/main/files"
    assert cached.joinpath(CHANGED).read_bytes() == archive.files[CHANGED]
    assert report.thumbnails == 5 and report.thumbnail_failures == 0
    assert service.thumbnails.size() > 0

    before = snapshot(library)
    archive.api.clear_log()
    archive.raw.clear_log()
    again = service.run()
    assert again.ok and again.summary() == "0 new days, 0 new papers (0 files downloaded)."
    assert (again.downloaded, again.imported, again.unchanged) == (0, 0, 17)
    assert archive.raw_requests() == []
    (tree_request,) = archive.api.requests
    assert tree_request.headers["If-None-Match"]  # conditional: the fake answered 304
    assert snapshot(library) == before


def test_one_changed_file_is_the_only_download_and_user_state_survives(
    make_service, library: Library, archive: FakeArchive
):
    service = make_service()
    assert service.run().ok
    state = _mark_user_state(library)
    text = archive.files[CHANGED].decode()
    extra = (
        "\n### [A New Paper](https://arxiv.org/abs/2403.09999)\n\nVote: 5\n\n"
        "Authors: Someone New\n\n- 새로운 논문입니다.\n"
    )
    archive.set_file(CHANGED, (text.replace("Vote: 31", "Vote: 99", 1) + extra).encode())
    archive.raw.clear_log()
    report = service.run()
    assert report.ok, report.errors
    assert [r.bare_path for r in archive.raw_requests()] == [archive.raw_path(CHANGED)]
    assert (report.downloaded, report.imported, report.new_papers, report.new_days) == (1, 1, 1, 0)
    assert library.paper("2403.05135").votes == 99
    assert library.paper("2403.09999").dates == ("2024-03-11",)
    assert user_state(library) == state
    assert library.state("2403.05135").note == "read this again"
    assert len(library.days()) == 17 and library.integrity_ok()


def test_tarball_fetches_a_first_sync_in_one_request(
    http_server_factory, corpus: Path, thumbs, library: Library, app_paths: AppPaths
):
    archive = FakeArchive(
        http_server_factory(), http_server_factory(), corpus, thumbs, tarball=True
    )
    settings = SyncSettings(
        api_url=archive.api_url, raw_url=archive.raw_url, tarball_min_files=5, thumbnails_per_sync=0
    )
    token = "ghp_TarballToken0123456789"
    with fast_client(tokens={archive.api.netloc: token}) as client:
        service = SyncService(library, app_paths, client, settings)
        report = service.run()
        assert report.ok, report.errors
        assert (report.new_days, report.downloaded) == (17, 17)
        assert archive.raw_requests() == []
        (tarball,) = archive.api.requests_to(archive.tarball_path)
        assert tarball.headers["Authorization"] == f"Bearer {token}"
        # the redirect to the archive host (another host:port) carries no token
        (codeload,) = archive.raw.requests
        assert (
            codeload.bare_path.startswith("/codeload/") and "Authorization" not in codeload.headers
        )
        # a later change is fetched as a single raw file, not a new tarball
        archive.set_file(CHANGED, archive.files[CHANGED] + b"\n")
        assert service.run().downloaded == 1
        assert len(archive.api.requests_to(archive.tarball_path)) == 1


def test_without_a_tarball_files_are_fetched_one_by_one(make_service, library, archive):
    report = make_service(tarball_min_files=1).run()  # the fake answers 404 for the tarball
    assert report.ok and report.new_days == 17 and len(archive.raw_requests()) == 17


def test_server_errors_are_retried(make_service, library: Library, archive: FakeArchive):
    archive.tree_route(Reply(status=503))
    archive.raw_route(CHANGED, Reply(status=500), Reply(status=502))
    report = make_service().run()
    assert report.ok, report.errors
    assert len(archive.raw.requests_to(archive.raw_path(CHANGED))) == 3
    assert len(library.days()) == 17


def _assert_later_sync_completes(service: SyncService, library: Library, state: tuple) -> None:
    assert library.integrity_ok()
    assert user_state(library) == state
    report = service.run()
    assert report.ok, report.errors
    assert len(library.days()) == 17
    assert user_state(library) == state
    final = service.run()
    assert final.ok and final.downloaded == 0 and final.new_papers == 0


def test_a_missing_file_is_reported_and_the_others_imported(make_service, library, archive):
    state = _mark_user_state(library)
    archive.raw_route(CHANGED, Reply(status=404, body=b"404: Not Found"))
    service = make_service()
    report = service.run()
    assert not report.ok
    assert len(report.errors) == 1 and "404" in report.errors[0] and CHANGED in report.errors[0]
    assert "2024-03-11" not in {d.date for d in library.days()} and len(library.days()) == 16
    assert report.summary().endswith("1 problem, the next sync retries.")
    archive.raw.clear_log()
    _assert_later_sync_completes(service, library, state)
    assert [r.bare_path for r in archive.raw_requests()] == [archive.raw_path(CHANGED)]


def test_a_truncated_body_is_not_stored(make_service, library, archive):
    state = _mark_user_state(library)
    body = archive.files[CHANGED]
    cut = Reply(body=body, truncate_to=len(body) // 2)
    archive.raw_route(CHANGED, cut, cut, cut)  # every attempt of the first sync
    service = make_service()
    report = service.run()
    assert len(report.errors) == 1 and "cut off" in report.errors[0]
    assert len(library.days()) == 16
    cache = service.paths.digests / "github/l-yohai/daily_papers_ko/main/files" / CHANGED
    assert not cache.exists()
    _assert_later_sync_completes(service, library, state)


def test_a_body_that_does_not_match_its_sha_is_not_stored(make_service, library, archive):
    state = _mark_user_state(library)
    archive.raw_route(CHANGED, Reply(body=b"## Daily Papers (2024-03-11)\n\nan older version\n"))
    service = make_service()
    report = service.run()
    assert len(report.errors) == 1 and "did not match" in report.errors[0]
    assert len(library.days()) == 16
    _assert_later_sync_completes(service, library, state)


def test_invalid_json_listing_keeps_the_library(make_service, library, archive):
    service = make_service()
    assert service.run().ok
    state = _mark_user_state(library)
    before = snapshot(library)
    archive.set_file(CHANGED, archive.files[CHANGED] + b"\n")
    archive.tree_route(
        Reply(body=b'{"sha": "x", "tree": [', headers={"Content-Type": "application/json"})
    )
    report = service.run()
    assert report.errors == [f"The file list from {archive.api.netloc} is not valid JSON."]
    assert snapshot(library) == before
    _assert_later_sync_completes(service, library, state)


def test_rate_limit_stops_the_sync_and_says_when_to_resume(make_service, library, archive):
    state = _mark_user_state(library)
    reset = int(time.time()) + 3600
    newest_first = sorted((p for p in archive.files if p.startswith("paper_logs/")), reverse=True)
    limited = newest_first[4]
    archive.raw_route(
        limited,
        Reply(status=429, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}),
    )
    service = make_service()
    report = service.run()
    assert report.rate_limited and not report.ok
    assert report.rate_limit_reset == datetime.fromtimestamp(reset, tz=UTC)
    when = report.rate_limit_reset.strftime("%H:%M UTC")
    assert when in report.summary() and "resume after" in report.summary()
    assert any("try again after" in e for e in report.errors)
    # stopped at once: nothing requested after the limited file; what came before is stored
    assert archive.raw_requests()[-1].bare_path == archive.raw_path(limited)
    assert len(archive.raw_requests()) == 5
    assert len(library.days()) == 4
    assert service.last_success() is None
    archive.raw.clear_log()
    _assert_later_sync_completes(service, library, state)
    assert len(archive.raw_requests()) == 13


@pytest.mark.parametrize("where", ["tree", "file"])
def test_a_server_that_never_answers_times_out(make_service, library, archive, where):
    state = _mark_user_state(library)
    if where == "tree":
        archive.tree_route(Reply(hang=True))
    else:
        archive.raw_route(CHANGED, Reply(hang=True))
    with fast_client(read_timeout=0.3, retries=0) as impatient:
        started = time.monotonic()
        report = make_service(client_=impatient).run()
        assert time.monotonic() - started < 5
    assert len(report.errors) == 1 and "did not answer within 0.3 seconds" in report.errors[0]
    assert library.integrity_ok() and user_state(library) == state
    _assert_later_sync_completes(make_service(), library, state)


def test_cancel_keeps_what_was_stored(make_service, library, archive):
    state = _mark_user_state(library)
    files_seen = []

    def progress(done: int, total: int, label: str) -> None:
        if label.startswith("paper_logs/"):
            files_seen.append(label)

    report = make_service().run(progress=progress, cancel=lambda: len(files_seen) >= 6)
    assert report.cancelled and not report.ok and "cancelled" in report.summary()
    assert 1 <= len(library.days()) <= 6
    _assert_later_sync_completes(make_service(), library, state)


def test_content_stored_but_not_recorded_is_finished_from_the_cache(make_service, library, archive):
    """What a kill between 'stored' and 'recorded' leaves: the next sync needs no download."""
    service = make_service()
    assert service.run().ok
    before = snapshot(library)
    with library._db.transaction() as tx:
        tx.execute("DELETE FROM remote_files")
    archive.raw.clear_log()
    report = service.run()
    assert report.ok and (report.downloaded, report.from_cache, report.imported) == (0, 17, 0)
    assert archive.raw_requests() == []
    after = snapshot(library)
    assert after[:4] == before[:4]
    assert [row[:3] for row in after[4]] == [row[:3] for row in before[4]]  # shas; ETags lost


def test_with_the_server_gone_the_library_and_thumbnails_remain(
    make_service, library, archive, thumbs
):
    service = make_service()
    assert service.run().ok
    thumbnails = sorted(p for p in service.thumbnails.folder.rglob("*") if p.is_file())
    assert thumbnails
    before = snapshot(library)
    for server in (archive.api, archive.raw, thumbs.server):
        server.stop()  # established keep-alive connections live on: use a new client
    with fast_client() as fresh:
        service = make_service(client_=fresh)
        report = service.run()
    assert not report.ok
    assert report.errors == [
        f"Could not connect to {archive.api.netloc}; check the network connection."
    ]
    assert snapshot(library) == before and len(library.days()) == 17
    assert sorted(p for p in service.thumbnails.folder.rglob("*") if p.is_file()) == thumbnails


def test_the_cache_rebuilds_a_library_offline(make_service, library, archive, thumbs, tmp_path):
    assert make_service().run().ok
    for server in (archive.api, archive.raw, thumbs.server):
        server.stop()
    with Library(tmp_path / "rebuilt.sqlite3") as rebuilt:
        report = make_service(library_=rebuilt).import_cache()
        assert report.imported == 17 and not report.failed
        assert _day_ids(rebuilt) == _day_ids(library)


def test_since_and_until_limit_the_days(make_service, library, archive):
    report = make_service().run(since="2024-10-01", until="2024-12-31")
    assert report.ok
    assert [d.date for d in library.days()] == [
        "2024-12-19",
        "2024-10-21",
        "2024-10-18",
        "2024-10-16",
    ]
    with pytest.raises(ValueError):
        make_service().run(since="2025-01-01", until="2024-01-01")


def test_settings_are_validated():
    for bad in (
        {"repo": "no-slash"},
        {"repo": "a/b/c"},
        {"branch": "a..b/../c"},
        {"path": "../up"},
        {"api_url": "ftp://x"},
        {"raw_url": "not a url"},
    ):
        with pytest.raises(ValueError):
            SyncSettings().updated(**bad).github_repo()
    repo = SyncSettings(
        repo="o/r", branch="feature/x", api_url="https://ghe.example/api/v3/"
    ).github_repo()
    assert repo.tree_url == "https://ghe.example/api/v3/repos/o/r/git/trees/feature%2Fx?recursive=1"
    assert (
        repo.raw_file_url("a b/c.md")
        == "https://raw.githubusercontent.com/o/r/feature/x/a%20b/c.md"
    )


def test_tree_paths_that_could_escape_the_cache_are_ignored():
    repo = GitHubRepo.create()
    sha = "a" * 40
    tree = {
        "tree": [
            {"path": "paper_logs/2024/01/01.md", "type": "blob", "sha": sha},
            {"path": "paper_logs/../../evil.md", "type": "blob", "sha": sha},
            {"path": "paper_logs//x.md", "type": "blob", "sha": sha},
            {"path": "paper_logs/README.md", "type": "blob", "sha": sha},
            {"path": "paper_logs/2024/01/02.md", "type": "blob", "sha": "not-a-sha"},
            {"path": "other/2024/01/03.md", "type": "blob", "sha": sha},
            {"path": "paper_logs/2024", "type": "tree", "sha": sha},
            "junk",
        ],
        "truncated": True,
    }
    files, truncated = parse_tree(tree, repo)
    assert [f.path for f in files] == ["paper_logs/2024/01/01.md"] and truncated


def test_blob_sha_and_tarball_reading(corpus: Path):
    data = (corpus / "2024/03/11.md").read_bytes()
    assert git_blob_sha(b"hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a"  # git hash-object
    assert git_blob_sha(data) == blob_sha(data)
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, content in (
            ("top/paper_logs/a.md", data),
            ("top/paper_logs/b.md", b"x"),
            ("top/../escape.md", data),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    wanted = {"paper_logs/a.md": git_blob_sha(data), "paper_logs/b.md": "0" * 40}
    assert read_tarball(buffer.getvalue(), wanted) == {"paper_logs/a.md": data}


def test_many_failures_in_a_row_stop_the_source(make_service, library, archive):
    newest_first = sorted((p for p in archive.files if p.startswith("paper_logs/")), reverse=True)
    for path in newest_first[:6]:
        archive.raw_route(path, Reply(status=404))
    report = make_service().run()
    assert (
        report.errors[-1] == f"Stopped after 5 failed downloads in a row from {archive.raw.netloc}."
    )
    assert len(report.errors) == 6 and len(archive.raw_requests()) == 5 and library.days() == []
    report = make_service().run()  # the sixth 404 is still programmed; the rest completes
    assert len(report.errors) == 1 and len(library.days()) == 16


def test_a_folder_without_digests_is_an_error(make_service, library, archive):
    report = make_service(path="no_such_folder").run()
    message = (
        "No digest files were found in the folder 'no_such_folder' "
        "of l-yohai/daily_papers_ko on branch main."
    )
    assert report.errors == [message]
    assert not report.ok and library.days() == []
