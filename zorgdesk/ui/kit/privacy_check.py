"""The privacy check before a public version is saved: every string in the text to be printed
that looks like a person's name, and what to do with it. The list is made by
zorgdesk.services.privacy; this dialog only asks, the caller acts (privacy_flow)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.privacy import Candidate, natural_replacement, strip_titles


class Action(Enum):
    REPLACE = "replace"
    KEEP = "keep"
    REGISTER = "register"


@dataclass(slots=True)
class Decision:
    name: str
    action: Action
    replacement: str
    function: str = ""
    organisation_id: str | None = None

    @property
    def person_name(self) -> str:
        """The name a registered person gets: without "mevrouw" or "drs."."""
        return strip_titles(self.name)[0]


@dataclass(frozen=True, slots=True)
class OrganisationChoice:
    id: str
    label: str  # as the combo box shows it
    short: str  # as the replacement text names it
    kind: str | None


COL_NAME, COL_WHERE, COL_CHOICE, COL_REPLACEMENT = range(4)


class PrivacyCheckDialog(QDialog):
    """One row per possible name; the choice for the selected row is made below the list."""

    def __init__(self, candidates: list[Candidate], suggestions: dict[str, str],
                 organisations: list[OrganisationChoice], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacycontrole publieksversie"))
        self.candidates = candidates
        self._organisations = {o.id: o for o in organisations}
        self._rows = [
            Decision(c.name,
                     Action.REPLACE if (c.likely or c.known) else Action.KEEP,
                     suggestions.get(c.known or c.name, "een betrokkene"))
            for c in candidates
        ]

        intro = QLabel(self.tr(
            "Deze woorden in de publieksversie lijken namen van personen. Kies per naam of "
            "die wordt vervangen door een functie, blijft staan, of als persoon wordt "
            "geregistreerd (dan wordt de naam voortaan in elke publieksversie vervangen). "
            "Namen die u laat staan, komen in het openbare document."))
        intro.setWordWrap(True)

        self.table = QTableWidget(len(candidates), 4)
        self.table.setAccessibleName(self.tr("Mogelijke namen in de publieksversie"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Naam"), self.tr("Gevonden in"), self.tr("Keuze"), self.tr("Wordt")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the choice below
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CHOICE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REPLACEMENT, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        header.resizeSection(COL_NAME, metrics.horizontalAdvance("M") * 13)
        header.resizeSection(COL_CHOICE, metrics.horizontalAdvance("M") * 8)
        header.resizeSection(COL_REPLACEMENT, metrics.horizontalAdvance("M") * 20)
        for row, candidate in enumerate(candidates):
            name = QTableWidgetItem(candidate.name)
            if not candidate.likely:
                name.setToolTip(self.tr("Misschien geen naam: alleen de vorm lijkt erop."))
            where = QTableWidgetItem(f"\u2026{candidate.example}\u2026")
            where.setToolTip(candidate.example)
            self.table.setItem(row, COL_NAME, name)
            self.table.setItem(row, COL_WHERE, where)
            self.table.setItem(row, COL_CHOICE, QTableWidgetItem())
            self.table.setItem(row, COL_REPLACEMENT, QTableWidgetItem())
            self._show_row(row)

        self.choice_box = QGroupBox()
        self.replace_radio = QRadioButton(self.tr("&Vervangen door functie"))
        self.replace_radio.setAccessibleName(self.tr("Vervangen door functie"))
        self.keep_radio = QRadioButton(self.tr("&Laten staan"))
        self.keep_radio.setAccessibleName(self.tr("Laten staan"))
        self.register_radio = QRadioButton(self.tr("Persoon &registreren"))
        self.register_radio.setAccessibleName(self.tr("Persoon registreren"))
        self._group = QButtonGroup(self)
        for button, action in ((self.replace_radio, Action.REPLACE),
                               (self.keep_radio, Action.KEEP),
                               (self.register_radio, Action.REGISTER)):
            self._group.addButton(button)
            button.toggled.connect(lambda on, a=action: self._set_action(a) if on else None)
        self.replacement_edit = QLineEdit()
        self.replacement_edit.setAccessibleName(self.tr("Vervangen door"))
        self.replacement_edit.setPlaceholderText(self.tr("bijvoorbeeld: de wijkverpleegkundige"))
        self.replacement_edit.textEdited.connect(self._replacement_edited)
        self.function_edit = QLineEdit()
        self.function_edit.setAccessibleName(self.tr("Functie van de nieuwe persoon"))
        self.function_edit.setPlaceholderText(self.tr("bijvoorbeeld: regioadviseur"))
        self.function_edit.textEdited.connect(self._register_edited)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setAccessibleName(self.tr("Organisatie van de nieuwe persoon"))
        self.organisation_combo.addItem(self.tr("(geen)"), None)
        for org in organisations:
            self.organisation_combo.addItem(org.label, org.id)
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_combo.setMinimumContentsLength(20)
        self.organisation_combo.currentIndexChanged.connect(self._register_edited)

        radios = QHBoxLayout()
        for button in (self.replace_radio, self.keep_radio, self.register_radio):
            radios.addWidget(button)
        radios.addStretch(1)
        form = QFormLayout(self.choice_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(radios)
        self.replacement_label = QLabel(self.tr("Vervangen &door:"))
        self.replacement_label.setBuddy(self.replacement_edit)
        form.addRow(self.replacement_label, self.replacement_edit)
        self.function_label = QLabel(self.tr("&Functie:"))
        self.function_label.setBuddy(self.function_edit)
        form.addRow(self.function_label, self.function_edit)
        self.organisation_label = QLabel(self.tr("&Organisatie:"))
        self.organisation_label.setBuddy(self.organisation_combo)
        form.addRow(self.organisation_label, self.organisation_combo)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Publieksversie op&slaan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Publieksversie opslaan"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren, niets opslaan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        names_label = QLabel(self.tr("&Mogelijke namen (kies een regel, dan hieronder wat "
                                     "ermee gebeurt):"))
        names_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(names_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.choice_box)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.replace_radio)
        QWidget.setTabOrder(self.replace_radio, self.replacement_edit)
        QWidget.setTabOrder(self.replacement_edit, self.function_edit)
        QWidget.setTabOrder(self.function_edit, self.organisation_combo)

        self.table.currentCellChanged.connect(lambda row, *_: self._load(row))
        if candidates:
            self.table.setCurrentCell(0, COL_NAME)
            self._load(0)
        self.table.setFocus()
        screen = self.screen().availableGeometry() if self.screen() else None
        width = 980 if screen is None else min(980, screen.width() - 40)
        height = 560 if screen is None else min(560, screen.height() - 80)
        self.resize(width, height)

    # --- the rows ------------------------------------------------------------------------

    @property
    def current_row(self) -> int:
        return self.table.currentRow()

    def _show_row(self, row: int) -> None:
        decision = self._rows[row]
        labels = {Action.REPLACE: self.tr("vervangen"), Action.KEEP: self.tr("laten staan"),
                  Action.REGISTER: self.tr("registreren")}
        choice = self.table.item(row, COL_CHOICE)
        shown = self.table.item(row, COL_REPLACEMENT)
        assert choice is not None and shown is not None
        choice.setText(labels[decision.action])
        text = decision.name if decision.action is Action.KEEP else decision.replacement
        shown.setText(text)
        shown.setToolTip(text)

    def _load(self, row: int) -> None:
        """Show the choice of `row` below the list."""
        if not 0 <= row < len(self._rows):
            return
        decision = self._rows[row]
        self.choice_box.setTitle(self.tr("Keuze voor \u201c{0}\u201d").format(decision.name))
        can_register = self.candidates[row].known is None
        self.register_radio.setEnabled(can_register)
        radio = {Action.REPLACE: self.replace_radio, Action.KEEP: self.keep_radio,
                 Action.REGISTER: self.register_radio}[decision.action]
        radio.setChecked(True)
        self.replacement_edit.setText(decision.replacement)
        self.function_edit.setText(decision.function)
        index = self.organisation_combo.findData(decision.organisation_id)
        self.organisation_combo.setCurrentIndex(max(index, 0))
        self._enable(decision.action)

    def _enable(self, action: Action) -> None:
        self.replacement_edit.setEnabled(action is not Action.KEEP)
        self.replacement_edit.setReadOnly(action is Action.REGISTER)
        for widget in (self.function_edit, self.organisation_combo, self.function_label,
                       self.organisation_label):
            widget.setEnabled(action is Action.REGISTER)

    def _set_action(self, action: Action) -> None:
        row = self.current_row
        if not 0 <= row < len(self._rows):
            return
        self._rows[row].action = action
        if action is Action.REGISTER:
            self._register_edited()
        self._enable(action)
        self._show_row(row)

    def _replacement_edited(self, text: str) -> None:
        row = self.current_row
        if 0 <= row < len(self._rows):
            self._rows[row].replacement = text
            self._show_row(row)

    def _register_edited(self) -> None:
        """A new person's replacement is the one every later public version prints."""
        row = self.current_row
        if not 0 <= row < len(self._rows) or self._rows[row].action is not Action.REGISTER:
            return
        decision = self._rows[row]
        decision.function = self.function_edit.text().strip()
        decision.organisation_id = self.organisation_combo.currentData()
        org = self._organisations.get(decision.organisation_id or "")
        decision.replacement = natural_replacement(
            decision.function, org.short if org else None, org.kind if org else None)
        self.replacement_edit.setText(decision.replacement)
        self._show_row(row)

    # --- for the caller and tests -----------------------------------------------------------

    def choose(self, name: str, action: Action, text: str | None = None) -> None:
        """Choose for one name as a user would: select its row, tick, type. `text` is the
        replacement (replace) or the function (register)."""
        row = next(i for i, c in enumerate(self.candidates) if c.name == name)
        self.table.setCurrentCell(row, COL_NAME)
        {Action.REPLACE: self.replace_radio, Action.KEEP: self.keep_radio,
         Action.REGISTER: self.register_radio}[action].setChecked(True)
        if text is not None and action is Action.REPLACE:
            self.replacement_edit.setText(text)
            self._replacement_edited(text)
        elif text is not None and action is Action.REGISTER:
            self.function_edit.setText(text)
            self._register_edited()

    def decisions(self) -> list[Decision]:
        out: list[Decision] = []
        for d in self._rows:
            replacement = " ".join(d.replacement.split()) or "een betrokkene"
            out.append(Decision(d.name, d.action, replacement, d.function, d.organisation_id))
        return out

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the list moves on to the choice instead of saving unseen rows.
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
