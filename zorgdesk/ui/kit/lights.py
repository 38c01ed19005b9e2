"""Traffic-light colours and their small round icons, drawn once and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

COLOURS = {"groen": "#2e7d32", "oranje": "#ef8f00", "rood": "#c62828"}


def light_colour(light: str | None) -> QColor:
    return QColor(COLOURS.get(light or "", "#b0b7bf"))


def light_label(light: str | None) -> str:
    labels = {
        "groen": QCoreApplication.translate("lights", "groen"),
        "oranje": QCoreApplication.translate("lights", "oranje"),
        "rood": QCoreApplication.translate("lights", "rood"),
    }
    return labels.get(light or "", QCoreApplication.translate("lights", "geen status"))


@cache
def light_icon(light: str | None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(light_colour(light))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
