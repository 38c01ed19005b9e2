"""The Overleggen page with pytest-qt: plan a year, build an agenda, take minutes with decisions
and actions, see open actions at the next meeting, undo, and the Noord-Limburg calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from zorgdesk.models import Attendance, ItemKind
from zorgdesk.services.meetings import agenda as agenda_service
from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.bodies import body_by_abbreviation
from zorgdesk.services.meetings.queries import year_calendar
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.action_dialog import ActionValues
from zorgdesk.ui.meetings.agenda_item_dialog import ItemValues
from zorgdesk.ui.meetings.agenda_model import MIME, AgendaModel
from zorgdesk.ui.meetings.calendar_model import MEETING_IDS_ROLE, CalendarModel
from zorgdesk.ui.meetings.meeting_dialogs import PlanValues
from zorgdesk.ui.meetings.meeting_models import ActionListModel
from zorgdesk.ui.meetings.page import MeetingsPage


def item(title: str, kind: ItemKind | None = ItemKind.BESPREKING, minutes: int = 20,
         confidential: bool = False) -> ItemValues:
    return ItemValues(title, kind, None, "Trekker", minutes, confidential, None, ())




@pytest.fixture
def page(meetings_page: MeetingsPage) -> MeetingsPage:
    return meetings_page


def ast_id(page: MeetingsPage) -> str:
    body = body_by_abbreviation(page.ctx.store, "AST")
    assert body is not None
    return body.id


def test_year_agenda_minutes_and_carry_over(page: MeetingsPage, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, store = page.ctx, page.ctx.store
    ast = ast_id(page)
    # Plan 2022 for the AST: every 2 months from February, the first Thursday at 14:30.
    made = page.plan_year(PlanValues(ast, 2022, 2, 2, 1, 4, time(14, 30), 120, True))
    assert len(made) == 6
    assert page.year.value() == 2022
    assert page.model.rowCount() == 6
    row = page.calendar_model.index(1, 2)  # AST, February
    assert page.calendar_model.data(row) == "03-02"
    assert "2022 14:30" in page.calendar_model.data(row, Qt.ItemDataRole.ToolTipRole)
    assert page.calendar_model.data(row, MEETING_IDS_ROLE) == [made[0]]

    # Open the first meeting from the calendar and build its agenda.
    page._calendar_open(row)
    assert page.tabs.currentIndex() == 1
    detail = page.detail
    assert detail.meeting_id == made[0]
    assert detail.agenda_model.rowCount() == 5  # the standard items
    detail.add_item(item("Voortgang thema Preventie", minutes=30))
    detail.add_item(item("Begroting 2023", ItemKind.BESLUITVORMING))
    detail.select_item(detail.agenda_model.lines()[3].id)
    detail.add_sub_item(item("Valpreventie", ItemKind.INFORMATIE, 10))
    lines = detail.agenda_model.lines()
    assert [(x.number, x.title) for x in lines] == [
        ("1", "Opening en mededelingen"), ("2", "Verslag vorige vergadering"),
        ("3", "Actielijst"), ("4", "Voortgang thema Preventie"), ("4a", "Valpreventie"),
        ("5", "Begroting 2023"), ("6", "Rondvraag"), ("7", "Sluiting")]
    model = detail.agenda_model
    times = {x.title: model.data(model.index_of(x.id).siblingAtColumn(5)) for x in lines}
    assert times["Voortgang thema Preventie"] == "14:45–15:15"
    assert times["Valpreventie"] == "15:15–15:25"

    # Drag "Begroting 2023" to the top; then undo and redo the move.
    begroting = next(x for x in lines if x.title == "Begroting 2023")
    mime = QMimeData()
    mime.setData(MIME, begroting.id.encode())
    detail.agenda_model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert detail.agenda_model.lines()[0].title == "Begroting 2023"
    ctx.undo_stack.undo()
    assert detail.agenda_model.lines()[5].title == "Begroting 2023"
    ctx.undo_stack.redo()
    assert detail.agenda_model.lines()[0].number == "1"
    assert detail.agenda_model.lines()[0].title == "Begroting 2023"

    # Minutes: attendance, notes, a decision (numbered AST-2022-01) and two actions.
    detail.tabs.setCurrentIndex(1)
    people = {minute.name: minute.person_id
              for minute in minutes_service.attendance_lines(store, made[0])}
    detail.set_attendance(people["Jan Thijssen"], Attendance.AFGEMELD)
    detail.mark_rest_present()
    combo = detail.attendance.cellWidget(2, 2)
    assert combo is not None and combo.currentText() == "afgemeld"  # type: ignore[attr-defined]
    detail.select_minutes_item(begroting.id)
    detail.minutes_text.setPlainText("De begroting is besproken en vastgesteld.")
    detail.save_minutes()
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Begroting 2023 vastgesteld.", True)))
    detail.add_decision()
    assert detail.decision_model.rowCount() == 1
    decision = detail.decision_model.row_at(0)
    assert decision.number == "AST-2022-01" and decision.agenda_item == "Begroting 2023"
    detail.add_action(ActionValues("Regiobeeld actualiseren", people["Jan Thijssen"], None,
                                   date(2022, 3, 1), None))
    detail.add_action(ActionValues("Notitie valpreventie", None, None, date(2099, 1, 1), None))
    assert detail.action_model.rowCount() == 2

    # The next meeting shows both open actions by itself; the old one stands out.
    page.open_meeting(made[1])
    actions = {detail.action_model.row_at(r).text: r
               for r in range(detail.action_model.rowCount())}
    assert set(actions) == {"Regiobeeld actualiseren", "Notitie valpreventie"}
    late = detail.action_model.index(actions["Regiobeeld actualiseren"], 0)
    assert detail.action_model.data(late, Qt.ItemDataRole.ForegroundRole) is not None
    assert detail.action_model.data(late.siblingAtColumn(3)) == "te laat"
    assert detail.tabs.tabText(2) == "Acties (2 open)"

    # Done at the second meeting: it is reported there once, and gone from the third.
    detail.actions_view.setCurrentIndex(late)
    detail.mark_action_done()
    page.open_meeting(made[2])
    assert [detail.action_model.row_at(r).text
            for r in range(detail.action_model.rowCount())] == ["Notitie valpreventie"]

    # Refer the remaining action to the BST; it leaves the AST list.
    detail.actions_view.setCurrentIndex(detail.action_model.index(0, 0))
    bst = body_by_abbreviation(store, "BST")
    assert bst is not None
    detail.refer_action(bst.id)
    assert detail.action_model.rowCount() == 0
    page.tabs.setCurrentIndex(3)
    texts = [(page.action_model.row_at(r).text, page.action_model.row_at(r).body,
              page.action_model.row_at(r).referred_from)
             for r in range(page.action_model.rowCount())]
    assert texts == [("Notitie valpreventie", "BST", "AST")]
    page.action_view.setCurrentIndex(page.action_model.index(0, 0))
    page._listed_action_done()  # the BST secretary closes it from the action list
    assert page.action_model.rowCount() == 0
    page.include_done.setChecked(True)
    assert page.action_model.rowCount() == 2

    # The decision list searches.
    page.tabs.setCurrentIndex(2)
    page.decision_search.setText("begroting")
    assert page.decision_model.rowCount() == 1
    page.decision_search.setText("niets dergelijks")
    assert page.decision_model.rowCount() == 0

    # Everything undoes, back to an empty workspace without meetings.
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert page.model.rowCount() == 0
    assert minutes_service.body_actions(store, None, open_only=False) == []


def test_agenda_suggestions_and_attachment_limit(page: MeetingsPage, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from zorgdesk.ui.meetings.meeting_dialogs import MeetingValues

    ast = ast_id(page)
    page.new_meeting(MeetingValues(ast, datetime(2022, 2, 3, 14, 30), None, None, None, False))
    may = page.new_meeting(MeetingValues(ast, datetime(2022, 5, 11, 14, 30),
                                         datetime(2022, 5, 11, 16, 30), "Venlo", None, False))
    assert may is not None and page.detail.meeting_id == may
    found = agenda_service.suggest_items(page.ctx.store, may)
    page.detail.suggest(found)
    titles = [x.title for x in page.detail.agenda_model.lines()]
    assert "Mijlpaal 1.1: Deal en contractering gereed" in titles
    assert "Verkeerslicht oranje: 1.3 Rookvrije generatie" in titles
    assert titles[-2:] == ["Rondvraag", "Sluiting"]

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: warned.append(text)))
    page.detail.select_item(page.detail.agenda_model.lines()[3].id)
    small = tmp_path / "notitie.pdf"
    small.write_bytes(b"%PDF test")
    page.detail.add_attachment(small)
    assert page.detail.attachments.count() == 1
    big = tmp_path / "groot.pdf"
    with big.open("wb") as handle:
        handle.truncate(agenda_service.MAX_ATTACHMENT_BYTES + 10)
    steps = page.ctx.undo_stack.count()
    page.detail.add_attachment(big)
    assert warned and "groot.pdf" in warned[0] and "hoogstens 20,0 MB" in warned[0]
    assert page.ctx.undo_stack.count() == steps  # a refused edit leaves no undo step
    page.ctx.undo_stack.undo()
    assert page.detail.attachments.count() == 0
    page.ctx.undo_stack.redo()
    assert page.detail.attachments.count() == 1
    page.detail.attachments.setCurrentRow(0)
    out = tmp_path / "terug.pdf"
    page.detail.save_attachment(out)
    assert out.read_bytes() == b"%PDF test"


def test_picking_a_late_milestone_in_the_suggestions_stores_it(
        page: MeetingsPage, qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 13: "Voorstellen…" also offers what is late or red, filterable, by keyboard."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QListWidget

    from tests.dialogs import on_dialog
    from zorgdesk.ui.meetings.meeting_dialogs import MeetingValues
    from zorgdesk.ui.meetings.suggestion_dialog import SuggestionDialog

    ast = ast_id(page)
    page.new_meeting(MeetingValues(ast, datetime(2022, 5, 11, 14, 30), None, None, None, False))
    june = page.new_meeting(MeetingValues(ast, datetime(2022, 6, 30, 14, 30), None, None,
                                          None, False))
    assert june is not None and page.detail.meeting_id == june
    seen: list[list[str]] = []

    def pick_the_late_one(dialog: QDialog) -> None:
        assert isinstance(dialog, SuggestionDialog)
        dialog.grab().save(str(tmp_path / "voorstellen.png"))
        names = {box.accessibleName() for box in dialog.findChildren(QCheckBox)}
        assert names == {"Toon voorstellen: Tussen de vergaderingen",
                         "Toon voorstellen: Te laat", "Toon voorstellen: Rood"}
        listing = dialog.findChild(QListWidget)
        assert listing is not None and listing.accessibleName()
        dialog.filters[agenda_service.BETWEEN].setChecked(False)
        dialog.filters[agenda_service.RED].setChecked(False)
        shown = [listing.item(r) for r in range(listing.count())
                 if not listing.item(r).isHidden()]
        seen.append([entry.text().split("\n")[0] for entry in shown])
        assert all(e.checkState() == Qt.CheckState.Unchecked for e in shown)  # not by default
        listing.setFocus()
        listing.setCurrentItem(shown[0])
        qtbot.keyClick(listing, Qt.Key.Key_Space)  # tick it from the keyboard
        assert shown[0].checkState() == Qt.CheckState.Checked
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_dialog(pick_the_late_one)
    page.detail.suggest()
    assert seen == [["Mijlpaal 1.1: Deal en contractering gereed"]]
    stored = [line.title for line in agenda_service.load_agenda(page.ctx.store, june).lines]
    assert "Mijlpaal 1.1: Deal en contractering gereed" in stored
    assert stored[-2:] == ["Rondvraag", "Sluiting"]


def test_models_pass_the_model_tester(page: MeetingsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ast = ast_id(page)
    made = page.plan_year(PlanValues(ast, 2022, 2, 2, 1, 4, time(14, 30), 120, True))
    page.open_meeting(made[0])
    page.detail.select_item(page.detail.agenda_model.lines()[1].id)
    page.detail.add_sub_item(item("Sub"))
    agenda = AgendaModel()
    agenda.set_agenda(agenda_service.load_agenda(page.ctx.store, made[0]))
    qtmodeltester.check(agenda)
    calendar = CalendarModel()
    calendar.set_calendar(year_calendar(page.ctx.store, 2022), set())
    qtmodeltester.check(calendar)
    actions = ActionListModel(with_body=True)
    minutes_service.add_action(page.ctx.store, made[0], "Iets doen", due=date(2022, 1, 1))
    actions.set_rows(minutes_service.body_actions(page.ctx.store))
    qtmodeltester.check(actions)


def test_noord_limburg_2022_in_the_calendar(qtbot: QtBot,
                                            sample_copy: Callable[[str], Path]) -> None:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.year.setValue(2022)
    model = page.calendar_model
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    bst = next(r for label, r in rows.items() if "(BST)" in label)
    ast = next(r for label, r in rows.items() if "(AST)" in label)
    bst_cells = [model.data(model.index(bst, m)) for m in range(1, 13)]
    ast_cells = [model.data(model.index(ast, m)) for m in range(1, 13)]
    # The seed's table: BST 17-02, 02-06, 06-10; AST 03-02, 11-05, 30-06, 14-09, 03-11, 14-12.
    assert bst_cells == ["", "17-02", "", "", "", "02-06", "", "", "", "06-10", "", ""]
    assert ast_cells == ["", "03-02", "", "", "11-05", "30-06", "", "", "14-09", "", "03-11",
                         "14-12"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Feb 22"
    # The meeting list follows the year; the body filter narrows the calendar.
    assert page.detail.agenda is not None
    assert page.detail.agenda.starts_at.year == 2022
    page.body_filter.setCurrentIndex(
        next(i for i in range(page.body_filter.count()) if "BST" in page.body_filter.itemText(i)))
    assert model.rowCount() == 1 and page.model.rowCount() == 3
    # Dates without times: no clock times, an all-day event in the export.
    assert page.detail.agenda.time_unknown
    ctx.set_store(None)


def test_typed_minutes_are_kept_when_leaving(page: MeetingsPage, qtbot: QtBot) -> None:
    ast = ast_id(page)
    made = page.plan_year(PlanValues(ast, 2022, 6, 2, 1, 4, time(14, 30), 120, True))
    page.open_meeting(made[0])
    detail = page.detail
    detail.tabs.setCurrentIndex(1)
    first = detail.agenda_model.lines()[0]
    detail.select_minutes_item(first.id)
    detail.minutes_text.setFocus()
    qtbot.keyClicks(detail.minutes_text, "Opening door de voorzitter.")
    detail.select_minutes_item(detail.agenda_model.lines()[1].id)  # another item: saved
    assert agenda_service.load_agenda(page.ctx.store, made[0]).lines[0].minutes_text == \
        "Opening door de voorzitter."
    qtbot.keyClicks(detail.minutes_text, "Verslag vastgesteld.")
    page.open_meeting(made[1])  # another meeting: saved as well
    assert detail.meeting_id == made[1]
    assert agenda_service.load_agenda(page.ctx.store, made[0]).lines[1].minutes_text == \
        "Verslag vastgesteld."
    page.ctx.undo_stack.undo()
    assert agenda_service.load_agenda(page.ctx.store, made[0]).lines[1].minutes_text is None


def test_ical_export_from_the_page(page: MeetingsPage, tmp_path: Path) -> None:
    from icalendar import Calendar

    ast = ast_id(page)
    page.plan_year(PlanValues(ast, 2022, 4, 2, 1, 4, time(14, 30), 120, False))
    page.body_filter.setCurrentIndex(page.body_filter.findData(ast))
    out = page.export_ical(tmp_path / "ast.ics")
    assert out is not None
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [e.decoded("dtstart").strftime("%d-%m %H:%M") for e in events] == [
        "03-02 14:30", "02-06 14:30", "06-10 14:30"]


def test_keyboard_moves_and_deletes_agenda_items(page: MeetingsPage, qtbot: QtBot) -> None:
    ast = ast_id(page)
    made = page.plan_year(PlanValues(ast, 2022, 6, 2, 1, 4, time(14, 30), 120, True))
    page.open_meeting(made[0])
    detail = page.detail
    view = detail.agenda_view
    detail.select_item(detail.agenda_model.lines()[1].id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert detail.agenda_model.lines()[0].title == "Verslag vorige vergadering"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [x.title for x in detail.agenda_model.lines()] == [
        "Opening en mededelingen", "Actielijst", "Rondvraag", "Sluiting"]
    page.ctx.undo_stack.undo()
    assert detail.agenda_model.lines()[0].title == "Verslag vorige vergadering"


def test_body_create_edit_delete_and_undo(page: MeetingsPage) -> None:
    from zorgdesk.models import MemberRole
    from zorgdesk.services.meetings.bodies import list_bodies, list_members, list_people
    from zorgdesk.ui.meetings.body_dialog import BodyValues, MemberValue

    store = page.ctx.store
    people = {p.label: p.id for p in list_people(store)}
    fields = {"name": "Coördinatieteam Preventie", "abbreviation": "CT-P",
              "kind": "coördinatieteam", "interval_months": 1, "weekday": 2,
              "usual_time": time(10, 0), "duration_minutes": 90}
    body_id = page.new_body(BodyValues(dict(fields), [
        MemberValue(people["Cecile Peeters"], None, MemberRole.VOORZITTER),
        MemberValue(people["Jan Thijssen"], None, MemberRole.LID)]))
    assert body_id is not None and page.body_id() == body_id
    assert [(m.name, m.role) for m in list_members(store, body_id)] == [
        ("Cecile Peeters", "voorzitter"), ("Jan Thijssen", "lid")]
    page.plan_year(PlanValues(body_id, 2022, 1, 1, 2, 2, time(10, 0), 90, True, True))
    assert page.model.rowCount() == 10
    page.edit_body(BodyValues({**fields, "name": "Team Preventie"}, [
        MemberValue(people["Cecile Peeters"], None, MemberRole.SECRETARIS)]))
    assert [(m.name, m.role) for m in list_members(store, body_id)] == [
        ("Cecile Peeters", "secretaris")]
    page.delete_body(confirm=False)
    assert all(b.id != body_id for b in list_bodies(store))
    page.ctx.undo_stack.undo()  # the body, its members and its ten meetings are back
    body = next(b for b in list_bodies(store) if b.id == body_id)
    assert body.name == "Team Preventie" and body.meetings == 10 and body.members == 1
    for _ in range(3):
        page.ctx.undo_stack.undo()
    assert all(b.id != body_id for b in list_bodies(store))


def test_selection_follows_the_edited_item(page: MeetingsPage) -> None:
    ast = ast_id(page)
    made = page.plan_year(PlanValues(ast, 2022, 6, 2, 1, 4, time(14, 30), 120, True))
    page.open_meeting(made[0])
    detail = page.detail
    detail.add_item(item("Nieuw punt"))
    line = detail.selected_line()
    assert line is not None and line.title == "Nieuw punt"
    first = detail.agenda_model.lines()[0]
    detail.select_item(first.id)
    detail.edit_item(item("Opening", ItemKind.HAMERSTUK, 5))
    line = detail.selected_line()
    assert line is not None and line.id == first.id and line.title == "Opening"


def test_another_workspace_starts_fresh(page: MeetingsPage, tmp_path: Path,
                                        sample_copy: Callable[[str], Path]) -> None:
    ast = ast_id(page)
    made = page.plan_year(PlanValues(ast, 2030, 2, 2, 1, 4, time(14, 30), 120, True))
    page.open_meeting(made[0])
    page.detail.tabs.setCurrentIndex(1)
    page.detail.select_minutes_item(page.detail.agenda_model.lines()[0].id)
    first_item = page.detail.agenda_model.lines()[0].id
    page.detail.minutes_text.setPlainText("half getypt")
    page.detail.minutes_text.document().setModified(True)
    old = page.ctx.store.path
    page.ctx.set_store(open_store(sample_copy("noord-limburg")))
    assert page.year.value() == 2022
    assert page.detail.agenda is not None and page.detail.agenda.starts_at.year == 2022
    assert not page.detail.minutes_text.document().isModified()
    page.ctx.set_store(open_store(old))  # the typed minutes went to the workspace they belong to
    line = next(x for x in agenda_service.load_agenda(page.ctx.store, made[0]).lines
                if x.id == first_item)
    assert line.minutes_text == "half getypt"


def test_double_click_on_an_empty_month_plans_a_meeting(
        page: MeetingsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from zorgdesk.ui.meetings.meeting_dialogs import MeetingDialog

    monkeypatch.setattr(MeetingDialog, "exec", lambda self: 1)
    assert QDialog.DialogCode.Accepted.value == 1
    page.year.setValue(2022)
    model = page.calendar_model
    ast_row = next(r for r in range(model.rowCount()) if "(AST)" in model.data(model.index(r, 0)))
    page._calendar_open(model.index(ast_row, 3))  # March
    assert model.data(model.index(ast_row, 3)) == "03-03"  # first Thursday, the AST's day
    assert page.detail.agenda is not None
    assert page.detail.agenda.starts_at == datetime(2022, 3, 3, 14, 30)
    assert page.detail.agenda.ends_at == datetime(2022, 3, 3, 16, 30)


def test_minutes_and_item_changed_by_a_colleague_are_kept_or_asked(
        page: MeetingsPage, qtbot: QtBot) -> None:
    """Two secretaries on one workspace: what the other wrote into the same item's minutes
    since it was shown is never overwritten silently; an item field only they changed stays."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from zorgdesk.services.meetings import agenda as agenda_service
    from zorgdesk.ui.kit.conflict_dialog import ConflictDialog

    store = page.ctx.store
    made = page.plan_year(PlanValues(ast_id(page), 2022, 2, 2, 1, 4, time(14, 30), 120, True))
    page._calendar_open(page.calendar_model.index(1, 2))
    detail = page.detail
    detail.add_item(item("Voortgang thema Preventie", minutes=30))
    line = next(x for x in detail.agenda_model.lines() if x.title == "Voortgang thema Preventie")
    detail.tabs.setCurrentIndex(1)
    detail.select_minutes_item(line.id)
    colleague = open_store(store.path)
    try:
        minutes_service.set_item_minutes(colleague, line.id, "Fatma: besproken, akkoord.")

        def keep_both() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, ConflictDialog):
                QTimer.singleShot(20, keep_both)
                return
            box.combine.click()  # the combined text
        QTimer.singleShot(0, keep_both)
        detail.minutes_text.setPlainText("Jan: besproken.")
        detail.save_minutes()
        stored, _who = minutes_service.item_minutes(store, line.id)
        assert stored == "Fatma: besproken, akkoord.\n\nJan: besproken."

        # The item dialog saves all fields: a duration only the colleague changed stays.
        agenda_service.update_item(colleague, line.id, minutes_allotted=45)
        detail.edit_item(item("Voortgang thema Preventie (herzien)", minutes=30))
        now = next(x for x in agenda_service.load_agenda(store, made[0]).lines
                   if x.id == line.id)
        assert (now.title, now.minutes) == ("Voortgang thema Preventie (herzien)", 45)
    finally:
        colleague.close()
