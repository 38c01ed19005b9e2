"""What every page shares: the workspace context and a refresh that runs only when seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from zorgdesk.ui.kit.context import ALWAYS, EVERYTHING, ChangeKind, WorkspaceContext


class Page(QWidget):
    """A page (or a tab of one) reloads from the services when shown after a change, never
    while hidden.

    `concerns` names the kinds of change the page shows; other edits leave it as it is.
    Another workspace, WORKSPACE and SERVER concern every page.
    """

    concerns: frozenset[ChangeKind] = EVERYTHING

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.workspaceChanged.connect(self._mark_stale)
        ctx.changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        kind = ChangeKind(what)
        if kind in ALWAYS or kind in self.concerns:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        if self.ctx.has_store:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the open workspace."""

    def focus_search(self) -> bool:
        """Put the keyboard in the page's search field (Ctrl+F); False when it has none."""
        return False


def focus_first(root: QWidget) -> None:
    """Give the keyboard focus to the first widget under `root` that Tab would reach."""
    for widget in root.findChildren(QWidget):
        if (widget.isVisibleTo(root) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setWordWrap(True)
    return label
