"""Running the benchmarks' start-up probes from tests: offscreen, no network, their JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def offscreen_env() -> dict[str, str]:
    """The environment of an app started by a test: offscreen, and no sync on its own."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DAILY_PAPERS_AUTO_NETWORK": "0"}


def run_probe(script: str, *args: str) -> dict:
    """Run ``benchmarks/<script> ARGS``; its report (the last JSON line). Fails on an error exit."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=offscreen_env(),
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
