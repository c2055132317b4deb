"""Edit > Preferences (File > Preferences…, Ctrl+,): the declared settings, with a form each.

Four tabs: Reading (read delay, thumbnails, cache size), Sync (interval, deadline,
stall timeout, sources, addresses), Tokens (GitHub and Hugging Face, kept in the
keyring only, see
:mod:`reader.ui.dialogs.token_field`) and Folders (local folders, imported and watched).
OK writes the settings (each ``Settings.set`` emits ``changed``, which the window
follows) and stores a typed token in the keyring; nothing token-like ever reaches
the settings file. Shown with ``open()``, so the event loop keeps running.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object
from reader.ui.common.core_text import translated
from reader.ui.common.setting_texts import setting_description
from reader.ui.common.settings import BY_NAME, Settings
from reader.ui.common.workers import Workers
from reader.ui.dialogs.token_field import TokenField
from reader.urls import is_http_url

if TYPE_CHECKING:
    from reader.secrets import SecretStore

log = logging.getLogger(__name__)

ChooseFolder = Callable[[QWidget], list[str]]
_REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
TEXTS = (
    "github_repo",
    "github_branch",
    "github_path",
    "github_api_url",
    "github_raw_url",
    "hf_url",
)
URLS = {  # translated where they are shown (QT_TRANSLATE_NOOP only marks them)
    "github_api_url": QT_TRANSLATE_NOOP("PreferencesDialog", "The GitHub API address"),
    "github_raw_url": QT_TRANSLATE_NOOP("PreferencesDialog", "The raw file address"),
    "hf_url": QT_TRANSLATE_NOOP("PreferencesDialog", "The Hugging Face address"),
}
SUMMARY_LANGUAGE_LABELS = (
    ("ko", QT_TRANSLATE_NOOP("PreferencesDialog", "Korean (the digest's summary)")),
    (
        "en",
        QT_TRANSLATE_NOOP("PreferencesDialog", "English (Hugging Face's AI summary and abstract)"),
    ),
)
# Each language by its own name (never translated), after "System"
LANGUAGE_NAMES = (("ko", "한국어"), ("en", "English"))
NO_KEYRING = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "No system keyring is available, so tokens cannot be stored and sync runs without them.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def _spin(name: str, suffix: str = "", special: str = "", step: int = 1) -> QSpinBox:
    setting = BY_NAME[name]
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    if special:
        box.setSpecialValueText(special)
    box.setToolTip(setting_description(name))
    return box


class PreferencesDialog(QDialog):
    """The settings form. Signals: ``applied()`` after OK wrote the settings."""

    def __init__(
        self,
        settings: Settings,
        store: Callable[[], SecretStore],
        workers: Workers,
        choose_folder: ChooseFolder,
        net_options: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings, self._store, self._workers = settings, store, workers
        self._choose_folder = choose_folder
        self.tabs = QTabWidget()
        self.fields: dict[str, QWidget] = {}
        self.tabs.addTab(self._reading_tab(), self.tr("Reading"))
        self.tabs.addTab(self._sync_tab(), self.tr("Sync"))
        self.tabs.addTab(self._tokens_tab(net_options), self.tr("Tokens"))
        self.tabs.addTab(self._folders_tab(), self.tr("Folders"))
        self.error = QLabel()
        self.error.setObjectName("preferencesError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.load()

    # ---------------------------------------------------------------- tabs

    def _reading_tab(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        ui_language = QComboBox()
        ui_language.setObjectName("language")
        ui_language.setToolTip(setting_description("language"))
        ui_language.addItem(self.tr("System"), "system")
        for key, name in LANGUAGE_NAMES:
            ui_language.addItem(name, key)
        self.fields["language"] = ui_language
        note = QLabel(self.tr("(at the next start)"))
        note.setObjectName("languageNote")
        note.setEnabled(False)  # dimmed: a remark, not a control
        language_row = QHBoxLayout()
        language_row.addWidget(ui_language)
        language_row.addWidget(note)
        language_row.addStretch(1)
        form.addRow(self.tr("Language:"), language_row)
        self.fields["read_delay_ms"] = _spin(
            "read_delay_ms", self.tr(" ms"), self.tr("At once"), 250
        )
        self.fields["show_thumbnails"] = QCheckBox(
            self.tr("Show the thumbnail above a paper's summary")
        )
        self.fields["thumbnail_cache_mb"] = _spin("thumbnail_cache_mb", self.tr(" MB"), step=50)
        form.addRow(self.tr("Mark as read after:"), self.fields["read_delay_ms"])
        form.addRow("", self.fields["show_thumbnails"])
        form.addRow(self.tr("Thumbnail cache:"), self.fields["thumbnail_cache_mb"])
        language = QComboBox()
        language.setObjectName("summary_language")
        language.setToolTip(setting_description("summary_language"))
        for key, label in SUMMARY_LANGUAGE_LABELS:
            language.addItem(self.tr(label), key)
        self.fields["summary_language"] = language
        form.addRow(self.tr("Preferred summary language:"), language)
        page.setLayout(form)
        return page

    def _sync_tab(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        self.fields["sync_interval_hours"] = _spin(
            "sync_interval_hours", self.tr(" h"), self.tr("Only by hand")
        )
        self.fields["sync_deadline_minutes"] = _spin("sync_deadline_minutes", self.tr(" min"))
        self.fields["sync_stall_seconds"] = _spin("sync_stall_seconds", self.tr(" s"))
        self.fields["sync_github"] = QCheckBox(self.tr("GitHub archive"))
        self.fields["sync_hf"] = QCheckBox(self.tr("Hugging Face Daily Papers"))
        for name in TEXTS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setToolTip(setting_description(name))
            self.fields[name] = edit
        form.addRow(self.tr("Sync automatically every:"), self.fields["sync_interval_hours"])
        form.addRow(self.tr("Stop a sync after:"), self.fields["sync_deadline_minutes"])
        form.addRow(self.tr("Give up a stalled download after:"), self.fields["sync_stall_seconds"])
        form.addRow(self.tr("Sources:"), self.fields["sync_github"])
        form.addRow("", self.fields["sync_hf"])
        form.addRow(self.tr("GitHub repository:"), self.fields["github_repo"])
        form.addRow(self.tr("Branch:"), self.fields["github_branch"])
        form.addRow(self.tr("Folder:"), self.fields["github_path"])
        form.addRow(self.tr("GitHub API address:"), self.fields["github_api_url"])
        form.addRow(self.tr("Raw file address:"), self.fields["github_raw_url"])
        form.addRow(self.tr("Hugging Face address:"), self.fields["hf_url"])
        defaults = QPushButton(self.tr("Default Addresses"))
        defaults.clicked.connect(self._default_addresses)
        row = QHBoxLayout()
        row.addWidget(defaults)
        row.addStretch(1)
        form.addRow("", row)
        page.setLayout(form)
        return page

    def _tokens_tab(self, net_options: dict[str, Any] | None) -> QWidget:
        page, layout = QWidget(), QVBoxLayout()
        intro = QLabel(
            self.tr(
                "Tokens are kept in the system keyring, never in the settings file, and each "
                "is sent only to its own service. A GitHub token raises the API rate limit."
            )
        )
        intro.setWordWrap(True)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.tokens: dict[str, TokenField] = {}
        form = QFormLayout()
        for name, label, url in (
            ("github", self.tr("GitHub token:"), "github_api_url"),
            ("hf", self.tr("Hugging Face token:"), "hf_url"),
        ):
            edit = self.fields[url]
            assert isinstance(edit, QLineEdit)
            field = TokenField(name, self._store, self._workers, edit.text, net_options)
            self.tokens[name] = field
            form.addRow(label, field)
        layout.addWidget(intro)
        layout.addWidget(self.keyring_note)
        layout.addLayout(form)
        layout.addStretch(1)
        page.setLayout(layout)
        self._check_keyring()
        return page

    def _folders_tab(self) -> QWidget:
        page, layout = QWidget(), QVBoxLayout()
        intro = QLabel(
            self.tr("Digest files in these folders are imported and watched for changes.")
        )
        intro.setWordWrap(True)
        self.folders = QListWidget()
        self.folders.setObjectName("local_folders")
        add, remove = QPushButton(self.tr("Add…")), QPushButton(self.tr("Remove"))
        add.setObjectName("addFolder")
        remove.setObjectName("removeFolder")
        add.clicked.connect(self._add_folder)
        remove.clicked.connect(self._remove_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(intro)
        layout.addWidget(self.folders, 1)
        layout.addLayout(buttons)
        layout.addLayout(self._userstate_row())
        page.setLayout(layout)
        return page

    def _userstate_row(self) -> QVBoxLayout:
        """The user-state sync folder (issue 13) and the watch-hit notification."""
        column = QVBoxLayout()
        label = QLabel(
            self.tr(
                "Sync folder for triage states, the queue, notes, tags and watch terms"
                " (a folder your file-sync tool keeps in step between machines):"
            )
        )
        label.setWordWrap(True)
        edit = QLineEdit()
        edit.setObjectName("userstate_folder")
        edit.setPlaceholderText(self.tr("Off"))
        edit.setToolTip(setting_description("userstate_folder"))
        self.fields["userstate_folder"] = edit
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseUserstateFolder")
        choose.clicked.connect(
            lambda: edit.setText(next(iter(self._choose_folder(self)), edit.text()))
        )
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(choose)
        self.fields["watch_notify"] = QCheckBox(
            self.tr("Notify me when a sync finds new watch-term papers")
        )
        column.addWidget(label)
        column.addLayout(row)
        column.addWidget(self.fields["watch_notify"])
        return column

    # ------------------------------------------------------------- values

    def load(self) -> None:
        """Fill the form from the settings."""
        s = self.settings
        for name, widget in self.fields.items():
            if isinstance(widget, QSpinBox):
                widget.setValue(int(s.get(name)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(s.get(name)))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(s.get(name)))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(s.get(name))))
        self.folders.clear()
        self.folders.addItems(s.get("local_folders"))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QSpinBox):
                out[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
        out["local_folders"] = [self.folders.item(i).text() for i in range(self.folders.count())]
        return out

    def problems(self, values: dict[str, Any]) -> list[str]:
        found = []
        if not _REPO_RE.match(values["github_repo"]):
            found.append(self.tr("The GitHub repository must look like owner/name."))
        for name, label in URLS.items():
            if not is_http_url(values[name]):
                found.append(
                    self.tr("%1 must be an http or https address.").replace("%1", self.tr(label))
                )
        return found

    def accept(self) -> None:
        values = self.values()
        problems = self.problems(values)
        if problems:
            self.error.setText(" ".join(problems))
            self.error.show()
            self.tabs.setCurrentIndex(1)
            return
        self.error.hide()
        for name, value in values.items():
            self.settings.set(name, value)
        self.settings.sync()
        for field in self.tokens.values():
            field.save()
        super().accept()

    # ------------------------------------------------------------ helpers

    def _default_addresses(self) -> None:
        for name in TEXTS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(BY_NAME[name].default)

    def _add_folder(self) -> None:
        present = {self.folders.item(i).text() for i in range(self.folders.count())}
        for folder in self._choose_folder(self):
            if folder and folder not in present:
                self.folders.addItem(folder)

    def _remove_folder(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))

    def _check_keyring(self) -> None:
        """Ask the keyring (in a worker) whether it works and which tokens it holds."""
        store = self._store

        def work() -> tuple[str | None, dict[str, bool]]:
            from reader.secrets import KeyringInsecure

            secrets = store()
            refusal = secrets.refusal()
            if refusal is not None:
                return (
                    str(refusal) if isinstance(refusal, KeyringInsecure) else _tr(NO_KEYRING)
                ), {}
            return None, {n: secrets.get(n) is not None for n in ("github", "hf")}

        def done(result: tuple[str | None, dict[str, bool]]) -> None:
            problem, stored = result
            for name, field in self.tokens.items():
                field.set_state(problem is None, stored.get(name, False))
            self.keyring_note.setText(translated(problem) if problem else "")
            self.keyring_note.setVisible(problem is not None)

        def failed(exc: BaseException) -> None:
            log.warning("the keyring could not be asked: %s", type(exc).__name__)
            done((_tr(NO_KEYRING), {}))

        self._workers.run_task(work, done, failed, context=self, name="keyring")
