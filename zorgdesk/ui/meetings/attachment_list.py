"""The attachments of an agenda item as a list that takes files dropped from the file manager,
and opens one with the system's own viewer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget


def dropped_files(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class AttachmentList(QListWidget):
    filesDropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setToolTip(self.tr("Sleep bestanden hierheen om ze toe te voegen; dubbelklik om "
                                "een bijlage te openen."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)


_VIEW_FOLDER: tempfile.TemporaryDirectory[str] | None = None


def open_with_system_viewer(filename: str, content: bytes,
                            opener: Callable[[QUrl], object] = QDesktopServices.openUrl
                            ) -> Path:
    """Write a copy to a private temporary folder and let the system open it (read-only copy:
    changes made there do not come back into the workspace, which the name makes clear)."""
    global _VIEW_FOLDER  # noqa: PLW0603 - one folder per app run, removed at exit
    if _VIEW_FOLDER is None:
        _VIEW_FOLDER = tempfile.TemporaryDirectory(prefix="zorgdesk-bijlagen-")
    target = Path(_VIEW_FOLDER.name) / Path(filename).name
    if target.exists():  # opened before: a fresh copy (the old one is read-only)
        target.chmod(0o644)
        target.unlink()
    target.write_bytes(content)
    target.chmod(0o444)
    opener(QUrl.fromLocalFile(str(target)))
    return target
