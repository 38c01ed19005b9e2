"""Nothing a user stored goes missing: a workspace written by an earlier version of the app
(one fixture per schema revision) shows every stored record on the screens' reads and in the
reports, after opening upgrades it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.meetings.queries import load_meetings
from zorgdesk.services.partners.organisations import list_people
from zorgdesk.services.partners.queries import load_organisations
from zorgdesk.services.timeline.queries import load_timeline
from zorgdesk.services.workspace.export import export_document
from zorgdesk.store import open_store

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.zorgdesk"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_stored_record_is_shown(fixture: Path, tmp_path: Path) -> None:
    work = tmp_path / fixture.name
    shutil.copy(fixture, work)
    store = open_store(work)  # upgrades an older file, after a backup
    try:
        stored = export_document(store)["tables"]
        assert stored["goal"], "a fixture without goals proves nothing"
        tree = {g.id: g.title for g in load_goal_tree(store).goals}
        assert {g["id"]: g["title"] for g in stored["goal"]} == tree
        timeline = load_timeline(store, "kwartaal")
        timeline.fill_all()
        shown = {cell.id for row in timeline.rows for cells in row.milestones.values()
                 for cell in cells}
        assert {m["id"] for m in stored["milestone"]} <= shown
        assert {o["id"] for o in stored["organisation"]} == {
            o.id for o in load_organisations(store)}
        assert {p["id"] for p in stored["person"]} == {p.id for p in list_people(store)}
        assert {m["id"] for m in stored["meeting"]} == {m.id for m in load_meetings(store)}
        out = build_report("werkagenda", store, tmp_path / "werkagenda.pdf", ReportOptions())
    finally:
        store.close()
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(out).pages)
    for goal in stored["goal"]:
        assert " ".join(goal["title"].split())[:40] in text, goal["title"]
    for milestone in stored["milestone"]:
        assert " ".join(milestone["title"].split())[:30] in text, milestone["title"]
