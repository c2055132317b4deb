"""The list, detail, sync, PDF and core messages in Korean and in English (issue 16).

The real window on the shared corpus, once with ``language=ko`` and once with
``en``: the paper list's header and empty state, a real paper in the detail pane
(labels, its date as the locale writes it, votes), the sync bar's problem after a
real sync against a dead address, the PDF reader's toolbar, and a message from the
Qt-free core (a damaged library, a network error) shown through the window. The
CLI's text of the same core errors stays English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader import notify
from reader.db import DatabaseCorrupt, inspect_file
from reader.importer import ImportReport
from reader.neterrors import HttpError, RateLimited, RetryNotice
from reader.sentence import QT_TRANSLATE_NOOP, Sentence
from reader.sources.base import SyncReport
from reader.ui.common import i18n
from reader.ui.common.core_text import translated
from reader.ui.sync.text import import_summary, problem_text, sync_summary
from tests.ui_support import *
from tests.ui_support import answer_message_box, run_app_main

DAY = "2024-03-11"  # seven papers in the corpus
PAPER = "2403.05530"  # Gemini 1.5, with a Korean summary
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """``language("ko")`` installs a language for this test; English again afterwards."""

    def install(choice: str) -> str:
        return i18n.install(qapp, choice)

    yield install
    i18n.uninstall(qapp)
    i18n.install(qapp, "en")


def _show_paper(qtbot, window) -> str:
    window.sidebar.select_day(DAY)
    assert window.paper_list.select_paper(PAPER)
    qtbot.waitUntil(
        lambda: window.detail.paper is not None and window.detail.paper.id == PAPER, timeout=3000
    )
    return window.detail.plain_text()


def _sync_problem(qtbot, window) -> str:
    """Sync by hand against the dead addresses the test windows use: the bar's problem."""
    window.action_set["sync_now"].trigger()
    qtbot.waitUntil(lambda: window.sync_bar.mode == "problem", timeout=15_000)
    return window.sync_bar.text


def _damaged(tmp_path: Path) -> DatabaseCorrupt:
    empty = tmp_path / "library.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt) as caught:
        inspect_file(empty)
    return caught.value


def _latin_words(text: str) -> list[str]:
    """English words left in *text*, apart from names that stay as they are."""
    allowed = {"arXiv", "PDF", "Hugging", "Face", "GitHub", "AI", "KB", "MB", "UTF", "SQLite"}
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in allowed]


# ------------------------------------------------------------------- Korean


def test_the_panes_in_korean(qtbot, language, make_window, corpus_db) -> None:
    language("ko")
    window = make_window(language="ko", read_delay_ms=60_000)
    pane = window.paper_list
    text = _show_paper(qtbot, window)

    # the list: title and subtitle from the locale and the catalogue
    assert pane.title.text() == "2024년 3월 11일 (월)"
    assert pane.subtitle.text().startswith("논문 7편  ·  "), pane.subtitle.text()
    assert [pane.sort.itemText(i) for i in range(pane.sort.count())] == [
        "추천순",
        "상승순",
        "제목순",
        "날짜순",
    ]
    assert pane.unread_only.text() == "안 읽음"
    assert pane.search.placeholderText().startswith("모든 논문 검색")

    # the detail pane of a real paper: Korean labels, the date in Korean form
    assert "2024년 3월 11일 (월)" in text
    assert re.search(r"▲ 추천 \d+", text), text[:200]
    assert "Gemini 1.5" in text and "수백만 토큰" in text
    assert window.detail.more_button is not None
    assert window.detail.more_button.text() == "더 보기"

    # a filter that hides every paper: the empty state and the filtered count
    pane.min_votes.setValue(9999)
    assert pane.view.empty_text == "맞는 논문이 없습니다."
    assert pane.subtitle.text().startswith("논문 7편 중 0편 표시"), pane.subtitle.text()
    pane.min_votes.setValue(0)

    # the sync bar after a real sync that reaches no server
    problem = _sync_problem(qtbot, window)
    assert problem.startswith("동기화 서버에 닿지 못했습니다"), problem
    assert window.sync_bar.details_button.text() == "자세히…"
    assert not _latin_words(problem), problem
    state = window.status.sync_state.text()
    assert HANGUL.search(state) and not _latin_words(state), state


def test_the_pdf_toolbar_in_korean(qtbot, language) -> None:
    from reader.ui.pdf.reader_view import PdfReader

    language("ko")
    reader = PdfReader()
    qtbot.addWidget(reader)
    assert reader.back_action.text() == "← 요약"
    assert reader.fit_width_action.text() == "너비 맞춤"
    assert reader.fit_page_action.text() == "쪽 맞춤"
    assert reader.search.placeholderText() == "PDF에서 찾기"
    assert [reader.side.tabText(i) for i in range(reader.side.count())] == ["목차", "검색"]
    words = [a.text() for a in reader.toolbar.actions() if a.text()]
    assert not [w for w in words if _latin_words(w)], words


def test_a_core_error_reaches_the_korean_window_in_korean(
    qtbot, language, make_window, corpus_db, tmp_path
) -> None:
    language("ko")
    window = make_window(language="ko")
    error = _damaged(tmp_path)
    english = str(error)  # what the CLI prints and the log keeps
    assert english.startswith("The library ") and "empty file" in english
    shown = translated(english)
    assert shown.startswith("라이브러리 ") and str(tmp_path / "library.sqlite3") in shown
    words = shown.replace(str(tmp_path / "library.sqlite3"), "")
    assert "빈 파일" in shown and not _latin_words(words), words

    notify.warning(english)  # through the window's one channel: the status bar
    qtbot.waitUntil(lambda: "라이브러리" in window.status.currentMessage(), timeout=2000)
    assert str(tmp_path) in window.status.currentMessage()

    http = HttpError(503, "https://api.github.com/repos/x?token=secret")
    assert str(http) == "api.github.com answered 503 Service Unavailable for /repos/x."
    assert (
        translated(str(http))
        == "api.github.com이(가) /repos/x 요청에 503 Service Unavailable(으)로 응답했습니다."
    )
    retry = RetryNotice(http, 1.0, 2, 4)
    assert translated(str(retry)).endswith("1초 뒤 다시 시도합니다(4번 중 2번째).")
    assert translated(str(retry)).startswith("api.github.com이(가)")  # the inner sentence too
    assert (
        translated(str(RateLimited(None)))
        == "서버의 요청 한도에 걸렸습니다. 나중에 다시 시도하세요."
    )


def test_summaries_and_import_reasons_in_korean(language) -> None:
    language("ko")
    report = SyncReport(sources=["github"], new_days=1, new_papers=12, downloaded=1)
    assert sync_summary(report) == "새 날짜 1일, 새 논문 12편 (파일 1개 내려받음)."
    imported = ImportReport(imported=1, papers=7, new_papers=7, new_days=1)
    imported.failed.append(QT_TRANSLATE_NOOP("ImportError", "%1 is empty").arg("/x/a.md"))
    assert import_summary(imported).startswith(
        "파일 1개 가져옴 (논문 7편, 새 논문 7편, 새 날짜 1일)"
    )
    assert import_summary(imported).endswith("1개 건너뜀: a.md 파일이 비어 있습니다.")
    assert translated(imported.failed[0]) == "/x/a.md 파일이 비어 있습니다"
    limited = SyncReport(sources=["github"], rate_limited=True)
    text, _details = problem_text(limited) or ("", "")
    assert text.startswith("서버의 요청 한도에 걸렸습니다") and "GitHub 토큰" in text


def _rarer_core_messages(tmp_path: Path) -> list[str]:
    """Real errors from the core's rarer paths, made the way the window meets them."""
    from reader import notes_tags, userstate_sync
    from reader.db import LibraryError
    from reader.formats import hf_json
    from reader.library import Library
    from reader.paths import DataDirError
    from reader.secrets import UNAVAILABLE_MESSAGE, KeyringInsecure
    from reader.sources import github, hf, token_check
    from reader.sources.base import write_cached
    from reader.sources.sync import SyncBusy

    found: list[str] = []

    def caught(call, kind: type[BaseException] = Exception) -> None:
        with pytest.raises(kind) as error:
            call()
        found.append(str(error.value))

    caught(lambda: userstate_sync.parse_state(b"{", "state.json"))
    caught(lambda: userstate_sync.parse_state(b'{"format": "x"}', "state.json"))
    caught(lambda: userstate_sync.read_state_file(tmp_path / "missing.json"))
    caught(lambda: userstate_sync.read_state_file(tmp_path))
    caught(lambda: notes_tags.clean_tags(["x" * (notes_tags.MAX_TAG + 1)]))
    caught(lambda: github.GitHubRepo.create("not-a-repo"))
    caught(lambda: github.GitHubRepo.create(branch="a b"))
    caught(lambda: github.GitHubRepo.create(api_url="ftp://example.org"))
    caught(lambda: hf.HfSource("ftp://example.org"))
    found.append(token_check.check_token("github", "", "https://api.github.com").message)
    found.append(token_check.check_token("github", "x", "http://example.org").message)
    found.append(token_check._judge("github", {"rate": {"limit": 5000}}).message)
    found.append(str(KeyringInsecure("keyrings.alt.file.PlaintextKeyring")))
    found.append(UNAVAILABLE_MESSAGE)
    found.append(str(SyncBusy(QT_TRANSLATE_NOOP("SyncError", "A sync is already running.").arg())))
    (tmp_path / "file").write_text("")
    found.append(write_cached(tmp_path / "file" / "under-a-file.md", b"x") or "")
    found.append(str(DataDirError.from_os_error(tmp_path, PermissionError())))
    found.append(hf_json.parse_bytes(b"[", "hf:2025-06-02", "2025-06-02").error or "")
    found.append(str(hf_json.parse_bytes(b"{}", "x", "2025-06-02").error.with_args("y")))
    found.append(str(DataDirError.from_os_error(tmp_path, FileExistsError())))
    caught(lambda: Library(tmp_path / "file" / "library.sqlite3"), LibraryError)
    return found


def test_rarer_core_messages_reach_the_korean_window_in_korean(language, tmp_path) -> None:
    """User-state, notes, token check, keyring, sync settings and cache errors (issue 16)."""
    messages = _rarer_core_messages(tmp_path)
    assert all(isinstance(m, Sentence) for m in messages), [
        m for m in messages if not isinstance(m, Sentence)
    ]
    assert not [m for m in messages if HANGUL.search(m)]  # the CLI's text stays English
    language("ko")
    for english in messages:
        shown = translated(english)
        assert HANGUL.search(shown), english
        # quoted values, paths, file and module names, OWNER/NAME, options, environment variables
        # and the system's own reason in brackets stay as they are; so do product names
        words = re.sub(
            r"\([A-Za-z ]+\)|--[a-z-]+|'[^']*'|/\S*|\S+\.json|\S+\.\w+\.\S+|(?<![A-Za-z])[A-Z_]{4,}(?![a-z])",
            "",
            shown,
        )
        names = {"Daily", "Papers", "https", "http", "API", "GNOME", "KWallet", "macOS", "Windows"}
        left = [w for w in _latin_words(words) if w not in names]
        assert not left, (shown, left)


def test_a_broken_hugging_face_list_in_both_languages(language, tmp_path) -> None:
    """The sync's error names the list and the parser's reason, one sentence in each language."""
    from reader.formats import hf_json

    # made as reader.sources.hf makes it (tests/test_sync_hf.py checks the sync's own)
    error = hf_json.parse_bytes(b"[", "hf:2025-06-02", "2025-06-02").error
    assert isinstance(error, Sentence)
    subject = QT_TRANSLATE_NOOP("SyncError", "The Hugging Face list of %1").arg("2025-06-02")
    said = QT_TRANSLATE_NOOP("SyncError", "%1; the next sync tries again.").arg(
        error.with_args(subject)
    )
    english = "The Hugging Face list of 2025-06-02 is not valid JSON; the next sync tries again."
    assert said == english
    language("ko")
    assert translated(said) == (
        "Hugging Face의 2025-06-02 목록은(는) 올바른 JSON이 아닙니다. 다음 동기화 때 다시 시도합니다."
    )


@pytest.mark.expect_errors(r"reader\.ui\.app: The library .* is an empty file")
def test_an_unusable_library_at_start_is_told_in_korean(qtbot, language, tmp_path) -> None:
    """The start-up's one message box, before any window: the library's sentence in Korean."""
    import argparse

    from reader import paths
    from reader.ui.common.settings import Settings

    data = paths.resolve(tmp_path / "data")
    settings = Settings(data.settings_file)
    settings.set("language", "ko")
    settings.sync()
    data.database.parent.mkdir(parents=True, exist_ok=True)
    data.database.write_bytes(b"")
    seen: list[str] = []
    answer_message_box(seen)
    assert run_app_main(argparse.Namespace(paths=data, verbose=False)) == 3
    assert len(seen) == 1 and seen[0].startswith("라이브러리 "), seen
    assert "빈 파일" in seen[0], seen


def test_a_token_test_and_a_refused_keyring_in_korean(
    qtbot, language, make_window, corpus_db, http_server_factory, tmp_path
) -> None:
    from keyrings.alt.file import PlaintextKeyring

    from reader.secrets import SecretStore
    from tests.httpserver import Reply

    language("ko")
    github = http_server_factory()
    github.route("/rate_limit", lambda _request: Reply.json({"rate": {"limit": 5000}}))
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain.cfg")
    window = make_window(
        language="ko",
        read_delay_ms=60_000,
        github_api_url=github.url,
        secrets=SecretStore(backend=backend, allow_plaintext=False),
    )
    window.action_set["preferences"].trigger()
    dialog = window.sync_ui.dialog
    qtbot.waitUntil(lambda: not dialog.keyring_note.isHidden())
    note = dialog.keyring_note.text()
    assert note.startswith("키링 백엔드 keyrings.alt.file.PlaintextKeyring"), note
    field = dialog.tokens["github"]
    field.edit.setEnabled(True)  # the test button works with a typed token, keyring or not
    field.edit.setText("ghp_0123456789abcdef")
    field.test_button.setEnabled(True)
    with qtbot.waitSignal(field.tested, timeout=5000):
        field.test_button.click()
    assert field.result.text() == "✓ 성공: 토큰이 잘 작동합니다(시간당 요청 5,000회).", (
        field.result.text()
    )
    dialog.reject()


# ------------------------------------------------------------------ English


def test_the_panes_in_english(qtbot, language, make_window, corpus_db) -> None:
    language("en")
    window = make_window(language="en", read_delay_ms=60_000)
    pane = window.paper_list
    text = _show_paper(qtbot, window)
    assert pane.title.text() == "Mon, Mar 11, 2024"
    assert pane.subtitle.text().startswith("7 papers  ·  "), pane.subtitle.text()
    assert "Mon, Mar 11, 2024" in text
    assert re.search(r"▲ \d+ votes", text), text[:200]
    pane.set_header("One", count=1)
    assert pane.subtitle.text() == "1 paper"  # never "1 papers"
    pane.set_header("Two", "1 unread", count=2)
    assert pane.subtitle.text() == "2 papers  ·  1 unread"
    pane.min_votes.setValue(9999)
    assert pane.view.empty_text == "No paper matches."
    assert pane.subtitle.text().startswith("0 of 2 papers shown")
    pane.min_votes.setValue(0)

    problem = _sync_problem(qtbot, window)
    assert problem.startswith("Could not reach the sync servers"), problem
    assert window.sync_bar.details_button.text() == "Details…"


def test_the_pdf_toolbar_in_english(qtbot, language) -> None:
    from reader.ui.pdf.reader_view import PdfReader

    language("en")
    reader = PdfReader()
    qtbot.addWidget(reader)
    assert reader.back_action.text() == "← Summary"
    assert reader.search.placeholderText() == "Find in PDF"


def test_core_messages_and_summaries_in_english(language, tmp_path) -> None:
    language("en")
    error = _damaged(tmp_path)
    assert translated(str(error)) == str(error)  # the core's own English, untouched
    one = SyncReport(sources=["github"], new_days=1, new_papers=1, downloaded=1)
    assert sync_summary(one) == "1 new day, 1 new paper (1 file downloaded)."
    many = SyncReport(sources=["github"], new_days=3, new_papers=61, downloaded=17, errors=["x"])
    assert sync_summary(many) == (
        "3 new days, 61 new papers (17 files downloaded); 1 problem, the next sync retries."
    )
    imported = ImportReport(imported=1, papers=1, new_papers=1, new_days=1, unchanged=2)
    assert import_summary(imported) == "1 file imported (1 paper, 1 new, 1 new day); 2 unchanged."
    nothing = ImportReport(unchanged=1)
    assert import_summary(nothing) == "Nothing changed (1 file already up to date)."


def test_a_sentence_is_plain_english_for_the_command_line() -> None:
    """The core's sentence is a str: the CLI prints it; str(exc) keeps its template."""
    sentence = QT_TRANSLATE_NOOP("NetError", "%1 is not a valid web address.").arg("ftp:x")
    assert sentence == "ftp:x is not a valid web address." and isinstance(sentence, str)
    kept = str(ValueError(sentence))
    assert isinstance(kept, Sentence) and kept.source == "%1 is not a valid web address."
    assert translated("a plain string") == "a plain string"
    odd = QT_TRANSLATE_NOOP("NetError", "%1 and %2").arg("%2", "b")  # one pass: no re-filling
    assert odd == "%2 and b"
