"""The suite's guard: an undeclared Qt warning or ERROR record fails the test (tests/conftest.py).

Each case runs in a child pytest (``pytester``) so the failure it provokes is observed,
not suffered.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

pytest_plugins = ["pytester"]

CONFTEST = """
from tests.conftest import _fail_on_stray_errors, expect_errors, pytest_configure  # noqa: F401
"""


@pytest.fixture
def child(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\naddopts = --no-qt-log -p no:cacheprovider\nqt_api = pyside6\n")
    return pytester


def test_an_undeclared_error_log_fails_the_test(child: pytest.Pytester) -> None:
    child.makepyfile(
        """
        import logging

        def test_logs():
            logging.getLogger("x").error("the disk is on fire")
        """
    )
    result = child.runpytest_subprocess()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        ["*unexpected Qt warnings or logged errors*", "*log ERROR x: the disk is on fire"]
    )


def test_an_undeclared_qt_warning_fails_the_test(child: pytest.Pytester) -> None:
    child.makepyfile(
        """
        from PySide6.QtCore import qWarning

        def test_warns():
            qWarning("QObject: a stray warning")
        """
    )
    result = child.runpytest_subprocess()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        ["*unexpected Qt warnings*", "*QtWarningMsg: QObject: a stray warning"]
    )


def test_declared_ones_pass_by_fixture_and_by_marker(child: pytest.Pytester) -> None:
    child.makepyfile(
        """
        import logging
        import pytest
        from PySide6.QtCore import qWarning

        def test_fixture(expect_errors):
            seen = expect_errors(r"on fire$")
            logging.getLogger("x").error("the disk is on fire")
            assert seen and "on fire" in seen[-1]

        @pytest.mark.expect_errors(r"a stray warning")
        def test_marker():
            qWarning("QObject: a stray warning")

        def test_warning_level_logs_are_fine():
            logging.getLogger("x").warning("only a warning")
        """
    )
    result = child.runpytest_subprocess()
    result.assert_outcomes(passed=3)


def test_an_error_in_teardown_fails_too(child: pytest.Pytester) -> None:
    child.makepyfile(
        """
        import logging
        import pytest

        @pytest.fixture
        def noisy():
            yield
            logging.getLogger("x").error("failed while closing")

        def test_uses(noisy):
            pass
        """
    )
    result = child.runpytest_subprocess()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*unexpected Qt warnings*", "*log ERROR x: failed while closing"])
