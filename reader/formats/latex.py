"""LaTeX in paper titles rendered to Unicode for display.

Digest titles carry LaTeX fragments (``LLM$\\times$MapReduce``, ``$\\sim$20``,
``\\textsc{...}``) but also plain text that LaTeX would misread (``50%`` is a
comment, a lone ``$200k`` opens math). We only hand a title to pylatexenc when it
holds markup, and first escape what would be misread.

pylatexenc's tolerant mode retries every way of closing an unclosed group, which
costs exponential time (``\\frac{`` sixteen times: 40 s). So a title is parsed
strictly first; only a title with few groups gets the tolerant retry, and the
rest keep their text as written. The renderer is slow even when linear (~50 us
a character), so a source spends at most a fixed budget of characters on it
(:class:`LatexBudget`).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from reader.formats.limits import LATEX_BUDGET_CHARS

log = logging.getLogger(__name__)

_UNESCAPED = re.compile(r"(?<!\\)([%&#])")
_DOLLAR = re.compile(r"(?<!\\)\$")
_MATH_SPAN = re.compile(r"(?<!\\)\$([^$]*)(?<!\\)\$")
_SCRIPT = re.compile(r"([_^])(?:\{(\d+)\}|(\d))")
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_TOLERANT_MAX_GROUPS = 6  # unclosed-group retries double per group: 2**6 stays under 50 ms


def _scripts(match: re.Match[str]) -> str:
    """Digits under ``_``/``^`` inside math become Unicode sub/superscripts (π_0 -> π₀)."""
    body = _SCRIPT.sub(
        lambda m: (m.group(2) or m.group(3)).translate(_SUB if m.group(1) == "_" else _SUP),
        match.group(1),
    )
    return f"${body}$"


def has_latex(text: str) -> bool:
    """True when *text* holds a math span or a backslash command."""
    return "\\" in text or len(_DOLLAR.findall(text)) >= 2


@lru_cache(maxsize=1)
def _converter():  # imported lazily: only an import needs it, never start-up
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


def latex_to_unicode(text: str) -> str:
    """Return *text* with its LaTeX rendered; plain text comes back unchanged."""
    if not has_latex(text):
        return text
    protected = _UNESCAPED.sub(r"\\\1", text)
    dollars = list(_DOLLAR.finditer(protected))
    if len(dollars) % 2:  # a lone dollar is money, not math: escape the last one
        pos = dollars[-1].start()
        protected = protected[:pos] + "\\" + protected[pos:]
    protected = _MATH_SPAN.sub(_scripts, protected)
    try:
        rendered = _render(protected)
    except Exception:  # pylatexenc is lenient, but a title must never break an import
        log.warning("could not render LaTeX in title %r", text[:200])
        return text
    if rendered is None:
        log.info("kept a malformed LaTeX title as written: %r", text[:200])
        return text
    rendered = " ".join(rendered.split())
    return rendered or text


def _render(protected: str) -> str | None:
    """Strict parse, or a tolerant one for a title with few groups; None: give up."""
    from pylatexenc.latexwalker import LatexWalkerError

    converter = _converter()
    try:
        return converter.latex_to_text(protected, tolerant_parsing=False)
    except LatexWalkerError:
        if sum(protected.count(c) for c in "{[") > _TOLERANT_MAX_GROUPS:
            return None
    return converter.latex_to_text(protected)


class LatexBudget:
    """Renders one source's titles until its budget of characters is spent.

    Past the budget a title keeps its text as written (``title_raw``);
    :attr:`exhausted` tells the parser to say so once.
    """

    def __init__(self, chars: int = LATEX_BUDGET_CHARS) -> None:
        self.left = chars
        self.exhausted = False

    def __call__(self, title: str) -> str:
        if not has_latex(title):
            return title
        if len(title) > self.left:
            self.left = 0
            self.exhausted = True
            return title
        self.left -= len(title)
        return latex_to_unicode(title)
