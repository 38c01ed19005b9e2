"""Render the SVG icons to Windows .ico files (16-256 px), committed beside the SVGs.

Run after changing an SVG: `.venv/bin/python packaging/make_icons.py`. Qt renders the SVG at
each size (small sizes drawn, not scaled down from 256 px, so they stay sharp) and Pillow
(a matplotlib dependency) writes the multi-size .ico that Windows Explorer and Inno Setup use.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "zorgdesk" / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def make_ico(svg: Path) -> Path:
    images = [render(svg, size) for size in SIZES]
    out = svg.with_suffix(".ico")
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return out


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in ("zorgdesk.svg", "zorgdesk-document.svg"):
        print(make_ico(ICONS / name))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
