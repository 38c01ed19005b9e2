"""Read a JSON export (docs/export-format.md) back into a NEW workspace, checked first.

Every problem is reported as one Dutch sentence naming the kind of record (in Dutch), the
record (its number in the list, its id and its name or title when it has one) and the field.
Nothing is written until the whole document has passed; the workspace is then built in a
temporary file beside the target and moved into place in one step, after a backup of the
file it replaces ('voor-import'). A bad document leaves the target exactly as it was.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase, StoreError

FORMAT_NAME = "zorgdesk-workspace"
FORMAT_VERSION = 1

KIND_NL: dict[str, str] = {
    "workspace": "werkruimte", "theme": "thema", "tag": "label", "goal": "doel",
    "goal_tag": "label bij een doel", "year_mark": "jaarmarkering", "milestone": "mijlpaal",
    "status_update": "voortgangsrapportage", "indicator": "indicator", "measurement": "meting",
    "programme": "programma", "programme_goal": "programma bij een doel",
    "related_initiative": "initiatief", "organisation": "organisatie", "person": "persoon",
    "role": "rol", "funding_line": "financieringsregel", "body": "overleg",
    "body_member": "lid van een overleg", "meeting": "vergadering",
    "meeting_attendance": "aanwezigheid", "agenda_item": "agendapunt",
    "agenda_item_goal": "doel bij een agendapunt", "decision": "besluit", "action": "actie",
    "attachment": "bijlage",
}

TYPE_NL = {
    "String": "tekst", "Text": "tekst", "Integer": "een geheel getal", "Float": "een getal",
    "Boolean": "true of false", "Date": "een datum (JJJJ-MM-DD)",
    "DateTime": "een tijdstip (JJJJ-MM-DDTHH:MM:SS)", "Time": "een tijd (HH:MM)",
    "LargeBinary": "base64-tekst",
    "Enum": "een van de vaste waarden",
}


class JsonImportError(StoreError):
    """The JSON document cannot be imported; `message` says where and why, in Dutch."""


def _kind(table: str) -> str:
    return KIND_NL.get(table, table)


def _describe(table: str, index: int, row: Mapping[str, Any]) -> str:
    """'doel 3 (id 0000…, "Langer thuis wonen")' for messages."""
    parts: list[str] = []
    ident = row.get("id")
    if isinstance(ident, str) and ident:
        parts.append(f"id {ident}")
    for key in ("name", "title", "code", "number", "filename"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            short = value.strip() if len(value.strip()) <= 60 else value.strip()[:57] + "..."
            parts.append(f'"{short}"')
            break
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"{_kind(table)} {index + 1}{detail}"


def _convert(kind: str, value: Any, column: Any) -> Any:
    """The Python value for a JSON value of a column of SQLAlchemy type `kind`; ValueError."""
    if kind in ("String", "Text"):
        if not isinstance(value, str):
            raise ValueError
        value.encode("utf-8")  # a lone surrogate ("\\ud800") raises UnicodeEncodeError
        return value
    if kind == "Integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError
        if not -(2**63) <= value < 2**63:
            raise ValueError
        return value
    if kind == "Float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError
        number = float(value)
        if not math.isfinite(number):  # json.loads accepts NaN and Infinity
            raise ValueError
        return number
    if kind == "Boolean":
        if not isinstance(value, bool):
            raise ValueError
        return value
    if kind == "Date":
        if not isinstance(value, str):
            raise ValueError
        return date.fromisoformat(value)
    if kind == "Time":
        if not isinstance(value, str):
            raise ValueError
        return time.fromisoformat(value)
    if kind == "DateTime":
        if not isinstance(value, str):
            raise ValueError
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            raise ValueError
        return parsed
    if kind == "LargeBinary":
        if not isinstance(value, str):
            raise ValueError
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error:
            raise ValueError from None
    if kind == "Enum":
        allowed = list(column.type.enums)
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(" / ".join(allowed))
        enum_class = column.type.enum_class
        return enum_class(value) if enum_class is not None else value
    raise ValueError


def read_document(source: Path | str | Mapping[str, Any]) -> dict[str, Any]:
    """The parsed JSON object from a path or an already parsed mapping."""
    if isinstance(source, Mapping):
        return dict(source)
    path = Path(source)
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} bestaat niet."), name=name) from None
    except IsADirectoryError:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is een map, geen JSON-bestand."), name=name) from None
    except OSError as exc:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} kan niet worden gelezen ({reason})."),
            name=name, reason=exc.strerror) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is geen JSON-export van ZorgDesk: het is geen "
            "UTF-8-tekst."), name=name) from None
    if not text.strip():
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is leeg; er is niets te importeren."), name=name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is geen geldige JSON: fout op regel {line}, kolom "
            "{column} ({error})."),
            name=name, line=exc.lineno, column=exc.colno, error=json_error_nl(exc.msg)) from None
    except RecursionError:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is te diep genest om te lezen."), name=name) from None
    if not isinstance(data, dict):
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is geen JSON-export van ZorgDesk: het hoofdniveau "
            "moet een object ({{...}}) zijn."), name=name)
    return data


def json_error_nl(message: str) -> Phrase:
    """What the JSON parser found, in Dutch (its own text is English)."""
    for start, phrase in _JSON_ERRORS:
        if message.startswith(start):
            return phrase
    return Phrase(QT_TRANSLATE_NOOP("StoreError", "de opbouw klopt hier niet"))


_JSON_ERRORS: tuple[tuple[str, Phrase], ...] = (
    ("Expecting ',' delimiter", Phrase(QT_TRANSLATE_NOOP("StoreError", "er ontbreekt een komma"))),
    ("Expecting ':' delimiter",
     Phrase(QT_TRANSLATE_NOOP("StoreError", "er ontbreekt een dubbele punt"))),
    ("Expecting value", Phrase(QT_TRANSLATE_NOOP("StoreError", "hier hoort een waarde te staan"))),
    ("Expecting property name",
     Phrase(QT_TRANSLATE_NOOP("StoreError", "een veldnaam moet tussen dubbele aanhalingstekens "
                              "staan"))),
    ("Unterminated string",
     Phrase(QT_TRANSLATE_NOOP("StoreError", "een tekst wordt niet afgesloten"))),
    ("Extra data",
     Phrase(QT_TRANSLATE_NOOP("StoreError", "na het einde van het document staat nog iets"))),
    ("Invalid control character",
     Phrase(QT_TRANSLATE_NOOP("StoreError", "een tekst bevat een ongeldig stuurteken"))),
    ("Invalid \\", Phrase(QT_TRANSLATE_NOOP("StoreError", "een tekst bevat een ongeldige "
                                             "escape met \\"))),
)


def validate(
    document: Mapping[str, Any], name: str = "het document"
) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; return the rows per table as Python values for insertion."""
    from zorgdesk.models import Base
    from zorgdesk.store.rules import cycle_among, row_problem
    from zorgdesk.store.schema import HEAD_VERSION

    fmt = document.get("format")
    if fmt != FORMAT_NAME:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is geen ZorgDesk-export: het veld 'format' is {found} in "
            'plaats van "{format_name}".'),
            name=name, found=json.dumps(fmt, ensure_ascii=False), format_name=FORMAT_NAME)
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "In {name} ontbreekt het veld 'format_version' (een geheel getal)."),
            name=name)
    if version > FORMAT_VERSION:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is gemaakt met een nieuwere versie van ZorgDesk (exportformaat "
            "{version}; deze versie leest tot en met {newest}). Werk ZorgDesk bij."),
            name=name, version=version, newest=FORMAT_VERSION)
    if version < 1:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "In {name} is 'format_version' {version} ongeldig."),
            name=name, version=version)
    schema_version = document.get("schema_version")
    if isinstance(schema_version, bool) or not isinstance(schema_version, int):
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "In {name} ontbreekt het veld 'schema_version' (een geheel getal)."),
            name=name)
    if schema_version > HEAD_VERSION:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} komt uit een nieuwere versie van ZorgDesk (schemaversie "
            "{version}; deze versie kent tot en met {newest}). Werk ZorgDesk bij."),
            name=name, version=schema_version, newest=HEAD_VERSION)
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "In {name} ontbreekt het onderdeel 'tables' (een object met tabellen)."),
            name=name)
    known = {table.name: table for table in Base.metadata.sorted_tables}
    for table_name in tables:
        if table_name not in known:
            raise JsonImportError(QT_TRANSLATE_NOOP(
                "StoreError", "{name} bevat een onbekende soort gegevens: '{table}'. Deze versie "
                "van ZorgDesk kent die niet; er is niets geïmporteerd."),
                name=name, table=table_name)

    out: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[str]] = {}
    for table_name, table in known.items():
        rows = tables.get(table_name, [])
        kind = _kind(table_name)
        if not isinstance(rows, list):
            raise JsonImportError(QT_TRANSLATE_NOOP(
                "StoreError", "In {name} moet '{table}' ({kind}) een lijst zijn, maar het is "
                "{actual}."), name=name, table=table_name, kind=kind, actual=_json_type(rows))
        columns = {column.name: column for column in table.columns}
        converted: list[dict[str, Any]] = []
        seen_keys: set[tuple[Any, ...]] = set()
        primary = [column.name for column in table.primary_key.columns]
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise JsonImportError(QT_TRANSLATE_NOOP(
                    "StoreError", "In {name} is {kind} {number} geen object maar {actual}."),
                    name=name, kind=kind, number=index + 1, actual=_json_type(row))
            where = _describe(table_name, index, row)
            for field in row:
                if field not in columns:
                    raise JsonImportError(QT_TRANSLATE_NOOP(
                        "StoreError", "In {name} heeft {where} een onbekend veld '{field}'."),
                        name=name, where=where, field=field)
            values: dict[str, Any] = {}
            for column_name, column in columns.items():
                type_name = type(column.type).__name__
                required = not column.nullable and column.default is None
                if column_name not in row:
                    if required or column.primary_key:
                        raise JsonImportError(QT_TRANSLATE_NOOP(
                            "StoreError", "In {name} mist {where} het verplichte veld '{column}' "
                            "({type})."),
                            name=name, where=where, column=column_name,
                            type=TYPE_NL.get(type_name, type_name))
                    continue
                value = row[column_name]
                if value is None:
                    if not column.nullable:
                        raise JsonImportError(QT_TRANSLATE_NOOP(
                            "StoreError", "In {name} is bij {where} het veld '{column}' leeg "
                            "(null), maar het is verplicht."),
                            name=name, where=where, column=column_name)
                    values[column_name] = None
                    continue
                try:
                    values[column_name] = _convert(type_name, value, column)
                except (ValueError, TypeError, OverflowError, UnicodeError) as exc:
                    expected = TYPE_NL.get(type_name, type_name)
                    if type_name == "Enum" and str(exc):
                        expected = f"een van: {exc}"
                    raise JsonImportError(QT_TRANSLATE_NOOP(
                        "StoreError", "In {name} heeft {where} in het veld '{column}' de waarde "
                        "{value}; verwacht wordt {expected}."),
                        name=name, where=where, column=column_name, value=_short_json(value),
                        expected=expected) from None
            broken = row_problem(table_name, values)
            if broken is not None:
                raise JsonImportError(QT_TRANSLATE_NOOP(
                    "StoreError", "In {name} kan {where} niet worden overgenomen: {reason}"),
                    name=name, where=where, reason=broken.message)
            key = tuple(values.get(p) for p in primary)
            if key in seen_keys:
                raise JsonImportError(QT_TRANSLATE_NOOP(
                    "StoreError", "In {name} komt {where} twee keer voor (zelfde sleutel)."),
                    name=name, where=where)
            seen_keys.add(key)
            converted.append(values)
        out[table_name] = converted
        if "id" in columns:
            ids[table_name] = {str(v["id"]) for v in converted if v.get("id") is not None}

    for table_name, table in known.items():
        for index, values in enumerate(out[table_name]):
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    value = values.get(column.name)
                    if value is not None and str(value) not in ids.get(target, set()):
                        where = _describe(table_name, index, _raw_row(tables, table_name, index))
                        raise JsonImportError(QT_TRANSLATE_NOOP(
                            "StoreError", "In {name} verwijst {where} in het veld '{column}' "
                            "naar {target} {value}, maar die staat niet in de export."),
                            name=name, where=where, column=column.name, target=_kind(target),
                            value=value)
    for tree in ("goal", "agenda_item"):
        parents = {str(v["id"]): v.get("parent_id") for v in out.get(tree, [])}
        looping = cycle_among(parents)
        if looping is not None:
            index = next(i for i, v in enumerate(out[tree]) if str(v["id"]) == looping)
            where = _describe(tree, index, _raw_row(tables, tree, index))
            raise JsonImportError(QT_TRANSLATE_NOOP(
                "StoreError", "In {name} staat {where} (via zijn bovenliggende) onder zichzelf; "
                "zo'n kring kan niet worden getoond. Er is niets geïmporteerd."),
                name=name, where=where)
    if len(out.get("workspace", [])) > 1:
        raise JsonImportError(QT_TRANSLATE_NOOP(
            "StoreError", "In {name} staan {count} werkruimtes; er mag er één zijn."),
            name=name, count=len(out['workspace']))
    return out


def _raw_row(tables: Mapping[str, Any], table: str, index: int) -> Mapping[str, Any]:
    rows = tables.get(table) or []
    row = rows[index] if index < len(rows) else {}
    return row if isinstance(row, dict) else {}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een object"
    return "null"


def _short_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def import_json(source: Path | str | Mapping[str, Any], target: Path, *,
                force: bool = False) -> Path:
    """Build a NEW workspace at `target` from a JSON export; returns `target`.

    The document is checked completely first (`JsonImportError` with a Dutch message on the
    first problem; nothing written). An existing target must be a ZorgDesk workspace that is
    not open elsewhere; it is backed up ('voor-import') and then replaced in one step. Any
    other existing file is replaced only with `force` (the CLI's --force).
    """
    from zorgdesk.store.atomic import atomic_path, fsync_dir, is_workspace_file
    from zorgdesk.store.backup import drop_sidecars, fsync_file, make_backup
    from zorgdesk.store.errors import translated_write_errors
    from zorgdesk.store.lock import WorkspaceLock
    from zorgdesk.store.schema import read_facts
    from zorgdesk.store.workspace_store import create_store, finalize_file

    target = Path(target)
    name = Path(source).name if isinstance(source, str | Path) else "het document"
    rows = validate(read_document(source), name)
    with WorkspaceLock(target):
        if target.exists() and not (force and not is_workspace_file(target)):
            try:
                read_facts(target)
            except StoreError:
                raise JsonImportError(QT_TRANSLATE_NOOP(
                    "StoreError", "{name} bestaat al en is geen (leesbare) ZorgDesk-werkruimte; "
                    "ZorgDesk overschrijft het niet. Kies een andere bestandsnaam."),
                    name=target.name) from None
        with translated_write_errors(target), atomic_path(target, replace_workspace=True) as tmp:
            store = create_store(tmp)
            try:
                _insert(store, rows, name)
            finally:
                store.close()
            finalize_file(tmp)
            if is_workspace_file(target):
                make_backup(target, "voor-import")
                fsync_file(tmp)
                drop_sidecars(target)  # right before the new file is swapped in
        fsync_dir(target.parent)
    return target


def _insert(store: Any, rows: Mapping[str, list[dict[str, Any]]], name: str) -> None:
    """Insert table by table (executemany per set of fields); on a broken rule, find the
    record row by row so the message can name it."""
    from sqlalchemy.exc import IntegrityError

    from zorgdesk.models import Base

    with store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # a goal may precede its parent
        for table in Base.metadata.sorted_tables:
            table_rows = rows.get(table.name, [])
            if not table_rows:
                continue
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for values in table_rows:
                groups.setdefault(tuple(sorted(values)), []).append(values)
            try:
                with conn.begin_nested():
                    for group in groups.values():
                        conn.execute(table.insert(), group)
            except IntegrityError:
                for index, values in enumerate(table_rows):
                    try:
                        with conn.begin_nested():
                            conn.execute(table.insert(), [values])
                    except IntegrityError as exc:
                        where = _describe(table.name, index, values)
                        reason = str(exc.orig) if exc.orig is not None else str(exc)
                        raise JsonImportError(QT_TRANSLATE_NOOP(
                            "StoreError", "In {name} voldoet {where} niet aan de regels van de "
                            "werkruimte ({reason}). Er is niets geïmporteerd."),
                            name=name, where=where, reason=_reason_nl(reason)) from None
                raise


def _reason_nl(reason: str) -> str:
    if "UNIQUE" in reason:
        return "een waarde die uniek moet zijn, komt al voor: " + reason.split(":", 1)[-1].strip()
    if "CHECK" in reason:
        return "een controle faalt: " + reason.split(":", 1)[-1].strip()
    if "NOT NULL" in reason:
        return "een verplicht veld is leeg: " + reason.split(":", 1)[-1].strip()
    return reason
