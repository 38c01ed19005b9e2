"""Charts with matplotlib's Agg backend (no pyplot: safe on a worker thread), as reportlab
images. PNGs are written without an alpha channel so that the PDF/A file has no soft masks.
Matplotlib's default font is DejaVu Sans, the same family the reports use."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image

from zorgdesk.reports.language import is_english, translate, word
from zorgdesk.services.goals.plan import IndicatorData

LIGHT_HEX = {"groen": "#2E8540", "oranje": "#E08A00", "rood": "#C62828", "geen": "#B8C2CC"}
INK = "#1F2933"
MUTED = "#5F6B7A"
ACCENT = "#0B5C6B"


def _figure(width_mm: float, height_mm: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200, facecolor="white")
    FigureCanvasAgg(fig)
    return fig


def _image(fig: Any, width_mm: float, height_mm: float) -> Image:
    from PIL import Image as PILImage

    raw = BytesIO()
    fig.savefig(raw, format="png", facecolor="white", dpi=200)
    rgb = BytesIO()
    PILImage.open(BytesIO(raw.getvalue())).convert("RGB").save(rgb, format="PNG")
    rgb.seek(0)
    return Image(rgb, width=width_mm * mm, height=height_mm * mm)


def _style_axes(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#CBD2D9")
    ax.tick_params(colors=MUTED, labelsize=7, length=0)


def light_bars(rows: list[tuple[str, dict[str, int]]], width_mm: float) -> Image:
    """Per theme a horizontal bar split by traffic light (groen / oranje / rood / geen)."""
    height_mm = 14 + 7 * len(rows)
    fig = _figure(width_mm, height_mm)
    ax = fig.add_axes((0.32, 0.18, 0.64, 0.74))
    labels = [r[0] if len(r[0]) < 40 else r[0][:38] + "\u2026" for r in rows]
    y = list(range(len(rows)))[::-1]
    left = [0] * len(rows)
    for light in ("groen", "oranje", "rood", "geen"):
        values = [r[1].get(light, 0) for r in rows]
        ax.barh(y, values, left=left, color=LIGHT_HEX[light], height=0.62, label=word(light))
        left = [a + b for a, b in zip(left, values, strict=True)]
    from matplotlib.ticker import MaxNLocator

    ax.set_yticks(y, labels)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(translate("Report", "aantal doelen"), fontsize=7, color=MUTED)
    _style_axes(ax)
    ax.legend(ncols=4, fontsize=6.5, frameon=False, loc="lower right",
              bbox_to_anchor=(1.0, 1.0))
    return _image(fig, width_mm, height_mm)


def indicator_chart(indicator: IndicatorData, width_mm: float, height_mm: float = 48) -> Image:
    """Measurements over time, with the baseline and the target (year) marked."""
    return _image(_indicator_figure(indicator, width_mm, height_mm), width_mm, height_mm)


def indicator_png(indicator: IndicatorData, width_mm: float, height_mm: float) -> bytes:
    """The same chart as PNG bytes, for the goal card on screen."""
    raw = BytesIO()
    _indicator_figure(indicator, width_mm, height_mm).savefig(
        raw, format="png", facecolor="white", dpi=200)
    return raw.getvalue()


def _indicator_figure(indicator: IndicatorData, width_mm: float, height_mm: float) -> Any:
    from matplotlib.dates import DateFormatter, YearLocator

    fig = _figure(width_mm, height_mm)
    ax = fig.add_axes((0.12, 0.2, 0.84, 0.62))
    xs = [p[0] for p in indicator.points]
    ys = [p[1] for p in indicator.points]
    if xs:
        ax.plot(xs, ys, color=ACCENT, marker="o", markersize=3.5, linewidth=1.6)
        for x, v in zip(xs[-1:], ys[-1:], strict=True):
            ax.annotate(_fmt(v), (x, v), textcoords="offset points", xytext=(4, 4),
                        fontsize=7, color=ACCENT)
    if indicator.baseline is not None:
        ax.axhline(indicator.baseline, color=MUTED, linewidth=0.8, linestyle=":")
    if indicator.target is not None:
        ax.axhline(indicator.target, color=LIGHT_HEX["groen"], linewidth=1, linestyle="--")
        where = date(indicator.target_year, 12, 31) if indicator.target_year else None
        if where is not None:
            ax.plot([where], [indicator.target], marker="D", color=LIGHT_HEX["groen"],
                    markersize=4)
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_locator(YearLocator())  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(DateFormatter("%Y"))  # type: ignore[no-untyped-call]
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _fmt(v)))
    _style_axes(ax)
    unit = f" ({indicator.unit})" if indicator.unit else ""
    name = indicator.name if len(indicator.name) < 80 else indicator.name[:78] + "\u2026"
    ax.set_title(name + unit, fontsize=8, color=INK, loc="left")
    return fig


def _fmt(value: float) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    if is_english():
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
