"""The pure-Python .ts -> .qm compiler that the wheel's build hook uses writes what Qt's
lrelease writes, byte for byte, and QTranslator finds the translations in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from zorgdesk.paths import resources_dir
from zorgdesk.qm_compile import TsError, compile_ts

TS = resources_dir() / "translations" / "zorgdesk_en.ts"


def test_same_bytes_as_lrelease(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    expected = tmp_path / "lrelease.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(expected)], check=True)
    assert compile_ts(TS) == expected.read_bytes()


def test_translator_loads_plain_and_plural_messages(tmp_path: Path) -> None:
    qm = tmp_path / "zorgdesk_en.qm"
    qm.write_bytes(compile_ts(TS))
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Overzicht") == "Overview"
    assert translator.translate("MainWindow", "Niet bestaand 123") == ""


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    ts = tmp_path / "zorgdesk_pl.ts"
    ts.write_text('<?xml version="1.0"?><TS version="2.1" language="pl"></TS>', encoding="utf-8")
    with pytest.raises(TsError):
        compile_ts(ts)
