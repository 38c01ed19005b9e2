"""Sample workspace "iza-drenthe": the Regioplan IZA Drenthe (December 2023).

The content was transcribed once from the public plan into ``data/iza_drenthe.json``: the
vision (De Drentse Droom), the overarching opgave, the six regio-opgaven with their 17 strategic
and 86 operational goals, the year marks that survived the extraction, inspiring initiatives,
potential initiators, rode draden, transformation programmes, the leading and broad coalition
per sector and the IZA matrix of themes x bestuurlijke trekkers, schrijfteams and facilitators.
Nothing is invented: where the plan is silent, the field stays empty.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session

from zorgdesk.models import (
    Coalition,
    Goal,
    GoalLevel,
    Indicator,
    InitiativeKind,
    Organisation,
    OrgKind,
    Person,
    Programme,
    ProgrammeGoal,
    RelatedInitiative,
    Role,
    RoleKind,
    Tag,
    Theme,
    ThemeKind,
    Workspace,
    YearMark,
    new_id,
)

SAMPLE_NAME = "iza-drenthe"
DATA_FILE = "iza_drenthe.json"


def load_data() -> dict[str, Any]:
    """The transcribed plan as shipped beside this module; nothing outside the package is read."""
    text = resources.files("zorgdesk.samples").joinpath("data", DATA_FILE).read_text(
        encoding="utf-8"
    )
    data: dict[str, Any] = json.loads(text)
    return data


def build(session: Session) -> None:
    """Add every row of the sample to `session`; the caller commits."""
    data = load_data()

    ws = data["workspace"]
    session.add(
        Workspace(
            id=new_id(),
            name=ws["name"],
            region=ws["region"],
            period_from=ws["period_from"],
            period_to=ws["period_to"],
            period_open_ended=ws["period_open_ended"],
            vision_title=ws["vision_title"],
            vision_text=ws["vision_text"],
            description=ws["description"],
            sample_name=SAMPLE_NAME,
        )
    )

    orgs: dict[str, Organisation] = {}
    for o in data["organisations"]:
        orgs[o["name"]] = Organisation(
            id=new_id(),
            name=o["name"],
            short_name=o["short_name"],
            kind=OrgKind(o["kind"]),
            sector=o["sector"],
            coalition=Coalition(o["coalition"]) if o["coalition"] else None,
            notes=o["notes"],
        )
    people: dict[str, Person] = {}
    for p in data["persons"]:
        org = orgs[p["organisation"]] if p["organisation"] else None
        people[p["name"]] = Person(
            id=new_id(),
            name=p["name"],
            organisation_id=org.id if org else None,
            function=p["function"],
            notes=p["notes"],
            publishable=False,
        )
    tags = [
        Tag(id=new_id(), name=t["name"], kind=t["kind"], description=t["description"])
        for t in data["tags"]
    ]
    themes: dict[str, Theme] = {}
    for pos, t in enumerate(data["themes"]):
        themes[t["key"]] = Theme(
            id=new_id(),
            code=t["code"],
            name=t["name"],
            kind=ThemeKind(t["kind"]),
            description=t["description"],
            position=pos,
        )
    session.add_all([*orgs.values(), *themes.values(), *tags])
    session.flush()
    session.add_all(people.values())

    goals: dict[str, Goal] = {}
    strategic: list[Goal] = []
    operational: list[Goal] = []
    details: list[Any] = []
    for t in data["themes"]:
        theme = themes[t["key"]]
        for s_pos, s in enumerate(t.get("strategic_goals", [])):
            parent = Goal(
                id=new_id(),
                theme_id=theme.id,
                level=GoalLevel.STRATEGISCH,
                code=s["code"],
                title=s["title"],
                text=s["text"],
                position=s_pos,
            )
            goals[s["code"]] = parent
            strategic.append(parent)
            for o_pos, g in enumerate(s["operational"]):
                goal = Goal(
                    id=new_id(),
                    theme_id=theme.id,
                    parent_id=parent.id,
                    level=GoalLevel.OPERATIONEEL,
                    code=g["code"],
                    title=g["title"],
                    text=g["text"],
                    position=o_pos,
                    target_year=g["target_year"],
                    target_tbd=g["target_tbd"],
                    internal_notes=g.get("note"),
                )
                goals[g["code"]] = goal
                operational.append(goal)
                details.extend(
                    YearMark(id=new_id(), goal_id=goal.id, year=m["year"], and_later=m["and_later"])
                    for m in g["year_marks"]
                )
                details.extend(
                    RelatedInitiative(
                        id=new_id(),
                        kind=InitiativeKind.INSPIREREND.value,
                        goal_id=goal.id,
                        name=i["name"],
                        description=i["description"],
                        position=i_pos,
                    )
                    for i_pos, i in enumerate(g["initiatives"])
                )
                details.extend(
                    Indicator(
                        id=new_id(),
                        goal_id=goal.id,
                        name=k["name"],
                        unit=k["unit"],
                        target=float(k["target"]),
                        target_year=k["target_year"],
                    )
                    for k in g["indicators"]
                )
    # Parents before children: the self-reference is set by column, not by relationship.
    session.add_all(strategic)
    session.flush()
    session.add_all(operational)
    session.flush()

    for r in data["goal_roles"]:
        details.append(
            Role(
                id=new_id(),
                goal_id=goals[r["goal"]].id,
                organisation_id=orgs[r["organisation"]].id,
                role=RoleKind(r["role"]),
                capacity=r["capacity"],
                note=r["note"],
            )
        )
    for r in data["theme_roles"]:
        org = orgs[r["organisation"]] if r["organisation"] else None
        person = people[r["person"]] if r["person"] else None
        details.append(
            Role(
                id=new_id(),
                theme_id=themes[r["theme"]].id,
                organisation_id=org.id if org else None,
                person_id=person.id if person else None,
                role=RoleKind(r["role"]),
                capacity=r["capacity"],
                note=r["note"],
            )
        )
    links: list[ProgrammeGoal] = []
    for pos, p in enumerate(data["programmes"]):
        programme = Programme(
            id=new_id(), name=p["name"], description=p["description"], owner=p["owner"],
            position=pos,
        )
        details.append(programme)
        links.extend(
            ProgrammeGoal(programme_id=programme.id, goal_id=goals[code].id) for code in p["goals"]
        )
    session.add_all(details)
    session.flush()
    session.add_all(links)
    session.flush()
