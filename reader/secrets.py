"""API tokens, kept in the system keyring and nowhere else.

Tokens must never land in settings files, logs, exceptions or the database, so this
module is the only place that touches them at rest. When no keyring is usable (a
headless box, a locked or absent Secret Service) the app still works: ``get`` answers
None and sync runs unauthenticated, while ``set``/``clear`` fail with one sentence the
CLI or settings dialog can show. No Qt here.
"""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable
from typing import TextIO

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

logger = logging.getLogger(__name__)

SERVICE = "daily-papers-reader"
NAMES = ("github", "hf")
UNAVAILABLE_MESSAGE = (
    "No system keyring is available, so the token cannot be stored; sync will run without it."
)


class KeyringUnavailable(Exception):
    """No usable keyring backend; ``str()`` is one sentence for the user."""

    def __init__(self, message: str = UNAVAILABLE_MESSAGE) -> None:
        super().__init__(message)


class SecretStore:
    """Named tokens ("github", "hf") in one keyring service.

    ``backend`` replaces keyring's automatically chosen backend, so tests can use a
    real file-backed keyring in a temporary folder instead of the user's.
    """

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._given = backend
        self._warned = False

    def available(self) -> bool:
        """Whether a token could be stored right now."""
        return self._backend() is not None

    def get(self, name: str) -> str | None:
        """The stored token, or None if absent or if the keyring cannot be used."""
        _check_name(name)
        backend = self._backend()
        if backend is None:
            self._warn_once("no usable backend")
            return None
        try:
            return backend.get_password(self._service, name) or None
        except keyring.errors.KeyringError as exc:
            self._warn_once(type(exc).__name__)
            return None

    def set(self, name: str, value: str) -> None:
        """Store a token; raises KeyringUnavailable when there is nowhere safe to put it."""
        _check_name(name)
        value = value.strip()
        if not value:
            raise ValueError("The token is empty.")
        backend = self._require_backend()
        try:
            backend.set_password(self._service, name, value)
        except keyring.errors.KeyringError as exc:
            logger.warning("Could not store the %s token (%s).", name, type(exc).__name__)
            raise KeyringUnavailable() from None
        logger.info("Stored the %s token in %s.", name, _backend_name(backend))

    def clear(self, name: str) -> None:
        """Forget a token; clearing one that is not stored is not an error."""
        _check_name(name)
        backend = self._require_backend()
        try:
            backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            logger.debug("No %s token was stored.", name)
        except keyring.errors.KeyringError as exc:
            logger.warning("Could not clear the %s token (%s).", name, type(exc).__name__)
            raise KeyringUnavailable() from None
        else:
            logger.info("Cleared the %s token.", name)

    # -- internals

    def _backend(self) -> KeyringBackend | None:
        """The backend to use, or None when it would only fail or silently drop tokens."""
        try:
            backend = self._given if self._given is not None else keyring.get_keyring()
        except keyring.errors.KeyringError:
            return None
        return backend if _usable(backend) else None

    def _require_backend(self) -> KeyringBackend:
        backend = self._backend()
        if backend is None:
            raise KeyringUnavailable()
        return backend

    def _warn_once(self, reason: str) -> None:
        if not self._warned:
            self._warned = True
            logger.warning("No system keyring is usable (%s); sync runs without tokens.", reason)


def read_secret_from(
    stream: TextIO | None = None,
    *,
    prompt: str = "Token: ",
    ask: Callable[[str], str] = getpass.getpass,
) -> str:
    """Read a token from a pipe, or ask without echo when ``stream`` is a terminal.

    Tokens are never taken as command-line arguments, which would leave them in shell
    history and in the process list.
    """
    stream = sys.stdin if stream is None else stream
    is_tty = getattr(stream, "isatty", lambda: False)()
    text = ask(prompt) if is_tty else stream.read()
    token = text.strip()
    if not token:
        raise ValueError("No token was given.")
    if any(ch.isspace() for ch in token):
        raise ValueError("A token is a single word; the input contained spaces or lines.")
    return token


def _check_name(name: str) -> None:
    if name not in NAMES:
        raise ValueError(f"Unknown token name {name!r}; expected one of: {', '.join(NAMES)}.")


def _usable(backend: KeyringBackend) -> bool:
    """fail/null backends and an empty chainer would lose or refuse every token."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(inner) for inner in type(backend).backends)
    return True


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"
