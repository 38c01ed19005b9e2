"""What an import will do, before it does it: problems by cell, changes by row, and steps.

A plan is made without writing anything. It holds every problem of the file at once (sheet,
cell, Dutch reason), the rows it adds and changes (for the preview), and the steps that make
those changes through the services; `apply_plan` runs the steps in one batch transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from zorgdesk.services.undo import State
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase
from zorgdesk.tables.mapping import FIELDS, Mapping
from zorgdesk.tables.readers import Sheet, cell_address
from zorgdesk.tables.values import BadValueError, is_empty

T = TypeVar("T")
Ids = dict[str, str]  # "new:<sheet>:<row>" -> id of the row the import made
Step = Callable[[Ids], object]


@dataclass(frozen=True, slots=True)
class Problem:
    sheet: str
    cell: str
    reason: Phrase

    @property
    def phrase(self) -> Phrase:
        return Phrase(QT_TRANSLATE_NOOP("StoreError", "Blad {sheet}, cel {cell}: {reason}"),
                      sheet=self.sheet, cell=self.cell, reason=self.reason)

    @property
    def message(self) -> str:
        return str(self.phrase)


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the preview: a record added, or changed in the named fields."""

    what: str  # Dutch noun marked for translation ("doel", "mijlpaal")
    added: bool
    sheet: str
    row: int  # 1-based, as Excel shows it
    name: str
    fields: tuple[str, ...] = ()  # Dutch field labels, marked for translation


@dataclass
class ImportPlan:
    kind: str
    source: str
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    tables: tuple[str, ...] = ()  # what undo captures
    rows_read: int = 0

    @property
    def added(self) -> int:
        return sum(1 for c in self.changes if c.added)

    @property
    def changed(self) -> int:
        return sum(1 for c in self.changes if not c.added)


class TableImportError(StoreError):
    """The file has problems; `problems` names each by sheet and cell."""

    problems: list[Problem]


def refused(problems: list[Problem], source: str) -> TableImportError:
    error = TableImportError(QT_TRANSLATE_NOOP(
        "StoreError", "Problemen in {source}: {count}. Er is niets ingelezen."),
        source=source, count=len(problems))
    error.problems = problems
    return error


def apply_plan(store: Store, plan: ImportPlan) -> Ids:
    """Run every step in one transaction; a refusal anywhere leaves the workspace as it was."""
    if plan.problems:
        raise refused(plan.problems, plan.source)
    ids: Ids = {}
    with store.batch():
        for step in plan.steps:
            step(ids)
    return ids


def step(fn: Callable[..., object], *args: Any) -> Step:
    """A step that needs no ids of rows the import made before it."""

    def run(_ids: Ids) -> object:
        return fn(*args)

    return run


BAD = object()  # a cell that could not be read (its problem is already recorded)


class Cells:
    """The mapped cells of one sheet, read with parsers that record problems by address."""

    def __init__(self, sheet: Sheet, mapping: Mapping, kind: str,
                 problems: list[Problem]) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.problems = problems
        self.labels = {f.key: f.label for f in FIELDS[kind]}

    def has(self, key: str) -> bool:
        return key in self.mapping.columns

    def rows(self) -> Iterator[int]:
        """Data rows (0-based) below the header that hold anything in a mapped column."""
        columns = list(self.mapping.columns.values())
        for row in range(self.mapping.header_row + 1, len(self.sheet.rows)):
            if any(not is_empty(self.sheet.value(row, c)) for c in columns):
                yield row

    def raw(self, row: int, key: str) -> Any:
        column = self.mapping.columns.get(key)
        return None if column is None else self.sheet.value(row, column)

    def address(self, row: int, key: str) -> str:
        column = self.mapping.columns.get(key, 0)
        return cell_address(row, column)

    def label(self, key: str) -> Phrase:
        return self.labels[key]

    def bad(self, row: int, key: str, reason: Phrase) -> None:
        self.problems.append(Problem(self.sheet.name, self.address(row, key), reason))

    def empty(self, row: int, key: str) -> None:
        self.bad(row, key, Phrase(QT_TRANSLATE_NOOP("StoreError", "{field} is leeg"),
                                  field=self.label(key)))

    def get(self, row: int, key: str, parse: Callable[[Any, Phrase], T]) -> Any:
        """The parsed value, None for an empty cell (or no column), BAD when it is wrong."""
        value = self.raw(row, key)
        if is_empty(value):
            return None
        try:
            return parse(value, self.label(key))
        except BadValueError as exc:
            self.bad(row, key, exc.reason)
            return BAD

    def need(self, key: str) -> bool:
        """Record a problem when the column `key` is missing; True when it is there."""
        if self.has(key):
            return True
        self.problems.append(Problem(
            self.sheet.name, cell_address(self.mapping.header_row, 0),
            Phrase(QT_TRANSLATE_NOOP("StoreError", "er is geen kolom voor {field}"),
                   field=self.label(key))))
        return False


def as_text(value: Any, _field: Phrase) -> str:
    from zorgdesk.tables.values import text

    return text(value) or ""


def fold(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def capture_tables(store: Store, names: tuple[str, ...]) -> State:
    """Every row of the tables an import may write: what its undo step swaps."""
    from sqlalchemy import true

    from zorgdesk.models import Base
    from zorgdesk.services.undo import read_rows

    state = State()
    with store.transaction() as session:
        for name in names:
            table = Base.metadata.tables[name]
            state.add(table, read_rows(session, table, true()))
    return state
