"""Werkruimte › Samenvoegen met…: what a colleague's copy brings, and the conflicts to decide.

Shown after a dry run of the merge (nothing changed yet): how many changes merge by
themselves, which decision numbers or codes will be renumbered, and per conflict the record,
the field, my value and theirs, side by side. Every choice can be made from the keyboard:
arrows move through the conflicts, M takes mine, H theirs, B both (text only); the buttons
decide all at once; Enter merges, Esc changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.sync.review import ConflictLine
from zorgdesk.store.merge import Choice, MergeResult

translate = QCoreApplication.translate
CHOICE_KEYS = {Qt.Key.Key_M: "mine", Qt.Key.Key_H: "theirs", Qt.Key.Key_B: "both"}


class MergeDialog(QDialog):
    def __init__(self, name: str, preview: MergeResult, lines: list[ConflictLine],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Samenvoegen met %1").replace("%1", name))
        self.resize(860, 480)
        self.lines = lines
        self.choices: dict[str, Choice] = {line.ident: "mine" for line in lines}
        layout = QVBoxLayout(self)
        count = len(preview.merged)
        summary = (self.tr("Uit %1 gaat 1 wijziging vanzelf samen.") if count == 1 else
                   self.tr("Uit %1 gaan %2 wijzigingen vanzelf samen.")).replace(
            "%1", name).replace("%2", str(count))
        if lines:
            summary += " " + (
                self.tr("Bij 1 onderdeel is aan beide kanten iets anders gewijzigd")
                if len(lines) == 1 else
                self.tr("Bij %1 onderdelen is aan beide kanten iets anders gewijzigd")
            ).replace("%1", str(len(lines))) + self.tr(
                ": kies per regel welke versie blijft (M mijn versie, H hun versie, B beide).")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        for message in preview.renumbered:
            note = QLabel("• " + message)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.table = QTableWidget(len(lines), 5)
        self.table.setAccessibleName(self.tr("Conflicten"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Onderdeel"), self.tr("Veld"), self.tr("Mijn versie"), self.tr("Hun versie"),
            self.tr("Blijft")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((220, 100, 200, 200, 100)):
            self.table.setColumnWidth(column, width)
        for column in (2, 3):  # the two versions share what room there is: no side scrolling
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(lines):
            kind = translate("MergeReview", line.kind)
            cells = (f"{kind}: {line.record}", translate("MergeReview", line.field),
                     translate("MergeReview", line.mine), translate("MergeReview", line.theirs),
                     "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self._show_choice(row)
        if len(lines) <= 200:  # a handful of conflicts: the whole text shows; many: one line
            self.table.resizeRowsToContents()  # each, the full text in the tooltip
        self.table.installEventFilter(self)
        self.table.setVisible(bool(lines))
        layout.addWidget(self.table, 1)
        all_row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Alles &mijn versie"))
        self.all_theirs = QPushButton(self.tr("Alles &hun versie"))
        for button, choice in ((self.all_mine, "mine"), (self.all_theirs, "theirs")):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self.choose_all(c))
            button.setVisible(bool(lines))
            all_row.addWidget(button)
        all_row.addStretch(1)
        layout.addLayout(all_row)
        note = QLabel(self.tr("Vóór het samenvoegen maakt ZorgDesk een gecontroleerde "
                              "reservekopie; het samenvoegen is één stap die u ongedaan kunt "
                              "maken."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Samenvoegen"))
        ok.setAccessibleName(self.tr("Samenvoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ok.setDefault(True)
        if lines:
            self.table.setFocus()
            self.table.selectRow(0)

    def _label(self, choice: Choice) -> str:
        return {"mine": self.tr("mijn versie"), "theirs": self.tr("hun versie"),
                "both": self.tr("beide")}[choice]

    def _show_choice(self, row: int) -> None:
        choice = self.choices[self.lines[row].ident]
        item = self.table.item(row, 4)
        if item is not None:
            item.setText(self._label(choice))
        for column, side in ((2, "mine"), (3, "theirs")):
            cell = self.table.item(row, column)
            if cell is not None:
                font = cell.font()
                font.setBold(choice in (side, "both"))
                cell.setFont(font)

    def choose(self, row: int, choice: Choice) -> None:
        line = self.lines[row]
        if choice == "both" and not line.text:
            return  # only text can hold both
        self.choices[line.ident] = choice
        self._show_choice(row)

    def choose_all(self, choice: Choice) -> None:
        for row in range(len(self.lines)):
            self.choose(row, choice)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            choice = CHOICE_KEYS.get(Qt.Key(event.key()))
            if choice is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                row = self.table.currentRow()
                if row >= 0:
                    self.choose(row, choice)  # type: ignore[arg-type]
                    if row + 1 < len(self.lines):
                        self.table.selectRow(row + 1)
                return True
        return super().eventFilter(watched, event)

    def resolve(self) -> dict[str, Choice]:
        return dict(self.choices)
