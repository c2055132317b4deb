"""reader.notify.failure: the one failure path (a sentence for the user, a bug's traceback logged)."""

from __future__ import annotations

import logging

import pytest

from reader import notify
from reader.db import LibraryError
from reader.neterrors import Cancelled


@pytest.fixture
def heard():
    messages: list[notify.Message] = []
    unsubscribe = notify.subscribe(messages.append)
    yield messages
    unsubscribe()


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_an_environment_error_is_its_own_sentence_and_no_traceback(
    heard, caplog, expect_errors
) -> None:
    expect_errors(r"^log ERROR reader.notify: The library is damaged\.$")
    notify.failure(_raised(LibraryError("The library is damaged.")), "Marking papers")
    assert [(m.level, m.text) for m in heard] == [("error", "The library is damaged.")]
    assert not [r for r in caplog.records if r.exc_info]


def test_the_callers_own_one_sentence_errors_count_as_the_environment(heard, expect_errors):
    expect_errors(r"needs at least two letters")
    notify.failure(
        ValueError("The watch term 'a' needs at least two letters."), "Watching", told=(ValueError,)
    )
    assert [m.text for m in heard] == ["The watch term 'a' needs at least two letters."]


def test_a_bug_logs_its_traceback_at_error_and_says_one_sentence(
    heard, caplog, expect_errors
) -> None:
    expect_errors(r"Marking papers failed", r"Importing failed", r"Der Import schlug fehl")
    caplog.set_level(logging.DEBUG)
    notify.failure(_raised(KeyError("x")), "Marking papers")
    notify.failure(_raised(ZeroDivisionError()), "Importing", "Der Import schlug fehl (%1).")
    assert [m.text for m in heard] == [
        "Marking papers failed (KeyError); details are in the log file.",
        "Der Import schlug fehl (ZeroDivisionError).",
    ]
    traced = [r for r in caplog.records if r.exc_info]
    assert [(r.levelname, r.getMessage()) for r in traced] == [
        ("ERROR", "Marking papers failed"),
        ("ERROR", "Importing failed"),
    ]
    assert getattr(traced[0], "file_only", False)  # the console shows the sentence only


def test_a_cancel_says_nothing(heard, caplog) -> None:
    notify.failure(_raised(Cancelled()), "Syncing")
    assert heard == [] and not [r for r in caplog.records if r.levelno >= logging.WARNING]
