"""What every page shares: the workspace context and a refresh that runs only when seen.

The start-up path (this module, the main window, the overview) does not name `Qt`: the first
use of PySide's Qt namespace builds all its ~120 enums at once, 10 ms of a 150 ms start-up
(benchmarks/bench_startup.py). What it needs is set by name (`set_enum_property`) or
imported inside the function that runs later; tests/test_start_up_qt.py keeps it so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
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
    from PySide6.QtCore import Qt

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


def set_enum_property(widget: QObject, name: str, key: str) -> None:
    """Set a Qt property of enum type by its key, e.g. ("alignment", "AlignTop"): Qt turns
    the name into the value, so Python need not name `Qt.AlignmentFlag` (see above)."""
    if not widget.setProperty(name, key):
        raise ValueError(f"{type(widget).__name__}.{name} = {key}")
