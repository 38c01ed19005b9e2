"""Small read-only queries the renderers need beyond reports/data.py's plan and meeting
models. Kept apart so data.py can be reworked without touching them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def confidential_item_ids(session: Session, meeting_id: str) -> set[str]:
    """Agenda items marked confidential, and their sub-items: the internal agenda marks them."""
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem

    rows = session.execute(
        select(AgendaItem.id, AgendaItem.parent_id, AgendaItem.confidential)
        .where(AgendaItem.meeting_id == meeting_id)
    ).all()
    marked = {r[0] for r in rows if r[2]}
    return marked | {r[0] for r in rows if r[1] in marked}
