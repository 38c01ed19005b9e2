"""`zorgdesk report KIND FILE --out X.pdf [--meeting BODY@DATE] [--since DATE] [--public]`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from zorgdesk.cli import main


def first_meeting(path: Path) -> tuple[str, str]:
    conn = sqlite3.connect(path)
    try:
        body, starts = conn.execute(
            "SELECT coalesce(b.abbreviation, b.name), m.starts_at FROM meeting m "
            "JOIN body b ON b.id = m.body_id ORDER BY m.starts_at LIMIT 1").fetchone()
    finally:
        conn.close()
    return body, str(starts)[:10]


def test_agenda_of_a_meeting_public(sample_files: dict[str, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    path = sample_files["noord-limburg"]
    body, day = first_meeting(path)
    out = tmp_path / "agenda.pdf"
    code = main(["report", "agenda", str(path), "--out", str(out),
                 "--meeting", f"{body}@{day}", "--public"])
    assert code == 0, capsys.readouterr().err
    assert "publieksversie" in capsys.readouterr().out
    reader = PdfReader(out)
    assert reader.metadata is not None and "Agenda" in str(reader.metadata.title)
    assert "Publieksversie" in (reader.pages[0].extract_text() or "")


def test_progress_since(sample_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "voortgang.pdf"
    assert main(["report", "progress", str(sample_files["noord-limburg"]), "--out", str(out),
                 "--since", "2022-01-01"]) == 0
    assert out.stat().st_size > 1000


def test_unknown_meeting_is_a_dutch_error(sample_files: dict[str, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    code = main(["report", "agenda", str(sample_files["noord-limburg"]), "--out", str(out),
                 "--meeting", "AST@2030-03-14"])
    assert code == 1
    assert "Geen vergadering van AST op 2030-03-14 gevonden." in capsys.readouterr().err
    assert not out.exists()


def test_bad_arguments_exit_2(sample_files: dict[str, Path], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    path = str(sample_files["noord-limburg"])
    with pytest.raises(SystemExit) as exc:
        main(["report", "agenda", path, "--out", str(tmp_path / "x.pdf"), "--meeting", "AST"])
    assert exc.value.code == 2
    assert "OVERLEG@JJJJ-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "bestaat-niet", path, "--out", str(tmp_path / "x.pdf")])


def test_missing_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", "werkagenda", str(tmp_path / "weg.zorgdesk"), "--out",
                 str(tmp_path / "x.pdf")])
    assert code == 1
    assert "niet gevonden" in capsys.readouterr().err
