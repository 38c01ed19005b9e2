"""Dates typed the way people write them, in every date field of the app: the parser on its own,
the shared field, and the real "Nieuwe vergadering" and "Nieuw actiepunt" dialogs down to what
was stored."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.dialogs import on_dialog
from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.queries import load_meetings
from zorgdesk.tables.values import BadValueError, typed_date
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.meetings.page import MeetingsPage

SHOWN = date(2026, 12, 12)  # "za 12 dec 2026"


@pytest.mark.parametrize(("typed", "meant"), [
    ("15-12-2026", date(2026, 12, 15)), ("15-12", date(2026, 12, 15)),
    ("15 dec", date(2026, 12, 15)), ("15 december 2026", date(2026, 12, 15)),
    ("1-2-27", date(2027, 2, 1)), ("15", date(2026, 12, 15)), ("15/12/26", date(2026, 12, 15)),
    ("15.12.2026", date(2026, 12, 15)), ("15122026", date(2026, 12, 15)),
    ("2026-12-15", date(2026, 12, 15)), ("di 15 dec. 2026", date(2026, 12, 15)),
    ("1 mei", date(2027, 5, 1)), ("15 jan", date(2027, 1, 15)),
    ("1-7", date(2026, 7, 1)), ("3 maart 2027", date(2027, 3, 3)),
    ("Tue 15 Dec 2026", date(2026, 12, 15)), ("  15 DEC ", date(2026, 12, 15)),
])
def test_typed_dates_are_read_as_meant(typed: str, meant: date) -> None:
    assert typed_date(typed, SHOWN) == meant


@pytest.mark.parametrize("typed", ["", "abc", "31-2", "15-13", "32", "15 ma", "15 dec 1800",
                                   "15-12-2026-1", "29-2"])
def test_what_is_not_a_date_says_so_in_dutch(typed: str) -> None:
    with pytest.raises(BadValueError) as caught:
        typed_date(typed, SHOWN)
    assert "datum" in str(caught.value) or "1990" in str(caught.value)


def test_the_field_reads_typing_and_never_hands_out_bad_text(qtbot: QtBot) -> None:
    field = DateField(SHOWN, name="Datum")
    qtbot.addWidget(field)
    field.show()
    seen: list[object] = []
    field.dateChanged.connect(seen.append)
    assert field.edit.text() == "za 12 dec 2026"
    assert field.edit.accessibleName() == "Datum" and field.button.accessibleName()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "15")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == date(2026, 12, 15) and seen == [date(2026, 12, 15)]
    assert field.edit.text() == "di 15 dec 2026"
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31 februari")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == date(2026, 12, 15)  # the bad text is not the value
    assert not dates_ok(field)
    assert "geen datum" in field.edit.toolTip() and "#fde2e1" in field.edit.styleSheet()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1-2-27")
    assert dates_ok(field) and field.date() == date(2027, 2, 1)
    assert field.edit.styleSheet() == ""


def test_no_plain_qdateedit_is_left_in_the_dialogs() -> None:
    """Every date field is the shared one: a QDateEdit would eat "15" again."""
    root = Path(__file__).parents[1] / "zorgdesk" / "ui"
    users = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
             if "QDateEdit(" in p.read_text(encoding="utf-8")]
    assert users in ([], ["reports/page.py"]), users  # the reports page is being re-cut




def _type_date(dialog: QWidget, field: DateField, typed: str, qtbot: QtBot) -> None:
    assert not dialog.findChildren(QDateEdit)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, typed)


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def page(meetings_page: MeetingsPage) -> MeetingsPage:
    return meetings_page


def test_new_meeting_takes_a_typed_date(page: MeetingsPage, qtbot: QtBot) -> None:
    before = len(load_meetings(page.ctx.store))
    outcome: list[bool] = []

    def act(dialog: QDialog) -> None:
        field = dialog.findChild(DateField)
        assert field is not None
        _type_date(dialog, field, "31-02-2026", qtbot)
        _ok(dialog)
        outcome.append(dialog.isVisible())  # refused: still open, nothing stored
        _type_date(dialog, field, "15-12-2026", qtbot)
        _ok(dialog)

    on_dialog(act)
    made = page.new_meeting()
    assert outcome == [True]
    assert made is not None and len(load_meetings(page.ctx.store)) == before + 1
    row = next(m for m in load_meetings(page.ctx.store) if m.id == made)
    assert row.starts_at.date() == date(2026, 12, 15)


def test_new_action_takes_a_typed_date(page: MeetingsPage, qtbot: QtBot) -> None:
    from zorgdesk.ui.meetings.meeting_dialogs import MeetingValues

    body = page.bodies[0].id
    made = page.new_meeting(MeetingValues(body, datetime(2026, 12, 3, 14, 0),
                                          datetime(2026, 12, 3, 16, 0), None, None, False))
    assert made is not None
    detail = page.detail
    assert detail.meeting_id == made

    def act(dialog: QDialog) -> None:
        text = dialog.text  # type: ignore[attr-defined]
        qtbot.keyClicks(text, "Notitie rondsturen")
        dialog.has_due.setChecked(True)  # type: ignore[attr-defined]
        field = dialog.findChild(DateField)
        assert field is not None
        _type_date(dialog, field, "15 jan", qtbot)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # Enter reads the date and accepts

    on_dialog(act)
    detail.add_action()
    actions = minutes_service.meeting_actions(page.ctx.store, made)
    stored = [a for a in actions if a.text == "Notitie rondsturen"]
    assert len(stored) == 1
    # the field showed 31 dec 2026 (meeting + 28 days): "15 jan" is the one after it
    assert stored[0].due == date(2027, 1, 15)


def test_changes_since_follows_a_typed_date(page: MeetingsPage, qtbot: QtBot) -> None:
    from zorgdesk.ui.goals.changes_dialog import ChangesSinceDialog

    dialog = ChangesSinceDialog(page.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_date(dialog, dialog.since, "1-2-27", qtbot)
    qtbot.keyClick(dialog.since.edit, Qt.Key.Key_Tab)
    assert dialog.since.date() == date(2027, 2, 1)
    assert "1 feb 2027" in dialog.view.toPlainText()
