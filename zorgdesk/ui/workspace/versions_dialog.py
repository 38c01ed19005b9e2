"""Werkruimte › Vastgestelde versies…: adopt the work agenda as it is now, and see (and print)
what changed since an adopted version, the adopted and the current text side by side."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk import settings
from zorgdesk.services.meetings.document_names import document_name
from zorgdesk.services.workspace import versions
from zorgdesk.store import StoreError
from zorgdesk.ui.kit import edits
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.error_text import error_text

KIND_LABELS = {"toegevoegd": QT_TRANSLATE_NOOP("VersionsDialog", "nieuw"),
               "gewijzigd": QT_TRANSLATE_NOOP("VersionsDialog", "gewijzigd"),
               "verwijderd": QT_TRANSLATE_NOOP("VersionsDialog", "vervallen")}
# The Dutch names the comparison gives its sections and fields, shown through self.tr().
_NAMES = (
    QT_TRANSLATE_NOOP("VersionsDialog", "Doelen"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Mijlpalen"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Rollen van partners"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Financiering"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Code"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Titel"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Tekst"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Thema"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Valt onder"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Streefjaar"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Omschrijving"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Doelstelling"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Scope"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Budget en capaciteit"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Planning"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Gereed"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Status"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Doel"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Rol"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Bedrag"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Jaar"),
)


class AdoptVersionDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versie vaststellen"))
        text = QLabel(self.tr("Legt de werkagenda vast zoals die nu is, bijvoorbeeld na "
                              "vaststelling door de bestuurders. Later ziet u precies wat er "
                              "sindsdien veranderde, en kunt u de werkagenda afdrukken zoals "
                              "die is vastgesteld."))
        text.setWordWrap(True)
        self.name = QLineEdit(self.tr("Werkagenda %1").replace("%1", str(date.today().year)))
        self.name.setAccessibleName(self.tr("Naam van de versie"))
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("bijvoorbeeld de BST"))
        self.by.setAccessibleName(self.tr("Vastgesteld door"))
        self.on = DateField(date.today(), name=self.tr("Datum van vaststelling"))
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("Vastgesteld &door"), self.by)
        form.addRow(self.tr("&Op"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self._check))
        self.setMinimumWidth(440)

    def _check(self) -> None:
        if dates_ok(self.on):
            self.accept()

    def values(self) -> tuple[str, str, date]:
        return self.name.text(), self.by.text(), self.on.date() or date.today()


class VersionsDialog(QDialog):
    """The adopted versions and what changed since the chosen one."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Vastgestelde versies"))
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Vastgestelde versie"))
        self.version.currentIndexChanged.connect(lambda *_: self.show_changes())
        self.adopt_button = QPushButton(self.tr("Nu vaststellen…"))
        self.adopt_button.setAccessibleName(self.tr("Versie vaststellen"))
        self.adopt_button.clicked.connect(lambda *_: self.adopt())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wijzigingen sinds")))
        top.addWidget(self.version, 1)
        top.addWidget(self.adopt_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("versionChanges")
        self.tree.setAccessibleName(self.tr("Wijzigingen sinds de vastgestelde versie"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Wat"), self.tr("Wijziging"), self.tr("Vastgesteld"),
                                   self.tr("Nu")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Als PDF opslaan…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAccessibleName(self.tr("Wijzigingen als PDF opslaan"))
        self.print_button.clicked.connect(lambda *_: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.fill_versions()

    def fill_versions(self, select: str | None = None) -> None:
        self.version.blockSignals(True)
        self.version.clear()
        for info in versions.list_versions(self.ctx.store):
            self.version.addItem(info.label(), info.id)
            if info.id == select:
                self.version.setCurrentIndex(self.version.count() - 1)
        self.version.blockSignals(False)
        self.show_changes()

    def chosen(self) -> str | None:
        value = self.version.currentData()
        return str(value) if value else None

    def show_changes(self) -> None:
        self.tree.clear()
        version_id = self.chosen()
        self.print_button.setEnabled(version_id is not None)
        if version_id is None:
            self.summary.setText(self.tr("Er is nog geen vastgestelde versie. Met 'Nu "
                                         "vaststellen…' legt u de werkagenda van vandaag vast."))
            return
        report = versions.changes_since(self.ctx.store, version_id)
        self.summary.setText(
            self.tr("1 wijziging sinds deze versie.") if report.total == 1 else
            self.tr("%1 wijzigingen sinds deze versie.").replace("%1", str(report.total)))
        for section in report.sections:
            top = QTreeWidgetItem([f"{self.tr(section.title)} ({len(section.changes)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for change in section.changes:
                kind = self.tr(str(KIND_LABELS[change.kind]))
                if change.kind == "gewijzigd":
                    item = QTreeWidgetItem([change.label, kind, "", ""])
                    for diff in change.fields:
                        item.addChild(QTreeWidgetItem(
                            ["", self.tr(diff.field).lower(), diff.old, diff.new]))
                else:
                    old, new = ("", change.label) if change.kind == "toegevoegd" else (
                        change.label, "")
                    item = QTreeWidgetItem([change.label, kind, old, new])
                top.addChild(item)
            top.setExpanded(True)
        every = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        for item in self.tree.findItems("", every):
            for column in range(4):
                item.setToolTip(column, item.text(column))  # long titles are elided
        self.tree.expandAll()

    def adopt(self, values: tuple[str, str, date] | None = None) -> str | None:
        if values is None:
            dialog = AdoptVersionDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        name, by, on = values
        store = self.ctx.store
        made = edits.run_edit(self.ctx, self, self.tr("Versie vastgesteld"),
                              lambda: versions.capture_versions(store),
                              lambda: versions.adopt_version(store, name, by, on),
                              what=ChangeKind.VERSIONS)
        if made is not None:
            self.fill_versions(select=made)
        return made

    def save_pdf(self, target: Path | None = None) -> Path | None:
        from zorgdesk.reports import ReportOptions, build_report

        version_id = self.chosen()
        if version_id is None:
            return None
        if target is None:
            owner = self.version.currentText().split(",")[0]
            suggested = str(Path.home() / document_name(owner, date.today(), "changes",
                                                        lang=settings.language()))
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Wijzigingen opslaan"), suggested, self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_report("changes", self.ctx.store, target,
                                ReportOptions(version=version_id,
                                              language=settings.language()))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Wijzigingen opslaan"), error_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
