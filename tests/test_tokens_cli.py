"""``token set|clear`` through a real keyring backend (keyrings.alt's plaintext file)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SECRET = "ghp_TESTTOKEN0123456789abcdef"


def _run(*args: str, home: Path, backend: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        PYTHON_KEYRING_BACKEND=backend,
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(home / "data"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def _stored(home: Path, backend: str) -> str:
    """Ask the same keyring backend, in a fresh process, what it holds."""
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        PYTHON_KEYRING_BACKEND=backend,
    )
    code = "import keyring; print(keyring.get_password('daily-papers-reader', 'github'))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return out.stdout.strip()


def test_token_set_reads_stdin_and_stays_out_of_output(tmp_path: Path) -> None:
    backend = "keyrings.alt.file.PlaintextKeyring"
    result = _run("token", "set", "github", home=tmp_path, backend=backend, stdin=SECRET + "\n")
    assert result.returncode == 0, result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert _stored(tmp_path, backend) == SECRET
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    cleared = _run("token", "clear", "github", home=tmp_path, backend=backend)
    assert cleared.returncode == 0
    assert _stored(tmp_path, backend) == "None"


def test_no_keyring_is_one_sentence(tmp_path: Path) -> None:
    result = _run(
        "token",
        "set",
        "hf",
        home=tmp_path,
        backend="keyring.backends.fail.Keyring",
        stdin="hf_abcdefghijklmnop\n",
    )
    assert result.returncode == 1
    assert "No system keyring is available" in result.stderr
    assert "Traceback" not in result.stderr and "hf_abcdefghijklmnop" not in result.stderr


def test_empty_token_is_refused(tmp_path: Path) -> None:
    result = _run(
        "token",
        "set",
        "github",
        home=tmp_path,
        backend="keyrings.alt.file.PlaintextKeyring",
        stdin="\n",
    )
    assert result.returncode == 2 and "No token" in result.stderr


def test_a_plaintext_keyring_is_refused_unless_opted_in(tmp_path: Path, monkeypatch) -> None:
    """keyrings.alt's file backend only base64-encodes: no token goes there by default."""
    monkeypatch.delenv("DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING", raising=False)
    backend = "keyrings.alt.file.PlaintextKeyring"
    result = _run("token", "set", "github", home=tmp_path, backend=backend, stdin=SECRET + "\n")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert backend in lines[0] and "DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING=1" in lines[0]
    assert "stored in the system keyring" not in result.stdout
    encoded = base64.b64encode(SECRET.encode())
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and encoded not in data, path
    assert _stored(tmp_path, backend) == "None"

    monkeypatch.setenv("DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING", "1")
    allowed = _run("token", "set", "github", home=tmp_path, backend=backend, stdin=SECRET + "\n")
    assert allowed.returncode == 0, allowed.stderr
    assert _stored(tmp_path, backend) == SECRET
