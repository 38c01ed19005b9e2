"""What may be stored at all: one table of rules, applied at every door.

The same rules guard the JSON import (`check_row` on every row before anything is written),
every edit through a Session of a Store (`install`: a before_flush hook, so no service can
forget them) and `zorgdesk check` (`violations`: the same rules as SQL over a file).
Impossible values are refused here because the pages and reports trusted them: quarter 9
and month 13 crashed the timeline, year 9999 and 10**9 hung it, a 1..9999 period made a
10,001-column table and a meeting on 9999-12-31 overflowed the iCalendar export.

Limits, chosen to be far beyond real plans and well within what a page or report lays out
quickly:
- years (also of every date and time): 1990 to 2100;
- quarter 1-4, month 1-12, weekday 1-7, minutes 0-1440, interval 1-24 months;
- numbers finite and at most 10**12 in size; amounts at most 10**13 cents (EUR 100 billion);
- titles and names at most 1,000 characters (the longest in the samples is 336), other text
  at most 100,000; a String(n) column at most n; a title or name needs a visible character
  (spaces and zero-width characters alone are not a title);
- e-mail addresses as name@domain.tld, without empty labels ('jan@x..nl' is refused).
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError

YEAR_MIN, YEAR_MAX = 1990, 2100
TITLE_MAX = 1_000
TEXT_MAX = 100_000
NUMBER_MAX = 1e12
CENTS_MAX = 10**13

EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")

# Integer columns with a range: (table, column) -> (low, high, Dutch label).
INT_RANGES: dict[tuple[str, str], tuple[int, int, str]] = {
    ("milestone", "year"): (YEAR_MIN, YEAR_MAX, "het jaar"),
    ("milestone", "quarter"): (1, 4, "het kwartaal"),
    ("milestone", "month"): (1, 12, "de maand"),
    ("year_mark", "year"): (YEAR_MIN, YEAR_MAX, "het jaar"),
    ("goal", "target_year"): (YEAR_MIN, YEAR_MAX, "het streefjaar"),
    ("indicator", "target_year"): (YEAR_MIN, YEAR_MAX, "het streefjaar"),
    ("funding_line", "year"): (YEAR_MIN, YEAR_MAX, "het jaar"),
    ("funding_line", "amount_cents"): (-CENTS_MAX, CENTS_MAX, "het bedrag"),
    ("workspace", "period_from"): (YEAR_MIN, YEAR_MAX, "het beginjaar van de periode"),
    ("workspace", "period_to"): (YEAR_MIN, YEAR_MAX, "het eindjaar van de periode"),
    ("body", "weekday"): (1, 7, "de weekdag"),
    ("body", "interval_months"): (1, 24, "het aantal maanden tussen vergaderingen"),
    ("body", "duration_minutes"): (0, 1440, "de duur in minuten"),
    ("agenda_item", "minutes_allotted"): (0, 1440, "het aantal minuten"),
    ("organisation", "population"): (0, 10**9, "het aantal inwoners"),
}
TITLE_COLUMNS = frozenset({"title", "name"})
VISIBLE_COLUMNS = TITLE_COLUMNS | {"text"}  # when required: something one can read
EMAIL_COLUMNS = frozenset({("person", "email")})
# Zero-width and other invisible characters that make a title look empty.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063"
                                   "\u2064\ufeff\u00ad\u034f\u180e\u3164\uffa0"), None)


@dataclass(frozen=True, slots=True)
class Column:
    table: str
    name: str
    kind: str  # SQLAlchemy type name: String, Text, Integer, Float, Date, DateTime, ...
    length: int | None
    required: bool


def columns() -> dict[str, dict[str, Column]]:
    """The models' columns by table, as the rules need them (computed once)."""
    cached = _COLUMNS.get("all")
    if cached is not None:
        return cached
    from zorgdesk.models import Base

    out: dict[str, dict[str, Column]] = {}
    for table in Base.metadata.sorted_tables:
        out[table.name] = {
            c.name: Column(table.name, c.name, type(c.type).__name__,
                           getattr(c.type, "length", None), not c.nullable)
            for c in table.columns}
    _COLUMNS["all"] = out
    return out


_COLUMNS: dict[str, dict[str, dict[str, Column]]] = {}


def visible(text: str) -> bool:
    """Has `text` a character one can see (not only spaces, controls, zero-width marks)?"""
    for char in text.translate(INVISIBLE):
        if not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs"):
            return True
    return False


def text_limit(column: Column) -> int:
    if column.length:
        return column.length
    return TITLE_MAX if column.name in TITLE_COLUMNS else TEXT_MAX


def problem(column: Column, value: Any) -> StoreError | None:
    """Why `value` may not be stored in `column`, or None."""
    if value is None:
        return None
    key = (column.table, column.name)
    if isinstance(value, str) and column.kind in ("String", "Text"):
        limit = text_limit(column)
        if len(value) > limit:
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "De tekst in '{column}' is {length} tekens lang; er passen er ten "
                "hoogste {limit}."), column=column.name, length=len(value), limit=limit)
        if column.name in VISIBLE_COLUMNS and column.required and not visible(value):
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "'{column}' mag niet leeg zijn of alleen uit onzichtbare tekens "
                "bestaan."), column=column.name)
        if key in EMAIL_COLUMNS and value.strip() and not EMAIL.match(value.strip()):
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "'{email}' is geen geldig e-mailadres."), email=value)
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and key in INT_RANGES:
        low, high, label = INT_RANGES[key]
        if not low <= value <= high:
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "De waarde {value} voor {label} kan niet: kies tussen {low} en "
                "{high}."), value=value, label=label, low=low, high=high)
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > NUMBER_MAX:
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Het getal {value} in '{column}' kan niet worden opgeslagen (ten "
                "hoogste {limit} groot)."), value=value, column=column.name, limit="10^12")
        return None
    if isinstance(value, date | datetime) and not YEAR_MIN <= value.year <= YEAR_MAX:
        return StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "De datum {value} in '{column}' kan niet: het jaar moet tussen {low} "
            "en {high} liggen."), value=value.isoformat(), column=column.name, low=YEAR_MIN,
            high=YEAR_MAX)
    return None


def row_problem(table: str, values: Mapping[str, Any]) -> StoreError | None:
    """The first rule `values` (a row of `table`, or its changed fields) breaks, or None."""
    known = columns().get(table, {})
    for name, value in values.items():
        column = known.get(name)
        if column is not None:
            found = problem(column, value)
            if found is not None:
                return found
    if table == "workspace":
        start, end = values.get("period_from"), values.get("period_to")
        if isinstance(start, int) and isinstance(end, int) and start > end:
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "De periode {start}-{end} loopt achteruit: het beginjaar moet "
                "voor het eindjaar liggen."), start=start, end=end)
    return None


def check_row(table: str, values: Mapping[str, Any]) -> None:
    found = row_problem(table, values)
    if found is not None:
        raise found


def cycle_among(parents: Mapping[str, str | None]) -> str | None:
    """An id whose chain of parents (in `parents`) runs in a circle, or None."""
    done: set[str] = set()
    for start in parents:
        path: list[str] = []
        seen: set[str] = set()
        node: str | None = start
        while node is not None and node not in done:
            if node in seen:
                return node
            seen.add(node)
            path.append(node)
            node = parents.get(node)
        done.update(path)
    return None


def cycle_error(table: str) -> StoreError:
    kind = {"goal": "doel", "agenda_item": "agendapunt"}.get(table, table)
    return StoreError(QT_TRANSLATE_NOOP(
        "StoreError", "Een {kind} kan niet onder zichzelf of onder een van zijn eigen "
        "onderdelen komen te staan."), kind=kind)


# --- the Session hook -------------------------------------------------------------------------


def install(session_factory: Any) -> None:
    """Check every new and changed row before it is flushed (raises the Dutch StoreError)."""
    from sqlalchemy import event

    event.listen(session_factory, "before_flush", _before_flush)


def _before_flush(session: Any, _context: Any, _instances: Any) -> None:
    from sqlalchemy import inspect

    store = session.info.get("store")
    if store is not None:
        from zorgdesk.store.authors import stamp_authors

        stamp_authors(session, store.author)

    for obj in [*session.new, *session.dirty]:
        table = getattr(obj, "__tablename__", None)
        if table not in columns():
            continue
        state = inspect(obj)
        keys = [attr.key for attr in state.mapper.column_attrs]
        if obj in session.new:
            values = {key: state.dict.get(key) for key in keys}
        else:
            values = {key: state.dict.get(key) for key in keys
                      if state.attrs[key].history.has_changes()}
            if table == "workspace" and values:  # a period is checked as a whole
                for key in ("period_from", "period_to"):
                    values.setdefault(key, state.dict.get(key))
        check_row(table, values)
        if values.get("parent_id") is not None:
            _refuse_cycle(session, table, obj)


def _refuse_cycle(session: Any, table: str, obj: Any) -> None:
    """Walk up from the new parent; reaching `obj` means a circle."""
    cls = type(obj)
    seen: set[str] = set()
    node = obj.parent_id
    while node is not None:
        if node == obj.id or node in seen:
            raise cycle_error(table)
        seen.add(node)
        parent = session.get(cls, node)
        node = parent.parent_id if parent is not None else None


# --- the same rules over a file, for `zorgdesk check` ---------------------------------------


def violations(conn: sqlite3.Connection) -> list[str]:
    """Dutch lines for stored values that break the rules (ranges, years of dates, numbers)."""
    found: list[str] = []
    for table, cols in columns().items():
        for name, column in cols.items():
            for where, what in _sql_rules(column):
                try:
                    count = conn.execute(
                        f'SELECT count(*) FROM "{table}" WHERE "{name}" IS NOT NULL AND ({where})'
                    ).fetchone()[0]
                except sqlite3.OperationalError:  # an older schema without this column
                    continue
                if count:
                    found.append(f"{table}.{name}: {count} rij(en) met {what}")
    return found


def _sql_rules(column: Column) -> Iterable[tuple[str, str]]:
    q = f'"{column.name}"'
    key = (column.table, column.name)
    if key in INT_RANGES:
        low, high, _label = INT_RANGES[key]
        yield f"{q} NOT BETWEEN {low} AND {high}", f"een waarde buiten {low}-{high}"
    if column.kind == "Float":
        yield (f"abs({q}) > {NUMBER_MAX:.0f} OR {q} != {q}",
               "een onmogelijk getal")
    if column.kind in ("Date", "DateTime"):
        yield (f"CAST(substr({q}, 1, 4) AS INTEGER) NOT BETWEEN {YEAR_MIN} AND {YEAR_MAX} "
               f"OR length({q}) < 10", f"een jaar buiten {YEAR_MIN}-{YEAR_MAX}")
    if column.kind in ("String", "Text"):
        yield f"length({q}) > {text_limit(column)}", "te lange tekst"
