"""What every report shares: fonts, colours, styles, Dutch formatting, page templates.

Every page carries the workspace's name and the report title in the header and the date,
version, edition (intern / publieksversie) and "pagina X van Y" in the footer. Headings made
with `heading()` become PDF bookmarks. Only the bundled DejaVu fonts are used, so every font
in the file is an embedded TrueType subset (no base-14 Helvetica reference).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph

from zorgdesk import __version__
from zorgdesk.paths import resources_dir
from zorgdesk.reports.language import PDF_LANGUAGE, language, report_date, translate
from zorgdesk.reports.language import word as term
from zorgdesk.services.goals.text_format import as_plain, is_rich, rich_blocks


class Paragraph(_Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width.

    Tables wrap every cell to measure rows, again when a table splits over a page and again
    when drawing; line breaking depends only on the width, so the result is kept."""

    _zd_wrapped: tuple[float, float, float, Any, Any] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        cached = self._zd_wrapped
        if cached is not None and cached[0] == avail_width:
            self.width, self.height, self.blPara, self._wrapWidths = cached[1:]
            return cached[1], cached[2]
        width, height = super().wrap(avail_width, avail_height)
        if avail_width >= 1e-3:
            self._zd_wrapped = (avail_width, width, height, self.blPara, self._wrapWidths)
        return width, height


class LabelMarkup:
    """Paragraphs of one fixed markup with plain values filled in, without parsing each one.

    reportlab parses every Paragraph's markup with html.parser (a quarter of the timeline
    report's time: 12,000 labels on `large`). The template is parsed once with a marker in
    place of each value; a label then gets the template's fragments with the values put in:
    the same fragments the parser would make. A value the parser would treat differently
    (formatted text, a line break, an entity, an empty value) goes through the parser."""

    _MARKERS = tuple(chr(0xE000 + i) for i in range(8))  # private-use characters

    def __init__(self, template: str, style: ParagraphStyle) -> None:
        self._template = template
        self._style = style
        parsed = _Paragraph(template.format(*self._MARKERS), style)
        self._frags = parsed.frags
        self._fast = parsed.style is style and all(
            hasattr(f, "text") and not hasattr(f, "cbDefn") for f in parsed.frags)

    def __call__(self, *values: str, bullet: str | None = None) -> Paragraph:
        """A label of `values`; `bullet` (plain text, in the style's bullet font and colour)
        is drawn before its first line, so a bold code before a plain title keeps the label
        one fragment: reportlab breaks the lines of one fragment several times faster than
        those of two (36 % of the timeline report of `large`)."""
        texts = [plain(v) if not is_rich(v) else "" for v in values]
        if bullet and not self._template.format(*texts).strip():
            # reportlab draws no bullet before a paragraph without a line: a goal without a
            # title still shows its code.
            return Paragraph("\u00a0", self._style, bulletText=bullet)
        if not self._fast or not all(t and "\n" not in t and not (set(t) & set("&<>"))
                                     and not (set(t) & set(self._MARKERS)) for t in texts):
            return Paragraph(self._template.format(*(esc(v) for v in values)), self._style,
                             bulletText=bullet)
        frags = []
        for frag in self._frags:
            text = frag.text
            for marker, value in zip(self._MARKERS, texts, strict=False):
                text = text.replace(marker, value)
            frags.append(frag.clone(text=text))
        return Paragraph(self._template.format(*texts), self._style, bulletText=bullet,
                         frags=frags)


def code_label_style(s: Styles) -> ParagraphStyle:
    """A grid label whose bold code is its bullet (see LabelMarkup): "2.1.3  Title"."""
    return ParagraphStyle("zd-grid-code", parent=s.grid_label, bulletFontName=FONT_BOLD,
                          bulletFontSize=s.grid_label.fontSize, bulletIndent=0)


# --- fonts -------------------------------------------------------------------------------

FONT = "ZD"
FONT_BOLD = "ZD-B"
FONT_ITALIC = "ZD-I"
FONT_BOLD_ITALIC = "ZD-BI"
FONT_COND = "ZDC"
FONT_COND_BOLD = "ZDC-B"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FONT_COND: "DejaVuSansCondensed.ttf",
    FONT_COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts once per process (reportlab keeps a global registry)."""
    from reportlab.lib.fonts import addMapping

    from zorgdesk.reports.font_cache import load_font

    folder = resources_dir() / "fonts"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(load_font(name, folder / filename))
    for family, normal, bold, italic, bold_italic in (
        (FONT, FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC),
        (FONT_COND, FONT_COND, FONT_COND_BOLD, FONT_COND, FONT_COND_BOLD),
    ):
        addMapping(family, 0, 0, normal)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)


# --- colours -----------------------------------------------------------------------------

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#0B5C6B")
ACCENT_LIGHT = colors.HexColor("#D5E8EB")
ACCENT_TINT = colors.HexColor("#EEF5F6")
RULE = colors.HexColor("#CBD2D9")
ZEBRA = colors.HexColor("#F5F7FA")
WHITE = colors.white

LIGHT_COLOURS: dict[str, colors.Color] = {
    "groen": colors.HexColor("#2E8540"),
    "oranje": colors.HexColor("#E08A00"),
    "rood": colors.HexColor("#C62828"),
}
NO_LIGHT = colors.HexColor("#9AA5B1")
STATUS_COLOURS: dict[str, colors.Color] = {
    "gereed": colors.HexColor("#2E8540"),
    "loopt": colors.HexColor("#0B5C6B"),
    "gepland": colors.HexColor("#7B8794"),
    "vertraagd": colors.HexColor("#C62828"),
    "vervallen": colors.HexColor("#B0B8C1"),
}


LATE = colors.HexColor("#C62828")
CONFIDENTIAL = colors.HexColor("#8A4B00")
CONFIDENTIAL_TINT = colors.HexColor("#FFF4E0")
# Every state has its own shape, so a milestone reads the same in black and white.
STATUS_SHAPES: dict[str, str] = {
    "gereed": "\u25cf",
    "loopt": "\u25d0",
    "gepland": "\u25c7",
    "vertraagd": "\u25c6",
    "vervallen": "\u2715",
}
LATE_SHAPE = "\u25b2"



def late_markup() -> str:
    """The red, bold "te laat" marker: text as well as colour."""
    late = translate("Report", "te laat")
    return f"<font color='{hex_of(LATE)}'><b>{LATE_SHAPE} {late}</b></font>"


def hex_of(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]


# Dutch dates, numbers and euros: zorgdesk/dutch.py.


# --- text --------------------------------------------------------------------------------

MISSING_GLYPH = "\ufffd"


@functools.cache
def _covered() -> frozenset[int]:
    """Code points every bundled font can draw (a glyph outside this set would be drawn as
    the font's .notdef box, which PDF/A forbids)."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FONT_FILES]
    return frozenset(set.intersection(*sets) | {9, 10, 13})


@functools.cache
def _covered_chars() -> frozenset[str]:
    return frozenset(map(chr, _covered()))


def printable(text: str) -> str:
    """`text` with every character the fonts lack (an emoji such as \U0001f691) replaced by
    the visible replacement mark \ufffd, so the file stays valid PDF/A and the reader sees
    that something was there."""
    if text.isascii():
        return text
    covered = _covered_chars()
    if covered.issuperset(text):  # a set's own loop: 3 million characters on `large`
        return text
    return "".join(ch if ch in covered else MISSING_GLYPH
                   for ch in text if ch not in "\ufe0f\u200d")  # emoji joiners: no mark


def plain(text: str | None) -> str:
    """A stored text as plain words: formatting (only a formatted goal text has any) removed,
    anything else exactly as typed, white space tidied per line."""
    lines = [" ".join(line.split()) for line in printable(as_plain(text)).splitlines()]
    return "\n".join(line for line in lines if line)


def join_people(labels: Sequence[str]) -> str:
    """`a; b; VGZ (2x)`: the same label twice (two people shown by organisation) once."""
    counts: dict[str, int] = {}
    for label in labels:
        if label:
            counts[label] = counts.get(label, 0) + 1
    return "; ".join(f"{k} ({n}x)" if n > 1 else k for k, n in counts.items())


def esc(text: str | None) -> str:
    """A stored text for a Paragraph: printed literally ("GGZ <ketenaanpak>" stays so), line
    breaks kept; a formatted goal text keeps its bold, italic and bullets."""
    if is_rich(text):
        return rich_markup(text or "")
    return "<br/>".join(html.escape(line, quote=False) for line in plain(text).splitlines())


def rich_markup(text: str) -> str:
    """The goal text's own subset as reportlab markup: <b>, <i>, and bullets as lines."""
    out = []
    for kind, runs in rich_blocks(text):
        line = ""
        for style, words in runs:
            piece = html.escape(printable(" ".join(words.split("\n"))), quote=False)
            if "b" in style:
                piece = f"<b>{piece}</b>"
            if "i" in style:
                piece = f"<i>{piece}</i>"
            line += piece
        line = " ".join(line.split())
        out.append(f"\u2022\u00a0{line}" if kind == "li" else line)
    return "<br/>".join(out)


# --- styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    grid_label: ParagraphStyle
    h0: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    right: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("zd-body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK,
                          spaceAfter=4)
    cell = ParagraphStyle("zd-cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        body=base,
        small=ParagraphStyle("zd-small", parent=base, fontSize=8, leading=10.5),
        muted=ParagraphStyle("zd-muted", parent=base, fontSize=8.5, leading=11.5,
                             textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("zd-cell-b", parent=cell, fontName=FONT_BOLD),
        cell_small=ParagraphStyle("zd-cell-s", parent=cell, fontSize=7.5, leading=9.5,
                                  textColor=MUTED),
        cell_head=ParagraphStyle("zd-cell-h", parent=cell, fontName=FONT_BOLD, fontSize=8,
                                 textColor=WHITE),
        cell_center=ParagraphStyle("zd-cell-c", parent=cell, alignment=TA_CENTER),
        grid_label=ParagraphStyle("zd-grid", parent=cell, fontName=FONT_COND, fontSize=7.5,
                                  leading=9),
        h0=ParagraphStyle("zd-h0", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=8),
        h1=ParagraphStyle("zd-h1", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        h2=ParagraphStyle("zd-h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                          textColor=INK, spaceBefore=8, spaceAfter=3),
        h3=ParagraphStyle("zd-h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                          textColor=MUTED, spaceBefore=6, spaceAfter=2),
        title=ParagraphStyle("zd-title", parent=base, fontName=FONT_BOLD, fontSize=20,
                             leading=25, textColor=ACCENT, spaceAfter=4),
        subtitle=ParagraphStyle("zd-subtitle", parent=base, fontSize=11, leading=15,
                                textColor=MUTED, spaceAfter=12),
        cover_title=ParagraphStyle("zd-cover", parent=base, fontName=FONT_BOLD, fontSize=28,
                                   leading=34, textColor=ACCENT, spaceAfter=10),
        cover_sub=ParagraphStyle("zd-cover-sub", parent=base, fontSize=14, leading=20,
                                 textColor=INK, spaceAfter=6),
        right=ParagraphStyle("zd-right", parent=cell, alignment=TA_RIGHT),
    )


# --- page furniture ----------------------------------------------------------------------


@dataclass(frozen=True)
class PageInfo:
    workspace: str
    title: str
    subtitle: str
    made_on: date
    public: bool
    extra_pages: int = 0  # pages merged in after layout (attachments) count in "van Y"
    version: str = f"ZorgDesk {__version__}"

    @property
    def edition(self) -> str:
        return (translate("Report", "Publieksversie") if self.public
                else translate("Report", "Intern"))


MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
LANDSCAPE_MARGIN_X = 14 * mm


def _draw_header(canvas: Canvas, info: PageInfo) -> None:
    width, height = canvas._pagesize
    margin = MARGIN_X if width < height else LANDSCAPE_MARGIN_X
    canvas.saveState()
    y = height - 12 * mm
    canvas.setFont(FONT_BOLD, 7.5)
    canvas.setFillColor(ACCENT)
    canvas.drawString(margin, y, printable(info.workspace))
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - margin, y, printable(info.title))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y - 2.5 * mm, width - margin, y - 2.5 * mm)
    canvas.restoreState()


TOTAL_FORM = "zdPageTotal"


def _draw_footer(canvas: Canvas, info: PageInfo, page: int) -> None:
    """The footer; the page total is a form XObject filled in when the file is saved, so pages
    go out as they are finished instead of being held until the end."""
    width, height = canvas._pagesize
    margin = MARGIN_X if width < height else LANDSCAPE_MARGIN_X
    canvas.saveState()
    y = 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y + 3.5 * mm, width - margin, y + 3.5 * mm)
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(
        margin, y, f"{report_date(info.made_on)}  \u00b7  {info.version}  \u00b7  {info.edition}"
    )
    canvas.setFont(FONT_BOLD, 7)
    canvas.setFillColor(INK)
    total_w = pdfmetrics.stringWidth("0" * _TOTAL_DIGITS, FONT_BOLD, 7)
    canvas.drawRightString(width - margin - total_w, y,
                           translate("Report", "pagina {page} van ").format(page=page))
    canvas.translate(width - margin - total_w, y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


_TOTAL_DIGITS = 3


def canvas_maker(info: PageInfo) -> type[Canvas]:
    """A canvas whose footer says "van Y" without holding every page in memory until the
    end (that held 450 MB for the 566-page timeline of `large`): Y is one form, written last.
    It writes PDF/A-2b as it goes (reports/archive.py).
    """
    from zorgdesk.reports.archive import drop_page_transition, mark_pdfa

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def showPage(self) -> None:
            _draw_footer(self, info, self.getPageNumber())
            super().showPage()
            drop_page_transition(self._doc.Pages.pages[-1])

        def save(self) -> None:
            total = self.getPageNumber() - 1 + info.extra_pages
            self.beginForm(TOTAL_FORM)
            self.setFont(FONT_BOLD, 7)
            self.setFillColor(INK)
            self.drawString(0, 0, str(total))
            self.endForm()
            mark_pdfa(self._doc, PDF_LANGUAGE[language()])
            super().save()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait and landscape templates; headings with `outline_level` become bookmarks."""

    def __init__(self, target: BytesIO, info: PageInfo, *, subject: str,
                 landscape_first: bool = False, keywords: str = "") -> None:
        register_fonts()
        first = landscape(A4) if landscape_first else A4
        super().__init__(
            target, pagesize=first, title=f"{info.title} - {info.workspace}",
            author=info.workspace, subject=subject, creator=info.version,
            lang=PDF_LANGUAGE[language()],
            keywords=keywords, initialFontName=FONT, initialFontSize=9,
            leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, displayDocTitle=True,
        )
        self.info = info
        self._bookmarks = 0
        self._outline_level = -1
        pw, ph = A4
        lw, lh = landscape(A4)
        portrait_frame = Frame(MARGIN_X, MARGIN_BOTTOM, pw - 2 * MARGIN_X,
                               ph - MARGIN_TOP - MARGIN_BOTTOM, id="p", leftPadding=0,
                               rightPadding=0, topPadding=0, bottomPadding=0)
        landscape_frame = Frame(LANDSCAPE_MARGIN_X, MARGIN_BOTTOM, lw - 2 * LANDSCAPE_MARGIN_X,
                                lh - MARGIN_TOP - MARGIN_BOTTOM, id="l", leftPadding=0,
                                rightPadding=0, topPadding=0, bottomPadding=0)
        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_header(canvas, info)

        templates = [
            PageTemplate("portrait", [portrait_frame], onPage=on_page, pagesize=A4),
            PageTemplate("landscape", [landscape_frame], onPage=on_page,
                         pagesize=landscape(A4)),
        ]
        if landscape_first:
            templates.reverse()
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        title = getattr(flowable, "outline_title", "") or ""
        level = min(int(level), self._outline_level + 1)
        self._outline_level = level
        self._bookmarks += 1
        key = f"zd{self._bookmarks}"
        self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 6)
        self.canv.addOutlineEntry(title, key, level=level, closed=level >= 1)


class Heading(Paragraph):
    """A heading that moves to the next page rather than sit at the foot of one.

    reportlab's keepWithNext would glue the heading to the whole next table and push both to a
    new page; this only asks for some room below the heading."""

    room = 32 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if avail_height < self.room:
            return width, max(height, avail_height + 1)
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height < self.room:
            return []
        result: list[Flowable] = super().split(avail_width, avail_height)
        return result


def heading(text: str, level: int, styles: Styles, *, outline: bool = True,
            markup: str | None = None, look: int | None = None) -> Paragraph:
    """A heading; it becomes a bookmark at `level` (0 = chapter); `look` picks another size."""
    style = (styles.h0, styles.h1, styles.h2, styles.h3)[min(level if look is None else look, 3)]
    para = Heading(markup if markup is not None else esc(text), style)
    if outline:
        para.outline_level = level
        para.outline_title = plain(text)
    return para


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


def light_markup(light: str | None, *, word: bool = True) -> str:
    """A traffic-light dot (a DejaVu glyph, so vector and extractable) with its word."""
    colour = LIGHT_COLOURS.get(light or "", NO_LIGHT)
    dot = f'<font color="{hex_of(colour)}" size="11">\u25cf</font>'
    if not word:
        return dot
    if not light:
        none = translate("Report", "geen")
        return f"{dot} <font color='{hex_of(MUTED)}'>{none}</font>"
    return f"{dot} {term(light)}"


def data_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
               header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = (),
               zebra: bool = True) -> Table:
    """A calm table: accent header that repeats on every page, hairlines, zebra rows."""
    table = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=header_rows,
                  hAlign="LEFT", splitInRow=0)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        style += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), WHITE),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra and len(rows) > header_rows + 2:
        style.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, ZEBRA]))
    style += list(extra)
    table.setStyle(TableStyle(style))
    return table


class GridTable(Table):  # type: ignore[misc]
    """A Table that draws nothing for an empty text cell.

    reportlab writes a text object (BT, font, position, empty string, ET) for every "" cell;
    a timeline on `large` has 200,000 of them: 2.8 s of drawing and a content stream the
    PDF/A check then reads operator by operator. An empty cell still counts one line for the
    row height, so the layout is exactly the same."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if isinstance(cellval, str) and not cellval:
            return
        super()._drawCell(cellval, cellstyle, pos, size)


class PageGrid(Flowable):  # type: ignore[misc]
    """One page of a long grid whose reportlab Table exists only while it is laid out and drawn.

    A Table keeps a style object per cell (215,000 on the timeline of `large`, ~170 MB); held
    for every page until the file is written they were most of the report's peak memory.
    The Table is made again should the layout run twice."""

    def __init__(self, rows: list[list[Any]], widths: list[float],
                 heights: list[float | None] | None, header_rows: int,
                 style: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._rows, self._widths, self._heights = rows, widths, heights
        self._header_rows, self._style = header_rows, style
        self._table: GridTable | None = None

    def _made(self) -> GridTable:
        if self._table is None:
            self._table = GridTable(self._rows, colWidths=self._widths,
                                    rowHeights=self._heights, repeatRows=self._header_rows,
                                    hAlign="LEFT")
            self._table.setStyle(TableStyle(self._style))
        return self._table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._made().wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._made().split(avail_width, avail_height)
        if parts:
            self._table = None
        return parts

    def draw(self) -> None:
        self._made().drawOn(self.canv, 0, 0)
        self._table = None


def chunked_tables(data: list[list[Any]], style: list[tuple[Any, ...]], widths: list[float],
                   *, header_rows: int, page_room: float, first_room: float | None = None,
                   row_heights: list[float | None] | None = None) -> list[Flowable]:
    """One long grid as one table per page, each with the header rows, and page breaks.

    reportlab re-filters a table's whole style list at every page split, so a grid with
    thousands of cell commands costs quadratic time as one table. Here the rows are measured
    (the label paragraphs wrap once; the height is cached) and packed into tables that fill
    one page each. Style commands use the row numbers of the whole grid and are mapped into
    each table."""
    pad = 4.0

    def height_of(row: list[Any], index: int) -> float:
        fixed = row_heights[index] if row_heights is not None else None
        if fixed is not None:
            return float(fixed)
        tallest = 12.0
        for cell, width in zip(row, widths, strict=False):
            if isinstance(cell, Flowable):
                tallest = max(tallest, cell.wrap(width - 5, 10_000)[1])
        return tallest + pad

    header_h = sum(height_of(data[i], i) for i in range(header_rows))
    bounds: list[tuple[int, int]] = []
    room = (first_room if first_room is not None else page_room) - header_h
    start, used = header_rows, 0.0
    for i in range(header_rows, len(data)):
        h = height_of(data[i], i)
        if used + h > room * 0.97 and i > start:
            bounds.append((start, i))
            start, used, room = i, 0.0, page_room - header_h
        used += h
    bounds.append((start, len(data)))
    # Most commands touch one row; they are bucketed by row so each table only looks at its
    # own rows (scanning the whole list per table was quadratic: 14 s of 33 on `large`).
    header_cmds: list[tuple[Any, ...]] = []
    spanning: list[tuple[Any, ...]] = []
    by_row: dict[int, list[tuple[Any, ...]]] = {}
    for cmd in style:
        r0, r1 = cmd[1][1], cmd[2][1]
        if 0 <= r0 < header_rows and 0 <= r1 < header_rows:
            header_cmds.append(cmd)
        elif r0 == r1 and r0 >= header_rows:
            by_row.setdefault(r0, []).append(cmd)
        else:
            spanning.append(cmd)
    out: list[Flowable] = []
    for a, b in bounds:
        local: list[tuple[Any, ...]] = list(header_cmds)
        for cmd in spanning:
            name, (c0, r0), (c1, r1), *rest = cmd
            if r1 < 0:  # to the end of the grid
                first = r0 if r0 < header_rows else max(r0, a)
                if first >= b:
                    continue
                new0 = first if first < header_rows else first - a + header_rows
                local.append((name, (c0, new0), (c1, -1), *rest))
                continue
            lo, hi = max(r0, a), min(r1, b - 1)
            if lo > hi:
                continue
            local.append((name, (c0, lo - a + header_rows), (c1, hi - a + header_rows), *rest))
        for row in range(a, b):
            for name, (c0, _r0), (c1, _r1), *rest in by_row.get(row, ()):
                r = row - a + header_rows
                local.append((name, (c0, r), (c1, r), *rest))
        heights = None
        if row_heights is not None:
            heights = row_heights[:header_rows] + row_heights[a:b]
        if out:
            out.append(PageBreak())
        out.append(PageGrid(data[:header_rows] + data[a:b], widths, heights, header_rows, local))
    return out


def key_values(pairs: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
    """A label/value block (date, time, place) without a header."""
    rows = [[Paragraph(esc(k), styles.cell_small), Paragraph(v, styles.cell)] for k, v in pairs]
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def title_block(title: str, subtitle: str, styles: Styles, *, outline: bool = True
                ) -> list[Flowable]:
    para = Paragraph(esc(title), styles.title)
    if outline:
        para.outline_level = 0
        para.outline_title = title
    return [para, Paragraph(esc(subtitle), styles.subtitle)]


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def render(story: list[Flowable], info: PageInfo, *, subject: str,
           landscape_first: bool = False, keywords: str = "") -> bytes:
    """Lay out `story` and return the PDF bytes (not yet PDF/A).

    Table rows do not split (reportlab's in-row splitting can repeat a header mid-page); a
    row taller than a page would stop the layout, so then the layout is redone with in-row
    splitting allowed for every table."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _build(story, info, subject, landscape_first, keywords)
    except LayoutError:
        for flowable in _walk(story):
            if isinstance(flowable, Table):
                flowable.splitInRow = 1
        return _build(story, info, subject, landscape_first, keywords)


def _build(story: list[Flowable], info: PageInfo, subject: str, landscape_first: bool,
           keywords: str) -> bytes:
    buffer = BytesIO()
    doc = ReportDoc(buffer, info, subject=subject, landscape_first=landscape_first,
                    keywords=keywords)
    doc.build(list(story), canvasmaker=canvas_maker(info))
    return buffer.getvalue()


def _walk(flowables: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for f in flowables:
        out.append(f)
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            out += _walk(inner)
    return out


PORTRAIT_WIDTH = A4[0] - 2 * MARGIN_X
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * LANDSCAPE_MARGIN_X
PAGE_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
LANDSCAPE_HEIGHT = landscape(A4)[1] - MARGIN_TOP - MARGIN_BOTTOM
