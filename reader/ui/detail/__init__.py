"""The detail pane: one paper as HTML, its texts, vote sparkline, note editor."""
