"""What the window shows when no workspace could be opened, instead of empty pages.

A second instance refused by the lock used to show the pages with nothing in them ("0
thema's"), which reads as lost data. This panel names the file, says who has it open and
that nothing was changed, and offers the ways on: read it without writing, open another
file, or try again once the other window is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zorgdesk.store import StoreError, WorkspaceLockedError
from zorgdesk.ui.kit.error_text import error_text


class NotOpenedPanel(QWidget):
    retryRequested = Signal()
    otherRequested = Signal()
    readOnlyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notOpenedPanel")
        self.location: Path | str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.safe = QLabel(self.tr(
            "Er is niets verloren en niets gewijzigd: ZorgDesk heeft het bestand alleen niet "
            "geopend."))
        self.safe.setWordWrap(True)
        self.attempt = QLabel()
        self.attempt.setObjectName("muted")

        self.read_only_button = self._button(
            self.tr("Alleen-lezen openen"), self.readOnlyRequested.emit,
            self.tr("Bekijk de werkruimte en maak rapporten; wijzigen kan niet"))
        self.other_button = self._button(
            self.tr("Ander bestand openen…"), self.otherRequested.emit, None)
        self.retry_button = self._button(
            self.tr("Opnieuw proberen"), self.retryRequested.emit,
            self.tr("Probeer opnieuw te openen, bijvoorbeeld nadat het andere venster "
                    "is gesloten"))
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.read_only_button, self.other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(12)
        for widget in (self.heading, self.file_label, self.reason, self.safe):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(self.attempt)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        box = QWidget()
        box.setMaximumWidth(760)
        box.setLayout(column)
        outer.addWidget(box, 3)  # grows to its maximum, so the reason reads in long lines
        outer.addStretch(1)

    def _button(self, text: str, emit: Callable[[], None], tip: str | None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda *_: emit())
        if tip:
            button.setToolTip(tip)
        return button

    def show_refusal(self, location: Path | str, error: StoreError, *,
                     again: bool = False) -> None:
        """Explain why `location` was not opened; `again` after a retry that failed too."""
        self.location = location
        locked = isinstance(error, WorkspaceLockedError)
        self.heading.setText(self.tr("Deze werkruimte is al geopend") if locked
                             else self.tr("Werkruimte niet geopend"))
        if isinstance(location, Path):
            self.file_label.setText(self.tr("Bestand: {name}\nMap: {folder}").format(
                name=location.name, folder=str(location.parent)))
        else:
            self.file_label.setText(self.tr("Server: {url}").format(url=location))
        self.reason.setText(error_text(error))
        self.read_only_button.setVisible(locked and isinstance(location, Path))
        self.attempt.setText(
            self.tr("Nog steeds niet geopend (geprobeerd om {time}).").format(
                time=QTime.currentTime().toString("HH:mm")) if again else "")
