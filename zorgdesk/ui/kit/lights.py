"""Traffic-light colours and their small round icons, drawn once and cached."""

from __future__ import annotations

from array import array
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

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
    """A disc of `size` points (drawn at twice the pixels, sharp on a HiDPI screen).

    Its pixels are computed here rather than painted with a QPainter brush: the overview
    shows these icons in its first paint, and QPainter.setBrush makes PySide build the whole
    Qt namespace (10 ms, see ui/kit/page.py).
    """
    side = size * 2
    centre = side / 2
    radius = size - 2.0  # the disc leaves a pixel of the icon free all round
    rgb = light_colour(light).rgb() & 0xFFFFFF
    pixels = array("I", bytes(4 * side * side))
    for y in range(side):
        for x in range(side):
            distance = ((x + 0.5 - centre) ** 2 + (y + 0.5 - centre) ** 2) ** 0.5
            cover = min(1.0, max(0.0, radius + 0.5 - distance))  # anti-aliased edge
            if cover > 0.0:
                alpha = round(255 * cover)
                pixels[y * side + x] = (alpha << 24) | _scaled(rgb, alpha)
    image = QImage(pixels.tobytes(), side, side, 4 * side,
                   QImage.Format.Format_ARGB32_Premultiplied).copy()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def _scaled(rgb: int, alpha: int) -> int:
    """The colour premultiplied by `alpha`, as QImage's premultiplied format keeps it."""
    red, green, blue = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return ((red * alpha // 255) << 16) | ((green * alpha // 255) << 8) | (blue * alpha // 255)
