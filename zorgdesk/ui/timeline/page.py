"""Tijdlijn: goals against years, quarters or months, with year marks, milestones and bars.

Click a cell to mark the year, double-click to add a milestone, drag a milestone to move it,
F2 or double-click on it to edit, Delete to remove. Late milestones are red by themselves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals.card import milestone_period
from zorgdesk.services.goals.filter import matching_goal_ids
from zorgdesk.services.goals.tree import GoalTree, load_goal_tree
from zorgdesk.services.timeline import commands as milestones
from zorgdesk.services.timeline.commands import Period
from zorgdesk.services.timeline.queries import (
    ZOOMS,
    Column,
    Timeline,
    TimelineRow,
    complete_timeline,
    default_zoom,
    due_within,
    load_timeline,
)
from zorgdesk.services.undo import capture_rows
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.after_paint import after_next_paint
from zorgdesk.ui.kit.conflict_dialog import settle_fields
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.formatting import short_date
from zorgdesk.ui.kit.goal_filter_bar import GoalFilterBar
from zorgdesk.ui.kit.page import Page, heading
from zorgdesk.ui.timeline.grid_view import TimelineView
from zorgdesk.ui.timeline.milestone_dialog import MilestoneDialog
from zorgdesk.ui.timeline.model import TimelineModel

WIDTHS = {"jaar": 110, "kwartaal": 84, "maand": 56}
FIRST_ROWS = 80  # read before the first paint: more than a tall screen at a small font


def period_for(column: Column, zoom: str, old: Period | None = None) -> Period:
    """The period of a milestone put in (or dragged to) a column at this zoom.

    A year column keeps a finer precision and changes the year only; a quarter or month column
    sets that quarter or month.
    """
    if zoom == "jaar":
        if old is None or old.precision == "jaar":
            return Period("jaar", column.year)
        if old.precision == "datum" and old.due_date is not None:
            day = min(old.due_date.day, 28) if old.due_date.month == 2 else old.due_date.day
            return Period("datum", column.year,
                          due_date=old.due_date.replace(year=column.year, day=day))
        return Period(old.precision, column.year, old.quarter, old.month)
    if zoom == "kwartaal":
        assert column.quarter is not None
        return Period("kwartaal", column.year, column.quarter)
    assert column.month is not None
    return Period("maand", column.year, month=column.month)


class TimelinePage(Page):
    # Goals with milestones and year markers; the filter lists owners and organisations.
    concerns = frozenset({ChangeKind.GOALS, ChangeKind.MILESTONES, ChangeKind.PARTNERS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.zoom: str | None = None
        self.tree: GoalTree | None = None
        self.timeline: Timeline | None = None
        self.model = TimelineModel(self)
        self.view = TimelineView()
        self.view.setObjectName("timelineView")
        self.view.setAccessibleName(self.tr("Tijdlijn van doelen en mijlpalen"))
        self.view.setModel(self.model)
        vheader = self.view.verticalHeader()
        vheader.setFixedWidth(470)
        self.view.toggleRequested.connect(self.toggle_mark)
        self.view.addRequested.connect(self.add_milestone)
        self.view.editRequested.connect(self.edit_milestone)
        self.view.moveRequested.connect(self.move_milestone)
        self.view.deleteRequested.connect(self.delete_milestones)

        self.filters = GoalFilterBar(ctx)
        self.filters.filterChanged.connect(lambda _f: self._apply_filter())
        self.due_only = QCheckBox(self.tr("Alleen wat afloopt in de komende"))
        self.due_only.setObjectName("timelineDueOnly")
        self.due_months = QSpinBox()
        self.due_months.setAccessibleName(self.tr("Aantal maanden vooruit"))
        self.due_months.setRange(1, 24)
        self.due_months.setValue(3)
        self.due_months.setSuffix(self.tr(" maanden"))
        self.due_only.toggled.connect(lambda _on: self._apply_filter())
        self.due_months.valueChanged.connect(lambda _n: self._apply_filter())

        self.zoom_buttons = QButtonGroup(self)
        zoom_row = QHBoxLayout()
        zoom_row.setSpacing(0)
        for n, (key, label) in enumerate(zip(ZOOMS, (self.tr("Jaar"), self.tr("Kwartaal"),
                                                     self.tr("Maand")), strict=True)):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setObjectName(f"zoom_{key}")
            self.zoom_buttons.addButton(button, n)
            zoom_row.addWidget(button)
        self.zoom_buttons.idClicked.connect(lambda n: self.set_zoom(ZOOMS[n]))
        today = QPushButton(self.tr("Vandaag"))
        today.clicked.connect(self.scroll_to_today)
        for keys, step in (("Ctrl+=", 1), ("Ctrl++", 1), ("Ctrl+-", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.step_zoom(s))
            self.addAction(action)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Tijdlijn")))
        top.addStretch(1)
        top.addWidget(self.due_only)
        top.addWidget(self.due_months)
        top.addSpacing(16)
        top.addLayout(zoom_row)
        top.addWidget(today)
        self.legend = QLabel(self.tr(
            "▬ jaar met inzet of resultaat (klik om te markeren)   ◆ mijlpaal: blauw gepland of "
            "lopend, groen gereed, rood te laat   ━ looptijd   │ vandaag   "
            "Dubbelklik: mijlpaal toevoegen of wijzigen; sleep een mijlpaal om te verplaatsen."))
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        ctx.workspaceChanged.connect(self._workspace_opened)

    # ----- loading ---------------------------------------------------------------------------
    def _workspace_opened(self) -> None:
        self.zoom = None
        if self.ctx.has_store:
            self.filters.reload()

    def focus_search(self) -> bool:
        self.filters.focus_search()
        return True

    def refresh(self) -> None:
        store = self.ctx.store
        first = self.zoom is None
        if self.zoom is None:  # new page or workspace: filters empty (see _workspace_opened)
            self.zoom = default_zoom(store)
        else:
            self.filters.reload(keep=True)  # a theme, organisation or tag may be new
        self.zoom_buttons.button(ZOOMS.index(self.zoom)).setChecked(True)
        self.tree = None  # with lights and owners: read when a filter needs it
        # Opened unfiltered: the first screens first, the rest once they are painted. A later
        # reload (after an edit) reads it all: the current cell may be anywhere in the plan.
        partial = first and self.filters.current().is_empty and not self.due_only.isChecked()
        self.timeline = load_timeline(store, self.zoom, first=FIRST_ROWS if partial else None)
        self._apply_filter()
        if self.timeline.pending:
            after_next_paint(self.view.viewport(), self._after_first_paint)
        elif first:
            self.filters.reload(keep=True)
        self._fit_columns()
        if first:
            self.scroll_to_today()

    def _after_first_paint(self) -> None:
        """The filter lists (300 organisations on `large`) and the rows after the first
        screens, read once those screens are painted."""
        self.filters.reload(keep=True)
        self._complete()

    def _complete(self) -> None:
        """Read the rows after the first screens (see `load_timeline`)."""
        if self.timeline is None or not self.timeline.pending:
            return
        self.timeline = complete_timeline(self.timeline)
        if self.model.timeline is not None and self.model.timeline.pending:
            self.model.complete(self.timeline)

    def _apply_filter(self) -> None:
        if self.timeline is None:
            return
        if not self.filters.current().is_empty or self.due_only.isChecked():
            self._complete()
        scroll = (self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value())
        current = self.view.currentIndex()
        current_id = (self.model.rows[current.row()].id
                      if current.isValid() and current.row() < len(self.model.rows) else None)
        wanted = self.filters.current()
        keep = None
        if not wanted.is_empty or self.due_only.isChecked():
            if self.tree is None:
                self.tree = load_goal_tree(self.ctx.store)
            keep = matching_goal_ids(self.ctx.store, self.tree, wanted)
        if self.due_only.isChecked():
            assert self.tree is not None
            due = due_within(self.timeline, self.due_months.value())
            keep = due if keep is None else keep & due
            parent_of = {g.id: g.parent_id for g in self.tree.goals}
            for goal_id in list(keep):
                parent = parent_of.get(goal_id)
                while parent:
                    keep.add(parent)
                    parent = parent_of.get(parent)
        rows = self.visible_rows(self.timeline.rows, keep)
        self.model.set_timeline(self.timeline, rows)
        self.view.horizontalScrollBar().setValue(scroll[0])
        self.view.verticalScrollBar().setValue(scroll[1])
        # The selection follows its goal: one the filter hides is no longer selected, and
        # another goal that took its row is not selected in its place.
        self.view.selectionModel().clear()
        row = next((n for n, r in enumerate(rows) if r.id == current_id), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, current.column()))

    def _fit_columns(self) -> None:
        """Few columns share the width; many keep a readable minimum and scroll."""
        if self.zoom is None:
            return
        count = max(1, self.model.columnCount())
        bar = self.view.verticalScrollBar()
        width = self.view.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        room = (width - 1) // count
        self.view.horizontalHeader().setDefaultSectionSize(
            max(WIDTHS[self.zoom], min(220, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After the view has its new size; not at all once the page is gone.
        QTimer.singleShot(0, self, self._fit_columns)

    @staticmethod
    def visible_rows(rows: list[TimelineRow], keep: set[str] | None) -> list[TimelineRow]:
        if keep is None:
            return rows
        out: list[TimelineRow] = []
        theme: TimelineRow | None = None
        for row in rows:
            if row.kind == "theme":
                theme = row
            elif row.id in keep:
                if theme is not None:
                    out.append(theme)
                    theme = None
                out.append(row)
        return out

    def set_zoom(self, zoom: str) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self.refresh()
            self.scroll_to_today()

    def step_zoom(self, step: int) -> None:
        if self.zoom is not None:
            self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, ZOOMS.index(self.zoom) + step))])

    def scroll_to_today(self) -> None:
        column = self.model.today_column
        if column is None or not self.model.rowCount():
            return
        header = self.view.horizontalHeader()
        if header.sectionViewportPosition(column) + header.sectionSize(column) \
                > self.view.viewport().width() or header.sectionViewportPosition(column) < 0:
            self.view.scrollTo(self.model.index(self.view.rowAt(0) if self.view.rowAt(0) >= 0
                                                else 0, column),
                               self.view.ScrollHint.PositionAtCenter)

    # ----- edits -----------------------------------------------------------------------------
    def _goal_at(self, row: int) -> TimelineRow | None:
        item = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        return item if item is not None and item.kind == "goal" else None

    def toggle_mark(self, row: int, column: int) -> None:
        goal = self._goal_at(row)
        if goal is None or self.zoom is None:
            return
        col = self.model.columns[column]
        store = self.ctx.store
        marked = col.year in goal.mark_years
        label = self.tr("Jaar vrijgegeven") if marked else self.tr("Jaar gemarkeerd")
        run_edit(self.ctx, self, label, lambda: milestones.capture_marks(store, goal.id),
                 lambda: milestones.toggle_year_mark(store, goal.id, col.year, col.and_later),
                 what=ChangeKind.MILESTONES)

    def add_milestone(self, row: int, column: int) -> None:
        goal = self._goal_at(row)
        if goal is None or self.zoom is None:
            return
        dialog = MilestoneDialog(None, period_for(self.model.columns[column], self.zoom), self)
        self._place(dialog, row, column)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Mijlpaal toegevoegd"),
                 lambda: capture_rows(store, "milestone", []),
                 lambda: self._create(goal.id, dialog), what=ChangeKind.MILESTONES,
                 capture_new=lambda new_id: milestones.capture_milestone(store, new_id))

    def _create(self, goal_id: str, dialog: MilestoneDialog) -> str:
        store = self.ctx.store
        new_id = milestones.add_milestone(store, goal_id, dialog.title.text(), dialog.period(),
                                          str(dialog.status.currentData()))
        start = dialog.start_date()
        notes = dialog.notes.text()
        if start is not None or notes:
            milestones.update_milestone(store, new_id, title=dialog.title.text(),
                                        status=str(dialog.status.currentData()),
                                        period=dialog.period(), start_date=start, notes=notes)
        return new_id

    def _place(self, dialog: QDialog, row: int, column: int) -> None:
        """Open the editor at the cell, as if it were edited in place."""
        rect = self.view.visualRect(self.model.index(row, column))
        dialog.move(self.view.viewport().mapToGlobal(rect.bottomLeft()))

    def edit_milestone(self, milestone_id: str) -> None:
        if self.zoom is None:
            return
        store = self.ctx.store
        info = milestones.get_milestone(store, milestone_id)
        dialog = MilestoneDialog(info, info.period, self)
        current = self.view.currentIndex()
        if current.isValid():
            self._place(dialog, current.row(), current.column())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mine = {"title": dialog.title.text(), "status": str(dialog.status.currentData()),
                "period": dialog.period(), "start_date": dialog.start_date(),
                "notes": dialog.notes.text()}
        try:
            now = milestones.get_milestone(store, milestone_id)
        except StoreError as exc:  # deleted by someone else meanwhile
            QMessageBox.warning(self, self.tr("Mijlpaal gewijzigd"), error_text(exc))
            return
        final = settle_fields(
            self, self._milestone_fields(info), self._milestone_fields(now), mine,
            labels={"title": self.tr("de titel"), "status": self.tr("de status"),
                    "period": self.tr("de planning"), "start_date": self.tr("het begin"),
                    "notes": self.tr("de toelichting")},
            texts={"title", "notes"}, who=now.changed_by, describe=self._describe_field)
        run_edit(self.ctx, self, self.tr("Mijlpaal gewijzigd"),
                 lambda: milestones.capture_milestone(store, milestone_id),
                 lambda: milestones.update_milestone(
                     store, milestone_id, title=final["title"], status=final["status"],
                     period=final["period"], start_date=final["start_date"],
                     done_on=now.done_on, notes=final["notes"] or ""),
                 what=ChangeKind.MILESTONES)

    @staticmethod
    def _milestone_fields(info: milestones.MilestoneInfo) -> dict[str, object]:
        return {"title": info.title, "status": info.status, "period": info.period,
                "start_date": info.start_date, "notes": info.notes or ""}

    def _describe_field(self, name: str, value: object) -> str:
        if isinstance(value, Period):
            return milestone_period(value.precision, value.year, value.quarter, value.month,
                                    value.due_date.isoformat() if value.due_date else None)
        if isinstance(value, date):
            return short_date(value)
        if name == "status" and isinstance(value, str):
            return self.tr(value)
        return "" if value is None else str(value)

    def move_milestone(self, milestone_id: str, column: int) -> None:
        if self.zoom is None:
            return
        store = self.ctx.store
        info = milestones.get_milestone(store, milestone_id)
        period = period_for(self.model.columns[column], self.zoom, info.period)
        run_edit(self.ctx, self, self.tr("Mijlpaal verplaatst"),
                 lambda: milestones.capture_milestone(store, milestone_id),
                 lambda: milestones.move_milestone(store, milestone_id, period),
                 what=ChangeKind.MILESTONES)

    def delete_milestones(self, ids: list[str]) -> None:
        store = self.ctx.store
        label = self.tr("Mijlpaal verwijderd") if len(ids) == 1 else self.tr(
            "Mijlpalen verwijderd")
        run_edit(self.ctx, self, label, lambda: capture_rows(store, "milestone", ids),
                 lambda: milestones.delete_milestones(store, ids), what=ChangeKind.MILESTONES)

    def cell_index(self, goal_id: str, on: date) -> QModelIndex:
        """The cell of a goal in which a day falls (for tests and keyboard navigation)."""
        from zorgdesk.services.timeline.queries import column_of

        self._complete()  # a goal below the first screens is a row once the rest is read
        row = next((n for n, r in enumerate(self.model.rows) if r.id == goal_id), None)
        column = column_of(self.model.columns, on)
        if row is None or column is None:
            return QModelIndex()
        return self.model.index(row, column)
