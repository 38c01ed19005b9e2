"""`timeline`: the Gantt grid in quarters. Each goal row shows its years of work as a band,
each milestone row its run (start to due) and a diamond in the quarter it is due, coloured by
status. Wide periods are split into groups of years; every page repeats the labels (first
column) and the year/quarter header rows. All drawn as vector table cells."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.common import (
    ACCENT,
    ACCENT_LIGHT,
    ACCENT_TINT,
    FONT,
    FONT_BOLD,
    FONT_COND,
    LANDSCAPE_HEIGHT,
    LANDSCAPE_WIDTH,
    LATE,
    LATE_SHAPE,
    MUTED,
    RULE,
    STATUS_COLOURS,
    STATUS_SHAPES,
    WHITE,
    LabelMarkup,
    Paragraph,
    chunked_tables,
    code_label_style,
    esc,
    heading,
    hex_of,
    late_markup,
    title_block,
)
from zorgdesk.reports.language import due_label, translate, word
from zorgdesk.services.goals.plan import (
    GoalData,
    GridColumn,
    MilestoneData,
    Plan,
    load_plan,
    quarter_columns,
)

LABEL_W = 88 * mm
BAND = colors.HexColor("#A7CDD3")
MAX_QUARTERS = 16


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _index(columns: list[GridColumn], year: int, quarter: int) -> int | None:
    for i, c in enumerate(columns):
        if c.year == year and c.quarter == quarter:
            return i
    return None


def _chunks(columns: list[GridColumn]) -> list[list[GridColumn]]:
    if len(columns) <= MAX_QUARTERS:
        return [columns]
    parts = math.ceil(len(columns) / MAX_QUARTERS)
    size = math.ceil(len(columns) / 4 / parts) * 4
    return [columns[i:i + size] for i in range(0, len(columns), size)]


def _legend() -> str:
    items = [f"<font color='{hex_of(c)}'>{STATUS_SHAPES.get(k, '')}</font> {word(k)}"
             for k, c in STATUS_COLOURS.items()]
    late = translate("Report", "te laat")
    items.append(f"<font color='{hex_of(LATE)}'>{LATE_SHAPE}</font> {late}")
    return (translate("Report", "Band: jaren met inzet of resultaat; → in de laatste kolom: "
                      "loopt door (“en later”); lichte band: looptijd van een mijlpaal; "
                      "mijlpaal: ") + " \u00b7 ".join(items))


def _milestone_cells(m: MilestoneData, cols: list[GridColumn], row: int,
                     style: list[tuple[Any, ...]], late: bool) -> list[str]:
    cells = [""] * len(cols)
    due = _index(cols, m.year, m.due_quarter)
    if m.start_date is not None:
        start_y, start_q = _quarter_of(m.start_date)
        for i, c in enumerate(cols):
            if (start_y, start_q) <= (c.year, c.quarter or 0) <= (m.year, m.due_quarter):
                style.append(("BACKGROUND", (1 + i, row), (1 + i, row), ACCENT_LIGHT))
    if due is not None:
        cells[due] = LATE_SHAPE if late else STATUS_SHAPES.get(m.status, "\u25c6")
        colour = LATE if late else STATUS_COLOURS.get(m.status, MUTED)
        style.append(("TEXTCOLOR", (1 + due, row), (1 + due, row), colour))
    return cells


def grid_tables(ctx: Context, plan: Plan, cols: list[GridColumn], today: date,
                first_room: float) -> list[Flowable]:
    s = ctx.styles
    cell_w = (LANDSCAPE_WIDTH - LABEL_W) / len(cols)
    years = sorted({c.year for c in cols})
    top: list[Any] = [translate("Report", "Doel / mijlpaal")]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("BACKGROUND", (0, 0), (-1, 1), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 1), WHITE),
        ("FONTNAME", (0, 0), (-1, 1), FONT_BOLD),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)),
        ("LINEBELOW", (0, 2), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("FONTNAME", (1, 2), (-1, -1), FONT_BOLD),
        ("FONTSIZE", (1, 2), (-1, -1), 10),
    ]
    second: list[Any] = [""]
    for year in years:
        first = next(i for i, c in enumerate(cols) if c.year == year)
        last = max(i for i, c in enumerate(cols) if c.year == year)
        top += [str(year)] + [""] * (last - first)
        style += [("SPAN", (1 + first, 0), (1 + last, 0)),
                  ("LINEBEFORE", (1 + first, 0), (1 + first, -1), 0.6, RULE)]
    second += [c.label for c in cols]
    data: list[list[Any]] = [top, second]
    now = _index(cols, *_quarter_of(today))
    goal_label = LabelMarkup("{0}", code_label_style(s))
    # Milestones sit 7 pt in from their goal: an indent of the label, not more cell padding,
    # so that the rows are measured at the width they are drawn at (one line breaking each).
    # The muted corner is the label's bullet, so an on-time label is one fragment.
    sub = ParagraphStyle("zd-grid-sub", parent=s.grid_label, leftIndent=7, bulletIndent=7,
                         bulletFontName=FONT_COND, bulletFontSize=s.grid_label.fontSize,
                         bulletColor=MUTED)
    on_time = LabelMarkup("{0} ({1})", sub)
    late_label = LabelMarkup("{0} ({1}) " + late_markup().replace("{", "{{").replace(
        "}", "}}"), sub)
    for theme in plan.themes:
        goals = [g for g in theme.all_goals() if g.year_marks or g.milestones]
        if not goals:
            continue
        r = len(data)
        data.append([Paragraph(f"<b>{esc(theme.label)}</b>", s.cell)] + [""] * len(cols))
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ACCENT_TINT)]
        for goal in goals:
            data.append(_goal_row(goal, cols, len(data), style, goal_label))
            for m in goal.milestones:
                r = len(data)
                title = m.title if len(m.title) <= 80 else m.title[:78] + "\u2026"
                late = m.late(today)
                label = (late_label if late else on_time)(title, due_label(m),
                                                          bullet="\u2514")
                data.append([label, *_milestone_cells(m, cols, r, style, late)])
    if len(data) == 2:
        none = translate("Report", "Geen jaarmarkeringen of mijlpalen.")
        data.append([Paragraph(f"<i>{none}</i>", s.cell)] + [""] * len(cols))
    if now is not None:
        style.append(("LINEBEFORE", (1 + now, 1), (1 + now, -1), 1.2, ACCENT))
    return chunked_tables(data, style, [LABEL_W] + [cell_w] * len(cols), header_rows=2,
                          page_room=LANDSCAPE_HEIGHT, first_room=first_room)


def _goal_row(goal: GoalData, cols: list[GridColumn], r: int, style: list[tuple[Any, ...]],
              goal_label: LabelMarkup) -> list[Any]:
    label = goal_label(goal.title if len(goal.title) <= 90 else goal.title[:88] + "…",
                       bullet=goal.code or None)
    last_year = max(goal.year_marks) if goal.year_marks else None
    open_ended = last_year is not None and goal.year_marks[last_year]
    cells: list[Any] = [""] * len(cols)
    for i, c in enumerate(cols):
        marked = c.year in goal.year_marks or (open_ended and c.year > (last_year or 0))
        if marked:
            style.append(("BACKGROUND", (1 + i, r), (1 + i, r), BAND))
    if open_ended and cols and cols[-1].year >= (last_year or 0):
        cells[-1] = "\u2192"  # "2027 >": the work goes on past the grid
        style.append(("TEXTCOLOR", (len(cols), r), (len(cols), r), ACCENT))
    return [label, *cells]


def years_label(cols: list[GridColumn]) -> str:
    first, last = cols[0].year, cols[-1].year
    return str(first) if first == last else f"{first}\u2013{last}"


def left_out(plan: Plan, s: Any) -> list[Flowable]:
    """Goals the grid cannot show, named with the reason, so nobody thinks they are lost."""
    missing = [g for g in plan.goals.values() if not g.year_marks and not g.milestones]
    if not missing:
        return []
    names = "; ".join(esc(g.label) for g in missing)
    one = translate("Report", "Dit doel staat niet in de tijdlijn omdat het geen "
                    "jaarmarkering en geen mijlpaal heeft: ")
    more = translate("Report", "Deze {count} doelen staan niet in de tijdlijn omdat ze geen "
                     "jaarmarkering en geen mijlpaal hebben: ").format(count=len(missing))
    return [heading(translate("Report", "Niet in de tijdlijn"), 1, s, look=2),
            Paragraph((one if len(missing) == 1 else more) + names, s.muted)]


def make(ctx: Context) -> ReportContent:
    s = ctx.styles
    plan = load_plan(ctx.store, ctx.privacy, theme_id=ctx.theme_id, with_details=False)
    columns = quarter_columns(plan)
    today = ctx.options.made_on or date.today()
    story: list[Flowable] = title_block(
        translate("Report", "Tijdlijn"),
        translate("Report", "{workspace}, in kwartalen").format(workspace=plan.workspace.name),
        s)
    story.append(Paragraph(_legend(), s.muted))
    if not any(g.year_marks or g.milestones for g in plan.goals.values()):
        none = translate("Report", "Er zijn nog geen jaarmarkeringen of mijlpalen vastgelegd.")
        story.append(Paragraph(f"<i>{none}</i>", s.muted))
        columns = []
    chunks = _chunks(columns) if columns else []
    for n, cols in enumerate(chunks, start=1):
        if n > 1:
            story.append(PageBreak())
        story.append(heading(years_label(cols), 1, s, look=2))
        room = LANDSCAPE_HEIGHT - (150 if n == 1 else 30)
        story += grid_tables(ctx, plan, cols, today, room)
    story += left_out(plan, s)
    return ReportContent(
        title=translate("Report", "Tijdlijn"),
        subtitle=f"{plan.workspace.name} {plan.workspace.period}".strip(),
        story=story, landscape_first=True,
        keywords=translate("Report", "tijdlijn, planning, mijlpalen"),
    )
