"""The meeting cycle on the Overleggen page: guests, adopting the minutes in the next meeting
(one undo step, then frozen), and "Uitnodiging maken…" writing a draft e-mail."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.dialogs import on_dialog
from tests.test_meetings_services import build_region
from zorgdesk.models import AgendaItem, Body, Meeting, MeetingGuest, MinutesStatus
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.invitation_dialog import InvitationChoice
from zorgdesk.ui.meetings.minutes_cycle import AdoptDialog, GuestValues
from zorgdesk.ui.meetings.page import MeetingsPage


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[MeetingsPage]:
    path = tmp_path / "regio.zorgdesk"
    store = build_region(path)
    with store.transaction() as s:
        ast = s.scalars(select(Body).where(Body.abbreviation == "AST")).one()
        feb = Meeting(body_id=ast.id, starts_at=datetime(2022, 2, 3, 14, 30),
                      location="Gemeentehuis Horst")
        apr = Meeting(body_id=ast.id, starts_at=datetime(2022, 4, 7, 14, 30))
        s.add_all([feb, apr])
        s.flush()
        s.add(AgendaItem(meeting_id=feb.id, position=0, title="Opening"))
        s.add(AgendaItem(meeting_id=feb.id, position=1, title="Valpreventie"))
        s.add(AgendaItem(meeting_id=apr.id, position=0, title="Opening"))
    store.close()
    ctx = WorkspaceContext()
    ctx.set_store(open_store(path))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)


def meeting(page: MeetingsPage, day: date) -> str:
    with page.ctx.store.session() as s:
        return str(s.scalars(select(Meeting.id).where(
            Meeting.starts_at >= datetime(day.year, day.month, day.day),
            Meeting.starts_at < datetime(day.year, day.month, day.day, 23, 59))).one())


def test_guests_and_adoption_in_the_next_meeting(page: MeetingsPage, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    feb, apr = meeting(page, date(2022, 2, 3)), meeting(page, date(2022, 4, 7))
    detail = page.detail
    detail.load(feb)
    cycle = detail.cycle
    assert "concept" in cycle.status.text()
    cycle.add_guest(GuestValues("Fatma Öztürk", "GGD Limburg-Noord", "epidemioloog", False))
    assert cycle.guest_table.rowCount() == 1
    cell = cycle.guest_table.item(0, 0)
    assert cell is not None and cell.text() == "Fatma Öztürk"

    # The April meeting puts "Verslag vorige vergadering" on its agenda, linked to February.
    detail.load(apr)
    detail.cycle.add_previous_minutes_item()
    with page.ctx.store.session() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == apr,
                                                  AgendaItem.minutes_of_id == feb)).one()
        assert item.title == "Verslag vorige vergadering (03-02-2022)"

    # Adopt February's minutes: the dialog offers the April meeting; Enter accepts.
    detail.load(feb)

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, AdoptDialog)
        assert dialog.chosen() == apr
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_dialog(accept)
    qtbot.mouseClick(cycle.adopt_button, Qt.MouseButton.LeftButton)
    with page.ctx.store.session() as s:
        stored = s.get(Meeting, feb)
        assert stored is not None
        assert stored.minutes_status == MinutesStatus.VASTGESTELD
        assert stored.minutes_adopted_on == date(2022, 4, 7)
        assert stored.minutes_adopted_in_id == apr
    assert "vastgesteld" in cycle.status.text()
    assert not cycle.adopt_button.isEnabled() and not cycle.add_guest_button.isEnabled()
    assert detail.minutes_text.isReadOnly()

    # One undo step brings the concept back, with the guest still there.
    page.ctx.undo_stack.undo()
    with page.ctx.store.session() as s:
        stored = s.get(Meeting, feb)
        assert stored is not None and stored.minutes_status == MinutesStatus.CONCEPT
        assert s.scalars(select(MeetingGuest.name)).all() == ["Fatma Öztürk"]
    detail.reload()
    assert not detail.minutes_text.isReadOnly()


def test_invitation_from_the_meeting(page: MeetingsPage, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    feb = meeting(page, date(2022, 2, 3))
    page.detail.load(feb)
    assert page.detail.invite_button.accessibleName()

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "uitnodiging.eml" in dialog.text()
        close_button = dialog.button(QMessageBox.StandardButton.Close)
        assert isinstance(close_button, QPushButton)
        close_button.click()

    on_dialog(close)
    target = tmp_path / "uitnodiging.eml"
    page.detail.make_invitation(InvitationChoice(pack=False, public=True), target)
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "AST – uitnodiging 3 februari 2022"
    assert [p.get_filename() for p in message.iter_attachments()] == [
        "AST 2022-02-03 agenda (publiek).pdf", "AST 2022-02-03 uitnodiging.ics"]


def test_adopt_a_version_see_and_print_what_changed(page: MeetingsPage, qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    from pypdf import PdfReader

    from zorgdesk.models import AdoptedVersion, Goal
    from zorgdesk.ui.workspace.versions_dialog import AdoptVersionDialog, VersionsDialog

    ctx = page.ctx
    dialog = VersionsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and not dialog.print_button.isEnabled()

    def fill(adopt: QDialog) -> None:
        assert isinstance(adopt, AdoptVersionDialog)
        adopt.name.setText("Werkagenda 2022")
        adopt.by.setText("de BST")
        qtbot.keyClick(adopt, Qt.Key.Key_Return)

    on_dialog(fill)
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        assert s.scalars(select(AdoptedVersion.name)).all() == ["Werkagenda 2022"]
    assert dialog.chosen() is not None
    with ctx.store.transaction() as s:
        goal = s.scalars(select(Goal).where(Goal.code == "1.3")).one()
        goal.title = "Rookvrije generatie 2040"
    dialog.show_changes()
    top = dialog.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Doelen (1)"
    changed = top.child(0)
    assert changed is not None and changed.text(0) == "1.3 Rookvrije generatie 2040"
    field = changed.child(0)
    assert field is not None
    assert [field.text(c) for c in range(4)] == [
        "", "titel", "Rookvrije generatie", "Rookvrije generatie 2040"]
    out = dialog.save_pdf(tmp_path / "wijzigingen.pdf")
    assert out is not None
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "Rookvrije generatie 2040" in " ".join(text.split())
    # Adopting was one undo step.
    ctx.undo_stack.undo()
    with ctx.store.session() as s:
        assert s.scalars(select(AdoptedVersion.name)).all() == []


def test_documents_saved_from_the_meeting_under_their_own_name(
        page: MeetingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    feb = meeting(page, date(2022, 2, 3))
    page.detail.load(feb)
    menu = page.detail.documents_button.menu()
    assert menu is not None
    labels = [action.text() for action in menu.actions()]
    assert "Vergaderset (publiek) opslaan als PDF…" in labels
    offered: list[str] = []

    def save_dialog(_parent: object, _title: str, suggested: str, _filter: str
                    ) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    menu.actions()[labels.index("Verslag (publiek) opslaan als PDF…")].trigger()
    assert offered == ["AST 2022-02-03 verslag (publiek).pdf"]
    saved = tmp_path / offered[0]
    text = " ".join((p.extract_text() or "") for p in PdfReader(saved).pages)
    assert "Verslag" in text and "Valpreventie" in text


def test_attachments_dropped_together_replaced_and_opened(
        page: MeetingsPage, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from zorgdesk.models import Attachment

    feb = meeting(page, date(2022, 2, 3))
    detail = page.detail
    detail.load(feb)
    with page.ctx.store.session() as s:
        item_id = s.scalars(select(AgendaItem.id).where(
            AgendaItem.meeting_id == feb, AgendaItem.title == "Valpreventie")).one()
    detail.select_item(item_id)
    memo, plan = tmp_path / "memo.pdf", tmp_path / "plan van aanpak.docx"
    memo.write_bytes(b"%PDF-1.4 memo v1")
    plan.write_bytes(b"PK plan")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(memo)), QUrl.fromLocalFile(str(plan))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    detail.attachments.dropEvent(drop)
    with page.ctx.store.session() as s:
        stored = s.execute(select(Attachment.filename, Attachment.position).where(
            Attachment.agenda_item_id == item_id).order_by(Attachment.position)).all()
    assert [tuple(r) for r in stored] == [("memo.pdf", 0), ("plan van aanpak.docx", 1)]
    assert detail.attachments.count() == 2
    steps = page.ctx.undo_stack.count()

    # A new version of the memo keeps its place.
    detail.attachments.setCurrentRow(0)
    memo2 = tmp_path / "memo v2.pdf"
    memo2.write_bytes(b"%PDF-1.4 memo v2")
    detail.replace_attachment(memo2)
    with page.ctx.store.session() as s:
        first = s.scalars(select(Attachment).where(Attachment.agenda_item_id == item_id,
                                                   Attachment.position == 0)).one()
        assert (first.filename, first.content) == ("memo v2.pdf", b"%PDF-1.4 memo v2")
    assert page.ctx.undo_stack.count() == steps + 1

    # Opening hands a read-only copy to the system's viewer.
    opened: list[str] = []
    detail.attachments.setCurrentRow(0)
    copy = detail.open_attachment(lambda url: opened.append(url.toLocalFile()))
    assert copy is not None and opened == [str(copy)]
    assert copy.read_bytes() == b"%PDF-1.4 memo v2"

    # A file that cannot be read adds nothing, not even the readable one beside it.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: warned.append(text)))
    detail.add_attachments([plan, tmp_path / "weg.pdf"])
    assert warned and "weg.pdf" in warned[0]
    with page.ctx.store.session() as s:
        assert len(s.scalars(select(Attachment.id).where(
            Attachment.agenda_item_id == item_id)).all()) == 2
