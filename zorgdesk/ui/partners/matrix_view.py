"""The grid of the partner matrix: fixed sections, goal titles as a frozen row header, and
one key per role (T, I, B, F, G; Delete clears) for every selected cell."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROLE_KEYS = {Qt.Key.Key_T: "trekker", Qt.Key.Key_I: "initiatiefnemer",
             Qt.Key.Key_B: "betrokken", Qt.Key.Key_F: "financier",
             Qt.Key.Key_G: "geïnformeerd"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
CELL_WIDTH = 80
WIDE_CELL_WIDTH = 132
ROW_HEIGHT = 24
TITLE_WIDTH = 420


class FixedHeader(QHeaderView):
    """A header at the size the view gives it.

    The table asks both headers for a size hint on every layout, and a header measures up to
    200 of its labels for it (text, font, icon, size of each, through Python): ~1,000 model
    calls per first paint of `large`, only for the fixed width and height to win anyway.
    """

    def sizeHint(self) -> QSize:
        if self.orientation() == Qt.Orientation.Vertical:
            return QSize(self.minimumWidth(), self.defaultSectionSize())
        return QSize(self.defaultSectionSize(), self.minimumHeight())


class MatrixView(QTableView):
    # the role to set in every selected cell; "" clears them
    roleRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerMatrix")
        self.setAccessibleName(self.tr("Partnermatrix: rollen per doel en organisatie"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            header = FixedHeader(orientation, self)
            header.setSectionsClickable(True)  # as QTableView's own headers: click selects
            header.setHighlightSections(True)
            if orientation == Qt.Orientation.Horizontal:
                self.setHorizontalHeader(header)
            else:
                self.setVerticalHeader(header)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setDefaultSectionSize(CELL_WIDTH)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        hh.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 22)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        vh.setFixedWidth(TITLE_WIDTH)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vh.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_wide(self, wide: bool) -> None:
        """Collapsed kinds need room for "T 2 · B 10"; single organisations only a letter."""
        self.horizontalHeader().setDefaultSectionSize(WIDE_CELL_WIDTH if wide else CELL_WIDTH)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                            | Qt.KeyboardModifier.KeypadModifier))
        if plain and key in ROLE_KEYS:
            self.roleRequested.emit(ROLE_KEYS[key])
            event.accept()
        elif plain and key in CLEAR_KEYS:
            self.roleRequested.emit("")
            event.accept()
        else:
            super().keyPressEvent(event)
