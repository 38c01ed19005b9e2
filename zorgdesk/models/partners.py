"""Who does what: organisations, people, their roles on goals and themes, and funding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zorgdesk.models.base import Row, str_enum
from zorgdesk.models.enums import Coalition, FundingStatus, OrgKind, RoleKind

if TYPE_CHECKING:
    from zorgdesk.models.goals import Goal, Theme


class Organisation(Row):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[OrgKind] = mapped_column(str_enum(OrgKind), default=OrgKind.OVERIG)
    sector: Mapped[str | None] = mapped_column(String(120))
    population: Mapped[int | None] = mapped_column(Integer)  # inwoners, for municipalities
    coalition: Mapped[Coalition | None] = mapped_column(str_enum(Coalition))
    notes: Mapped[str | None] = mapped_column(Text)

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Row):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    # Privacy by default: nobody is named in public documents until marked so.
    publishable: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")


class Role(Row):
    """The role of an organisation or a person on a goal or a theme."""

    __tablename__ = "role"
    __table_args__ = (
        CheckConstraint(
            "(goal_id IS NULL) != (theme_id IS NULL)", name="one_target"
        ),
        CheckConstraint(
            "(organisation_id IS NULL) != (person_id IS NULL)", name="one_holder"
        ),
    )

    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[str | None] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[RoleKind] = mapped_column(str_enum(RoleKind))
    # Finer wording from the source: "bestuurlijk trekker", "schrijfteam",
    # "potentiële initiatiefnemer".
    capacity: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)

    goal: Mapped[Goal | None] = relationship(back_populates="roles")
    theme: Mapped[Theme | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    person: Mapped[Person | None] = relationship()


class FundingLine(Row):
    """Money for a goal or for the workspace as a whole; amounts in euro cents to stay exact."""

    __tablename__ = "funding_line"

    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    source_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    source_name: Mapped[str | None] = mapped_column(String(200))  # when not an organisation
    description: Mapped[str | None] = mapped_column(Text)
    amount_cents: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[FundingStatus] = mapped_column(
        str_enum(FundingStatus), default=FundingStatus.TOEGEZEGD
    )

    source_organisation: Mapped[Organisation | None] = relationship()
