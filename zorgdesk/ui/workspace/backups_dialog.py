"""Werkruimte > Reservekopieën...: the backups of the open workspace, newest first, to make
one now or to restore one (the current state is first kept as a backup itself)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.store import StoreError
from zorgdesk.store.backup import BackupInfo, backup_folder_for, list_backups, make_backup
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.workspace.open_recovery import when


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class BackupsDialog(QDialog):
    """`reopen(path)` opens the workspace again after a restore (MainWindow.open_path)."""

    def __init__(self, ctx: WorkspaceContext, reopen: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reopen = reopen
        self.workspace = ctx.store.path
        self.backups: list[BackupInfo] = []
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Reservekopieën van %1").replace("%1", self.workspace.name))
        self.resize(640, 420)

        intro = QLabel(self.tr(
            "ZorgDesk maakt een reservekopie voor elke migratie, import en terugzetting, en elk "
            "half uur zolang er wijzigingen zijn. Ze worden een week lang per dag en twee "
            "maanden lang per week bewaard, in:\n%1").replace(
                "%1", str(backup_folder_for(self.workspace))))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Reservekopieën"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gemaakt op"), self.tr("Aanleiding"), self.tr("Grootte")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.make_button = QPushButton(self.tr("Nu een reservekopie maken"))
        self.make_button.setObjectName("makeBackupButton")
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(self.tr("Terugzetten…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        close_button = QPushButton(self.tr("Sluiten"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.workspace)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            for column, text in enumerate(
                (when(backup.made_at), backup.reason_text, size_text(backup.size))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def make_now(self) -> None:
        try:
            make_backup(self.workspace, "handmatig")
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Geen reservekopie gemaakt"), error_text(exc))
            return
        self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Reservekopie terugzetten"),
            self.tr(
                "De werkruimte %1 wordt teruggezet naar de reservekopie van %2. De huidige "
                "stand gaat niet verloren: die wordt eerst zelf als reservekopie bewaard. "
                "Doorgaan?").replace("%1", self.workspace.name).replace("%2", when(backup.made_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from zorgdesk.store.backup import restore_backup

        self.ctx.set_store(None)  # closes the store and lets go of the lock
        try:
            restore_backup(backup.path, self.workspace)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Niet teruggezet"), error_text(exc))
            self.reopen(self.workspace)
            self.refresh()
            return
        self.reopen(self.workspace)
        self.accept()
