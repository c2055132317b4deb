"""The window in Korean and English (issue 16).

1. Every user-visible string literal in ``reader/ui`` goes through ``tr()`` /
   ``QCoreApplication.translate()`` (or is marked with ``QT_TRANSLATE_NOOP``): an AST scan
   of the calls that put text on screen.
2. The catalogues are complete and in step: extracting the strings again gives the
   shipped ``.ts`` files, every Korean entry is finished, every English plural has its
   forms, and compiling the ``.ts`` gives the shipped ``.qm`` byte for byte.
3. With ``language=ko`` the real window's menus, actions, day labels and Qt's own
   message-box buttons are Korean; with ``en`` they are English and say "1 paper".
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.config import SETTINGS
from reader.ui.common import i18n
from tests.ui_support import *

UI = Path(i18n.__file__).resolve().parents[1]
CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "i18n"

# method name -> positions of its arguments that are text on screen
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setToolTip": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setIconText": (0,),
    "addMenu": (0,),
    "addAction": (0, 1),
    "addSection": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "showMessage": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "addButton": (0,),
    "addRow": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "show_empty": (0, 1),
    "set_header": (0, 1),
    "setFormat": (0,),
    "setOkButtonText": (0,),
    "setCancelButtonText": (0,),
    "setNameFilter": (0,),
    "setNameFilters": (0,),
    "setSubTitle": (0,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "setMarkdown": (0,),
    "showText": (1,),  # QToolTip.showText(pos, text)
}
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QAction": (0, 1),
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QMenu": (0,),
    "QToolBar": (0,),
    "QMessageBox": (1, 2),
    "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,),
    "QStandardItem": (0,),
    "QTreeWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QProgressDialog": (0, 1),
    "QFileDialog": (1,),
    "QInputDialog": (),
}
STATIC = {  # QMessageBox.information(parent, title, text) and the like
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
TEXT_KEYWORDS = {
    "text",
    "title",
    "toolTip",
    "caption",
    "filter",
    "statusTip",
    "placeholderText",
    "labelText",
    "cancelButtonText",
    "bug_text",
}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}


def _words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _prose(node: ast.AST) -> bool:
    """A literal that reads as text (``"&File"``, ``"Main toolbar"``), not a key (``"hf_url"``)."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value
    return _words(text) and (" " in text.strip() or "&" in text or text[:1].isupper())


def _untranslated(node: ast.AST) -> bool:
    """Whether *node* puts literal words on screen without a translation call around them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _words(node.value)
    if isinstance(node, ast.JoinedStr):  # f"..." with words of its own (HTML tags aside)
        return any(
            isinstance(v, ast.Constant) and _words(re.sub(r"<[^>]*>", "", str(v.value)))
            for v in node.values
        ) or any(_untranslated(v.value) for v in node.values if isinstance(v, ast.FormattedValue))
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join", "replace", "arg")
    ):
        return _untranslated(node.func.value)
    if isinstance(node, ast.Call):
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in TRANSLATORS:  # a wrapper lupdate cannot see into
            return any(_prose(a) for a in node.args)
    return False


def _translated_call(nodes: list[ast.expr]) -> bool:
    """Whether the one node in *nodes* is a translation call (``self.tr(...)``, a template's ``.arg()``)."""
    if len(nodes) != 1 or not isinstance(nodes[0], ast.Call):
        return False
    func = nodes[0].func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in ("arg", "count", "replace") and isinstance(func, ast.Attribute):
        return _translated_call([func.value])  # type: ignore[list-item]
    return name in TRANSLATORS


def _bad_translation_call(node: ast.Call) -> bool:
    """``tr(f"...")`` or ``translate(ctx, variable)`` with words lupdate cannot extract."""
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name == "tr" and node.args:
        return isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))
    if name == "translate" and len(node.args) >= 2:
        return isinstance(node.args[1], (ast.JoinedStr, ast.BinOp))
    return False


def untranslated_strings(source: str, filename: str = "<test>") -> list[str]:
    """``file:line: text`` for every user-visible literal that is not translatable."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func, positions = node.func, ()
        if isinstance(func, ast.Name):
            positions = CONSTRUCTORS.get(func.id, ())
            if func.id == "ActionSpec":  # name, text, shortcuts, help, group
                positions = (1, 3, 4)
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if owner == "notify" and func.attr in ("info", "warning", "error"):
                positions = (0,)
            elif owner == "notify" and func.attr == "failure":
                # failure(exc, what, bug_text): without a bug_text of its own the user reads
                # "<what> failed …", so *what* must then be translated too
                has_text = len(node.args) >= 3 or any(k.arg == "bug_text" for k in node.keywords)
                positions = (2,) if has_text else (1,)
                if not has_text and not _translated_call(node.args[1:2]):
                    found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:90]}")
                    continue
            elif owner in ("QMessageBox", "QInputDialog", "QFileDialog"):
                positions = STATIC.get(func.attr, ())
            else:
                positions = TEXT_METHODS.get(func.attr, ())
        texts = [a for i, a in enumerate(node.args) if i in positions]
        texts += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS | {"icon_text"}]
        if _bad_translation_call(node):
            texts.append(node.args[0] if getattr(func, "attr", "") == "tr" else node.args[1])
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:90]}")
            continue
        found += [
            f"{filename}:{node.lineno}: {ast.unparse(t)[:90]}" for t in texts if _untranslated(t)
        ]
    return found


# ------------------------------------------------------------------ 1. the scan


def test_every_user_visible_string_in_the_window_is_translatable() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += untranslated_strings(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        found
    )


@pytest.mark.parametrize(
    "line",
    [
        'QLabel("Hello")',
        'button.setToolTip(f"Open {name}")',
        'notify.info("Copied " + url)',
        'box.setWindowTitle("A" if x else "B")',
        'bar.addMenu(_tr("&File"))',
        'self.tr(f"{n} papers")',
        'ActionSpec("x", "Next Paper", ("J",), "help", "Go")',
        'QMessageBox.warning(self, "Title", "Text")',
        'notify.failure(exc, "Scanning the local folders")',
        "notify.failure(exc, what)",
        'notify.failure(exc, "Importing", bug_text="Import failed (%1).")',
        'notify.failure(exc, "Importing", "Import failed (%1).")',
        'menu.addAction("Open in Browser")',
        'QInputDialog.getText(self, "Rename", "Name:")',
        'QFileDialog.getOpenFileName(self, "Import", "", "Markdown (*.md)")',
        'dialog.setWindowTitle(f"Go to {day}")',
        'QProgressDialog("Importing…", "Cancel", 0, 10, self)',
        'dialog.setNameFilter("Digests (*.md)")',
        'notify.warning(f"Could not open {path}")',
    ],
)
def test_the_scan_finds_an_untranslated_string(line: str) -> None:
    assert untranslated_strings(line)


@pytest.mark.parametrize(
    "line",
    [
        'QLabel(self.tr("Hello"))',
        'button.setToolTip(self.tr("Open {name}").format(name=name))',
        'notify.info(QCoreApplication.translate("Ctx", "Copied {url}").format(url=url))',
        'label.setText(f"{count} · {total}")',  # no words of its own
        'ActionSpec("x", QT_TRANSLATE_NOOP("Actions", "Next"), ("J",), "", "")',
        "label.setText(name)",
        'notify.failure(exc, "Importing", self.tr("The import failed (%1)."))',
        'notify.failure(exc, QT_TRANSLATE_NOOP("Ctx", "Scanning").arg())',
        'menu.addAction(self.tr("Open in Browser"))',
        'QFileDialog.getOpenFileName(self, self.tr("Import"), "", self.tr("Markdown (*.md)"))',
    ],
)
def test_the_scan_lets_translated_text_through(line: str) -> None:
    assert not untranslated_strings(line)


# Errors whose text the window shows as it is (through notify, a message box, the sync
# details): the core must write them as reader.sentence templates, or Korean readers get English.
TOLD_ERRORS = {
    "LibraryError",
    "DatabaseCorrupt",
    "DataDirError",
    "UserStateError",
    "NetError",
    "FetchFailed",
    "KeyringUnavailable",
    "PdfError",
    "SyncBusy",
    "ValueError",
}
# ValueErrors that only a programmer or the command line meets (never the window)
NOT_SHOWN = (
    "unknown view",
    "No token was given",
    "A token is a single word",
    "Unknown token name",
    "The token is empty",
    "is not an arXiv id",  # pdfs.arxiv_url's check; PdfError's own is a sentence
    "is not a triage state",
)


def untold_core_errors(source: str, filename: str = "<test>") -> list[str]:
    """``file:line: call`` for every told error raised with literal English words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        text = ast.unparse(node)
        programmers = name == "ValueError" and any(n in text for n in NOT_SHOWN)
        if name in TOLD_ERRORS and _untranslated(node.args[0]) and not programmers:
            found.append(f"{filename}:{node.lineno}: {text[:100]}")
    return found


def test_the_cores_told_errors_are_sentences() -> None:
    core = UI.parent
    found = []
    for path in sorted(core.rglob("*.py")):
        if UI in path.parents or "cli" in path.name:
            continue  # the window's own code is scanned above; the CLI speaks English
        found += untold_core_errors(path.read_text(encoding="utf-8"), str(path.relative_to(core)))
    assert not found, (
        "mark these with reader.sentence.QT_TRANSLATE_NOOP(context, '... %1').arg(...):\n"
        + "\n".join(found)
    )


@pytest.mark.parametrize(
    "line",
    [
        'raise UserStateError(f"Cannot read {path}.")',
        'raise ValueError("A tag may be at most 100 characters long.")',
        'raise DataDirError("The folder " + str(p) + " cannot be used.")',
    ],
)
def test_the_core_scan_finds_an_english_error(line: str) -> None:
    assert untold_core_errors(line)


def test_the_core_scan_lets_sentences_through() -> None:
    assert not untold_core_errors(
        'raise UserStateError(QT_TRANSLATE_NOOP("UserStateError", "Cannot read %1.").arg(p))'
    )
    assert not untold_core_errors("raise LibraryError(message)")


def test_every_setting_description_is_marked_for_translation() -> None:
    tree = ast.parse(i18n.SETTING_TEXTS.read_text(encoding="utf-8"))
    marked = {
        n.args[1].value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    shown = {s.description for s in SETTINGS if not s.name.startswith("ui_")}
    assert marked == shown, "run: python -m reader.ui.common.i18n --update"


# ------------------------------------------------------------- 2. the catalogues


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_the_korean_catalogue_has_no_unfinished_entry() -> None:
    unfinished = [
        f"{context}: {message.findtext('source')}"
        for context, message in _messages(i18n.ts_file("ko", CATALOGUES))
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished[:40])


_MARKS = re.compile(r"%L?(?:\d|n)")


def placeholder_mismatches(ts: Path) -> list[str]:
    """What Qt Linguist's place-marker check finds: %1, %2 … or %n lost or invented."""
    wrong = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            "".join(translation.itertext())
        ]
        wanted = sorted(set(_MARKS.findall(source)))
        wrong += [
            f"{context}: {source!r} -> {form!r}"
            for form in forms
            if form and sorted(set(_MARKS.findall(form))) != wanted
        ]
    return wrong


def test_every_translation_keeps_its_placeholders(tmp_path: Path) -> None:
    for lang in i18n.LANGUAGES:
        wrong = placeholder_mismatches(i18n.ts_file(lang, CATALOGUES))
        assert not wrong, f"{lang}:\n" + "\n".join(wrong[:40])
    broken = tmp_path / "broken.ts"
    broken.write_text(
        "<TS><context><name>C</name><message><source>Copied %1</source>"
        "<translation>복사함</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert placeholder_mismatches(broken) == ["C: 'Copied %1' -> '복사함'"]


def test_every_english_plural_has_its_two_forms() -> None:
    plurals = list(_messages(i18n.ts_file("en", CATALOGUES)))
    assert plurals
    for context, message in plurals:
        assert message.get("numerus") == "yes", (context, message.findtext("source"))
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), (context, message.findtext("source"))
        assert message.find("translation").get("type") is None


def test_the_catalogues_hold_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    """Extracting again changes nothing: no string is missing, none has vanished."""
    for lang in i18n.LANGUAGES:
        shutil.copyfile(i18n.ts_file(lang, CATALOGUES), i18n.ts_file(lang, tmp_path))
    i18n.update_ts(tmp_path)
    for lang in i18n.LANGUAGES:
        shipped = i18n.ts_file(lang, CATALOGUES).read_text(encoding="utf-8")
        assert i18n.ts_file(lang, tmp_path).read_text(encoding="utf-8") == shipped, (
            f"{lang}: the code's strings differ; run python -m reader.ui.common.i18n --update"
        )


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    for lang in i18n.LANGUAGES:
        out = tmp_path / f"{lang}.qm"
        i18n.compile_qm(lang, out, CATALOGUES)
        assert out.read_bytes() == i18n.qm_file(lang, CATALOGUES).read_bytes(), (
            f"{lang}: the .qm is stale; run python -m reader.ui.common.i18n --release"
        )


def test_release_leaves_a_mapped_old_catalogue_intact(tmp_path: Path) -> None:
    """Qt maps a loaded .qm: compiling over it in place crashed a running window (SIGBUS)."""
    import mmap

    for lang in i18n.LANGUAGES:
        shutil.copy(i18n.ts_file(lang, CATALOGUES), i18n.ts_file(lang, tmp_path))
    old = i18n.qm_file("en", CATALOGUES).read_bytes()  # smaller than the Korean one
    i18n.qm_file("ko", tmp_path).write_bytes(old)  # a stale Korean catalogue, in use
    with i18n.qm_file("ko", tmp_path).open("rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        i18n.release(tmp_path)
        assert mapped[:] == old, "what a running window mapped is left as it was"
        mapped.close()
    fresh = i18n.qm_file("ko", tmp_path).read_bytes()
    assert fresh == i18n.qm_file("ko", CATALOGUES).read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if ".new" in p.name) == []


def test_the_wheel_ships_the_compiled_catalogues() -> None:
    text = (CATALOGUES.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"i18n/*.qm"' in text
    assert i18n.qm_file("ko").exists() and i18n.qm_file("en").exists()


def test_english_plural_forms_come_from_the_source() -> None:
    assert i18n.english_plurals("%n paper(s)") == ("%n paper", "%n papers")
    assert i18n.english_plurals("%n match(es)") == ("%n match", "%n matches")
    assert i18n.english_plurals("%n entry(ies)") == ("%n entry", "%n entries")
    assert i18n.english_plurals("%n unread") == ("%n unread", "%n unread")


# --------------------------------------------------------------- 3. the window


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """``language("ko")`` installs a language for this test; English again afterwards."""

    def install(choice: str) -> str:
        return i18n.install(qapp, choice)

    yield install
    i18n.uninstall(qapp)
    i18n.install(qapp, "en")


def test_the_system_choice_follows_the_locale() -> None:
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.resolve("system", korean) == "ko"
    assert i18n.resolve("system", english) == "en"
    assert i18n.resolve("system", german) == "en"
    assert i18n.resolve("ko", english) == "ko" and i18n.resolve("en", korean) == "en"


def test_dates_in_each_language(language) -> None:
    from datetime import datetime

    language("ko")
    assert i18n.day_text("2025-05-09") == "2025년 5월 9일 (금)"
    assert i18n.day_text("2025-05-09", year=False) == "5월 9일 (금)"
    assert i18n.day_text("2025-05-09", short=True) == "9일 (금)"
    assert i18n.month_text(5) == "5월" and i18n.month_text(5, 2025) == "2025년 5월"
    assert i18n.time_text(datetime(2025, 5, 9, 14, 5)) == "2025년 5월 9일 (금) 오후 2:05"
    language("en")
    assert i18n.day_text("2025-05-09") == "Fri, May 9, 2025"
    assert i18n.day_text("2025-05-09", year=False) == "Fri, May 9"
    assert i18n.day_text("2025-05-09", short=True) == "Fri 9"
    assert i18n.month_text(5) == "May" and i18n.month_text(5, 2025) == "May 2025"
    assert i18n.number_text(12345) == "12,345"
    assert i18n.day_text("not a day") == "not a day"


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _day_labels(window) -> list[str]:
    from reader.ui.sidebar.model import KindRole

    model, found = window.day_model, []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KindRole) == "day":
                found.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def _message_box_buttons() -> list[str]:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    texts = [b.text() for b in box.buttons()]
    box.deleteLater()
    return texts


def test_the_window_in_korean(language, make_window, corpus_db) -> None:
    language("ko")
    window = make_window(language="ko")
    titles = _menu_titles(window)
    assert "파일(&F)" in titles and "도움말(&H)" in titles, titles
    bare = [re.sub(r"\(&\w\)$", "", t) for t in titles]  # 파일(&F): the mnemonic stays Latin
    assert not [t for t in bare if re.search("[A-Za-z]", t)], titles
    actions = window.action_set
    assert actions["preferences"].text() == "환경설정…"
    assert actions["toggle_bookmark"].text() == "북마크"
    assert actions["shortcuts"].text() == "단축키"
    assert actions["sync_now"].text() == "지금 동기화"
    english = [
        a.objectName()
        for a in actions.all()
        if a.text() and all(ord(c) < 128 for c in a.text()) and a.objectName() != "open_pdf"
    ]
    assert not english, english
    days = _day_labels(window)
    assert days and all("월" in d and "일 (" in d for d in days), days[:3]
    assert window.day_model.index(0, 0).data() == "안 읽음"
    buttons = _message_box_buttons()
    assert any("예" in b for b in buttons) and any("취소" in b for b in buttons), buttons
    assert "논문" in window.status.counts.text()


def test_qts_file_dialog_in_korean(language, qtbot) -> None:
    """Qt's own catalogue leaves two labels of its file dialog English; ours fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    language("ko")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "", "", "*.md")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
        english = [t for t in texts if re.search("[A-Za-z]{3}", t)]
        assert not english and "다음에서 찾기(&L):" in texts, texts


def test_the_window_in_english(language, make_window, corpus_db) -> None:
    language("en")
    window = make_window(language="en")
    titles = _menu_titles(window)
    assert titles[:2] == ["&File", "&Go"] and "&Help" in titles
    assert window.action_set["preferences"].text() == "Preferences…"
    assert window.day_model.index(0, 0).data() == "Unread"
    day = _day_labels(window)[0]
    assert day.count(",") == 1 and day[:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    buttons = _message_box_buttons()
    assert "&Yes" in buttons and "Cancel" in buttons, buttons
    tr = QCoreApplication.translate
    assert tr("Commands", "%n paper(s)", "", 1) == "1 paper"
    assert tr("Commands", "%n paper(s)", "", 3) == "3 papers"
    assert "papers" in window.status.counts.text() and "(s)" not in window.status.counts.text()


def test_one_paper_is_one_paper_in_english(language, make_window, corpus_db) -> None:
    """A watch term with one hit: the sidebar's tooltip says "1 paper", never "1 papers"."""
    from PySide6.QtCore import Qt

    language("en")
    window = make_window(language="en")
    from reader.ui.sidebar.model import KeyRole

    model = window.day_model
    model.set_sections([], [("solo", 1)])
    tags = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(KeyRole) == "tags"
    )
    tag = model.index(0, 0, tags)
    tip = tag.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 paper," in tip and "1 papers" not in tip, tip
