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
import logging
import shutil
import subprocess
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

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")
CATALOGUE = "daily_papers"
_KOREAN = QLocale.Language.Korean

_state: dict[str, object] = {"language": "en", "translators": []}


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
    _state["language"], _state["translators"] = lang, loaded
    QLocale.setDefault(locale())
    return lang


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


def month_text(month: int) -> str:
    """``5월`` / ``May`` (the full month name, as a heading)."""
    return locale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


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
    """The Python files whose strings the catalogues hold: all of ``reader/ui``."""
    ui_dir = ui_dir or Path(__file__).resolve().parent.parent
    return sorted(ui_dir.rglob("*.py"))


def ts_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or catalogue_dir()) / f"{CATALOGUE}_{lang}.ts"


def qm_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or catalogue_dir()) / f"{CATALOGUE}_{lang}.qm"


def update_ts(folder: Path | None = None) -> None:
    """Re-extract the strings into every ``.ts`` (existing translations kept, vanished ones
    dropped); English keeps only its plural forms."""
    files = [str(p) for p in sources()]
    for lang in LANGUAGES:
        extra = ["-pluralonly"] if lang == "en" else []
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
                *extra,
                "-ts",
                str(ts_file(lang, folder)),
            ],
            check=True,
        )


def compile_qm(lang: str, out: Path, folder: Path | None = None) -> None:
    """Compile the *lang* catalogue to *out* (``pyside6-lrelease``)."""
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file(lang, folder)), "-qm", str(out)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.ui.common.i18n")
    parser.add_argument("--update", action="store_true", help="lupdate reader/ui, then lrelease")
    parser.add_argument("--release", action="store_true", help="only compile the .ts to .qm")
    args = parser.parse_args(argv)
    if not (args.update or args.release):
        parser.error("say --update or --release")
    folder = Path(__file__).resolve().parents[3] / "resources" / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    if args.update:
        update_ts(folder)
    for lang in LANGUAGES:
        compile_qm(lang, qm_file(lang, folder), folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
