"""mypy over the whole package, window included (pyproject's [tool.mypy]), stays clean."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_is_clean_over_the_whole_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_is_left_out_of_the_check() -> None:
    """No exclusion and no ignore_errors: the window is checked like the core."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["reader"] and "exclude" not in config
    assert not [o for o in config.get("overrides", []) if o.get("ignore_errors")]
