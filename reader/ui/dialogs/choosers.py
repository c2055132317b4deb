"""File choosers behind one small interface, so tests can answer them without a modal dialog.

:class:`Dialogs` uses Qt's file dialogs; a test passes its own object with the
same three methods to :class:`reader.ui.window.MainWindow`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class FileChooser(Protocol):
    def import_files(self, parent: QWidget) -> list[str]: ...

    def import_folder(self, parent: QWidget) -> list[str]: ...

    def export_path(self, parent: QWidget, suggested: str) -> str | None: ...


class Dialogs:
    """The real file dialogs (modal, as the platform provides them).

    QFileDialog is imported where a dialog opens: PySide builds a Qt class, with
    its enums, when first touched, and the window's first paint needs none of it.
    """

    def __init__(self) -> None:
        self._folder = str(Path.home())

    def import_files(self, parent: QWidget) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Dialogs", "Import Digests"),
            self._folder,
            QCoreApplication.translate("Dialogs", "Digests (*.md);;All files (*)"),
        )
        if files:
            self._folder = str(Path(files[0]).parent)
        return files

    def import_folder(self, parent: QWidget) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("Dialogs", "Import a Folder of Digests"),
            self._folder,
        )
        if folder:
            self._folder = folder
        return [folder] if folder else []

    def export_path(self, parent: QWidget, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Export"),
            str(Path(self._folder) / suggested),
            QCoreApplication.translate(
                "Dialogs", "BibTeX (*.bib);;JSON (*.json);;CSV (*.csv);;All files (*)"
            ),
        )
        return path or None
