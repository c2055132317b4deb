"""The Qt window of Daily Papers Reader: the only package that imports PySide6.

``app`` starts Qt; ``window`` builds the panes, injects what each needs and wires
their signals. The rooms: ``shell`` (actions, menus, toolbar, status bar, the
window's state), ``sidebar`` (dates and smart views), ``papers`` (the list),
``detail`` (one paper), ``pdf`` (the in-app reader), ``sync`` (sync, import,
folders, exports), ``triage`` (marks, states, watch lists, notes), ``recommend``
(Related and For You), ``dialogs`` and ``common`` (workers, settings, theme,
resources, links, thumbnails). Blocking work goes through ``common.workers``.
"""
