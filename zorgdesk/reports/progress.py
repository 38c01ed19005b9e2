"""`progress`: per theme the goals with their traffic light, results and points of attention,
and what changed since a date (lights, reports, milestones done, new goals)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.dutch import nl_date, nl_euro
from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.charts import light_bars
from zorgdesk.reports.common import (
    LANDSCAPE_WIDTH,
    MUTED,
    Paragraph,
    data_table,
    esc,
    heading,
    hex_of,
    late_markup,
    light_markup,
    plain,
    spacer,
    title_block,
)
from zorgdesk.reports.werkagenda import theme_roles
from zorgdesk.services.goals.plan import GoalData, Plan, ThemeData, load_plan

LIGHTS = ("groen", "oranje", "rood")


def light_counts(theme: ThemeData) -> dict[str, int]:
    counts = {"groen": 0, "oranje": 0, "rood": 0, "geen": 0}
    for goal in theme.all_goals():
        counts[goal.light or "geen"] += 1
    return counts


def summary(ctx: Context, plan: Plan) -> list[Flowable]:
    s = ctx.styles
    themes = [t for t in plan.themes if t.goals]
    rows: list[list[Any]] = [["Thema", *[Paragraph(light_markup(x), s.cell_head)
                                         for x in LIGHTS], "geen licht", "doelen"]]
    for theme in themes:
        c = light_counts(theme)
        rows.append([Paragraph(esc(theme.label), s.cell), *[str(c[x]) for x in LIGHTS],
                     str(c["geen"]), str(sum(c.values()))])
    widths = [LANDSCAPE_WIDTH - 5 * 24 * mm, *[24 * mm] * 5]
    out: list[Flowable] = [heading("Overzicht van de verkeerslichten", 0, ctx.styles),
                           data_table(rows, widths, extra=[("ALIGN", (1, 0), (-1, -1),
                                                            "CENTER")]), spacer(4)]
    if themes and len(themes) <= 30:
        out.append(light_bars([(t.label, light_counts(t)) for t in themes], 230))
    return out


def changes(ctx: Context, plan: Plan, since: date, until: date) -> list[Flowable]:
    s = ctx.styles
    events: list[tuple[date, GoalData, str]] = []
    new_goals: list[tuple[date, GoalData, str]] = []
    for goal in plan.goals.values():
        previous = None
        for status in goal.statuses:
            if status.reported_on >= since:
                if status.light is not None and previous is None:
                    what = f"eerste verkeerslicht: {light_markup(status.light)}"
                elif status.light is not None and previous != status.light:
                    what = f"{light_markup(previous)} \u2192 {light_markup(status.light)}"
                else:
                    summary = plain(status.results or status.attention)
                    if len(summary) > 140:
                        summary = summary[:138].rsplit(" ", 1)[0] + " \u2026"
                    what = "nieuwe rapportage" + (f": {esc(summary)}" if summary else "")
                if status.by:
                    what += f" (door {esc(status.by)})"
                events.append((status.reported_on, goal, what))
            if status.light is not None:
                previous = status.light
        for m in goal.milestones:
            if m.done_on is not None and m.done_on >= since:
                events.append((m.done_on, goal, f"mijlpaal gereed: {esc(m.title)}"))
        if goal.created_at is not None and since <= goal.created_at.date() <= until:
            new_goals.append((goal.created_at.date(), goal, "nieuw doel"))
    events = [e for e in events if e[0] <= until]
    out: list[Flowable] = [heading(f"Wat is er veranderd sinds {nl_date(since)}", 0, s)]
    if len(new_goals) > 25:
        days = sorted({d for d, _g, _w in new_goals})
        when = nl_date(days[0], weekday=False)
        if len(days) > 1:
            when += f" – {nl_date(days[-1], weekday=False)}"
        out.append(Paragraph(f"{len(new_goals)} doelen zijn nieuw in deze periode ({when}); "
                             "zij staan hieronder per thema.", s.muted))
    else:
        events += new_goals
    if not events:
        out.append(Paragraph("<i>Geen wijzigingen in deze periode.</i>", s.muted))
        return out
    events.sort(key=lambda e: (e[0], e[1].code or ""))
    rows: list[list[Any]] = [["Datum", "Doel", "Wijziging"]]
    for day, goal, what in events[:2000]:
        rows.append([Paragraph(esc(nl_date(day, weekday=False)), s.cell),
                     Paragraph(esc(goal.label), s.cell), Paragraph(what, s.cell)])
    widths = [26 * mm, LANDSCAPE_WIDTH - 26 * mm - 110 * mm, 110 * mm]
    out.append(data_table(rows, widths))
    return out


def _leads(goal: GoalData) -> str:
    """"Trekker:" names only holders of a real trekker role; other people on the goal are
    "Betrokken:" (calling them trekker misstated who leads)."""
    leads = [r.holder for r in goal.roles if r.role == "trekker"]
    label = "Trekker"
    if not leads:
        leads = [r.holder for r in goal.roles if r.is_person]
        label = "Betrokken"
    if not leads:
        return ""
    return (f"<br/><font size='7.5' color='{hex_of(MUTED)}'>{label}: "
            f"{esc('; '.join(leads))}</font>")


def _funding(goal: GoalData) -> str:
    """The goal's funding in one line: total, and how much of it is committed."""
    if not goal.funding:
        return ""
    total = sum(f.amount_cents for f in goal.funding)
    committed = sum(f.amount_cents for f in goal.funding if f.status == "toegezegd")
    return (f"<br/><font size='7.5' color='{hex_of(MUTED)}'>Financiering: {nl_euro(total)}"
            f" (toegezegd {nl_euro(committed)})</font>")


def _late(goal: GoalData, today: date) -> str:
    """Milestones still open after their last due day, marked in shape, word and colour."""
    late = [m for m in goal.milestones if m.late(today)]
    if not late:
        return ""
    names = "; ".join(f"{esc(m.title)} ({esc(m.due_label)})" for m in late)
    return f"<br/><font size='7.5'>{late_markup()}: {names}</font>"


def theme_table(ctx: Context, theme: ThemeData) -> Flowable:
    s = ctx.styles
    rows: list[list[Any]] = [["Nummer", "Doel", "Licht", "Resultaten", "Aandachtspunten",
                              "Peildatum"]]
    today = ctx.options.made_on or date.today()
    for goal in theme.all_goals():
        latest = goal.latest
        rows.append([
            Paragraph(f"<b>{esc(goal.code or '')}</b>", s.cell),
            Paragraph(esc(goal.title) + _leads(goal) + _funding(goal) + _late(goal, today),
                      s.cell),
            Paragraph(light_markup(goal.light), s.cell),
            Paragraph(esc(latest.results) if latest else "", s.cell),
            Paragraph(esc(latest.attention) if latest else "", s.cell),
            Paragraph(esc(nl_date(latest.reported_on, weekday=False)) if latest else
                      f"<font color='{hex_of(MUTED)}'>geen rapportage</font>", s.cell_small),
        ])
    widths = [20 * mm, 70 * mm, 22 * mm, 0.0, 62 * mm, 22 * mm]
    widths[3] = LANDSCAPE_WIDTH - sum(widths)
    return data_table(rows, widths)


def make(ctx: Context) -> ReportContent:
    s = ctx.styles
    plan = load_plan(ctx.store, ctx.privacy, theme_id=ctx.theme_id)
    made_on = ctx.options.made_on or date.today()
    since = ctx.options.since or (made_on - timedelta(days=183))
    story: list[Flowable] = title_block(
        "Voortgangsrapportage",
        f"{plan.workspace.name} \u00b7 stand {nl_date(made_on)} \u00b7 wijzigingen sinds "
        f"{nl_date(since)}", s)
    story += summary(ctx, plan)
    story += [PageBreak(), *changes(ctx, plan, since, made_on)]
    for theme in plan.themes:
        if not theme.goals:
            continue
        story += [PageBreak(), heading(theme.label, 0, s)]
        story += theme_roles(theme, s)
        story.append(theme_table(ctx, theme))
    return ReportContent(
        title="Voortgangsrapportage",
        subtitle=f"{plan.workspace.name}, stand {nl_date(made_on)}",
        story=story, landscape_first=True, keywords="voortgang, verkeerslicht",
    )
