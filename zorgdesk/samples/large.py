"""A large synthetic workspace for benchmarks: deterministic, fast to build, clearly made up.

Exact sizes (see COUNTS): 10 themes, 2,000 goals in a tree (20 strategic goals per theme with
5-13 operational goals or projects each, codes like 2.3.4.B), 10,000 milestones over 2024-2027,
300 organisations, 20,000 roles (unique goal x organisation pairs), 10 bodies, 500 meetings,
5,000 agenda items and 10,000 actions, plus year marks, status updates with lights, indicators
with measurements, people (never publishable), tags, programmes and funding lines.

Every row goes in through ORM bulk inserts (`session.execute(insert(Model), rows)`) with an
explicit id; the column defaults fill created_at, updated_at and revision. The text is random
Dutch policy vocabulary from the word list below, seeded with random.Random(20240101), so two
builds give the same codes, titles and texts (only ids and timestamps differ).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from zorgdesk.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaItemGoal,
    Attendance,
    Body,
    BodyMember,
    Coalition,
    Decision,
    FundingLine,
    FundingStatus,
    Goal,
    GoalLevel,
    GoalTag,
    Indicator,
    InitiativeKind,
    ItemKind,
    Light,
    Measurement,
    Meeting,
    MeetingAttendance,
    MemberRole,
    Milestone,
    MilestoneStatus,
    Organisation,
    OrgKind,
    Person,
    Precision,
    Programme,
    ProgrammeGoal,
    RelatedInitiative,
    Role,
    RoleKind,
    StatusUpdate,
    Tag,
    Theme,
    ThemeKind,
    Workspace,
    YearMark,
    new_id,
)

SEED = 20240101
YEARS = (2024, 2025, 2026, 2027)
TODAY = date(2026, 6, 1)  # fixed "now" so statuses do not depend on the build date

N_THEMES = 10
STRATEGIC_PER_THEME = 20
CHILDREN_PER_THEME = 180  # 20 x 9 on average, 5..13 per strategic goal
N_GOALS = N_THEMES * (STRATEGIC_PER_THEME + CHILDREN_PER_THEME)
N_MILESTONES = 10_000
N_ROLES = 20_000
N_BODIES = 10
MEETINGS_PER_BODY = 50
ITEMS_PER_MEETING = 10  # 8 main items and 2 sub-items (3a, 3b)
ACTIONS_PER_MEETING = 20
N_PEOPLE = 400
MARKS_PER_CHILD = 3
STATUS_PER_GOAL = 3
MEASUREMENTS_PER_INDICATOR = 4
N_FUNDING = 120
N_PROGRAMMES = 8
GOALS_PER_PROGRAMME = 12
N_INITIATIVES = 150

# Organisation kinds and how many of each (300 in all).
ORG_MIX: tuple[tuple[OrgKind, int], ...] = (
    (OrgKind.GEMEENTE, 60),
    (OrgKind.ZORGVERZEKERAAR, 3),
    (OrgKind.ZORGKANTOOR, 3),
    (OrgKind.PROVINCIE, 2),
    (OrgKind.GGD, 5),
    (OrgKind.VVT, 50),
    (OrgKind.GGZ, 30),
    (OrgKind.ZIEKENHUIS, 12),
    (OrgKind.HUISARTSEN, 30),
    (OrgKind.GEHANDICAPTENZORG, 20),
    (OrgKind.WELZIJN, 40),
    (OrgKind.ONDERWIJS, 15),
    (OrgKind.INWONERSORGANISATIE, 20),
    (OrgKind.OVERIG, 10),
)
N_ORGS = sum(n for _, n in ORG_MIX)

TAGS = (
    "Inwonersparticipatie", "Digitalisering", "Arbeidsmarkt", "Gezondheidsverschillen",
    "Preventie", "Mantelzorg",
)

COUNTS: dict[str, int] = {
    "workspace": 1,
    "theme": N_THEMES,
    "goal": N_GOALS,
    "milestone": N_MILESTONES,
    "organisation": N_ORGS,
    "role": N_ROLES,
    "body": N_BODIES,
    "meeting": N_BODIES * MEETINGS_PER_BODY,
    "agenda_item": N_BODIES * MEETINGS_PER_BODY * ITEMS_PER_MEETING,
    "action": N_BODIES * MEETINGS_PER_BODY * ACTIONS_PER_MEETING,
    "person": N_PEOPLE,
    "year_mark": N_THEMES * CHILDREN_PER_THEME * MARKS_PER_CHILD,
    "status_update": N_GOALS * STATUS_PER_GOAL,
    "indicator": N_THEMES * STRATEGIC_PER_THEME,
    "measurement": N_THEMES * STRATEGIC_PER_THEME * MEASUREMENTS_PER_INDICATOR,
    "funding_line": N_FUNDING,
    "tag": len(TAGS),
    "programme": N_PROGRAMMES,
    "programme_goal": N_PROGRAMMES * GOALS_PER_PROGRAMME,
    "related_initiative": N_INITIATIVES,
}

# A few hundred words of Dutch care-policy vocabulary; the text is nonsense made of them.
_WORD_TEXT = """
aanbod aanpak aanvraag afspraken akkoord ambitie analyse arbeidsmarkt arrangement
basiszorg begeleiding behandeling beleid beleidsplan bereikbaarheid beschikbaarheid bestuur
bestuurders betaalbaarheid betrokkenheid bewegen bewoners bijdrage borging bouwstenen buurt
buurtteam capaciteit casemanagement cliënten cliëntondersteuning coalitie communicatie
continuïteit coördinatie crisiszorg cultuur dagbesteding data deelnemers dementie
dienstverlening digitalisering doelgroep doelmatigheid doelstelling draagvlak dwarsverbanden
e-health eenzaamheid effect eigen eerstelijn eerstelijnszorg evaluatie expertise
financiering fysiotherapie gebiedsgericht gegevens gemeenten gemeenschap gezin gezondheid
gezondheidsverschillen gezondheidswinst GGZ gezamenlijk huisarts huisartsen huisvesting
hulpmiddelen hulpverlening implementatie informatie initiatief innovatie inwoners
inzet jeugd jeugdzorg kennis kennisdeling keten ketenzorg kosten kwaliteit kwetsbaar
kwetsbare landelijk langdurig leefomgeving leefstijl levensloop locatie mantelzorg
mantelzorgers medewerkers mensen monitoring netwerk netwerken netwerkaanpak
nazorg ondersteuning onderwijs ontwikkeling opgave opleiding organisaties ouderen
ouderenzorg overdracht overleg participatie partners patiënten personeel pilot planning
positieve preventie preventief proces professionals programma project projectplan
psychische publiek regio regionaal regionale rapportage realisatie resultaat
samenhang samenwerking samenwerkingsafspraken scholing signalering sociaal sociale
specialistische sport stakeholders sturing subsidie technologie thuis thuiszorg
toegang toegankelijk transformatie uitvoering vaardigheden valpreventie verbinding
verpleeghuis verpleging verslaving vervolg verwijzing verzekeraar vitaliteit
vrijwilligers vroegsignalering waardegedreven welzijn werkagenda werkgroep werkwijze
wijk wijkverpleging wonen woonzorg zelfredzaamheid ziekenhuis zorg zorgaanbieders
zorgkantoor zorgpad zorgverlening zorgverzekeraar zorgvraag zorgverleners zorgprofessionals
acute afstemming bekostiging bekendheid benutten bevorderen borgen creëren delen
doorontwikkelen faciliteren inrichten investeren ondersteunen opschalen organiseren
realiseren stimuleren uitbreiden uitvoeren verbeteren verbinden verkennen versterken
voorkomen vormgeven ontwikkelen vergroten verminderen verkleinen verstevigen toepassen
aantal alle andere betere binnen breed concreet daarbij daarnaast digitale door duurzaam
eerder elkaar extra gericht goede hierbij integraal lokale meer minder nieuwe samen
sterker structureel tijdig vanuit verder vroeg zodat zoveel passende juiste plek
"""
WORDS: tuple[str, ...] = tuple(_WORD_TEXT.split())

FILLER: tuple[str, ...] = (
    "de", "het", "een", "en", "van", "voor", "met", "in", "op", "naar", "om", "te", "door",
    "bij", "over", "die", "dat", "wij", "we", "zij", "is", "zijn", "wordt", "worden",
)

PLACE_HEADS = (
    "Noord", "Zuid", "Oost", "West", "Groot", "Klein", "Nieuw", "Oud", "Hoog", "Laag",
    "Beek", "Dieren", "Eelde", "Haren", "Lange", "Molen", "Ros", "Veen", "Wester", "Ooster",
)
PLACE_TAILS = (
    "dijk", "veen", "wolde", "horst", "broek", "hoven", "kerk", "dam", "wijk", "berg", "lo",
    "rade", "haar", "ingen", "um", "sloot", "meer", "bergen", "zand", "loo",
)
KIND_LABEL: dict[OrgKind, str] = {
    OrgKind.GEMEENTE: "Gemeente",
    OrgKind.ZORGVERZEKERAAR: "Zorgverzekeraar",
    OrgKind.ZORGKANTOOR: "Zorgkantoor",
    OrgKind.PROVINCIE: "Provincie",
    OrgKind.GGD: "GGD",
    OrgKind.VVT: "Zorggroep",
    OrgKind.GGZ: "GGZ",
    OrgKind.ZIEKENHUIS: "Ziekenhuis",
    OrgKind.HUISARTSEN: "Huisartsenzorg",
    OrgKind.GEHANDICAPTENZORG: "Stichting Gehandicaptenzorg",
    OrgKind.WELZIJN: "Welzijn",
    OrgKind.ONDERWIJS: "Hogeschool",
    OrgKind.INWONERSORGANISATIE: "Platform Inwoners",
    OrgKind.OVERIG: "Stichting",
}
FIRST_NAMES = (
    "Anne", "Bram", "Carla", "Dirk", "Els", "Frank", "Greetje", "Hans", "Ilse", "Jan",
    "Karin", "Lars", "Marieke", "Niels", "Olga", "Peter", "Quinten", "Roos", "Sander", "Tineke",
    "Ulco", "Vera", "Wouter", "Yvonne", "Zeger", "Astrid", "Bart", "Cor", "Daan", "Femke",
)
LAST_NAMES = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Kok",
    "Wolters", "Hofstede", "Kuipers", "Oosting", "Huizing", "Drenth", "Schuiling", "Lubbers",
)
FUNCTIONS = (
    "beleidsadviseur", "wethouder", "directeur", "programmamanager", "regiocoördinator",
    "ambtelijk secretaris", "manager zorginkoop", "projectleider", "bestuurder", "adviseur",
)
BODIES: tuple[tuple[str, str, str, str, int], ...] = (
    ("Bestuurlijke samenwerkingstafel", "BST", "bestuurlijk", "elke vier maanden", 4),
    ("Ambtelijke samenwerkingstafel", "AST", "ambtelijk", "elke twee maanden", 2),
    ("Bestuurlijke dialoogtafel", "BDT", "bestuurlijk", "twee keer per jaar", 6),
    ("Portefeuillehoudersoverleg zorg", "PHO", "bestuurlijk", "elk kwartaal", 3),
    ("Themagroep Ouderen", "TG-O", "themagroep", "elke maand", 1),
    ("Themagroep Psychische gezondheid", "TG-P", "themagroep", "elke maand", 1),
    ("Themagroep Preventie", "TG-V", "themagroep", "elke zes weken", 1),
    ("Coördinatieteam Netwerkaanpak", "CT-N", "coördinatieteam", "elke twee weken", 1),
    ("Coördinatieteam Arbeidsmarkt", "CT-A", "coördinatieteam", "elke maand", 1),
    ("Werkgroep Data en monitoring", "WG-D", "werkgroep", "elke maand", 1),
)
STANDARD_ITEMS = ("Opening en vaststellen agenda", "Verslag en actielijst vorige vergadering")
CLOSING_ITEM = "Rondvraag en sluiting"

Rows = list[dict[str, Any]]


class Text:
    """Random Dutch-looking text from the word list."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, n: int) -> list[str]:
        rng = self.rng
        out = rng.choices(WORDS, k=n)
        # about one word in four is a small function word, as in real prose
        for i in range(1, n - 1, 4):
            out[i] = rng.choice(FILLER)
        return out

    def title(self, low: int = 5, high: int = 15) -> str:
        words = self.words(self.rng.randint(low, high))
        return " ".join(words).capitalize()

    def prose(self, low: int, high: int) -> str:
        rng = self.rng
        words = self.words(rng.randint(low, high))
        sentences: list[str] = []
        i = 0
        while i < len(words):
            n = rng.randint(8, 18)
            chunk = words[i : i + n]
            sentences.append(" ".join(chunk).capitalize() + ".")
            i += n
        return " ".join(sentences)


def _insert(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """One executemany per table. render_nulls keeps None values in the statement: otherwise
    SQLAlchemy drops them, rows get different key sets and the batch falls apart into single
    INSERTs (measured: 32,000 statements instead of 27). Only nullable columns without a
    default are ever None here, so no default is overridden by a NULL."""
    if rows:
        session.execute(insert(model).execution_options(render_nulls=True), list(rows))


def _letters(i: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the letter suffix of an operational goal code."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _split(rng: random.Random, total: int, parts: int, low: int, high: int) -> list[int]:
    """`parts` numbers between low and high that add up to `total`."""
    sizes = [total // parts] * parts
    sizes[-1] += total - sum(sizes)
    for _ in range(parts * 3):
        a, b = rng.randrange(parts), rng.randrange(parts)
        if a != b and sizes[a] > low and sizes[b] < high:
            sizes[a] -= 1
            sizes[b] += 1
    return sizes


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def build(session: Session) -> None:
    rng = random.Random(SEED)
    text = Text(rng)

    _insert(session, Workspace, [{
        "id": new_id(),
        "name": "Groot proefbestand Zorgregio Zandveen",
        "region": "Zorgregio Zandveen (verzonnen)",
        "period_from": YEARS[0],
        "period_to": YEARS[-1],
        "period_open_ended": True,
        "vision_title": "Gezond en thuis in Zandveen 2040",
        "vision_text": text.prose(60, 120),
        "description": "Synthetisch voorbeeld voor metingen aan snelheid; alle namen en teksten "
                       "zijn verzonnen.",
        "sample_name": "large",
    }])

    org_ids, gemeente_ids, person_ids = _organisations_and_people(session, rng, text)
    theme_ids, strategic, children = _themes_and_goals(session, rng, text)
    goal_ids = [g for g, _ in strategic] + [g for g, _ in children]
    _goal_details(session, rng, text, strategic, children)
    _milestones(session, rng, text, goal_ids)
    _roles(session, rng, goal_ids, org_ids)
    _programmes_and_funding(session, rng, text, strategic=strategic, org_ids=org_ids,
                            gemeente_ids=gemeente_ids)
    _meetings(session, rng, text, theme_ids=theme_ids, goal_ids=goal_ids, org_ids=org_ids,
              person_ids=person_ids)


def _organisations_and_people(
    session: Session, rng: random.Random, text: Text
) -> tuple[list[str], list[str], list[str]]:
    orgs: Rows = []
    names: set[str] = set()
    gemeente_ids: list[str] = []
    for kind, count in ORG_MIX:
        for _ in range(count):
            while True:
                place = rng.choice(PLACE_HEADS) + rng.choice(PLACE_TAILS)
                name = f"{KIND_LABEL[kind]} {place}"
                if name not in names:
                    names.add(name)
                    break
            oid = new_id()
            orgs.append({
                "id": oid,
                "name": name,
                "short_name": place if kind is OrgKind.GEMEENTE else None,
                "kind": kind,
                "sector": kind.value,
                "population": rng.randint(9_000, 180_000) if kind is OrgKind.GEMEENTE else None,
                "coalition": rng.choice((Coalition.LEIDEND, Coalition.BREED, None)),
                "notes": text.prose(10, 30) if rng.random() < 0.2 else None,
            })
            if kind is OrgKind.GEMEENTE:
                gemeente_ids.append(oid)
    _insert(session, Organisation, orgs)
    org_ids = [o["id"] for o in orgs]

    people: Rows = []
    for _ in range(N_PEOPLE):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        people.append({
            "id": new_id(),
            "name": f"{first} {last}",
            "organisation_id": rng.choice(org_ids),
            "function": rng.choice(FUNCTIONS),
            "email": f"{first}.{last.replace(' ', '')}@zandveen.example".lower(),
            "publishable": False,
        })
    _insert(session, Person, people)
    return org_ids, gemeente_ids, [p["id"] for p in people]


def _themes_and_goals(
    session: Session, rng: random.Random, text: Text
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, GoalLevel]]]:
    """Themes 2.1-2.10, strategic goals 2.t.s, operational goals and projects 2.t.s.A."""
    themes: Rows = []
    strategic: Rows = []
    children: Rows = []
    for t in range(1, N_THEMES + 1):
        theme_id = new_id()
        themes.append({
            "id": theme_id,
            "code": f"2.{t}",
            "name": text.title(2, 5),
            "kind": ThemeKind.REGIO_OPGAVE if t <= 6 else ThemeKind.THEMAGROEP,
            "description": text.prose(40, 100),
            "position": t,
        })
        sizes = _split(rng, CHILDREN_PER_THEME, STRATEGIC_PER_THEME, 5, 13)
        for s, n_children in enumerate(sizes, start=1):
            sid = new_id()
            strategic.append({
                "id": sid,
                "theme_id": theme_id,
                "parent_id": None,
                "level": GoalLevel.STRATEGISCH,
                "code": f"2.{t}.{s}",
                "title": text.title(),
                "text": text.prose(40, 150),
                "position": s,
                "target_year": 2040 if rng.random() < 0.5 else None,
                "target_tbd": False,
            })
            for c in range(n_children):
                project = rng.random() < 0.2
                tbd = rng.random() < 0.1
                row: dict[str, Any] = {
                    "id": new_id(),
                    "theme_id": theme_id,
                    "parent_id": sid,
                    "level": GoalLevel.PROJECT if project else GoalLevel.OPERATIONEEL,
                    "code": f"2.{t}.{s}.{_letters(c)}",
                    "title": text.title(),
                    "text": text.prose(40, 150),
                    "position": c + 1,
                    "target_year": None if tbd else rng.choice(YEARS),
                    "target_tbd": tbd,
                    "omschrijving": None, "doelstelling": None, "scope": None,
                    "budget_capaciteit": None, "planning": None, "governance": None,
                    "naslag": None,
                    "internal_notes": text.prose(10, 40) if rng.random() < 0.15 else None,
                }
                if project:
                    row.update({
                        "omschrijving": text.prose(40, 120),
                        "doelstelling": text.prose(20, 60),
                        "scope": text.prose(15, 40),
                        "budget_capaciteit": f"EUR {rng.randrange(10, 500) * 1000:,}".replace(",", ".")
                                             + f" en {rng.randint(1, 20) / 10:.1f} fte".replace(".", ","),
                        "planning": text.prose(15, 40),
                        "governance": text.prose(10, 30),
                        "naslag": text.prose(5, 15) if rng.random() < 0.5 else None,
                    })
                children.append(row)
    _insert(session, Theme, themes)
    _insert(session, Goal, strategic)
    _insert(session, Goal, children)
    return (
        [t["id"] for t in themes],
        [(g["id"], g["theme_id"]) for g in strategic],
        [(g["id"], g["level"]) for g in children],
    )


def _goal_details(
    session: Session,
    rng: random.Random,
    text: Text,
    strategic: list[tuple[str, str]],
    children: list[tuple[str, GoalLevel]],
) -> None:
    marks: Rows = []
    for gid, _level in children:
        for year in sorted(rng.sample(YEARS, MARKS_PER_CHILD)):
            marks.append({
                "id": new_id(), "goal_id": gid, "year": year,
                "and_later": year == YEARS[-1],
                "note": text.title(3, 8) if rng.random() < 0.1 else None,
            })
    _insert(session, YearMark, marks)

    updates: Rows = []
    moments = (date(2024, 12, 1), date(2025, 6, 1), date(2025, 12, 1))
    lights = (Light.GROEN, Light.GROEN, Light.GROEN, Light.ORANJE, Light.ORANJE, Light.ROOD, None)
    for gid in [g for g, _ in strategic] + [g for g, _ in children]:
        for day in moments[:STATUS_PER_GOAL]:
            updates.append({
                "id": new_id(), "goal_id": gid, "programme_id": None, "reported_on": day,
                "light": rng.choice(lights),
                "results": text.prose(15, 60),
                "attention_points": text.prose(10, 40) if rng.random() < 0.6 else None,
                "internal": rng.random() < 0.1,
            })
    _insert(session, StatusUpdate, updates)

    indicators: Rows = []
    measurements: Rows = []
    units = ("%", "aantal", "dagen", "EUR", "score")
    for gid, _theme in strategic:
        iid = new_id()
        baseline = float(rng.randint(10, 60))
        target = baseline + rng.randint(5, 40)
        indicators.append({
            "id": iid, "goal_id": gid, "name": text.title(4, 10), "unit": rng.choice(units),
            "baseline": baseline, "target": target, "target_year": rng.choice((2026, 2027, 2030)),
        })
        value = baseline
        for m in range(MEASUREMENTS_PER_INDICATOR):
            value += rng.uniform(-2, (target - baseline) / MEASUREMENTS_PER_INDICATOR + 2)
            measurements.append({
                "id": new_id(), "indicator_id": iid,
                "measured_on": date(2024 + m // 2, 6 if m % 2 == 0 else 12, 30),
                "value": round(value, 1),
                "note": text.title(3, 8) if rng.random() < 0.2 else None,
            })
    _insert(session, Indicator, indicators)
    _insert(session, Measurement, measurements)

    tags = [{"id": new_id(), "name": name, "kind": "rode draad", "description": text.prose(20, 40)}
            for name in TAGS]
    _insert(session, Tag, tags)
    goal_tags: Rows = []
    for gid, _level in children[::3]:
        for tag in rng.sample(tags, rng.randint(1, 2)):
            goal_tags.append({"goal_id": gid, "tag_id": tag["id"]})
    _insert(session, GoalTag, goal_tags)

    initiatives: Rows = []
    for i in range(N_INITIATIVES):
        gid, theme_id = rng.choice(strategic)
        kind = InitiativeKind.INSPIREREND if i % 3 else InitiativeKind.OMGEVINGSBEELD
        initiatives.append({
            "id": new_id(), "kind": kind.value,
            "goal_id": gid if kind is InitiativeKind.INSPIREREND else None,
            "theme_id": theme_id, "name": text.title(3, 8), "aim": text.prose(10, 30),
            "description": text.prose(20, 60), "contact": None, "position": i,
        })
    _insert(session, RelatedInitiative, initiatives)


def _milestones(session: Session, rng: random.Random, text: Text, goal_ids: list[str]) -> None:
    per_goal: dict[str, int] = {}
    rows: Rows = []
    precisions = (Precision.YEAR, Precision.QUARTER, Precision.QUARTER, Precision.MONTH,
                  Precision.MONTH, Precision.DATE)
    for _ in range(N_MILESTONES):
        gid = rng.choice(goal_ids)
        position = per_goal.get(gid, 0)
        per_goal[gid] = position + 1
        precision = rng.choice(precisions)
        year = rng.choice(YEARS)
        quarter: int | None = None
        month: int | None = None
        due_date: date | None = None
        if precision is Precision.YEAR:
            end = date(year, 12, 31)
        elif precision is Precision.QUARTER:
            quarter = rng.randint(1, 4)
            end = date(year, quarter * 3, 28)
        else:
            month = rng.randint(1, 12)
            quarter = (month - 1) // 3 + 1
            end = date(year, month, 28)
            if precision is Precision.DATE:
                due_date = date(year, month, rng.randint(1, 28))
                end = due_date
        start_date = end - timedelta(days=rng.randint(30, 400)) if rng.random() < 0.3 else None
        roll = rng.random()
        done_on: date | None = None
        if roll < 0.04:
            status = MilestoneStatus.VERVALLEN
        elif end < TODAY:
            if roll < 0.8:
                status = MilestoneStatus.GEREED
                done_on = end - timedelta(days=rng.randint(0, 60))
            else:
                status = MilestoneStatus.VERTRAAGD
        elif (start_date is not None and start_date <= TODAY) or roll < 0.3:
            status = MilestoneStatus.LOOPT
        else:
            status = MilestoneStatus.GEPLAND
        rows.append({
            "id": new_id(), "goal_id": gid, "title": text.title(4, 12), "precision": precision,
            "year": year, "quarter": quarter, "month": month, "due_date": due_date,
            "start_date": start_date, "status": status, "done_on": done_on,
            "position": position,
            "notes": text.prose(8, 25) if rng.random() < 0.1 else None,
        })
    _insert(session, Milestone, rows)


def _roles(session: Session, rng: random.Random, goal_ids: list[str], org_ids: list[str]) -> None:
    kinds = (RoleKind.TREKKER, RoleKind.INITIATIEFNEMER, RoleKind.INITIATIEFNEMER,
             RoleKind.BETROKKEN, RoleKind.BETROKKEN, RoleKind.BETROKKEN, RoleKind.BETROKKEN,
             RoleKind.FINANCIER, RoleKind.GEINFORMEERD, RoleKind.GEINFORMEERD)
    capacities = ("bestuurlijk trekker", "schrijfteam", "potentiële initiatiefnemer", None, None,
                  None, None, None)
    n_orgs = len(org_ids)
    pairs = sorted(rng.sample(range(len(goal_ids) * n_orgs), N_ROLES))
    rows: Rows = [{
        "id": new_id(), "goal_id": goal_ids[p // n_orgs], "theme_id": None,
        "organisation_id": org_ids[p % n_orgs], "person_id": None,
        "role": rng.choice(kinds), "capacity": rng.choice(capacities), "note": None,
    } for p in pairs]
    _insert(session, Role, rows)


def _programmes_and_funding(
    session: Session, rng: random.Random, text: Text, *, strategic: list[tuple[str, str]],
    org_ids: list[str], gemeente_ids: list[str],
) -> None:
    programmes: Rows = []
    links: Rows = []
    for p in range(N_PROGRAMMES):
        pid = new_id()
        programmes.append({
            "id": pid, "name": "Programma " + text.title(2, 5), "description": text.prose(30, 80),
            "owner": None, "position": p,
        })
        for gid, _theme in rng.sample(strategic, GOALS_PER_PROGRAMME):
            links.append({"programme_id": pid, "goal_id": gid})
    _insert(session, Programme, programmes)
    _insert(session, ProgrammeGoal, links)

    funding: Rows = []
    funders = gemeente_ids + org_ids[60:68]  # municipalities, insurers, care offices, provinces
    for _ in range(N_FUNDING):
        on_goal = rng.random() < 0.7
        funding.append({
            "id": new_id(),
            "goal_id": rng.choice(strategic)[0] if on_goal else None,
            "source_organisation_id": rng.choice(funders) if rng.random() < 0.9 else None,
            "source_name": None,
            "description": text.title(4, 10),
            "amount_cents": rng.randrange(1_000, 250_000) * 100,
            "year": rng.choice(YEARS),
            "status": FundingStatus.TOEGEZEGD if rng.random() < 0.7 else FundingStatus.BEOOGD,
        })
    for row in funding:
        if row["source_organisation_id"] is None:
            row["source_name"] = "Rijksbijdrage " + text.title(2, 4).lower()
    _insert(session, FundingLine, funding)


def _meetings(
    session: Session, rng: random.Random, text: Text, *, theme_ids: list[str],
    goal_ids: list[str], org_ids: list[str], person_ids: list[str],
) -> None:
    bodies: Rows = []
    members: Rows = []
    body_people: dict[str, list[str]] = {}
    for b, (name, abbr, kind, frequency, interval) in enumerate(BODIES):
        bid = new_id()
        bodies.append({
            "id": bid, "name": name, "abbreviation": abbr, "kind": kind,
            "theme_id": theme_ids[b] if kind in ("themagroep", "coördinatieteam") else None,
            "frequency": frequency, "interval_months": interval,
            "weekday": rng.randint(1, 5), "usual_time": time(rng.choice((9, 10, 13, 14, 15)), 0),
            "duration_minutes": rng.choice((90, 120)), "location": "Gemeentehuis " + rng.choice(PLACE_HEADS),
            "description": text.prose(20, 50),
            "opening_items": "\n".join(STANDARD_ITEMS), "closing_items": CLOSING_ITEM,
        })
        people = rng.sample(person_ids, 9)
        body_people[bid] = people
        for m, pid in enumerate(people):
            role = (MemberRole.VOORZITTER if m == 0 else MemberRole.SECRETARIS if m == 1
                    else MemberRole.AGENDALID if m == 8 else MemberRole.LID)
            members.append({"id": new_id(), "body_id": bid, "person_id": pid,
                            "organisation_id": None, "role": role, "note": None})
        for oid in rng.sample(org_ids, 4):
            members.append({"id": new_id(), "body_id": bid, "person_id": None,
                            "organisation_id": oid, "role": MemberRole.LID, "note": None})
    _insert(session, Body, bodies)
    _insert(session, BodyMember, members)

    meetings: Rows = []
    items: Rows = []
    sub_items: Rows = []
    item_goals: Rows = []
    decisions: Rows = []
    attendance: Rows = []
    actions: Rows = []
    span_start, span_end = date(2024, 1, 8), date(2027, 12, 17)
    kinds = (ItemKind.INFORMATIE, ItemKind.BESPREKING, ItemKind.BESPREKING,
             ItemKind.BESLUITVORMING, ItemKind.HAMERSTUK)
    for body in bodies:
        bid = body["id"]
        days = sorted(_random_day(rng, span_start, span_end) for _ in range(MEETINGS_PER_BODY))
        for n, day in enumerate(days, start=1):
            mid = new_id()
            starts = datetime.combine(day, body["usual_time"])
            meetings.append({
                "id": mid, "body_id": bid, "starts_at": starts,
                "ends_at": starts + timedelta(minutes=body["duration_minutes"]),
                "location": body["location"], "title": f"{body['abbreviation']} {day.year}-{n:02d}",
                "notes": None, "cancelled": rng.random() < 0.03,
            })
            meeting_items: list[str] = []
            titles = [*STANDARD_ITEMS, *(text.title() for _ in range(5)), CLOSING_ITEM]
            parent_id = ""
            for pos, title in enumerate(titles, start=1):
                iid = new_id()
                inner = 2 < pos < len(titles)
                kind = rng.choice(kinds) if inner else ItemKind.HAMERSTUK
                items.append({
                    "id": iid, "meeting_id": mid, "parent_id": None, "position": pos,
                    "title": title, "kind": kind,
                    "presenter_person_id": rng.choice(body_people[bid]) if inner else None,
                    "presenter": None, "minutes_allotted": rng.choice((5, 10, 15, 20, 30)),
                    "notes": text.prose(15, 50) if inner else None,
                    "minutes_text": text.prose(30, 120) if day < TODAY else None,
                    "confidential": inner and rng.random() < 0.05,
                })
                meeting_items.append(iid)
                if pos == 3:
                    parent_id = iid
                if inner:
                    item_goals.append({"agenda_item_id": iid, "goal_id": rng.choice(goal_ids)})
                if kind is ItemKind.BESLUITVORMING and day < TODAY:
                    decisions.append({
                        "id": new_id(), "meeting_id": mid, "agenda_item_id": iid,
                        "number": f"{body['abbreviation']}-{day.year}-{len(decisions) + 1:04d}",
                        "text": text.prose(15, 40),
                    })
            for sub in range(2):  # 3a and 3b
                iid = new_id()
                sub_items.append({
                    "id": iid, "meeting_id": mid, "parent_id": parent_id, "position": sub + 1,
                    "title": text.title(), "kind": rng.choice(kinds),
                    "presenter_person_id": None, "presenter": rng.choice(FUNCTIONS),
                    "minutes_allotted": 10, "notes": None, "minutes_text": None,
                    "confidential": False,
                })
                meeting_items.append(iid)
            if day < TODAY:
                for pid in body_people[bid]:
                    attendance.append({
                        "id": new_id(), "meeting_id": mid, "person_id": pid,
                        "status": rng.choice((Attendance.AANWEZIG, Attendance.AANWEZIG,
                                              Attendance.AANWEZIG, Attendance.AFGEMELD,
                                              Attendance.AFWEZIG)),
                    })
            for _ in range(ACTIONS_PER_MEETING):
                due = day + timedelta(days=rng.randint(14, 120))
                if due < TODAY:
                    status = rng.choice((ActionStatus.GEREED, ActionStatus.GEREED,
                                         ActionStatus.OPEN, ActionStatus.VERVALLEN))
                else:
                    status = ActionStatus.OPEN
                by_person = rng.random() < 0.7
                referred = rng.random() < 0.05
                other = rng.choice(bodies)["id"]
                actions.append({
                    "id": new_id(), "text": text.title(6, 20),
                    "owner_person_id": rng.choice(body_people[bid]) if by_person else None,
                    "owner_organisation_id": None if by_person else rng.choice(org_ids),
                    "due": due, "status": status,
                    "done_on": due - timedelta(days=rng.randint(0, 10))
                    if status is ActionStatus.GEREED else None,
                    "meeting_id": mid, "agenda_item_id": rng.choice(meeting_items),
                    "body_id": other if referred else bid,
                    "referred_from_body_id": bid if referred else None,
                    "notes": None,
                })
    _insert(session, Meeting, meetings)
    _insert(session, AgendaItem, items)
    _insert(session, AgendaItem, sub_items)
    _insert(session, AgendaItemGoal, item_goals)
    _insert(session, Decision, decisions)
    _insert(session, MeetingAttendance, attendance)
    _insert(session, Action, actions)
