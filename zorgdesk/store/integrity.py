"""Is a workspace file sound? A quick check at open, and the full check of `zorgdesk check`.

Cost measured on a 28 MB workspace (40,000 goals, warm cache): `PRAGMA quick_check` 30 ms,
`PRAGMA integrity_check` 90 ms. Opening a file therefore always runs `quick_check` on a
read-only connection *before* anything may write to the file, so a damaged file is refused
unchanged; the full `integrity_check` and the foreign-key check are for `zorgdesk check`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, CorruptWorkspaceError, Phrase, StoreError
from zorgdesk.store.schema import HEAD_VERSION, REVISIONS, at_rest, read_facts, sqlite_uri

_CANNOT_PROBE = ("unable to open", "readonly", "read-only", "locked")


def _readonly(path: Path, *, locked: bool = False) -> sqlite3.Connection:
    """A read-only connection. With the workspace lock held and no -wal/-journal beside the
    file it reads it as immutable, so a refused file gets no -wal/-shm files either."""
    immutable = locked and at_rest(path)
    conn = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # damaged text stays readable
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def corrupt_error(path: Path, detail: str | Phrase) -> CorruptWorkspaceError:
    return CorruptWorkspaceError(QT_TRANSLATE_NOOP(
        "StoreError", "De werkruimte {name} is beschadigd ({detail}). ZorgDesk opent het "
        "bestand niet en wijzigt het niet; zet de nieuwste goede reservekopie terug."),
        name=Path(path).name, detail=detail)


def _unreadable_schema() -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("StoreError", "het schema is onleesbaar"))


# Declared column types that never hold text; every other column is decoded.
_NOT_TEXT = ("INT", "FLOAT", "REAL", "DOUBLE", "NUMERIC", "DECIMAL", "BOOL", "BLOB")


def damaged_text(conn: sqlite3.Connection) -> str | None:
    """'goal.title' when a text value of that column is not valid UTF-8, else None.

    SQLite stores text as bytes without checking it, so a flipped byte only shows when the
    value is read (sqlite3 raises "Could not decode to UTF-8"). One scan per table: the
    text columns of each row are joined in SQL and decoded in Python (on `large`, 36 MB,
    about 95 ms; see benchmarks/bench_open_check.py).
    """
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        tables = [_name(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            columns = [_name(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')
                       if not any(t in _name(r[2]).upper() for t in _NOT_TEXT)]
            if not columns or not _damaged(conn, table, columns):
                continue
            for column in columns:  # only on damage: which column, for the message
                if _damaged(conn, table, [column]):
                    return f"{table}.{column}"
            return table
    finally:
        conn.text_factory = previous
    return None


def _name(raw: object) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _damaged(conn: sqlite3.Connection, table: str, columns: list[str]) -> bool:
    """Does any text value of `columns` in `table` fail to decode? Rows and values are joined
    with a newline, which no damaged byte sequence can complete into valid UTF-8."""
    value = " || char(10) || ".join(
        f"coalesce(CASE WHEN typeof(\"{c}\")='text' THEN \"{c}\" END, '')" for c in columns)
    try:
        row = conn.execute(f'SELECT group_concat({value}, char(10)) FROM "{table}"').fetchone()
        chunks: list[object] = [row[0]]
    except sqlite3.DataError:  # more text than one string may hold: row by row
        chunks = [r[0] for r in conn.execute(f'SELECT {value} FROM "{table}"')]
    for chunk in chunks:
        if isinstance(chunk, bytes):
            try:
                chunk.decode("utf-8")
            except UnicodeDecodeError:
                return True
    return False


TREES = ("goal", "agenda_item")  # tables whose parent_id makes a tree


def cycle_in(conn: sqlite3.Connection) -> str | None:
    """The table whose parent_id chain runs in a circle (its rows never show), or None.

    Every row of a tree is reachable from a row without a parent; rows in or under a circle
    are not. Counted in one recursive query per tree.
    """
    for table in TREES:
        try:
            row = conn.execute(
                f"WITH RECURSIVE reach(id) AS (SELECT id FROM {table} WHERE parent_id IS NULL "
                f"UNION SELECT t.id FROM {table} t JOIN reach r ON t.parent_id = r.id) "
                f"SELECT (SELECT count(*) FROM {table} WHERE parent_id IS NULL OR parent_id "
                f"IN (SELECT id FROM {table})) - (SELECT count(*) FROM reach)").fetchone()
        except sqlite3.OperationalError:  # an older schema without this table
            continue
        if row and row[0]:
            return table
    return None


def cycle_phrase(table: str) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP(
        "StoreError", "de ouder-kindrelaties in {table} vormen een kring"), table=table)


def version_problem(conn: sqlite3.Connection, path: Path, user_version: int) -> str | None:
    """Dutch text when the file's alembic_version and its user_version disagree."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        row = None
    revision = str(row[0]) if row else None
    if revision not in REVISIONS:
        return (f"De werkruimte {path.name} noemt geen bekende schemarevisie "
                f"({revision or 'geen'}).")
    if user_version != REVISIONS.index(revision) + 1:
        return (f"In {path.name} spreken schemaversie {user_version} en revisie {revision} "
                f"elkaar tegen.")
    return None


def verify_connection(conn: sqlite3.Connection, path: Path) -> None:
    """Raise `CorruptWorkspaceError` for any damage a reader or writer would trip over.

    `integrity_check` (not `quick_check`: only it compares indexes with their tables, and a
    write through a damaged index spreads the damage), invalid UTF-8 in text, rows that
    point at nothing (the same rule the JSON import applies), and an Alembic revision that
    disagrees with the header's version. On `large` (36 MB) about 210 ms in all.
    """
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
        verdicts = [str(row[0]) for row in rows]
        if verdicts != ["ok"]:
            raise corrupt_error(path, "; ".join(verdicts[:2]))
        column = damaged_text(conn)
        if column is not None:
            raise corrupt_error(path, Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "onleesbare tekst in {column}"), column=column))
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise corrupt_error(path, Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "{count} rij(en) verwijzen naar rijen die niet bestaan, "
                "bijvoorbeeld in {table}"), count=len(broken), table=broken[0][0]))
        tree = cycle_in(conn)
        if tree is not None:
            raise corrupt_error(path, cycle_phrase(tree))
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        problem = version_problem(conn, path, user_version)
        if problem is not None:
            raise corrupt_error(path, problem)
    except UnicodeDecodeError as exc:  # SQLite's own error text quotes the damaged bytes
        raise corrupt_error(path, _unreadable_schema()) from exc


def quick_verify(path: Path, *, locked: bool = False, reader: bool = False) -> None:
    """Raise `CorruptWorkspaceError` when `path` is damaged (see `verify_connection`).

    Runs read-only (`locked`: the caller holds the workspace lock, see `_readonly`). When a
    read-only look is impossible (a write-ahead log without its shared-memory file, a hot
    journal) the check is left to the first real connection. A file the app closed cleanly
    and nothing touched since was checked when the app opened it; the app (`locked`) and a
    reader that reads beside any writer (`reader`: a report) skip the deep check for it.
    """
    path = Path(path)
    if locked or reader:  # a file the app closed cleanly and nothing touched since
        from zorgdesk.store.verified import unchanged_since_clean_close

        if unchanged_since_clean_close(path):
            return
    try:
        conn = _readonly(path, locked=locked)
    except sqlite3.Error:
        return
    try:
        verify_connection(conn, path)
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if any(marker in text for marker in _CANNOT_PROBE):
            return
        raise corrupt_error(path, str(exc)) from exc
    finally:
        conn.close()


@dataclass
class CheckReport:
    """What `zorgdesk check` found; `problems` are Dutch sentences, empty when all is well."""

    path: Path
    user_version: int | None = None
    alembic_revision: str | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        name = self.path.name
        out = [f"Controle van {self.path}"]
        if self.user_version is not None:
            state = "actueel" if self.user_version == HEAD_VERSION else (
                f"ouder dan deze app ({HEAD_VERSION}); wordt bijgewerkt bij openen"
            )
            out.append(f"  Schemaversie: {self.user_version} ({state}), "
                       f"revisie {self.alembic_revision or 'onbekend'}")
        if self.integrity:
            out.append("  Integriteit: " + ("in orde" if self.integrity == ["ok"]
                                            else f"{len(self.integrity)} fout(en)"))
        if self.counts:
            out.append("  Verwijzingen: " + ("in orde" if not self.foreign_key_problems
                                             else f"{len(self.foreign_key_problems)} fout(en)"))
            filled = {t: n for t, n in self.counts.items() if n and t != "alembic_version"}
            out.append(f"  Rijen: {sum(filled.values())} in {len(filled)} tabellen")
            out.extend(f"    {table}: {count}" for table, count in sorted(filled.items()))
        if self.ok:
            out.append(f"De werkruimte {name} is in orde.")
        else:
            out.append(f"De werkruimte {name} is NIET in orde:")
            out.extend(f"  - {problem}" for problem in self.problems)
        return out


def check_file(path: Path) -> CheckReport:
    """Integrity, foreign keys, schema version and row counts of `path`, read-only."""
    path = Path(path)
    report = CheckReport(path=path)
    try:
        facts = read_facts(path)
    except StoreError as exc:
        report.problems.append(exc.message)
        return report
    report.user_version = facts.user_version
    from zorgdesk.store.lock import WorkspaceLock

    lock = WorkspaceLock(path)
    # Not open in ZorgDesk: read it as it lies, leaving no -wal/-shm behind. Open elsewhere:
    # an ordinary read-only look next to the writer.
    with contextlib.suppress(StoreError):
        lock.acquire()
    try:
        try:
            conn = _readonly(path, locked=lock.held)
        except sqlite3.Error as exc:
            report.problems.append(f"Het bestand {path.name} kan niet worden geopend ({exc}).")
            return report
        try:
            _check_open(conn, report)
        except UnicodeDecodeError:
            report.problems.append(corrupt_error(path, _unreadable_schema()).message)
        except sqlite3.DatabaseError as exc:
            report.problems.append(corrupt_error(path, str(exc)).message)
        finally:
            conn.close()
    finally:
        lock.release()
    return report


def _check_open(conn: sqlite3.Connection, report: CheckReport) -> None:
    name = report.path.name
    report.integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
    if report.integrity != ["ok"]:
        report.problems.append(
            corrupt_error(report.path, "; ".join(report.integrity[:3])).message)
        return
    tables = [
        str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        row = None
    report.alembic_revision = str(row[0]) if row else None
    problem = version_problem(conn, report.path, report.user_version or 0)
    if problem is not None:
        report.problems.append(problem)
    column = damaged_text(conn)
    if column is not None:
        report.problems.append(corrupt_error(report.path, Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "onleesbare tekst in {column}"), column=column)).message)
    tree = cycle_in(conn)
    if tree is not None:
        report.problems.append(corrupt_error(report.path, cycle_phrase(tree)).message)
    from zorgdesk.store.rules import violations

    impossible = violations(conn)
    if impossible:
        report.problems.append(
            f"In {name} staan onmogelijke waarden ({'; '.join(impossible[:3])}); ZorgDesk "
            "weigert die bij invoer en import. Pas ze aan of zet een reservekopie terug.")
    if report.user_version == HEAD_VERSION:
        from zorgdesk.models import Base

        missing = sorted(set(Base.metadata.tables) - set(tables))
        if missing:
            report.problems.append(
                f"In {name} ontbreken tabellen: {', '.join(missing)}."
            )
    for table in tables:
        count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        report.counts[table] = int(count)
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        report.foreign_key_problems.append(f"{table} rij {rowid} verwijst naar een ontbrekende "
                                           f"rij in {parent}")
    if report.foreign_key_problems:
        shown = "; ".join(report.foreign_key_problems[:3])
        report.problems.append(
            f"In {name} verwijzen {len(report.foreign_key_problems)} rij(en) naar rijen die niet "
            f"bestaan ({shown})."
        )
