"""The menu bar and the main toolbar, built from the declared actions.

The toolbar keeps a marked place for sync: ``sync_slot`` is a separator action
before which the sync code inserts its Sync button (``toolbar.insertAction``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from reader.config import THEMES
from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object
from reader.ui.shell.actions import Actions

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
        (
            "import_files",
            "import_folder",
            None,
            "sync_now",
            None,
            "export_bookmarks",
            "export_ris",
            "export_notes",
            None,
            "preferences",
            None,
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Go"),
        (
            "next_paper",
            "prev_paper",
            "next_unread",
            "scroll_or_next",
            None,
            "next_day",
            "prev_day",
            "go_to_date",
            None,
            "focus_search",
            "clear_search",
            "focus_related",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Paper"),
        (
            "toggle_bookmark",
            "toggle_read",
            "not_interested",
            None,
            "open_arxiv",
            "open_pdf",
            "open_hf",
            None,
            "read_pdf",
            "download_pdf",
            None,
            "copy_link",
            "copy_bibtex",
            None,
            "mark_list_read",
            "mark_all_read",
            "undo_mark",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Triage"),
        (
            "state_later",
            "state_must",
            "state_done",
            "state_skipped",
            "state_new",
            None,
            "queue_up",
            "queue_down",
            None,
            "skip_rest",
            None,
            "edit_note",
            "edit_tags",
            "watch_terms",
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window: QMainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    for title, names in MENUS:
        menu = bar.addMenu(_tr(title))
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    theme = view.addMenu(QCoreApplication.translate("Menus", "&Theme"))
    for name in THEMES:
        theme.addAction(actions[f"theme_{name}"])
    text = view.addMenu(QCoreApplication.translate("Menus", "Text &Size"))
    for name in ("font_bigger", "font_smaller", "font_reset"):
        text.addAction(actions[name])
    view.addAction(actions["show_thumbnails"])
    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions["shortcuts"])
    help_menu.addAction(actions["about"])


def build_toolbar(window: QMainWindow, actions: Actions) -> tuple[QToolBar, QAction]:
    """The main toolbar and its sync slot (a separator to insert sync actions before)."""
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(actions["import_files"])
    toolbar.addAction(actions["mark_list_read"])
    toolbar.addAction(actions["undo_mark"])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    sync_slot = toolbar.addSeparator()
    sync_slot.setObjectName("syncSlot")
    sync_slot.setVisible(False)  # shown when sync inserts its actions before it
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar, sync_slot
