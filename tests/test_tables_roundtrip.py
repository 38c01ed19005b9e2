"""Export -> import of the same file changes nothing, for every sample, as .xlsx and as CSV."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from sqlalchemy import select

from tests.helpers import make_small_workspace
from tests.store_helpers import dump
from zorgdesk.models import Goal
from zorgdesk.services.goals.commands import update_goal
from zorgdesk.store import open_store
from zorgdesk.tables.export import export_tables, write_xlsx
from zorgdesk.tables.import_ import import_file
from zorgdesk.tables.lists import load
from zorgdesk.tables.mapping import IMPORT_KINDS

SMALL_SAMPLES = ("drenthe-werkagenda", "iza-drenthe", "noord-limburg")


@pytest.mark.parametrize("name", SMALL_SAMPLES)
def test_every_list_comes_back_unchanged(name: str, sample_files: dict[str, Path],
                                         tmp_path: Path) -> None:
    path = tmp_path / f"{name}.zorgdesk"
    shutil.copyfile(sample_files[name], path)
    before = dump(path)
    store = open_store(path)
    try:
        export_tables(store, "all", tmp_path / "alles.xlsx")
        for kind in IMPORT_KINDS:
            plan = import_file(store, tmp_path / "alles.xlsx", kind)
            assert plan.problems == []
            assert (plan.added, plan.changed) == (0, 0), (kind, plan.changes[:3])
            assert plan.rows_read > 0 or kind in ("people", "actions")
            csv = tmp_path / f"{kind}.csv"
            export_tables(store, kind, csv)
            plan = import_file(store, csv, kind)
            assert (plan.added, plan.changed) == (0, 0), (kind, plan.changes[:3])
    finally:
        store.close()
    assert dump(path) == before


def test_large_goals_with_milestones_and_actions_come_back_unchanged(
        sample_files: dict[str, Path], tmp_path: Path) -> None:
    path = sample_files["large"]
    store = open_store(path)
    try:
        write_xlsx(load(store, ["goals", "milestones"]), tmp_path / "doelen.xlsx")
        plan = import_file(store, tmp_path / "doelen.xlsx", "goals", dry_run=True)
        assert plan.rows_read == 12_000
        assert (plan.added, plan.changed, plan.problems) == (0, 0, [])
        export_tables(store, "actions", tmp_path / "acties.csv")
        plan = import_file(store, tmp_path / "acties.csv", "actions", dry_run=True)
        assert (plan.rows_read, plan.added, plan.changed) == (10_000, 0, 0)
    finally:
        store.close()


def test_the_workbook_looks_like_a_kept_list(sample_files: dict[str, Path],
                                             tmp_path: Path) -> None:
    """Frozen header, autofilter, widths from the data, real dates, euros, coloured lights."""
    store = open_store(sample_files["large"])
    try:
        export_tables(store, "all", tmp_path / "alles.xlsx")
    finally:
        store.close()
    book = load_workbook(tmp_path / "alles.xlsx")
    assert book.sheetnames == ["Doelen", "Mijlpalen", "Jaarmarkeringen", "Rollen", "Matrix",
                               "Organisaties", "Personen", "Financiering", "Vergaderingen",
                               "Agenda", "Besluitenlijst", "Actielijst"]
    goals = book["Doelen"]
    assert goals.freeze_panes == "A2"
    assert goals.auto_filter.ref == f"A1:K{goals.max_row}"
    headers = [c.value for c in goals[1]]
    title = goals.column_dimensions["B"].width
    level = goals.column_dimensions[chr(ord("A") + headers.index("Niveau"))].width
    assert title == 60 and 10 < level < 20  # long titles capped, short words narrow
    light_column = headers.index("Licht") + 1
    lights = {goals.cell(r, light_column).value: goals.cell(r, light_column).fill.fgColor.rgb
              for r in range(2, goals.max_row + 1) if goals.cell(r, light_column).value}
    assert lights == {"groen": "FF3E9B4F", "oranje": "FFF0A030", "rood": "FFD64541"}
    update = goals.cell(2, headers.index("Laatste update") + 1)
    dated = [goals.cell(r, headers.index("Laatste update") + 1)
             for r in range(2, goals.max_row + 1)]
    assert any(isinstance(c, Cell) and c.is_date and c.number_format == "DD-MM-YYYY"
               for c in dated), update
    funding = book["Financiering"]
    amount = funding.cell(2, 4)
    assert isinstance(amount.value, (int, float)) and "€" in amount.number_format
    actions = book["Actielijst"]
    due = actions.cell(2, 3)
    assert isinstance(due, Cell) and (due.is_date or due.value is None)
    matrix = book["Matrix"]
    assert matrix.max_column > 100  # one column per organisation with a role


def test_csv_opens_in_dutch_excel_without_a_wizard(sample_files: dict[str, Path],
                                                   tmp_path: Path) -> None:
    store = open_store(sample_files["large"])
    try:
        export_tables(store, "funding", tmp_path / "geld.csv")
        export_tables(store, "actions", tmp_path / "acties.csv")
    finally:
        store.close()
    data = (tmp_path / "geld.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Doel;Bron;Omschrijving;Bedrag;Jaar;Status;id"
    amount = lines[1].split(";")[3]
    assert "," in amount and "." not in amount  # decimal comma, e.g. 7300,00
    due = [line.split(";")[2] for line in (tmp_path / "acties.csv").read_text(
        "utf-8-sig").splitlines()[1:] if line.split(";")[2]]
    assert due and all(len(d) == 10 and d[2] == "-" and d[5] == "-" for d in due[:50])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, suffix: str) -> None:
    """A title starting with = or - is never run by Excel, and comes back as it was."""
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    store = open_store(path)
    try:
        with store.session() as session:
            ids = list(session.scalars(select(Goal.id).order_by(Goal.code)))
        update_goal(store, ids[0], title='=HYPERLINK("http://x.invalid","klik")')
        update_goal(store, ids[1], title="- eerste stap, dan de rest")
        before = dump(path)
        out = tmp_path / f"doelen{suffix}"
        export_tables(store, "goals", out)
        if suffix == ".xlsx":
            sheet = load_workbook(out)["Doelen"]
            cell = sheet["B2"]
            assert cell.data_type == "s" and str(cell.value).startswith("=HYPERLINK")
        else:
            text = out.read_text("utf-8-sig")
            assert "\"'=HYPERLINK(" in text and ";'- eerste stap" in text
        plan = import_file(store, out, "goals")
        assert (plan.added, plan.changed, plan.problems) == (0, 0, [])
    finally:
        store.close()
    assert dump(path) == before
