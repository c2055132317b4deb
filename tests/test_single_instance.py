"""One window per data folder: a second start brings the open window forward and exits.

Real processes (``main.py``, offscreen) on a real data folder; the lock is a real
QLockFile and the request goes over a real local socket.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from reader.ui.single_instance import LOCK_FILE, InstanceLock, server_name
from tests.library_damage import read_only
from tests.probe_support import offscreen_env, run_probe

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.ini").write_text("[General]\nsync_interval_hours=0\n")
    return data


def _window(data: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=offscreen_env(),
    )


def _listening(qapp, data: Path, proc: subprocess.Popen, timeout_s: float = 60) -> None:
    """Until the window in *proc* answers on its socket (it listens once painted)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        socket = QLocalSocket()
        socket.connectToServer(server_name(data))
        if socket.waitForConnected(200):
            socket.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError("the first window never listened")


def _close(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)  # closes the window as a user would
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return err


def test_the_lock_is_one_holders_and_free_again_once_released(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    assert first.held and not first.elsewhere
    second = InstanceLock(tmp_path)
    assert not second.held and second.elsewhere
    assert second.other_pid() == os.getpid()
    first.release()
    third = InstanceLock(tmp_path)
    assert third.held
    third.release()
    assert not (tmp_path / LOCK_FILE).exists()


def test_a_read_only_folder_opens_without_the_lock(tmp_path: Path) -> None:
    with read_only(tmp_path):
        lock = InstanceLock(tmp_path)
        assert not lock.held and not lock.elsewhere  # nobody else: the window opens


def test_a_second_start_brings_the_first_window_forward_and_exits(qapp, data_dir: Path) -> None:
    first = _window(data_dir)
    try:
        _listening(qapp, data_dir, first)
        assert (data_dir / LOCK_FILE).exists()
        second = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=offscreen_env(),
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert second.stderr.strip() == (
            f"Daily Papers Reader is already open for {data_dir}: its window is in front."
        )
        logs = "".join(p.read_text() for p in (data_dir / "logs").glob("*.log"))
        deadline = time.monotonic() + 10
        while "another start asked for this window" not in logs and time.monotonic() < deadline:
            time.sleep(0.1)
            logs = "".join(p.read_text() for p in (data_dir / "logs").glob("*.log"))
        assert "another start asked for this window" in logs
    finally:
        if first.poll() is None:
            _close(first)
    assert not (data_dir / LOCK_FILE).exists()  # released on close


def test_the_lock_of_a_killed_window_is_taken_over(qapp, data_dir: Path) -> None:
    first = _window(data_dir)
    _listening(qapp, data_dir, first)
    first.kill()  # no close, no release: the lock file stays
    first.communicate(timeout=60)
    assert (data_dir / LOCK_FILE).exists()
    report = run_probe("startup_probe.py", str(data_dir))
    assert report["painted"] >= report["ready"]  # the window opened and painted
