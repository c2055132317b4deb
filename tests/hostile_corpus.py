"""A regression corpus of hostile digests, generated at test time (no megabytes in git).

Every case that once hung the parser or aborted an import (issue 10) is a
function here: long-line patterns that made a regex retry from every position,
inputs that were quadratic in a Python loop, and bad numbers. The tests, the
benchmark (``benchmarks/run.py``) and a person at a shell use the same cases::

    python -m tests.hostile_corpus OUT_DIR      # writes the whole corpus as files

Dates are far from the real archive's (2023-11 to 2025-05) so that a hostile
file never shares a day with a real one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

MB = 2**20
HOSTILE_DAY = "2031-01-01"
ENTRY = "### [A good entry](https://arxiv.org/abs/3101.00001)"
UNCLOSED_FRAC = "\\frac{" * 16  # pylatexenc's tolerant mode took 40 s on it


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


# Long single lines: each made a pattern retry from every position (quadratic).
LONG_LINES: dict[str, Callable[[int], str]] = {
    # the entry heading regex retried from every "](" of the line
    "entry_link_openers": lambda size: "### [" + _repeat("](x", size),
    "entry_link_openers_closed": lambda size: (
        "### [" + _repeat("](x", size) + "](https://arxiv.org/abs/3101.00002)"
    ),
    # the <video> regex scanned to the end of the line from every tag
    "video_tags": lambda size: _repeat("<video ", size),
    "video_tags_with_src": lambda size: _repeat("<video src=", size),
    "video_src_unquoted": lambda size: "<video src='" + _repeat("x ", size),
    # a bold bullet heading: 80 heading lengths, each scanning a run of spaces
    "bold_heading_spaces": lambda size: "- **a" + " " * size + "x",
    # a Python list of authors went through ast.literal_eval (a second per MB)
    "authors_python_list": lambda size: "Authors: [" + _repeat("'Ab Cd', ", size) + "]",
    "authors_unclosed_list": lambda size: "Authors: [" + _repeat("'Ab', ", size),
    "authors_plain": lambda size: "Authors: " + _repeat("Ab Cd, ", size),
    "vote_spaces": lambda size: "Vote: 1" + " " * size + "2",
    "bullet": lambda size: "- " + _repeat("긴 요약 문장 ", size),
    "latex_title": lambda size: (
        "### [" + _repeat("\\frac{", size) + "](https://arxiv.org/abs/3101.00003)"
    ),
}

# Many short lines: quadratic in a Python loop, or heavy per line.
MANY_LINES: dict[str, Callable[[int], str]] = {
    # a wrapped bullet re-copied its whole text for each continuation line
    "continuation_lines": lambda size: "- start\n" + _repeat("continued text\n", size),
    "bullets": lambda size: _repeat("- b\n", size),
    "tiny_lines": lambda size: _repeat("a\n", size),
    "malformed_headings": lambda size: _repeat("### [no link\n", size),
    "many_entries": lambda size: "".join(
        f"### [Entry {i}](https://arxiv.org/abs/3101.{i % 100000:05d})\n- s\n"
        for i in range(max(1, size // 52))
    ),
    "latex_titles": lambda size: "".join(
        f"### [$\\alpha_{{{i}}}$ \\textsc{{Big}} {'word ' * 40}](https://arxiv.org/abs/3101.{i % 100000:05d})\n"
        for i in range(max(1, size // 280))
    ),
    "unclosed_latex_titles": lambda size: "".join(
        f"### [{UNCLOSED_FRAC}{i}](https://arxiv.org/abs/3101.{i % 100000:05d})\n"
        for i in range(max(1, size // 140))
    ),
}

# ``Vote:`` values that aborted an import or were stored out of range.
BAD_VOTES: dict[str, str] = {
    "superscript_two": "²",  # isdigit() is true, int() fails
    "digits_4301": "9" * 4301,  # int() refuses more than 4,300 digits
    "over_sqlite_integer": "99999999999999999999",  # > 2**63 - 1
    "over_range": "10000001",
    "negative": "-5",
    "fraction": "1.5",
    "words": "12 votes",
}

# HF ``upvotes`` values (JSON text) that were stored as is or failed the reply.
BAD_UPVOTES: dict[str, str] = {
    "ten_to_thirty": str(10**30),
    "negative": "-1",
    "fraction": "2.5",
    "string": '"many"',
    "bool": "true",
    "digits_5000": "9" * 5000,
    "nan": "NaN",
    "infinity": "1e400",
}


def digest(body: str, day: str = HOSTILE_DAY) -> str:
    """A digest of one day whose single entry is followed by *body*."""
    return f"## Daily Papers ({day})\n\n{ENTRY}\n\nVote: 3\n\n{body}\n"


def long_line(case: str, size: int = MB) -> str:
    """A digest holding one hostile line of about *size* characters."""
    return digest(LONG_LINES[case](size))


def many_lines(case: str, size: int = MB) -> str:
    return digest(MANY_LINES[case](size))


def bad_vote_digest(value: str, day: str) -> tuple[str, int]:
    """A digest of a good entry and one with ``Vote: value``; and that vote's line number."""
    text = (
        f"## Daily Papers ({day})\n\n"
        "### [Good neighbour](https://arxiv.org/abs/3102.00001)\n\nVote: 4\n\n- fine\n\n"
        "### [Bad vote](https://arxiv.org/abs/3102.00002)\n\n"
        f"Vote: {value}\n\n"
        "Authors: A, B\n\n- still kept\n"
    )
    return text, text.splitlines().index(f"Vote: {value}") + 1


def hf_reply(upvotes_json: str) -> bytes:
    """A Hugging Face daily papers reply: a good item, then one with *upvotes_json*."""
    good = json.dumps({"paper": {"id": "3103.00001", "title": "Good", "upvotes": 5}})
    bad = (
        '{"paper": {"id": "3103.00002", "title": "Bad upvotes", "upvotes": '
        + upvotes_json
        + ', "summary": "An abstract."}}'
    )
    return f"[{good}, {bad}]".encode()


def big_hostile_digest(size: int = 10 * MB) -> str:
    """One digest of about *size* characters mixing every hostile case.

    The many-line cases get a sixtieth each, so that the file stays under the
    parser's line and paper caps and every case is reached; the long lines
    share the rest. Entry ``3101.9xxxx`` heads case number ``xxxx``.
    """
    many = [MANY_LINES[c] for c in MANY_LINES]
    long = [LONG_LINES[c] for c in LONG_LINES]
    many_share = size // 60
    long_share = (size - many_share * len(many)) // len(long)
    parts = [f"## Daily Papers ({HOSTILE_DAY})\n"]
    for i, (case, share) in enumerate(
        [(c, long_share) for c in long] + [(c, many_share) for c in many]
    ):
        parts.append(f"\n### [Hostile {i}](https://arxiv.org/abs/3101.9{i:04d})\n\nVote: 1\n\n")
        parts.append(case(share - 100))
        parts.append("\n")
    return "".join(parts)


HOSTILE_CASES = len(LONG_LINES) + len(MANY_LINES)


def write_corpus(folder: Path, size: int = MB) -> dict[str, Path]:
    """Write every case as a file under *folder*; returns name -> path.

    Each markdown file has its own day (2031-MM-DD) so that an import of the
    folder stores them side by side.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    day = 1
    for group, cases in (("long", LONG_LINES), ("many", MANY_LINES)):
        for name, case in cases.items():
            path = folder / f"{group}-{name}.md"
            path.write_text(digest(case(size), f"2031-02-{day:02d}"), encoding="utf-8")
            written[path.stem] = path
            day += 1
    for i, (name, value) in enumerate(BAD_VOTES.items(), 1):
        path = folder / f"vote-{name}.md"
        path.write_text(bad_vote_digest(value, f"2031-03-{i:02d}")[0], encoding="utf-8")
        written[path.stem] = path
    for name, value in BAD_UPVOTES.items():
        path = folder / f"hf-upvotes-{name}.json"
        path.write_bytes(hf_reply(value))
        written[path.stem] = path
    path = folder / "big-hostile.md"
    path.write_text(big_hostile_digest(10 * size), encoding="utf-8")
    written[path.stem] = path
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.hostile_corpus OUT_DIR")
    for name, path in write_corpus(Path(sys.argv[1])).items():
        print(f"{path.stat().st_size:>10,}  {name}")
