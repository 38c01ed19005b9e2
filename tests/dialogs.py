"""Working a modal dialog from a test the way a user would: once it is open, in its own loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def on_dialog(act: Callable[[QDialog], None]) -> None:
    """Run `act` on the next modal dialog as soon as it shows (call before opening it)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)
