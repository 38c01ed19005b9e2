"""`agenda`: one meeting's agenda with clock times, kinds and presenters, to send out."""

from __future__ import annotations

from datetime import time
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.common import (
    ACCENT,
    CONFIDENTIAL,
    CONFIDENTIAL_TINT,
    FONT_BOLD,
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
from zorgdesk.reports.language import report_date_long, report_time, translate, word
from zorgdesk.services.goals.plan import goal_labels
from zorgdesk.services.meetings.meeting_data import MeetingData, confidential_item_ids, load_meeting

KIND_SHORT = {
    "ter informatie": "informatie",
    "ter bespreking": "bespreking",
    "ter besluitvorming": "besluitvorming",
    "hamerstuk": "hamerstuk",
}


def meeting_when(meeting: MeetingData) -> str:
    text = report_date_long(meeting.starts_at.date())
    if meeting.starts_at.time() == time(0, 0) and meeting.ends_at is None:
        return text  # planned without a time yet
    clock = report_time(meeting.starts_at)
    if meeting.ends_at is not None:
        clock += f"\u2013{report_time(meeting.ends_at)}"
    return f"{text}, " + translate("Report", "{time} uur").format(time=clock)


def goal_codes(ctx: Context, goal_ids: set[str]) -> dict[str, str]:
    return goal_labels(ctx.store, goal_ids, ctx.privacy)


def meeting_facts(ctx: Context, meeting: MeetingData) -> list[Flowable]:
    s = ctx.styles
    pairs = [(translate("Report", "Datum en tijd"), esc(meeting_when(meeting)))]
    if meeting.location:
        pairs.append((translate("Report", "Locatie"), esc(meeting.location)))
    for role, label in (("voorzitter", translate("Report", "Voorzitter")),
                        ("secretaris", translate("Report", "Secretaris"))):
        names = [m[0] for m in meeting.members if m[1] == role]
        if names:
            pairs.append((label, esc(join_people(names))))
    if meeting.cancelled:
        cancelled = translate("Report", "Deze vergadering is geannuleerd.")
        pairs.append((translate("Report", "Let op"), f"<b>{cancelled}</b>"))
    return [key_values(pairs, s, PORTRAIT_WIDTH), spacer(4)]


def agenda_table(ctx: Context, meeting: MeetingData) -> Flowable:
    s = ctx.styles
    codes = goal_codes(ctx, {g for item in meeting.items for g in item.goal_ids})
    rows: list[list[Any]] = [["", translate("Report", "Tijd"), translate("Report", "Onderwerp"),
                              translate("Report", "Soort"), translate("Report", "Inbreng")]]
    secret_label = translate("Report", "VERTROUWELIJK")
    not_public = translate("Report", "niet in de publieksversie")
    goals_label = translate("Report", "Doelen: {goals}")
    attachments_label = translate("Report", "Bijlagen: {names}")
    minutes_label = translate("Report", "{minutes} min")
    extra: list[tuple[Any, ...]] = []
    secret = set() if ctx.privacy.public else confidential_item_ids(ctx.store, meeting.id)
    for r, item in enumerate(meeting.items, start=1):
        parts = [f"<b>{esc(item.title)}</b>"]
        if item.id in secret:
            # Shown in the internal edition only, and left out of the public one.
            parts.insert(0, f"<font color='{hex_of(CONFIDENTIAL)}'><b>\u25a0 {secret_label}"
                            f"</b> \u00b7 {not_public}</font>")
            extra += [("BACKGROUND", (0, r), (-1, r), CONFIDENTIAL_TINT),
                      ("LINEBEFORE", (0, r), (0, r), 2.5, CONFIDENTIAL)]
        if item.notes:
            parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'>{esc(item.notes)}</font>")
        if item.goal_ids:
            goals = ", ".join(esc(codes.get(g, "")) for g in item.goal_ids if codes.get(g))
            if goals:
                goals = goals_label.format(goals=goals)
                parts.append(f"<font size='7.5' color='{hex_of(ACCENT)}'>{goals}</font>")
        if item.attachments:
            names = ", ".join(esc(a.filename) for a in item.attachments)
            names = attachments_label.format(names=names)
            parts.append(f"<font size='7.5' color='{hex_of(MUTED)}'>{names}</font>")
        subject = Paragraph("<br/>".join(parts), s.cell)
        if item.depth:
            subject.style = s.cell
            extra.append(("LEFTPADDING", (2, r), (2, r), 14))
        when = ""
        if item.start is not None:
            when = report_time(item.start)
            if item.minutes_allotted:
                allotted = minutes_label.format(minutes=item.minutes_allotted)
                when += f"<br/><font size='7' color='{hex_of(MUTED)}'>{allotted}</font>"
        rows.append([
            Paragraph(f"<b>{esc(item.number)}</b>", s.cell),
            Paragraph(when, s.cell),
            subject,
            Paragraph(esc(word(KIND_SHORT.get(item.kind, item.kind))), s.cell_small),
            Paragraph(esc(item.presenter), s.cell),
        ])
    if len(rows) == 1:
        none = translate("Report", "Nog geen agendapunten.")
        rows.append(["", "", Paragraph(f"<i>{none}</i>", s.cell), "", ""])
    widths = [9 * mm, 15 * mm, 0, 25 * mm, 38 * mm]
    widths[2] = PORTRAIT_WIDTH - sum(widths)
    extra.append(("FONTNAME", (0, 0), (-1, 0), FONT_BOLD))
    return data_table(rows, widths, extra=extra)


def agenda_flowables(ctx: Context, meeting: MeetingData, *, level: int = 0,
                     with_title: bool = True) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = []
    title = translate("Report", "Agenda {body}").format(body=meeting.body_name)
    if with_title:
        out += title_block(title, meeting.title or meeting_when(meeting), s)
    else:
        out.append(heading(title, level, s))
    out += meeting_facts(ctx, meeting)
    out.append(agenda_table(ctx, meeting))
    invited = [m for m in meeting.members if m[1] in ("lid", "agendalid")]
    if invited:
        out.append(heading(translate("Report", "Genodigden"), 2, s, outline=False))
        out.append(Paragraph(esc(join_people([m[0] for m in invited])), s.small))
    return out


def make(ctx: Context) -> ReportContent:
    assert ctx.meeting_id is not None
    meeting = load_meeting(ctx.store, ctx.meeting_id, ctx.privacy)
    return ReportContent(
        title=translate("Report", "Agenda {body}").format(body=meeting.body_abbr),
        subtitle=f"{meeting.body_name}, {meeting_when(meeting)}",
        story=agenda_flowables(ctx, meeting),
        keywords=translate("Report", "agenda, vergadering"),
    )
