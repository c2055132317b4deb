"""reader.secrets with real keyring backends: a plaintext file in tmp_path, and 'fail'."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import ClassVar

import pytest
from keyring.backends import chainer, fail
from keyrings.alt.file import PlaintextKeyring

from reader.secrets import (
    SERVICE,
    UNAVAILABLE_MESSAGE,
    KeyringInsecure,
    KeyringUnavailable,
    SecretStore,
    read_secret_from,
)

TOKEN = "hf_TopSecretValue0123456789"


@pytest.fixture
def file_backend(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # never the user's keyring file
    return backend


def test_set_get_clear_round_trip(file_backend: PlaintextKeyring, tmp_path: Path):
    store = SecretStore(backend=file_backend)
    assert store.available()
    assert store.get("github") is None
    store.set("github", "  ghp_abc123\n")
    store.set("hf", TOKEN)
    assert store.get("github") == "ghp_abc123"
    assert store.get("hf") == TOKEN
    # really stored under our service, readable by a fresh store on the same file
    assert file_backend.get_password(SERVICE, "hf") == TOKEN
    assert SecretStore(backend=file_backend).get("hf") == TOKEN
    store.clear("github")
    assert store.get("github") is None
    assert store.get("hf") == TOKEN
    store.clear("github")  # clearing twice is fine
    assert (tmp_path / "keyring.cfg").exists()


def test_other_service_is_separate(file_backend: PlaintextKeyring):
    SecretStore(backend=file_backend).set("hf", TOKEN)
    assert SecretStore(service="another-app", backend=file_backend).get("hf") is None


@pytest.mark.parametrize("name", ["", "gitlab", "GitHub", "token"])
def test_unknown_names_are_rejected(file_backend: PlaintextKeyring, name: str):
    store = SecretStore(backend=file_backend)
    for call in (lambda: store.get(name), lambda: store.set(name, "x"), lambda: store.clear(name)):
        with pytest.raises(ValueError):
            call()


def test_empty_token_is_rejected(file_backend: PlaintextKeyring):
    with pytest.raises(ValueError):
        SecretStore(backend=file_backend).set("hf", "   ")


def test_fail_backend_is_unavailable(caplog: pytest.LogCaptureFixture):
    store = SecretStore(backend=fail.Keyring())
    assert not store.available()
    with caplog.at_level(logging.WARNING, logger="reader.secrets"):
        assert store.get("github") is None
        assert store.get("hf") is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    for call in (lambda: store.set("github", TOKEN), lambda: store.clear("github")):
        with pytest.raises(KeyringUnavailable) as info:
            call()
        assert str(info.value) == (
            "No system keyring is available, so the token cannot be stored; "
            "sync will run without it."
        )
        assert str(info.value) == UNAVAILABLE_MESSAGE


class EmptyChainer(chainer.ChainerBackend):
    """The chainer as keyring builds it on a machine where nothing else is viable."""

    backends: ClassVar[list] = []


def test_chainer_without_backends_is_unavailable():
    store = SecretStore(backend=EmptyChainer())
    assert not store.available()
    assert store.get("hf") is None
    with pytest.raises(KeyringUnavailable):
        store.set("hf", TOKEN)


def test_chainer_with_a_real_backend_is_available():
    assert SecretStore(backend=chainer.ChainerBackend()).available() == any(
        not isinstance(b, fail.Keyring) for b in chainer.ChainerBackend.backends
    )


def test_token_is_never_logged(file_backend: PlaintextKeyring, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    store = SecretStore(backend=file_backend)
    store.set("hf", TOKEN)
    store.get("hf")
    store.clear("hf")
    SecretStore(backend=fail.Keyring()).get("hf")
    assert caplog.records
    assert TOKEN not in caplog.text


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_read_secret_from_a_pipe():
    assert read_secret_from(io.StringIO("  ghp_abc\n")) == "ghp_abc"


def test_read_secret_from_a_terminal_asks_without_echo():
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return " hf_xyz "

    assert read_secret_from(FakeTty("ignored"), ask=ask) == "hf_xyz"
    assert prompts == ["Token: "]


@pytest.mark.parametrize("text", ["", "  \n", "two words", "line1\nline2"])
def test_read_secret_rejects_empty_or_multiword(text: str):
    with pytest.raises(ValueError):
        read_secret_from(io.StringIO(text))


def test_plaintext_backend_is_refused_without_opt_in(file_backend: PlaintextKeyring, tmp_path):
    store = SecretStore(backend=file_backend, allow_plaintext=False)
    assert not store.available()
    refusal = store.refusal()
    assert isinstance(refusal, KeyringInsecure)
    assert "keyrings.alt.file.PlaintextKeyring" in str(refusal)
    with pytest.raises(KeyringInsecure):
        store.set("hf", TOKEN)
    assert not (tmp_path / "keyring.cfg").exists()  # nothing written at all
    assert store.get("hf") is None
    assert SecretStore(backend=file_backend, allow_plaintext=True).available()


def test_desktop_and_encrypting_backends_are_trusted():
    from keyring.backends import SecretService
    from keyrings.alt.file import EncryptedKeyring

    assert SecretStore(backend=SecretService.Keyring(), allow_plaintext=False).refusal() is None
    encrypted = EncryptedKeyring.__new__(EncryptedKeyring)  # its __init__ needs pycryptodome
    assert SecretStore(backend=encrypted, allow_plaintext=False).refusal() is None
