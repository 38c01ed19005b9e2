"""Bring a list in: read the file, map its columns, plan, and only then write (backup first).

`make_plan` never writes; `import_file` (the CLI) and the wizard both show or refuse the
problems of a plan first and write through `apply_plan` only when there are none.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from zorgdesk.store import Store
from zorgdesk.tables.import_goals import plan_goals
from zorgdesk.tables.import_lists import (
    plan_actions,
    plan_organisations,
    plan_people,
    plan_roles,
)
from zorgdesk.tables.mapping import (
    IMPORT_KINDS,
    Mapping,
    choose_sheet,
    guess_mapping,
    milestone_sheet,
)
from zorgdesk.tables.plan import (
    Cells,
    ImportPlan,
    Problem,
    TableImportError,
    apply_plan,
    refused,
)
from zorgdesk.tables.readers import Sheet, read_file

__all__ = ["IMPORT_KINDS", "ImportPlan", "Problem", "TableImportError", "import_file",
           "make_plan", "read_file"]

PLANNERS = {"organisations": plan_organisations, "people": plan_people,
            "actions": plan_actions, "roles": plan_roles}


def make_plan(store: Store, sheets: Sequence[Sheet], kind: str, *,
              sheet: Sheet | None = None, mapping: Mapping | None = None,
              source: str = "") -> ImportPlan:
    """What importing `sheet` (default: the best fitting one) as `kind` would do."""
    sheet = sheet or choose_sheet(sheets, kind)
    mapping = mapping or guess_mapping(sheet, kind)
    plan = ImportPlan(kind, source or sheet.name)
    cells = Cells(sheet, mapping, kind, plan.problems)
    if kind == "goals":
        extra = milestone_sheet(sheets, sheet)
        milestones = None
        if extra is not None:
            milestones = Cells(extra, guess_mapping(extra, "milestones"), "milestones",
                               plan.problems)
        plan_goals(store, cells, plan, milestones)
    else:
        PLANNERS[kind](store, cells, plan)
    order = {s.name: i for i, s in enumerate([sheet, *sheets])}
    plan.changes.sort(key=lambda c: (order.get(c.sheet, len(order)), c.row))  # as in the file
    return plan


def import_file(store: Store, path: Path, kind: str, *, dry_run: bool = False) -> ImportPlan:
    """Plan the import of `path`; unless `dry_run`, back up and write it in one transaction.

    Raises `TableImportError` (with every problem) and writes nothing when there are any.
    """
    path = Path(path)
    plan = make_plan(store, read_file(path), kind, source=path.name)
    if plan.problems:
        raise refused(plan.problems, path.name)
    if not dry_run and plan.steps:
        from zorgdesk.store.backup import make_backup

        make_backup(store.path, "voor-import")
        apply_plan(store, plan)
    return plan
