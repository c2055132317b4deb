"""The window's language: Korean or English, chosen once at start-up, and locale-aware dates.

The setting ``language`` (system, ko, en; see :mod:`reader.config`) picks the
language; ``system`` follows ``QLocale.system()`` (Korean when the system is
Korean, else English). :func:`install` loads our catalogue
(``resources/i18n/daily_papers_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm``
from PySide6, so message-box and file-dialog buttons match), and makes the
language's QLocale the default. It runs before the window is built; a change in
Preferences takes effect at the next start.

English is the source language: its catalogue holds only the plural forms
(``%n paper(s)`` -> ``1 paper`` / ``2 papers``); Korean has one form.

Dates and numbers go through :func:`day_text`, :func:`month_text`,
:func:`time_text` and :func:`number_text`, so the sidebar, the list, the detail
pane and the status bar say ``2025년 5월 9일 (금)`` or ``Fri, May 9, 2025`` alike.

``python -m reader.ui.common.i18n --update`` re-extracts the strings of
``reader/ui`` into the ``.ts`` catalogues (``pyside6-lupdate``, which keeps
existing translations) and compiles them (``pyside6-lrelease``).
"""

from __future__ import annotations

import argparse
import html
import logging
import os
import re
import shutil
import sys
from datetime import date as Date
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from reader import bundled
from reader.sentence import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Qt's own Korean catalogue (qtbase_ko) predates these labels of its file dialog and
# leaves them English; ours carries them, and Qt looks in it after its own.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

LANGUAGES = ("ko", "en")
CATALOGUE = "daily_papers"
_KOREAN = QLocale.Language.Korean

_state: dict[str, object] = {"language": "en", "translators": [], "installed": False}


def resolve(choice: str, system: QLocale | None = None) -> str:
    """``ko`` or ``en`` for the setting *choice* (``system`` asks the system's locale)."""
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    if locale.language() == _KOREAN:
        return "ko"
    for name in locale.uiLanguages():  # e.g. LANGUAGE=ko:en with an English LC_ALL
        if name.lower().startswith("ko"):
            return "ko"
    return "en"


def catalogue_dir() -> Path:
    """Where the compiled ``.qm`` (and source ``.ts``) catalogues are."""
    return bundled.root() / "i18n"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def language() -> str:
    """The language installed last (``en`` until :func:`install` runs)."""
    return str(_state["language"])


def locale() -> QLocale:
    """The QLocale dates and numbers are written in."""
    if language() == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(app: QCoreApplication, choice: str = "system") -> str:
    """Install the catalogues for *choice* (system, ko, en); returns the language used.

    Replaces translators an earlier call installed, so tests can switch languages.
    A missing catalogue is logged and the window stays English.
    """
    lang = resolve(choice)
    for old in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(old)
    loaded: list[QTranslator] = []
    sources = [(f"{CATALOGUE}_{lang}", str(catalogue_dir()))]
    if lang != "en":
        sources.append((f"qtbase_{lang}", qt_translations_dir()))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("no translation catalogue %s in %s", name, folder)
    _state.update(language=lang, translators=loaded, installed=True)
    QLocale.setDefault(locale())
    return lang


def ensure(app: QCoreApplication, choice: str = "system") -> str:
    """Install *choice* unless a language is installed already (``reader.ui.app`` does it
    before the window; a window built elsewhere, as in tests, still gets its plurals)."""
    return language() if _state["installed"] else install(app, choice)


def uninstall(app: QCoreApplication) -> None:
    """Remove the catalogues :func:`install` added (tests switching languages)."""
    for old in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(old)
    _state.update(language="en", translators=[], installed=False)
    QLocale.setDefault(QLocale.system())


# ------------------------------------------------------------------ formatting

_DAY_FORMATS = {
    # (with the year, without it, short under its month)
    "ko": ("yyyy년 M월 d일 (ddd)", "M월 d일 (ddd)", "d일 (ddd)"),
    "en": ("ddd, MMM d, yyyy", "ddd, MMM d", "ddd d"),
}


def _qdate(day: str | Date) -> QDate | None:
    if isinstance(day, str):
        try:
            day = Date.fromisoformat(day)
        except ValueError:
            return None
    return QDate(day.year, day.month, day.day)


def day_text(day: str | Date, *, year: bool = True, short: bool = False) -> str:
    """``2025년 5월 9일 (금)`` / ``Fri, May 9, 2025`` for ``2025-05-09``.

    ``year=False``: ``5월 9일 (금)`` / ``Fri, May 9``; ``short``: ``9일 (금)`` /
    ``Fri 9`` (a day under its month in a narrow sidebar). Text that is not a
    date comes back as it is.
    """
    qdate = _qdate(day)
    if qdate is None:
        return str(day)
    with_year, without, short_form = _DAY_FORMATS.get(language(), _DAY_FORMATS["en"])
    return locale().toString(qdate, short_form if short else with_year if year else without)


def month_text(month: int, year: int | None = None) -> str:
    """``5월`` / ``May`` (the full month name, as a heading); with *year*:
    ``2025년 5월`` / ``May 2025``."""
    if year is None:
        return locale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    form = "yyyy년 M월" if language() == "ko" else "MMMM yyyy"
    return locale().toString(QDate(year, month, 1), form)


def time_text(moment: datetime) -> str:
    """A local date and time: ``2025년 5월 9일 (금) 오후 2:05`` / ``Fri, May 9, 2025, 2:05 PM``."""
    moment = moment.astimezone() if moment.tzinfo else moment
    separator = " " if language() == "ko" else ", "
    return f"{day_text(moment.date())}{separator}{clock_text(moment)}"


def clock_text(moment: datetime) -> str:
    """Only the time of day: ``오후 2:05`` / ``2:05 PM``."""
    moment = moment.astimezone() if moment.tzinfo else moment
    return locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number_text(value: int | float) -> str:
    """``1,234`` in either language (grouping as the locale writes it)."""
    return locale().toString(value)


# ------------------------------------------------------------------ catalogues


def _tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``) next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def sources(ui_dir: Path | None = None) -> list[Path]:
    """The Python files whose strings the catalogues hold: all of ``reader/ui``, and the
    core modules whose sentences reach the window (marked with ``QT_TRANSLATE_NOOP``
    from :mod:`reader.sentence`)."""
    ui_dir = ui_dir or Path(__file__).resolve().parent.parent
    core = [
        path
        for path in ui_dir.parent.rglob("*.py")
        if ui_dir not in path.parents
        and path.name != "sentence.py"
        and "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
    ]
    return sorted([*ui_dir.rglob("*.py"), *core])


def ts_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or catalogue_dir()) / f"{CATALOGUE}_{lang}.ts"


def qm_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or catalogue_dir()) / f"{CATALOGUE}_{lang}.qm"


SETTING_TEXTS = Path(__file__).resolve().parent / "setting_texts.py"


def setting_texts_source() -> str:
    """The text of ``setting_texts.py``: every shown setting's description, marked for lupdate
    (the descriptions live in the Qt-free :mod:`reader.config`)."""
    from reader.config import SETTINGS

    marked = "".join(
        f'    QT_TRANSLATE_NOOP("Settings", {_quoted(s.description)}),\n'
        for s in SETTINGS
        if not s.name.startswith("ui_")
    )
    return (
        '"""Generated by ``python -m reader.ui.common.i18n --update`` from reader.config: every\n'
        "setting's description marked for translation (tests/test_i18n.py keeps it in step).\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from PySide6.QtCore import QCoreApplication\n\n"
        "from reader.config import BY_NAME\n"
        "from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object\n\n"
        f"DESCRIPTIONS = (\n{marked})\n\n\n"
        "def setting_description(name: str) -> str:\n"
        '    """The setting\'s description (a tooltip) in the window\'s language."""\n'
        '    return QCoreApplication.translate("Settings", BY_NAME[name].description)\n'
    )


def _quoted(text: str) -> str:
    """*text* as a double-quoted Python literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def counted_calls(files: list[Path]) -> set[tuple[str, str, str]]:
    """``(context, source, comment)`` of every ``QCoreApplication.translate(c, s, d, n)`` with
    a count: lupdate's Python parser marks only ``self.tr(s, d, n)`` as a plural (numerus)."""
    import ast

    found = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and (len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))
            ):
                continue
            texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:3]]
            if len(texts) >= 2 and isinstance(texts[0], str) and isinstance(texts[1], str):
                found.add((texts[0], texts[1], str(texts[2] or "" if len(texts) > 2 else "")))
    return found


_CONTEXT = re.compile(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"( *)<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>([^<]*)</source>")
_COMMENT = re.compile(r"<comment>([^<]*)</comment>")
_TRANSLATION = re.compile(r"<translation( type=\"unfinished\")?>(.*?)</translation>", re.S)
_FORM = re.compile(r"<numerusform>([^<]*)</numerusform>")


def _messages(text: str):  # -> Iterator[(context, key, match of the message)]
    for context in _CONTEXT.finditer(text):
        name = html.unescape(context.group(1))
        for message in _MESSAGE.finditer(text, context.start(2), context.end(2)):
            body = message.group(3)
            source = _SOURCE.search(body)
            comment = _COMMENT.search(body)
            if source:
                key = (
                    name,
                    html.unescape(source.group(1)),
                    html.unescape(comment.group(1)) if comment else "",
                )
                yield key, message


def _numerus_translations(ts: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """The plural entries of *ts*: their forms and whether they are finished."""
    if not ts.exists():
        return {}
    found = {}
    for key, message in _messages(ts.read_text(encoding="utf-8")):
        translation = _TRANSLATION.search(message.group(3))
        if message.group(2) and translation:
            forms = [html.unescape(f) for f in _FORM.findall(translation.group(2))]
            found[key] = (forms, not translation.group(1))
    return found


def _restore_numerus(ts: Path, counted: set[tuple[str, str, str]], kept: dict, forms: int) -> None:
    """Make the *counted* messages of *ts* plural again, with the forms they had before."""
    text = ts.read_text(encoding="utf-8")
    edits = []
    for key, message in _messages(text):
        if message.group(2) or key not in counted:
            continue
        old, finished = kept.get(key, ([], False))
        old = (old + [""] * forms)[:forms]
        pad = message.group(1)
        translation = _TRANSLATION.search(message.group(3))
        assert translation is not None  # the message pattern requires one
        head = message.group(3)[: translation.start()]
        state = "" if finished and all(old) else ' type="unfinished"'
        body = "".join(
            f"\n{pad}        <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in old
        )
        block = (
            f'{pad}<message numerus="yes">{head}<translation{state}>{body}\n{pad}    '
            f"</translation>\n{pad}</message>"
        )
        edits.append((message.start(), message.end(), block))
    for start, end, block in reversed(edits):
        text = text[:start] + block + text[end:]
    ts.write_text(text, encoding="utf-8")


def _plurals_only(ts: Path) -> None:
    """Drop every message of *ts* that is not a plural, then the contexts left empty."""
    text = ts.read_text(encoding="utf-8")
    text = re.sub(r"\n *<message>.*?</message>", "", text, flags=re.S)
    text = re.sub(r"\n<context>\s*<name>[^<]*</name>\s*</context>", "", text)
    ts.write_text(text, encoding="utf-8")


PLURAL_FORMS = {"ko": 1, "en": 2}


def update_ts(folder: Path | None = None) -> None:
    """Re-extract the strings into every ``.ts`` (existing translations kept, vanished ones
    dropped); English keeps only its plural forms."""
    import subprocess  # the tools' side: not loaded to open the window

    paths = sources()
    files = [str(p) for p in paths]
    counted = counted_calls(paths)
    for lang in LANGUAGES:
        kept = _numerus_translations(ts_file(lang, folder))
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts_file(lang, folder)),
            ],
            check=True,
            capture_output=True,
        )
        _restore_numerus(ts_file(lang, folder), counted, kept, PLURAL_FORMS[lang])
        if lang == "en":  # the source language: only its plural forms
            _plurals_only(ts_file(lang, folder))


def english_plurals(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` source: ``%n paper(s)`` -> ``%n paper``,
    ``%n papers``; ``(es)`` and ``y(ies)`` likewise; a source without them stays as it is."""
    one, many = source, source
    for mark, singular, plural in (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s")):
        one, many = one.replace(mark, singular), many.replace(mark, plural)
    return one, many


def fill_english(ts: Path) -> int:
    """Fill the unfinished plural entries of the English catalogue from their sources.

    Done with text edits on lupdate's own layout, so the file stays as lupdate writes it.
    """
    pattern = re.compile(
        r"(<message numerus=\"yes\">\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
        r"<translation type=\"unfinished\">\s*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>",
        re.S,
    )
    count = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        one, many = english_plurals(html.unescape(match.group(2)))
        forms = "".join(
            f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>"
            for f in (one, many)
        )
        return f"{match.group(1)}<translation>{forms}\n        </translation>"

    text = pattern.sub(fill, ts.read_text(encoding="utf-8"))
    ts.write_text(text, encoding="utf-8")
    return count


def compile_qm(lang: str, out: Path, folder: Path | None = None) -> None:
    """Compile the *lang* catalogue to *out* (``pyside6-lrelease``)."""
    import subprocess

    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file(lang, folder)), "-qm", str(out)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    import subprocess

    parser = argparse.ArgumentParser(prog="python -m reader.ui.common.i18n")
    parser.add_argument("--update", action="store_true", help="lupdate reader/ui, then lrelease")
    parser.add_argument("--release", action="store_true", help="only compile the .ts to .qm")
    args = parser.parse_args(argv)
    if not (args.update or args.release):
        parser.error("say --update or --release")
    folder = Path(__file__).resolve().parents[3] / "resources" / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    if args.update:
        SETTING_TEXTS.write_text(setting_texts_source(), encoding="utf-8")
        ruff = Path(sys.executable).parent / "ruff"
        if ruff.exists():  # the same layout the formatter gives it by hand
            subprocess.run([str(ruff), "format", "-q", str(SETTING_TEXTS)], check=False)
        update_ts(folder)
        if fill_english(ts_file("en", folder)):
            update_ts(folder)  # back in lupdate's own layout, so a re-run changes nothing
    release(folder)
    return 0


def release(folder: Path) -> None:
    """Compile every catalogue in *folder*, each renamed over its old ``.qm`` when done.

    Qt maps a loaded ``.qm``: a window (or a test run) reading the old file died
    of SIGBUS when lrelease rewrote it in place; renamed over, the old stays intact.
    """
    for lang in LANGUAGES:
        target = qm_file(lang, folder)
        fresh = target.with_name(target.name + ".new")
        compile_qm(lang, fresh, folder)
        os.replace(fresh, target)


if __name__ == "__main__":
    raise SystemExit(main())
