"""The goal card as a form: every field of a goal, each change stored at once as one undo step.

Single-line fields are stored on Enter or when focus leaves them, texts when focus leaves them
(or when the user picks another goal). A reload after an edit leaves the field that has the
focus alone, so typing on in the next field is never interrupted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals import commands as goal_edit
from zorgdesk.services.goals.card import CARD_FIELDS, GoalCard, load_goal_card
from zorgdesk.ui.goals.rich_text import load_text, to_stored_text, toggle_bullets
from zorgdesk.ui.kit.conflict_dialog import resolve_conflict
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.formatting import date_time

LEVELS = ("ambitie", "strategisch", "operationeel", "project")
# For lupdate: the level names are translated where they are shown (self.tr(level)).
_NAMES = [QT_TRANSLATE_NOOP("GoalEditor", "ambitie"),
          QT_TRANSLATE_NOOP("GoalEditor", "strategisch"),
          QT_TRANSLATE_NOOP("GoalEditor", "operationeel"),
          QT_TRANSLATE_NOOP("GoalEditor", "project")]


class _FocusOut(QObject):
    """Calls `commit` when the watched editor loses the keyboard focus."""

    def __init__(self, commit: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


class GoalEditor(QScrollArea):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: str | None = None
        self.card: GoalCard | None = None
        self._shown: GoalCard | None = None  # the goal as last shown (see _settle_conflicts)
        self._committing = False  # storing what is typed: see commit_pending
        self.setObjectName("goalEditor")
        self.setWidgetResizable(True)
        # The form follows the card's width (fields shrink); it never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 12, 14, 12)

        self.path = QLabel()
        self.path.setObjectName("muted")
        self.path.setWordWrap(True)
        outer.addWidget(self.path)
        self.last_change = QLabel()
        self.last_change.setObjectName("muted")
        self.last_change.setWordWrap(True)
        outer.addWidget(self.last_change)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code = QLineEdit()
        self.code.setObjectName("goalCode")
        self.code.setAccessibleName(self.tr("Code van het doel"))
        self.code.setMaximumWidth(140)
        self.level = QComboBox()
        self.level.setObjectName("goalLevel")
        for level in LEVELS:
            self.level.addItem(self.tr(level), level)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(QLabel(self.tr("Niveau")))
        code_row.addWidget(self.level)
        code_row.addStretch(1)
        form.addRow(self.tr("Code"), code_row)
        self.title = QLineEdit()
        self.title.setObjectName("goalTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        form.addRow(self.tr("Titel"), self.title)

        self.target_year = QSpinBox()
        self.target_year.setObjectName("goalTargetYear")
        self.target_year.setAccessibleName(self.tr("Streefjaar"))
        self.target_year.setRange(1999, 2100)
        self.target_year.setSpecialValueText(self.tr("geen"))
        self.target_tbd = QCheckBox(self.tr("nader te bepalen"))
        self.target_tbd.setObjectName("goalTargetTbd")
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_year)
        target_row.addWidget(self.target_tbd)
        target_row.addStretch(1)
        form.addRow(self.tr("Streefjaar"), target_row)

        self.tags = QLineEdit()
        self.tags.setObjectName("goalTags")
        self.tags.setPlaceholderText(self.tr("bijvoorbeeld: Inwonersparticipatie, Digitalisering"))
        form.addRow(self.tr("Labels"), self.tags)
        outer.addLayout(form)

        outer.addWidget(QLabel(self.tr("Tekst")))
        buttons = QHBoxLayout()
        self.text = QTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setObjectName("goalText")
        self.text.setAccessibleName(self.tr("Tekst van het doel"))
        self.text.setAcceptRichText(False)
        self.text.setMinimumHeight(140)
        for label, tip, shortcut, act in (
                ("B", self.tr("Vet (Ctrl+B)"), "Ctrl+B", self._bold),
                ("I", self.tr("Cursief (Ctrl+I)"), "Ctrl+I", self._italic),
                ("•", self.tr("Opsomming"), "Ctrl+Shift+8", lambda: toggle_bullets(self.text))):
            action = QAction(label, self.text)
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(act)
            self.text.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the focus
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.text)

        self.card_box = QCheckBox(self.tr("Projectkaart"))
        self.card_box.setToolTip(self.tr("Omschrijving, doelstelling, scope, budget, planning, "
                                         "governance en naslag, zoals de projectkaarten van "
                                         "Noord-Limburg"))
        self.card_box.setObjectName("goalCardFields")
        self.card_fields = QWidget()
        card_form = QFormLayout(self.card_fields)
        card_form.setContentsMargins(0, 0, 0, 0)
        card_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.card_edits: dict[str, QPlainTextEdit] = {}
        for name in CARD_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setObjectName(f"goalField_{name}")
            edit.setFixedHeight(64)
            card_form.addRow(self._field_label(name), edit)
            self.card_edits[name] = edit
        self.card_box.toggled.connect(self._show_card_fields)
        outer.addWidget(self.card_box)
        outer.addWidget(self.card_fields)

        self.programmes = QListWidget()
        self.programmes.setObjectName("goalProgrammes")
        self.programmes.setAccessibleName(self.tr("Transformatieprogramma's van het doel"))
        self.programmes.setMaximumHeight(110)
        self.programme_label = QLabel(self.tr("Transformatieprogramma's"))
        outer.addWidget(self.programme_label)
        outer.addWidget(self.programmes)

        outer.addWidget(QLabel(self.tr("Partners en rollen (te wijzigen op de pagina Partners)")))
        self.roles = QLabel()
        self.roles.setObjectName("panel")
        self.roles.setWordWrap(True)
        self.roles.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.roles)

        outer.addWidget(QLabel(self.tr("Interne notitie (niet in de publieksversie)")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setObjectName("goalNotes")
        self.notes.setAccessibleName(self.tr("Interne notitie bij het doel"))
        self.notes.setFixedHeight(70)
        outer.addWidget(self.notes)
        outer.addStretch(1)

        self.code.editingFinished.connect(self._commit_code)
        self.title.editingFinished.connect(self._commit_title)
        self.level.activated.connect(self._commit_level)
        self.target_year.editingFinished.connect(self._commit_target)
        self.target_tbd.clicked.connect(self._commit_target)
        self.tags.editingFinished.connect(self._commit_tags)
        self.programmes.itemChanged.connect(self._commit_programmes)
        self._watch(self.text, self._commit_text)
        self._watch(self.notes, self._commit_notes)
        for name, edit in self.card_edits.items():
            self._watch(edit, partial(self._commit_card_field, name))
        ctx.aboutToClose.connect(self.commit_pending)
        self.setEnabled(False)

    def _field_label(self, name: str) -> str:
        return {
            "omschrijving": self.tr("Omschrijving"), "doelstelling": self.tr("Doelstelling"),
            "scope": self.tr("Scope"), "budget_capaciteit": self.tr("Budget en capaciteit"),
            "planning": self.tr("Planning"), "governance": self.tr("Governance"),
            "naslag": self.tr("Naslag"),
        }[name]

    def _watch(self, edit: QWidget, commit: Callable[[], None]) -> None:
        edit.installEventFilter(_FocusOut(commit, edit))

    # ----- loading ---------------------------------------------------------------------------
    def set_goal(self, goal_id: str | None, *, spare_focused: bool = True) -> None:
        """Show a goal; `spare_focused` leaves the field being typed in as it is."""
        if goal_id != self.goal_id:
            self.commit_pending()
        self.goal_id = goal_id
        self.card = None
        if goal_id is None:
            self.setEnabled(False)
            return
        try:
            card = load_goal_card(self.ctx.store, goal_id)
        except KeyError:
            self.goal_id = None
            self.setEnabled(False)
            return
        self.card = card
        self._shown = copy.deepcopy(card)  # what the user saw (see _settle_conflicts)
        if self._committing:
            return  # the fields still hold what is being stored; keep them as they are
        self.setEnabled(True)
        focus = self.focusWidget() if spare_focused and self.isAncestorOf(
            self.focusWidget()) else None
        where = " › ".join(p for p in (card.theme, card.parent) if p)
        self.path.setText(where)
        self.last_change.setText(self._last_change_text(card))

        def put(widget: QWidget, setter: Callable[[], None]) -> None:
            if widget is not focus:
                widget.blockSignals(True)
                setter()
                widget.blockSignals(False)

        put(self.code, lambda: self.code.setText(card.code or ""))
        put(self.title, partial(self._set_line, self.title, card.title))
        put(self.level, lambda: self.level.setCurrentIndex(max(0, self.level.findData(card.level))))
        put(self.target_year, lambda: self.target_year.setValue(card.target_year or 1999))
        put(self.target_tbd, lambda: self.target_tbd.setChecked(card.target_tbd))
        self.target_year.setEnabled(not card.target_tbd)
        put(self.tags, lambda: self.tags.setText(", ".join(card.tags)))
        put(self.text, lambda: load_text(self.text, card.text))
        put(self.notes, lambda: self.notes.setPlainText(card.internal_notes or ""))
        for name, edit in self.card_edits.items():
            put(edit, partial(edit.setPlainText, card.card_fields.get(name, "")))
        has_card = card.level == "project" or bool(card.card_fields)
        self.card_box.blockSignals(True)
        self.card_box.setChecked(has_card)
        self.card_box.blockSignals(False)
        self._show_card_fields(has_card)
        self._load_programmes(goal_id)
        completer = QCompleter(goal_edit.all_tag_names(self.ctx.store), self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.roles.setText(self._roles_html(card))

    def _last_change_text(self, card: GoalCard) -> str:
        if not card.changed_by or card.changed_at is None:
            return ""
        return (self.tr("Laatst gewijzigd door %1 op %2").replace("%1", card.changed_by)
                .replace("%2", date_time(card.changed_at)))

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        edit.setText(text)
        edit.setCursorPosition(0)  # a long title reads from its start

    def _load_programmes(self, goal_id: str) -> None:
        programmes = goal_edit.list_programmes(self.ctx.store)
        linked = goal_edit.goal_programme_ids(self.ctx.store, goal_id)
        self.programmes.blockSignals(True)
        self.programmes.clear()
        for programme_id, name in programmes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, programme_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if programme_id in linked
                               else Qt.CheckState.Unchecked)
            self.programmes.addItem(item)
        self.programmes.blockSignals(False)
        self.programmes.setVisible(bool(programmes))
        self.programme_label.setVisible(bool(programmes))

    def _roles_html(self, card: GoalCard) -> str:
        if not card.roles:
            return f"<span style='color:#6b7580'>{escape(self.tr('Nog geen partners.'))}</span>"
        return "<br>".join(
            f"<b>{escape(role)}</b>: {escape(who)}" + (f" ({escape(cap)})" if cap else "")
            for who, role, cap in card.roles)

    def _show_card_fields(self, shown: bool) -> None:
        self.card_fields.setVisible(shown)

    # ----- storing ---------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Store what is typed in a field that still has the focus (before another goal shows
        or the workspace closes); fields that were not changed store nothing."""
        if self.card is None or self._committing:
            return
        self._committing = True  # each commit refreshes the page, which must not reload fields
        try:
            self._commit_code()
            self._commit_title()
            self._commit_tags()
            self._commit_text()
            self._commit_notes()
            for name in CARD_FIELDS:
                self._commit_card_field(name)
        finally:
            self._committing = False

    def _update(self, label: str, **fields: Any) -> None:
        goal_id = self.goal_id
        if goal_id is None or self.card is None:
            return
        store = self.ctx.store
        if not self._settle_conflicts(goal_id, fields):
            self.set_goal(goal_id, spare_focused=False)  # theirs kept: show what is stored
            return
        done = run_edit(self.ctx, self, label,
                        lambda: goal_edit.capture_goal_rows(store, [goal_id]),
                        lambda: goal_edit.update_goal(store, goal_id, **fields),
                        what=ChangeKind.GOALS)
        if done is None and self.goal_id == goal_id:
            self.set_goal(goal_id, spare_focused=False)  # a refused value shows what is stored

    def _settle_conflicts(self, goal_id: str, fields: dict[str, Any]) -> bool:
        """A field someone else changed since it was shown: ask theirs, mine or both.

        Only the fields of this edit count; a colleague's change to another field of the same
        goal is no conflict. False: keep theirs, store nothing. `fields` gets the choice.
        """
        shown = self._shown
        if shown is None:
            return True
        try:
            stored = load_goal_card(self.ctx.store, goal_id)
        except KeyError:
            return True  # deleted meanwhile: the edit itself says so
        for name, mine in list(fields.items()):
            before, now = _field_value(shown, name), _field_value(stored, name)
            if now == before or now == _plain(mine):
                continue
            choice = resolve_conflict(
                self, self._conflict_label(name), now, _plain(mine), stored.changed_by,
                can_combine=name in TEXT_FIELDS)
            if choice is None:
                return False
            fields[name] = choice
        return True

    def _conflict_label(self, name: str) -> str:
        if name in CARD_FIELDS:
            return self.tr("het veld %1").replace("%1", self._field_label(name).lower())
        return {
            "code": self.tr("de code"), "title": self.tr("de titel"),
            "text": self.tr("de doeltekst"), "internal_notes": self.tr("de interne notitie"),
            "level": self.tr("het niveau"), "target_year": self.tr("het streefjaar"),
            "target_tbd": self.tr("het streefjaar"),
        }.get(name, name)

    def _commit_code(self) -> None:
        if self.card is not None and self.code.text().strip() != (self.card.code or ""):
            self._update(self.tr("Code gewijzigd"), code=self.code.text())

    def _commit_title(self) -> None:
        if self.card is not None and self.title.text().strip() != self.card.title:
            self._update(self.tr("Titel gewijzigd"), title=self.title.text())

    def _commit_level(self) -> None:
        if self.card is not None and self.level.currentData() != self.card.level:
            self._update(self.tr("Niveau gewijzigd"), level=self.level.currentData())

    def _commit_target(self) -> None:
        if self.card is None:
            return
        tbd = self.target_tbd.isChecked()
        year = None if tbd or self.target_year.value() == 1999 else self.target_year.value()
        self.target_year.setEnabled(not tbd)
        if (year, tbd) != (self.card.target_year, self.card.target_tbd):
            self._update(self.tr("Streefjaar gewijzigd"), target_year=year, target_tbd=tbd)

    def _commit_text(self) -> None:
        if self.card is None:
            return
        text = to_stored_text(self.text.document())
        if text != (self.card.text or "").strip():
            self.card.text = text
            self._update(self.tr("Doeltekst gewijzigd"), text=text)

    def _commit_notes(self) -> None:
        if self.card is None:
            return
        notes = self.notes.toPlainText().strip()
        if notes != (self.card.internal_notes or ""):
            self.card.internal_notes = notes
            self._update(self.tr("Interne notitie gewijzigd"), internal_notes=notes)

    def _commit_card_field(self, name: str) -> None:
        if self.card is None:
            return
        value = self.card_edits[name].toPlainText().strip()
        if value != (self.card.card_fields.get(name) or ""):
            self.card.card_fields[name] = value
            self._update(self.tr("Projectkaart gewijzigd: %1").replace(
                "%1", self._field_label(name).lower()), **{name: value})

    def _commit_tags(self) -> None:
        goal_id = self.goal_id
        if goal_id is None or self.card is None:
            return
        names = [n.strip() for n in self.tags.text().split(",") if n.strip()]
        if [n.lower() for n in names] == [n.lower() for n in self.card.tags]:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Labels gewijzigd"),
                 lambda: goal_edit.capture_tags(store, goal_id),
                 lambda: goal_edit.set_tags(store, goal_id, names), what=ChangeKind.GOALS)

    def _commit_programmes(self, _item: QListWidgetItem) -> None:
        goal_id = self.goal_id
        if goal_id is None:
            return
        chosen = [str(self.programmes.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.programmes.count())
                  if self.programmes.item(i).checkState() == Qt.CheckState.Checked]
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Programma's gewijzigd"),
                 lambda: goal_edit.capture_programmes(store, goal_id),
                 lambda: goal_edit.set_programmes(store, goal_id, chosen), what=ChangeKind.GOALS)

    def _bold(self) -> None:
        weight = QFont.Weight.Normal if self.text.fontWeight() >= 600 else QFont.Weight.Bold
        self.text.setFontWeight(weight)

    def _italic(self) -> None:
        self.text.setFontItalic(not self.text.fontItalic())


TEXT_FIELDS = frozenset({"title", "text", "internal_notes", *CARD_FIELDS})


def _plain(value: object) -> str:
    return "" if value is None else str(value).strip()


def _field_value(card: GoalCard, name: str) -> str:
    if name in CARD_FIELDS:
        return _plain(card.card_fields.get(name))
    return _plain(getattr(card, name, None))
