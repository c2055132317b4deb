"""Questions asked before a command that changes much at once.

Each box names what will change ("Mark all 5,490 unread papers as read?"), has Cancel as
its default button (Enter must not read a whole library by accident), and is
deleted once answered, so asking again and again leaves nothing behind.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui.common.i18n import number_text


def mark_everything_read(parent: QWidget, papers: int) -> bool:
    """True when the user agrees to mark the library's *papers* unread papers as read."""
    question = QCoreApplication.translate(
        "Confirm", "Mark all %n unread paper(s) as read?", "", papers
    )
    if papers >= 1000:  # '5,490': the number as the locale groups it
        question = question.replace(str(papers), number_text(papers), 1)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Confirm", "Mark Everything as Read"),
        question,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmMarkEverything")
    box.setInformativeText(
        QCoreApplication.translate("Confirm", "Undo Mark as Read (Ctrl+Z) takes it back.")
    )
    yes = box.addButton(
        QCoreApplication.translate("Confirm", "Mark as Read"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    try:
        box.exec()
        return box.clickedButton() is yes
    finally:
        box.deleteLater()
