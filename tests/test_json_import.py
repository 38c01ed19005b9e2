"""JSON import: a valid export comes back as an identical workspace; a document with wrong
types, missing fields or broken references gets one Dutch sentence naming the kind, the record
and the field, and nothing is written (no target, no temporary file, no traceback)."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store_helpers import dump
from zorgdesk import cli
from zorgdesk.services.workspace.export import export_document
from zorgdesk.services.workspace.json_import import JsonImportError, import_json
from zorgdesk.store import WorkspaceLockedError, open_store
from zorgdesk.store.backup import list_backups
from zorgdesk.store.capture import SYNC_TABLES
from zorgdesk.store.lock import WorkspaceLock
from zorgdesk.store.schema import HEAD_REVISION

FIXTURE = Path(__file__).with_name("fixtures") / f"schema-{HEAD_REVISION}.zorgdesk"
_DOC: dict[str, Any] = {}


def document() -> dict[str, Any]:
    """The export of the schema fixture (made once), as a fresh deep copy."""
    if not _DOC:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bron.zorgdesk"
            path.write_bytes(FIXTURE.read_bytes())
            with open_store(path) as store:
                _DOC.update(export_document(store))
    return copy.deepcopy(_DOC)


def _data_schema(schema: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The schema without the merge bookkeeping's tables, indexes and triggers (a file of an
    earlier version keeps its triggers until its first merge)."""
    return [entry for entry in schema
            if entry[2] not in SYNC_TABLES and not str(entry[1]).startswith("sync_")]


def same_data(a: Path, b: Path) -> bool:
    da, db = dump(a), dump(b)
    return _data_schema(da[0]) == _data_schema(db[0]) and da[2] == db[2] and all(
        sorted(da[1][t], key=repr) == sorted(db[1][t], key=repr) for t in da[1]
        if t not in SYNC_TABLES  # merge bookkeeping: which rows this copy touched, its id
    )


def test_round_trip_is_identical(tmp_path: Path) -> None:
    source = tmp_path / "bron.zorgdesk"
    source.write_bytes(FIXTURE.read_bytes())
    export = tmp_path / "export.json"
    export.write_text(json.dumps(document()), encoding="utf-8")
    assert cli.main(["import", str(export), "--out", str(tmp_path / "nieuw.zorgdesk")]) == 0
    assert same_data(source, tmp_path / "nieuw.zorgdesk")
    assert cli.main(["check", str(tmp_path / "nieuw.zorgdesk")]) == 0


def test_round_trip_of_a_sample(tmp_path: Path, sample_copy: Any) -> None:
    source = sample_copy("noord-limburg")
    with open_store(source) as store:
        doc = export_document(store)
    target = import_json(doc, tmp_path / "terug.zorgdesk")
    assert same_data(source, target)


def test_existing_target_is_backed_up_then_replaced(tmp_path: Path) -> None:
    target = tmp_path / "doel.zorgdesk"
    target.write_bytes(FIXTURE.read_bytes())
    doc = document()
    doc["tables"]["workspace"][0]["name"] = "Na import"
    import_json(doc, target)
    assert dump(target)[1]["workspace"][0][0] == "Na import"
    backups = list_backups(target)
    assert [b.reason for b in backups] == ["voor-import"]
    assert dump(backups[0].path)[1]["workspace"][0][0] == "Fixtureregio"


def test_existing_non_workspace_target_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notities.zorgdesk"
    target.write_text("mijn notities", encoding="utf-8")
    with pytest.raises(JsonImportError, match="bestaat al en is geen"):
        import_json(document(), target)
    assert target.read_text(encoding="utf-8") == "mijn notities"


def test_open_target_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "open.zorgdesk"
    target.write_bytes(FIXTURE.read_bytes())
    before = target.read_bytes()
    with WorkspaceLock(target), pytest.raises(WorkspaceLockedError):
        import_json(document(), target)
    assert target.read_bytes() == before


def _set(path: list[Any], value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        if value is KeyError:
            del node[path[-1]]
        else:
            node[path[-1]] = value
    return change


CASES = [
    (_set(["format"], "iets-anders"), ["geen ZorgDesk-export", "'format'"]),
    (_set(["format_version"], KeyError), ["format_version"]),
    (_set(["format_version"], 99), ["nieuwere versie", "exportformaat 99"]),
    (_set(["schema_version"], 42), ["nieuwere versie", "schemaversie 42"]),
    (_set(["tables"], []), ["'tables'"]),
    (_set(["tables", "raket"], []), ["onbekende soort", "'raket'"]),
    (_set(["tables", "goal"], {"a": 1}), ["'goal' (doel) een lijst"]),
    (_set(["tables", "goal", 1], "doel"), ["doel 2 geen object"]),
    (_set(["tables", "goal", 1, "title"], KeyError),
     ["doel 2", "verplichte veld 'title'"]),
    (_set(["tables", "goal", 1, "title"], None), ["doel 2", "'title' leeg"]),
    (_set(["tables", "goal", 1, "title"], 12), ["doel 2", "'title'", "12", "tekst"]),
    (_set(["tables", "goal", 1, "target_year"], "2027"),
     ["doel 2", '"Valpreventie in elke wijk"', "'target_year'", "geheel getal"]),
    (_set(["tables", "goal", 1, "target_tbd"], "nee"), ["'target_tbd'", "true of false"]),
    (_set(["tables", "goal", 1, "level"], "galactisch"),
     ["'level'", "een van: ambitie / strategisch / operationeel / project"]),
    (_set(["tables", "milestone", 0, "due_date"], "30-06-2026"),
     ["mijlpaal 1", '"Aanpak vastgesteld"', "'due_date'", "datum"]),
    (_set(["tables", "goal", 1, "created_at"], "gisteren"), ["'created_at'", "tijdstip"]),
    (_set(["tables", "goal", 1, "kleur"], "rood"), ["doel 2", "onbekend veld 'kleur'"]),
    (_set(["tables", "goal", 1, "parent_id"], "bestaat-niet"),
     ["doel 2", "'parent_id'", "naar doel bestaat-niet"]),
    (_set(["tables", "person", 0, "organisation_id"], "weg"),
     ["persoon 1", '"J. Jansen"', "organisatie weg"]),
    (_set(["tables", "goal", 1, "id"], "00000000-0000-4000-8000-000000000020"),
     ["twee keer"]),
    (_set(["tables", "role", 0, "theme_id"], "00000000-0000-4000-8000-000000000010"),
     ["rol 1", "regels van de werkruimte", "controle faalt"]),
    (_set(["tables", "tag", 0, "name"], 7), ["label 1", "'name'"]),
    (_set(["tables", "tag", 0, "name"], "\ud800"), ["label 1", "'name'", "tekst"]),
    (_set(["tables", "goal", 0, "position"], float("nan")), ["doel 1", "'position'"]),
    (_set(["tables", "workspace", 0, "period_from"], 10**30), ["werkruimte 1", "geheel getal"]),
]


@pytest.mark.parametrize(("change", "fragments"), CASES)
def test_bad_document_is_refused_with_dutch_message(
    tmp_path: Path, change: Any, fragments: list[str]
) -> None:
    doc = document()
    change(doc)
    source = tmp_path / "export.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "uit" / "nieuw.zorgdesk"
    target.parent.mkdir()
    with pytest.raises(JsonImportError) as caught:
        import_json(source, target)
    message = caught.value.message
    for fragment in fragments:
        assert fragment in message, message
    assert "export.json" in message or "Het bestand" in message
    assert list(target.parent.iterdir()) == []  # nothing written, no temporary file left


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "is leeg"),
    (b"\xff\xfe\x00{", "geen UTF-8"),
    (b'{"format": "zorgdesk-workspace",\n "tables": [}', "regel 2, kolom"),
    (b"[1, 2, 3]", "hoofdniveau"),
    (b'"tekst"', "hoofdniveau"),
])
def test_unreadable_json(tmp_path: Path, content: bytes, fragment: str,
                         capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kapot.json"
    source.write_bytes(content)
    assert cli.main(["import", str(source), "--out", str(tmp_path / "x.zorgdesk")]) == 1
    err = capsys.readouterr().err
    assert fragment in err and "kapot.json" in err and "Traceback" not in err
    assert not (tmp_path / "x.zorgdesk").exists()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_field_mutation_is_imported_or_refused(data: st.DataObject) -> None:
    doc = document()
    tables = [name for name, rows in doc["tables"].items() if rows]
    table = data.draw(st.sampled_from(tables), label="tabel")
    rows = doc["tables"][table]
    index = data.draw(st.integers(0, len(rows) - 1), label="rij")
    field = data.draw(st.sampled_from(sorted(rows[index])), label="veld")
    if data.draw(st.booleans(), label="weglaten"):
        del rows[index][field]
    else:
        rows[index][field] = data.draw(json_values, label="waarde")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "nieuw.zorgdesk"
        try:
            import_json(doc, target)
        except JsonImportError as exc:
            assert exc.message.endswith((".", ")")) and "Traceback" not in exc.message
            assert list(Path(folder).iterdir()) == []
            return
        with open_store(target) as store, store.reader() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@settings(max_examples=80, deadline=None)
@given(json_values)
def test_any_json_document_is_refused(value: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with pytest.raises(JsonImportError):
            import_json(value if isinstance(value, dict) else {"tables": value},
                        Path(folder) / "x.zorgdesk")
        assert list(Path(folder).iterdir()) == []
