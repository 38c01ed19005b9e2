"""Work that waits until a widget has been painted once: the rest of a large page.

A page that shows its first screen from part of the data reads the rest here. The event
filter sees the paint event before the widget paints; the zero timer runs the callback after
it, once control is back in the event loop, so the user sees the screen first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.deleteLater()
        self.callback()


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, after `widget` (a view's viewport, say) has next painted."""
    _AfterPaint(widget, callback)
