"""Who did what: a status update names its author in "Wat is er veranderd" and in the
internal progress report, never in the public one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from tests.helpers import make_small_workspace
from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.services.goals import progress
from zorgdesk.services.goals.changes import changes_since
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.store import open_store
from zorgdesk.store.authors import local_author


def test_status_updates_name_their_author(tmp_path: Path) -> None:
    store = open_store(make_small_workspace(tmp_path / "proef.zorgdesk"))
    try:
        goal = next(g for g in load_goal_tree(store).goals if g.code == "2.1.1.A")
        progress.add_status_update(store, goal.id, reported_on=date(2026, 11, 2),
                                   light="oranje", results="Netwerk in 9 van 12 gemeenten",
                                   attention_points=None, internal=False)
        reports = [r for t in changes_since(store, date(2026, 11, 1), today=date(2026, 11, 28))
                   for g in t.goals for r in g.reports]
        assert [r[4] for r in reports] == [local_author()]
        outputs = {}
        for public in (False, True):
            out = build_report("progress", store, tmp_path / f"p{public}.pdf", ReportOptions(
                public=public, since=date(2026, 11, 1), made_on=date(2026, 11, 28)))
            outputs[public] = " ".join(p.extract_text() for p in PdfReader(out).pages)
    finally:
        store.close()
    assert f"(door {local_author()})" in " ".join(outputs[False].split())
    assert "(door " not in outputs[True]
