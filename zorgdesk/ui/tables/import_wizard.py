"""The import wizard: choose a file, see the sheet, map the columns, preview, then write.

Nothing is written before the last page: the preview is a plan (`tables.import_.make_plan`)
that lists every problem of the file by sheet and cell, or what will be added and changed.
Finishing makes a backup and then runs the plan as one undoable step.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from zorgdesk.store import StoreError
from zorgdesk.tables.mapping import (
    FIELDS,
    Mapping,
    choose_sheet,
    guess_mapping,
    header_hits,
    milestone_sheet,
)
from zorgdesk.tables.plan import Change, ImportPlan
from zorgdesk.tables.readers import Sheet, cell_address
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text, phrase_text
from zorgdesk.ui.tables.sheet_model import SheetModel

Index = QModelIndex | QPersistentModelIndex
# What an import of each kind changed: goals come with their milestones, roles and lights.
NOTIFY = {"goals": ChangeKind.WORKSPACE, "organisations": ChangeKind.PARTNERS,
          "people": ChangeKind.PARTNERS, "roles": ChangeKind.PARTNERS,
          "actions": ChangeKind.MEETINGS}


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a large sheet is read or planned (seconds for 12,000 rows)."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StoreError", text)


class ImportWizard(QWizard):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None,
                 kind: str = "goals") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tableImportWizard")
        self.setWindowTitle(self.tr("Importeren uit Excel of CSV"))
        self.setAccessibleName(self.tr("Importeren uit Excel of CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Inlezen"))
        self.resize(980, 640)
        self.sheets: list[Sheet] = []
        self.source: Path | None = None
        self.plan: ImportPlan | None = None
        self.source_page = SourcePage(self, kind)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.source_page, self.mapping_page, self.preview_page):
            self.addPage(page)

    @property
    def kind(self) -> str:
        return str(self.source_page.kind.currentData())

    def accept(self) -> None:
        if self.plan is not None and self.plan.steps and not self.write(self.plan):
            return
        super().accept()

    def write(self, plan: ImportPlan) -> bool:
        """Backup, then the plan as one undoable step; False (and a message) when refused."""
        from zorgdesk.store.backup import make_backup
        from zorgdesk.tables.plan import apply_plan, capture_tables
        from zorgdesk.ui.kit.edits import run_edit

        store = self.ctx.store
        try:
            with busy():
                make_backup(store.path, "voor-import")
        except StoreError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return False
        label = self.tr("Import uit {name}: {added} nieuw, {changed} gewijzigd").format(
            name=plan.source, added=plan.added, changed=plan.changed)
        done = run_edit(self.ctx, self, label, lambda: capture_tables(store, plan.tables),
                        lambda: apply_plan(store, plan) or True, what=NOTIFY[plan.kind])
        return done is not None


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Wat leest u in, en uit welk bestand?"))
        self.setSubTitle(self.tr(
            "Een Excel-werkmap (.xlsx) of een CSV-bestand (met ; of , gescheiden). Rijen die "
            "al bestaan (zelfde id, anders zelfde code of naam) worden bijgewerkt, niet "
            "verdubbeld."))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort lijst"))
        for key, label in (("goals", self.tr("Doelen (met mijlpalen)")),
                           ("organisations", self.tr("Organisaties")),
                           ("people", self.tr("Personen")),
                           ("actions", self.tr("Actiepunten")),
                           ("roles", self.tr("Rollen van partners"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("Bestand"))
        self.path.setPlaceholderText(self.tr("Kies een .xlsx- of .csv-bestand"))
        self.path.textChanged.connect(lambda *_: self.completeChanged.emit())
        browse = QPushButton(self.tr("Bladeren…"))
        browse.setAccessibleName(self.tr("Bestand kiezen"))
        browse.clicked.connect(self._browse)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._show_hint)
        self._show_hint()
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Soort lijst:"), self.kind)
        file_label = QLabel(self.tr("&Bestand:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow("", self.hint)
        form.addRow(self.error)

    def _show_hint(self, *_args: object) -> None:
        """Which headers are recognised (the Dutch headers of the file, as written there)."""
        kind = str(self.kind.currentData())
        names = [" / ".join(alias[:1].upper() + alias[1:] for alias in field.aliases[:3])
                 for field in FIELDS[kind] if field.key != "id"]
        text = self.tr("Herkende kolomkoppen: {names}. Andere kolommen kiest u op de volgende "
                       "pagina.").format(names=", ".join(names))
        if kind == "goals":
            text += " " + self.tr("Een blad 'Mijlpalen' in dezelfde werkmap komt mee.")
        self.hint.setText(text)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bestand kiezen"), self.path.text(),
            self.tr("Excel of CSV (*.xlsx *.xlsm *.csv *.txt)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        from zorgdesk.tables.readers import read_file

        path = Path(self.path.text().strip())
        self.error.clear()
        try:
            with busy():
                sheets = read_file(path)
        except StoreError as exc:
            self.error.setText(error_text(exc))
            return False
        except OSError as exc:
            self.error.setText(self.tr("{name} kan niet worden gelezen: {reason}").format(
                name=path.name, reason=exc.strerror or exc))
            return False
        if not any(sheet.rows for sheet in sheets):
            self.error.setText(self.tr("{name} is leeg.").format(name=path.name))
            return False
        self.owner.sheets = sheets
        self.owner.source = path
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Welke kolom is wat?"))
        self.setSubTitle(self.tr(
            "Herkende kolommen zijn al gekozen. Kolommen op '(niet inlezen)' blijven "
            "ongemoeid; een lege cel in een gekozen kolom maakt het veld leeg."))
        self.model = SheetModel(self)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Blad"))
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        self.header_row = QSpinBox()
        self.header_row.setAccessibleName(self.tr("Rij met kolomkoppen"))
        self.header_row.setMinimum(1)
        self.header_row.setMaximumWidth(100)
        self.header_row.valueChanged.connect(self._header_moved)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("sheetView")
        self.view.setAccessibleName(self.tr("Inhoud van het blad"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        self.fields_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        fields_box = QWidget()
        fields_box.setLayout(self.fields_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields_box)
        scroll.setMinimumWidth(300)
        top = QFormLayout()
        top.addRow(self.tr("B&lad:"), self.sheet)
        top.addRow(self.tr("&Kolomkoppen in rij:"), self.header_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.note)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._filling = False

    def initializePage(self) -> None:
        self._filling = True
        self.sheet.clear()
        for sheet in self.owner.sheets:
            self.sheet.addItem(sheet.name)
        chosen = choose_sheet(self.owner.sheets, self.owner.kind)
        self.sheet.setCurrentIndex(self.owner.sheets.index(chosen))
        self.sheet.setEnabled(len(self.owner.sheets) > 1)
        self._filling = False
        self._sheet_chosen()

    def current_sheet(self) -> Sheet:
        return self.owner.sheets[max(0, self.sheet.currentIndex())]

    def _sheet_chosen(self, *_args: object) -> None:
        if self._filling or not self.owner.sheets:
            return
        sheet = self.current_sheet()
        mapping = guess_mapping(sheet, self.owner.kind)
        self._filling = True
        self.header_row.setMaximum(max(1, len(sheet.rows)))
        self.header_row.setValue(mapping.header_row + 1)
        self._filling = False
        self._show(sheet, mapping)

    def _header_moved(self, *_args: object) -> None:
        if self._filling or not self.owner.sheets:
            return
        sheet = self.current_sheet()
        row = self.header_row.value() - 1
        self._show(sheet, Mapping(row, header_hits(sheet.value_row(row), self.owner.kind)))

    def _show(self, sheet: Sheet, mapping: Mapping) -> None:
        self.model.set_sheet(sheet, mapping.header_row)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.combos = {}
        headers = [sheet.value(mapping.header_row, c) for c in range(sheet.width)]
        for field in FIELDS[self.owner.kind]:
            combo = QComboBox()
            label = _tr(field.label.template)
            combo.setAccessibleName(self.tr("Kolom voor {field}").format(field=label))
            combo.addItem(self.tr("(niet inlezen)"), -1)
            for column, header in enumerate(headers):
                letter = cell_address(0, column)[:-1]
                combo.addItem(f"{letter}: {header}" if header not in (None, "") else letter,
                              column)
            combo.setCurrentIndex(combo.findData(mapping.columns.get(field.key, -1)))
            self.combos[field.key] = combo
            self.fields_form.addRow(label[:1].upper() + label[1:] + ":", combo)
        extra = milestone_sheet(self.owner.sheets, sheet) if self.owner.kind == "goals" \
            else None
        self.note.setText(self.tr("Het blad {sheet} wordt meegelezen als mijlpalen van deze "
                                  "doelen.").format(sheet=extra.name) if extra else "")

    def mapping(self) -> Mapping:
        columns = {key: int(combo.currentData()) for key, combo in self.combos.items()
                   if int(combo.currentData()) >= 0}
        return Mapping(self.header_row.value() - 1, columns)

    def validatePage(self) -> bool:
        from zorgdesk.tables.import_ import make_plan

        source = self.owner.source.name if self.owner.source else ""
        try:
            with busy():
                self.owner.plan = make_plan(self.owner.ctx.store, self.owner.sheets,
                                            self.owner.kind, sheet=self.current_sheet(),
                                            mapping=self.mapping(), source=source)
        except StoreError as exc:
            QMessageBox.warning(self, self.owner.windowTitle(), error_text(exc))
            return False
        return True


class ChangesModel(QAbstractTableModel):
    """The preview: one row per record that will be added or changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.changes: list[Change] = []

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self.changes = changes
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Wat"), self.tr("Soort"), self.tr("Rij"), self.tr("Naam"),
                self.tr("Gewijzigd"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        change = self.changes[index.row()]
        column = index.column()
        if column == 0:
            return self.tr("nieuw") if change.added else self.tr("gewijzigd")
        if column == 1:
            return _tr(change.what)
        if column == 2:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Blad {sheet}, rij {row}").format(sheet=change.sheet,
                                                                  row=change.row)
            return str(change.row)
        if column == 3:
            return change.name
        return ", ".join(_tr(f) for f in change.fields)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Wat verandert er?"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problemen in het bestand"))
        self.problems.setStyleSheet("color: #b00020;")
        self.model = ChangesModel(self)
        self.view = QTableView()
        self.view.setObjectName("importChanges")
        self.view.setAccessibleName(self.tr("Wat wordt toegevoegd en gewijzigd"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        self.view.verticalHeader().setDefaultSectionSize(24)
        for column, width in ((0, 90), (1, 100), (2, 60), (4, 220)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.problems.clear()
        bad = bool(plan.problems)
        self.problems.setVisible(bad)
        self.view.setVisible(not bad)
        if bad:
            self.setSubTitle(self.tr("Eerst verbeteren: zolang er een probleem is, wordt er "
                                     "niets ingelezen."))
            self.summary.setText(self.tr(
                "Problemen in {name}: {count}. Verbeter ze in het bestand en lees het daarna "
                "opnieuw in (Vorige).").format(count=len(plan.problems), name=plan.source))
            for problem in plan.problems:
                self.problems.addItem(phrase_text(problem.phrase))
        else:
            self.setSubTitle(self.tr("Pas bij Inlezen wordt er iets geschreven, na een "
                                     "reservekopie; Bewerken › Ongedaan maken zet alles in "
                                     "één stap terug."))
            unchanged = plan.rows_read - plan.added - plan.changed
            self.summary.setText(self.tr(
                "{added} nieuw, {changed} gewijzigd, {same} ongewijzigd.").format(
                    added=plan.added, changed=plan.changed, same=unchanged))
        self.model.set_changes([] if bad else plan.changes)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None and not self.owner.plan.problems
