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
import os
import sys
from collections.abc import Callable
from typing import TextIO

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from reader.sentence import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SERVICE = "daily-papers-reader"
NAMES = ("github", "hf")
UNAVAILABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyringError",
    "No system keyring is available, so the token cannot be stored; sync will run without it.",
).arg()
# Opting in to a keyring that keeps tokens readable on disk must be a deliberate act:
# an environment variable, never a default (the test suite sets it for its file keyring).
ALLOW_PLAINTEXT_ENV = "DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING"
# Backends outside keyring's own desktop ones that do encrypt what they store.
ENCRYPTING_BACKENDS = frozenset(
    {
        "keyrings.alt.file.EncryptedKeyring",
        "keyrings.alt.Windows.EncryptedKeyring",
        "keyrings.alt.Windows.RegistryKeyring",  # DPAPI
        "keyrings.cryptfile.cryptfile.CryptFileKeyring",
        "keyring_pass.PasswordStoreBackend",  # gpg
    }
)


class KeyringUnavailable(Exception):
    """No usable keyring backend; ``str()`` is one sentence for the user."""

    def __init__(self, message: str = UNAVAILABLE_MESSAGE) -> None:
        super().__init__(message)


class KeyringInsecure(KeyringUnavailable):
    """The chosen backend would keep tokens unencrypted on disk; refused unless opted in."""

    def __init__(self, backend_name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "KeyringError",
                "The keyring backend %1 keeps tokens unencrypted on disk, so no token is stored"
                " in it or read from it; use your desktop's keyring (GNOME Keyring, KWallet,"
                " macOS or Windows), or set %2=1 to accept it deliberately.",
            ).arg(backend_name, ALLOW_PLAINTEXT_ENV)
        )
        self.backend_name = backend_name


class SecretStore:
    """Named tokens ("github", "hf") in one keyring service.

    ``backend`` replaces keyring's automatically chosen backend, so tests can use a
    real file-backed keyring in a temporary folder instead of the user's.
    """

    def __init__(
        self,
        service: str = SERVICE,
        backend: KeyringBackend | None = None,
        *,
        allow_plaintext: bool | None = None,
    ) -> None:
        self._service = service
        self._given = backend
        self._allow_plaintext = allow_plaintext
        self._warned = False

    def available(self) -> bool:
        """Whether a token could be stored right now (in a keyring we trust)."""
        return self.refusal() is None

    def refusal(self) -> KeyringUnavailable | None:
        """Why tokens cannot be used right now (``str()`` is one sentence); None if they can."""
        try:
            self._require_backend()
        except KeyringUnavailable as exc:
            return exc
        return None

    def plaintext_allowed(self) -> bool:
        if self._allow_plaintext is not None:
            return self._allow_plaintext
        return os.environ.get(ALLOW_PLAINTEXT_ENV, "").strip().lower() in ("1", "true", "yes")

    def get(self, name: str) -> str | None:
        """The stored token, or None if absent or if the keyring cannot be used."""
        _check_name(name)
        try:
            backend = self._require_backend()
        except KeyringUnavailable as exc:
            self._warn_once(type(exc).__name__)
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
        """Forget a token; clearing one that is not stored is not an error.

        Clearing works on a refused plaintext backend too: removing a readable token
        from disk is always safe.
        """
        _check_name(name)
        backend = self._backend()
        if backend is None:
            raise KeyringUnavailable()
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
        """The backend to store in: usable, and encrypting unless plaintext is opted in."""
        backend = self._backend()
        if backend is None:
            raise KeyringUnavailable()
        insecure = _plaintext_backend(backend)
        if insecure is not None and not self.plaintext_allowed():
            raise KeyringInsecure(insecure)
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


def _plaintext_backend(backend: KeyringBackend) -> str | None:
    """The name of a backend in *backend* that would keep tokens readable, if any.

    Trusted: keyring's own desktop backends (Secret Service, libsecret, KWallet,
    macOS, Windows) and the known encrypting ones; anything else (keyrings.alt's
    plaintext file above all) is treated as plaintext.
    """
    if isinstance(backend, chainer.ChainerBackend):
        for inner in type(backend).backends:
            if _usable(inner) and (name := _plaintext_backend(inner)) is not None:
                return name
        return None
    name = _backend_name(backend)
    if type(backend).__module__.startswith("keyring.backends.") or name in ENCRYPTING_BACKENDS:
        return None
    return name


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"
