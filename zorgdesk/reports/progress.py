"""`progress`: per theme the goals with their traffic light, results and points of attention,
and what changed since a date (lights, reports, milestones done, new goals)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

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
from zorgdesk.reports.language import due_label, report_date, report_euro, translate
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
    rows: list[list[Any]] = [[translate("Report", "Thema"),
                              *[Paragraph(light_markup(x), s.cell_head) for x in LIGHTS],
                              translate("Report", "geen licht"), translate("Report", "doelen")]]
    for theme in themes:
        c = light_counts(theme)
        rows.append([Paragraph(esc(theme.label), s.cell), *[str(c[x]) for x in LIGHTS],
                     str(c["geen"]), str(sum(c.values()))])
    widths = [LANDSCAPE_WIDTH - 5 * 24 * mm, *[24 * mm] * 5]
    out: list[Flowable] = [heading(translate("Report", "Overzicht van de verkeerslichten"), 0,
                                   ctx.styles),
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
                    what = translate("Report", "eerste verkeerslicht: {light}").format(
                        light=light_markup(status.light))
                elif status.light is not None and previous != status.light:
                    what = f"{light_markup(previous)} \u2192 {light_markup(status.light)}"
                else:
                    summary = plain(status.results or status.attention)
                    if len(summary) > 140:
                        summary = summary[:138].rsplit(" ", 1)[0] + " \u2026"
                    what = translate("Report", "nieuwe rapportage") + (
                        f": {esc(summary)}" if summary else "")
                if status.by:
                    what += translate("Report", " (door {who})").format(who=esc(status.by))
                events.append((status.reported_on, goal, what))
            if status.light is not None:
                previous = status.light
        for m in goal.milestones:
            if m.done_on is not None and m.done_on >= since:
                events.append((m.done_on, goal, translate(
                    "Report", "mijlpaal gereed: {title}").format(title=esc(m.title))))
        if goal.created_at is not None and since <= goal.created_at.date() <= until:
            new_goals.append((goal.created_at.date(), goal, translate("Report", "nieuw doel")))
    events = [e for e in events if e[0] <= until]
    out: list[Flowable] = [heading(translate("Report", "Wat is er veranderd sinds {day}").format(
        day=report_date(since)), 0, s)]
    if len(new_goals) > 25:
        days = sorted({d for d, _g, _w in new_goals})
        when = report_date(days[0], weekday=False)
        if len(days) > 1:
            when += f" – {report_date(days[-1], weekday=False)}"
        out.append(Paragraph(translate("Report", "{count} doelen zijn nieuw in deze periode "
                                       "({when}); zij staan hieronder per thema.").format(
            count=len(new_goals), when=when), s.muted))
    else:
        events += new_goals
    if not events:
        none = translate("Report", "Geen wijzigingen in deze periode.")
        out.append(Paragraph(f"<i>{none}</i>", s.muted))
        return out
    events.sort(key=lambda e: (e[0], e[1].code or ""))
    rows: list[list[Any]] = [[translate("Report", "Datum"), translate("Report", "Doel"),
                              translate("Report", "Wijziging")]]
    for day, goal, what in events[:2000]:
        rows.append([Paragraph(esc(report_date(day, weekday=False)), s.cell),
                     Paragraph(esc(goal.label), s.cell), Paragraph(what, s.cell)])
    widths = [26 * mm, LANDSCAPE_WIDTH - 26 * mm - 110 * mm, 110 * mm]
    out.append(data_table(rows, widths))
    return out


def _leads(goal: GoalData) -> str:
    """"Trekker:" names only holders of a real trekker role; other people on the goal are
    "Betrokken:" (calling them trekker misstated who leads)."""
    leads = [r.holder for r in goal.roles if r.role == "trekker"]
    label = translate("Report", "Trekker")
    if not leads:
        leads = [r.holder for r in goal.roles if r.is_person]
        label = translate("Report", "Betrokken")
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
    text = translate("Report", "Financiering: {total} (toegezegd {committed})").format(
        total=report_euro(total), committed=report_euro(committed))
    return f"<br/><font size='7.5' color='{hex_of(MUTED)}'>{text}</font>"


def _late(goal: GoalData, today: date) -> str:
    """Milestones still open after their last due day, marked in shape, word and colour."""
    late = [m for m in goal.milestones if m.late(today)]
    if not late:
        return ""
    names = "; ".join(f"{esc(m.title)} ({esc(due_label(m))})" for m in late)
    return f"<br/><font size='7.5'>{late_markup()}: {names}</font>"


def theme_table(ctx: Context, theme: ThemeData) -> Flowable:
    s = ctx.styles
    rows: list[list[Any]] = [[translate("Report", "Nummer"), translate("Report", "Doel"),
                              translate("Report", "Licht"), translate("Report", "Resultaten"),
                              translate("Report", "Aandachtspunten"),
                              translate("Report", "Peildatum")]]
    no_report = translate("Report", "geen rapportage")
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
            Paragraph(esc(report_date(latest.reported_on, weekday=False)) if latest else
                      f"<font color='{hex_of(MUTED)}'>{no_report}</font>", s.cell_small),
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
        translate("Report", "Voortgangsrapportage"),
        translate("Report", "{workspace} · stand {day} · wijzigingen sinds {since}").format(
            workspace=plan.workspace.name, day=report_date(made_on),
            since=report_date(since)), s)
    story += summary(ctx, plan)
    story += [PageBreak(), *changes(ctx, plan, since, made_on)]
    for theme in plan.themes:
        if not theme.goals:
            continue
        story += [PageBreak(), heading(theme.label, 0, s)]
        story += theme_roles(theme, s)
        story.append(theme_table(ctx, theme))
    return ReportContent(
        title=translate("Report", "Voortgangsrapportage"),
        subtitle=translate("Report", "{workspace}, stand {day}").format(
            workspace=plan.workspace.name, day=report_date(made_on)),
        story=story, landscape_first=True,
        keywords=translate("Report", "voortgang, verkeerslicht"),
    )
