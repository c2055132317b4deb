"""reader.urls: the one definition of a fetchable address and of where a token may go."""

from __future__ import annotations

import pytest

from reader import config, urls
from reader.sources import github, hf
from reader.sources.token_check import check_token


@pytest.mark.parametrize(
    "text",
    ["https://huggingface.co", "http://127.0.0.1:8765/x?y=1", "  HTTPS://api.github.com/  "],
)
def test_web_addresses_are_accepted(text: str) -> None:
    assert urls.is_http_url(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ftp://example.org",
        "huggingface.co",
        "https://",
        "http://:80",
        "https://exa mple.org",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://[::1",
        None,
        42,
    ],
)
def test_anything_else_is_refused(text: object) -> None:
    assert not urls.is_http_url(text)


def test_settings_sources_and_the_token_test_agree(tmp_path) -> None:
    """One answer everywhere: a value config refuses, the sources and the token test refuse."""
    for bad in ("ftp://x", "https://", "http://a b"):
        with pytest.raises(config.SettingError):
            config.parse(config.find("hf_url"), bad)
        with pytest.raises(ValueError, match="not an http or https address"):
            hf.HfSource(bad)
        with pytest.raises(ValueError, match="not an http or https address"):
            github.GitHubRepo.create(api_url=bad)
        assert not check_token("hf", "hf_abcdefghijklmnop", bad).ok
    assert config.parse(config.find("hf_url"), " https://hf.example/ ") == "https://hf.example/"
    assert hf.HfSource("https://USER@HF.example:8443/").netloc == "hf.example:8443"


def test_tokens_go_over_https_or_to_this_machine_only() -> None:
    assert urls.may_carry_token("https://api.github.com/x")
    assert urls.may_carry_token("http://127.0.0.1:9/x")
    assert urls.may_carry_token("http://localhost/x")
    assert not urls.may_carry_token("http://api.github.com/x")
    assert urls.netloc(" https://me:pw@API.GitHub.com:443/x ") == "api.github.com:443"
