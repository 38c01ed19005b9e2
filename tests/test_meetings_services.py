"""Services of the Overleggen page: bodies, year planning, conflicts, agenda, minutes, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from zorgdesk.models import (
    ActionStatus,
    Attendance,
    Body,
    BodyMember,
    Goal,
    GoalLevel,
    ItemKind,
    Light,
    MemberRole,
    Milestone,
    Organisation,
    Person,
    Precision,
    StatusUpdate,
    Theme,
    Workspace,
)
from zorgdesk.services.meetings import agenda, bodies, minutes
from zorgdesk.services.meetings import plan as meeting_plan
from zorgdesk.store import Store, StoreError, create_store


def build_region(path: Path) -> Store:
    """A small Noord-Limburg-like workspace: BST and AST with a shared member, two goals."""
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Noord-Limburg & VGZ"))
        theme = Theme(name="Preventie", code="1")
        vgz = Organisation(name="VGZ")
        venlo = Organisation(name="Gemeente Venlo", short_name="Venlo")
        s.add_all([theme, vgz, venlo])
        s.flush()
        goal = Goal(theme_id=theme.id, level=GoalLevel.PROJECT, code="1.1",
                    title="Stevig staan - valpreventie")
        goal2 = Goal(theme_id=theme.id, level=GoalLevel.PROJECT, code="1.3",
                     title="Rookvrije generatie")
        s.add_all([goal, goal2])
        s.flush()
        s.add(Milestone(goal_id=goal.id, title="Deal en contractering gereed",
                        precision=Precision.MONTH, year=2022, month=4))
        s.add(Milestone(goal_id=goal.id, title="Evaluatie", precision=Precision.YEAR,
                        year=2023))
        s.add(StatusUpdate(goal_id=goal2.id, reported_on=date(2022, 1, 10), light=Light.GROEN))
        s.add(StatusUpdate(goal_id=goal2.id, reported_on=date(2022, 3, 1), light=Light.ORANJE))
        bart = Person(name="Bart Verheijden", organisation_id=venlo.id)
        jan = Person(name="Jan Thijssen", organisation_id=vgz.id)
        cecile = Person(name="Cecile Peeters", organisation_id=venlo.id)
        s.add_all([bart, jan, cecile])
        s.flush()
        bst = Body(name="Bestuurlijke samenwerkingstafel", abbreviation="BST",
                   kind="bestuurlijk", interval_months=4, weekday=4, usual_time=time(14, 0),
                   duration_minutes=120, location="Stadskantoor Venlo")
        ast = Body(name="Ambtelijke samenwerkingstafel", abbreviation="AST", kind="ambtelijk",
                   interval_months=2, weekday=4, usual_time=time(14, 30),
                   duration_minutes=120, theme_id=None)
        s.add_all([bst, ast])
        s.flush()
        s.add_all([
            BodyMember(body_id=ast.id, person_id=bart.id, role=MemberRole.VOORZITTER),
            BodyMember(body_id=ast.id, person_id=cecile.id, role=MemberRole.SECRETARIS),
            BodyMember(body_id=ast.id, person_id=jan.id, role=MemberRole.LID),
            BodyMember(body_id=bst.id, person_id=jan.id, role=MemberRole.LID),
            BodyMember(body_id=bst.id, organisation_id=vgz.id, role=MemberRole.LID),
        ])
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = build_region(tmp_path / "regio.zorgdesk")
    yield store
    store.close()


def body_id(store: Store, abbr: str) -> str:
    found = bodies.body_by_abbreviation(store, abbr)
    assert found is not None
    return found.id


def test_year_rule_gives_the_seed_bst_dates(store: Store) -> None:
    # BST 2022 in the seed: 17-02, 02-06, 06-10 - every 4 months from February, Thursdays.
    dates = meeting_plan.plan_dates(2022, 4, 4, start_month=2, week=3)
    assert dates[0] == date(2022, 2, 17)
    assert [d.month for d in dates] == [2, 6, 10]
    assert all(d.isoweekday() == 4 for d in dates)
    assert meeting_plan.nth_weekday(2022, 6, 4, 1) == date(2022, 6, 2)
    assert meeting_plan.nth_weekday(2022, 10, 4, 1) == date(2022, 10, 6)
    assert meeting_plan.nth_weekday(2022, 3, 4, -1) == date(2022, 3, 31)
    # A coördinatieteam meeting monthly with a summer break: ten times a year.
    monthly = meeting_plan.plan_dates(2022, 1, 2, week=2, skip_summer=True)
    assert len(monthly) == 10 and {d.month for d in monthly}.isdisjoint({7, 8})


def test_generate_year_with_template_and_no_doubles(store: Store) -> None:
    bst = body_id(store, "BST")
    made = meeting_plan.generate_year(store, bst, 2022, start_month=2, week=1)
    assert len(made) == 3
    again = meeting_plan.generate_year(store, bst, 2022, start_month=2, week=1)
    assert again == []  # months already planned are skipped
    first = agenda.load_agenda(store, made[0])
    assert first.starts_at == datetime(2022, 2, 3, 14, 0)
    assert first.ends_at == datetime(2022, 2, 3, 16, 0)
    assert first.location == "Stadskantoor Venlo"
    assert [line.title for line in first.lines] == [
        "Opening en mededelingen", "Verslag vorige vergadering", "Actielijst", "Rondvraag",
        "Sluiting"]


def test_conflicts_name_shared_members(store: Store) -> None:
    bst, ast = body_id(store, "BST"), body_id(store, "AST")
    meeting_plan.create_meeting(store, bst, datetime(2022, 6, 2, 14, 0))
    meeting_plan.create_meeting(store, ast, datetime(2022, 6, 2, 15, 0))
    meeting_plan.create_meeting(store, ast, datetime(2022, 6, 30, 15, 0))
    conflicts = meeting_plan.find_conflicts(store, 2022)
    assert len(conflicts) == 1
    assert conflicts[0].people == ("Jan Thijssen",)
    assert meeting_plan.clashes_of(store, conflicts[0].second_id) == ["BST 14:00 (Jan Thijssen)"]
    preview = meeting_plan.preview_year(store, ast, 2022, start_month=6, week=1,
                                        interval_months=6, at=time(15, 0))
    assert preview[0].skipped  # June already has an AST meeting
    assert preview[0].conflicts and "Jan Thijssen" in preview[0].conflicts[0]


def test_agenda_numbering_clock_times_and_reorder(store: Store) -> None:
    ast = body_id(store, "AST")
    mid = meeting_plan.create_meeting(store, ast, datetime(2022, 2, 3, 14, 30))
    a = agenda.add_item(store, mid, "Voortgang preventie", kind=ItemKind.BESPREKING,
                        minutes_allotted=30, presenter="Trekker preventie")
    b = agenda.add_item(store, mid, "Begroting 2023", kind=ItemKind.BESLUITVORMING,
                        minutes_allotted=20)
    sub = agenda.add_item(store, mid, "Valpreventie", parent_id=a, minutes_allotted=10)
    sub2 = agenda.add_item(store, mid, "Rookvrij", parent_id=a, minutes_allotted=10)
    lines = agenda.load_agenda(store, mid).lines
    numbers = {line.title: line.number for line in lines}
    # New items go before the closing items (rondvraag, sluiting).
    assert [line.title for line in lines][-2:] == ["Rondvraag", "Sluiting"]
    assert numbers["Voortgang preventie"] == "4"
    assert numbers["Valpreventie"] == "4a" and numbers["Rookvrij"] == "4b"
    assert numbers["Begroting 2023"] == "5"
    by_id = {line.id: line for line in lines}
    # Three standard items of 5 minutes from 14:30, then 30 minutes of item 4.
    assert by_id[a].starts == datetime(2022, 2, 3, 14, 45)
    assert by_id[sub].starts == datetime(2022, 2, 3, 15, 15)
    assert by_id[b].starts == datetime(2022, 2, 3, 15, 35)
    agenda.move_item(store, b, None, 0)
    agenda.move_item(store, sub2, None, 2)  # out of item 4, to the top level
    lines = agenda.load_agenda(store, mid).lines
    assert [(line.number, line.title) for line in lines][:4] == [
        ("1", "Begroting 2023"), ("2", "Opening en mededelingen"),
        ("3", "Rookvrij"), ("4", "Verslag vorige vergadering")]
    assert {line.title: line.number for line in lines}["Valpreventie"] == "6a"
    with pytest.raises(StoreError):
        agenda.move_item(store, a, b, 0)  # an item with sub-items stays at the top
    agenda.delete_item(store, b)
    assert agenda.load_agenda(store, mid).lines[0].title == "Opening en mededelingen"


def test_template_is_applied_once(store: Store) -> None:
    ast = body_id(store, "AST")
    bodies.update_body(store, ast, opening_items="Opening\nVerslag", closing_items="Sluiting")
    mid = meeting_plan.create_meeting(store, ast, datetime(2022, 5, 11, 14, 30),
                                      with_template=False)
    agenda.add_item(store, mid, "Regiobeeld")
    assert agenda.apply_template(store, mid) == 3
    assert agenda.apply_template(store, mid) == 0
    titles = [line.title for line in agenda.load_agenda(store, mid).lines]
    assert titles == ["Opening", "Verslag", "Regiobeeld", "Sluiting"]


def test_suggestions_milestones_and_lights(store: Store) -> None:
    ast = body_id(store, "AST")
    meeting_plan.create_meeting(store, ast, datetime(2022, 2, 3, 14, 30))
    may = meeting_plan.create_meeting(store, ast, datetime(2022, 5, 11, 14, 30))
    meeting_plan.create_meeting(store, ast, datetime(2022, 6, 30, 14, 30))
    found = agenda.suggest_items(store, may)
    titles = [s.title for s in found]
    assert "Mijlpaal 1.1: Deal en contractering gereed" in titles  # due end of April
    assert "Verkeerslicht oranje: 1.3 Rookvrije generatie" in titles  # groen -> oranje
    assert not any("Evaluatie" in t for t in titles)  # 2023, after the next meeting
    light = next(s for s in found if s.kind == "verkeerslicht")
    assert str(light.detail).startswith("gemeld op ") and str(light.detail).endswith(
        "-2022, was groen")
    made = agenda.add_suggestions(store, may, found)
    assert len(made) == 2
    assert agenda.suggest_items(store, may) == []  # already on the agenda
    line = next(x for x in agenda.load_agenda(store, may).lines if x.id == made[0])
    assert line.goals and line.number == "4"


def test_suggestions_also_offer_late_milestones_and_red_goals(store: Store) -> None:
    """Issue 13: a milestone still open after its due day, and a goal whose newest light is
    red, are offered even when they fall before the previous meeting."""
    ast = body_id(store, "AST")
    meeting_plan.create_meeting(store, ast, datetime(2022, 5, 11, 14, 30))
    june = meeting_plan.create_meeting(store, ast, datetime(2022, 6, 30, 14, 30))
    with store.transaction() as s:
        goal = s.query(Goal).filter_by(code="1.1").one()
        s.add(StatusUpdate(goal_id=goal.id, reported_on=date(2021, 11, 1), light=Light.ORANJE))
        s.add(StatusUpdate(goal_id=goal.id, reported_on=date(2021, 12, 1), light=Light.ROOD))
        s.add(Milestone(goal_id=goal.id, title="Al gedaan", precision=Precision.MONTH,
                        year=2022, month=1, status="gereed"))
    found = {s.title: s for s in agenda.suggest_items(store, june)}
    late = found["Mijlpaal 1.1: Deal en contractering gereed"]  # due April, before May
    assert late.reasons == {agenda.LATE}
    assert str(late.detail) == "uiterlijk 30-04-2022, status gepland"
    red = found["Verkeerslicht rood: 1.1 Stevig staan - valpreventie"]
    assert red.reasons == {agenda.RED} and str(red.detail) == "gemeld op 01-12-2021, was oranje"
    assert "Mijlpaal 1.1: Al gedaan" not in found
    # The orange goal 1.3 turned before May: neither between these meetings nor red.
    assert not any("1.3" in title for title in found)
    # A red light that turned since the last meeting is one suggestion with both reasons.
    with store.transaction() as s:
        goal2 = s.query(Goal).filter_by(code="1.3").one()
        s.add(StatusUpdate(goal_id=goal2.id, reported_on=date(2022, 6, 1), light=Light.ROOD))
    lights = [s for s in agenda.suggest_items(store, june) if s.goal_id == goal2.id]
    assert [(s.title, s.reasons) for s in lights] == [
        ("Verkeerslicht rood: 1.3 Rookvrije generatie", frozenset({agenda.BETWEEN, agenda.RED}))]


def test_attachment_size_limit(store: Store, tmp_path: Path) -> None:
    ast = body_id(store, "AST")
    mid = meeting_plan.create_meeting(store, ast, datetime(2022, 2, 3, 14, 30))
    item = agenda.add_item(store, mid, "Regiobeeld")
    doc = tmp_path / "regiobeeld.pdf"
    doc.write_bytes(b"%PDF-1.7 test")
    aid = agenda.add_attachment_file(store, item, doc)
    assert agenda.attachment_content(store, aid) == ("regiobeeld.pdf", b"%PDF-1.7 test")
    big = tmp_path / "groot.pdf"
    with big.open("wb") as handle:
        handle.truncate(agenda.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(agenda.AttachmentTooLargeError) as err:
        agenda.add_attachment_file(store, item, big)
    assert "groot.pdf" in err.value.message and "20,0 MB" in err.value.message
    assert len(agenda.list_attachments(store, item)) == 1


def test_minutes_decisions_actions_carry_over_and_referral(store: Store) -> None:
    ast, bst = body_id(store, "AST"), body_id(store, "BST")
    feb = meeting_plan.create_meeting(store, ast, datetime(2022, 2, 3, 14, 30))
    may = meeting_plan.create_meeting(store, ast, datetime(2022, 5, 11, 14, 30))
    jun = meeting_plan.create_meeting(store, ast, datetime(2022, 6, 30, 14, 30))
    bst_jun = meeting_plan.create_meeting(store, bst, datetime(2022, 6, 2, 10, 0))
    people = {a.name: a.person_id for a in minutes.attendance_lines(store, feb)}
    assert list(people) == ["Bart Verheijden", "Cecile Peeters", "Jan Thijssen"]
    minutes.set_attendance(store, feb, people["Jan Thijssen"], Attendance.AFGEMELD)
    assert minutes.mark_rest_present(store, feb) == 2
    status = {a.name: a.status for a in minutes.attendance_lines(store, feb)}
    assert status == {"Bart Verheijden": "aanwezig", "Cecile Peeters": "aanwezig",
                      "Jan Thijssen": "afgemeld"}

    numbers = [minutes.add_decision(store, feb, f"Besluit {n}")[1] for n in range(1, 4)]
    assert numbers == ["AST-2022-01", "AST-2022-02", "AST-2022-03"]
    assert minutes.add_decision(store, may, "Begroting vastgesteld")[1] == "AST-2022-04"
    assert minutes.add_decision(store, bst_jun, "Agenda vastgesteld")[1] == "BST-2022-01"
    found = minutes.decision_list(store, body_id=ast, year=2022, query="begroting")
    assert [d.number for d in found] == ["AST-2022-04"]

    a1 = minutes.add_action(store, feb, "Regiobeeld actualiseren",
                            owner_person_id=people["Jan Thijssen"], due=date(2022, 4, 1))
    a2 = minutes.add_action(store, feb, "Notitie valpreventie", due=date(2022, 9, 1))
    a3 = minutes.add_action(store, feb, "Financiering voorleggen", due=date(2022, 5, 1))
    at_may = {a.id: a for a in minutes.meeting_actions(store, may, today=date(2022, 1, 1))}
    assert set(at_may) == {a1, a2, a3}  # carried into the next meeting by themselves
    assert at_may[a1].overdue and not at_may[a2].overdue
    assert at_may[a1].origin == "AST 03-02-2022" and at_may[a1].owner == "Jan Thijssen"
    minutes.set_action_status(store, a1, ActionStatus.GEREED, on=date(2022, 5, 11))
    minutes.refer_action(store, a3, bst)
    at_may = {a.id: a for a in minutes.meeting_actions(store, may, today=date(2022, 1, 1))}
    assert set(at_may) == {a1, a2}  # a1 reported done once, a3 went to the BST
    assert not at_may[a1].is_open
    assert {a.id for a in minutes.meeting_actions(store, jun, today=date(2022, 1, 1))} == {a2}
    at_bst = minutes.meeting_actions(store, bst_jun, today=date(2022, 1, 1))
    assert [(a.id, a.referred_from) for a in at_bst] == [(a3, "AST")]
    assert [a.id for a in minutes.body_actions(store, bst)] == [a3]


def test_capture_and_apply_state_undo_a_year_plan(store: Store) -> None:
    bst = body_id(store, "BST")
    scope = bodies.Scope(meetings_of=(bst,))
    before = bodies.capture(store, scope)
    made = meeting_plan.generate_year(store, bst, 2022, start_month=2)
    after = bodies.capture(store, scope)
    assert after.count() == before.count() + 3 + 15
    bodies.apply_state(store, after, before)
    assert meeting_plan.meetings_in_year(store, bst, 2022) == []
    bodies.apply_state(store, before, after)
    assert meeting_plan.meetings_in_year(store, bst, 2022) == made
    assert len(agenda.load_agenda(store, made[0]).lines) == 5


def test_capture_restores_deleted_meeting_with_contents(store: Store) -> None:
    ast = body_id(store, "AST")
    mid = meeting_plan.create_meeting(store, ast, datetime(2022, 2, 3, 14, 30))
    item = agenda.add_item(store, mid, "Regiobeeld")
    agenda.add_attachment(store, item, "a.pdf", b"inhoud")
    minutes.add_decision(store, mid, "Vastgesteld", item)
    action = minutes.add_action(store, mid, "Doen")
    scope = bodies.Scope(meetings=(mid,), actions_of=(ast,), attachment_content=True)
    before = bodies.capture(store, scope)
    meeting_plan.delete_meeting(store, mid)
    after = bodies.capture(store, scope)
    assert after.count() == 1  # the action stays, without its meeting
    bodies.apply_state(store, after, before)
    restored = agenda.load_agenda(store, mid)
    assert [line.title for line in restored.lines][3] == "Regiobeeld"
    assert minutes.decision_list(store, meeting_id=mid)[0].number == "AST-2022-01"
    assert agenda.attachment_content(store, agenda.list_attachments(store, item)[0].id)[1] \
        == b"inhoud"
    assert minutes.body_actions(store, ast)[0].origin_meeting_id == mid
    assert minutes.body_actions(store, ast)[0].id == action


def test_reading_needs_no_sqlalchemy_and_ui_values_match_the_enums() -> None:
    import subprocess
    import sys

    from zorgdesk.models import ActionStatus, Attendance, ItemKind, MemberRole
    from zorgdesk.ui.meetings import action_list, agenda_item_dialog, body_dialog, minutes_tab

    assert tuple(Attendance) == minutes_tab.ATTENDANCE
    assert tuple(ItemKind) == agenda_item_dialog.ITEM_KINDS
    assert tuple(MemberRole) == body_dialog.MEMBER_ROLES
    assert tuple(ActionStatus) == (action_list.OPEN, action_list.DONE, action_list.DROPPED)
    code = ("import sys, zorgdesk.ui.meetings.page; "
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"  # the page shows from raw reads; the ORM loads at the first edit
