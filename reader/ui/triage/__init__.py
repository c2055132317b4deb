"""Triage from the window: marks, states and queue, watch lists, notes and tags."""
