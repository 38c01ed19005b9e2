"""Every report of the Noord-Limburg sample, internal and public: the internal edition names
its people, the public one names none of those who may not be published."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select

from zorgdesk.models import Role
from zorgdesk.reports import REPORTS, ReportOptions, build_report
from zorgdesk.services.workspace import versions
from zorgdesk.store import open_store

# Reports whose internal edition shows people of this sample (members, leads, initiators).
NAMES_PEOPLE = ("agenda", "meeting-pack", "minutes", "werkagenda", "progress", "matrix",
                "changes")


def text_of(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture(scope="module")
def people(sample_files: dict[str, Path]) -> tuple[Path, list[str], list[str]]:
    path = sample_files["noord-limburg"]
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, publishable FROM person").fetchall()
    finally:
        conn.close()
    hidden = [name for name, publishable in rows if not publishable]
    shown = [name for name, publishable in rows if publishable]
    assert hidden, "the sample should have people who may not be published"
    return path, hidden, shown


@pytest.mark.parametrize("kind", list(REPORTS))
def test_internal_names_people_public_does_not(
    people: tuple[Path, list[str], list[str]], tmp_path: Path, kind: str
) -> None:
    path, hidden, shown = people
    made_on, since = date(2022, 6, 1), date(2022, 1, 1)
    version = None
    if REPORTS[kind].needs_version:
        # Compared with an adopted version from before every person's role was made.
        path = tmp_path / "met-versie.zorgdesk"
        shutil.copyfile(people[0], path)
        version = "Vastgesteld"
        with open_store(path) as store:
            with store.transaction() as session:
                held = [dict(r) for r in session.execute(select(Role.__table__).where(
                    Role.person_id.is_not(None))).mappings()]
                session.execute(delete(Role).where(Role.person_id.is_not(None)))
            versions.adopt_version(store, version, "de BST", date(2022, 1, 1))
            with store.transaction() as session:
                session.execute(insert(Role), held)
    internal = text_of(build_report(kind, path, tmp_path / "i.pdf",
                                    ReportOptions(made_on=made_on, since=since, version=version)))
    public = text_of(build_report(kind, path, tmp_path / "p.pdf",
                                  ReportOptions(public=True, made_on=made_on, since=since,
                                                version=version)))
    named = [n for n in hidden if n in internal]
    leaked = [n for n in hidden if n in public]
    assert not leaked, f"{kind}: public edition names {leaked}"
    if kind in NAMES_PEOPLE:
        assert named, f"{kind}: internal edition names nobody"
    for name in shown:
        if name in internal:
            assert name in public
    assert "Publieksversie" in public and "Intern" in internal
    from zorgdesk.reports.pdfa import validate

    result = validate(tmp_path / "p.pdf")
    assert result.passed, result.problems
