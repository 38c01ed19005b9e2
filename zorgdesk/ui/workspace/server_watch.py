"""Colleagues' changes on a shared server appear in the open pages within about two seconds.

On every NOTIFY from the server (store/notify.py), and every two seconds as the fallback, the
workspace's fingerprint (services/workspace/activity.py) is compared
with the last one; when it moved and the move was not our own edit, `ctx.notify(ChangeKind.SERVER)`
makes the visible page reload, and the status bar says so. While the user is typing in a
field or editing a cell the reload waits, so nothing typed is lost. A file workspace is not
watched: it has one writer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication

from zorgdesk.services.workspace.activity import fingerprint, last_change
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier

log = logging.getLogger(__name__)
INTERVAL_MS = 2000


def user_is_typing() -> bool:
    """A field with unsaved typing, or a cell editor open: a reload now could undo it."""
    # Imported here: every start builds the watch, and these types cost ~1 ms to create.
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        return widget.isModified() and not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.document().isModified() and not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return True
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:  # an editor open in a table or tree
        if isinstance(parent, QAbstractItemView):
            return parent.state() == QAbstractItemView.State.EditingState
        parent = parent.parentWidget()
    return False


class ServerWatch(QObject):
    # The status-bar text: others' changes shown, or the server out of reach.
    message = Signal(str)
    # True while the server cannot be reached, False once it can again.
    reachable = Signal(bool)

    def __init__(self, ctx: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last: tuple[tuple[object, ...], ...] | None = None
        self._own = False
        self._unreachable = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self._listener: Any = None  # psycopg connection LISTENing (store/notify.py)
        self._notifier: QSocketNotifier | None = None
        ctx.workspaceChanged.connect(self._workspace_changed)
        ctx.changed.connect(self._own_edit)

    def _workspace_changed(self) -> None:
        self._last = None
        self.stop_listening()
        if self.ctx.has_store and self.ctx.store.is_server:
            self._own = True  # the baseline: what the pages are about to show
            self.tick()
            self.timer.start()
            self._start_listening()
        else:
            self.timer.stop()

    def _start_listening(self) -> None:
        """NOTIFY from the server: look at once; the poll stays for a dropped connection."""
        from PySide6.QtCore import QSocketNotifier

        from zorgdesk.store.notify import listen

        url = self.ctx.store.url
        if url is None:
            return
        try:
            self._listener = listen(url)
        except Exception as exc:
            log.info("LISTEN niet mogelijk: %s", exc)
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read,
                                         self)
        self._notifier.activated.connect(self._notified)

    def _notified(self) -> None:
        try:
            arrived = list(self._listener.notifies(timeout=0))
        except Exception as exc:
            log.info("LISTEN-verbinding weg: %s", exc)
            self.stop_listening()
            return
        if arrived:
            self.tick()

    def stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                log.info("LISTEN-verbinding sluiten mislukte")
            self._listener = None

    def _own_edit(self, what: str) -> None:
        if what != ChangeKind.SERVER:
            self._own = True

    def tick(self) -> None:
        if not self.ctx.has_store or not self.ctx.store.is_server:
            return
        try:
            now = fingerprint(self.ctx.store)
        except Exception as exc:
            log.info("server niet bereikbaar: %s", exc)
            if not self._unreachable:
                self._unreachable = True
                self.reachable.emit(False)
                self.message.emit(self.tr(
                    "De server is niet bereikbaar; wijzigingen van anderen verschijnen weer "
                    "zodra de verbinding terug is."))
            return
        if self._unreachable:
            self._unreachable = False
            self.reachable.emit(True)
        if self._own or self._last is None:
            self._own = False
            self._last = now
            return
        if now == self._last or user_is_typing():
            return
        self._last = now
        self.ctx.notify(ChangeKind.SERVER)
        who, when = last_change(self.ctx.store)
        if who and when is not None:
            self.message.emit(self.tr("Gewijzigd door %1, %2").replace("%1", who)
                              .replace("%2", f"{when:%H:%M}"))
        else:
            self.message.emit(self.tr("Bijgewerkt met wijzigingen van anderen (%1)")
                              .replace("%1", QTime.currentTime().toString("HH:mm")))
