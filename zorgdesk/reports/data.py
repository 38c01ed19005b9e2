"""What the reports read, as plain dataclasses, through one Session. No Qt, no reportlab.

Privacy is applied here, once, so no report can forget it: in the public edition a person who
is not `publishable` is shown by function and organisation (also where their name occurs in
free text), internal notes and internal status updates are dropped, and confidential agenda
items and attachments are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zorgdesk.models import (
    Action,
    AgendaItem,
    AgendaItemGoal,
    Attachment,
    Body,
    BodyMember,
    Decision,
    Goal,
    Indicator,
    Measurement,
    Meeting,
    MeetingAttendance,
    Milestone,
    Organisation,
    Person,
    RelatedInitiative,
    Role,
    StatusUpdate,
    Theme,
    Workspace,
    YearMark,
)
from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.goals.tree import context_label, place_goals
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError


class ReportDataError(StoreError):
    """A report cannot be made from this workspace (no such meeting, no data).

    A StoreError, so its message is a marked template that the app shows translated."""


def _val(value: object) -> str:
    return str(getattr(value, "value", value)) if value is not None else ""


# --- privacy -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonInfo:
    name: str
    function: str | None
    organisation: str | None
    publishable: bool
    organisation_kind: str | None = None


class Privacy:
    """Names of people, or their function and organisation in the public edition."""

    def __init__(self, session: Session, public: bool,
                 replacements: Mapping[str, str] | None = None) -> None:
        from zorgdesk.services.privacy import NameMatcher

        self.public = public
        rows = session.execute(
            select(Person.id, Person.name, Person.function, Person.publishable,
                   Organisation.short_name, Organisation.name, Organisation.kind)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        ).all()
        self.people: dict[str, PersonInfo] = {
            r[0]: PersonInfo(r[1], r[2], r[4] or r[5], bool(r[3]), _val(r[6]) or None)
            for r in rows
        }
        hidden = [p for p in self.people.values() if not p.publishable and p.name.strip()]
        hidden.sort(key=lambda p: len(p.name), reverse=True)
        self._hidden = hidden
        # Names are matched in any spelling (apostrophes, case, diacritics, initials); the
        # privacy check before saving adds names of people who are not registered.
        self._replace = {p.name.strip(): self.anonymous(p) for p in hidden}
        self._replace.update({k: v for k, v in (replacements or {}).items() if k.strip()})
        self._matcher = NameMatcher(self._replace) if self._replace else None
        self.org_names: dict[str, str] = {
            oid: short or name
            for oid, short, name in session.execute(
                select(Organisation.id, Organisation.short_name, Organisation.name))
        }

    def shown(self, person: PersonInfo) -> bool:
        return not self.public or person.publishable

    @staticmethod
    def anonymous(person: PersonInfo) -> str:
        from zorgdesk.services.privacy import natural_replacement

        return natural_replacement(person.function, person.organisation,
                                   person.organisation_kind)

    def person(self, person_id: str | None, *, with_org: bool = True) -> str:
        if person_id is None or person_id not in self.people:
            return ""
        person = self.people[person_id]
        if not self.shown(person):
            return self.anonymous(person)
        if with_org and person.organisation:
            return f"{person.name} ({person.organisation})"
        return person.name

    def text(self, value: str | None) -> str:
        """Free text with the names of unpublishable people replaced (public edition)."""
        if not value:
            return ""
        if not self.public or self._matcher is None:
            return value
        return self._matcher.replace(value, self._replace)

    def internal(self, value: str | None) -> str:
        """Text that only the internal edition shows."""
        return "" if self.public else (value or "")


# --- workspace and goals -----------------------------------------------------------------


@dataclass(slots=True)
class WorkspaceData:
    name: str
    region: str | None
    period_from: int | None
    period_to: int | None
    open_ended: bool
    vision_title: str | None
    vision_text: str | None
    description: str | None

    @property
    def period(self) -> str:
        if self.period_from and self.period_to and self.period_from != self.period_to:
            return f"{self.period_from}-{self.period_to}"
        return str(self.period_from or self.period_to or "")


def load_workspace(session: Session) -> WorkspaceData:
    ws = session.scalars(select(Workspace)).first()
    if ws is None:
        return WorkspaceData("Werkruimte", None, None, None, False, None, None, None)
    return WorkspaceData(ws.name, ws.region, ws.period_from, ws.period_to,
                         bool(ws.period_open_ended), ws.vision_title, ws.vision_text,
                         ws.description)


@dataclass(frozen=True, slots=True)
class MilestoneData:
    title: str
    year: int
    quarter: int | None
    month: int | None
    due_date: date | None
    start_date: date | None
    status: str
    done_on: date | None

    @property
    def due_quarter(self) -> int:
        if self.due_date is not None:
            return (self.due_date.month - 1) // 3 + 1
        if self.quarter:
            return self.quarter
        if self.month:
            return (self.month - 1) // 3 + 1
        return 4

    @property
    def due_label(self) -> str:
        from zorgdesk.dutch import MONTHS_LONG, nl_date

        if self.due_date is not None:
            return nl_date(self.due_date, weekday=False)
        if self.month:
            return f"{MONTHS_LONG[self.month - 1]} {self.year}"
        if self.quarter:
            return f"Q{self.quarter} {self.year}"
        return str(self.year)

    @property
    def due_end(self) -> date:
        """The last day the milestone can be due, for "due before" questions."""
        if self.due_date is not None:
            return self.due_date
        if self.month:
            nxt = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        quarter = self.quarter or 4
        end_month = quarter * 3
        nxt = date(self.year + (end_month == 12), end_month % 12 + 1, 1)
        return nxt - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class StatusData:
    reported_on: date
    light: str | None
    results: str
    attention: str
    internal: bool


@dataclass(slots=True)
class IndicatorData:
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    target_year: int | None
    points: list[tuple[date, float]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RoleData:
    role: str
    holder: str
    organisation_id: str | None
    capacity: str | None
    is_person: bool


@dataclass(slots=True)
class GoalData:
    id: str
    theme_id: str | None
    parent_id: str | None
    level: str
    code: str | None
    title: str
    text: str | None
    internal_notes: str
    target_year: int | None
    target_tbd: bool
    position: int
    created_at: datetime | None
    year_marks: dict[int, bool] = field(default_factory=dict)  # year -> and_later
    milestones: list[MilestoneData] = field(default_factory=list)
    statuses: list[StatusData] = field(default_factory=list)  # oldest first
    indicators: list[IndicatorData] = field(default_factory=list)
    roles: list[RoleData] = field(default_factory=list)
    initiatives: list[tuple[str, str]] = field(default_factory=list)  # (name, aim)
    children: list[GoalData] = field(default_factory=list)
    card: list[tuple[str, str]] = field(default_factory=list)  # project card (label, text)
    under: str | None = None  # "code title" of its parent, shown in another theme (context)

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}" if self.code else self.title

    @property
    def latest(self) -> StatusData | None:
        for status in reversed(self.statuses):
            if status.light is not None or status.results or status.attention:
                return status
        return None

    @property
    def light(self) -> str | None:
        for status in reversed(self.statuses):
            if status.light is not None:
                return status.light
        return None

    def walk(self) -> list[GoalData]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(slots=True)
class ThemeData:
    id: str | None
    code: str | None
    name: str
    kind: str
    description: str | None
    goals: list[GoalData] = field(default_factory=list)  # roots of the tree
    roles: list[RoleData] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" if self.code else self.name

    def all_goals(self) -> list[GoalData]:
        out: list[GoalData] = []
        for goal in self.goals:
            out.extend(goal.walk())
        return out


@dataclass(slots=True)
class Plan:
    workspace: WorkspaceData
    themes: list[ThemeData]
    goals: dict[str, GoalData]
    organisations: dict[str, tuple[str, str, str]]  # id -> (short label, name, kind)


CARD_LABELS = ("Omschrijving", "Doelstelling en beoogd effect", "Scope", "Budget en capaciteit",
               "Planning en mijlpalen", "Projectgovernance", "Naslag")
CARD_COLUMNS = (Goal.omschrijving, Goal.doelstelling, Goal.scope, Goal.budget_capaciteit,
                Goal.planning, Goal.governance, Goal.naslag)


def load_plan(session: Session, privacy: Privacy, *, theme_id: str | None = None,
              with_details: bool = True) -> Plan:
    """The whole goal tree per theme with grids, milestones, lights, indicators and roles."""
    workspace = load_workspace(session)
    themes = [
        ThemeData(t.id, t.code, t.name, _val(t.kind), privacy.text(t.description))
        for t in session.scalars(select(Theme).order_by(Theme.position, Theme.code, Theme.name))
    ]
    goals: dict[str, GoalData] = {}
    for row in session.execute(
        select(Goal.id, Goal.theme_id, Goal.parent_id, Goal.level, Goal.code, Goal.title,
               Goal.text, Goal.internal_notes, Goal.target_year, Goal.target_tbd,
               Goal.position, Goal.created_at, *CARD_COLUMNS)
    ):
        goal = GoalData(
            row[0], row[1], row[2], _val(row[3]), row[4], privacy.text(row[5]),
            privacy.text(row[6]), privacy.internal(row[7]), row[8], bool(row[9]),
            row[10] or 0, row[11],
        )
        if with_details:
            goal.card = [(label, privacy.text(str(value)))
                         for label, value in zip(CARD_LABELS, row[12:], strict=True) if value]
        goals[row[0]] = goal
    for goal_id, year, and_later in session.execute(
        select(YearMark.goal_id, YearMark.year, YearMark.and_later)
    ):
        if goal_id in goals:
            goals[goal_id].year_marks[year] = bool(and_later)
    for m in session.execute(
        select(Milestone.goal_id, Milestone.title, Milestone.year, Milestone.quarter,
               Milestone.month, Milestone.due_date, Milestone.start_date, Milestone.status,
               Milestone.done_on).order_by(Milestone.position, Milestone.year, Milestone.id)
    ):
        if m[0] in goals:
            goals[m[0]].milestones.append(
                MilestoneData(privacy.text(m[1]), m[2], m[3], m[4], m[5], m[6], _val(m[7]), m[8])
            )
    status_query = select(
        StatusUpdate.goal_id, StatusUpdate.reported_on, StatusUpdate.light,
        StatusUpdate.results, StatusUpdate.attention_points, StatusUpdate.internal,
    ).where(StatusUpdate.goal_id.is_not(None)).order_by(
        StatusUpdate.reported_on, StatusUpdate.created_at, StatusUpdate.id)
    if privacy.public:
        status_query = status_query.where(StatusUpdate.internal.is_(False))
    for s in session.execute(status_query):
        if s[0] in goals:
            goals[s[0]].statuses.append(StatusData(
                s[1], _val(s[2]) or None, privacy.text(s[3]), privacy.text(s[4]), bool(s[5])
            ))
    organisations = {
        o.id: (o.short_name or o.name, o.name, _val(o.kind))
        for o in session.scalars(select(Organisation).order_by(Organisation.name))
    }
    if with_details:
        indicators: dict[str, IndicatorData] = {}
        for i in session.execute(
            select(Indicator.id, Indicator.goal_id, Indicator.name, Indicator.unit,
                   Indicator.baseline, Indicator.target, Indicator.target_year)
            .order_by(Indicator.created_at, Indicator.id)  # as entered, as on the goal card
        ):
            data = IndicatorData(privacy.text(i[2]), i[3], i[4], i[5], i[6])
            indicators[i[0]] = data
            if i[1] in goals:
                goals[i[1]].indicators.append(data)
        for ind_id, measured_on, value in session.execute(
            select(Measurement.indicator_id, Measurement.measured_on, Measurement.value)
            .order_by(Measurement.measured_on)
        ):
            if ind_id in indicators:
                indicators[ind_id].points.append((measured_on, value))
        theme_by_id = {t.id: t for t in themes}
        for r in session.execute(
            select(Role.goal_id, Role.theme_id, Role.organisation_id, Role.person_id, Role.role,
                   Role.capacity).order_by(Role.created_at, Role.id)  # as entered, everywhere
        ):
            holder = (privacy.person(r[3]) if r[3] is not None
                      else organisations.get(r[2] or "", ("", "", ""))[0])
            role = RoleData(_val(r[4]), holder, r[2], r[5], r[3] is not None)
            if r[0] in goals:
                goals[r[0]].roles.append(role)
            elif r[1] in theme_by_id:
                theme_by_id[r[1]].roles.append(role)
        for init_goal, name, aim in session.execute(
            select(RelatedInitiative.goal_id, RelatedInitiative.name, RelatedInitiative.aim)
            .where(RelatedInitiative.goal_id.is_not(None))
            .order_by(RelatedInitiative.position)
        ):
            if init_goal in goals:
                goals[init_goal].initiatives.append((privacy.text(name), privacy.text(aim)))
    # Tree: the screens' grouping rule (services/goals/tree.place_goals) and order (the
    # user's position, then code): each goal in its theme, a parent in another theme as context.
    placed = place_goals((g.id, g.theme_id, g.parent_id) for g in goals.values())
    roots_by_theme: dict[str | None, list[GoalData]] = defaultdict(list)
    for goal in goals.values():
        place = placed[goal.id]
        goal.theme_id = place.theme_id
        if place.under_id is not None:
            above = goals[place.under_id]
            goal.under = context_label(above.code, above.title)
        parent = goals.get(place.parent_id) if place.parent_id else None
        if parent is not None:
            parent.children.append(goal)
        else:
            roots_by_theme[goal.theme_id].append(goal)

    def order(items: list[GoalData]) -> None:
        items.sort(key=lambda g: (g.position, code_key(g.code), g.title))
        for item in items:
            order(item.children)

    for roots in roots_by_theme.values():
        order(roots)
    for theme in themes:
        theme.goals = roots_by_theme.get(theme.id, [])
    if roots_by_theme.get(None):
        themes.append(ThemeData(None, None, "Overkoepelende doelen", "overig", None,
                                roots_by_theme[None]))
    # Every list of goals a report prints follows the tree, whatever order the database chose.
    in_order = {g.id: g for theme in themes for root in theme.goals for g in root.walk()}
    in_order.update((gid, g) for gid, g in goals.items() if gid not in in_order)
    if theme_id is not None:
        themes = [t for t in themes if t.id == theme_id]
    return Plan(workspace, themes, in_order, organisations)


def find_theme(session: Session, ref: str) -> str:
    """A theme id by id, code or (case-insensitive) name."""
    for theme in session.scalars(select(Theme)):
        if ref in (theme.id, theme.code) or theme.name.casefold() == ref.casefold():
            return theme.id
    raise ReportDataError(QT_TRANSLATE_NOOP("StoreError", "Geen thema '{ref}' gevonden."),
                          ref=ref)


# --- meetings ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttachmentData:
    id: str
    filename: str
    mime_type: str | None
    size_bytes: int
    item_number: str | None
    item_title: str | None

    @property
    def is_pdf(self) -> bool:
        return (self.mime_type or "").endswith("pdf") or self.filename.lower().endswith(".pdf")


@dataclass(frozen=True, slots=True)
class DecisionData:
    number: str
    text: str
    item_number: str | None
    meeting_day: date | None = None


@dataclass(frozen=True, slots=True)
class ActionData:
    text: str
    owner: str
    due: date | None
    status: str
    done_on: date | None
    origin: date | None
    item_number: str | None
    notes: str


@dataclass(slots=True)
class ItemData:
    id: str
    number: str
    depth: int
    title: str
    kind: str
    presenter: str
    minutes_allotted: int | None
    start: datetime | None
    notes: str
    minutes_text: str
    goal_ids: list[str] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)


@dataclass(slots=True)
class MeetingData:
    id: str
    body_id: str
    body_name: str
    body_abbr: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    title: str | None
    notes: str
    cancelled: bool
    items: list[ItemData]
    present: list[str]
    apologies: list[str]
    absent: list[str]
    members: list[tuple[str, str]]  # (label, role)
    decisions: list[DecisionData]
    actions: list[ActionData]

    @property
    def label(self) -> str:
        from zorgdesk.dutch import nl_date

        return f"{self.body_abbr} {nl_date(self.starts_at.date())}"


def find_meeting(session: Session, body_ref: str, day: date) -> str:
    """The meeting of body `body_ref` (abbreviation, name or id) on `day`."""
    bodies = [
        b for b in session.scalars(select(Body))
        if body_ref in (b.id, b.abbreviation) or b.name.casefold() == body_ref.casefold()
        or (b.abbreviation or "").casefold() == body_ref.casefold()
    ]
    start = datetime(day.year, day.month, day.day)
    for body in bodies:
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.body_id == body.id, Meeting.starts_at >= start,
                                     Meeting.starts_at < start + timedelta(days=1))
        )
        if meeting_id is not None:
            return meeting_id
    raise ReportDataError(QT_TRANSLATE_NOOP(
        "StoreError", "Geen vergadering van {body} op {day} gevonden."),
        body=body_ref, day=day.isoformat())


def default_meeting(session: Session, today: date | None = None) -> str:
    """For reports without --meeting: the next meeting with an agenda, else the last one with
    an agenda, else the next meeting at all, else the last one."""
    today = today or date.today()
    with_items = set(session.scalars(select(AgendaItem.meeting_id).distinct()))
    rows = session.execute(
        select(Meeting.id, Meeting.starts_at).where(Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at)
    ).all()
    if not rows:
        raise ReportDataError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze werkruimte heeft nog geen vergaderingen."))
    for pool in ([r for r in rows if r[0] in with_items], rows):
        if not pool:
            continue
        upcoming = [r for r in pool if r[1].date() >= today]
        return str((upcoming[0] if upcoming else pool[-1])[0])
    return str(rows[-1][0])


def _number_items(items: list[AgendaItem]) -> dict[str, tuple[str, int]]:
    """'1', '2', '2a', '2b': top-level items numbered, sub-items lettered."""
    numbers: dict[str, tuple[str, int]] = {}
    top = [i for i in items if i.parent_id is None]
    for n, item in enumerate(top, start=1):
        numbers[item.id] = (str(n), 0)
        subs = [i for i in items if i.parent_id == item.id]
        for k, sub in enumerate(subs):
            numbers[sub.id] = (f"{n}{chr(ord('a') + k % 26)}", 1)
    return numbers


def load_meeting(session: Session, meeting_id: str, privacy: Privacy) -> MeetingData:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ReportDataError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze vergadering bestaat niet (meer)."))
    body = meeting.body
    items_all = sorted(meeting.items, key=lambda i: i.position)
    ordered: list[AgendaItem] = []
    for item in (i for i in items_all if i.parent_id is None):
        ordered.append(item)
        ordered.extend(i for i in items_all if i.parent_id == item.id)
    hidden = {i.id for i in items_all if privacy.public and i.confidential}
    hidden |= {i.id for i in items_all if i.parent_id in hidden}
    # A public agenda is numbered over what it prints: no gap betrays a confidential item.
    numbers = _number_items([i for i in items_all if i.id not in hidden])
    goal_links: dict[str, list[str]] = defaultdict(list)
    for item_id, goal_id in session.execute(
        select(AgendaItemGoal.agenda_item_id, AgendaItemGoal.goal_id)
        .where(AgendaItemGoal.agenda_item_id.in_([i.id for i in items_all]))
    ):
        goal_links[item_id].append(goal_id)
    attachments: dict[str, list[AttachmentData]] = defaultdict(list)
    att_query = select(Attachment.id, Attachment.agenda_item_id, Attachment.filename,
                       Attachment.mime_type, Attachment.size_bytes, Attachment.confidential
                       ).where(Attachment.agenda_item_id.in_([i.id for i in items_all])
                               ).order_by(Attachment.position, Attachment.filename)
    item_by_id = {i.id: i for i in items_all}
    for a in session.execute(att_query):
        item_id = str(a[1])
        if (privacy.public and a[5]) or item_id in hidden:
            continue
        item = item_by_id[item_id]
        attachments[item_id].append(AttachmentData(a[0], a[2], a[3], a[4], numbers[item_id][0],
                                                   privacy.text(item.title)))
    begin = meeting.starts_at
    timed = meeting.ends_at is not None or (begin.hour, begin.minute) != (0, 0)
    clock: datetime | None = meeting.starts_at if timed else None
    items: list[ItemData] = []
    for item in ordered:
        start = clock
        if clock is not None and item.minutes_allotted:
            clock = clock + timedelta(minutes=item.minutes_allotted)
        if item.id in hidden:
            continue
        number, depth = numbers[item.id]
        if item.presenter_person_id:
            presenter = privacy.person(item.presenter_person_id)
        else:
            presenter = privacy.text(item.presenter)
        items.append(ItemData(
            item.id, number, depth, privacy.text(item.title), _val(item.kind), presenter,
            item.minutes_allotted, start, privacy.text(item.notes),
            privacy.text(item.minutes_text), goal_links.get(item.id, []),
            attachments.get(item.id, []),
        ))
    attendance: dict[str, list[str]] = defaultdict(list)
    for person_id, status in session.execute(
        select(MeetingAttendance.person_id, MeetingAttendance.status)
        .where(MeetingAttendance.meeting_id == meeting.id)
    ):
        attendance[_val(status)].append(privacy.person(person_id))
    members: list[tuple[str, str]] = []
    for bm in session.scalars(select(BodyMember).where(BodyMember.body_id == body.id)):
        if bm.person_id:
            label = privacy.person(bm.person_id)
        else:
            org = session.get(Organisation, bm.organisation_id) if bm.organisation_id else None
            label = org.name if org else ""
        members.append((label, _val(bm.role)))
    order = {"voorzitter": 0, "secretaris": 1, "lid": 2, "agendalid": 3}
    members.sort(key=lambda m: (order.get(m[1], 9), m[0]))
    decisions = [
        DecisionData(d.number, privacy.text(d.text),
                     numbers[d.agenda_item_id][0] if d.agenda_item_id in numbers else None,
                     meeting.starts_at.date())
        for d in session.scalars(select(Decision).where(Decision.meeting_id == meeting.id)
                                 .order_by(Decision.number))
        if d.agenda_item_id not in hidden
    ]
    actions = [
        _action(a, privacy, numbers, meeting.starts_at.date())
        for a in session.scalars(select(Action).where(Action.meeting_id == meeting.id)
                                 .order_by(Action.due.is_(None), Action.due, Action.created_at,
                                           Action.id))
        if a.agenda_item_id not in hidden
    ]
    return MeetingData(
        meeting.id, body.id, body.name, body.abbreviation or body.name, meeting.starts_at,
        meeting.ends_at, meeting.location or body.location, privacy.text(meeting.title),
        privacy.internal(meeting.notes), bool(meeting.cancelled), items,
        sorted(attendance.get("aanwezig", [])), sorted(attendance.get("afgemeld", [])),
        sorted(attendance.get("afwezig", [])), members, decisions, actions,
    )


def _action(a: Action, privacy: Privacy, numbers: dict[str, tuple[str, int]],
            origin: date | None) -> ActionData:
    if a.owner_person_id:
        owner = privacy.person(a.owner_person_id)
    elif a.owner_organisation_id:
        owner = privacy.org_names.get(a.owner_organisation_id, "")
    else:
        owner = ""
    return ActionData(
        privacy.text(a.text), owner, a.due, _val(a.status), a.done_on, origin,
        numbers[a.agenda_item_id][0] if a.agenda_item_id in numbers else None,
        privacy.internal(a.notes),
    )


def open_actions(session: Session, body_id: str, privacy: Privacy,
                 before: datetime) -> list[ActionData]:
    """The body's action list: open actions from meetings before `before`."""
    rows = session.execute(
        select(Action, Meeting.starts_at, AgendaItem.confidential)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .where(Action.body_id == body_id, Action.status == "open")
        .order_by(Action.due.is_(None), Action.due, Action.created_at, Action.id)
    ).all()
    out: list[ActionData] = []
    for action, starts_at, confidential in rows:
        if starts_at is not None and starts_at >= before:
            continue
        if privacy.public and confidential:
            continue
        out.append(_action(action, privacy, {}, starts_at.date() if starts_at else None))
    return out


def neighbour_meetings(session: Session, meeting_id: str) -> tuple[str | None, str | None]:
    """The previous and next (not cancelled) meeting of the same body."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None, None
    prev_id = session.scalar(
        select(Meeting.id).where(Meeting.body_id == meeting.body_id,
                                 Meeting.starts_at < meeting.starts_at,
                                 Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at.desc()).limit(1)
    )
    next_id = session.scalar(
        select(Meeting.id).where(Meeting.body_id == meeting.body_id,
                                 Meeting.starts_at > meeting.starts_at,
                                 Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at).limit(1)
    )
    return prev_id, next_id


def attachment_bytes(session: Session, attachment_id: str) -> bytes:
    content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
    return bytes(content or b"")


# --- grids -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridColumn:
    label: str
    year: int
    quarter: int | None = None
    and_later: bool = False

    def holds(self, year: int, quarter: int | None = None) -> bool:
        if self.quarter is None:
            return year == self.year or (self.and_later and year > self.year)
        return year == self.year and (quarter is None or quarter == self.quarter)


def year_columns(plan: Plan) -> list[GridColumn]:
    """The year grid of the plan (2024, 2025, 2026, "2027 >"), or the quarters of a one-year
    plan (Q1..Q4 2022, as the Noord-Limburg milestone plans)."""
    ws = plan.workspace
    start, end = ws.period_from, ws.period_to
    if start is None or end is None:
        years = sorted({y for g in plan.goals.values() for y in g.year_marks}
                       | {m.year for g in plan.goals.values() for m in g.milestones})
        if not years:
            return []
        start, end = years[0], years[-1]
    if start == end:
        return [GridColumn(f"Q{q} {start}", start, q) for q in range(1, 5)]
    columns = [GridColumn(str(y), y) for y in range(start, end + 1)]
    if ws.open_ended:
        columns[-1] = GridColumn(f"{end} >", end, and_later=True)
    return columns


def quarter_columns(plan: Plan) -> list[GridColumn]:
    """The quarters of the years that hold year marks or milestones (else the plan period)."""
    ws = plan.workspace
    years = sorted({y for g in plan.goals.values() for y in g.year_marks}
                   | {m.year for g in plan.goals.values() for m in g.milestones})
    if years:
        start, end = years[0], years[-1]
    else:
        start = ws.period_from or date.today().year
        end = ws.period_to or start
    return [GridColumn(f"Q{q}", y, q) for y in range(start, end + 1) for q in range(1, 5)]
