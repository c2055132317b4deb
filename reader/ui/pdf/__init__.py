"""The in-app PDF reader (QtPdf): the view, its side lists, and the download and text workers."""
