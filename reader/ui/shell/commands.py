"""What the window's actions do: navigation, marks, links, copy, export and help.

Writes the paper on show (:class:`~reader.ui.common.shown.ShownPaper`, also
``current``) and keeps its read and bookmark flags; gets the panes, the marks and
the PDF reader it drives through its constructor and reaches them only through
their public methods. Showing a paper is throttled, so
holding ``j`` down renders the papers it lands on, not every one it passes.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader import notify
from reader.db import LibraryError
from reader.library import PaperQuery
from reader.model import Paper
from reader.sentence import fill
from reader.ui.common import links
from reader.ui.common.shown import ShownPaper
from reader.ui.common.throttle import Throttle
from reader.ui.sidebar.model import day_label

if TYPE_CHECKING:
    from reader.library import Library
    from reader.ui.common.workers import Workers
    from reader.ui.detail.pane import DetailPane
    from reader.ui.dialogs.choosers import FileChooser
    from reader.ui.dialogs.help import ShortcutsDialog
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.pdf.controller import PdfUi
    from reader.ui.shell.actions import Actions
    from reader.ui.sidebar.model import DayTreeModel
    from reader.ui.sidebar.view import DaySidebar
    from reader.ui.triage.marks import Marks

log = logging.getLogger(__name__)

SHOW_THROTTLE_MS = 60


class Commands(QObject):
    """The handlers behind the window's actions; *parent* is the window (dialogs' parent).

    Signals: none.
    """

    def __init__(
        self,
        shown: ShownPaper,
        actions: Actions,
        library: Library,
        workers: Workers,
        dialogs: FileChooser,
        sidebar: DaySidebar,
        day_model: DayTreeModel,
        paper_list: PaperListPane,
        detail: DetailPane,
        marks: Marks,
        pdf: PdfUi,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.shown, self.actions, self.library, self.workers = shown, actions, library, workers
        self.dialogs, self.sidebar, self.day_model = dialogs, sidebar, day_model
        self.paper_list, self.detail, self.marks, self.pdf = paper_list, detail, marks, pdf
        self.dialog_parent = parent  # About, Shortcuts and the export chooser
        self.current_read = False
        self.current_bookmarked = False
        self.dialog: ShortcutsDialog | None = None
        self._show = Throttle(self._show_now, SHOW_THROTTLE_MS, self)

    @property
    def current(self) -> Paper | None:
        """The paper on show (the shared :class:`ShownPaper`)."""
        return self.shown.paper

    @current.setter
    def current(self, paper: Paper | None) -> None:
        self.shown.paper = paper

    def wire(self) -> None:
        """Connect the actions this class handles, and what the list, sidebar and marks say."""
        a, lst = self.actions, self.paper_list
        handlers = {
            "next_paper": lambda: lst.step(1),
            "prev_paper": lambda: lst.step(-1),
            "next_day": lambda: self.step_day(1),
            "prev_day": lambda: self.step_day(-1),
            "next_unread": self.next_unread,
            "scroll_or_next": self.scroll_or_next,
            "focus_search": self.focus_search,
            "clear_search": self.clear_search,
            "toggle_bookmark": self.toggle_bookmark,
            "toggle_read": self.toggle_read,
            "open_arxiv": lambda: self._open("abs_url"),
            "open_pdf": lambda: self._open("pdf_url"),
            "open_hf": lambda: self._open("hf_url"),
            "copy_link": self.copy_link,
            "copy_bibtex": self.copy_bibtex,
            "mark_list_read": self.mark_list_read,
            "mark_all_read": self.mark_all_read,
            "export_bookmarks": self.export_bookmarks,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        self.sidebar.mark_day_read_requested.connect(self.mark_day_read)
        self.paper_list.paper_selected.connect(self.show_paper)
        self.marks.read_changed.connect(self.read_changed)
        self.marks.bookmark_changed.connect(self.bookmark_changed)

    # ------------------------------------------------------------- showing

    def show_paper(self, paper_id: str) -> None:
        self._show(paper_id)

    def flush(self) -> None:
        """Show a throttled selection now (tests and screenshots)."""
        self._show.flush()

    def shutdown(self) -> None:
        """The window closes: a selection waiting to be shown is dropped (its pool is gone)."""
        self._show.cancel()

    def _show_now(self, paper_id: str) -> None:
        if self.current is not None and self.current.id == paper_id:
            return
        paper = None
        if paper_id:
            try:
                paper = self.library.paper(paper_id)
            except LibraryError as exc:
                notify.error(str(exc))
        model = self.paper_list.model
        row = model.row(model.row_of(paper_id)) if paper else None
        self.current = paper
        if paper is None:
            self.marks.cancel_scheduled()
            self.show_empty_state()
            self.update_paper_actions()
            return
        if row is not None:
            self.current_read, self.current_bookmarked = row.read, row.bookmarked
        else:
            state = self.library.state(paper.id)
            self.current_read = state.read_at is not None
            self.current_bookmarked = state.bookmarked_at is not None
        self.detail.show_paper(paper, row.date if row else None)
        self.update_paper_actions()
        if self.current_read:
            self.marks.cancel_scheduled()
        else:
            self.marks.schedule_read(paper.id, paper.dates)

    def show_empty_state(self) -> None:
        self.current = None
        day = self.sidebar.current_day()
        info = self.day_model.day_info(day) if day else None
        if info is not None:
            unread = (
                self.tr("%n unread — press U to start with the first one.", "", info.unread)
                if info.unread
                else self.tr("All read.")
            )
            papers = self.tr("%n paper(s)", "", info.papers)
            self.detail.show_empty(
                day_label(day or "", with_year=True),
                fill(self.tr("%1, %2"), [papers, unread]),
            )
        else:
            self.detail.show_empty(
                self.tr("No paper selected"), self.tr("Choose a paper from the list, or press J.")
            )
        self.update_paper_actions()

    def update_paper_actions(self) -> None:
        a = self.actions
        has = self.current is not None
        for action in a.paper_actions():
            action.setEnabled(has)
        a["toggle_bookmark"].setChecked(has and self.current_bookmarked)
        a["toggle_bookmark"].setIconText(
            self.tr("★ Bookmarked") if has and self.current_bookmarked else self.tr("☆ Bookmark")
        )
        a["toggle_read"].setText(
            self.tr("Mark Unread") if not has or self.current_read else self.tr("Mark Read")
        )

    def read_changed(self, ids: list[str], read: bool) -> None:
        if self.current is not None and self.current.id in ids:
            self.current_read = read
            self.update_paper_actions()

    def bookmark_changed(self, paper_id: str, on: bool) -> None:
        if self.current is not None and self.current.id == paper_id:
            self.current_bookmarked = on
            self.update_paper_actions()

    # ---------------------------------------------------------- navigation

    def step_day(self, step: int) -> None:
        date = self.day_model.adjacent_day(self.sidebar.current_day(), step)
        if date is not None:
            self.paper_list.clear_search()
            self.sidebar.select_day(date)

    def next_unread(self) -> None:
        lst = self.paper_list
        if lst.select_next_unread():
            return
        if lst.searching() or (self.sidebar.current_day() is None and self.sidebar.current_key()):
            notify.info(self.tr("No more unread papers in this list."))
            return
        date = self.day_model.next_unread_day(self.sidebar.current_day())
        if date is None:
            notify.info(self.tr("Every paper is read."))
            return
        self.sidebar.select_day(date)
        if not lst.select_next_unread():
            notify.info(self.tr("Every paper in the list is read."))

    def scroll_or_next(self) -> None:
        reader = self.pdf.reader
        if reader is not None and self.pdf.reading():  # Space pages through the PDF on show
            reader.scroll_page()
            return
        if self.current is None or not self.detail.scroll_page():
            self.next_unread()

    def focus_search(self) -> None:
        reader = self.pdf.reader
        if reader is not None and self.pdf.reading():  # the PDF reader finds inside the PDF
            reader.focus_search()
        else:
            self.paper_list.focus_search()

    def clear_search(self) -> None:
        if self.pdf.close_reader():  # Esc leaves the PDF reader first
            return
        if not self.paper_list.clear_search():
            self.paper_list.view.setFocus()

    # --------------------------------------------------------------- marks

    def toggle_bookmark(self) -> None:
        if self.current is not None:
            self.marks.set_bookmarked(self.current.id, not self.current_bookmarked)
        self.update_paper_actions()

    def toggle_read(self) -> None:
        if self.current is None:
            return
        read = not self.current_read
        if self.marks.set_read(self.current.id, self.current.dates, read):
            self.current_read = read
        if not read:
            self.marks.cancel_scheduled()  # marked unread by hand: stays unread while shown
        self.update_paper_actions()

    def mark_list_read(self) -> None:
        lst = self.paper_list
        day = self.sidebar.current_day()
        what = (
            day_label(day, with_year=True) if day and not lst.searching() else self.tr("the list")
        )
        self.marks.mark_read(lst.current_query(), what)

    def mark_all_read(self) -> None:
        """Every paper in the library, once the user says yes (Ctrl+Z still undoes it)."""
        from reader.ui.dialogs import confirm  # the dialogs load when asked, not at start-up

        unread = self.day_model.counts().get("unread", 0)  # what the command changes
        if unread == 0:  # nothing to ask about
            notify.info(self.tr("Every paper in the library is read already."))
            return
        if confirm.mark_everything_read(self.dialog_parent, unread):
            self.marks.mark_read(PaperQuery(view="all"), self.tr("the library"))

    def mark_day_read(self, date: str) -> None:
        self.marks.mark_read(PaperQuery(date=date), day_label(date, with_year=True))

    # --------------------------------------------------------- links, copy

    def _open(self, attribute: str) -> None:
        if self.current is not None:
            links.open_url(getattr(self.current, attribute))

    def copy_link(self) -> None:
        if self.current is not None:
            links.copy_text(self.current.abs_url)
            notify.info(self.tr("Copied %1").replace("%1", self.current.abs_url))

    def copy_bibtex(self) -> None:
        if self.current is not None:
            from reader.export import bibtex_entry

            links.copy_text(bibtex_entry(self.current))
            notify.info(self.tr("Copied a BibTeX entry for %1").replace("%1", self.current.id))

    def export_bookmarks(self) -> None:
        path = self.dialogs.export_path(self.dialog_parent, "bookmarks.bib")
        if not path:
            return
        library = self.library

        def produce() -> tuple[str, int]:
            from reader import export

            papers = library.papers(library.bookmarked_ids())
            suffix = Path(path).suffix.lower()
            if suffix == ".json":
                text = export.to_json([(p, library.state(p.id)) for p in papers])
            elif suffix == ".csv":
                text = export.to_csv([(p, library.state(p.id)) for p in papers])
            else:
                text = export.to_bibtex(papers)
            return text, len(papers)

        from reader.ui.sync.export_task import run_export

        run_export(self.workers, self, path, produce, "bookmark")

    def show_about(self) -> None:
        from reader.ui.dialogs.help import about_box

        about_box(self.dialog_parent).open()

    def show_shortcuts(self) -> None:
        from reader.ui.dialogs.help import ShortcutsDialog

        if self.dialog is None:
            self.dialog = ShortcutsDialog(self.dialog_parent)
        self.dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            self.dialog.raise_()
