"""The Qt window of Daily Papers Reader: the only package that imports PySide6.

Panes (``day_sidebar``, ``paper_list``, ``detail_view``) receive the library and
helpers they need in their constructors and talk through signals that
``main_window`` wires; blocking work goes through ``workers.run_task``.
"""
