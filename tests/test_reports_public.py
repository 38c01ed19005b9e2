"""Every report of the Noord-Limburg sample, internal and public: the internal edition names
its people, the public one names none of those who may not be published."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from zorgdesk.reports import REPORTS, ReportOptions, build_report

# Reports whose internal edition shows people of this sample (members, leads, initiators).
NAMES_PEOPLE = ("agenda", "meeting-pack", "minutes", "werkagenda", "progress", "matrix")


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
    internal = text_of(build_report(kind, path, tmp_path / "i.pdf",
                                    ReportOptions(made_on=made_on, since=since)))
    public = text_of(build_report(kind, path, tmp_path / "p.pdf",
                                  ReportOptions(public=True, made_on=made_on, since=since)))
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
