"""One sentence for the user, the traceback in the log file only (issue 10, item 4)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pytest

from reader import cli, logsetup, paths


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text and 'File "' not in text, text
    return lines[0]


@pytest.mark.expect_errors(r"log ERROR reader\.test: ")
def test_console_shows_one_line_and_the_log_file_keeps_the_traceback(tmp_path: Path, capfd):
    log_file = logsetup.setup(tmp_path, logging.ERROR)
    try:
        try:
            {}["missing"]
        except KeyError:
            logging.getLogger("reader.test").exception("unexpected error in days")
        logging.getLogger("reader.test").error(
            "first line\nTraceback (most recent call last):\n  x"
        )
        for handler in logging.getLogger().handlers:
            handler.flush()
        err = capfd.readouterr().err
        assert err.splitlines() == ["ERROR: unexpected error in days", "ERROR: first line"]
        assert log_file is not None
        text = log_file.read_text()
        assert "Traceback (most recent call last)" in text and "KeyError" in text
    finally:
        logsetup.setup(None)


@pytest.mark.parametrize("layout", ["file", "file-parent"])
def test_a_data_dir_that_cannot_be_a_folder_is_one_sentence(cli, tmp_path: Path, layout: str):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    data_dir = blocker if layout == "file" else blocker / "data"
    for args in (["days", "--json"], ["import", str(tmp_path)], ["bookmark", "list"]):
        result = cli(*args, data_dir=data_dir)
        assert result.returncode == 3, result.stderr
        line = _one_line(result.stderr)
        assert "cannot be used (a file is in the way)" in line and "--data-dir" in line
    assert blocker.read_text() == "x"


def test_screenshot_with_a_bad_data_dir_is_one_sentence(cli, tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    result = cli("screenshot", str(tmp_path / "out.png"), data_dir=blocker)
    assert result.returncode == 3
    assert "cannot be used" in _one_line(result.stderr)
    assert not (tmp_path / "out.png").exists()


@pytest.mark.expect_errors(r"reader\.cli: unexpected error in days")
def test_an_unexpected_bug_in_a_command_is_one_sentence(monkeypatch, tmp_path: Path, capfd):
    from reader.library import Library

    def broken(self):  # stands in for a bug in the library code
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Library, "days", broken)
    status = cli.main(["--data-dir", str(tmp_path / "data"), "days"])
    err = capfd.readouterr().err
    assert status == 70
    line = _one_line(err)
    assert "Unexpected error (ZeroDivisionError)" in line
    logs = (tmp_path / "data" / "logs" / "reader.log").read_text()
    assert "ZeroDivisionError: boom" in logs and "Traceback" in logs
    logsetup.setup(None)


@pytest.mark.expect_errors(r"cannot be used \(a file is in the way\)")
def test_the_window_with_a_bad_data_dir_shows_one_message(qtbot, tmp_path: Path):
    from tests.ui_support import answer_message_box, run_app_main

    blocker = tmp_path / "blocker"
    blocker.write_text("")
    seen: list[str] = []
    answer_message_box(seen)
    args = argparse.Namespace(paths=paths.resolve(blocker), verbose=False)
    assert run_app_main(args) == 3
    assert len(seen) == 1 and "cannot be used (a file is in the way)" in seen[0]
