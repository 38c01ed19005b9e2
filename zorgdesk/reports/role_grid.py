"""The partner matrix's grid, drawn page by page straight onto the canvas.

As a reportlab Table the grid of `large` (2,000 goals x 14 columns) kept a style object per
cell and two style commands per role: 0.5 s of its 1.2 s report went to resolving and drawing
those, where the page itself is rectangles, one letter per role and a label per goal. The look
is the Table's: the same paddings, text positions, fills and hairlines.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from reportlab.platypus import Flowable

from zorgdesk.reports.common import ACCENT, ACCENT_TINT, FONT_COND_BOLD, RULE

PAD_TOP, PAD_BOTTOM, PAD_LEFT, PAD_RIGHT = 2.0, 2.0, 3.0, 2.0
ROLE_SIZE = 7.5
ROLE_LEADING = 12.0  # a Table cell's leading when only its font size is set
MIN_ROW = ROLE_LEADING + PAD_TOP + PAD_BOTTOM  # a row holds a line of letters, or room for one
HAIRLINE = 0.25


@cache
def letters_width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, FONT_COND_BOLD, ROLE_SIZE))


@dataclass(frozen=True, slots=True)
class RoleCell:
    text: str
    fill: Any  # a reportlab colour
    ink: Any


@dataclass(slots=True)
class GridRow:
    """A goal (its label and the roles by column) or a theme (cells None: one tinted band)."""

    label: Flowable
    cells: dict[int, RoleCell] | None
    height: float = 0.0
    label_height: float = 0.0


class _Rows(Flowable):  # type: ignore[misc]
    """Rows under the header, at the widths they were measured at."""

    def __init__(self, header: list[Flowable], header_height: float, rows: list[GridRow],
                 label_width: float, cell_width: float) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self.header, self.header_height, self.rows = header, header_height, rows
        self.label_width, self.cell_width = label_width, cell_width
        self.ends = list(accumulate(r.height for r in rows))
        self.width = label_width + cell_width * (len(header) - 1)
        self.height = header_height + (self.ends[-1] if self.ends else 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height


class RoleGridPage(_Rows):
    """One page of the grid: what it draws."""

    def draw(self) -> None:
        canv = self.canv
        width, label_w, cell_w = self.width, self.label_width, self.cell_width
        top = self.height - self.header_height
        canv.setFillColor(ACCENT)
        canv.rect(0, top, width, self.header_height, stroke=0, fill=1)
        for n, label in enumerate(self.header):  # bottom-aligned, as the Table's header row
            x = PAD_LEFT if n == 0 else label_w + (n - 1) * cell_w + PAD_LEFT
            label.drawOn(canv, x, top + PAD_BOTTOM)
        bands: list[tuple[float, float]] = []  # goal rows, where the column lines run
        fills: dict[Any, Any] = {}  # colour -> a path of its cells: one fill per colour
        y = top
        for row in self.rows:
            bottom = y - row.height
            if row.cells is None:
                self._fill(fills, ACCENT_TINT, (0, bottom, width, row.height))
            else:
                if bands and bands[-1][0] == y:
                    bands[-1] = (bottom, bands[-1][1])
                else:
                    bands.append((bottom, y))
                for col, cell in row.cells.items():
                    self._fill(fills, cell.fill,
                               (label_w + col * cell_w, bottom, cell_w, row.height))
            y = bottom
        for colour, path in fills.items():
            canv.setFillColor(colour)
            canv.drawPath(path, stroke=0, fill=1)
        y = top
        for row in self.rows:  # in reading order: a goal's label, then its roles
            bottom = y - row.height
            label_y = bottom + (row.height + PAD_BOTTOM - PAD_TOP - row.label_height) / 2
            row.label.drawOn(canv, PAD_LEFT, label_y)
            if row.cells:
                self._letters(row, bottom)
            y = bottom
        self._lines(top, y, bands)

    def _fill(self, fills: dict[Any, Any], colour: Any,
              rect: tuple[float, float, float, float]) -> None:
        path = fills.get(colour)
        if path is None:
            path = fills[colour] = self.canv.beginPath()
        path.rect(*rect)

    def _letters(self, row: GridRow, bottom: float) -> None:
        """A row's role letters as one text object, centred as the Table centred them."""
        assert row.cells is not None
        baseline = bottom + (PAD_BOTTOM + row.height - PAD_TOP + ROLE_LEADING) / 2 - ROLE_SIZE
        text = self.canv.beginText()
        text.setFont(FONT_COND_BOLD, ROLE_SIZE, ROLE_LEADING)
        ink = None
        for col, cell in row.cells.items():
            if cell.ink != ink:
                ink = cell.ink
                text.setFillColor(ink)
            centre = self.label_width + col * self.cell_width \
                + (self.cell_width + PAD_LEFT - PAD_RIGHT) / 2
            text.setTextOrigin(centre - letters_width(cell.text) / 2, baseline)
            text.textOut(cell.text)
        self.canv.drawText(text)

    def _lines(self, top: float, bottom: float, bands: list[tuple[float, float]]) -> None:
        """A hairline under every row and around every role cell (none inside a theme)."""
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(HAIRLINE)
        path = canv.beginPath()
        path.moveTo(self.label_width, top)
        path.lineTo(self.width, top)
        y = top
        for row in self.rows:
            y -= row.height
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        columns = (len(self.header) - 1)
        for low, high in bands:
            for n in range(columns + 1):
                x = self.label_width + n * self.cell_width
                path.moveTo(x, high)
                path.lineTo(x, low)
        canv.drawPath(path, stroke=1, fill=0)


class RoleGrid(_Rows):
    """The whole grid: it splits where a page ends, each page with the header again.

    The rows know their heights (measured once, `role_grid`), so a split is a bisection of
    their running total; no row is split."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = bisect_right(self.ends, avail_height - self.header_height)
        if fit == 0:
            return []  # not even one row below the header: on the next page
        return [self._page(self.rows[:fit]),
                RoleGrid(self.header, self.header_height, self.rows[fit:], self.label_width,
                         self.cell_width)]

    def draw(self) -> None:
        self._page(self.rows).drawOn(self.canv, 0, 0)

    def _page(self, rows: list[GridRow]) -> RoleGridPage:
        return RoleGridPage(self.header, self.header_height, rows, self.label_width,
                            self.cell_width)


def role_grid(header: list[Flowable], header_height: float, rows: list[GridRow],
              label_width: float, cell_width: float) -> RoleGrid:
    """The grid, its rows and header measured at the widths they are drawn at."""
    full = label_width + cell_width * (len(header) - 1)
    for row in rows:
        avail = (full if row.cells is None else label_width) - PAD_LEFT - PAD_RIGHT
        row.label_height = row.label.wrap(avail, 10_000)[1]
        row.height = max(MIN_ROW, row.label_height + PAD_TOP + PAD_BOTTOM)
    for n, label in enumerate(header):
        label.wrap((label_width if n == 0 else cell_width) - PAD_LEFT - PAD_RIGHT,
                   header_height)
    return RoleGrid(header, header_height, rows, label_width, cell_width)
