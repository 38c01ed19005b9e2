"""Dutch as a reader writes it: "1 pagina", "elke 3 maanden", "donderdag", a Rondvraag that is
not a hamerstuk; and English names that tell the meeting bodies from their meetings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from tests.test_meetings_services import build_region
from zorgdesk.services.meetings import agenda
from zorgdesk.services.meetings import plan as meeting_plan
from zorgdesk.services.meetings.bodies import body_by_abbreviation, list_bodies
from zorgdesk.store import Store, open_store

TS = Path(__file__).parents[1] / "zorgdesk" / "resources" / "translations" / "zorgdesk_en.ts"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "regio.zorgdesk"
    build_region(path).close()
    opened = open_store(path)
    yield opened
    opened.close()


def test_rondvraag_and_sluiting_are_not_hamerstukken(store: Store) -> None:
    body = body_by_abbreviation(store, "AST")
    assert body is not None
    one = meeting_plan.create_meeting(store, body.id, datetime(2026, 3, 5, 14, 0))
    made = meeting_plan.generate_year(store, body.id, 2027)
    for meeting_id in (one, made[0]):
        kinds = {line.title: line.kind for line in agenda.load_agenda(store, meeting_id).lines}
        assert kinds["Rondvraag"] is None and kinds["Sluiting"] is None
        assert kinds["Opening en mededelingen"] is None
        assert kinds["Verslag vorige vergadering"] == "hamerstuk"


def test_plan_and_body_dialogs_count_months_and_name_days_in_lower_case(
        store: Store, qtbot: QtBot) -> None:
    from zorgdesk.ui.meetings.body_dialog import BodyDialog
    from zorgdesk.ui.meetings.meeting_dialogs import YearPlanDialog

    bodies = list_bodies(store)
    dialog = YearPlanDialog(store, bodies, bodies[0].id, 2027)
    qtbot.addWidget(dialog)
    dialog.interval.setValue(1)
    assert dialog.interval.text() == "1 maand"
    dialog.interval.setValue(3)
    assert dialog.interval.text() == "3 maanden"
    assert dialog.weekday.itemText(3) == "donderdag"
    assert "(en)" not in dialog.summary.text() and "nieuwe vergaderingen" in dialog.summary.text()
    body = BodyDialog(None, [], [], [], [])
    qtbot.addWidget(body)
    body.interval.setValue(1)
    assert body.interval.text() == "elke 1 maand"
    body.interval.setValue(4)
    assert body.interval.text() == "elke 4 maanden"


def test_a_one_page_preview_says_pagina(qtbot: QtBot, sample_copy: Callable[[str], Path],
                                        tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtPdf")
    from reportlab.pdfgen.canvas import Canvas

    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    pdf = tmp_path / "een.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "Eén pagina")
    canvas.save()
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page._start_preview(pdf)
    assert page.preview_label.text() == "Voorbeeld: 1 pagina"
    ctx.set_store(None)


@pytest.fixture
def english(qapp: object) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_english_tells_bodies_from_meetings(english: QTranslator, store: Store,
                                            qtbot: QtBot) -> None:
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.meetings.page import MeetingsPage
    from zorgdesk.ui.workspace.overview_page import CARD_KINDS

    cards = [QCoreApplication.translate("OverviewPage", label) for _kind, label in CARD_KINDS]
    assert len(set(cards)) == len(cards), cards
    assert "Meeting bodies" in cards and "Meetings" in cards
    ctx = WorkspaceContext()
    ctx.set_store(store)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Meetings" not in tabs and "Meeting list" in tabs
    ctx.set_store(None)
