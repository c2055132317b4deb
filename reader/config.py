"""Every setting of the app, declared once: name, type, default, description, version, migrations.

The window (:mod:`reader.ui.common.settings`, through QSettings), the command line
(``config list|get|set``, and ``sync``'s defaults) and the tests all take their
settings from here; :class:`Config` reads and writes the same ini file as the
window (``AppPaths.settings_file``) without Qt, through :mod:`reader.inifile`.
The ``ui_*`` settings are window state the app restores at the next start
(geometry, splitters, selection, sort and filters) rather than preferences.

Tokens are never settings: they live in the keyring (:mod:`reader.secrets`), and
the migration to version 2 removes any token-like key a hand-edited file holds.
The sync defaults repeat :class:`reader.sources.sync.SyncSettings`'s and
:mod:`reader.netwatch`'s (tests keep them equal) so that reading settings never
loads the network stack.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from reader.inifile import IniFile, locked
from reader.urls import is_http_url

log = logging.getLogger(__name__)

VERSION = 2
THEMES = ("system", "light", "dark")
SORTS = ("votes", "title", "date", "rising")
SUMMARY_LANGUAGES = ("ko", "en")
LANGUAGES = ("system", "ko", "en")


class Setting(NamedTuple):
    """One declared setting; ``kind`` ("url", "repo") adds a check when a user sets it.

    A named tuple, not a dataclass: ~1 ms less at start-up, where the settings load.
    """

    name: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None  # for int settings: values are clamped into range
    maximum: int | None = None
    kind: str = ""


SETTINGS: tuple[Setting, ...] = (
    # preferences
    Setting(
        "read_delay_ms",
        int,
        1500,
        "Milliseconds a paper is shown before it counts as read (0: at once).",
        minimum=0,
        maximum=600_000,
    ),
    Setting("theme", str, "system", "Colour theme: system, light or dark.", THEMES),
    Setting(
        "language",
        str,
        "system",
        "Language of the window (menus, buttons, messages, dates): system (the system's"
        " locale: Korean when it is Korean, else English), ko or en; read at start-up."
        " The command line stays English.",
        LANGUAGES,
    ),
    Setting("font_size", int, 0, "Text size in points for the reading panes (0: the system size)."),
    Setting("show_thumbnails", bool, True, "Show the cached thumbnail above a paper's summary."),
    Setting(
        "summary_language",
        str,
        "ko",
        "Preferred summary language when a paper has several texts: ko (the Korean digest"
        " summary) or en (Hugging Face's AI summary and abstract).",
        SUMMARY_LANGUAGES,
    ),
    Setting(
        "thumbnail_cache_mb",
        int,
        200,
        "Megabytes of thumbnails kept for offline reading; the least recently used go first.",
        minimum=10,
        maximum=100_000,
    ),
    Setting("local_folders", list, [], "Folders of digest files imported and watched for changes."),
    # PDFs (issue 14): downloaded for offline reading and full-text search
    Setting(
        "pdf_auto_download",
        bool,
        True,
        "Download the PDFs of bookmarked, queued and must-read papers (after each sync,"
        " and when bookmarked).",
    ),
    Setting(
        "pdf_cache_mb",
        int,
        2000,
        "Megabytes of PDFs kept; the least recently read go first, bookmarked ones never.",
        minimum=50,
        maximum=1_000_000,
    ),
    Setting(
        "pdf_max_mb", int, 100, "Largest PDF downloaded, in megabytes.", minimum=1, maximum=2000
    ),
    Setting(
        "pdf_url", str, "https://arxiv.org/pdf", "The address PDFs are downloaded from.", kind="url"
    ),
    # sync
    Setting(
        "sync_interval_hours",
        int,
        6,
        "Hours between automatic syncs (0: only by hand).",
        minimum=0,
        maximum=24 * 365,
    ),
    Setting(
        "sync_deadline_minutes",
        int,
        15,
        "Minutes a whole sync may take; then it stops and keeps what it downloaded.",
        minimum=1,
        maximum=24 * 60,
    ),
    Setting(
        "sync_stall_seconds",
        int,
        20,
        "Seconds a download may go without (almost) any data before it is given up.",
        minimum=2,
        maximum=600,
    ),
    Setting("sync_github", bool, True, "Sync the GitHub archive of daily digests."),
    Setting("sync_hf", bool, True, "Sync the Hugging Face Daily Papers API."),
    Setting(
        "github_repo",
        str,
        "l-yohai/daily_papers_ko",
        "The GitHub archive, as owner/name.",
        kind="repo",
    ),
    Setting("github_branch", str, "main", "The archive's branch."),
    Setting("github_path", str, "paper_logs", "The archive's folder of daily digests."),
    Setting(
        "github_api_url",
        str,
        "https://api.github.com",
        "The GitHub API's base address.",
        kind="url",
    ),
    Setting(
        "github_raw_url",
        str,
        "https://raw.githubusercontent.com",
        "The base address raw files are downloaded from.",
        kind="url",
    ),
    Setting("hf_url", str, "https://huggingface.co", "The Hugging Face base address.", kind="url"),
    Setting(
        "hf_backfill_days",
        int,
        30,
        "Days of Hugging Face papers a sync reaches back when none were fetched yet.",
        minimum=1,
        maximum=3650,
    ),
    # user state that travels (issue 13)
    Setting(
        "userstate_folder",
        str,
        "",
        "A folder kept in step by a file-sync tool: triage states, queue, notes, tags, watch"
        " terms, read and bookmark marks are merged with its daily-papers-userstate.json at"
        " start and when it changes, and written there after each change ('' : off).",
    ),
    Setting(
        "watch_notify",
        bool,
        False,
        "Show a desktop notification when a sync finds new papers for a watch term.",
    ),
    # window state, restored at the next start
    Setting("ui_geometry", bytes, b"", "Main window geometry (QWidget.saveGeometry)."),
    Setting("ui_window_state", bytes, b"", "Toolbars and docks (QMainWindow.saveState)."),
    Setting("ui_splitter", bytes, b"", "Sizes of the three panes (QSplitter.saveState)."),
    Setting(
        "ui_selection", str, "", "The selected sidebar entry: 'day:YYYY-MM-DD' or 'view:NAME'."
    ),
    Setting("ui_paper", str, "", "The selected paper's arXiv id."),
    Setting("ui_related_open", bool, False, "The Related list under the paper is open."),
    Setting(
        "ui_detail_panes",
        str,
        "",
        "Heights in pixels of the open note and Related panes: 'NOTE,RELATED' ('': default).",
    ),
    Setting(
        "ui_sort", str, "votes", "Sort of the paper list: votes, title, date or rising.", SORTS
    ),
    Setting("ui_unread_only", bool, False, "List only unread papers."),
    Setting("ui_bookmarked_only", bool, False, "List only bookmarked papers."),
    Setting("ui_min_votes", int, 0, "List only papers with at least this many votes."),
    Setting("ui_has_code", bool, False, "List only papers with a known code repository."),
    Setting(
        "ui_summary_kind",
        str,
        "",
        "Kind of text last picked on the detail pane's switch: summary, ai_summary or abstract.",
    ),
)
BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}

# MIGRATIONS[i] upgrades a settings file from version i to i + 1.
TOKEN_WORDS = ("token", "secret", "password")


class KeyStore(Protocol):
    """What a migration needs of a settings file: QSettings and :class:`IniFile` both have it."""

    def allKeys(self) -> list[str]: ...  # QSettings' names

    def remove(self, key: str) -> None: ...


def _drop_token_keys(store: KeyStore) -> None:
    """Tokens belong in the keyring: forget any a hand-edited file put here."""
    for key in store.allKeys():
        if any(word in key.lower() for word in TOKEN_WORDS):
            log.warning("settings: removed %s; tokens are kept in the keyring only", key)
            store.remove(key)


MIGRATIONS: list[Callable[[KeyStore], None]] = [
    lambda store: None,  # 0 -> 1: files written before versioning hold nothing to change
    _drop_token_keys,  # 1 -> 2: sync, folder and cache settings arrive with their defaults
]


def coerce(setting: Setting, value: Any) -> Any:
    """The stored *value* as *setting*'s type (ini files give strings back), else the default."""
    if value is None:
        return default(setting)
    try:
        if setting.type is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if setting.type is int:
            number = int(value)
            if setting.minimum is not None:
                number = max(setting.minimum, number)
            if setting.maximum is not None:
                number = min(setting.maximum, number)
            return number
        if setting.type is list:
            import json  # list values only: the start path loads no json

            items = json.loads(value) if isinstance(value, str) else value
            if not isinstance(items, (list, tuple)):
                raise TypeError("not a list")
            return [str(item) for item in items]
        if setting.type is bytes:
            return bytes(value)
        text = str(value)
        if setting.choices and text not in setting.choices:
            return default(setting)
        return text
    except (TypeError, ValueError):
        log.warning("settings: ignoring bad value %r for %s", value, setting.name)
        return default(setting)


def default(setting: Setting) -> Any:
    return list(setting.default) if isinstance(setting.default, list) else setting.default


def stored_form(setting: Setting, value: Any) -> Any:
    """What goes in the file: lists as JSON (an ini list of one item reads back as text)."""
    if setting.type is list:
        import json  # list values only: the start path loads no json

        return json.dumps(value, ensure_ascii=False)
    return value


# ------------------------------------------------------------ user input

_REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


class SettingError(ValueError):
    """A value a user typed that the setting cannot take: one sentence."""


def find(name: str) -> Setting:
    """The setting called *name*; :class:`SettingError` with one sentence when there is none."""
    setting = BY_NAME.get(name.strip())
    if setting is None:
        raise SettingError(f"There is no setting {name!r}; 'config list' shows them.")
    return setting


def parse(setting: Setting, text: str) -> Any:
    """*text* typed by a user as *setting*'s value; :class:`SettingError` when it cannot be."""
    name, text = setting.name, text.strip()
    if setting.type is bytes:
        raise SettingError(f"{name} is window state the app keeps itself; it cannot be set here.")
    if setting.type is bool:
        if text.lower() in _TRUE + _FALSE:
            return text.lower() in _TRUE
        raise SettingError(f"{name} is true or false, not {text!r}.")
    if setting.type is int:
        try:
            number = int(text)
        except ValueError:
            raise SettingError(f"{name} is a whole number, not {text!r}.") from None
        low, high = setting.minimum, setting.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise SettingError(f"{name} must be from {low} to {high}, not {number}.")
        return number
    if setting.type is list:
        if not text:
            return []
        if text.startswith("["):
            try:
                import json  # list values only: the start path loads no json

                items = json.loads(text)
            except ValueError:
                items = None
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise SettingError(f'{name} takes a JSON list of strings, like ["/a", "/b"].')
            return items
        return [text]
    if setting.choices and text not in setting.choices:
        raise SettingError(f"{name} is one of {', '.join(setting.choices)}, not {text!r}.")
    if setting.kind == "repo" and not _REPO_RE.match(text):
        raise SettingError(f"{name} must be of the form OWNER/NAME, not {text!r}.")
    if setting.kind == "url" and not is_http_url(text):
        raise SettingError(f"{name} must be an http:// or https:// address, not {text!r}.")
    return text


def show(setting: Setting, value: Any) -> str:
    """*value* as ``config get`` prints it (and as ``config set`` reads it back)."""
    if setting.type is bool:
        return "true" if value else "false"
    if setting.type is list:
        import json  # list values only: the start path loads no json

        return json.dumps(value, ensure_ascii=False)
    if setting.type is bytes:
        return f"({len(value)} bytes of window state)"
    return str(value)


# ----------------------------------------------------------------- file


class Config:
    """The declared settings in the window's ini file, read and written without Qt.

    Reading never creates or changes the file; :meth:`set` re-reads it under
    QSettings' lock, brings its version up to date, changes one key and writes
    it back, keeping every other key (a window's, or one this program does not
    know) as it was.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._ini = self._load()

    def _load(self) -> IniFile:
        ini = IniFile.load(self.path)
        migrate(ini)
        return ini

    def get(self, name: str) -> Any:
        setting = BY_NAME[name]
        return coerce(setting, self._ini.value(name))

    def is_set(self, name: str) -> bool:
        """Whether the file holds a value for *name* (else the default applies)."""
        return self._ini.contains(name)

    def set(self, name: str, value: Any) -> None:
        setting = BY_NAME[name]
        with locked(self.path):
            self._ini = self._load()
            self._ini.setValue(name, stored_form(setting, coerce(setting, value)))
            self._ini.save()
        log.info("settings: %s set in %s", name, self.path)


def for_paths(paths: Any, writing: bool = False) -> Config:
    """The settings of an :class:`~reader.paths.AppPaths`.

    Reading does not need the config folder: when it is missing and cannot be
    made (a read-only data folder), nothing was ever configured and the defaults
    apply. Writing lets :class:`~reader.paths.DataDirError` say why it cannot.
    """
    from reader.paths import DataDirError

    try:
        return Config(paths.settings_file)
    except DataDirError:
        if writing:
            raise
        log.info("no usable config folder %s; the settings are the defaults", paths.config)
        return Config(Path(paths.config) / "settings.ini")


def migrate(store: Any) -> None:
    """Bring a settings file (a QSettings or an :class:`IniFile`) to :data:`VERSION`."""
    try:
        version = int(store.value("version", 0) or 0)
    except (TypeError, ValueError):
        version = 0
    if not store.allKeys():
        version = VERSION
    for target in range(version, VERSION):
        MIGRATIONS[target](store)
    if version != VERSION or store.value("version") is None:
        store.setValue("version", VERSION)
