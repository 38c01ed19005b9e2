"""The collaboration itself: one row per workspace file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zorgdesk.models.base import Row


class Workspace(Row):
    __tablename__ = "workspace"

    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    period_from: Mapped[int | None] = mapped_column(Integer)
    period_to: Mapped[int | None] = mapped_column(Integer)
    # The last column of a year grid may mean "this year and later" (the IZA grid's "2027 >").
    period_open_ended: Mapped[bool] = mapped_column(default=False)
    vision_title: Mapped[str | None] = mapped_column(String(200))
    vision_text: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    sample_name: Mapped[str | None] = mapped_column(String(60))


class AdoptedVersion(Row):
    """A "vastgestelde versie": the whole workspace as adopted by a body on a date.

    The snapshot is the JSON export (zlib-compressed), so it can be read back by the same
    importer, printed as of that day, and compared with today's plan.
    """

    __tablename__ = "adopted_version"

    name: Mapped[str] = mapped_column(String(200))
    adopted_by: Mapped[str | None] = mapped_column(String(200))
    adopted_on: Mapped[date] = mapped_column(Date)
    snapshot: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
