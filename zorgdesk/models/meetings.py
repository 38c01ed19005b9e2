"""Bodies (gremia), their meetings, agendas, minutes, decisions, actions and attachments."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zorgdesk.models.base import Base, Row, str_enum
from zorgdesk.models.enums import ActionStatus, Attendance, ItemKind, MemberRole, MinutesStatus


class Body(Row):
    """A gremium that meets: BST, AST, a themagroep, a coördinatieteam."""

    __tablename__ = "body"

    name: Mapped[str] = mapped_column(String(200))
    abbreviation: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str | None] = mapped_column(String(60))  # bestuurlijk, ambtelijk, themagroep...
    theme_id: Mapped[str | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), index=True
    )
    frequency: Mapped[str | None] = mapped_column(String(120))  # as the source says it
    interval_months: Mapped[int | None] = mapped_column(Integer)  # rule for planning a year
    weekday: Mapped[int | None] = mapped_column(Integer)  # 1 = Monday (ISO)
    usual_time: Mapped[time | None] = mapped_column(Time)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # Per-body template for standard items, one title per line.
    opening_items: Mapped[str | None] = mapped_column(Text)
    closing_items: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[BodyMember]] = relationship(
        back_populates="body", cascade="all, delete-orphan", passive_deletes=True
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="body", passive_deletes=True, order_by="Meeting.starts_at"
    )


class BodyMember(Row):
    __tablename__ = "body_member"
    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR organisation_id IS NOT NULL", name="has_member"
        ),
    )

    body_id: Mapped[str] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[MemberRole] = mapped_column(str_enum(MemberRole), default=MemberRole.LID)
    note: Mapped[str | None] = mapped_column(Text)

    body: Mapped[Body] = relationship(back_populates="members")


class Meeting(Row):
    __tablename__ = "meeting"

    body_id: Mapped[str] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    # Local wall-clock time in Europe/Amsterdam, as people plan meetings.
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Minutes are a concept until a later meeting of the same body adopts them; then frozen.
    minutes_status: Mapped[MinutesStatus] = mapped_column(
        str_enum(MinutesStatus), default=MinutesStatus.CONCEPT, server_default="concept",
        sort_order=10)
    minutes_adopted_on: Mapped[date | None] = mapped_column(Date, sort_order=11)
    minutes_adopted_in_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True, sort_order=12)

    body: Mapped[Body] = relationship(back_populates="meetings")
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AgendaItem.position", foreign_keys="AgendaItem.meeting_id",
    )


class AgendaItem(Row):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )  # sub-items number as 2a, 2b
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[ItemKind | None] = mapped_column(str_enum(ItemKind))
    presenter_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    presenter: Mapped[str | None] = mapped_column(String(200))  # free text when not a person
    minutes_allotted: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)  # preparation notes
    minutes_text: Mapped[str | None] = mapped_column(Text)  # notulen for this item
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # "Verslag vorige vergadering": the meeting whose minutes this item adopts.
    minutes_of_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True, sort_order=10)

    meeting: Mapped[Meeting] = relationship(back_populates="items",
                                            foreign_keys="AgendaItem.meeting_id")


class AgendaItemGoal(Base):
    __tablename__ = "agenda_item_goal"

    agenda_item_id: Mapped[str] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    goal_id: Mapped[str] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True
    )


class MeetingAttendance(Row):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    status: Mapped[Attendance] = mapped_column(str_enum(Attendance))


class MeetingGuest(Row):
    """Someone at the meeting who is not a member: a speaker, an adviser, an observer."""

    __tablename__ = "meeting_guest"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    publishable: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Decision(Row):
    __tablename__ = "decision"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[str] = mapped_column(String(40))  # e.g. AST-2022-07
    text: Mapped[str] = mapped_column(Text)


class Action(Row):
    """An actiepunt; it stays on its body's action list until done."""

    __tablename__ = "action"

    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    owner_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus), default=ActionStatus.OPEN
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )  # meeting of origin
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    body_id: Mapped[str | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL"), index=True
    )  # whose action list it is on (changes when referred to another body)
    referred_from_body_id: Mapped[str | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Attachment(Row):
    """A document stored inside the workspace file, so a copy of the file carries it along."""

    __tablename__ = "attachment"

    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
