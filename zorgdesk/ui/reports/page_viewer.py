"""One report page shown large, to read before sending: zoom, previous and next page.

QPdfDocument.render gives an image at once, so the page is rendered at the size asked for
(sharp at every zoom step) rather than scaling a thumbnail.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PageViewer(QDialog):
    def __init__(self, doc: QPdfDocument, page: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.page = page
        self.zoom_index = ZOOMS.index(1.0)
        self.setWindowTitle(self.tr("Pagina bekijken"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Pagina van het rapport"))
        self.area = QScrollArea()
        self.area.setWidget(self.image)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys turn pages, not scroll
        self.previous_button = self._button(self.tr("◀ Vorige"), self.tr("Vorige pagina"),
                                            lambda: self.show_page(self.page - 1))
        self.next_button = self._button(self.tr("Volgende ▶"), self.tr("Volgende pagina"),
                                        lambda: self.show_page(self.page + 1))
        self.smaller = self._button("−", self.tr("Uitzoomen"), lambda: self.zoom(-1))
        self.larger = self._button("+", self.tr("Inzoomen"), lambda: self.zoom(1))
        self.where = QLabel()
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.where):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.smaller)
        bar.addWidget(self.larger)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        self.resize(860, 700)
        self.show_page(page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up/Down turn the page, Ctrl + and Ctrl - zoom, as in a PDF reader."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_PageDown:
            self.show_page(self.page + 1)
        elif key == Qt.Key.Key_PageUp:
            self.show_page(self.page - 1)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(-1)
        else:
            super().keyPressEvent(event)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    @property
    def scale(self) -> float:
        return ZOOMS[self.zoom_index]

    def zoom(self, step: int) -> None:
        self.zoom_index = max(0, min(len(ZOOMS) - 1, self.zoom_index + step))
        self.show_page(self.page)

    def show_page(self, page: int) -> None:
        count = self.doc.pageCount()
        self.page = max(0, min(count - 1, page))
        points = self.doc.pagePointSize(self.page)
        # 1.0 = the page at 96 dpi, as large as on paper on an ordinary screen.
        size = QSize(int(points.width() * 96 / 72 * self.scale),
                     int(points.height() * 96 / 72 * self.scale))
        ratio = self.devicePixelRatioF()
        image = self.doc.render(self.page, QSize(int(size.width() * ratio),
                                                 int(size.height() * ratio)))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.where.setText(self.tr("pagina %1 van %2 · %3 %").replace("%1", str(self.page + 1))
                           .replace("%2", str(count)).replace("%3", str(round(self.scale * 100))))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)
        self.smaller.setEnabled(self.zoom_index > 0)
        self.larger.setEnabled(self.zoom_index < len(ZOOMS) - 1)
