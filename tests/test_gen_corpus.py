"""Tests for benchmarks/gen_corpus.py, the synthetic digest-archive generator."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.files_support import gen_corpus as load_gen_corpus

gen_corpus = load_gen_corpus()

TITLE_RE = re.compile(r"^### \[(.*)\]\(https://arxiv\.org/abs/(\d{4}\.\d{5})\)$", re.M)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.md"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict, dict[str, str]]:
    """A moderately sized run: 60 days x 30 papers."""
    root = tmp_path_factory.mktemp("corpus60")
    stats = gen_corpus.generate(root, days=60, papers=30, seed=1, start=date(2023, 11, 20))
    texts = {k: v.decode("utf-8") for k, v in _files(root).items()}
    return root, stats, texts


def test_same_seed_same_bytes_other_seed_differs(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    sa = gen_corpus.generate(a, days=20, papers=10, seed=7)
    sb = gen_corpus.generate(b, days=20, papers=10, seed=7)
    gen_corpus.generate(c, days=20, papers=10, seed=8)
    fa, fb, fc = _files(a), _files(b), _files(c)
    assert sa == sb
    assert fa == fb
    assert len(fa) == 20
    assert fa.keys() == fc.keys()  # same layout (dates) ...
    assert fa != fc  # ... different content
    assert sum(fa[k] != fc[k] for k in fa) >= 19


def test_layout_and_stats_match_disk(tmp_path):
    stats = gen_corpus.generate(tmp_path, days=20, papers=10, seed=3, start=date(2024, 2, 20))
    files = _files(tmp_path)
    # OUT/YYYY/MM/DD.md for 20 consecutive days, across a leap day
    want = [(date(2024, 2, 20) + timedelta(days=i)).strftime("%Y/%m/%d.md") for i in range(20)]
    assert sorted(files) == want
    assert "2024/02/29.md" in files
    texts = [v.decode("utf-8") for v in files.values()]
    entries = sum(len(re.findall(r"^### \[", t, re.M)) for t in texts)
    ids = {m.group(2) for t in texts for m in TITLE_RE.finditer(t)}
    assert stats == {
        "files": 20,
        "papers": entries,
        "distinct_ids": len(ids),
        "bytes": sum(len(v) for v in files.values()),
    }
    assert entries == 200


def test_cli(tmp_path, capsys):
    assert (
        gen_corpus.main(
            [str(tmp_path), "--days", "3", "--papers", "4", "--seed", "2", "--start", "2020-12-31"]
        )
        == 0
    )
    assert sorted(_files(tmp_path)) == ["2020/12/31.md", "2021/01/01.md", "2021/01/02.md"]
    assert "12 papers" in capsys.readouterr().out


def test_stats_of_moderate_run(corpus):
    _root, stats, texts = corpus
    assert stats["files"] == len(texts) == 60
    assert stats["papers"] == sum(len(TITLE_RE.findall(t)) for t in texts.values()) == 1800
    # about 3% of the entries repeat a paper from an earlier day
    assert 0.005 * 1800 <= stats["papers"] - stats["distinct_ids"] <= 0.06 * 1800


def _all(texts: dict[str, str]) -> str:
    return "\n".join(texts.values())


VARIATIONS = {
    # no thumbnail / Vote / Authors: the summary right after the title, and the
    # next ### directly after a bullet
    "bare_paper": r"^### \[.*\n\n- ",
    "heading_after_bullet": r"^- .*\n### \[",
    "nested_bullets": r"^- .*:\n  - \(1\) .+\n  - \(2\) ",
    "watch_video": (
        r"^\[Watch Video\]\((https://cdn-uploads\.huggingface\.co/\S+\.mp4)\)\n"
        r'<div><video controls src="\1"[^>]*></video></div>$'
    ),
    "bare_video": r"^<video src='https://\S+\.mp4'",
    "cdn_png": r"^!\[\]\(https://cdn-uploads\.huggingface\.co/production/uploads/\S+\.png\)$",
    "cdn_gif": r"^!\[\]\(https://cdn-uploads\.huggingface\.co/production/uploads/\S+\.gif\)$",
    "social_thumb": (
        r"^!\[\]\(https://cdn-thumbnails\.huggingface\.co/social-thumbnails/papers/"
        r"\d{4}\.\d{5}\.png\)$"
    ),
    "latex_sim": r"^### \[.*\$\\sim\$",
    "latex_times": r"^### \[.*\$\\times\$",
    "latex_textsc": r"^### \[.*\\textsc\{",
    "latex_textit": r"^### \[.*\$\\textit\{",
    "vote_number": r"^Vote: \d+$",
    "vote_dash": r"^Vote: -$",
    "authors_plus": r"^Authors: (?:[^,\n]+, )+\+, [^,\n]+",
    "authors_list_literal": r"^Authors: \['[^'\n]+'(?:, ['\"][^\n]+['\"])*\]$",
    "struct2_whats_new": r"^- \*\*What's New\*\*: \S",
    "struct2_technical": r"^- \*\*Technical Details\*\*: \S",
    "struct2_performance": r"^- \*\*Performance Highlights\*\*: \S",
    "struct3_whats_new": r"^- \*\*\*What's New\*\*\*: \S",
    "struct3_technical": r"^- \*\*\*Technical Details\*\*\*: \S",
    "struct3_performance": r"^- \*\*\*Performance Highlights\*\*\*: \S",
    "limitations": r"^- \*{2,3}Limitations[^*]*\*{2,3}: ",
    "korean_heading": r"^- \*{2,3}[가-힣][가-힣 ]*\*{2,3}: ",
    "typographic_apostrophe": r"^- \*{2,3}What\u2019s New\*{2,3}: ",
    "url_in_bullet": r"^\s*- .*https?://\S+",
    "angle_brackets_in_bullet": r"^- .*<think>",
}


@pytest.mark.parametrize("name", sorted(VARIATIONS))
def test_every_variation_occurs(corpus, name):
    _, _, texts = corpus
    assert re.search(VARIATIONS[name], _all(texts), re.M), name


def test_two_sections_of_same_date(corpus):
    _, _, texts = corpus
    doubles = []
    for path, t in texts.items():
        heads = re.findall(r"^## Daily Papers \((\d{4}-\d{2}-\d{2})\)$", t, re.M)
        day = date.fromisoformat(path[:-3].replace("/", "-"))
        assert heads and set(heads) == {day.isoformat()}, path
        assert t.startswith(f"## Daily Papers ({day.isoformat()})\n\n")
        if len(heads) > 1:
            doubles.append(path)
            assert re.search(r"\n\n## Daily Papers", t)  # a blank line before the second
    assert 1 <= len(doubles) <= 6


def test_repeated_paper_with_other_title_spelling(corpus):
    _, _, texts = corpus
    seen: dict[str, list[tuple[str, str]]] = {}
    for path, t in texts.items():
        day_ids = [m.group(2) for m in TITLE_RE.finditer(t)]
        assert len(day_ids) == len(set(day_ids)), f"id twice in one day: {path}"
        for m in TITLE_RE.finditer(t):
            seen.setdefault(m.group(2), []).append((path, m.group(1)))
    repeated = {k: v for k, v in seen.items() if len(v) > 1}
    assert repeated
    # the repeat comes on a later day
    for occ in repeated.values():
        assert len({p for p, _ in occ}) == len(occ)
    respelled = [v for v in repeated.values() if len({title for _, title in v}) > 1]
    assert respelled
    # LLM$\times$MapReduce on one day, LLMtimesMapReduce on a later one
    assert any(
        "$\\times$" in a and b == a.replace("$", "").replace("\\", "")
        for occ in respelled
        for (_, a), (_, b) in zip(occ, occ[1:])
    )


def test_plain_bullets_before_structured(corpus):
    _, _, texts = corpus
    struct_days, plain_days = [], []
    for path, t in texts.items():
        if re.search(r"^- \*{2,3}[^*\n]+\*{2,3}: ", t, re.M):
            struct_days.append(path)
        else:
            plain_days.append(path)
    assert plain_days and struct_days
    assert max(plain_days) < min(struct_days)
    # two stars first, then three stars
    two = [p for p in struct_days if re.search(r"^- \*\*[^*]", texts[p], re.M)]
    three = [p for p in struct_days if re.search(r"^- \*\*\*", texts[p], re.M)]
    assert two and three and max(two) < min(three)


def test_votes_sorted_and_realistic(corpus):
    _, _, texts = corpus
    votes = []
    for t in texts.values():
        for section in re.split(r"^## Daily Papers .*$", t, flags=re.M)[1:]:
            vs = re.findall(r"^Vote: (\d+|-)$", section, re.M)
            nums = [-1 if v == "-" else int(v) for v in vs]
            assert nums == sorted(nums, reverse=True)
            votes += [n for n in nums if n >= 0]
    assert votes
    small = sum(v <= 50 for v in votes) / len(votes)
    assert 0.75 <= small <= 0.98
    assert any(v >= 100 for v in votes)


def test_ids_match_dates(corpus):
    _, _, texts = corpus
    for path, t in texts.items():
        day = date.fromisoformat(path[:-3].replace("/", "-"))
        for m in TITLE_RE.finditer(t):
            yymm = m.group(2)[:4]
            # the id's month is the day's month or one of the previous months
            # (papers appear a few days after submission; repeats a bit later)
            ok = {f"{(day - timedelta(days=k)).strftime('%y%m')}" for k in range(0, 40)}
            assert yymm in ok, (path, m.group(2))


def test_korean_summaries_of_realistic_length(corpus):
    _, _, texts = corpus
    lengths = []
    for t in texts.values():
        for block in re.split(r"^### ", t, flags=re.M)[1:]:
            bullets = re.findall(r"^\s*- (.*)$", block, re.M)
            assert bullets
            lengths.append(sum(len(b) for b in bullets))
    mean = sum(lengths) / len(lengths)
    assert 700 <= mean <= 1400
    text = _all(texts)
    hangul = len(re.findall(r"[가-힣]", text))
    assert hangul > 0.3 * len(text)
    for particle in ("은 ", "는 ", "이 ", "가 ", "을 ", "를 ", "에서 ", "으로 "):
        assert particle in text
    for term in ("diffusion", "transformer", "benchmark", "LLM"):
        assert term in text
