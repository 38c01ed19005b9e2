"""Widgets of the Doelen page: filter bar, goal card editor, progress and indicator panels."""
