"""`werkagenda`: the whole plan like chapter 2 of the IZA regioplan. Per theme the strategic
goals, each operational goal with its year grid, then initiatives and initiators."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.common import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_BOLD,
    MUTED,
    PAGE_HEIGHT,
    PORTRAIT_WIDTH,
    RULE,
    Paragraph,
    Styles,
    data_table,
    esc,
    heading,
    hex_of,
    late_markup,
    light_markup,
    plain,
    spacer,
)
from zorgdesk.reports.language import due_label, report_date, report_euro, translate, word
from zorgdesk.services.goals.plan import (
    GoalData,
    GridColumn,
    Plan,
    ThemeData,
    load_plan,
    year_columns,
)
from zorgdesk.services.goals.text_format import is_rich

INITIATOR_ROLES = ("trekker", "initiatiefnemer")


def legend() -> str:
    """The grid's key; its signs are written out so that lupdate reads the same text."""
    return translate("Report", "■ inzet of resultaat in dat jaar  ·  ◆ mijlpaal  ·  "
                     "“2027 &gt;”: dat jaar en later")


def grid_cell(goal: GoalData, column: GridColumn) -> str:
    """■ work or a result that year, ◆ a milestone due in that year or quarter."""
    if column.quarter is None:
        marked = any(column.holds(y) for y in goal.year_marks)
        milestone = any(column.holds(m.year) for m in goal.milestones)
    else:
        marked = False
        milestone = any(m.year == column.year and m.due_quarter == column.quarter
                        for m in goal.milestones)
    return ("\u25c6" if milestone else "") + ("\u25a0" if marked else "")


def body_text(goal: GoalData) -> str:
    """The goal's text as Paragraph markup: a formatted text with its bold, italic and
    bullets; a plain one without the title it often starts with (the sources repeat it)."""
    if is_rich(goal.text):
        return esc(_without_leading_title(goal.text or "", plain(goal.title)))
    text, title = plain(goal.text), plain(goal.title)
    return esc(_without_leading_title(text, title).lstrip(":. \n"))


def _without_leading_title(text: str, title: str) -> str:
    """A formatted text whose first bullet repeats the title (IZA 2.4.2.C): the repeat goes,
    what follows it in that bullet stays."""
    first, sep, rest = text.partition("\n")
    marker = first[:len(first) - len(first.lstrip("•*- \t"))]
    body = first[len(marker):]
    wanted = title.rstrip(":. ")
    if not wanted or not body.startswith(wanted):
        return text
    remainder = body[len(wanted):].lstrip(":. ")
    if remainder:
        return marker + remainder + sep + rest
    return rest


CHUNK = 1_500  # characters per Paragraph of a long text


def chunked(text: str, size: int = CHUNK) -> list[str]:
    """`text` in pieces of at most `size` characters, cut at a space where there is one.

    reportlab re-wraps a whole Paragraph for every split, so one 100,000-character text
    took 15 s in a cell (a 100 KB title 19 s); pieces keep a report's time linear in its
    text (about 1 s for three goals with 100,000 characters each).
    """
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text:
        pieces.append(text)
    return pieces


def markup_chunks(markup: str, size: int = CHUNK) -> list[str]:
    """Plain Paragraph markup in pieces of about `size`, cut between words and never
    inside an entity; formatted text (with tags) is left whole."""
    if len(markup) <= size:
        return [markup] if markup else []
    if "<" in markup:  # formatted text: a tag may span lines, so it stays whole
        return [markup]
    out: list[str] = []
    for piece in chunked(markup, size):
        if out and out[-1].rfind("&") > out[-1].rfind(";"):  # an entity was cut in two
            out[-1] += piece
        else:
            out.append(piece)
    return out


def goal_cell(goal: GoalData, *, public: bool, today: date) -> list[str]:
    """The lines of a goal's cell, as Paragraph markup."""
    parts = [f"<b>{esc(piece)}</b>" for piece in chunked(goal.title)]
    if goal.under:
        under = translate("Report", "onder: {goal}").format(goal=esc(goal.under))
        parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'>{under}</font>")
    text = body_text(goal)
    parts.extend(markup_chunks(text))
    for label, value in goal.card:
        first, *rest = chunked(value) or [""]
        parts.append(f"<font size='7.5'><b>{esc(word(label))}:</b> {esc(first)}</font>")
        parts.extend(f"<font size='7.5'>{esc(piece)}</font>" for piece in rest)
    if goal.milestones:
        ms = "; ".join(
            f"{esc(m.title)} ({esc(due_label(m))})"
            + (f" {late_markup()}" if m.late(today) else "")
            for m in goal.milestones)
        ms = translate("Report", "Mijlpalen: {milestones}").format(milestones=ms)
        parts.append(f"<font size='7.5' color='{hex_of(ACCENT)}'>{ms}</font>")
    if goal.initiatives:
        inspiring = translate("Report", "Inspirerende initiatieven:")
        parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'><b>{inspiring}</b></font>")
        for name, what in goal.initiatives:
            first, *rest = chunked(f"{name}: {what}" if what else name) or [""]
            parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'>\u2022 {esc(first)}</font>")
            parts.extend(f"<font size='7.5' color='{hex_of(MUTED)}'>{esc(piece)}</font>"
                         for piece in rest)
    if goal.programmes:
        programme = translate("Report", "Transformatieprogramma:")
        parts.append(f"<font size='7.5'><b>{programme}</b> "
                     f"{esc('; '.join(goal.programmes))}</font>")
    if goal.funding:
        lines = "; ".join(
            " ".join(x for x in (str(f.year or ""), esc(f.source), report_euro(f.amount_cents),
                                 f"({esc(word(f.status))})") if x)
            + (f" \u2013 {esc(f.description)}" if f.description else "")
            for f in goal.funding)
        total = report_euro(sum(f.amount_cents for f in goal.funding))
        funding = translate("Report", "Financiering:")
        total = translate("Report", "totaal {amount}").format(amount=total)
        parts.append(f"<font size='7.5'><b>{funding}</b> {lines}; {total}</font>")
    parts.extend(results_history(goal))
    initiators = [r for r in goal.roles if r.role in INITIATOR_ROLES]
    if initiators:
        lead = f" ({word('trekker')})"
        names = "; ".join(
            esc(r.holder) + (lead if r.role == "trekker" else "") for r in initiators
        )
        names = translate("Report", "(Potentiële) initiatiefnemers: {names}").format(
            names=names)
        parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'>{names}</font>")
    if goal.internal_notes and not public:
        note = translate("Report", "Interne notitie: ")
        parts.extend(f"<font size='7.5' color='#8A4B00'>{note if i == 0 else ''}"
                     f"{esc(piece)}</font>" for i, piece in enumerate(chunked(goal.internal_notes)))
    return parts


HISTORY_CHARS = 80  # per reporting moment; the full text is the progress report's


def results_history(goal: GoalData) -> list[str]:
    """Every reporting moment with results or points of attention, oldest first, one short
    line each: what was reported when. The full texts are in the progress report; printing
    them here too doubled the werkagenda of `large` (1,122 -> 2,093 pages, 516 MB); at 80
    characters a moment it stays under 400 MB (benchmarks/bench_report_kinds.py)."""
    moments = [m for m in goal.statuses if m.results or m.attention]
    if not moments:
        return []
    results = translate("Report", "Resultaten:")
    attention = translate("Report", "Aandachtspunten: {text}")
    parts = [f"<font size='7.5'><b>{results}</b></font>"]
    for moment in moments:
        said = " ".join(" ".join(x.replace("\u2022", " ").split()) for x in (
            moment.results, attention.format(text=moment.attention) if moment.attention else "")
            if x)
        if len(said) > HISTORY_CHARS:
            said = said[:HISTORY_CHARS - 2].rsplit(" ", 1)[0] + " \u2026"
        day = report_date(moment.reported_on, weekday=False)
        light = light_markup(moment.light) + " \u2013 " if moment.light else ""
        parts.append(f"<font size='7.5'>{light}{esc(day)}: {esc(said)}</font>")
    return parts


def cell_rows(parts: list[str], s: Styles, width: float) -> list[list[Paragraph]]:
    """A goal's cell as one row, or, when it would be taller than a third of a page, as
    several rows (continuation rows), so that no table row is ever taller than a page and
    pages stay full. Most cells are estimated short without breaking any lines."""
    limit = PAGE_HEIGHT * 0.33
    chars = sum(len(p) for p in parts)
    if chars * 4.8 / width * s.cell.leading + len(parts) * s.cell.leading < limit * 0.6:
        return [[Paragraph("<br/>".join(parts), s.cell)]]
    pieces: list[Paragraph] = []
    for part in parts:
        para = Paragraph(part, s.cell)
        while para.wrap(width, 1e6)[1] > limit:
            halves = para.split(width, limit * 0.8)
            if len(halves) < 2:
                break
            pieces.append(halves[0])
            para = halves[1]
        pieces.append(para)
    rows: list[list[Paragraph]] = [[]]
    used = 0.0
    for piece in pieces:
        height = piece.wrap(width, 1e6)[1]
        if rows[-1] and used + height > limit:
            rows.append([])
            used = 0.0
        rows[-1].append(piece)
        used += height
    return rows


def goals_table(goals: list[GoalData], columns: list[GridColumn], s: Styles, *,
                public: bool, today: date) -> Flowable:
    grid_w = 13 * mm if columns and columns[0].quarter is None else 12 * mm
    code_w = 19 * mm
    text_w = PORTRAIT_WIDTH - code_w - grid_w * len(columns)
    rows: list[list[Any]] = [[translate("Report", "Nummer"), translate("Report", "Doel"),
                              *[c.label for c in columns]]]
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("FONTNAME", (2, 1), (-1, -1), FONT_BOLD),
        ("TEXTCOLOR", (2, 1), (-1, -1), ACCENT),
        ("LINEBEFORE", (2, 1), (-1, -1), 0.25, RULE),
    ]
    for goal in goals:
        cells = [grid_cell(goal, c) for c in columns]
        parts = cell_rows(goal_cell(goal, public=public, today=today), s, text_w - 8)
        for k, part in enumerate(parts):
            r = len(rows)
            code = Paragraph(f"<b>{esc(goal.code or '')}</b>", s.cell) if k == 0 else ""
            rows.append([code, part, *(cells if k == 0 else [""] * len(cells))])
            if k:
                extra.append(("LINEABOVE", (0, r), (1, r), 0.25, colors.white))
            for c, mark in enumerate(cells):
                if mark:
                    extra.append(("BACKGROUND", (2 + c, r), (2 + c, r), ACCENT_LIGHT))
    return data_table(rows, [code_w, text_w, *[grid_w] * len(columns)], extra=extra,
                      zebra=False)


def theme_roles(theme: ThemeData, s: Styles) -> list[Flowable]:
    if not theme.roles:
        return []
    by_role: dict[str, list[str]] = {}
    for r in theme.roles:
        label = r.holder + (f" ({r.capacity})" if r.capacity else "")
        by_role.setdefault(r.role, []).append(label)
    lines = [f"<b>{esc(word(role).capitalize())}:</b> {esc('; '.join(names))}"
             for role, names in by_role.items()]
    return [Paragraph("<br/>".join(lines), s.muted)]


def goal_section(goal: GoalData, level: int, columns: list[GridColumn], s: Styles,
                 public: bool, *, today: date) -> list[Flowable]:
    out: list[Flowable] = [heading(goal.label, min(level, 3), s, look=min(level + 1, 3))]
    if goal.under:  # the hierarchy crosses themes: say what it hangs under
        out.append(Paragraph(translate("Report", "onder: {goal}").format(goal=esc(goal.under)),
                             s.muted))
    if has_own_details(goal):
        # A goal with sub-goals can carry a project card, milestones, funding and a grid of
        # its own (noord-limburg 1.4): printed as its own row above its sub-goals.
        out += [goals_table([goal], columns, s, public=public, today=today), spacer(3)]
    else:
        text = body_text(goal)
        if text:
            out.append(Paragraph(text, s.body))
        if goal.internal_notes and not public:
            note = translate("Report", "Interne notitie: ")
            out.append(Paragraph(f"<i>{note}{esc(goal.internal_notes)}</i>", s.muted))
    out += children_flowables(goal.children, level + 1, columns, s, public, today=today)
    return out


def has_own_details(goal: GoalData) -> bool:
    return bool(goal.card or goal.milestones or goal.initiatives or goal.funding
                or goal.programmes or goal.year_marks
                or any(r.role in INITIATOR_ROLES for r in goal.roles))


def children_flowables(goals: list[GoalData], level: int, columns: list[GridColumn],
                       s: Styles, public: bool, *, today: date) -> list[Flowable]:
    """Goals without children go in one grid table; goals with children get a heading."""
    out: list[Flowable] = []
    leaves: list[GoalData] = []
    for goal in goals:
        if goal.children:
            if leaves:
                out += [goals_table(leaves, columns, s, public=public, today=today), spacer(3)]
                leaves = []
            out += goal_section(goal, level, columns, s, public, today=today)
        else:
            leaves.append(goal)
    if leaves:
        out += [goals_table(leaves, columns, s, public=public, today=today), spacer(3)]
    return out


def plan_flowables(ctx: Context, plan: Plan) -> list[Flowable]:
    s = ctx.styles
    ws = plan.workspace
    columns = year_columns(plan)
    today = ctx.options.made_on or date.today()
    out: list[Flowable] = [
        spacer(40),
        Paragraph(esc(translate("Report", "Werkagenda {period}").format(
            period=ws.period).strip()), s.cover_title),
        Paragraph(esc(ws.name), s.cover_sub),
    ]
    if ws.region:
        out.append(Paragraph(esc(ws.region), s.subtitle))
    if ws.vision_title:
        out += [spacer(8), heading(ws.vision_title, 0, s, look=1)]
        if ws.vision_text:
            out.append(Paragraph(esc(ws.vision_text), s.body))
    if ws.description:
        out.append(Paragraph(esc(ctx.privacy.text(ws.description)), s.body))
    out += [spacer(6), Paragraph(legend(), s.muted)]
    for theme in plan.themes:
        out.append(PageBreak())
        out.append(heading(theme.label, 0, s))
        if theme.description:
            out.append(Paragraph(esc(theme.description), s.body))
        out += theme_roles(theme, s)
        if not theme.goals:
            none = translate("Report", "Dit thema heeft nog geen doelen.")
            out.append(Paragraph(f"<i>{none}</i>", s.muted))
        out += children_flowables(theme.goals, 1, columns, s, ctx.privacy.public, today=today)
    if ctx.theme_id is None:  # region-wide: printed with the whole plan, not with one theme
        out += coalition_flowables(plan, s)
    return out


def coalition_flowables(plan: Plan, s: Styles) -> list[Flowable]:
    """The leading and broad coalition per sector, after the themes (the regioplan's
    appendix B): who carries the plan, next to its programmes and initiatives."""
    if not plan.coalitions:
        return []
    heads = (translate("Report", "Sector"), translate("Report", "Leidende coalitie"),
             translate("Report", "Brede coalitie"))
    rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", s.cell_head) for h in heads]]
    for c in plan.coalitions:
        rows.append([Paragraph(esc(c.sector), s.cell), Paragraph(esc("; ".join(c.leading)), s.cell),
                     Paragraph(esc("; ".join(c.broad)), s.cell)])
    width = PORTRAIT_WIDTH
    return [PageBreak(), heading(translate("Report", "Coalities"), 0, s),
            Paragraph(translate("Report", "Per sector de organisaties in de leidende en de "
                                "brede coalitie."), s.muted),
            spacer(4), data_table(rows, [width * 0.26, width * 0.30, width * 0.44])]


def make(ctx: Context) -> ReportContent:
    plan = load_plan(ctx.store, ctx.privacy, theme_id=ctx.theme_id)
    ctx.progress(25, "Werkagenda samenstellen")
    return ReportContent(
        title=translate("Report", "Werkagenda"),
        subtitle=f"{plan.workspace.name} {plan.workspace.period}".strip(),
        story=plan_flowables(ctx, plan),
        keywords=translate("Report", "werkagenda, doelen, jaargrid"),
    )
