"""The lists a workspace can hand out, each with fixed Dutch headers and a Core query.

The headers are the file format: the importer recognises them, so a sheet exported here
comes back in unchanged. They stay Dutch whatever the app's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from zorgdesk.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Value kinds: how a column is written (and read back).
TEXT, INT, YEAR, DATE, DATETIME, EURO, LIGHT, BOOL, ID = (
    "text", "int", "year", "date", "datetime", "euro", "light", "bool", "id")

TBD = "n.t.b."  # a target year "nader te bepalen"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: str = TEXT


@dataclass(frozen=True, slots=True)
class TableData:
    """One list as plain rows, ready for a sheet or a CSV file."""

    key: str
    sheet: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class ListSpec:
    key: str
    sheet: str
    load: Callable[[Session], TableData]


def _table(key: str, sheet: str, columns: Sequence[Column],
           rows: list[tuple[Any, ...]]) -> TableData:
    """The id columns go last: people read from the left, the importer needs them anywhere."""
    order = sorted(range(len(columns)), key=lambda i: columns[i].kind == ID)
    if order == list(range(len(columns))):
        return TableData(key, sheet, tuple(columns), rows)
    return TableData(key, sheet, tuple(columns[i] for i in order),
                     [tuple(row[i] for i in order) for row in rows])


def _yes(value: Any) -> str:
    return "ja" if value else "nee"


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


# --- goals and what hangs on them -------------------------------------------------------

GOAL_COLUMNS = (Column("id", ID), Column("Code"), Column("Titel"), Column("Thema"),
                Column("Niveau"), Column("Bovenliggend"), Column("Bovenliggend-id", ID),
                Column("Streefjaar", YEAR),
                Column("Trekker"), Column("Licht", LIGHT), Column("Laatste update", DATE))


def goal_order(session: Session) -> list[tuple[Any, ...]]:
    """Goal rows (id, theme_id, parent_id, position, level, code, title, target_year,
    target_tbd) parents first, siblings as the tree shows them."""
    from sqlalchemy import select

    from zorgdesk.models import Goal
    from zorgdesk.services.goals.tree import in_tree_order

    raw = [tuple(r) for r in session.execute(select(
        Goal.id, Goal.theme_id, Goal.parent_id, Goal.position, Goal.level, Goal.code,
        Goal.title, Goal.target_year, Goal.target_tbd))]
    stored = {r[0]: r for r in raw}  # a list holds what is stored: own theme, real parent
    return [stored[r[0]] for r, _depth in in_tree_order(raw)]


def latest_lights(session: Session) -> dict[str, tuple[str, date | None]]:
    from sqlalchemy import select

    from zorgdesk.models import StatusUpdate

    out: dict[str, tuple[str, date | None]] = {}
    query = (select(StatusUpdate.goal_id, StatusUpdate.light, StatusUpdate.reported_on)
             .where(StatusUpdate.goal_id.is_not(None), StatusUpdate.light.is_not(None))
             .order_by(StatusUpdate.reported_on, StatusUpdate.created_at))
    for goal_id, light, day in session.execute(query):
        out[str(goal_id)] = (str(light), _day(day))
    return out


def trekkers(session: Session) -> dict[str, list[str]]:
    """Per goal the names of who leads it (organisations by name, then people)."""
    from sqlalchemy import select

    from zorgdesk.models import Organisation, Person, Role

    out: dict[str, list[str]] = {}
    query = (select(Role.goal_id, Organisation.name, Person.name)
             .outerjoin(Organisation, Organisation.id == Role.organisation_id)
             .outerjoin(Person, Person.id == Role.person_id)
             .where(Role.goal_id.is_not(None), Role.role == "trekker")
             .order_by(Organisation.name, Person.name))
    for goal_id, org, person in session.execute(query):
        name = org or person
        if name:
            out.setdefault(str(goal_id), []).append(str(name))
    return out


def theme_names(session: Session) -> dict[str, str]:
    from sqlalchemy import select

    from zorgdesk.models import Theme

    return {str(i): str(n) for i, n in session.execute(select(Theme.id, Theme.name))}


def load_goals(session: Session) -> TableData:
    goals = goal_order(session)
    code_of = {r[0]: r[5] or r[6] for r in goals}  # a parent without a code: its title
    themes = theme_names(session)
    lights = latest_lights(session)
    leads = trekkers(session)
    rows = []
    for gid, theme_id, parent_id, _pos, level, code, title, year, tbd in goals:
        light, day = lights.get(gid, (None, None))
        rows.append((gid, code, title, themes.get(theme_id or ""), str(level),
                     code_of.get(parent_id) if parent_id else None, parent_id,
                     TBD if tbd else year, ", ".join(leads.get(gid, [])) or None, light, day))
    return _table("goals", "Doelen", GOAL_COLUMNS, rows)


MILESTONE_COLUMNS = (Column("id", ID), Column("Doel-id", ID), Column("Thema"), Column("Doel"),
                     Column("Mijlpaal"), Column("Precisie"),
                     Column("Jaar", YEAR), Column("Kwartaal", INT), Column("Maand", INT),
                     Column("Datum", DATE), Column("Begin", DATE), Column("Stand"),
                     Column("Gereed op", DATE), Column("Notities"))


def load_milestones(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import Milestone

    themes = theme_names(session)
    order = {r[0]: (i, r[5], themes.get(r[1] or "")) for i, r in enumerate(goal_order(session))}
    raw = session.execute(select(
        Milestone.id, Milestone.goal_id, Milestone.title, Milestone.precision, Milestone.year,
        Milestone.quarter, Milestone.month, Milestone.due_date, Milestone.start_date,
        Milestone.status, Milestone.done_on, Milestone.notes, Milestone.position)).all()
    raw = [r for r in raw if r[1] in order]
    raw.sort(key=lambda r: (order[r[1]][0], r[12], r[4], r[5] or 0, r[6] or 0, r[2]))
    rows = [(r[0], r[1], order[r[1]][2], order[r[1]][1], r[2], str(r[3]), r[4], r[5], r[6],
             _day(r[7]), _day(r[8]), str(r[9]), _day(r[10]), r[11]) for r in raw]
    return _table("milestones", "Mijlpalen", MILESTONE_COLUMNS, rows)


def load_year_marks(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import YearMark

    order = {r[0]: (i, r[5], r[6]) for i, r in enumerate(goal_order(session))}
    raw = [r for r in session.execute(select(YearMark.goal_id, YearMark.year,
                                             YearMark.and_later, YearMark.note))
           if r[0] in order]
    raw.sort(key=lambda r: (order[r[0]][0], r[1]))
    rows = [(order[r[0]][1], order[r[0]][2], r[1], _yes(r[2]), r[3]) for r in raw]
    columns = (Column("Doel"), Column("Titel"), Column("Jaar", YEAR), Column("En later", BOOL),
               Column("Notitie"))
    return _table("yearmarks", "Jaarmarkeringen", columns, rows)


ROLE_COLUMNS = (Column("id", ID), Column("Doel-id", ID), Column("Doel"), Column("Titel"),
                Column("Thema"),
                Column("Organisatie"), Column("Persoon"), Column("Rol"),
                Column("Hoedanigheid"), Column("Notitie"))


def load_roles(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import Organisation, Person, Role

    themes = theme_names(session)
    order = {r[0]: (i, r[5], r[6], r[1]) for i, r in enumerate(goal_order(session))}
    raw = list(session.execute(
        select(Role.id, Role.goal_id, Role.theme_id, Organisation.name, Person.name, Role.role,
               Role.capacity, Role.note)
        .outerjoin(Organisation, Organisation.id == Role.organisation_id)
        .outerjoin(Person, Person.id == Role.person_id)))
    big = len(order) + 1
    raw.sort(key=lambda r: (order.get(r[1], (big,))[0], themes.get(r[2] or "", ""),
                            r[3] or "", r[4] or "", str(r[5])))
    rows = []
    for rid, goal_id, theme_id, org, person, role, capacity, note in raw:
        goal = order.get(goal_id) if goal_id else None
        theme = goal[3] if goal else theme_id
        rows.append((rid, goal_id if goal else None, goal[1] if goal else None,
                     goal[2] if goal else None, themes.get(theme) if theme else None, org,
                     person, str(role), capacity, note))
    return _table("roles", "Rollen", ROLE_COLUMNS, rows)


def load_matrix(session: Session) -> TableData:
    """The partner matrix as a wide sheet: a goal per row, an organisation per column."""
    from sqlalchemy import select

    from zorgdesk.models import Organisation, Role
    from zorgdesk.services.partners.matrix import ROLE_ORDER

    goals = goal_order(session)
    held: dict[tuple[str, str], set[str]] = {}
    for goal_id, org_id, role in session.execute(
            select(Role.goal_id, Role.organisation_id, Role.role)
            .where(Role.goal_id.is_not(None), Role.organisation_id.is_not(None))):
        held.setdefault((str(goal_id), str(org_id)), set()).add(str(role))
    used = {o for _, o in held}
    orgs = [(str(i), str(s or n)) for i, n, s in session.execute(
        select(Organisation.id, Organisation.name, Organisation.short_name)
        .order_by(Organisation.name)) if i in used]
    columns = (Column("Code"), Column("Doel"), *(Column(label) for _, label in orgs))
    rows = []
    for r in goals:
        cells = [", ".join(x for x in ROLE_ORDER if x in held.get((r[0], oid), set())) or None
                 for oid, _ in orgs]
        rows.append((r[5], r[6], *cells))
    return _table("matrix", "Matrix", columns, rows)


# --- partners ---------------------------------------------------------------------------

ORG_COLUMNS = (Column("id", ID), Column("Naam"), Column("Afkorting"), Column("Soort"),
               Column("Sector"), Column("Inwoners", INT), Column("Coalitie"), Column("Notities"))


def load_organisations(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import Organisation as Org

    rows = [(r[0], r[1], r[2], str(r[3]), r[4], r[5], str(r[6]) if r[6] else None, r[7])
            for r in session.execute(select(Org.id, Org.name, Org.short_name, Org.kind, Org.sector,
                                            Org.population, Org.coalition, Org.notes)
                                     .order_by(Org.name))]
    return _table("organisations", "Organisaties", ORG_COLUMNS, rows)


PERSON_COLUMNS = (Column("id", ID), Column("Naam"), Column("Organisatie"), Column("Functie"),
                  Column("E-mail"), Column("Publiceerbaar", BOOL), Column("Notities"))


def load_people(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import Organisation, Person

    rows = [(r[0], r[1], r[2], r[3], r[4], _yes(r[5]), r[6]) for r in session.execute(
        select(Person.id, Person.name, Organisation.name, Person.function, Person.email,
               Person.publishable, Person.notes)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.name))]
    return _table("people", "Personen", PERSON_COLUMNS, rows)


def load_funding(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import FundingLine as F
    from zorgdesk.models import Goal, Organisation

    rows = [(r[0], r[1], r[2] or r[3], r[4], r[5] / 100, r[6], str(r[7]))
            for r in session.execute(
                select(F.id, Goal.code, Organisation.name, F.source_name, F.description,
                       F.amount_cents, F.year, F.status)
                .outerjoin(Goal, Goal.id == F.goal_id)
                .outerjoin(Organisation, Organisation.id == F.source_organisation_id)
                .order_by(F.year, Organisation.name, F.source_name))]
    columns = (Column("id", ID), Column("Doel"), Column("Bron"), Column("Omschrijving"),
               Column("Bedrag", EURO), Column("Jaar", YEAR), Column("Status"))
    return _table("funding", "Financiering", columns, rows)


# --- meetings ---------------------------------------------------------------------------

def _body_label(abbreviation: Any, name: Any) -> str:
    return str(abbreviation or name or "")


def load_meetings(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import Body, Meeting

    rows = [(r[0], _body_label(r[1], r[2]), _moment(r[3]), _moment(r[4]), r[5], r[6],
             _yes(r[7]))
            for r in session.execute(
                select(Meeting.id, Body.abbreviation, Body.name, Meeting.starts_at,
                       Meeting.ends_at, Meeting.title, Meeting.location, Meeting.cancelled)
                .join(Body, Body.id == Meeting.body_id).order_by(Meeting.starts_at))]
    columns = (Column("id", ID), Column("Overleg"), Column("Begin", DATETIME),
               Column("Einde", DATETIME), Column("Titel"), Column("Locatie"),
               Column("Vervallen", BOOL))
    return _table("meetings", "Vergaderingen", columns, rows)


def load_agenda(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem as A
    from zorgdesk.models import Body, Meeting, Person
    from zorgdesk.services.meetings.agenda import sub_letter

    raw = session.execute(
        select(A.id, A.meeting_id, A.parent_id, A.position, A.title, A.kind, Person.name,
               A.presenter, A.minutes_allotted, A.confidential, Body.abbreviation, Body.name,
               Meeting.starts_at)
        .join(Meeting, Meeting.id == A.meeting_id).join(Body, Body.id == Meeting.body_id)
        .outerjoin(Person, Person.id == A.presenter_person_id)).all()
    tops = sorted((r for r in raw if r[2] is None), key=lambda r: (str(r[12]), r[3]))
    subs: dict[str, list[Any]] = {}
    for r in raw:
        if r[2] is not None:
            subs.setdefault(str(r[2]), []).append(r)
    numbers: dict[str, int] = {}
    rows = []
    for top in tops:
        numbers[top[1]] = numbers.get(top[1], 0) + 1
        number = numbers[top[1]]
        entries = [(top, str(number))]
        for i, sub in enumerate(sorted(subs.get(str(top[0]), []), key=lambda r: r[3])):
            entries.append((sub, f"{number}{sub_letter(i)}"))
        for r, nr in entries:
            rows.append((r[0], _body_label(r[10], r[11]), _moment(r[12]), nr, r[4],
                         str(r[5]) if r[5] else None, r[6] or r[7], r[8], _yes(r[9])))
    columns = (Column("id", ID), Column("Overleg"), Column("Vergadering", DATETIME),
               Column("Nr"), Column("Agendapunt"), Column("Soort"), Column("Inbreng"),
               Column("Minuten", INT), Column("Vertrouwelijk", BOOL))
    return _table("agenda", "Agenda", columns, rows)


def load_decisions(session: Session) -> TableData:
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem, Body, Decision, Meeting

    rows = [(r[0], r[1], r[2], _body_label(r[3], r[4]), _day(r[5]), r[6])
            for r in session.execute(
                select(Decision.id, Decision.number, Decision.text, Body.abbreviation, Body.name,
                       Meeting.starts_at, AgendaItem.title)
                .join(Meeting, Meeting.id == Decision.meeting_id)
                .join(Body, Body.id == Meeting.body_id)
                .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
                .order_by(Meeting.starts_at, Decision.number))]
    columns = (Column("id", ID), Column("Nummer"), Column("Besluit"), Column("Overleg"),
               Column("Datum", DATE), Column("Agendapunt"))
    return _table("decisions", "Besluitenlijst", columns, rows)


ACTION_COLUMNS = (Column("id", ID), Column("Actie"), Column("Eigenaar"),
                  Column("Deadline", DATE), Column("Stand"), Column("Gereed op", DATE),
                  Column("Overleg"), Column("Herkomst"), Column("Notities"))


def load_actions(session: Session) -> TableData:
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from zorgdesk.models import Action, Body, Meeting, Organisation, Person

    origin_body = aliased(Body)
    raw = list(session.execute(
        select(Action.id, Action.text, Person.name, Organisation.name, Action.due, Action.status,
               Action.done_on, Body.abbreviation, Body.name, origin_body.abbreviation,
               origin_body.name,
               Meeting.starts_at, Action.notes, Action.created_at)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .outerjoin(Organisation, Organisation.id == Action.owner_organisation_id)
        .outerjoin(Body, Body.id == Action.body_id)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(origin_body, origin_body.id == Meeting.body_id)))
    raw.sort(key=lambda r: (str(r[5]) != "open", _day(r[4]) or date.max, str(r[13]), r[1]))
    rows = []
    for r in raw:
        origin_day = _day(r[11])
        origin = f"{_body_label(r[9], r[10])} {origin_day:%d-%m-%Y}" if origin_day else None
        rows.append((r[0], r[1], r[2] or r[3], _day(r[4]), str(r[5]), _day(r[6]),
                     _body_label(r[7], r[8]) or None, origin, r[12]))
    return _table("actions", "Actielijst", ACTION_COLUMNS, rows)


LISTS: dict[str, ListSpec] = {spec.key: spec for spec in (
    ListSpec("goals", "Doelen", load_goals),
    ListSpec("milestones", "Mijlpalen", load_milestones),
    ListSpec("yearmarks", "Jaarmarkeringen", load_year_marks),
    ListSpec("roles", "Rollen", load_roles),
    ListSpec("matrix", "Matrix", load_matrix),
    ListSpec("organisations", "Organisaties", load_organisations),
    ListSpec("people", "Personen", load_people),
    ListSpec("funding", "Financiering", load_funding),
    ListSpec("meetings", "Vergaderingen", load_meetings),
    ListSpec("agenda", "Agenda", load_agenda),
    ListSpec("decisions", "Besluitenlijst", load_decisions),
    ListSpec("actions", "Actielijst", load_actions),
)}


def load(store: Store, keys: Sequence[str]) -> list[TableData]:
    """The asked lists, read in one read transaction so they agree with each other."""
    with store.session() as session, session.begin():
        return [LISTS[key].load(session) for key in keys]
