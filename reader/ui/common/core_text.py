"""The window's side of :mod:`reader.sentence`: core sentences in the user's language.

The core marks its user-facing sentences with ``QT_TRANSLATE_NOOP`` and hands
them on as :class:`~reader.sentence.Sentence` strings; here the template is
looked up in the installed translators and filled again with its (translated)
arguments. A plain string, or a template the catalogue lacks, comes back as it
is (English), so nothing is ever lost on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.sentence import Sentence, fill


def translated(text: str) -> str:
    """*text* in the window's language when it is a core Sentence; else *text* itself."""
    if not isinstance(text, Sentence):
        return text
    n = -1 if text.n is None else text.n
    result = QCoreApplication.translate(text.context, text.source, None, n)
    untouched = text.source if n < 0 else text.source.replace("%n", str(n))
    if result == untouched:
        return str.__str__(text)  # no translation: the core's own English (with its plurals)
    return fill(result, [translated(a) if isinstance(a, str) else a for a in text.args])


def translated_lines(lines: list[str]) -> list[str]:
    """Each of *lines* translated (a report's errors and warnings)."""
    return [translated(line) for line in lines]
