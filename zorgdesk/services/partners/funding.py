"""Funding lines per goal or for the whole work agenda, their totals, and storing a cost split.

Amounts are whole cents in the store; the split works in whole euros as the plans do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from zorgdesk.services.undo import State, capture_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

STATUSES = ("toegezegd", "beoogd")


@dataclass(frozen=True, slots=True)
class FundingRow:
    id: str
    goal_id: str | None
    goal: str | None  # code and title, or None for the whole work agenda
    source_id: str | None
    source: str
    amount_cents: int
    year: int | None
    status: str
    description: str | None


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: str
    population: int | None = None
    kind: str | None = None


def list_funding(store: Store) -> list[FundingRow]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT f.id, f.goal_id, CASE WHEN g.id IS NULL THEN NULL ELSE "
            "trim(coalesce(g.code, '') || ' ' || g.title) END, f.source_organisation_id, "
            "coalesce(o.name, f.source_name, ''), f.amount_cents, f.year, f.status, "
            "f.description FROM funding_line f LEFT JOIN goal g ON g.id = f.goal_id "
            "LEFT JOIN organisation o ON o.id = f.source_organisation_id "
            "ORDER BY f.year IS NULL, f.year, 5").fetchall()
    finally:
        conn.close()
    return [FundingRow(*r) for r in rows]


def totals(rows: list[FundingRow]) -> tuple[dict[int | None, int], dict[str, int]]:
    """Cents per year (None: no year) and per source."""
    per_year: dict[int | None, int] = defaultdict(int)
    per_source: dict[str, int] = defaultdict(int)
    for row in rows:
        per_year[row.year] += row.amount_cents
        per_source[row.source] += row.amount_cents
    return dict(per_year), dict(per_source)


def organisations(store: Store) -> list[Choice]:
    conn = store.reader()
    try:
        return [Choice(str(i), n, p, k) for i, n, p, k in conn.execute(
            "SELECT id, name, population, kind FROM organisation ORDER BY kind != 'gemeente', "
            "name")]
    finally:
        conn.close()


def goals(store: Store) -> list[Choice]:
    from zorgdesk.services.goals.tree import load_goal_tree

    return [Choice(g.id, f"{g.code} {g.title}" if g.code else g.title)
            for g in load_goal_tree(store, details=False).goals]


def capture_lines(store: Store, ids: list[str]) -> State:
    return capture_rows(store, "funding_line", ids)


def _check(amount_cents: int, year: int | None, status: str) -> None:
    if amount_cents <= 0:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een bedrag moet groter zijn dan nul."))
    if year is not None and not 1990 <= year <= 2100:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Het jaar moet tussen 1990 en 2100 liggen."))
    if status not in STATUSES:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekende stand: {status}. Kies toegezegd of beoogd."), status=status)


def add_line(store: Store, *, source_id: str | None, amount_cents: int, year: int | None,
             status: str = "toegezegd", goal_id: str | None = None,
             description: str | None = None) -> str:
    from zorgdesk.models import FundingLine, FundingStatus

    _check(amount_cents, year, status)
    with store.transaction() as session:
        line = FundingLine(goal_id=goal_id, source_organisation_id=source_id,
                           amount_cents=amount_cents, year=year,
                           status=FundingStatus(status),
                           description=(description or "").strip() or None)
        session.add(line)
        session.flush()
        return line.id


def update_line(store: Store, line_id: str, *, source_id: str | None, amount_cents: int,
                year: int | None, status: str, goal_id: str | None,
                description: str | None) -> None:
    from zorgdesk.models import FundingLine, FundingStatus

    _check(amount_cents, year, status)
    with store.transaction() as session:
        line = session.get(FundingLine, line_id)
        if line is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Deze financieringsregel bestaat niet meer."))
        line.source_organisation_id = source_id
        line.amount_cents, line.year = amount_cents, year
        line.status = FundingStatus(status)
        line.goal_id = goal_id
        line.description = (description or "").strip() or None


def delete_lines(store: Store, line_ids: list[str]) -> None:
    from zorgdesk.models import FundingLine

    with store.transaction() as session:
        for line_id in line_ids:
            line = session.get(FundingLine, line_id)
            if line is not None:
                session.delete(line)


def store_split(store: Store, shares_euros: Mapping[str, int], *, year: int | None,
                status: str, goal_id: str | None, description: str | None) -> list[str]:
    """One funding line per organisation with a share above zero, in one transaction."""
    from zorgdesk.models import FundingLine, FundingStatus

    if not any(shares_euros.values()):
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Er is niets te verdelen."))
    _check(1, year, status)
    with store.transaction() as session:
        lines = [FundingLine(goal_id=goal_id, source_organisation_id=org_id,
                             amount_cents=euros * 100, year=year,
                             status=FundingStatus(status),
                             description=(description or "").strip() or None)
                 for org_id, euros in shares_euros.items() if euros > 0]
        session.add_all(lines)
        session.flush()
        return [line.id for line in lines]
