"""Getting papers in and out from the window: sync, import, folders, exports, user state."""
