"""What a screen reader hears: every interactive widget on every page and in the dialogs has
a name (EN 301 549 / WCAG 2.1 AA, which Dutch government must meet), asked of Qt's own
accessibility layer, so a button's text or a form label's buddy counts as it does for users."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from zorgdesk.app import open_workspace
from zorgdesk.services.meetings.agenda import Suggestion
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import PAGES, MainWindow

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QAbstractSlider,
               QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QTabBar)


def nameless(root: QWidget) -> list[str]:
    """Interactive widgets under `root` that a screen reader would announce without a name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box: the box carries the name
        if (widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView | QScrollBar)
                or (type(widget).__name__ == "QToolButton"
                    and isinstance(parent, QTabBar | QAbstractItemView))):
            continue  # Qt's own parts of a view: headers, scroll bars, corner and tab arrows
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        if not name:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(parent).__name__ if parent else '-'}")
    return found


@pytest.fixture
def window(qtbot: QtBot, sample_copy: Callable[[str], Path]) -> Iterator[MainWindow]:
    ctx = WorkspaceContext()
    win = MainWindow(ctx, open_workspace)
    qtbot.addWidget(win)
    assert win.open_path(sample_copy("noord-limburg"))
    win.resize(1366, 768)
    win.show()
    yield win
    ctx.set_store(None)


@pytest.mark.parametrize("key", [key for key, _title in PAGES])
def test_every_interactive_widget_of_every_page_has_a_name(window: MainWindow,
                                                           key: str) -> None:
    page = window.show_page(key)
    seen = nameless(page)
    for bar in page.findChildren(QTabBar):  # every tab, so hidden panels are walked too
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            seen += nameless(page)
    assert not sorted(set(seen)), f"{key}: {sorted(set(seen))}"


def test_the_window_itself_names_its_controls(window: MainWindow) -> None:
    assert not nameless(window)


def test_the_open_meeting_names_its_controls(window: MainWindow) -> None:
    from PySide6.QtWidgets import QTableView

    page = window.show_page("meetings")
    meetings = page.findChild(QTableView, "meetingList")
    assert meetings is not None and meetings.model() is not None
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    meetings.selectRow(0)
    detail = page.detail  # type: ignore[attr-defined]
    assert detail.meeting_id is not None
    seen: list[str] = []
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        seen += nameless(page)
    assert not sorted(set(seen))


def agenda_suggestions(ctx: WorkspaceContext) -> list[Suggestion]:
    """What "Voorstellen…" offers for the workspace's last meeting (late, red, between)."""
    from zorgdesk.services.meetings.agenda import suggest_items

    conn = ctx.store.reader()
    try:
        last = conn.execute("SELECT id FROM meeting ORDER BY starts_at DESC").fetchone()
    finally:
        conn.close()
    return suggest_items(ctx.store, str(last[0])) if last else []


def dialogs(ctx: WorkspaceContext) -> list[QWidget]:
    from zorgdesk.services.meetings.bodies import list_bodies
    from zorgdesk.ui.goals.changes_dialog import ChangesSinceDialog
    from zorgdesk.ui.goals.indicator_panel import IndicatorDialog, MeasurementDialog
    from zorgdesk.ui.goals.status_panel import StatusUpdateDialog
    from zorgdesk.ui.meetings.action_dialog import ActionDialog
    from zorgdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog
    from zorgdesk.ui.meetings.body_dialog import BodyDialog
    from zorgdesk.ui.meetings.invitation_dialog import InvitationDialog
    from zorgdesk.ui.meetings.meeting_dialogs import MeetingDialog, YearPlanDialog
    from zorgdesk.ui.meetings.minutes_cycle import AdoptDialog, GuestDialog
    from zorgdesk.ui.meetings.suggestion_dialog import SuggestionDialog
    from zorgdesk.ui.partners.cost_split_dialog import CostSplitDialog
    from zorgdesk.ui.partners.funding_panel import FundingLineDialog
    from zorgdesk.ui.partners.organisation_dialogs import OrganisationDialog, PersonDialog
    from zorgdesk.ui.tables.import_wizard import ImportWizard
    from zorgdesk.ui.workspace.backups_dialog import BackupsDialog
    from zorgdesk.ui.workspace.versions_dialog import AdoptVersionDialog, VersionsDialog

    bodies = list_bodies(ctx.store)
    return [
        SuggestionDialog(agenda_suggestions(ctx)),
        ChangesSinceDialog(ctx), IndicatorDialog(None), MeasurementDialog(),
        StatusUpdateDialog(None, None), ActionDialog(None, [], []),
        AgendaItemDialog(None, [], []), BodyDialog(None, [], [], [], []),
        InvitationDialog(None, "AST"), MeetingDialog(bodies, None),
        YearPlanDialog(ctx.store, bodies, None, 2022), AdoptDialog(None, [], None),
        GuestDialog(None), CostSplitDialog(ctx), FundingLineDialog(ctx, None),
        OrganisationDialog(None), PersonDialog(None, []), ImportWizard(ctx),
        BackupsDialog(ctx, lambda _path: True), AdoptVersionDialog(None), VersionsDialog(ctx),
    ]


def test_every_dialog_names_its_controls(window: MainWindow, qtbot: QtBot) -> None:
    found = {}
    for dialog in dialogs(window.ctx):
        qtbot.addWidget(dialog)
        dialog.show()
        missing = nameless(dialog)
        if missing:
            found[type(dialog).__name__] = missing
        dialog.close()
    assert not found


def test_pages_by_keyboard_and_find_right_after(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["goals"]
    focus = QApplication.focusWidget()
    assert focus is not None and window.pages["goals"].isAncestorOf(focus)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["timeline"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit) and focus.objectName() == "goalSearch"
    assert window.pages["timeline"].isAncestorOf(focus)


def test_tab_leaves_every_text_editor(window: MainWindow) -> None:
    """No keyboard trap (WCAG 2.1.2): Tab in a multi-line field moves on, in every dialog."""
    roots = [*(window.show_page(key) for key, _title in PAGES), *dialogs(window.ctx)]
    editors = [e for root in roots
               for e in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit)
               if not e.isReadOnly() and type(e).__name__ != "QTextBrowser"]
    assert len(editors) >= 10
    trapping = [f"{type(e).__name__} {e.objectName() or e.accessibleName()!r}"
                for e in editors if not e.tabChangesFocus()]
    assert not trapping


def test_keyboard_focus_in_the_sidebar_is_seen(window: MainWindow, qtbot: QtBot) -> None:
    """WCAG 2.4.7: with the app's style the sidebar showed no focus (a dotted rectangle lost
    on the dark blue). The focused item now has a light outline; without focus it has none."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    from zorgdesk.ui.kit.style import STYLE_SHEET

    def bright_outline(image: QImage) -> int:
        """Pixels of the outline's yellow, far brighter than anything else in the sidebar."""
        return sum(1 for y in range(0, image.height(), 2) for x in range(image.width())
                   if QColor(image.pixel(x, y)).lightness() > 160
                   and QColor(image.pixel(x, y)).hue() in range(30, 60))

    window.setStyleSheet(STYLE_SHEET)
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigation.setFocus()
    QApplication.processEvents()
    focused = window.navigation.grab().toImage()
    page = window.stack.currentWidget()
    assert page is not None
    page.setFocus()
    QApplication.processEvents()
    assert not window.navigation.hasFocus()
    assert bright_outline(focused) > 100
    assert bright_outline(window.navigation.grab().toImage()) == 0
