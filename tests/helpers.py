"""Small workspaces built in tests when a sample would be more than the test needs."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from zorgdesk.models import (
    Body,
    Goal,
    GoalLevel,
    Light,
    Meeting,
    Milestone,
    MilestoneStatus,
    Organisation,
    OrgKind,
    Precision,
    Role,
    RoleKind,
    StatusUpdate,
    Theme,
    ThemeKind,
    Workspace,
    YearMark,
)
from zorgdesk.store import create_store


def make_small_workspace(path: Path) -> Path:
    """Two themes, a strategic goal with two operational goals, a light, a role, a meeting."""
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Proefregio", region="Drenthe", period_from=2024, period_to=2027,
                        period_open_ended=True, vision_title="De Drentse Droom",
                        vision_text="In 2040 hebben kwetsbare groepen er 10 gezonde "
                        "levensjaren bij."))
        net = Theme(code="2.1", name="Netwerkaanpak", kind=ThemeKind.REGIO_OPGAVE, position=1)
        basis = Theme(code="2.2", name="Sterke sociale basis", kind=ThemeKind.REGIO_OPGAVE,
                      position=2)
        s.add_all([net, basis])
        s.flush()
        strat = Goal(theme_id=net.id, level=GoalLevel.STRATEGISCH, code="2.1.1",
                     title="Samenwerking in netwerken versterken")
        s.add(strat)
        s.flush()
        a = Goal(theme_id=net.id, parent_id=strat.id, level=GoalLevel.OPERATIONEEL,
                 code="2.1.1.A", title="Netwerk dementie dekkend", position=1)
        b = Goal(theme_id=net.id, parent_id=strat.id, level=GoalLevel.OPERATIONEEL,
                 code="2.1.1.B", title="Valpreventie in elke gemeente", position=2)
        s.add_all([a, b])
        s.flush()
        s.add_all([YearMark(goal_id=a.id, year=2024), YearMark(goal_id=a.id, year=2027,
                                                               and_later=True)])
        s.add(Milestone(goal_id=b.id, title="Aanpak vastgesteld", precision=Precision.QUARTER,
                        year=2025, quarter=2, status=MilestoneStatus.GEPLAND))
        s.add(StatusUpdate(goal_id=a.id, reported_on=date(2025, 3, 1), light=Light.ORANJE,
                           results="Drie netwerken actief", attention_points="Capaciteit"))
        emmen = Organisation(name="Gemeente Emmen", kind=OrgKind.GEMEENTE, population=107_000)
        s.add(emmen)
        s.flush()
        s.add(Role(goal_id=a.id, organisation_id=emmen.id, role=RoleKind.TREKKER))
        ast = Body(name="Ambtelijke samenwerkingstafel", abbreviation="AST", interval_months=2,
                   duration_minutes=120)
        s.add(ast)
        s.flush()
        s.add(Meeting(body_id=ast.id, starts_at=datetime(2030, 3, 14, 10, 0),
                      ends_at=datetime(2030, 3, 14, 12, 0), location="Assen"))
    store.close()
    return path
