"""One grouping rule and one order, on every page and in every report (issue 14): a goal
belongs to its own theme, else to its nearest ancestor's, else it is overkoepelend; siblings
stand in the user's order. Noord-Limburg's ambition sits above three themes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from zorgdesk import cli
from zorgdesk.models import Goal
from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.services.goals.grouping import place_goals
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.workspace.overview import load_overview
from zorgdesk.store import open_store


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_the_rule() -> None:
    placed = place_goals([
        ("amb", None, None), ("g2", "oud", "amb"), ("p21", None, "g2"), ("p22", "oud", "g2"),
        ("x", None, "x"),  # a goal that is its own parent is simply overkoepelend
        ("orphan", None, "gone"),
    ])
    assert placed["amb"] == (None, None, None)
    assert placed["g2"] == ("oud", None, "amb")  # shown in its theme, the ambition as context
    assert placed["p21"] == ("oud", "g2", None)  # inherits from its parent
    assert placed["p22"] == ("oud", "g2", None)
    assert placed["x"].theme_id is None and placed["orphan"] == (None, None, None)


def test_noord_limburg_groups_the_same_on_every_page_and_report(
        sample_copy: Callable[[str], Path], tmp_path: Path) -> None:
    path = sample_copy("noord-limburg")
    with open_store(path) as store:
        tree = load_goal_tree(store)
        overview = load_overview(store)
    themes = {t.id: t.name for t in tree.themes}
    oud = next(tid for tid, name in themes.items() if name == "Ouderenzorg")
    in_tree = [g.code for g in tree.goals if g.theme_id == oud]
    assert in_tree == ["2", "2.1", "2.2", "2.3", "2.4"]
    goal_2 = next(g for g in tree.goals if g.code == "2")
    assert goal_2.parent_id is None and goal_2.under  # the ambition, as context
    counts = {t.name: t.goals for t in overview.themes}
    assert counts["Ouderenzorg"] == 5

    only = tmp_path / "oud.pdf"
    assert cli.main(["report", "werkagenda", str(path), "--theme", "Ouderenzorg",
                     "--out", str(only)]) == 0
    text = " ".join(pages(only))
    for code, title in (("2.1", "App kortdurend verblijf"), ("2.4", "Ondersteuning mantelzorg")):
        assert f"{code} {title}" in text
    assert "Rookvrije generatie" not in text and "Hoofdzaak werk" not in text
    assert "onder: Een betere gezondheid" in text

    whole = pages(build_report("werkagenda", path, tmp_path / "alles.pdf", ReportOptions()))
    chapter = next(i for i, page in enumerate(whole) if page.startswith(
        "Samenwerkingsagenda Gemeenten Noord-Limburg en VGZ Werkagenda 2 Ouderenzorg"))
    following = " ".join(whole[chapter:chapter + 4])
    assert "2.1 App kortdurend verblijf" in following  # no empty theme chapter


def test_moving_a_goal_moves_it_on_screen_and_on_paper(
        sample_copy: Callable[[str], Path], tmp_path: Path) -> None:
    path = sample_copy("noord-limburg")
    with open_store(path) as store:
        with store.transaction() as s:  # the user drags 2.4 above 2.1
            goals = {g.code: g for g in s.scalars(select(Goal).where(
                Goal.code.in_(["2.1", "2.2", "2.3", "2.4"])))}
            for n, code in enumerate(["2.4", "2.1", "2.2", "2.3"]):
                goals[code].position = n
        order = [g.code for g in load_goal_tree(store).goals if g.code in goals]
    assert order == ["2.4", "2.1", "2.2", "2.3"]
    text = " ".join(pages(build_report("werkagenda", path, tmp_path / "w.pdf",
                                       ReportOptions())))
    assert text.index("2.4 Ondersteuning mantelzorg") < text.index("2.1 App kortdurend")
