"""The markdown digest parser against every variation of DIGEST-FORMAT.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.formats.latex import latex_to_unicode
from reader.formats.markdown import (
    date_from_path,
    parse_authors,
    parse_bytes,
    parse_file,
    parse_text,
)
from reader.model import SummaryPart


def _papers(path: Path) -> dict:
    result = parse_file(path)
    assert result.error is None, result.error
    return {p.id: p for day in result.days for p in day.papers}


def test_whole_sample_parses_without_warnings(corpus: Path) -> None:
    files = sorted(corpus.rglob("??.md"))
    assert len(files) == 17
    entries, ids = 0, set()
    for path in files:
        result = parse_file(path)
        assert result.error is None and result.warnings == [], path
        entries += result.paper_count
        ids.update(p.id for d in result.days for p in d.papers)
    assert entries == 256
    assert len(ids) == 255


def test_plain_entries_without_thumbnail_votes_or_authors(corpus: Path) -> None:
    papers = _papers(corpus / "2023/11/20.md")
    assert len(papers) == 11
    llava = papers["2311.10122"]
    assert llava.title.startswith("Video-LLaVA")
    assert llava.votes is None and llava.authors == () and llava.media_url is None
    # the next ### followed a bullet with no blank line: the bullet list stopped there
    assert len(llava.summary) == 7
    assert all(part.heading is None and part.level == 0 for part in llava.summary)


def test_nested_bullets_keep_their_level(corpus: Path) -> None:
    paper = _papers(corpus / "2023/11/20.md")["2311.10125"]
    levels = [part.level for part in paper.summary]
    assert levels.count(1) == 4
    nested = [p for p in paper.summary if p.level == 1]
    assert nested[0].text.startswith("(1)")


def test_video_and_cdn_uploads_media(corpus: Path) -> None:
    papers = _papers(corpus / "2023/11/22.md")
    magic = papers["2311.12052"]
    assert magic.media_kind == "video" and magic.media_url.endswith(".mp4")
    sliders = papers["2311.12092"]
    assert sliders.media_kind == "image"
    assert sliders.media_url.startswith("https://cdn-uploads.huggingface.co/")


def test_latex_titles_render_to_unicode(corpus: Path) -> None:
    assert _papers(corpus / "2024/01/01.md")["2312.17276"].title.startswith("PanGu-π:")
    eclipse = _papers(corpus / "2024/02/09.md")["2402.05195"]
    assert eclipse.title.startswith("λ-ECLIPSE") and eclipse.title_raw.startswith("$λ$")
    mapreduce = _papers(corpus / "2024/10/16.md")["2410.09342"]
    assert mapreduce.title.startswith("LLM×MapReduce")
    assert "$\\times$" in mapreduce.title_raw


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("$\\sim$20 tokens", "∼20 tokens"),
        ("\\textsc{Lumos} agents", "Lumos agents"),
        ("$\\textit{Sora}$ world", "Sora world"),
        ("50% faster & #1", "50% faster & #1"),
        ("A model in $200k", "A model in $200k"),
        ("$π_0$: flow", "π₀: flow"),
    ],
)
def test_latex_fragments(raw: str, shown: str) -> None:
    assert latex_to_unicode(raw) == shown


def test_unknown_votes_are_null(corpus: Path) -> None:
    papers = _papers(corpus / "2023/12/12.md")
    assert sum(p.votes is None for p in papers.values()) == 4
    assert max(p.votes or 0 for p in papers.values()) == 16


def test_truncated_author_list(corpus: Path) -> None:
    gemini = _papers(corpus / "2024/03/11.md")["2403.05530"]
    assert gemini.votes == 24
    assert len(gemini.authors) == 22 and "+" not in gemini.authors
    assert gemini.authors_truncated
    assert gemini.authors[13] == "Benjamin Lee"


def test_python_list_authors_and_two_sections(corpus: Path) -> None:
    result = parse_file(corpus / "2024/10/18.md")
    assert [d.date for d in result.days] == ["2024-10-18"]  # both sections, one day
    papers = {p.id: p for p in result.days[0].papers}
    assert len(papers) == 9
    lapa = next(p for p in papers.values() if "Sejune Joo" in p.authors)
    assert lapa.authors[:2] == ("Sejune Joo", "Seonghyeon Ye")
    assert all("'" not in a and "[" not in a for p in papers.values() for a in p.authors)


@pytest.mark.parametrize("name", ["2024/06/28.md", "2025/05/09.md"])
def test_structured_headings(corpus: Path, name: str) -> None:
    papers = _papers(corpus / name)
    first = next(iter(papers.values()))
    assert [p.heading for p in first.summary[:3]] == [
        "What's New",
        "Technical Details",
        "Performance Highlights",
    ]
    assert not first.summary[0].text.startswith("*")
    assert not first.summary[0].text.startswith(":")


def test_korean_text_urls_and_angle_brackets_survive(corpus: Path) -> None:
    papers = _papers(corpus / "2025/05/09.md")
    texts = " ".join(part.text for p in papers.values() for part in p.summary)
    assert "멀티모달" in texts
    assert all(p.language == "ko" for p in papers.values())


def test_same_paper_on_two_days_with_different_titles(corpus: Path) -> None:
    a = _papers(corpus / "2024/10/16.md")["2410.09342"]
    b = _papers(corpus / "2024/10/18.md")["2410.09342"]
    assert (
        a.title == "LLM×MapReduce: Simplified Long-Sequence Processing using Large Language Models"
    )
    assert b.title.startswith("LLMtimesMapReduce")


def test_other_bold_headings_and_typographic_apostrophe() -> None:
    text = (
        "## Daily Papers (2024-07-01)\n\n"
        "### [A](https://arxiv.org/abs/2407.00001)\n\n"
        "- **What’s New**: 새로운 방법\n"
        "- **Limitations:** 한계가 있다\n"
        "- **한계점**: 데이터가 적다\n"
        "- **BoldName**은 강조일 뿐 제목이 아니다\n"
    )
    parts = parse_text(text).days[0].papers[0].summary
    assert parts[0] == SummaryPart("What's New", "새로운 방법", 0)
    assert parts[1].heading == "Limitations" and parts[1].text == "한계가 있다"
    assert parts[2].heading == "한계점"
    assert parts[3].heading is None and parts[3].text.startswith("**BoldName**")


def test_bare_video_tag_and_five_digit_ids() -> None:
    text = (
        "## Daily Papers (2025-01-02)\n"
        "### [Vid](https://arxiv.org/abs/2501.01234v2)\n"
        "<video src='https://cdn.example/v.mp4'></video>\n"
        "- bullet with <think>tags</think> and https://example.com/x\n"
    )
    paper = parse_text(text).days[0].papers[0]
    assert paper.id == "2501.01234"
    assert paper.media_kind == "video" and paper.media_url == "https://cdn.example/v.mp4"
    assert "<think>" in paper.summary[0].text


def test_malformed_entry_is_skipped_with_file_and_line() -> None:
    text = (
        "## Daily Papers (2024-01-02)\n\n"
        "### [Good](https://arxiv.org/abs/2401.00001)\n- ok\n\n"
        "### [Broken title without link\n- lost\n\n"
        "### [No id](https://example.com/paper)\n- lost too\n\n"
        "### [Also good](https://arxiv.org/abs/2401.00002)\n- ok\n"
    )
    result = parse_text(text, "x.md")
    assert [p.id for p in result.days[0].papers] == ["2401.00001", "2401.00002"]
    assert len(result.warnings) == 2
    assert result.warnings[0].startswith("x.md:6:")
    assert result.warnings[1].startswith("x.md:9:")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"\xff\xfe\xfa not utf8", "not UTF-8"),
        (b"# My notes\n\nSome markdown that is not a digest.\n", "not a daily papers digest"),
        (b"## Daily Papers (2024-01-01)\n\n### [cut off](https://arx", "no readable paper entries"),
    ],
)
def test_files_that_are_not_digests_are_reported(data: bytes, message: str) -> None:
    result = parse_bytes(data, "f.md")
    assert result.days == []
    assert result.error is not None and message in result.error and "f.md" in result.error


def test_truncated_digest_keeps_the_complete_entries() -> None:
    text = (
        "## Daily Papers (2024-01-03)\n\n"
        "### [One](https://arxiv.org/abs/2401.00011)\n\nVote: 3\n\nAuthors: A, B\n\n- 요약\n\n"
        "### [Two](https://arxiv.org/abs/2401.00012)\n\nVote: 2\n\nAuth"
    )
    result = parse_text(text)
    assert [p.id for p in result.days[0].papers] == ["2401.00011", "2401.00012"]
    assert result.days[0].papers[0].authors == ("A", "B")


def test_date_inferred_from_path_when_header_missing() -> None:
    text = "### [X](https://arxiv.org/abs/2402.00001)\n- a\n"
    result = parse_text(text, "/digests/2024/02/01.md")
    assert result.days[0].date == "2024-02-01"
    assert date_from_path("notes/2024-02-30.md") is None


@pytest.mark.parametrize(
    ("text", "authors", "truncated"),
    [
        ("A, B, +, C", ("A", "B", "C"), True),
        ("['A', 'B']", ("A", "B"), False),
        ("['O\\'Neil', 'B']", ("O'Neil", "B"), False),
        ("[broken', 'list]", ("broken", "list"), False),
        ("", (), False),
    ],
)
def test_parse_authors(text: str, authors: tuple, truncated: bool) -> None:
    assert parse_authors(text) == (authors, truncated)
