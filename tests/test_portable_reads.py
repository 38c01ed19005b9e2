"""Every read of every feature gives the same answer from a file and from a server.

The sample is uploaded to a real PostgreSQL server; then each query a screen or a report
uses runs on both stores and the answers are compared value for value. A query written in
SQL that only SQLite understands (substr on a timestamp, `= 1` on a boolean, ifnull) fails
here, as does a value that comes back in another shape.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from zorgdesk.services.goals import card, changes, commands, filter, progress, tree
from zorgdesk.services.goals import plan as report_plan
from zorgdesk.services.meetings import (
    adoption,
    agenda,
    bodies,
    calendar,
    guests,
    minutes,
    plan,
    queries,
)
from zorgdesk.services.partners import funding, matrix, organisations
from zorgdesk.services.partners import queries as partner_queries
from zorgdesk.services.privacy import load_name_context
from zorgdesk.services.timeline import commands as timeline_commands
from zorgdesk.services.timeline import queries as timeline_queries
from zorgdesk.services.workspace import counts, overview, versions
from zorgdesk.services.workspace.privacy_filter import Privacy
from zorgdesk.store import Store, StoreError, open_store
from zorgdesk.store.transfer import upload

pytestmark = pytest.mark.postgres

TODAY = date(2024, 6, 1)


def plain(value: Any) -> Any:
    """A comparable form of a service's answer (dataclasses, tuples, sets, slotted objects)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name != "store"}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {k if isinstance(k, str | int) else repr(plain(k)): plain(v)
                for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 9)
    if hasattr(value, "__slots__") and not isinstance(value, type):
        return {k: plain(getattr(value, k)) for k in value.__slots__ if hasattr(value, k)}
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return {k: plain(v) for k, v in vars(value).items() if k != "store"}
    return value


def answer(call: Callable[[], Any]) -> Any:
    """The plain answer, or the refusal (a Dutch message is an answer too)."""
    try:
        return plain(call())
    except StoreError as exc:
        return ("refused", exc.message)


def ids(store: Store, sql: str) -> list[str]:
    conn = store.reader()
    try:
        return [row[0] for row in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def every_read(store: Store) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, call) for each read the screens and reports make, with ids of this sample."""
    goal_ids = ids(store, "SELECT id FROM goal ORDER BY id")[:12]
    meeting_ids = ids(store, "SELECT id FROM meeting ORDER BY starts_at, id")[:6]
    body_ids = ids(store, "SELECT id FROM body ORDER BY id")
    org_ids = ids(store, "SELECT id FROM organisation ORDER BY id")[:6]
    person_ids = ids(store, "SELECT id FROM person ORDER BY id")[:4]
    milestone_ids = ids(store, "SELECT id FROM milestone ORDER BY id")[:4]
    item_ids = ids(store, "SELECT id FROM agenda_item ORDER BY id")[:6]
    years = queries.meeting_years(store) or [2024]

    goal_tree = tree.load_goal_tree(store)
    yield "tree", lambda: goal_tree
    yield "tree-plain", lambda: tree.load_goal_tree(store, details=False)
    yield "filter-choices", lambda: filter.filter_choices(store)
    choices = filter.filter_choices(store)
    for text in ("zorg", "GGZ", "'t", "100%"):
        yield f"filter-{text}", partial(filter.matching_goal_ids,
            store, goal_tree, filter.GoalFilter(text=text))
    for light in ("groen", "oranje", "rood"):
        yield f"filter-{light}", partial(filter.matching_goal_ids,
            store, goal_tree, filter.GoalFilter(light=light))
    yield "filter-all", lambda: [filter.matching_goal_ids(store, goal_tree, filter.GoalFilter(
        theme_id=getattr(c, "id", None) or c[0])) for c in list(choices.themes)[:3]]
    yield "programmes", lambda: commands.list_programmes(store)
    yield "tags", lambda: commands.all_tag_names(store)
    yield "changes", lambda: changes.changes_since(store, date(2000, 1, 1))
    for gid in goal_ids:
        yield f"card-{gid}", partial(card.load_goal_card, store, gid)
        yield f"updates-{gid}", partial(progress.status_updates, store, gid)
        yield f"indicators-{gid}", partial(progress.indicators, store, gid)
        yield f"goal-programmes-{gid}", partial(commands.goal_programme_ids, store, gid)
        yield f"delete-summary-{gid}", partial(commands.delete_summary, store, gid)

    for public in (False, True):
        # The reports' one read of the whole plan (services/goals/plan.py), both editions.
        yield f"plan-{public}", partial(report_plan.load_plan, store, Privacy(store, public))
    yield "plan-theme", lambda: report_plan.load_plan(
        store, Privacy(store, False), theme_id=ids(store, "SELECT id FROM theme ORDER BY id")[0],
        with_details=False)
    yield "plan-roles", lambda: report_plan.load_plan(store, Privacy(store, True),
                                                      with_progress=False)
    yield "name-context", lambda: load_name_context(store)
    yield "zoom", lambda: timeline_queries.default_zoom(store)
    for zoom in timeline_queries.ZOOMS:
        def _timeline(z: str = zoom) -> Any:
            timeline = timeline_queries.load_timeline(store, z, today=TODAY)
            timeline.fill_all()
            return timeline
        yield f"timeline-{zoom}", _timeline

        def _partial(z: str = zoom) -> Any:
            first = timeline_queries.load_timeline(store, z, today=TODAY, first=2)
            assert first.pending  # the partial read is compared, then the completed one
            whole = timeline_queries.complete_timeline(first)
            whole.fill_all()
            return first.rows[:first.read], len(first.rows), whole
        yield f"timeline-partial-{zoom}", _partial
    for mid in milestone_ids:
        yield f"milestone-{mid}", partial(timeline_commands.get_milestone, store, mid)

    yield "organisations", lambda: partner_queries.load_organisations(store)
    yield "funding", lambda: funding.list_funding(store)
    yield "funding-orgs", lambda: funding.organisations(store)
    yield "funding-goals", lambda: funding.goals(store)
    yield "matrix", lambda: matrix.load_matrix(store)
    yield "matrix-first", lambda: matrix.load_matrix(store, first=20)
    yield "theme-matrix", lambda: matrix.load_theme_matrix(store)
    yield "coalitions", lambda: matrix.load_coalitions(store)
    yield "people", lambda: organisations.list_people(store)
    for oid in org_ids:
        yield f"org-{oid}", partial(organisations.get_organisation, store, oid)
        yield f"involvement-{oid}", partial(organisations.involvement,
            store, organisation_id=oid)
    for pid in person_ids:
        yield f"involvement-{pid}", partial(organisations.involvement, store, person_id=pid)

    yield "meetings", lambda: queries.load_meetings(store)
    yield "years", lambda: queries.meeting_years(store)
    yield "default-year", lambda: queries.default_year(store, today=TODAY)
    for year in years:
        yield f"year-{year}", partial(queries.year_calendar, store, year)
        yield f"conflicts-{year}", partial(plan.find_conflicts, store, year)
        yield f"decisions-{year}", partial(minutes.decision_list, store, year=year)
    yield "ical", lambda: [line for line in calendar.build_calendar(store).splitlines()
                           if not line.startswith(b"DTSTAMP")]  # the moment it was made
    yield "bodies", lambda: bodies.list_bodies(store)
    yield "body-people", lambda: bodies.list_people(store)
    yield "body-orgs", lambda: bodies.list_organisations(store)
    yield "body-themes", lambda: bodies.list_themes(store)
    yield "goal-choices", lambda: agenda.goal_choices(store)
    yield "all-actions", lambda: minutes.body_actions(store, open_only=False, today=TODAY)
    yield "decision-search", lambda: minutes.decision_list(store, query="zorg")
    for bid in body_ids:
        yield f"body-{bid}", partial(bodies.get_body, store, bid)
        yield f"members-{bid}", partial(bodies.list_members, store, bid)
        yield f"actions-{bid}", partial(minutes.body_actions, store, bid, today=TODAY)
        yield f"plan-{bid}", partial(plan.preview_year, store, bid, 2025)
        yield f"in-year-{bid}", partial(plan.meetings_in_year, store, bid, years[0])
    for mid in meeting_ids:
        yield f"agenda-{mid}", partial(agenda.load_agenda, store, mid)
        yield f"suggest-{mid}", partial(agenda.suggest_items, store, mid)
        yield f"attendance-{mid}", partial(minutes.attendance_lines, store, mid)
        yield f"next-number-{mid}", partial(minutes.next_decision_number, store, mid)
        yield f"meeting-actions-{mid}", partial(minutes.meeting_actions,
            store, mid, today=TODAY)
        yield f"meeting-decisions-{mid}", partial(minutes.decision_list,
            store, meeting_id=mid)
        yield f"guests-{mid}", partial(guests.guests, store, mid)
        yield f"clashes-{mid}", partial(plan.clashes_of, store, mid)
        yield f"minutes-state-{mid}", partial(adoption.minutes_state, store, mid)
    for iid in item_ids:
        yield f"attachments-{iid}", partial(agenda.list_attachments, store, iid)

    yield "overview", lambda: overview.load_overview(store, today=TODAY)
    yield "versions", lambda: versions.list_versions(store)

    def _counts() -> dict[str, int]:
        conn = store.reader()
        try:
            return counts.count_records(conn)
        finally:
            conn.close()
    yield "counts", _counts


def with_meetings(source: Path, target: Path) -> Path:
    """The noord-limburg sample with a full meeting cycle: agenda, minutes, decisions,
    actions, guests, attendance (the samples themselves carry only the planned meetings)."""
    target.write_bytes(source.read_bytes())
    store = open_store(target)
    try:
        people = organisations.list_people(store)
        meeting_ids = ids(store, "SELECT id FROM meeting ORDER BY starts_at, id")
        body_id = ids(store, "SELECT body_id FROM meeting ORDER BY starts_at, id")[0]
        goal_id = ids(store, "SELECT id FROM goal ORDER BY id")[0]
        for person in people[:3]:
            bodies.add_member(store, body_id, person_id=person.id)
        for number, mid in enumerate(meeting_ids[:3]):
            opening = agenda.add_item(store, mid, f"Opening {number}")
            item = agenda.add_item(store, mid, "Voortgang ouderenzorg", presenter="de trekker")
            agenda.set_item_goals(store, item, [goal_id])
            agenda.add_attachment(store, item, "notitie.pdf", b"%PDF-1.4 proef")
            minutes.set_item_minutes(store, opening, "Iedereen welkom.")
            minutes.add_decision(store, mid, f"Besluit {number}: de aanpak wordt vastgesteld.")
            minutes.add_action(store, mid, f"Actie {number}", due=date(2024, 3 + number, 1),
                               owner_person_id=people[0].id if people else None)
            guests.add_guest(store, mid, "Fatma Öztürk", "VGZ", "regioadviseur")
            if people:
                minutes.set_attendance(store, mid, people[0].id, "aanwezig")
    finally:
        store.close()
    return target


@pytest.mark.parametrize("sample", ["iza-drenthe", "noord-limburg", "meetings"])
def test_every_read_is_the_same_on_file_and_server(
        sample_files: dict[str, Path], pg_url: str, sample: str, tmp_path: Path) -> None:
    source = (with_meetings(sample_files["noord-limburg"], tmp_path / "m.zorgdesk")
              if sample == "meetings" else sample_files[sample])
    upload(source, pg_url)
    file_store = open_store(source, readonly=True)
    server_store = open_store(pg_url)
    try:
        answers = {name: call for name, call in every_read(file_store)}
        server = dict(every_read(server_store))
        assert server.keys() == answers.keys()
        assert len(answers) > 60
        for name, call in answers.items():
            mine, theirs = answer(call), answer(server[name])
            assert mine == theirs, f"{name} reads differently from the server"
    finally:
        file_store.close()
        server_store.close()


def test_the_meetings_sample_fills_each_list(
        sample_files: dict[str, Path], tmp_path: Path) -> None:
    """The comparison above is only as good as the data: every meeting list has rows."""
    store = open_store(with_meetings(sample_files["noord-limburg"], tmp_path / "m.zorgdesk"))
    try:
        for table in ("meeting", "agenda_item", "decision", "action", "meeting_guest",
                      "attachment", "body_member", "milestone", "status_update"):
            assert ids(store, f"SELECT id FROM {table}"), table
    finally:
        store.close()


def test_names_sort_alike_on_file_and_server(
        sample_files: dict[str, Path], pg_url: str, tmp_path: Path) -> None:
    """Byte order (SQLite) and the server's locale disagree on case and accents; the lists
    people pick from read the same, in the order a Dutch reader expects."""
    local = tmp_path / "namen.zorgdesk"
    local.write_bytes(sample_files["iza-drenthe"].read_bytes())
    upload(local, pg_url)
    names = ["de Vries", "Dijkstra", "Öztürk", "Oosterhout", "van 't Hof", "Zwart", "ábel"]
    stores = [open_store(local), open_store(pg_url)]
    try:
        for store in stores:
            for name in names:
                organisations.save_person(store, None, {"name": name})
        people = [[p.name for p in organisations.list_people(s) if p.name in names]
                  for s in stores]
        choices = [[c.label for c in bodies.list_people(s) if c.label in names] for s in stores]
    finally:
        for store in stores:
            store.close()
    expected = ["ábel", "de Vries", "Dijkstra", "Oosterhout", "Öztürk", "van 't Hof", "Zwart"]
    assert people == [expected, expected]
    assert choices == [expected, expected]
