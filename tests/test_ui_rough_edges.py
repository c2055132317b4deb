"""The rough edges a new user met (issue 12), each pinned by a test that failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _code_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.M | re.S)


def test_readme_command_examples_run_in_the_quick_start_venv() -> None:
    """A copied example works right after the quick start, with nothing activated."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = re.search(r"\.venv/bin/pip install -e \. && (\S+ ?\S*)", readme)
    assert quick_start is not None and quick_start.group(1) == ".venv/bin/python main.py"
    sections = readme.split("\n## ")
    examples = [s for s in sections if s.startswith(("Quick start", "Command line"))]
    assert len(examples) == 2
    lines = [line for s in examples for block in _code_blocks(s) for line in block.splitlines()]
    calls = 0
    for line in lines:
        words = line.split()
        for before, word in zip(["", *words], words, strict=False):
            if word == "main.py" or (before == "-m" and word == "reader"):
                calls += 1
                runner = before if word == "main.py" else words[words.index("-m") - 1]
                assert runner == ".venv/bin/python", line
            elif word.endswith("daily-papers"):
                calls += 1
                assert word == ".venv/bin/daily-papers", line
    assert calls > 30
