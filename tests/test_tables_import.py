"""Import of sheets other programs made, and every bad cell refused by address."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter  # type: ignore[import-untyped]
from openpyxl import Workbook
from sqlalchemy import select

from tests.helpers import make_small_workspace
from tests.store_helpers import dump
from zorgdesk.models import Action, Goal, Milestone, Organisation, Person, Role, StatusUpdate
from zorgdesk.store import Store, open_store
from zorgdesk.store.errors import Phrase
from zorgdesk.tables import values
from zorgdesk.tables.import_ import TableImportError, import_file
from zorgdesk.tables.plan import apply_plan
from zorgdesk.tables.readers import decode, delimiter_of, read_file


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return make_small_workspace(tmp_path / "proef.zorgdesk")


def write_openpyxl(path: Path, sheet: str, rows: list[list[Any]]) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def goals_of(store: Store) -> dict[str, Goal]:
    with store.session() as session:
        return {g.code or g.title: g for g in session.scalars(select(Goal))}


def test_a_werkagenda_kept_in_excel_comes_in(small: Path, tmp_path: Path) -> None:
    """Title row above the header, a merged theme cell, Dutch headers, a date typed as text."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Werkagenda 2025"
    ws.append(["Werkagenda Netwerkaanpak 2025"])
    ws.append([])
    ws.append(["Nr", "Doel", "Thema", "Trekker", "Deadline", "Status"])
    ws.append(["2.1.1.C", "Mantelzorg ontlasten", "Netwerkaanpak", "Gemeente Emmen",
               "15-12-2026", "groen"])
    ws.append(["2.1.1.D", "Wijkverpleging versterken", None, None, 2027, None])
    ws.append([None, None, None, None, None, None])
    ws.append(["2.1.1.A", "Netwerk dementie overal dekkend", "Netwerkaanpak", None, None, None])
    ws.merge_cells("C4:C5")
    book.save(tmp_path / "werkagenda.xlsx")
    store = open_store(small)
    try:
        plan = import_file(store, tmp_path / "werkagenda.xlsx", "goals")
        assert (plan.added, plan.changed) == (2, 1)
        goals = goals_of(store)
        new, other, old = goals["2.1.1.C"], goals["2.1.1.D"], goals["2.1.1.A"]
        assert new.title == "Mantelzorg ontlasten" and new.target_year == 2026
        assert other.theme_id == new.theme_id == old.theme_id  # from the merged cell
        assert other.target_year == 2027
        assert old.title == "Netwerk dementie overal dekkend"
        with store.session() as session:
            assert session.scalars(select(Role.organisation_id).where(
                Role.goal_id == new.id, Role.role == "trekker")).all() == [
                session.scalars(select(Organisation.id)).one()]
            assert session.scalars(select(StatusUpdate.light).where(
                StatusUpdate.goal_id == new.id)).all() == ["groen"]
        again = import_file(store, tmp_path / "werkagenda.xlsx", "goals")
        assert (again.added, again.changed) == (0, 0)  # matched by code: no duplicates
    finally:
        store.close()


def test_an_action_list_from_xlsxwriter_with_formulas_and_dates(small: Path,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "acties.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Acties")
    day = book.add_format({"num_format": "dd-mm-yyyy"})
    ws.write_row(0, 0, ["Nr", "Actie", "Eigenaar", "Deadline", "Status", "Overleg"])
    ws.write_row(1, 0, [1, "Notitie valpreventie rondsturen", "Gemeente Emmen"])
    ws.write_datetime(1, 3, datetime(2026, 3, 1), day)
    ws.write_row(1, 4, ["open", "AST"])
    ws.write_row(2, 0, [2])
    ws.write_formula(2, 1, '="Begroting "&"2027 opstellen"', None, "Begroting 2027 opstellen")
    ws.write_row(2, 2, ["gemeente emmen", "1-4-2026", "gereed", "ast"])
    book.close()
    store = open_store(small)
    try:
        plan = import_file(store, path, "actions")
        assert plan.added == 2
        with store.session() as session:
            actions = {a.text: a for a in session.scalars(select(Action))}
        first = actions["Notitie valpreventie rondsturen"]
        second = actions["Begroting 2027 opstellen"]
        assert first.due == date(2026, 3, 1) and str(first.status) == "open"
        assert second.due == date(2026, 4, 1) and str(second.status) == "gereed"
        assert second.done_on is not None and first.owner_organisation_id is not None
        assert first.body_id == second.body_id is not None
    finally:
        store.close()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_a_csv_as_dutch_excel_writes_it(small: Path, tmp_path: Path, encoding: str) -> None:
    text = ("Naam;Afkorting;Soort;Inwoners;Notities\r\n"
            "Gemeente Coevorden;Coevorden;gemeente;35.372;Zuidoost-Drenthe\r\n"
            'Stichting Zorg & Welzijn;SZW;welzijn;;"Cliëntenraad; betrokken"\r\n'
            "Gemeente Emmen;Emmen;gemeente;107.500;\r\n")
    path = tmp_path / "partners.csv"
    path.write_bytes(text.encode(encoding))
    store = open_store(small)
    try:
        plan = import_file(store, path, "organisations")
        assert (plan.added, plan.changed) == (2, 1)
        with store.session() as session:
            orgs = {o.name: o for o in session.scalars(select(Organisation))}
        assert orgs["Gemeente Coevorden"].population == 35_372
        assert orgs["Stichting Zorg & Welzijn"].notes == "Cliëntenraad; betrokken"
        assert orgs["Gemeente Emmen"].population == 107_500 and len(orgs) == 3
    finally:
        store.close()


def test_people_and_roles_come_in_pointing_at_what_exists(small: Path, tmp_path: Path) -> None:
    write_openpyxl(tmp_path / "mensen.xlsx", "Personen", [
        ["Naam", "Organisatie", "Functie", "E-mail", "Publiceerbaar"],
        ["Anja Bakker", "Gemeente Emmen", "beleidsadviseur", "a.bakker@emmen.nl", "ja"]])
    write_openpyxl(tmp_path / "rollen.xlsx", "Rollen", [
        ["Doel", "Persoon", "Rol", "Hoedanigheid"],
        ["2.1.1.B", "Anja Bakker", "betrokken", "schrijfteam"],
        [None, None, None, None],
        ["2.1.1.A", "Anja Bakker", "trekker", None]])
    store = open_store(small)
    try:
        assert import_file(store, tmp_path / "mensen.xlsx", "people").added == 1
        assert import_file(store, tmp_path / "rollen.xlsx", "roles").added == 2
        with store.session() as session:
            person = session.scalars(select(Person)).one()
            assert person.publishable and person.organisation_id is not None
            assert sorted(str(r.role) for r in session.scalars(
                select(Role).where(Role.person_id == person.id))) == ["betrokken", "trekker"]
    finally:
        store.close()


def test_milestones_come_with_their_goals(small: Path, tmp_path: Path) -> None:
    book = Workbook()
    goals = book.active
    assert goals is not None
    goals.title = "Doelen"
    goals.append(["Code", "Titel", "Thema", "Bovenliggend"])
    goals.append(["2.1.1.C", "Respijtzorg", "Netwerkaanpak", "2.1.1"])
    milestones = book.create_sheet("Mijlpalen")
    milestones.append(["Doel", "Mijlpaal", "Kwartaal", "Jaar", "Datum"])
    milestones.append(["2.1.1.C", "Pilot gestart", 3, 2026, None])
    milestones.append(["2.1.1.B", "Aanpak vastgesteld", None, None, "30-06-2025"])
    book.save(tmp_path / "plan.xlsx")
    store = open_store(small)
    try:
        plan = import_file(store, tmp_path / "plan.xlsx", "goals")
        assert (plan.added, plan.changed) == (2, 1)
        goals_now = goals_of(store)
        assert goals_now["2.1.1.C"].parent_id == goals_now["2.1.1"].id
        with store.session() as session:
            rows = {m.title: m for m in session.scalars(select(Milestone))}
        assert (rows["Pilot gestart"].quarter, rows["Pilot gestart"].goal_id) == (
            3, goals_now["2.1.1.C"].id)
        moved = rows["Aanpak vastgesteld"]  # changed, not doubled
        assert (str(moved.precision), moved.due_date) == ("datum", date(2025, 6, 30))
    finally:
        store.close()


# --- bad cells ---------------------------------------------------------------------------

GOAL_HEADER = ["Code", "Titel", "Thema", "Bovenliggend", "Streefjaar"]
BAD_CELLS = [
    ("wrong type", "goals", GOAL_HEADER,
     ["2.1.1.C", "Nieuw doel", "Netwerkaanpak", "2.1.1", "twintig"],
     "Blad Blad1, cel E3: streefjaar 'twintig' is geen jaar"),
    ("unknown theme", "goals", GOAL_HEADER,
     ["9.1", "Nieuw doel", "Ruimtevaart", None, 2026],
     "Blad Blad1, cel C3: thema 'Ruimtevaart' bestaat niet"),
    ("unknown parent code", "goals", GOAL_HEADER,
     ["2.1.7.A", "Nieuw doel", "Netwerkaanpak", "2.1.7", 2026],
     "Blad Blad1, cel D3: bovenliggend doel '2.1.7' bestaat niet"),
    ("duplicate code", "goals", GOAL_HEADER,
     ["2.1.1.Z", "Nog een doel", "Netwerkaanpak", "2.1.1", 2026],
     "Blad Blad1, cel A3: code '2.1.1.Z' staat ook in cel A2"),
    ("date out of range", "actions", ["Actie", "Deadline"], ["Oude actie", "01-01-1850"],
     "Blad Blad1, cel B3: deadline 01-01-1850 ligt niet tussen 1990 en 2100"),
    ("empty title", "goals", GOAL_HEADER, [None, None, "Netwerkaanpak", "2.1.1", 2026],
     "Blad Blad1, cel B3: titel is leeg"),
]


@pytest.mark.parametrize(("case", "kind", "header", "bad", "message"), BAD_CELLS,
                         ids=[c[0] for c in BAD_CELLS])
def test_a_bad_cell_is_refused_by_its_address(small: Path, tmp_path: Path, case: str,
                                              kind: str, header: list[Any], bad: list[Any],
                                              message: str) -> None:
    good = (["2.1.1.Z", "Goed doel", "Netwerkaanpak", "2.1.1", 2026] if kind == "goals"
            else ["Goede actie", "01-02-2026"])
    path = write_openpyxl(tmp_path / "fout.xlsx", "Blad1", [header, good, bad])
    before = dump(small)
    store = open_store(small)
    try:
        with pytest.raises(TableImportError) as caught:
            import_file(store, path, kind)
    finally:
        store.close()
    assert [p.message for p in caught.value.problems] == [message]
    assert dump(small) == before  # the good row was not written either


def test_all_problems_at_once_and_a_nonzero_exit(small: Path, tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "fout.xlsx", "Doelen", [
        GOAL_HEADER,
        ["2.1.1.C", "Goed", "Netwerkaanpak", "2.1.1", "twintig"],
        ["2.1.1.C", "Dubbel", "Ruimtevaart", "2.1.1", 2026],
        ["2.1.1.E", "", "Netwerkaanpak", "8.8", 2026]])
    before = dump(small)
    result = subprocess.run(
        [sys.executable, "-m", "zorgdesk", "table-import", str(small), str(path),
         "--what", "goals"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "Blad Doelen, cel E2: streefjaar 'twintig' is geen jaar" in lines
    assert "Blad Doelen, cel C3: thema 'Ruimtevaart' bestaat niet" in lines
    assert "Blad Doelen, cel B4: titel is leeg" in lines
    assert "Blad Doelen, cel D4: bovenliggend doel '8.8' bestaat niet" in lines
    assert lines[-1] == "zorgdesk: Problemen in fout.xlsx: 4. Er is niets ingelezen."
    assert dump(small) == before


def test_cli_exports_imports_and_dry_runs(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "doelen.xlsx"
    done = subprocess.run([sys.executable, "-m", "zorgdesk", "table-export", str(small),
                           "--what", "goals", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and out.exists()
    write_openpyxl(tmp_path / "nieuw.xlsx", "Doelen", [
        ["Nr", "Doel", "Thema"], ["2.2.1", "Sociale basis in elke wijk", "Sterke sociale basis"]])
    before = dump(small)
    dry = subprocess.run([sys.executable, "-m", "zorgdesk", "table-import", str(small),
                          str(tmp_path / "nieuw.xlsx"), "--what", "goals", "--dry-run"],
                         capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0, dry.stderr
    assert "Zou inlezen: 1 nieuw, 0 gewijzigd, 0 ongewijzigd." in dry.stdout
    assert dump(small) == before


def test_a_refusal_halfway_leaves_nothing_written(small: Path, tmp_path: Path) -> None:
    """The steps share one transaction: a service refusing the last one undoes the first."""
    from zorgdesk.tables.import_ import make_plan

    path = write_openpyxl(tmp_path / "p.xlsx", "Doelen", [
        ["Code", "Titel", "Thema"], ["2.2.1", "Een", "Sterke sociale basis"],
        ["2.2.2", "Twee", "Sterke sociale basis"]])
    before = dump(small)
    store = open_store(small)
    try:
        plan = make_plan(store, read_file(path), "goals")
        assert len(plan.steps) == 2

        def refuse(_ids: object) -> None:
            from zorgdesk.store import StoreError
            from zorgdesk.store.errors import QT_TRANSLATE_NOOP

            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))

        plan.steps.append(refuse)
        with pytest.raises(Exception, match="bestaat niet meer"):
            apply_plan(store, plan)
    finally:
        store.close()
    assert dump(small) == before


def test_values_as_people_type_them() -> None:
    label = Phrase("bedrag")
    assert values.number("1.234,56", label) == 1234.56
    assert values.number("€ 7.300,00", label) == 7300.0
    assert values.number("12,5", label) == 12.5
    assert values.calendar_date("15-12-2026", label) == date(2026, 12, 15)
    assert values.calendar_date("3 februari 2025", label) == date(2025, 2, 3)
    assert values.calendar_date(46000, label) == date(2025, 12, 9)  # an Excel serial
    assert values.year("2027 >", label) == 2027
    with pytest.raises(values.BadValueError, match="'twintig' is geen jaar"):
        values.year("twintig", label)
    assert delimiter_of('a,"b;c",d\n') == ","
    assert delimiter_of("a;b,c;d\n") == ";"
    assert decode("Cliëntenraad".encode("cp1252")) == "Cliëntenraad"


def test_a_trekker_whose_name_holds_a_comma_is_found_whole(small: Path, tmp_path: Path) -> None:
    from zorgdesk.services.partners.organisations import save_organisation

    store = open_store(small)
    try:
        save_organisation(store, None, {"name": "Zorggroep Noord, locatie Assen",
                                        "kind": "VVT"})
        path = write_openpyxl(tmp_path / "t.xlsx", "Doelen", [
            ["Code", "Titel", "Thema", "Trekker"],
            ["2.1.1.B", "Valpreventie in elke gemeente", "Netwerkaanpak",
             "Zorggroep Noord, locatie Assen; Gemeente Emmen"]])
        plan = import_file(store, path, "goals")
        assert plan.changed == 1
        with store.session() as session:
            leads = sorted(session.scalars(
                select(Organisation.name).join(Role, Role.organisation_id == Organisation.id)
                .join(Goal, Goal.id == Role.goal_id)
                .where(Goal.code == "2.1.1.B", Role.role == "trekker")))
        assert leads == ["Gemeente Emmen", "Zorggroep Noord, locatie Assen"]
        bad = write_openpyxl(tmp_path / "b.xlsx", "Doelen", [
            ["Code", "Titel", "Thema", "Trekker"],
            ["2.1.1.B", "Valpreventie", "Netwerkaanpak", "Gemeente Emmen, GGD Nergens"]])
        with pytest.raises(TableImportError) as caught:
            import_file(store, bad, "goals")
        assert [p.message for p in caught.value.problems] == [
            "Blad Doelen, cel D2: 'GGD Nergens' is geen bekende organisatie of persoon"]
    finally:
        store.close()
