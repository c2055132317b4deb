"""The log file: rotated at start when large, tokens redacted."""

from __future__ import annotations

import logging
from pathlib import Path

from reader import logsetup


def test_big_log_is_rotated_at_start_and_tokens_are_redacted(tmp_path: Path) -> None:
    log_file = tmp_path / "reader.log"
    log_file.write_text("x" * 1_100_000)
    (tmp_path / "reader.log.1").write_text("older")
    assert logsetup.setup(tmp_path, logging.CRITICAL) == log_file
    logging.getLogger("test").warning("token ghp_abcdefghijklmnop1234 and Bearer hf_zzzzzzzzzzzzzz")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (tmp_path / "reader.log.1").stat().st_size == 1_100_000
    assert (tmp_path / "reader.log.2").read_text() == "older"
    text = log_file.read_text()
    assert "[redacted]" in text and "ghp_" not in text and "hf_zzz" not in text
    logsetup.setup(None)  # detach the file handler from the root logger
