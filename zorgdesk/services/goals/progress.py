"""Progress of a goal: status updates (traffic lights) and indicators with measurements.

Reads go through raw sqlite3 (the goal card shows them on every selection); writes are one
transaction each and checked for what a user can get wrong, with a Dutch message.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from zorgdesk.services.undo import State, capture_dependents, capture_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

LIGHTS = ("groen", "oranje", "rood")


@dataclass(frozen=True, slots=True)
class StatusUpdateRow:
    id: str
    reported_on: date
    light: str | None
    results: str | None
    attention_points: str | None
    internal: bool


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: str
    measured_on: date
    value: float
    note: str | None


@dataclass(slots=True)
class IndicatorRow:
    id: str
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    target_year: int | None
    measurements: list[MeasurementRow] = field(default_factory=list)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def status_updates(store: Store, goal_id: str) -> list[StatusUpdateRow]:
    """Newest first."""
    conn = store.reader()
    try:
        return [StatusUpdateRow(str(i), _day(d), light, results, attention, bool(internal))
                for i, d, light, results, attention, internal in conn.execute(
                    "SELECT id, reported_on, light, results, attention_points, internal "
                    "FROM status_update WHERE goal_id = ? "
                    "ORDER BY reported_on DESC, created_at DESC", (goal_id,))]
    finally:
        conn.close()


def indicators(store: Store, goal_id: str) -> list[IndicatorRow]:
    conn = store.reader()
    try:
        found = {str(i): IndicatorRow(str(i), name, unit, baseline, target, year)
                 for i, name, unit, baseline, target, year in conn.execute(
                     "SELECT id, name, unit, baseline, target, target_year FROM indicator "
                     "WHERE goal_id = ? ORDER BY created_at, id", (goal_id,))}
        for i, ind, d, value, note in conn.execute(
                "SELECT m.id, m.indicator_id, m.measured_on, m.value, m.note FROM measurement m "
                "JOIN indicator i ON i.id = m.indicator_id WHERE i.goal_id = ? "
                "ORDER BY m.measured_on", (goal_id,)):
            found[str(ind)].measurements.append(MeasurementRow(str(i), _day(d), float(value), note))
    finally:
        conn.close()
    return list(found.values())


# --- status updates ----------------------------------------------------------------------

def _check_update(reported_on: date | None, light: str | None) -> None:
    if reported_on is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Een voortgangsrapportage heeft een datum nodig."))
    if light is not None and light not in LIGHTS:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekend verkeerslicht: {light}. Kies groen, oranje of rood."),
            light=light)


def add_status_update(store: Store, goal_id: str, *, reported_on: date, light: str | None,
                      results: str | None = None, attention_points: str | None = None,
                      internal: bool = False) -> str:
    from zorgdesk.models import Goal, Light, StatusUpdate

    _check_update(reported_on, light)
    with store.transaction() as session:
        if session.get(Goal, goal_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        update = StatusUpdate(goal_id=goal_id, reported_on=reported_on,
                              light=Light(light) if light else None,
                              results=(results or "").strip() or None,
                              attention_points=(attention_points or "").strip() or None,
                              internal=internal)
        session.add(update)
        session.flush()
        return update.id


def update_status_update(store: Store, update_id: str, *, reported_on: date, light: str | None,
                         results: str | None, attention_points: str | None,
                         internal: bool) -> None:
    from zorgdesk.models import Light, StatusUpdate

    _check_update(reported_on, light)
    with store.transaction() as session:
        update = session.get(StatusUpdate, update_id)
        if update is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Deze voortgangsrapportage bestaat niet meer."))
        update.reported_on = reported_on
        update.light = Light(light) if light else None
        update.results = (results or "").strip() or None
        update.attention_points = (attention_points or "").strip() or None
        update.internal = internal


def delete_status_update(store: Store, update_id: str) -> None:
    from zorgdesk.models import StatusUpdate

    with store.transaction() as session:
        update = session.get(StatusUpdate, update_id)
        if update is not None:
            session.delete(update)


def capture_status_update(store: Store, update_id: str) -> State:
    return capture_rows(store, "status_update", [update_id])


# --- indicators and measurements ---------------------------------------------------------

def parse_number(text: str) -> float:
    """A number as people type it: 1.234,5 or 1234,5 or 1234.5 or 1,234.56 or 12%.

    With both separators the last one is the decimal sign ('1,234.56' is 1234.56, not
    1.23456); the groups before it must then be of three digits. nan, inf and numbers
    beyond 10^12 are refused (they cannot be stored or shown).
    """
    cleaned = text.strip().replace("%", "").replace("€", "").replace(" ", "")
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Vul een getal in."))
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = cleaned.rpartition(decimal)
        if not _grouped(whole, group) or not fraction.isdigit():
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "'{text}' is geen getal."), text=text.strip())
        cleaned = whole.replace(group, "") + "." + fraction
    elif "," in cleaned:
        if cleaned.count(",") > 1:
            if not _grouped(cleaned, ","):
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "'{text}' is geen getal."), text=text.strip())
            cleaned = cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")
    elif cleaned.count(".") > 1 or (cleaned.count(".") == 1 and len(cleaned.split(".")[1]) == 3
                                     and len(cleaned.split(".")[0]) <= 3
                                     and cleaned.split(".")[0].lstrip("-").isdigit()):
        cleaned = cleaned.replace(".", "")  # 1.234 is a thousand-separated number in Dutch
    if not all(ch.isdigit() or ch in "+-.eE" for ch in cleaned):
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "'{text}' is geen getal."), text=text.strip())
    try:
        number = float(cleaned)
    except ValueError:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "'{text}' is geen getal."), text=text.strip()) from None
    if not math.isfinite(number) or abs(number) > 1e12:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "'{text}' is te groot; een getal mag ten hoogste 10^12 zijn."),
            text=text.strip())
    return number


def _grouped(whole: str, group: str) -> bool:
    """'1.234.567' with group '.': digit groups of three after the first (of one to three)."""
    parts = whole.lstrip("+-").split(group)
    return (all(p.isdigit() for p in parts) and 1 <= len(parts[0]) <= 3
            and all(len(p) == 3 for p in parts[1:]))


def _check_indicator(name: str, target_year: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef de indicator een naam."))
    if target_year is not None and not 1990 <= target_year <= 2100:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Het streefjaar moet tussen 1990 en 2100 liggen."))
    return name


def add_indicator(store: Store, goal_id: str, *, name: str, unit: str | None = None,
                  baseline: float | None = None, target: float | None = None,
                  target_year: int | None = None) -> str:
    from zorgdesk.models import Goal, Indicator

    name = _check_indicator(name, target_year)
    with store.transaction() as session:
        if session.get(Goal, goal_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        indicator = Indicator(goal_id=goal_id, name=name, unit=(unit or "").strip() or None,
                              baseline=baseline, target=target, target_year=target_year)
        session.add(indicator)
        session.flush()
        return indicator.id


def update_indicator(store: Store, indicator_id: str, *, name: str, unit: str | None,
                     baseline: float | None, target: float | None,
                     target_year: int | None) -> None:
    from zorgdesk.models import Indicator

    name = _check_indicator(name, target_year)
    with store.transaction() as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze indicator bestaat niet meer."))
        indicator.name = name
        indicator.unit = (unit or "").strip() or None
        indicator.baseline, indicator.target = baseline, target
        indicator.target_year = target_year


def delete_indicator(store: Store, indicator_id: str) -> None:
    from zorgdesk.models import Indicator

    with store.transaction() as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is not None:
            session.delete(indicator)


def capture_indicator(store: Store, indicator_id: str) -> State:
    """The indicator with its measurements."""
    return capture_dependents(store, "indicator", [indicator_id])


def add_measurement(store: Store, indicator_id: str, *, measured_on: date | None, value: float,
                    note: str | None = None) -> str:
    from zorgdesk.models import Indicator, Measurement

    if measured_on is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een meting heeft een datum nodig."))
    with store.transaction() as session:
        if session.get(Indicator, indicator_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze indicator bestaat niet meer."))
        measurement = Measurement(indicator_id=indicator_id, measured_on=measured_on,
                                  value=value, note=(note or "").strip() or None)
        session.add(measurement)
        session.flush()
        return measurement.id


def delete_measurement(store: Store, measurement_id: str) -> None:
    from zorgdesk.models import Measurement

    with store.transaction() as session:
        measurement = session.get(Measurement, measurement_id)
        if measurement is not None:
            session.delete(measurement)
