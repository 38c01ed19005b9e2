"""The open workspace as the UI sees it: the store, the undo stack, and change signals.

Pages never hold a Session; they ask services with `ctx.store` and refresh on `changed`.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from zorgdesk.store import Store


class ChangeKind(StrEnum):
    """What an edit changed. A page reloads only for the kinds it shows (`Page.concerns`), so
    an edit names every kind whose rows it writes (an import over several: WORKSPACE)."""

    GOALS = "goals"  # themes, goals, tags, programmes, indicators, status updates
    MILESTONES = "milestones"  # milestones and the year markers of the timeline
    PARTNERS = "partners"  # organisations, people and their roles in goals
    FUNDING = "funding"  # funding lines and the cost split
    MEETINGS = "meetings"  # bodies, meetings, agendas, minutes, decisions, actions
    VERSIONS = "versions"  # adopted versions of the workspace
    WORKSPACE = "workspace"  # anything: concerns every page
    SERVER = "server"  # a colleague's change on the server, not known which: every page


EVERYTHING = frozenset(ChangeKind)
# The kinds that concern every page, whatever it declares.
ALWAYS = frozenset({ChangeKind.WORKSPACE, ChangeKind.SERVER})


class WorkspaceContext(QObject):
    # Emitted after a new workspace is opened (or the current one closed: store is None).
    workspaceChanged = Signal()
    # Emitted before the open workspace is closed or replaced, while it is still open: editors
    # store what is typed but not yet saved (a field saves when left, and closing the window or
    # opening another workspace does not always move the focus).
    aboutToClose = Signal()
    # Emitted after any edit; the argument is the `ChangeKind` that names what changed.
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("Er is geen werkruimte geopend.")
        return self._store

    @property
    def has_store(self) -> bool:
        return self._store is not None

    def set_store(self, store: Store | None) -> None:
        old = self._store
        if old is not None and old is not store:
            self.aboutToClose.emit()
        self._store = store
        self.undo_stack.clear()  # undo never crosses workspaces
        if old is not None and old is not store:
            old.close()
        self.workspaceChanged.emit()

    def notify(self, what: ChangeKind) -> None:
        self.changed.emit(str(what))
