"""Widgets of the Doelen page: goal tree, goal card editor, progress and indicator panels."""
