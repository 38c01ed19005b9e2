"""Widgets, dialogs and Qt item models. No SQL and no Session here: pages call services."""
