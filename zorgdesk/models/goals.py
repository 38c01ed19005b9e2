"""The work agenda: themes, the goal tree, grids, milestones, lights, indicators, programmes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zorgdesk.models.base import Base, Row, str_enum
from zorgdesk.models.enums import GoalLevel, Light, MilestoneStatus, Precision, ThemeKind

if TYPE_CHECKING:
    from zorgdesk.models.partners import Role


class Theme(Row):
    """A themagroep, regio-opgave or coördinatieteam with its own goals and leads."""

    __tablename__ = "theme"

    code: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ThemeKind] = mapped_column(str_enum(ThemeKind), default=ThemeKind.THEMAGROEP)
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goals: Mapped[list[Goal]] = relationship(back_populates="theme", passive_deletes=True)


class Tag(Row):
    """A label on goals, such as a rode draad (Inwonersparticipatie, Digitalisering)."""

    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str | None] = mapped_column(String(40))  # "rode draad" or free
    description: Mapped[str | None] = mapped_column(Text)


class GoalTag(Base):
    __tablename__ = "goal_tag"

    goal_id: Mapped[str] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)


class Goal(Row):
    """A node of the goal tree: ambitie, strategisch or operationeel doel, or a project."""

    __tablename__ = "goal"

    theme_id: Mapped[str | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[GoalLevel] = mapped_column(str_enum(GoalLevel))
    code: Mapped[str | None] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    target_year: Mapped[int | None] = mapped_column(Integer)
    target_tbd: Mapped[bool] = mapped_column(Boolean, default=False)  # "nader te bepalen"
    # Project card fields (Noord-Limburg project format).
    omschrijving: Mapped[str | None] = mapped_column(Text)
    doelstelling: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text)
    budget_capaciteit: Mapped[str | None] = mapped_column(Text)
    planning: Mapped[str | None] = mapped_column(Text)
    governance: Mapped[str | None] = mapped_column(Text)
    naslag: Mapped[str | None] = mapped_column(Text)
    internal_notes: Mapped[str | None] = mapped_column(Text)

    theme: Mapped[Theme | None] = relationship(back_populates="goals")
    parent: Mapped[Goal | None] = relationship(
        back_populates="children", remote_side="Goal.id"
    )
    children: Mapped[list[Goal]] = relationship(
        back_populates="parent", passive_deletes=True, order_by="Goal.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary="goal_tag")
    year_marks: Mapped[list[YearMark]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Milestone.position",
    )
    status_updates: Mapped[list[StatusUpdate]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True,
        order_by="StatusUpdate.reported_on",
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )
    roles: Mapped[list[Role]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )


class YearMark(Row):
    """A mark in the year grid: work or a result in that year (2027 with and_later: "2027 >")."""

    __tablename__ = "year_mark"
    __table_args__ = (UniqueConstraint("goal_id", "year"),)

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the timeline's first and last year
    and_later: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    goal: Mapped[Goal] = relationship(back_populates="year_marks")


class Milestone(Row):
    """A result due in a year, quarter, month or on a date; optionally starting earlier."""

    __tablename__ = "milestone"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    precision: Mapped[Precision] = mapped_column(str_enum(Precision))
    year: Mapped[int] = mapped_column(Integer, index=True)  # the timeline's first and last year
    quarter: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    due_date: Mapped[date | None] = mapped_column(Date)  # exact date when precision is "datum"
    start_date: Mapped[date | None] = mapped_column(Date)  # bars run from start to due
    status: Mapped[MilestoneStatus] = mapped_column(
        str_enum(MilestoneStatus), default=MilestoneStatus.GEPLAND
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)

    goal: Mapped[Goal] = relationship(back_populates="milestones")


class StatusUpdate(Row):
    """A reporting moment: traffic light, results and points of attention."""

    __tablename__ = "status_update"
    # Every read of the lights goes through the updates in this order (services/goals/
    # lights.py): with the goal and its light in the index too, that is a walk along it,
    # without a sort and without touching the rows (migration light_order).
    __table_args__ = (Index("ix_status_update_light_order", "reported_on", "created_at", "id",
                            "goal_id", "light"),)

    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    programme_id: Mapped[str | None] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date)
    light: Mapped[Light | None] = mapped_column(str_enum(Light))
    results: Mapped[str | None] = mapped_column(Text)
    attention_points: Mapped[str | None] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)

    goal: Mapped[Goal | None] = relationship(back_populates="status_updates")


class Indicator(Row):
    """A measurable target inside a goal, with measurements over time."""

    __tablename__ = "indicator"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    target_year: Mapped[int | None] = mapped_column(Integer)

    goal: Mapped[Goal] = relationship(back_populates="indicators")
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Measurement.measured_on",
    )


class Measurement(Row):
    __tablename__ = "measurement"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")


class Programme(Row):
    """A transformatieprogramma that contributes to one or more goals."""

    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goals: Mapped[list[Goal]] = relationship(secondary="programme_goal")


class ProgrammeGoal(Base):
    __tablename__ = "programme_goal"

    programme_id: Mapped[str] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True
    )
    goal_id: Mapped[str] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True
    )


class RelatedInitiative(Row):
    """An inspiring initiative under a goal, or a related initiative of the omgevingsbeeld."""

    __tablename__ = "related_initiative"

    kind: Mapped[str] = mapped_column(String(40))  # InitiativeKind value
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[str | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    aim: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
