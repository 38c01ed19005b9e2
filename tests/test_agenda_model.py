"""The agenda tree model on its own: structure, drop targets and the move it asks for."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from zorgdesk.services.meetings.agenda import Agenda, AgendaLine
from zorgdesk.ui.meetings.agenda_model import MIME, AgendaModel


def line(item_id: str, number: str, parent: str | None = None) -> AgendaLine:
    return AgendaLine(item_id, parent, number, f"Punt {number}", None, None, None, 10, None,
                      None, False, None, None)


def model() -> AgendaModel:
    agenda = Agenda("m", "b", "AST", "Ambtelijke samenwerkingstafel", datetime(2022, 2, 3),
                    None, None, None, False)
    agenda.lines = [line("a", "1"), line("b", "2"), line("b1", "2a", "b"), line("b2", "2b", "b"),
                    line("c", "3")]
    m = AgendaModel()
    m.set_agenda(agenda)
    return m


def drop(m: AgendaModel, item_id: str, row: int, parent: QModelIndex) -> tuple[str, str, int]:
    asked: list[tuple[str, str, int]] = []
    m.moveRequested.connect(lambda *args: asked.append(args))
    data = QMimeData()
    data.setData(MIME, item_id.encode())
    assert m.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent) is False
    return asked[0]


def test_structure_and_numbers(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = model()
    qtmodeltester.check(m)
    assert m.rowCount() == 3
    b = m.index(1, 0)
    assert m.rowCount(b) == 2 and m.data(m.index(1, 0, b)) == "2b"
    assert m.parent(m.index(0, 0, b)) == b
    assert [x.id for x in m.lines()] == ["a", "b", "b1", "b2", "c"]
    assert m.index_of("b2") == m.index(1, 0, b)
    mime = m.mimeData([m.index(2, 0)])
    assert bytes(mime.data(MIME).data()) == b"c"


def test_drop_targets() -> None:
    m = model()
    b = m.index(1, 0)
    assert drop(model(), "c", 0, QModelIndex()) == ("c", "", 0)  # to the top
    assert drop(model(), "a", 3, QModelIndex()) == ("a", "", 2)  # to the end, after leaving
    assert drop(model(), "a", -1, b) == ("a", "b", 2)  # on item 2: becomes 2c
    assert drop(model(), "c", 1, m.index(1, 0)) == ("c", "b", 1)  # between 2a and 2b
    assert drop(model(), "a", -1, m.index(0, 0, b)) == ("a", "b", 1)  # on 2a: just after it
    assert drop(model(), "b2", 0, b) == ("b2", "b", 0)  # 2b becomes 2a
