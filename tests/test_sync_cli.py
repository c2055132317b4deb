"""``python main.py sync`` in a subprocess: output, exit status, tokens and a dead server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.sources.sync import NO_KEYRING
from tests.fake_remote import FakeArchive, FakeHf, Thumbnails, hf_item
from tests.httpserver import Reply

pytest_plugins = ["tests.sync_support"]

GH_TOKEN = "ghp_SyncSecret0123456789abcdefXYZ"
HF_TOKEN = "hf_SyncSecret0123456789abcdefXYZ"


def _github_args(archive: FakeArchive) -> list[str]:
    urls = ["--api-url", archive.api_url, "--raw-url", archive.raw_url]
    return ["sync", "--source", "github", *urls]


def _thumbnail_files(data: Path) -> list[Path]:
    return sorted(p for p in (data / "cache" / "thumbnails").rglob("*") if p.is_file())


def test_summary_on_stdout_progress_on_stderr(cli, archive: FakeArchive):
    first = cli(*_github_args(archive))
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("\n") == 1
    assert first.stdout.startswith("17 new days, 255 new papers (17 files downloaded")
    assert "Listing the files of l-yohai/daily_papers_ko" in first.stderr
    assert "Traceback" not in first.stderr
    second = cli(*_github_args(archive))
    assert second.returncode == 0
    assert second.stdout == "0 new days, 0 new papers (0 files downloaded).\n"
    days = json.loads(cli("days", "--json").stdout)
    assert len(days) == 17 and days[0]["date"] == "2025-05-09"


def test_with_the_server_stopped_sync_fails_cleanly_and_the_library_remains(
    cli, archive: FakeArchive, thumbs: Thumbnails
):
    assert cli(*_github_args(archive)).returncode == 0
    thumbnails = _thumbnail_files(cli.data)
    assert len(thumbnails) == 40
    for server in (archive.api, archive.raw, thumbs.server):
        server.stop()
    result = cli(*_github_args(archive))
    assert result.returncode == 1
    error = f"Could not connect to {archive.api.netloc}; check the network connection."
    assert error in result.stderr.splitlines()
    assert "Traceback" not in result.stderr and result.stdout.count("\n") == 1
    assert len(json.loads(cli("days", "--json").stdout)) == 17
    assert _thumbnail_files(cli.data) == thumbnails


def test_bad_options_are_one_sentence(cli):
    result = cli("sync", "--repo", "not-a-repo")
    assert result.returncode == 2
    assert result.stderr.strip() == "The repository 'not-a-repo' is not of the form OWNER/NAME."
    result = cli("sync", "--since", "2025-02-01", "--until", "2025-01-01")
    assert result.returncode == 2 and "after the until date" in result.stderr
    assert cli("sync", "--api-url", "ftp://example.org").returncode == 2


def test_without_a_keyring_sync_says_so_once_and_runs(cli, archive, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    result = cli(*_github_args(archive))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(NO_KEYRING) == 1
    assert all("Authorization" not in r.headers for r in archive.api.requests)


def _use_file_keyring(home: Path) -> Path:
    """keyrings.alt's plaintext file backend, configured the way a user would."""
    config = home / ".config" / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n"
    )
    return home / ".local" / "share" / "python_keyring"


def test_tokens_go_only_to_their_own_hosts_and_nowhere_else(
    cli,
    archive: FakeArchive,
    fake_hf: FakeHf,
    thumbs: Thumbnails,
    _isolated_dirs: Path,
    tmp_path: Path,
):
    keyring_dir = _use_file_keyring(_isolated_dirs)
    for name, token in (("github", GH_TOKEN), ("hf", HF_TOKEN)):
        stored = cli("token", "set", name, input=token + "\n")
        assert stored.returncode == 0, stored.stderr
    assert (keyring_dir / "keyring_pass.cfg").is_file()
    fake_hf.days["2025-06-02"] = [hf_item("2506.00001", "P", thumbnail=thumbs.url("p.png"))]
    args = [
        *_github_args(archive),
        "--source",
        "all",
        "--hf-url",
        fake_hf.url,
        "--until",
        "2025-06-03",
    ]
    result = cli("-v", *args)
    assert result.returncode == 0, result.stderr
    assert fake_hf.requested_dates()[:2] == ["2025-06-03", "2025-06-02"]  # newest first

    def auth(server) -> set:
        return {r.headers.get("Authorization") for r in server.requests}

    assert auth(archive.api) == {f"Bearer {GH_TOKEN}"}
    assert archive.raw_requests() and auth(archive.raw) == {None}  # another host:port
    assert thumbs.requests() and auth(thumbs.server) == {None}
    assert auth(fake_hf.server) == {f"Bearer {HF_TOKEN}"}

    # failures with tokens in play: the messages and logs still hold no token
    archive.tree_route(Reply(status=404, body=GH_TOKEN.encode()))
    fake_hf.route("2025-06-03", *[Reply(status=401, body=GH_TOKEN.encode())] * 5)
    failed = cli("-v", *args, "--since", "2025-06-03")  # a settled day is asked only by name
    assert failed.returncode == 1 and "404" in failed.stderr and "401" in failed.stderr
    outputs = result.stdout + result.stderr + failed.stdout + failed.stderr
    for token in (GH_TOKEN, HF_TOKEN):
        assert token not in outputs
    log_file = cli.data / "logs" / "reader.log"
    assert log_file.read_text()  # the log was written, and holds no token either
    scanned = 0
    for root in (cli.data, _isolated_dirs):
        for path in root.rglob("*"):
            if path.is_file() and keyring_dir not in path.parents:
                content = path.read_bytes()
                scanned += 1
                for token in (GH_TOKEN, HF_TOKEN):
                    assert token.encode() not in content, path
    assert scanned > 20


@pytest.mark.parametrize("source", ["github", "hf"])
def test_rate_limit_exit_status_and_message(cli, archive, fake_hf, source):
    headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "4102444800"}  # 2100-01-01
    if source == "github":
        archive.tree_route(Reply(status=403, headers=headers))
        args = _github_args(archive)
    else:
        fake_hf.route("2025-06-01", Reply(status=429, headers=headers))
        args = [
            "sync",
            "--source",
            "hf",
            "--hf-url",
            fake_hf.url,
            "--since",
            "2025-06-01",
            "--until",
            "2025-06-02",
        ]
    result = cli(*args)
    assert result.returncode == 1
    assert "try again after 2100-01-01 00:00 UTC" in result.stderr
    assert "rate limited, resume after 2100-01-01 00:00 UTC" in result.stdout
