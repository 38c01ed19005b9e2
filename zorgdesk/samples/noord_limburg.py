"""Sample `noord-limburg`: Samenwerkingsagenda Gemeenten Noord-Limburg en VGZ (juni 2022).

The rows are transcribed from the public document (seed 004) into data/noord_limburg.json;
this module only turns that file into ORM rows. Where the document is silent a field stays
empty: meetings have dates but no times, so they start at midnight and have no end.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zorgdesk.models import (
    Body,
    BodyMember,
    FundingLine,
    FundingStatus,
    Meeting,
    MemberRole,
    Milestone,
    MilestoneStatus,
    Organisation,
    OrgKind,
    Person,
    Precision,
    Programme,
    RelatedInitiative,
    Role,
    RoleKind,
    StatusUpdate,
    Workspace,
    new_id,
)
from zorgdesk.samples.common import add_goals, add_themes, load_json, ref

DATA_FILE = Path(__file__).parent / "data" / "noord_limburg.json"

CARD_FIELDS = (
    "omschrijving", "doelstelling", "scope", "budget_capaciteit", "planning", "governance",
    "naslag",
)


def load_data() -> dict[str, Any]:
    return load_json(DATA_FILE)


def build(session: Session) -> None:
    """Add the whole workspace to `session`; the caller commits."""
    data = load_data()

    ws = data["workspace"]
    session.add(Workspace(id=new_id(), **ws))

    org_ids: dict[str, str] = {}
    for row in data["organisations"]:
        org_ids[row["key"]] = new_id()
        session.add(Organisation(
            id=org_ids[row["key"]], name=row["name"], short_name=row["short_name"],
            kind=OrgKind(row["kind"]), sector=row["sector"], notes=row["notes"],
        ))

    person_ids: dict[str, str] = {}
    for row in data["people"]:
        person_ids[row["key"]] = new_id()
        session.add(Person(
            id=person_ids[row["key"]], name=row["name"],
            organisation_id=ref(org_ids, row["organisation"]), function=row["function"],
            notes=row["notes"], publishable=False,
        ))

    theme_ids = add_themes(session, data["themes"])
    goal_ids = add_goals(session, data["goals"], theme_ids, CARD_FIELDS)

    session.flush()

    for row in data["milestones"]:
        session.add(Milestone(
            id=new_id(), goal_id=goal_ids[row["goal"]], title=row["title"],
            precision=Precision.QUARTER, year=row["year"], quarter=row["quarter"],
            status=MilestoneStatus(row["status"]), notes=row["notes"],
            position=row["position"],
        ))

    for row in data["status_updates"]:
        session.add(StatusUpdate(
            id=new_id(), goal_id=goal_ids[row["goal"]],
            reported_on=date.fromisoformat(row["reported_on"]), light=None,
            results=row["results"], attention_points=row["attention_points"], internal=False,
        ))

    body_ids: dict[str, str] = {}
    for row in data["bodies"]:
        body_ids[row["key"]] = new_id()
        session.add(Body(
            id=body_ids[row["key"]], name=row["name"], abbreviation=row["abbreviation"],
            kind=row["kind"], theme_id=ref(theme_ids, row["theme"]),
            frequency=row["frequency"], interval_months=row["interval_months"],
            duration_minutes=row["duration_minutes"], description=row["description"],
        ))
        for member in row["members"]:
            session.add(BodyMember(
                id=new_id(), body_id=body_ids[row["key"]],
                person_id=ref(person_ids, member["person"]),
                organisation_id=ref(org_ids, member["organisation"]),
                role=MemberRole(member["role"]), note=member["note"],
            ))

    session.flush()

    for row in data["meetings"]:
        # The calendar gives dates only: midnight marks "time unknown", no end time.
        session.add(Meeting(
            id=new_id(), body_id=body_ids[row["body"]],
            starts_at=datetime.fromisoformat(row["starts_at"]), ends_at=None,
        ))

    for row in data["funding_lines"]:
        session.add(FundingLine(
            id=new_id(), goal_id=goal_ids[row["goal"]],
            source_organisation_id=ref(org_ids, row["source_organisation"]),
            source_name=row["source_name"], description=row["description"],
            amount_cents=row["amount_cents"], year=row["year"],
            status=FundingStatus(row["status"]),
        ))

    for row in data["roles"]:
        session.add(Role(
            id=new_id(), goal_id=ref(goal_ids, row.get("goal")),
            theme_id=ref(theme_ids, row.get("theme")),
            organisation_id=ref(org_ids, row.get("organisation")),
            person_id=ref(person_ids, row.get("person")),
            role=RoleKind(row["role"]), capacity=row["capacity"], note=row["note"],
        ))

    for position, row in enumerate(data["programmes"]):
        session.add(Programme(
            id=new_id(), name=row["name"], description=row["description"], owner=row["owner"],
            position=position,
        ))

    for row in data["related_initiatives"]:
        session.add(RelatedInitiative(
            id=new_id(), kind="omgevingsbeeld", theme_id=ref(theme_ids, row["theme"]),
            name=row["name"], aim=row["aim"], contact=row["contact"],
            description=row["description"], position=row["position"],
        ))
