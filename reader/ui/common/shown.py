"""The paper on show: one holder that every room acting on "this paper" reads.

The commands (:mod:`reader.ui.shell.commands`) write it when the detail pane
shows a paper or none; triage, the PDF reader, Not Interested and the saved
selection read it. Handing this small object around, instead of the window or
the commands, is what lets those rooms be built in any order.
"""

from __future__ import annotations

from reader.model import Paper


class ShownPaper:
    """The paper the detail pane shows, or None."""

    def __init__(self) -> None:
        self.paper: Paper | None = None

    def id(self) -> str:
        """The shown paper's id, '' when none is shown."""
        return self.paper.id if self.paper is not None else ""
