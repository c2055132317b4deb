"""Dialogs: file choosers, Preferences, shortcuts help, watch terms."""
