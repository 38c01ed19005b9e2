"""Sample `drenthe-werkagenda`: Werkagenda Drents Zorglandschap 2022-2026 (publieksversie).

Transcribed from the public sources into data/drenthe_werkagenda.json: the work agenda itself
(seed 000), the Hoogeveen proposal of 17 December 2019 on financing the process support
(seed 002) and the CMO STAMM page on the process support 2017-2018 (seed 003). This module only
turns that file into ORM rows. Where the sources are silent a field stays empty.

How the sources map onto the schema:
- the three overarching goals are strategic goals of the overkoepelende theme "Goede en
  bereikbare zorg"; each cell of the "overkoepelend doel x thema" table becomes an operational
  goal with the overarching goal as parent and the column's theme as its theme;
- each theme's aim ("Wat willen we bereiken") is an operational goal with the themes of its
  meerjarenprogramma as children, numbered only where the source numbers them;
- the multi-year and implementation programmes are Programme rows linked to those goals;
- the financing of the process support 2019-2021 is a set of workspace-wide funding lines;
- the results list of 2017-2018 (seed 003) are inspiring initiatives: examples the source gives
  of what the collaboration brought about, without dates, so not status updates.
The sources give no traffic lights, no milestones with dates and no people: none are added.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zorgdesk.models import (
    AgendaItem,
    Body,
    BodyMember,
    FundingLine,
    FundingStatus,
    ItemKind,
    Meeting,
    MemberRole,
    Organisation,
    OrgKind,
    Programme,
    ProgrammeGoal,
    RelatedInitiative,
    Role,
    RoleKind,
    Workspace,
    new_id,
)
from zorgdesk.samples.common import add_goals, add_themes, load_json, ref

DATA_FILE = Path(__file__).parent / "data" / "drenthe_werkagenda.json"


def load_data() -> dict[str, Any]:
    return load_json(DATA_FILE)


def build(session: Session) -> None:
    """Add the whole workspace to `session`; the caller commits."""
    data = load_data()

    session.add(Workspace(id=new_id(), **data["workspace"]))

    org_ids: dict[str, str] = {}
    for row in data["organisations"]:
        org_ids[row["key"]] = new_id()
        session.add(Organisation(
            id=org_ids[row["key"]], name=row["name"], short_name=row["short_name"],
            kind=OrgKind(row["kind"]), sector=row["sector"], population=row["population"],
            notes=row["notes"],
        ))

    theme_ids = add_themes(session, data["themes"])
    goal_ids = add_goals(session, data["goals"], theme_ids)

    for position, row in enumerate(data["programmes"], start=1):
        programme_id = new_id()
        session.add(Programme(
            id=programme_id, name=row["name"], description=row["description"],
            owner=row["owner"], position=position,
        ))
        session.flush()
        for key in row["goals"]:
            session.add(ProgrammeGoal(programme_id=programme_id, goal_id=goal_ids[key]))

    for row in data["roles"]:
        session.add(Role(
            id=new_id(), goal_id=ref(goal_ids, row["goal"]),
            theme_id=ref(theme_ids, row["theme"]),
            organisation_id=org_ids[row["organisation"]], person_id=None,
            role=RoleKind(row["role"]), capacity=row["capacity"], note=row["note"],
        ))

    body_ids: dict[str, str] = {}
    for row in data["bodies"]:
        body_ids[row["key"]] = new_id()
        session.add(Body(
            id=body_ids[row["key"]], name=row["name"], abbreviation=row["abbreviation"],
            kind=row["kind"], theme_id=ref(theme_ids, row["theme"]),
            frequency=row["frequency"], description=row["description"],
        ))
    session.flush()
    for row in data["bodies"]:
        for member in row["members"]:
            session.add(BodyMember(
                id=new_id(), body_id=body_ids[row["key"]],
                organisation_id=org_ids[member["organisation"]],
                role=MemberRole(member["role"]), note=member["note"],
            ))

    for row in data["meetings"]:
        # The source gives the date only: midnight marks "time unknown", no end time.
        meeting_id = new_id()
        session.add(Meeting(
            id=meeting_id, body_id=body_ids[row["body"]],
            starts_at=datetime.fromisoformat(row["starts_at"]), ends_at=None,
            title=row["title"], notes=row["notes"],
        ))
        session.flush()
        for position, item in enumerate(row["items"], start=1):
            session.add(AgendaItem(
                id=new_id(), meeting_id=meeting_id, position=position, title=item["title"],
                kind=None if item["kind"] is None else ItemKind(item["kind"]),
                minutes_text=item["minutes_text"],
            ))

    for row in data["funding_lines"]:
        session.add(FundingLine(
            id=new_id(), goal_id=None,
            source_organisation_id=ref(org_ids, row["source_organisation"]),
            source_name=row["source_name"], description=row["description"],
            amount_cents=row["amount_cents"], year=row["year"],
            status=FundingStatus(row["status"]),
        ))

    for row in data["related_initiatives"]:
        session.add(RelatedInitiative(
            id=new_id(), kind=row["kind"], goal_id=ref(goal_ids, row["goal"]),
            theme_id=ref(theme_ids, row["theme"]), name=row["name"], aim=row["aim"],
            description=row["description"], contact=row["contact"], position=row["position"],
        ))
