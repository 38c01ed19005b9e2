"""`meeting-pack` (vergaderset): cover, agenda, minutes and decisions of the body's previous
meeting, open actions, traffic lights of the goals on the agenda and per theme, what is due
before the next meeting, indicator charts, then the attachments merged in (pypdf) with the
agenda item printed on every attachment page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.agenda import agenda_flowables, meeting_when
from zorgdesk.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PORTRAIT_WIDTH,
    RULE,
    WHITE,
    Paragraph,
    data_table,
    esc,
    heading,
    hex_of,
    late_markup,
    light_markup,
    spacer,
)
from zorgdesk.reports.language import due_label, report_date, translate, word
from zorgdesk.reports.minutes import actions_table, minutes_flowables
from zorgdesk.services.goals.plan import GoalData, Plan, load_plan
from zorgdesk.services.meetings.meeting_data import (
    AttachmentData,
    MeetingData,
    attachment_bytes,
    load_meeting,
    neighbour_meetings,
    open_actions,
)

MAX_CHARTS = 8


@dataclass(slots=True)
class Merged:
    attachment: AttachmentData
    content: bytes
    pages: int
    problem: str = ""


def cover(ctx: Context, meeting: MeetingData) -> list[Flowable]:
    s = ctx.styles
    title = Paragraph(translate("Report", "Vergaderset"), s.cover_title)
    title.outline_level = 0
    title.outline_title = translate("Report", "Voorblad")
    out: list[Flowable] = [spacer(45), title,
                           Paragraph(esc(meeting.body_name), s.cover_sub),
                           Paragraph(esc(meeting_when(meeting)), s.cover_sub)]
    if meeting.location:
        out.append(Paragraph(esc(meeting.location), s.subtitle))
    if meeting.title:
        out.append(Paragraph(esc(meeting.title), s.subtitle))
    edition = (translate("Report", "Publieksversie") if ctx.privacy.public
               else translate("Report", "Interne versie"))
    out += [spacer(8), Paragraph(f"<font color='{hex_of(MUTED)}'>{edition} \u00b7 "
                                 f"{esc(ctx.workspace.name)}</font>", s.body)]
    return out


def contents(ctx: Context, sections: list[str]) -> list[Flowable]:
    s = ctx.styles
    lines = "<br/>".join(f"{n}. {esc(t)}" for n, t in enumerate(sections, start=1))
    head = translate("Report", "Inhoud")
    return [spacer(14), Paragraph(f"<b>{head}</b>", s.h2), Paragraph(lines, s.body)]


def goal_lights(ctx: Context, goals: list[GoalData]) -> Flowable:
    s = ctx.styles
    rows: list[list[Any]] = [[translate("Report", "Nummer"), translate("Report", "Doel"),
                              translate("Report", "Licht"), translate("Report", "Stand")]]
    attention = translate("Report", "Aandacht: {text}")
    for g in goals:
        latest = g.latest
        stand = ""
        if latest is not None:
            stand = esc(latest.results)
            if latest.attention:
                text = attention.format(text=esc(latest.attention))
                stand += f"<br/><font color='{hex_of(MUTED)}'>{text}</font>"
        rows.append([Paragraph(f"<b>{esc(g.code or '')}</b>", s.cell),
                     Paragraph(esc(g.title), s.cell), Paragraph(light_markup(g.light), s.cell),
                     Paragraph(stand, s.cell)])
    widths = [20 * mm, 62 * mm, 22 * mm, PORTRAIT_WIDTH - 104 * mm]
    return data_table(rows, widths)


def theme_lights(ctx: Context, plan: Plan) -> Flowable:
    s = ctx.styles
    lights = ("groen", "oranje", "rood")
    rows: list[list[Any]] = [[translate("Report", "Thema"),
                              *[Paragraph(light_markup(x), s.cell_head) for x in lights],
                              translate("Report", "geen")]]
    for theme in plan.themes:
        goals = theme.all_goals()
        if not goals:
            continue
        counts = {x: sum(1 for g in goals if g.light == x) for x in lights}
        rows.append([Paragraph(esc(theme.label), s.cell), *[str(counts[x]) for x in lights],
                     str(sum(1 for g in goals if g.light is None))])
    widths = [PORTRAIT_WIDTH - 4 * 22 * mm, *[22 * mm] * 4]
    return data_table(rows, widths, extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")])


def due_before(ctx: Context, plan: Plan, start: date, end: date) -> Flowable:
    s = ctx.styles
    items: list[tuple[date, GoalData, Any]] = []
    for goal in plan.goals.values():
        for m in goal.milestones:
            if m.status in ("gereed", "vervallen"):
                continue
            if m.due_end <= end:
                items.append((m.due_end, goal, m))
    items.sort(key=lambda x: (x[0], x[1].code or ""))
    if not items:
        none = translate("Report", "Geen open mijlpalen in deze periode.")
        return Paragraph(f"<i>{none}</i>", s.muted)
    rows: list[list[Any]] = [[translate("Report", "Uiterlijk"), translate("Report", "Doel"),
                              translate("Report", "Mijlpaal"), translate("Report", "Status")]]
    extra: list[tuple[Any, ...]] = []
    for due, goal, m in items[:400]:
        late = due < start
        rows.append([Paragraph(esc(due_label(m)), s.cell),
                     Paragraph(esc(goal.label), s.cell), Paragraph(esc(m.title), s.cell),
                     Paragraph((late_markup() + " \u00b7 " if late else "")
                               + esc(word(m.status)),
                               s.cell_small)])
    widths = [24 * mm, 62 * mm, PORTRAIT_WIDTH - 24 * mm - 62 * mm - 26 * mm, 26 * mm]
    return data_table(rows, widths, extra=extra)


def load_attachments(ctx: Context, meeting: MeetingData) -> list[Merged]:
    from pypdf import PdfReader

    merged: list[Merged] = []
    for item in meeting.items:
        for att in item.attachments:
            if not att.is_pdf:
                merged.append(Merged(att, b"", 0,
                                     translate("Report", "geen PDF; niet samengevoegd")))
                continue
            content = attachment_bytes(ctx.store, att.id)
            try:
                pages = len(PdfReader(BytesIO(content)).pages)
            except Exception:  # a damaged attachment must not stop the meeting pack
                merged.append(Merged(att, b"", 0, translate(
                    "Report", "onleesbare PDF; niet samengevoegd")))
                continue
            merged.append(Merged(att, content, pages))
    return merged


def attachments_list(ctx: Context, merged: list[Merged]) -> Flowable:
    s = ctx.styles
    rows: list[list[Any]] = [[translate("Report", "Punt"), translate("Report", "Bijlage"),
                              translate("Report", "Pagina's"),
                              translate("Report", "Opmerking")]]
    for m in merged:
        rows.append([Paragraph(esc(m.attachment.item_number or ""), s.cell),
                     Paragraph(esc(m.attachment.filename) + "<br/><font size='7' color='"
                               f"{hex_of(MUTED)}'>{esc(m.attachment.item_title or '')}</font>",
                               s.cell),
                     Paragraph(str(m.pages) if m.pages else "", s.cell),
                     Paragraph(esc(m.problem), s.cell_small)])
    widths = [14 * mm, PORTRAIT_WIDTH - 14 * mm - 20 * mm - 50 * mm, 20 * mm, 50 * mm]
    return data_table(rows, widths)


def _stamps(merged: list[Merged], sizes: list[tuple[float, float]], first_page: int,
            total: int, workspace: str) -> bytes:
    """One PDF with a stamp page per attachment page: agenda item on top, page at the foot."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT)
    page = first_page
    k = 0
    attached_to = translate("Report", "Bijlage bij agendapunt {number}: {title}")
    page_of = translate("Report", "pagina {page} van {total}")
    for m in merged:
        for _ in range(m.pages):
            width, height = sizes[k]
            k += 1
            page += 1
            canvas.setPageSize((width, height))
            band = 9 * mm
            canvas.setFillColor(WHITE)
            canvas.rect(0, height - band, width, band, stroke=0, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.rect(0, height - band, 2.2 * mm, band, stroke=0, fill=1)
            canvas.setFont(FONT_BOLD, 7.5)
            canvas.setFillColor(INK)
            label = attached_to.format(number=m.attachment.item_number,
                                       title=m.attachment.item_title or "")
            canvas.drawString(6 * mm, height - 5.8 * mm, label[:110])
            canvas.setFont(FONT, 7)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(width - 6 * mm, height - 5.8 * mm, m.attachment.filename)
            canvas.setStrokeColor(RULE)
            canvas.line(0, height - band, width, height - band)
            canvas.setFillColor(WHITE)
            canvas.rect(width - 60 * mm, 3 * mm, 56 * mm, 5 * mm, stroke=0, fill=1)
            canvas.setFont(FONT_BOLD, 7)
            canvas.setFillColor(INK)
            canvas.drawRightString(width - 6 * mm, 4.5 * mm, page_of.format(page=page, total=total))
            canvas.setFont(FONT, 7)
            canvas.setFillColor(MUTED)
            canvas.drawString(6 * mm, 4.5 * mm, workspace[:80])
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def merge_attachments(data: bytes, merged: list[Merged], workspace: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    todo = [m for m in merged if m.pages]
    if not todo:
        return data
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    first = len(writer.pages)
    readers = [PdfReader(BytesIO(m.content)) for m in todo]
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for r in readers
             for p in r.pages]
    total = first + len(sizes)
    stamps = PdfReader(BytesIO(_stamps(todo, sizes, first, total, workspace)))
    parent = writer.add_outline_item(title=translate("Report", "Bijlagen"), page_number=first)
    k = 0
    for m, reader in zip(todo, readers, strict=True):
        start = len(writer.pages)
        for page in reader.pages:
            added = writer.add_page(page)
            added.merge_page(stamps.pages[k])
            k += 1
        writer.add_outline_item(title=f"{m.attachment.item_number}. {m.attachment.filename}",
                                page_number=start,
                                parent=parent)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def make(ctx: Context) -> ReportContent:
    assert ctx.meeting_id is not None
    s = ctx.styles
    meeting = load_meeting(ctx.store, ctx.meeting_id, ctx.privacy)
    prev_id, next_id = neighbour_meetings(ctx.store, meeting.id)
    previous = load_meeting(ctx.store, prev_id, ctx.privacy) if prev_id else None
    nxt = load_meeting(ctx.store, next_id, ctx.privacy) if next_id else None
    ctx.progress(15, "Doelen en verkeerslichten lezen")  # progress labels: the UI's language
    plan = load_plan(ctx.store, ctx.privacy)
    merged = load_attachments(ctx, meeting)
    day = meeting.starts_at.date()
    until = nxt.starts_at.date() if nxt else day + timedelta(days=92)

    due_title = translate("Report", "Wat moet af voor {day}").format(day=report_date(until))
    sections = [translate("Report", "Agenda")]
    if previous:
        sections.append(translate("Report", "Verslag en besluitenlijst van {day}").format(
            day=report_date(previous.starts_at.date())))
    sections += [translate("Report", "Actielijst"), translate("Report", "Verkeerslichten"),
                 due_title, translate("Report", "Indicatoren")]
    if merged:
        sections.append(translate("Report", "Bijlagen"))
    story: list[Flowable] = cover(ctx, meeting) + contents(ctx, sections)
    story += [PageBreak(), *agenda_flowables(ctx, meeting, level=0, with_title=False)]
    if previous is not None:
        story += [PageBreak(), *minutes_flowables(ctx, previous, level=0, with_title=False)]
    story += [PageBreak(), heading(translate("Report", "Actielijst {body}").format(
                  body=meeting.body_abbr), 0, s),
              Paragraph(translate("Report", "Open actiepunten van dit overleg, ook uit "
                                  "eerdere vergaderingen."), s.muted),
              actions_table(ctx, open_actions(ctx.store, meeting.body_id, ctx.privacy,
                                              meeting.starts_at),
                            with_origin=True)]
    goal_ids = [g for item in meeting.items for g in item.goal_ids]
    agenda_goals = [plan.goals[g] for g in dict.fromkeys(goal_ids) if g in plan.goals]
    story += [PageBreak(), heading(translate("Report", "Verkeerslichten"), 0, s),
              heading(translate("Report", "Doelen op de agenda"), 1, s, look=2)]
    no_goals = translate("Report", "Geen doelen aan de agendapunten gekoppeld.")
    story.append(goal_lights(ctx, agenda_goals) if agenda_goals else
                 Paragraph(f"<i>{no_goals}</i>", s.muted))
    story += [heading(translate("Report", "Per thema"), 1, s, look=2), theme_lights(ctx, plan)]
    story += [heading(due_title, 0, s),
              Paragraph(translate("Report", "Open mijlpalen met een uiterste datum tot de "
                                  "volgende vergadering ({day}), en wat al te laat is.").format(
                  day=report_date(until)), s.muted),
              due_before(ctx, plan, day, until)]
    ctx.progress(25, "Grafieken tekenen")
    story += [PageBreak(), heading(translate("Report", "Indicatoren"), 0, s)]
    charts = _chart_candidates(agenda_goals, plan)
    if not charts:
        none = translate("Report", "Geen indicatoren met metingen.")
        story.append(Paragraph(f"<i>{none}</i>", s.muted))
    from reportlab.platypus import KeepTogether

    from zorgdesk.reports.charts import indicator_chart

    for goal, indicator in charts[:MAX_CHARTS]:
        story.append(KeepTogether([
            Paragraph(f"<b>{esc(goal.code or '')}</b> {esc(goal.title)}", s.small),
            indicator_chart(indicator, PORTRAIT_WIDTH / mm, 52), spacer(3)]))
    if merged:
        story += [PageBreak(), heading(translate("Report", "Bijlagen"), 0, s, outline=False),
                  Paragraph(translate("Report", "De bijlagen volgen hierna; op elke pagina "
                                      "staat bij welk agendapunt zij horen."), s.muted),
                  attachments_list(ctx, merged)]
    extra_pages = sum(m.pages for m in merged)
    workspace = ctx.workspace.name

    def finish(data: bytes) -> bytes:
        return merge_attachments(data, merged, workspace)

    return ReportContent(
        title=translate("Report", "Vergaderset {body}").format(body=meeting.body_abbr),
        subtitle=f"{meeting.body_name}, {meeting_when(meeting)}",
        story=story, extra_pages=extra_pages, finish=finish,
        attachment_names=tuple(m.attachment.filename for m in merged if m.pages),
        keywords=translate("Report", "vergaderset, agenda, verslag, actielijst, verkeerslicht"),
    )


def _chart_candidates(agenda_goals: list[GoalData], plan: Plan) -> list[tuple[GoalData, Any]]:
    def with_points(goals: list[GoalData]) -> list[tuple[GoalData, Any]]:
        return [(g, i) for g in goals for i in g.indicators if i.points]

    found = with_points(agenda_goals)
    if not found:
        found = with_points(sorted(plan.goals.values(), key=lambda g: g.code or ""))
    return found



