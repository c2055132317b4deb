"""Property tests: the parser never raises, and never drops a well-formed entry."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.markdown import parse_bytes, parse_text

_words = st.text(
    alphabet=st.sampled_from("abcdefghij KLMNOP 가나다라마바사 0123456789-:.,()'\""),
    min_size=1,
    max_size=40,
).map(lambda s: s.strip() or "x")

entry = st.fixed_dictionaries(
    {
        "id": st.tuples(st.integers(2301, 2512), st.integers(0, 99999)).map(
            lambda t: f"{t[0]}.{t[1]:05d}"
        ),
        "title": _words.filter(lambda s: "]" not in s and "[" not in s and "$" not in s),
        "votes": st.one_of(st.none(), st.integers(0, 999), st.just("-")),
        "authors": st.lists(_words.filter(lambda s: "," not in s and s.strip() != "+"), max_size=5),
        "bullets": st.lists(_words, min_size=0, max_size=4),
        "thumb": st.booleans(),
    }
)

# lines a generator, a user or a broken upload might leave between entries; none of
# them starts a new block ('##'), so none may cost an entry its place
junk_line = st.one_of(
    st.just(""),
    st.just("<div><video controls src='x.mp4'></video></div>"),
    st.just("random prose line"),
    st.just("Vote: banana"),
    st.just("![](https://example.com/a.png)"),
    st.text(max_size=30).filter(
        lambda s: (
            not s.lstrip().startswith("#")
            and "\n" not in s
            and "\r" not in s
            and not s.lstrip().startswith(("-", "*"))
        )
    ),
)


def render(entries: list[dict], junk: list[str]) -> str:
    lines = ["## Daily Papers (2024-05-01)", ""]
    for i, e in enumerate(entries):
        lines.append(f"### [{e['title']}](https://arxiv.org/abs/{e['id']})")
        lines.append(junk[i % len(junk)] if junk else "")
        if e["thumb"]:
            lines.append(f"![](https://cdn-thumbnails.huggingface.co/x/{e['id']}.png)")
        if e["votes"] is not None:
            lines.append(f"Vote: {e['votes']}")
        if e["authors"]:
            lines.append("Authors: " + ", ".join(e["authors"]))
        lines.append("")
        lines.extend(f"- {b}" for b in e["bullets"])
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(entry, min_size=1, max_size=8, unique_by=lambda e: e["id"]),
    st.lists(junk_line, max_size=4),
)
def test_well_formed_entries_all_survive(entries: list[dict], junk: list[str]) -> None:
    result = parse_text(render(entries, junk), "gen.md")
    assert result.error is None
    papers = {p.id: p for d in result.days for p in d.papers}
    assert set(papers) == {e["id"] for e in entries}
    for e in entries:
        paper = papers[e["id"]]
        assert paper.title == " ".join(e["title"].split()) or paper.title == e["title"].strip()
        expected_votes = e["votes"] if isinstance(e["votes"], int) else None
        assert paper.votes == expected_votes
        assert [p.text for p in paper.summary] == [b.strip() for b in e["bullets"]]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    result = parse_bytes(data, "random.md")
    assert result.error is not None or result.days


@settings(max_examples=200, deadline=None)
@given(
    st.lists(entry, min_size=1, max_size=4, unique_by=lambda e: e["id"]),
    st.integers(0, 10_000),
    st.integers(0, 200),
    st.text(max_size=50),
)
def test_mutated_digest_text_never_raises(entries, cut: int, pos: int, insert: str) -> None:
    text = render(entries, [])
    mutated = text[:pos] + insert + text[pos:cut]
    result = parse_text(mutated, "mutated.md")
    assert (result.error is None) == bool(result.days)
    for day in result.days:
        for paper in day.papers:
            assert paper.id and paper.title
