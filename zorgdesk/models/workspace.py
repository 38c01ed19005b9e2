"""The collaboration itself: one row per workspace file."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
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
