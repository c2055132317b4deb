"""The detail pane over every source's text, the vote sparkline, and the list's code and rising.

A real day of Korean digests is imported through the window (File > Import Folder),
then the Hugging Face API on a loopback server is synced for the same date into
the same SQLite library; the window shows the Korean summary first and the English
texts through the switch. Screenshots land in each test's tmp folder.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.sources.sync import SyncService, SyncSettings
from reader.ui.common.settings import Settings
from reader.ui.detail.html import source_caption
from reader.ui.papers.model import HasCodeRole, IdRole, RisingRole
from reader.ui.window import MainWindow
from tests.conftest import CORPUS
from tests.fake_remote import FakeHf, hf_item
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, settle

pytest_plugins = ["tests.sync_support"]

DAY = "2025-01-02"
GENESIS, XMODEL, PROVER = "2412.19723", "2412.19638", "2412.20735"  # votes 23, 5, 3
KOREAN = "OS-Genesis는 GUI 데이터 수집의 병목 현상을"
ABSTRACT = "Graphical User Interface agents powered by Vision-Language Models have shown"
AI_SUMMARY = "OS-Genesis synthesizes GUI agent trajectories by exploring first."
REPO = "https://github.com/OS-Copilot/OS-Genesis"


def write_day(folder: Path, votes: dict[str, int] | None = None) -> Path:
    """The corpus's real 2025-01-02 digest in *folder*, with *votes* replacing its counts."""
    text = (CORPUS / "2025" / "01" / "02.md").read_text(encoding="utf-8")
    for old, new in (votes or {}).items():
        assert text.count(f"Vote: {old}\n") == 1
        text = text.replace(f"Vote: {old}\n", f"Vote: {new}\n")
    target = folder / "2025" / "01" / "02.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return folder


def import_folder(qtbot, window: MainWindow, folder: Path) -> None:
    """File > Import Folder… answered with *folder*, then wait for the window to reload."""
    assert isinstance(window.dialogs, FakeDialogs)
    window.dialogs.folder = [str(folder)]
    reports: list = []
    window.importer.finished.connect(reports.append)
    window.action_set["import_folder"].trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert reports[0].imported == 1, reports[0]
    settle(qtbot, window)


def real_window(qtbot, make_window, folder: Path, **settings: object) -> MainWindow:
    """A first-run window (samples), then the real day imported through the window."""
    window = make_window(dialogs=FakeDialogs(), read_delay_ms=60_000, **settings)
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    settle(qtbot, window)
    import_folder(qtbot, window, folder)
    qtbot.waitUntil(lambda: window.day_model.dates() == [DAY], timeout=5000)
    return window


def show(qtbot, window: MainWindow, paper_id: str) -> None:
    window.sidebar.select_day(DAY)
    assert window.paper_list.select_paper(paper_id)
    settle(qtbot, window)
    assert window.detail.paper is not None and window.detail.paper.id == paper_id


def sync_hf(window: MainWindow, fake_hf: FakeHf, client, data_dir) -> None:
    """Sync the loopback Hugging Face API for DAY into the window's own library."""
    service = SyncService(
        window.library, data_dir, client, SyncSettings(hf_url=fake_hf.url, thumbnails_per_sync=0)
    )
    report = service.run(["hf"], since=DAY, until=DAY)
    assert report.ok, report.errors


def synced_window(qtbot, make_window, fake_hf: FakeHf, client, data_dir, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on DAY's digest, with Hugging Face's texts of DAY synced in and shown."""
    window = real_window(qtbot, make_window, write_day(tmp_path / "digests"))
    fake_hf.days[DAY] = hf_day()
    sync_hf(window, fake_hf, client, data_dir)
    window.refresh_library()
    settle(qtbot, window)
    return window


def hf_day() -> list[dict]:
    genesis = hf_item(
        GENESIS,
        "OS-Genesis: Automating GUI Agent Trajectory Construction via Reverse Task Synthesis",
        upvotes=31,
        abstract=f"{ABSTRACT} great potential.\n\nWe propose OS-Genesis, a pipeline.",
        ai_summary=AI_SUMMARY,
        authors=("Qiushi Sun", "Kanzhi Cheng", "Zichen Ding", "Zhiyong Wu"),
    )
    genesis["paper"].update(
        {
            "ai_keywords": ["GUI agents", "reverse task synthesis", "<b>trajectory</b>"],
            "githubRepo": REPO,
            "githubStars": 1234,
            "projectPage": "https://qiushisun.github.io/OS-Genesis-Home/",
            "organization": {"name": "OS-Copilot", "fullname": "OS Copilot"},
        }
    )
    xmodel = hf_item(
        XMODEL, "Xmodel-2 Technical Report", upvotes=6, abstract="Xmodel-2 is a 1.2B model."
    )
    return [genesis, xmodel]


def text(window: MainWindow) -> str:
    return window.detail.plain_text()


def click_tab(qtbot, window: MainWindow, label: str) -> None:
    window.activateWindow()  # the import's progress dialog may have taken activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    switch = window.detail.switch
    labels = [switch.tabText(i) for i in range(switch.count())]
    qtbot.mouseClick(
        switch, Qt.MouseButton.LeftButton, pos=switch.tabRect(labels.index(label)).center()
    )


def shot(window: MainWindow, path: Path) -> None:
    window.repaint()
    assert window.grab().save(str(path)), path


# ---------------------------------------------------------------- the switch


def test_korean_summary_first_then_the_english_texts_through_the_switch(
    qtbot, make_window, fake_hf, client, data_dir, tmp_path
) -> None:
    window = real_window(qtbot, make_window, write_day(tmp_path / "digests"))
    show(qtbot, window, GENESIS)
    assert KOREAN in text(window)
    assert window.detail.switch_row.isHidden()  # one text: no switch

    fake_hf.days[DAY] = hf_day()
    sync_hf(window, fake_hf, client, data_dir)
    window.refresh_library()
    settle(qtbot, window)
    # the paper on show picked up Hugging Face's texts without being selected again
    detail = window.detail
    assert not detail.switch_row.isHidden()
    labels = [detail.switch.tabText(i) for i in range(detail.switch.count())]
    assert labels == ["Korean summary", "AI summary", "Abstract"]
    assert detail.switch.currentIndex() == 0
    assert KOREAN in text(window) and ABSTRACT not in text(window)
    assert AI_SUMMARY not in text(window)
    assert "From the Korean daily digest" in text(window)
    # what Hugging Face adds, each once, escaped
    plain = text(window)
    assert "Code ★ 1,234" in plain and "Project page" in plain
    assert "Organisation: OS Copilot" in plain and "2 comments" in plain
    assert "GUI agents" in plain and "<b>trajectory</b>" in plain
    html = detail.browser.toHtml()
    assert f'href="{REPO}"' in html and "<b>trajectory</b>" not in html
    shot(window, tmp_path / "detail-korean-light.png")

    click_tab(qtbot, window, "Abstract")
    assert ABSTRACT in text(window) and KOREAN not in text(window)
    assert "From Hugging Face" in text(window)
    assert detail.current_text().source == "hf" and detail.current_text().kind == "abstract"
    shot(window, tmp_path / "detail-abstract-light.png")

    # the switch keeps the keyboard focus: arrows move between the texts
    assert detail.switch.hasFocus()
    qtbot.keyClick(detail.switch, Qt.Key.Key_Left)
    assert AI_SUMMARY in text(window) and ABSTRACT not in text(window)
    qtbot.keyClick(detail.switch, Qt.Key.Key_Left)
    assert KOREAN in text(window) and AI_SUMMARY not in text(window)

    window.settings.set("theme", "dark")
    settle(qtbot, window)
    assert KOREAN in text(window)
    shot(window, tmp_path / "detail-korean-dark.png")
    click_tab(qtbot, window, "Abstract")
    shot(window, tmp_path / "detail-abstract-dark.png")
    for name in ("korean-light", "abstract-light", "korean-dark", "abstract-dark"):
        assert not QImage(str(tmp_path / f"detail-{name}.png")).isNull()


def test_no_text_is_shown_under_another_sources_label(
    qtbot, make_window, fake_hf, client, data_dir, tmp_path
) -> None:
    window = synced_window(qtbot, make_window, fake_hf, client, data_dir, tmp_path)
    show(qtbot, window, GENESIS)
    detail = window.detail
    expected = {"summary": KOREAN, "ai_summary": AI_SUMMARY, "abstract": ABSTRACT}
    for index, shown in enumerate(detail.texts):
        detail.select_text(index)
        plain = text(window)
        assert detail.switch.tabToolTip(index) == source_caption(shown)
        assert source_caption(shown) in plain
        assert expected[shown.kind] in plain
        assert all(other not in plain for kind, other in expected.items() if kind != shown.kind)


def test_the_chosen_text_is_remembered_across_papers_and_restarts(
    qtbot, make_window, fake_hf, client, data_dir, tmp_path
) -> None:
    window = synced_window(qtbot, make_window, fake_hf, client, data_dir, tmp_path)
    show(qtbot, window, GENESIS)
    click_tab(qtbot, window, "Abstract")
    assert (window.settings.get("summary_language"), window.settings.get("ui_summary_kind")) == (
        "en",
        "abstract",
    )
    # the next paper with an abstract opens on it; one without opens on what it has
    show(qtbot, window, XMODEL)
    assert "Xmodel-2 is a 1.2B model." in text(window)
    assert window.detail.switch.tabText(window.detail.switch.currentIndex()) == "Abstract"
    show(qtbot, window, PROVER)
    assert window.detail.switch_row.isHidden() and "HUNYUANPROVER는" in text(window)
    # saved in the settings file
    window.settings.sync()
    stored = Settings(data_dir.settings_file)
    assert (stored.get("summary_language"), stored.get("ui_summary_kind")) == ("en", "abstract")
    # Preferences back to Korean: the paper on show follows
    show(qtbot, window, GENESIS)
    assert ABSTRACT in text(window)
    window.settings.set("summary_language", "ko")
    assert KOREAN in text(window) and ABSTRACT not in text(window)


def test_preferences_offers_the_summary_language(qtbot, make_window) -> None:
    from reader.ui.dialogs.preferences import PreferencesDialog

    window = make_window()
    settings = window.settings
    dialog = PreferencesDialog(settings, lambda: None, window.workers, lambda _p: [])
    qtbot.addWidget(dialog)
    combo = dialog.fields["summary_language"]
    assert combo.currentData() == "ko"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert settings.get("summary_language") == "en"
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=5000)


# ------------------------------------------------------------- vote history


def test_a_vote_that_went_from_31_to_40_draws_a_sparkline(qtbot, make_window, tmp_path) -> None:
    window = real_window(qtbot, make_window, write_day(tmp_path / "first", {23: 31}))
    show(qtbot, window, GENESIS)
    assert window.detail.spark_name == ""  # one snapshot: no sparkline
    assert "Votes 31" not in text(window)

    _next_second()  # snapshots are kept per second
    import_folder(qtbot, window, write_day(tmp_path / "changed", {23: 40}))
    detail = window.detail
    assert [s.votes for s in window.library.vote_history(GENESIS)] == [31, 40]
    assert detail.paper.votes == 40  # the paper on show was refreshed
    assert detail.spark_name.startswith(f"spark://{GENESIS}/")
    image = detail.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(detail.spark_name)
    )
    assert isinstance(image, QImage) and not image.isNull()
    painted = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    assert max(painted) > 0 and min(painted) == 0  # a line on a transparent ground
    plain = " ".join(text(window).split())  # the line's spacing is non-breaking
    assert "Votes 31 \ufffc 40 +9 since" in plain
    assert f'src="{detail.spark_name}"' in detail.browser.toHtml()
    shot(window, tmp_path / "sparkline-light.png")
    # another theme redraws it in that theme's colour
    light = detail.spark_name
    window.settings.set("theme", "dark")
    settle(qtbot, window)
    assert detail.spark_name and detail.spark_name != light
    assert "Votes 31 \ufffc 40" in " ".join(text(window).split())
    dark = detail.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(detail.spark_name)
    )
    assert isinstance(dark, QImage) and not dark.isNull()
    shot(window, tmp_path / "sparkline-dark.png")


def _next_second() -> None:
    """Sleep into the next wall-clock second."""
    time.sleep(1.02 - (time.time() % 1))


# ---------------------------------------------------------------------- list


def list_ids(window: MainWindow) -> list[str]:
    return window.paper_list.model.ids()


def test_the_has_code_filter_lists_only_papers_with_a_repository(
    qtbot, make_window, fake_hf, client, data_dir, tmp_path
) -> None:
    window = synced_window(qtbot, make_window, fake_hf, client, data_dir, tmp_path)
    window.sidebar.select_day(DAY)
    settle(qtbot, window)
    pane = window.paper_list
    assert list_ids(window) == [GENESIS, XMODEL, PROVER]
    model = pane.model
    marks = {model.index(r, 0).data(IdRole): model.index(r, 0).data(HasCodeRole) for r in range(3)}
    assert marks == {GENESIS: True, XMODEL: False, PROVER: False}  # the row's "code" pill
    assert "has code" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.mouseClick(pane.has_code, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert pane.has_code.isChecked() and list_ids(window) == [GENESIS]
    assert pane.filter_bar.filtered()
    assert window.paper_list.current_query().has_code
    shot(window, tmp_path / "has-code.png")
    qtbot.mouseClick(pane.has_code, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert list_ids(window) == [GENESIS, XMODEL, PROVER]
    # the filter is saved with the window and restored
    qtbot.mouseClick(pane.has_code, Qt.MouseButton.LeftButton)
    window.close()
    assert Settings(data_dir.settings_file).get("ui_has_code") is True


def test_rising_sorts_by_votes_gained(qtbot, make_window, tmp_path) -> None:
    window = real_window(qtbot, make_window, write_day(tmp_path / "first"))
    _next_second()
    # 23 -> 24 (+1), 5 -> 20 (+15), 3 stays: by votes 19723 leads, by rising 19638 does
    import_folder(qtbot, window, write_day(tmp_path / "changed", {23: 24, 5: 20}))
    window.sidebar.select_day(DAY)
    settle(qtbot, window)
    pane = window.paper_list
    assert list_ids(window) == [GENESIS, XMODEL, PROVER]
    pane.sort.setCurrentIndex(pane.sort.findData("rising"))
    settle(qtbot, window)
    assert pane.current_query().sort == "rising"
    assert list_ids(window) == [XMODEL, GENESIS, PROVER]
    assert pane.delegate.show_rising
    rising = [pane.model.index(r, 0).data(RisingRole) for r in range(3)]
    assert rising[:2] == [15, 1]  # painted as "▲ 20 (+15)"
    shot(window, tmp_path / "rising.png")
    window.close()
    assert Settings(window.settings.path).get("ui_sort") == "rising"


# ------------------------------------------------------------ pure helpers


def test_facts_link_only_http_addresses_and_escape_everything(qapp) -> None:
    from PySide6.QtGui import QPalette

    from reader.model import Paper, PaperMeta
    from reader.ui.common.theme import Colors
    from reader.ui.detail.html import paper_html

    meta = PaperMeta(
        keywords=("<script>x</script>",),
        github_repo="javascript:alert(1)",
        github_stars=12_345,
        project_page="file:///etc/passwd",
        comments=1,
        organization="<i>Org</i>",
    )
    paper = Paper(
        id="2501.00001", title="T", title_raw="T", url="https://arxiv.org/abs/2501.00001", meta=meta
    )
    page = paper_html(paper, Colors.of(QPalette()), 11)
    assert "javascript:" not in page and "file:" not in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<i>Org</i>" not in page and "Organisation: &lt;i&gt;Org&lt;/i&gt;" in page
    assert "1 comment</p>" in page and "★" not in page  # stars go with a code link only
    assert "Code" not in page and "Project page" not in page  # no safe address: no link
    # nothing known: no facts line, no chips
    bare = paper_html(
        Paper(id="2501.00002", title="T", title_raw="T", url=""), Colors.of(QPalette()), 11
    )
    assert 'class="facts"' not in bare and 'class="chips"' not in bare


def test_sparkline_points_follow_time_and_votes(qapp) -> None:
    from reader.model import VoteSnapshot
    from reader.ui.detail.sparkline import PAD, points, sparkline

    history = [
        VoteSnapshot("2025-02-06T08:00:00+00:00", 31, "digest"),
        VoteSnapshot("2025-02-06T09:00:00+00:00", 35, "hf"),
        VoteSnapshot("2025-02-07T08:00:00+00:00", 40, "hf"),
    ]
    spots = points(history, 100, 20)
    assert [round(p.x(), 1) for p in spots] == [
        PAD,
        round(PAD + (100 - 2 * PAD) / 24, 1),
        100 - PAD,
    ]
    assert spots[0].y() == 20 - PAD and spots[-1].y() == PAD  # low votes low, high votes high
    flat = points([VoteSnapshot("x", 5, "hf"), VoteSnapshot("y", 5, "hf")], 100, 20)
    assert [p.y() for p in flat] == [10, 10] and [p.x() for p in flat] == [PAD, 100 - PAD]
    image = sparkline(history, QColor("#2160b8"), 2.0)
    assert (image.width(), image.height(), image.devicePixelRatio()) == (168, 36, 2.0)
    # the latest count's dot (top right), the first point (bottom left), a clear corner
    assert image.pixelColor(round((84 - PAD) * 2), round(PAD * 2)).alpha() > 200
    assert image.pixelColor(round(PAD * 2), round((18 - PAD) * 2)).alpha() > 100
    assert image.pixelColor(0, 0).alpha() == 0
