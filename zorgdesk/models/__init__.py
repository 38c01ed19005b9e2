"""ORM classes of a workspace. No Qt here: reports, services and the CLI use them headless."""

from zorgdesk.models.base import Base, Row, new_id, utcnow
from zorgdesk.models.enums import (
    ActionStatus,
    Attendance,
    Coalition,
    FundingStatus,
    GoalLevel,
    InitiativeKind,
    ItemKind,
    Light,
    MemberRole,
    MilestoneStatus,
    MinutesStatus,
    OrgKind,
    Precision,
    RoleKind,
    ThemeKind,
)
from zorgdesk.models.goals import (
    Goal,
    GoalTag,
    Indicator,
    Measurement,
    Milestone,
    Programme,
    ProgrammeGoal,
    RelatedInitiative,
    StatusUpdate,
    Tag,
    Theme,
    YearMark,
)
from zorgdesk.models.meetings import (
    Action,
    AgendaItem,
    AgendaItemGoal,
    Attachment,
    Body,
    BodyMember,
    Decision,
    Meeting,
    MeetingAttendance,
    MeetingGuest,
)
from zorgdesk.models.partners import FundingLine, Organisation, Person, Role
from zorgdesk.models.workspace import AdoptedVersion, Workspace

__all__ = [
    "Action", "ActionStatus", "AdoptedVersion", "AgendaItem", "AgendaItemGoal", "Attachment",
    "Attendance", "Base", "Body", "BodyMember", "Coalition", "Decision", "FundingLine",
    "FundingStatus", "Goal", "GoalLevel", "GoalTag", "Indicator", "InitiativeKind", "ItemKind",
    "Light", "Measurement", "Meeting", "MeetingAttendance", "MeetingGuest", "MemberRole",
    "Milestone", "MilestoneStatus", "MinutesStatus", "OrgKind", "Organisation", "Person",
    "Precision", "Programme", "ProgrammeGoal", "RelatedInitiative", "Role", "RoleKind", "Row",
    "StatusUpdate", "Tag", "Theme", "ThemeKind", "Workspace", "YearMark", "new_id", "utcnow",
]
