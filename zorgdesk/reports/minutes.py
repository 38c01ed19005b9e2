"""`minutes`: the verslag of a meeting with attendance, minutes per item, decisions, actions."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.agenda import meeting_when
from zorgdesk.reports.common import (
    ACCENT,
    MUTED,
    PORTRAIT_WIDTH,
    Paragraph,
    data_table,
    esc,
    heading,
    hex_of,
    join_people,
    key_values,
    spacer,
    title_block,
)
from zorgdesk.reports.language import report_date, report_date_long, translate, word
from zorgdesk.services.meetings.meeting_data import (
    ActionData,
    DecisionData,
    MeetingData,
    load_meeting,
)


def decisions_table(ctx: Context, decisions: list[DecisionData]) -> Flowable:
    s = ctx.styles
    if not decisions:
        none = translate("Report", "Geen besluiten.")
        return Paragraph(f"<i>{none}</i>", s.muted)
    rows: list[list[Any]] = [[translate("Report", "Nummer"), translate("Report", "Punt"),
                              translate("Report", "Besluit")]]
    for d in decisions:
        rows.append([Paragraph(f"<b>{esc(d.number)}</b>", s.cell),
                     Paragraph(esc(d.item_number or ""), s.cell),
                     Paragraph(esc(d.text), s.cell)])
    widths = [30 * mm, 12 * mm, PORTRAIT_WIDTH - 42 * mm]
    return data_table(rows, widths)


def actions_table(ctx: Context, actions: list[ActionData], *, with_origin: bool = False
                  ) -> Flowable:
    s = ctx.styles
    if not actions:
        none = translate("Report", "Geen actiepunten.")
        return Paragraph(f"<i>{none}</i>", s.muted)
    head = [translate("Report", "Actie"), translate("Report", "Wie"),
            translate("Report", "Uiterlijk"), translate("Report", "Status")]
    if with_origin:
        head.insert(0, translate("Report", "Sinds"))
    rows: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    today = ctx.options.made_on
    for r, a in enumerate(actions, start=1):
        text = esc(a.text)
        if a.notes:
            text += f"<br/><font size='7.5' color='{hex_of(MUTED)}'>{esc(a.notes)}</font>"
        row = [Paragraph(text, s.cell), Paragraph(esc(a.owner), s.cell),
               Paragraph(esc(report_date(a.due, weekday=False)), s.cell),
               Paragraph(esc(word(a.status)), s.cell_small)]
        if with_origin:
            row.insert(0, Paragraph(esc(report_date(a.origin, weekday=False)), s.cell_small))
        rows.append(row)
        if a.status == "open" and a.due and today and a.due < today:
            extra.append(("TEXTCOLOR", (len(row) - 2, r), (len(row) - 2, r),
                          ACCENT))
    widths = [0.0, 45 * mm, 24 * mm, 18 * mm]
    if with_origin:
        widths.insert(0, 22 * mm)
    widths[1 if with_origin else 0] = PORTRAIT_WIDTH - sum(widths)
    return data_table(rows, widths, extra=extra)


def minutes_status(ctx: Context, meeting: MeetingData) -> str:
    """"concept" or "vastgesteld op 3 maart 2022 in de vergadering van 3 maart 2022"."""
    from zorgdesk.services.meetings.adoption import minutes_state

    if ctx.store is None:
        return ""
    state = minutes_state(ctx.store, meeting.id)
    if not state.adopted:
        return translate("Report", "Concept: nog niet vastgesteld")
    return translate("Report", "Vastgesteld op {day}").format(
        day=report_date_long(state.adopted_on, weekday=False))


def guest_labels(ctx: Context, meeting: MeetingData) -> list[str]:
    from zorgdesk.services.meetings.guests import guests

    if ctx.store is None:
        return []
    public = ctx.options.public
    return [g.public_label() if public else g.label() for g in guests(ctx.store, meeting.id)]


def attendance_block(ctx: Context, meeting: MeetingData) -> Flowable:
    s = ctx.styles
    pairs = [(translate("Report", "Datum en tijd"), esc(meeting_when(meeting)))]
    status = minutes_status(ctx, meeting)
    if status:
        pairs.append((translate("Report", "Status"), f"<b>{esc(status)}</b>"))
    if meeting.location:
        pairs.append((translate("Report", "Locatie"), esc(meeting.location)))
    if meeting.present or meeting.apologies or meeting.absent:
        nobody = translate("Report", "niemand")
        pairs.append((translate("Report", "Aanwezig"),
                      esc(join_people(meeting.present)) or f"<i>{nobody}</i>"))
    else:
        members = join_people([f"{label} ({word(role)})" if role != "lid" else label
                               for label, role in meeting.members])
        unknown = translate("Report", "Aanwezigheid niet vastgelegd.")
        pairs.append((translate("Report", "Leden"), (esc(members) + "<br/>" if members else "")
                      + f"<i>{unknown}</i>"))
    if meeting.apologies:
        pairs.append((translate("Report", "Afgemeld"), esc(join_people(meeting.apologies))))
    if meeting.absent:
        pairs.append((translate("Report", "Afwezig"), esc(join_people(meeting.absent))))
    guests = guest_labels(ctx, meeting)
    if guests:
        pairs.append((translate("Report", "Gasten"), esc(join_people(guests))))
    return key_values(pairs, s, PORTRAIT_WIDTH)


def minutes_flowables(ctx: Context, meeting: MeetingData, *, level: int = 0,
                      with_title: bool = True) -> list[Flowable]:
    s = ctx.styles
    title = translate("Report", "Verslag {body}").format(body=meeting.body_name)
    out: list[Flowable] = []
    if with_title:
        out += title_block(title, meeting_when(meeting), s)
    else:
        out.append(heading(f"{title}, {report_date(meeting.starts_at.date())}", level, s))
    out += [attendance_block(ctx, meeting), spacer(3)]
    if meeting.notes:
        out.append(Paragraph(esc(meeting.notes), s.muted))
    for item in meeting.items:
        block: list[Flowable] = [
            heading(f"{item.number}. {item.title}", level + 1, s, look=2)
        ]
        if item.presenter:
            block.append(Paragraph(translate("Report", "Inbreng: {who}").format(
                who=esc(item.presenter)), s.muted))
        no_notes = translate("Report", "Geen aantekeningen.")
        block.append(Paragraph(esc(item.minutes_text) or f"<i>{no_notes}</i>", s.body))
        for d in (d for d in meeting.decisions if d.item_number == item.number):
            block.append(Paragraph(
                f"<font color='{hex_of(ACCENT)}'><b>"
                + translate("Report", "Besluit {number}:").format(number=esc(d.number))
                + "</b></font> "
                f"{esc(d.text)}", s.body))
        for a in (a for a in meeting.actions if a.item_number == item.number):
            who = f" ({esc(a.owner)}" + (f", {report_date(a.due, weekday=False)}" if a.due
                                          else "") + ")"
            action = translate("Report", "Actie:")
            block.append(Paragraph(f"<b>{action}</b> {esc(a.text)}{who}", s.body))
        out.append(KeepTogether(block[:3]))
        out += block[3:]
    out.append(heading(translate("Report", "Besluitenlijst"), level + 1, s))
    out.append(decisions_table(ctx, meeting.decisions))
    out.append(heading(translate("Report", "Actiepunten uit deze vergadering"), level + 1, s))
    out.append(actions_table(ctx, meeting.actions))
    return out


def make(ctx: Context) -> ReportContent:
    assert ctx.meeting_id is not None
    meeting = load_meeting(ctx.store, ctx.meeting_id, ctx.privacy)
    return ReportContent(
        title=translate("Report", "Verslag {body}").format(body=meeting.body_abbr),
        subtitle=f"{meeting.body_name}, {meeting_when(meeting)}",
        story=minutes_flowables(ctx, meeting),
        keywords=translate("Report", "verslag, notulen, besluitenlijst, actielijst"),
    )
