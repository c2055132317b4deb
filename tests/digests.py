"""Made-up digests for tests: markdown days in the archive's layout, written to a temp folder.

The text is written for the tests (nothing is copied from the CC BY-NC archive);
the arXiv ids and titles are bibliographic facts, like the bundled samples'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEEPSEEK_R1 = "2501.12948"
DEEPSEEK_TITLE = (
    "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning"
)


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    votes: int | None
    bullets: Sequence[str] = ("첫 번째 요약입니다.", "두 번째 요약입니다.")
    authors: Sequence[str] = field(default=("Kim Minsu", "Lee Jiwon"))


def day_text(date: str, entries: Sequence[Entry]) -> str:
    out = [f"## Daily Papers ({date})", ""]
    for e in entries:
        out += [f"### [{e.title}](https://arxiv.org/abs/{e.id})", ""]
        out += [f"Vote: {'-' if e.votes is None else e.votes}", ""]
        out += [f"Authors: {', '.join(e.authors)}", ""]
        out += [f"- {b}" for b in e.bullets] + [""]
    return "\n".join(out)


def write_day(folder: Path, date: str, entries: Sequence[Entry]) -> Path:
    """Write one day as ``folder/YYYY/MM/DD.md``; returns the file."""
    year, month, day = date.split("-")
    path = folder / year / month / f"{day}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(day_text(date, entries), encoding="utf-8")
    return path


def real_archive(folder: Path) -> dict[str, list[str]]:
    """Two real-shaped days that overlap the samples: 2025-01-23 and 2025-02-06 (15 papers).

    Returns the ids per date, in file order.
    """
    jan = [
        Entry(DEEPSEEK_R1, DEEPSEEK_TITLE, 96, ("실제 디지스트의 DeepSeek-R1 요약입니다.",)),
        Entry("2501.12599", "Kimi k1.5: Scaling Reinforcement Learning with LLMs", 41),
    ]
    feb = [Entry(f"2502.{i:05d}", f"A Real Paper Number {i}", 60 - i) for i in range(2, 17)]
    write_day(folder, "2025-01-23", jan)
    write_day(folder, "2025-02-06", feb)
    return {"2025-01-23": [e.id for e in jan], "2025-02-06": [e.id for e in feb]}
