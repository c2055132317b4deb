"""One API token in the Preferences dialog: a masked field, Test, Clear, and what happened.

The token is read and written only through :class:`reader.secrets.SecretStore`
(the system keyring), always in a worker since a keyring can be slow to answer.
The field never shows a stored token: it says one is stored, and typing replaces
it when the dialog is accepted. Test makes one authenticated request
(:func:`reader.sources.token_check.check_token`) with the typed or stored token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reader import notify
from reader.sentence import fill
from reader.sources import sync_config
from reader.ui.common.core_text import translated
from reader.ui.common.workers import Workers

if TYPE_CHECKING:
    from reader.secrets import SecretStore

log = logging.getLogger(__name__)

LABELS = sync_config.LABELS  # names, the same in every language


class TokenField(QWidget):
    """The token named *name* ("github" or "hf").

    Signals: ``tested(bool ok, str message)`` after Test, ``saved(bool ok, str message)``
    after :meth:`save` or Clear reached the keyring.
    """

    tested = Signal(bool, str)
    saved = Signal(bool, str)

    def __init__(
        self,
        name: str,
        store: Callable[[], SecretStore],
        workers: Workers,
        base_url: Callable[[], str],
        net_options: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self._store, self._workers, self._base_url = name, store, workers, base_url
        self._net_options = dict(net_options or {})
        self.stored = False
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}Token")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setObjectName(f"{name}TokenTest")
        self.test_button.clicked.connect(self.test)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName(f"{name}TokenClear")
        self.clear_button.clicked.connect(self.clear)
        self.result = QLabel()
        self.result.setObjectName(f"{name}TokenResult")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.test_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.edit.textChanged.connect(self._update_buttons)
        self.set_state(available=False, stored=False, note=self.tr("Checking the keyring…"))

    def set_state(self, available: bool, stored: bool, note: str = "") -> None:
        """Enable the field when a keyring is usable, and say whether a token is stored."""
        self.stored = stored
        for widget in (self.edit, self.test_button, self.clear_button):
            widget.setEnabled(available)
        self.edit.setPlaceholderText(
            self.tr("Stored in the keyring — type a new one to replace it")
            if stored
            else self.tr("Paste a %1 token").replace("%1", LABELS[self.name])
        )
        self.result.setText(note)
        if available:
            self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.edit.text().strip())
        self.test_button.setEnabled(typed or self.stored)
        self.clear_button.setEnabled(self.stored)

    def typed(self) -> str:
        return self.edit.text().strip()

    def test(self) -> None:
        """One authenticated request with the typed (or else the stored) token, in a worker."""
        typed, name, store, base = self.typed(), self.name, self._store, self._base_url()
        options = self._net_options

        def work() -> tuple[bool, str]:
            from reader.sources.token_check import check_token

            token = typed or store().get(name) or ""
            result = check_token(name, token, base, **options)
            return result.ok, result.message

        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing…"))
        self._workers.run_task(
            work, self._tested, self._test_failed, context=self, name="token test"
        )

    def _tested(self, result: tuple[bool, str]) -> None:
        ok, message = result[0], translated(result[1])  # the core's sentence, in our language
        shown = self.tr("✓ OK: %1") if ok else self.tr("✖ Failed: %1")
        self.result.setText(shown.replace("%1", message))
        self._update_buttons()
        self.tested.emit(ok, message)

    def _test_failed(self, exc: BaseException) -> None:
        log.warning("testing the %s token failed: %s", self.name, type(exc).__name__)
        self._tested(
            (False, self.tr("the test could not run (%1).").replace("%1", type(exc).__name__))
        )

    def save(self) -> None:
        """Store the typed token in the keyring (in a worker); nothing when none was typed."""
        token = self.typed()
        if not token:
            return
        name, store = self.name, self._store
        self.edit.clear()
        self._keyring(lambda: store().set(name, token), stored=True)

    def clear(self) -> None:
        name, store = self.name, self._store
        self.edit.clear()
        self._keyring(lambda: store().clear(name), stored=False)

    def _keyring(self, call: Callable[[], None], stored: bool) -> None:
        name, label = self.name, LABELS[self.name]
        refused = self.tr("The keyring refused the %1 token (%2).")
        if stored:
            note = self.tr("Saved the %1 token.")
            said = self.tr("Saved the %1 token in the keyring.")
        else:
            note = self.tr("Cleared the %1 token.")
            said = self.tr("Cleared the %1 token in the keyring.")

        # No context: the result must arrive after Preferences > OK closed (or a reopen
        # deleted) the dialog, so the callbacks check the widget themselves.
        def finished(_result: object) -> None:
            if shiboken6.isValid(self):
                self.set_state(True, stored, note.replace("%1", label))
                self.saved.emit(True, said.replace("%1", label))

        def failed(exc: BaseException) -> None:
            message = (
                translated(str(exc))
                if type(exc).__name__ == "KeyringUnavailable"
                else fill(refused, [label, type(exc).__name__])
            )
            log.warning("the keyring refused the %s token: %s", name, type(exc).__name__)
            notify.error(message)  # the window's message area: the dialog may be closed
            if shiboken6.isValid(self):
                self.result.setText("✖ " + message)
                self.saved.emit(False, message)

        self._workers.run_task(call, finished, failed, name="keyring")
