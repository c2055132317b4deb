"""The window's frame: actions, menus, toolbar, status bar, banners, commands, state between runs."""
