"""Sentences from the Qt-free core that the window can show in the user's language.

The core must not import Qt, and the command line speaks English, yet a message
like "The library … is damaged" reaches the window too. So the core writes its
user-facing sentences as templates marked with :func:`QT_TRANSLATE_NOOP` (the
name ``pyside6-lupdate`` collects into the catalogue) and fills them with
:meth:`Template.arg`. The result is a :class:`Sentence`: an ordinary ``str``
holding the English text (what the CLI and the log print), which also remembers
its context, template and arguments, so the window
(:func:`reader.ui.common.core_text.translated`) translates the template and
fills it again. A Sentence survives ``str(exc)``, lists and dataclass fields;
anything that edits it (concatenation, ``rstrip``) falls back to plain English.

Placeholders are Qt's: ``%1``, ``%2`` … for arguments and ``%n`` for a count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["QT_TRANSLATE_NOOP", "Sentence", "Template", "fill"]

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, args: Sequence[object]) -> str:
    """Put ``args`` into ``%1`` … ``%9`` in one pass (an argument holding ``%2`` stays as it is)."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(one, text)


class Sentence(str):
    """English text that remembers how to be translated (see the module's docstring)."""

    context: str
    source: str
    args: tuple[object, ...]
    n: int | None

    def __new__(
        cls,
        english: str,
        context: str,
        source: str,
        args: Sequence[object] = (),
        n: int | None = None,
    ) -> Sentence:
        self = super().__new__(cls, english)
        self.context, self.source, self.args, self.n = context, source, tuple(args), n
        return self

    def __str__(self) -> str:
        return self  # so str(exc) keeps the template for the window

    def __reduce__(self) -> tuple[object, ...]:
        return (Sentence, (str.__str__(self), self.context, self.source, self.args, self.n))

    def with_args(self, *args: object) -> Sentence:
        """The same template filled with other *args* ("%1 is not valid JSON" said of
        another subject), still translatable; a plural keeps its own English."""
        if self.n is not None:
            return self
        return Sentence(fill(self.source, args), self.context, self.source, args)


class Template(str):
    """A marked source text; :meth:`arg` and :meth:`count` make Sentences of it."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def arg(self, *args: object) -> Sentence:
        """The sentence with ``%1`` … filled (English), translatable later."""
        return Sentence(fill(str.__str__(self), args), self.context, str.__str__(self), args)

    def count(self, n: int, english: str, *args: object) -> Sentence:  # type: ignore[override]
        """A sentence about *n* things: *english* is its English wording ('1 file', '2 files').

        The template uses ``%n`` for the number; the window's translation picks its form.
        """
        return Sentence(english, self.context, str.__str__(self), args, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark *text* for the catalogue under *context*; no translation happens here."""
    return Template(context, text)
