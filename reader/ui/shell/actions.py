"""Every command of the window as a QAction, declared once with its shortcuts and help text.

Menus, the toolbars, the detail pane's buttons and Help > Keyboard Shortcuts all
use these same actions, so a shortcut listed in the help is the one that works.
The main window connects ``triggered``; this module only declares and builds.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.config import THEMES
from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object


class ActionSpec(NamedTuple):
    """One declared action (a NamedTuple: defined in ~0.1 ms where a dataclass takes ~1)."""

    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    help: str = ""
    group: str = ""  # section of the shortcuts dialog
    checkable: bool = False
    icon_text: str = ""


SPECS: tuple[ActionSpec, ...] = (
    # Go
    ActionSpec(
        "next_paper",
        QT_TRANSLATE_NOOP("Actions", "Next Paper"),
        ("J",),
        QT_TRANSLATE_NOOP("Actions", "Select the next paper in the list"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "prev_paper",
        QT_TRANSLATE_NOOP("Actions", "Previous Paper"),
        ("K",),
        QT_TRANSLATE_NOOP("Actions", "Select the previous paper in the list"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "next_day",
        QT_TRANSLATE_NOOP("Actions", "Next Day"),
        ("N",),
        QT_TRANSLATE_NOOP("Actions", "Show the next (older) day"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "prev_day",
        QT_TRANSLATE_NOOP("Actions", "Previous Day"),
        ("P",),
        QT_TRANSLATE_NOOP("Actions", "Show the previous (newer) day"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "next_unread",
        QT_TRANSLATE_NOOP("Actions", "Next Unread Paper"),
        ("U",),
        QT_TRANSLATE_NOOP("Actions", "Go to the next unread paper, across days"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "scroll_or_next",
        QT_TRANSLATE_NOOP("Actions", "Scroll Down or Next Unread"),
        ("Space",),
        QT_TRANSLATE_NOOP(
            "Actions", "Scroll the paper down a page; at its end, go to the next unread paper"
        ),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "go_to_date",
        QT_TRANSLATE_NOOP("Actions", "Go to Date…"),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Actions", "Show a day picked on a calendar, or the nearest one"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "Search"),
        ("/", "Ctrl+F"),
        QT_TRANSLATE_NOOP("Actions", "Search the whole library"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "focus_related",
        QT_TRANSLATE_NOOP("Actions", "Go to Related Papers"),
        ("L",),
        QT_TRANSLATE_NOOP(
            "Actions", "Move to the papers like this one, under it (Enter opens one)"
        ),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    ActionSpec(
        "clear_search",
        QT_TRANSLATE_NOOP("Actions", "Clear Search"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Actions", "Clear the search and go back to the list"),
        QT_TRANSLATE_NOOP("Actions", "Go"),
    ),
    # Paper
    ActionSpec(
        "toggle_bookmark",
        QT_TRANSLATE_NOOP("Actions", "Bookmark"),
        ("B",),
        QT_TRANSLATE_NOOP("Actions", "Bookmark the paper, or remove the bookmark"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        checkable=True,
        icon_text=QT_TRANSLATE_NOOP("Actions", "☆ Bookmark"),
    ),
    ActionSpec(
        "toggle_read",
        QT_TRANSLATE_NOOP("Actions", "Mark Unread"),
        ("M",),
        QT_TRANSLATE_NOOP("Actions", "Mark the paper unread, or read"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
    ),
    ActionSpec(
        "not_interested",
        QT_TRANSLATE_NOOP("Actions", "Not Interested"),
        ("X",),
        QT_TRANSLATE_NOOP("Actions", "Not interested: For You learns from it and drops the paper"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
    ),
    ActionSpec(
        "open_arxiv",
        QT_TRANSLATE_NOOP("Actions", "Open arXiv Page"),
        ("O",),
        QT_TRANSLATE_NOOP("Actions", "Open the paper's arXiv page in the browser"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "arXiv"),
    ),
    ActionSpec(
        "open_pdf",
        QT_TRANSLATE_NOOP("Actions", "Open PDF"),
        ("Shift+O",),
        QT_TRANSLATE_NOOP("Actions", "Open the paper's PDF in the browser"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "PDF"),
    ),
    ActionSpec(
        "read_pdf",
        QT_TRANSLATE_NOOP("Actions", "Read PDF"),
        ("R",),
        QT_TRANSLATE_NOOP(
            "Actions", "Read the paper's PDF in the window, offline (downloaded first if needed)"
        ),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Read"),
    ),
    ActionSpec(
        "download_pdf",
        QT_TRANSLATE_NOOP("Actions", "Download PDF"),
        ("D",),
        QT_TRANSLATE_NOOP(
            "Actions", "Download the paper's PDF for offline reading and full-text search"
        ),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
    ),
    ActionSpec(
        "open_hf",
        QT_TRANSLATE_NOOP("Actions", "Open on Hugging Face"),
        ("H",),
        QT_TRANSLATE_NOOP("Actions", "Open the paper's Hugging Face page"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Hugging Face"),
    ),
    ActionSpec(
        "copy_link",
        QT_TRANSLATE_NOOP("Actions", "Copy Link"),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP("Actions", "Copy the arXiv link"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Copy link"),
    ),
    ActionSpec(
        "copy_bibtex",
        QT_TRANSLATE_NOOP("Actions", "Copy BibTeX"),
        ("Ctrl+Shift+B",),
        QT_TRANSLATE_NOOP("Actions", "Copy a BibTeX entry for the paper"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "BibTeX"),
    ),
    ActionSpec(
        "mark_list_read",
        QT_TRANSLATE_NOOP("Actions", "Mark Day as Read"),
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP("Actions", "Mark every paper in the list as read"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Mark day read"),
    ),
    ActionSpec(
        "mark_all_read",
        QT_TRANSLATE_NOOP("Actions", "Mark Everything as Read"),
        ("Ctrl+Shift+K",),
        QT_TRANSLATE_NOOP("Actions", "Mark every paper in the library as read"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
    ),
    ActionSpec(
        "undo_mark",
        QT_TRANSLATE_NOOP("Actions", "Undo Mark as Read"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Actions", "Undo the last bulk mark as read or triage change"),
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Undo"),
    ),
    # Triage (reader.ui.triage.controller): one key per state, on the selection
    ActionSpec(
        "state_later",
        QT_TRANSLATE_NOOP("Actions", "Read Later (Queue)"),
        ("Q",),
        QT_TRANSLATE_NOOP("Actions", "Put the paper in the reading queue"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "state_must",
        QT_TRANSLATE_NOOP("Actions", "Must Read"),
        ("I",),
        QT_TRANSLATE_NOOP("Actions", "Mark the paper must-read (important)"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "state_done",
        QT_TRANSLATE_NOOP("Actions", "Done"),
        ("E",),
        QT_TRANSLATE_NOOP("Actions", "Mark the paper done (read and finished)"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "state_skipped",
        QT_TRANSLATE_NOOP("Actions", "Skip"),
        ("S",),
        QT_TRANSLATE_NOOP("Actions", "Skip the paper (it leaves Unread)"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "state_new",
        QT_TRANSLATE_NOOP("Actions", "Back to New"),
        ("0", "Backspace"),
        QT_TRANSLATE_NOOP("Actions", "Clear the paper's triage state"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "queue_up",
        QT_TRANSLATE_NOOP("Actions", "Move Up in Queue"),
        ("Ctrl+Up",),
        QT_TRANSLATE_NOOP("Actions", "Move the paper up in the Queue view"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "queue_down",
        QT_TRANSLATE_NOOP("Actions", "Move Down in Queue"),
        ("Ctrl+Down",),
        QT_TRANSLATE_NOOP("Actions", "Move the paper down in the Queue view"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "skip_rest",
        QT_TRANSLATE_NOOP("Actions", "Skip the Rest of Catch-up"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP(
            "Actions", "Mark every untriaged paper of Catch-up skipped (Ctrl+Z undoes it)"
        ),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Skip rest"),
    ),
    ActionSpec(
        "edit_note",
        QT_TRANSLATE_NOOP("Actions", "Edit Note"),
        ("C",),
        QT_TRANSLATE_NOOP("Actions", "Write a note on the paper (Markdown)"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "edit_tags",
        QT_TRANSLATE_NOOP("Actions", "Edit Tags"),
        ("T",),
        QT_TRANSLATE_NOOP("Actions", "Tag the paper (comma-separated)"),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    ActionSpec(
        "watch_terms",
        QT_TRANSLATE_NOOP("Actions", "Watch Terms…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Words, phrases or authors to highlight (or dim) in every list"
        ),
        QT_TRANSLATE_NOOP("Actions", "Triage"),
    ),
    # File
    ActionSpec(
        "import_files",
        QT_TRANSLATE_NOOP("Actions", "Import Digests…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Actions", "Import digest files"),
        QT_TRANSLATE_NOOP("Actions", "File"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Import"),
    ),
    ActionSpec(
        "import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import Folder…"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Actions", "Import a folder of digests"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    ActionSpec(
        "sync_now",
        QT_TRANSLATE_NOOP("Actions", "Sync Now"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Download new digests from GitHub and Hugging Face"),
        QT_TRANSLATE_NOOP("Actions", "File"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "⟳ Sync"),
    ),
    ActionSpec(
        "export_bookmarks",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Export bookmarks as BibTeX, JSON or CSV"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    ActionSpec(
        "export_notes",
        QT_TRANSLATE_NOOP("Actions", "Export Notes as Markdown…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Every note, one section per paper"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    ActionSpec(
        "export_ris",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks as RIS…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Bookmarks for reference managers"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Preferences…"),
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Actions", "Reading, sync, token and folder settings"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Quit"),
        QT_TRANSLATE_NOOP("Actions", "File"),
    ),
    # View
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "System"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "View"),
        checkable=True,
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "Light"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "View"),
        checkable=True,
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "Dark"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "View"),
        checkable=True,
    ),
    ActionSpec(
        "font_bigger",
        QT_TRANSLATE_NOOP("Actions", "Bigger Text"),
        ("Ctrl++", "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Make the text bigger"),
        QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "font_smaller",
        QT_TRANSLATE_NOOP("Actions", "Smaller Text"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "font_reset",
        QT_TRANSLATE_NOOP("Actions", "Default Text Size"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Use the default text size"),
        QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "show_thumbnails",
        QT_TRANSLATE_NOOP("Actions", "Show Thumbnails"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "View"),
        checkable=True,
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "Help"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "About Daily Papers Reader"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Help"),
    ),
)
BY_NAME = {spec.name: spec for spec in SPECS}

# Keys the list handles natively, listed in the help beside the actions.
NATIVE_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "Go"),
        QT_TRANSLATE_NOOP("Actions", "Down / Up"),
        QT_TRANSLATE_NOOP("Actions", "Next / previous paper (in the list)"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        QT_TRANSLATE_NOOP("Actions", "Esc"),
        QT_TRANSLATE_NOOP("Actions", "PDF reader: back to the summary"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        QT_TRANSLATE_NOOP("Actions", "Space, PgDown / PgUp, Home / End"),
        QT_TRANSLATE_NOOP("Actions", "PDF reader: scroll, next / previous page, ends"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        QT_TRANSLATE_NOOP("Actions", "+ / - / W / F"),
        QT_TRANSLATE_NOOP("Actions", "PDF reader: zoom in, zoom out, fit width, fit page"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        QT_TRANSLATE_NOOP("Actions", "/ or Ctrl+F, F3"),
        QT_TRANSLATE_NOOP("Actions", "PDF reader: find in the PDF, next hit"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Paper"),
        QT_TRANSLATE_NOOP("Actions", "Ctrl+C"),
        QT_TRANSLATE_NOOP("Actions", "PDF reader: copy the selected text (drag to select)"),
    ),
)


def translated(text: str) -> str:
    """*text* from :data:`SPECS` or :data:`NATIVE_KEYS` in the window's language."""
    return QCoreApplication.translate("Actions", text)


class Actions(QObject):
    """The window's QActions by name: ``actions["next_paper"]``.

    Signals: none (connect each action's ``triggered``).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translated(spec.text), parent)
            action.setObjectName(spec.name)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.help:
                help_text = translated(spec.help)
                action.setStatusTip(help_text)
                action.setToolTip(
                    f"{help_text} ({spec.shortcuts[0]})" if spec.shortcuts else help_text
                )
            if spec.icon_text:
                action.setIconText(translated(spec.icon_text))
            action.setCheckable(spec.checkable)
            self._actions[spec.name] = action
        self._actions["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.theme_group = QActionGroup(self)
        for theme in THEMES:
            self.theme_group.addAction(self._actions[f"theme_{theme}"])

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def paper_actions(self) -> list[QAction]:
        """Actions that need a selected paper (disabled when none is shown)."""
        names = (
            "toggle_bookmark",
            "toggle_read",
            "not_interested",
            "open_arxiv",
            "open_pdf",
            "read_pdf",
            "download_pdf",
            "open_hf",
            "copy_link",
            "copy_bibtex",
        )
        return [self._actions[n] for n in names]
