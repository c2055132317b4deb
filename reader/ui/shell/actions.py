"""Every command of the window as a QAction, declared once with its shortcuts and help text.

Menus, the toolbars, the detail pane's buttons and Help > Keyboard Shortcuts all
use these same actions, so a shortcut listed in the help is the one that works.
The main window connects ``triggered``; this module only declares and builds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    help: str = ""
    group: str = ""  # section of the shortcuts dialog
    checkable: bool = False
    icon_text: str = ""


SPECS: tuple[ActionSpec, ...] = (
    # Go
    ActionSpec("next_paper", "Next Paper", ("J",), "Select the next paper in the list", "Go"),
    ActionSpec(
        "prev_paper", "Previous Paper", ("K",), "Select the previous paper in the list", "Go"
    ),
    ActionSpec("next_day", "Next Day", ("N",), "Show the next (older) day", "Go"),
    ActionSpec("prev_day", "Previous Day", ("P",), "Show the previous (newer) day", "Go"),
    ActionSpec(
        "next_unread", "Next Unread Paper", ("U",), "Go to the next unread paper, across days", "Go"
    ),
    ActionSpec(
        "scroll_or_next",
        "Scroll Down or Next Unread",
        ("Space",),
        "Scroll the paper down a page; at its end, go to the next unread paper",
        "Go",
    ),
    ActionSpec("focus_search", "Search", ("/", "Ctrl+F"), "Search the whole library", "Go"),
    ActionSpec(
        "focus_related",
        "Go to Related Papers",
        ("L",),
        "Move to the papers like this one, under it (Enter opens one)",
        "Go",
    ),
    ActionSpec(
        "clear_search", "Clear Search", ("Esc",), "Clear the search and go back to the list", "Go"
    ),
    # Paper
    ActionSpec(
        "toggle_bookmark",
        "Bookmark",
        ("B",),
        "Bookmark the paper, or remove the bookmark",
        "Paper",
        checkable=True,
        icon_text="☆ Bookmark",
    ),
    ActionSpec("toggle_read", "Mark Unread", ("M",), "Mark the paper unread, or read", "Paper"),
    ActionSpec(
        "not_interested",
        "Not Interested",
        ("X",),
        "Not interested: For You learns from it and drops the paper",
        "Paper",
    ),
    ActionSpec(
        "open_arxiv",
        "Open arXiv Page",
        ("O",),
        "Open the paper's arXiv page in the browser",
        "Paper",
        icon_text="arXiv",
    ),
    ActionSpec(
        "open_pdf",
        "Open PDF",
        ("Shift+O",),
        "Open the paper's PDF in the browser",
        "Paper",
        icon_text="PDF",
    ),
    ActionSpec(
        "read_pdf",
        "Read PDF",
        ("R",),
        "Read the paper's PDF in the window, offline (downloaded first if needed)",
        "Paper",
        icon_text="Read",
    ),
    ActionSpec(
        "download_pdf",
        "Download PDF",
        ("D",),
        "Download the paper's PDF for offline reading and full-text search",
        "Paper",
    ),
    ActionSpec(
        "open_hf",
        "Open on Hugging Face",
        ("H",),
        "Open the paper's Hugging Face page",
        "Paper",
        icon_text="Hugging Face",
    ),
    ActionSpec(
        "copy_link",
        "Copy Link",
        ("Ctrl+Shift+C",),
        "Copy the arXiv link",
        "Paper",
        icon_text="Copy link",
    ),
    ActionSpec(
        "copy_bibtex",
        "Copy BibTeX",
        ("Ctrl+Shift+B",),
        "Copy a BibTeX entry for the paper",
        "Paper",
        icon_text="BibTeX",
    ),
    ActionSpec(
        "mark_list_read",
        "Mark Day as Read",
        ("Ctrl+K",),
        "Mark every paper in the list as read",
        "Paper",
        icon_text="Mark day read",
    ),
    ActionSpec(
        "mark_all_read",
        "Mark Everything as Read",
        ("Ctrl+Shift+K",),
        "Mark every paper in the library as read",
        "Paper",
    ),
    ActionSpec(
        "undo_mark",
        "Undo Mark as Read",
        ("Ctrl+Z",),
        "Undo the last bulk mark as read or triage change",
        "Paper",
        icon_text="Undo",
    ),
    # Triage (reader.ui.triage.controller): one key per state, on the selection
    ActionSpec(
        "state_later", "Read Later (Queue)", ("Q",), "Put the paper in the reading queue", "Triage"
    ),
    ActionSpec("state_must", "Must Read", ("I",), "Mark the paper must-read (important)", "Triage"),
    ActionSpec("state_done", "Done", ("E",), "Mark the paper done (read and finished)", "Triage"),
    ActionSpec("state_skipped", "Skip", ("S",), "Skip the paper (it leaves Unread)", "Triage"),
    ActionSpec(
        "state_new", "Back to New", ("0", "Backspace"), "Clear the paper's triage state", "Triage"
    ),
    ActionSpec(
        "queue_up",
        "Move Up in Queue",
        ("Ctrl+Up",),
        "Move the paper up in the Queue view",
        "Triage",
    ),
    ActionSpec(
        "queue_down",
        "Move Down in Queue",
        ("Ctrl+Down",),
        "Move the paper down in the Queue view",
        "Triage",
    ),
    ActionSpec(
        "skip_rest",
        "Skip the Rest of Catch-up",
        ("Ctrl+Shift+S",),
        "Mark every untriaged paper of Catch-up skipped (Ctrl+Z undoes it)",
        "Triage",
        icon_text="Skip rest",
    ),
    ActionSpec("edit_note", "Edit Note", ("C",), "Write a note on the paper (Markdown)", "Triage"),
    ActionSpec("edit_tags", "Edit Tags", ("T",), "Tag the paper (comma-separated)", "Triage"),
    ActionSpec(
        "watch_terms",
        "Watch Terms…",
        (),
        "Words, phrases or authors to highlight (or dim) in every list",
        "Triage",
    ),
    # File
    ActionSpec(
        "import_files",
        "Import Digests…",
        ("Ctrl+O",),
        "Import digest files",
        "File",
        icon_text="Import",
    ),
    ActionSpec(
        "import_folder", "Import Folder…", ("Ctrl+Shift+O",), "Import a folder of digests", "File"
    ),
    ActionSpec(
        "sync_now",
        "Sync Now",
        ("F5",),
        "Download new digests from GitHub and Hugging Face",
        "File",
        icon_text="⟳ Sync",
    ),
    ActionSpec(
        "export_bookmarks",
        "Export Bookmarks…",
        ("Ctrl+E",),
        "Export bookmarks as BibTeX, JSON or CSV",
        "File",
    ),
    ActionSpec(
        "export_notes", "Export Notes as Markdown…", (), "Every note, one section per paper", "File"
    ),
    ActionSpec(
        "export_ris", "Export Bookmarks as RIS…", (), "Bookmarks for reference managers", "File"
    ),
    ActionSpec(
        "preferences",
        "Preferences…",
        ("Ctrl+,",),
        "Reading, sync, token and folder settings",
        "File",
    ),
    ActionSpec("quit", "Quit", ("Ctrl+Q",), "Quit", "File"),
    # View
    ActionSpec("theme_system", "System", (), "", "View", checkable=True),
    ActionSpec("theme_light", "Light", (), "", "View", checkable=True),
    ActionSpec("theme_dark", "Dark", (), "", "View", checkable=True),
    ActionSpec("font_bigger", "Bigger Text", ("Ctrl++", "Ctrl+="), "Make the text bigger", "View"),
    ActionSpec("font_smaller", "Smaller Text", ("Ctrl+-",), "Make the text smaller", "View"),
    ActionSpec("font_reset", "Default Text Size", ("Ctrl+0",), "Use the default text size", "View"),
    ActionSpec("show_thumbnails", "Show Thumbnails", (), "", "View", checkable=True),
    # Help
    ActionSpec("shortcuts", "Keyboard Shortcuts", ("F1",), "List the keyboard shortcuts", "Help"),
    ActionSpec("about", "About Daily Papers Reader", (), "", "Help"),
)
BY_NAME = {spec.name: spec for spec in SPECS}

# Keys the list handles natively, listed in the help beside the actions.
NATIVE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Go", "Down / Up", "Next / previous paper (in the list)"),
    ("Paper", "Esc", "PDF reader: back to the summary"),
    ("Paper", "Space, PgDown / PgUp, Home / End", "PDF reader: scroll, next / previous page, ends"),
    ("Paper", "+ / - / W / F", "PDF reader: zoom in, zoom out, fit width, fit page"),
    ("Paper", "/ or Ctrl+F, F3", "PDF reader: find in the PDF, next hit"),
    ("Paper", "Ctrl+C", "PDF reader: copy the selected text (drag to select)"),
)


class Actions(QObject):
    """The window's QActions by name: ``actions["next_paper"]``.

    Signals: none (connect each action's ``triggered``).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.help:
                action.setStatusTip(spec.help)
                action.setToolTip(
                    f"{spec.help} ({spec.shortcuts[0]})" if spec.shortcuts else spec.help
                )
            if spec.icon_text:
                action.setIconText(spec.icon_text)
            action.setCheckable(spec.checkable)
            self._actions[spec.name] = action
        self._actions["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.theme_group = QActionGroup(self)
        for name in ("theme_system", "theme_light", "theme_dark"):
            self.theme_group.addAction(self._actions[name])

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
