"""`matrix`: which partner has which role on which goal. Landscape; when there are more
partners than fit across a page the columns are split into groups, and every page repeats the
goal labels (first column) and the partner names (rotated header row)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.common import (
    ACCENT,
    ACCENT_LIGHT,
    ACCENT_TINT,
    FONT_COND_BOLD,
    INK,
    LANDSCAPE_WIDTH,
    WHITE,
    LabelMarkup,
    Paragraph,
    code_label_style,
    data_table,
    esc,
    heading,
    title_block,
)
from zorgdesk.reports.language import is_english, translate, word
from zorgdesk.reports.role_grid import GridRow, RoleCell, role_grid
from zorgdesk.services.goals.plan import GoalData, Plan, RoleData, load_plan

ROLE_SHORT = {"trekker": "T", "initiatiefnemer": "I", "betrokken": "B", "financier": "F",
              "geïnformeerd": "G"}
# English letters: Lead, Initiator, Participant, Funder, Kept informed.
ROLE_SHORT_EN = {"trekker": "L", "initiatiefnemer": "I", "betrokken": "P", "financier": "F",
                 "geïnformeerd": "K"}
ROLE_FILL = {"trekker": ACCENT, "initiatiefnemer": ACCENT_LIGHT, "betrokken": ACCENT_TINT,
             "financier": ACCENT_TINT, "geïnformeerd": WHITE}
LABEL_W = 78 * mm
CELL_W = 8.2 * mm
HEADER_H = 40 * mm


class RotatedLabel(Flowable):  # type: ignore[misc]
    """A column label written upwards, so narrow grid columns can carry long names."""

    def __init__(self, text: str, height: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        super().__init__()
        if height > 0:
            while len(text) > 4 and stringWidth(text, FONT_COND_BOLD, 7) > height:
                text = text[:-2].rstrip() + "\u2026"
        self.text = text
        self.height = height
        self.width = 6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(FONT_COND_BOLD, 7)
        canvas.setFillColor(WHITE)
        canvas.translate(4.5, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def _holder_roles(goal: GoalData) -> dict[str, RoleData]:
    order = list(ROLE_SHORT)
    out: dict[str, RoleData] = {}
    for role in goal.roles:
        if role.organisation_id is None or role.is_person:
            continue
        current = out.get(role.organisation_id)
        if current is None or order.index(role.role) < order.index(current.role):
            out[role.organisation_id] = role
    return out


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    members: tuple[str, ...]  # organisation ids shown in this column


def role_short(role: str) -> str:
    return (ROLE_SHORT_EN if is_english() else ROLE_SHORT)[role]


def kind_plural(kind: str) -> str:
    """The heading for a kind of organisation, in the report's language."""
    plurals = {
        "gemeente": translate("Report", "Gemeenten"),
        "zorgverzekeraar": translate("Report", "Zorgverzekeraars"),
        "zorgkantoor": translate("Report", "Zorgkantoren"),
        "provincie": translate("Report", "Provincies"), "GGD": translate("Report", "GGD'en"),
        "VVT": "VVT", "GGZ": "GGZ", "ziekenhuis": translate("Report", "Ziekenhuizen"),
        "huisartsen": translate("Report", "Huisartsen"),
        "gehandicaptenzorg": translate("Report", "Gehandicaptenzorg"),
        "welzijn": translate("Report", "Welzijn"), "onderwijs": translate("Report", "Onderwijs"),
        "inwonersorganisatie": translate("Report", "Inwonersorganisaties"),
        "overig": translate("Report", "Overig"),
    }
    return plurals.get(kind, kind)


def grid(ctx: Context, rows_by_theme: list[tuple[str, list[GoalData]]], columns: list[Column],
         label: str) -> list[Flowable]:
    """Goals down, columns across; a merged column shows its members' strongest role and,
    when more than one member has a role, how many."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = ctx.styles
    order = list(ROLE_SHORT)
    cell_w = CELL_W if all(len(c.members) == 1 for c in columns) else CELL_W * 1.35
    out: list[Flowable] = [heading(label, 1, s, look=2)]
    longest = max(stringWidth(c.label, FONT_COND_BOLD, 7) for c in columns)
    header_h = min(HEADER_H, max(14 * mm, longest + 10))
    header: list[Flowable] = [Paragraph(translate("Report", "Doel"), s.cell_head)]
    header += [RotatedLabel(c.label, header_h - 6) for c in columns]
    rows: list[GridRow] = []
    goal_label = LabelMarkup("{0}", code_label_style(s))
    for theme_label, goals in rows_by_theme:
        rows.append(GridRow(Paragraph(f"<b>{esc(theme_label)}</b>", s.cell), None))
        for goal in goals:
            roles = _holder_roles(goal)
            title = goal.title if len(goal.title) <= 90 else goal.title[:88] + "\u2026"
            cells: dict[int, RoleCell] = {}
            for c, column in enumerate(columns):
                found = [roles[o].role for o in column.members if o in roles]
                if found:
                    role = min(found, key=order.index)
                    text = role_short(role) + (f"\u00b7{len(found)}" if len(found) > 1 else "")
                    cells[c] = RoleCell(text, ROLE_FILL[role],
                                        WHITE if role == "trekker" else INK)
            rows.append(GridRow(goal_label(title, bullet=goal.code or None), cells))
    label_w = min(140 * mm, max(LABEL_W, LANDSCAPE_WIDTH - cell_w * len(columns)))
    out.append(role_grid(header, header_h, rows, label_w, cell_w))
    return out


def per_partner(ctx: Context, plan: Plan, rows_by_theme: list[tuple[str, list[GoalData]]],
                by_kind: dict[str, list[str]]) -> list[Flowable]:
    """Each partner with the goal codes per role, kind by kind: the detail the merged columns
    leave out, in a few lines per partner instead of a column on every page."""
    s = ctx.styles
    codes: dict[str, dict[str, list[str]]] = {}
    for _theme, goals in rows_by_theme:
        for goal in goals:
            for org, role in _holder_roles(goal).items():
                codes.setdefault(org, {}).setdefault(role.role, []).append(
                    goal.code or goal.title[:30])
    out: list[Flowable] = [PageBreak(), heading(translate("Report", "Per partner"), 1, s,
                                                look=1)]
    for kind, members in by_kind.items():
        out.append(heading(kind_plural(kind), 2, s, look=2))
        rows: list[list[Any]] = [[translate("Report", "Partner"),
                                  translate("Report", "Rollen op doelen")]]
        for org in members:
            found = codes.get(org, {})
            text = "<br/>".join(
                f"<b>{role_short(role)}</b> {esc(word(role))}: {esc(', '.join(found[role]))}"
                for role in ROLE_SHORT if role in found)
            rows.append([Paragraph(f"<b>{esc(plan.organisations[org][0])}</b>", s.cell),
                         Paragraph(text, s.cell_small)])
        out.append(data_table(rows, [60 * mm, LANDSCAPE_WIDTH - 60 * mm]))
    return out


def matrix_flowables(ctx: Context, plan: Plan) -> list[Flowable]:
    s = ctx.styles
    rows_by_theme: list[tuple[str, list[GoalData]]] = []
    used: dict[str, int] = {}
    for theme in plan.themes:
        goals = [g for g in theme.all_goals() if _holder_roles(g)]
        for g in goals:
            for org in _holder_roles(g):
                used[org] = used.get(org, 0) + 1
        if goals:
            rows_by_theme.append((theme.label, goals))
    legend = "  \u00b7  ".join(f"<b>{role_short(k)}</b> {word(k)}" for k in ROLE_SHORT)
    out: list[Flowable] = title_block(translate("Report", "Partnermatrix"),
                                      translate("Report", "Rollen van de partners per doel."), s)
    out.append(Paragraph(legend + ".", s.muted))
    if not used:
        none = translate("Report", "Er zijn nog geen rollen van partners vastgelegd.")
        out.append(Paragraph(f"<i>{none}</i>", s.muted))
        return out
    orgs = sorted(used, key=lambda o: (plan.organisations[o][2], plan.organisations[o][0]))
    per_page = max(1, int((LANDSCAPE_WIDTH - LABEL_W) // CELL_W))
    if len(orgs) <= per_page:
        columns = [Column(plan.organisations[o][0], (o,)) for o in orgs]
        out += grid(ctx, rows_by_theme, columns, translate("Report", "Alle partners"))
    else:
        # Too many partners for one page across: one column per kind, as the screen's
        # "kolommen samenvoegen per soort", and below it each partner's goals as a list.
        # Splitting the columns over pages would repeat every goal row per group of
        # partners (1,623 mostly empty pages on `large`).
        by_kind: dict[str, list[str]] = {}
        for o in orgs:
            by_kind.setdefault(plan.organisations[o][2], []).append(o)
        columns = [Column(f"{kind_plural(k)} ({len(members)})", tuple(members))
                   for k, members in by_kind.items()]
        out.append(Paragraph(translate(
            "Report", "Er zijn {count} partners met een rol: te veel voor kolommen naast "
            "elkaar. Daarom eerst één kolom per soort organisatie (de sterkste rol, met het "
            "aantal partners van die soort met een rol), daarna per partner de doelen.").format(
                count=len(orgs)), s.muted))
        out += grid(ctx, rows_by_theme, columns, translate("Report", "Per soort organisatie"))
        out += per_partner(ctx, plan, rows_by_theme, by_kind)
    out += people_table(ctx, plan)
    names = [f"<b>{esc(plan.organisations[o][0])}</b> {esc(plan.organisations[o][1])}"
             for o in orgs if plan.organisations[o][0] != plan.organisations[o][1]]
    if names:
        out += [heading(translate("Report", "Afkortingen"), 1, s, look=2),
                Paragraph(" \u00b7 ".join(names), s.small)]
    return out


def people_table(ctx: Context, plan: Plan) -> list[Flowable]:
    """Who represents whom: the people with a role on a theme or goal."""
    s = ctx.styles
    rows: list[list[Any]] = [[translate("Report", "Thema of doel"), translate("Report", "Rol"),
                              translate("Report", "Persoon")]]
    for theme in plan.themes:
        for role in (r for r in theme.roles if r.is_person):
            rows.append([Paragraph(esc(theme.label), s.cell),
                         Paragraph(esc(role.capacity or word(role.role)), s.cell),
                         Paragraph(esc(role.holder), s.cell)])
        for goal in theme.all_goals():
            for role in (r for r in goal.roles if r.is_person):
                rows.append([Paragraph(esc(goal.label), s.cell),
                             Paragraph(esc(role.capacity or word(role.role)), s.cell),
                             Paragraph(esc(role.holder), s.cell)])
    if len(rows) == 1:
        return []
    widths = [LANDSCAPE_WIDTH - 150 * mm, 50 * mm, 100 * mm]
    return [heading(translate("Report", "Personen met een rol"), 1, s, look=2),
            data_table(rows, widths)]


def make(ctx: Context) -> ReportContent:
    plan = load_plan(ctx.store, ctx.privacy, theme_id=ctx.theme_id, with_progress=False)
    return ReportContent(
        title=translate("Report", "Partnermatrix"), subtitle=plan.workspace.name,
        story=matrix_flowables(ctx, plan), landscape_first=True,
        keywords=translate("Report", "partners, rollen, matrix"),
    )
