"""The attachments of the chosen agenda item: add (several, or dropped), open, replace, save
and delete, each one undo step that keeps the item chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import agenda as agenda_service
from zorgdesk.services.meetings import attachments as attachments_service
from zorgdesk.services.meetings.agenda import AgendaLine
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.meetings.attachment_list import AttachmentList, open_with_system_viewer
from zorgdesk.ui.meetings.open_meeting import OpenMeeting


class ItemAttachments(QWidget):
    """`line` is the chosen agenda item; `keep` asks the next reload to choose an item."""

    def __init__(self, meeting: OpenMeeting, line: Callable[[], AgendaLine | None],
                 keep: Callable[[str | None], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.ctx = meeting.ctx
        self._line = line
        self._keep = keep
        self.list = AttachmentList()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Bijlagen bij het gekozen punt"))
        self.list.setMaximumHeight(84)
        self.list.filesDropped.connect(self.add_attachments)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_attachment())
        files = QHBoxLayout()
        label = QLabel(self.tr("Bijlagen bij het gekozen punt"))
        label.setObjectName("muted")
        files.addWidget(label)
        files.addStretch(1)
        files.addWidget(push_button(self.tr("Toevoegen…"), self.add_attachment,
                                    self.tr("Eén of meer bestanden; slepen kan ook")))
        files.addWidget(push_button(self.tr("Openen"), self.open_attachment,
                                    self.tr("Openen met het programma van het systeem")))
        files.addWidget(push_button(self.tr("Vervangen…"), self.replace_attachment,
                                    self.tr("Een nieuwe versie van de gekozen bijlage")))
        files.addWidget(push_button(self.tr("Opslaan als…"), self.save_attachment))
        files.addWidget(push_button(self.tr("Verwijderen"), self.delete_attachment))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(files)
        layout.addWidget(self.list)

    def show_item(self, item_id: str | None) -> None:
        self.list.clear()
        if item_id is None or not self.ctx.has_store:
            return
        for attachment in agenda_service.list_attachments(self.ctx.store, item_id):
            size = f"{attachment.size_bytes / 1024:.0f} kB".replace(".", ",")
            entry = QListWidgetItem(f"{attachment.filename}  ({size})")
            entry.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.list.addItem(entry)

    def _attachment_id(self) -> str | None:
        entry = self.list.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    def _keep_line(self) -> None:
        line = self._line()
        self._keep(line.id if line else None)

    def add_attachment(self, path: Path | None = None) -> None:
        if path is not None:
            self.add_attachments([path])
            return
        if self._line() is None:
            self.add_attachments([])  # says what to choose first
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlagen toevoegen"))
        if names:
            self.add_attachments([Path(name) for name in names])

    def add_attachments(self, paths: list[Path]) -> None:
        """Several files at once (chosen or dropped): one undo step, all or nothing."""
        line = self._line()
        if line is None:
            QMessageBox.information(self, self.tr("Bijlage"),
                                    self.tr("Kies eerst het agendapunt voor de bijlage."))
            return
        if not paths:
            return
        chosen = list(paths)
        self._keep(line.id)
        label = (self.tr("Bijlage toegevoegd") if len(chosen) == 1
                 else self.tr("%1 bijlagen toegevoegd").replace("%1", str(len(chosen))))
        self.meeting.edit(self, label, lambda: attachments_service.add_attachment_files(
            self.ctx.store, line.id, chosen, confidential=line.confidential), content=True)

    def open_attachment(self, opener: Callable[[QUrl], object] | None = None) -> Path | None:
        """A read-only copy, opened by the system's viewer (or by `opener`)."""
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return None
        filename, content = agenda_service.attachment_content(self.ctx.store, attachment_id)
        if opener is None:
            return open_with_system_viewer(filename, content)
        return open_with_system_viewer(filename, content, opener)

    def replace_attachment(self, path: Path | None = None) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Nieuwe versie van de bijlage"))
            if not name:
                return
            path = Path(name)
        chosen = path
        self._keep_line()
        self.meeting.edit(self, self.tr("Bijlage vervangen"),
                          lambda: attachments_service.replace_attachment(
                              self.ctx.store, attachment_id, chosen), content=True)

    def save_attachment(self, target: Path | None = None) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        filename, content = agenda_service.attachment_content(self.ctx.store, attachment_id)
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Bijlage opslaan"), filename)
            if not name:
                return
            target = Path(name)
        from zorgdesk.store.atomic import write_bytes_atomic

        write_bytes_atomic(target, content)

    def delete_attachment(self) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        self._keep_line()
        self.meeting.edit(self, self.tr("Bijlage verwijderd"),
                          lambda: agenda_service.delete_attachment(
                              self.ctx.store, attachment_id), content=True)
