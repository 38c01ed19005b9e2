"""An invitation e-mail for one meeting, as a draft that Outlook and Thunderbird open.

The secretary's mail client sends it, never ZorgDesk: the app is offline by design. The
message is a plain RFC 5322 file (`.eml`) with `X-Unsent: 1`, which Outlook opens as an
editable draft; Thunderbird opens it with "Bewerken als nieuw". It carries the agenda PDF (or
the whole meeting pack) and the meeting as an iCalendar request, so that the members can
accept it straight into their calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, make_msgid
from pathlib import Path

from zorgdesk.dutch import nl_date_long
from zorgdesk.services.meetings.document_names import document_name
from zorgdesk.store import Store, StoreError
from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Invitation:
    subject: str
    recipients: list[str]  # "Naam <adres>"
    missing: list[str]  # members without an e-mail address
    attachments: list[str]  # file names, in order
    message: EmailMessage


@dataclass(frozen=True, slots=True)
class _Meeting:
    id: str
    abbreviation: str
    body_name: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    items: list[tuple[str, str]]  # (number, title) of the public items
    members: list[tuple[str, str | None]]  # (name, e-mail)


def _read(store: Store, meeting_id: str) -> _Meeting:
    from sqlalchemy import select

    from zorgdesk.models import BodyMember, Meeting, Person

    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Deze vergadering bestaat niet meer."))
        body = meeting.body
        top = sorted((i for i in meeting.items if i.parent_id is None and not i.confidential),
                     key=lambda i: i.position)
        items = [(str(n), i.title) for n, i in enumerate(top, start=1)]
        members: list[tuple[str, str | None]] = [
            (person.name, person.email)
            for person in session.scalars(
                select(Person).join(BodyMember, BodyMember.person_id == Person.id)
                .where(BodyMember.body_id == body.id).order_by(Person.name))
        ]
        return _Meeting(meeting.id, body.abbreviation or body.name, body.name,
                        meeting.starts_at, meeting.ends_at, meeting.location or body.location,
                        items, members)


def _body_text(m: _Meeting) -> str:
    day = m.starts_at.date()
    when = nl_date_long(day)
    timed = (m.starts_at.hour, m.starts_at.minute) != (0, 0)
    if timed:
        when += f", {m.starts_at:%H.%M}"
        if m.ends_at is not None:
            when += f"–{m.ends_at:%H.%M}"
        when += " uur"
    lines = ["Beste leden van de " + m.body_name + ",", "",
             "Hierbij nodig ik u uit voor de vergadering van de " + m.body_name + ".", "",
             f"Datum en tijd: {when}"]
    if m.location:
        lines.append(f"Plaats: {m.location}")
    lines.append("")
    if m.items:
        lines.append("Agenda:")
        lines += [f"{number}. {title}" for number, title in m.items]
        lines.append("")
    lines += ["De agenda en de stukken zijn bijgevoegd. Met de uitnodiging in de bijlage zet u "
              "de vergadering in uw agenda.", "", "Met vriendelijke groet,", ""]
    return "\n".join(lines)


def build_invitation(store: Store, meeting_id: str, *, pack: bool = False,
                     public: bool = False) -> Invitation:
    """The draft e-mail: subject, Dutch text, agenda PDF (or meeting pack) and the .ics."""
    from zorgdesk.reports import ReportOptions, build_report
    from zorgdesk.services.meetings.calendar import build_calendar

    m = _read(store, meeting_id)
    day = m.starts_at.date()
    subject = f"{m.abbreviation} – uitnodiging {nl_date_long(day, weekday=False)}"
    msg = EmailMessage(policy=SMTP)
    recipients = [formataddr((name, email)) for name, email in m.members if email]
    missing = [name for name, email in m.members if not email]
    if recipients:
        msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg["X-Unsent"] = "1"  # Outlook: open as a draft to send, not as a received message
    msg["Message-ID"] = make_msgid(domain="zorgdesk.local")
    msg.set_content(_body_text(m))

    kind = "meeting-pack" if pack else "agenda"
    pdf_name = document_name(m.abbreviation, day, kind, public=public)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="zorgdesk-invite-") as folder:
        target = Path(folder) / "report.pdf"
        build_report(kind, store, target, ReportOptions(public=public, meeting_id=m.id))
        pdf = target.read_bytes()
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    ics = build_calendar(store, meeting_id=m.id, method="REQUEST")
    ics_name = document_name(m.abbreviation, day, "invitation")
    msg.add_attachment(ics, maintype="text", subtype="calendar", filename=ics_name,
                       params={"method": "REQUEST", "charset": "utf-8"})
    return Invitation(subject, recipients, missing, [pdf_name, ics_name], msg)


def write_invitation(store: Store, meeting_id: str, out: Path, *, pack: bool = False,
                     public: bool = False) -> Invitation:
    """Write the draft as an .eml file, atomically."""
    invitation = build_invitation(store, meeting_id, pack=pack, public=public)
    out = Path(out)
    with atomic_path(out) as tmp:
        Path(tmp).write_bytes(invitation.message.as_bytes())
    return invitation
