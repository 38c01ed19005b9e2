"""The werkagenda prints what the workspace holds: every inspiring initiative with what it
does, every funding line of a goal with its total, and the transformation programmes."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from zorgdesk.dutch import nl_euro
from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.store import open_store


def flat(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def rows(location: Path, sql: str) -> list[tuple[object, ...]]:
    store = open_store(location, readonly=True)
    try:
        conn = store.reader()
        try:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
        finally:
            conn.close()
    finally:
        store.close()


def test_initiatives_are_printed_with_what_they_do(
        sample_files: dict[str, Path], tmp_path: Path) -> None:
    source = sample_files["iza-drenthe"]
    initiatives = rows(source, "SELECT name, coalesce(aim, description) FROM related_initiative "
                               "WHERE goal_id IS NOT NULL")
    assert len(initiatives) >= 20 and sum(1 for _n, what in initiatives if what) >= 20
    text = flat(build_report("werkagenda", source, tmp_path / "w.pdf", ReportOptions()))
    for name, what in initiatives:
        assert " ".join(str(name).split())[:30] in text, name
        if what:
            words = " ".join(str(what).split()).split()[:6]
            assert " ".join(words) in text, what


def test_funding_and_programmes_are_printed(sample_files: dict[str, Path],
                                            tmp_path: Path) -> None:
    source = sample_files["noord-limburg"]
    lines = rows(source, "SELECT amount_cents FROM funding_line WHERE goal_id IS NOT NULL")
    assert lines
    text = flat(build_report("werkagenda", source, tmp_path / "w.pdf", ReportOptions()))
    assert "Financiering:" in text
    for (cents,) in lines:
        assert nl_euro(int(str(cents))) in text, cents
    programmes = rows(source, "SELECT p.name FROM programme p JOIN programme_goal pg "
                              "ON pg.programme_id = p.id")
    for (name,) in programmes:
        assert str(name)[:25] in text, name


def test_progress_report_gives_each_goals_funding(sample_files: dict[str, Path],
                                                 tmp_path: Path) -> None:
    source = sample_files["noord-limburg"]
    total = sum(int(str(c)) for (c,) in rows(
        source, "SELECT f.amount_cents FROM funding_line f JOIN goal g ON g.id = f.goal_id "
                "WHERE g.code = '1.4'"))
    text = flat(build_report("progress", source, tmp_path / "p.pdf", ReportOptions()))
    assert f"Financiering: {nl_euro(total)}" in text


def test_a_title_repeated_by_the_first_bullet_is_printed_once(
        sample_files: dict[str, Path], tmp_path: Path) -> None:
    """IZA 2.4.2.C: the title is the first sentences of its text's first bullet."""
    source = sample_files["iza-drenthe"]
    text = flat(build_report("werkagenda", source, tmp_path / "w.pdf", ReportOptions()))
    sentence = "Het is van belang dat deze oplossingsrichting uitgaat van een gedeelde visie"
    assert text.count(sentence) == 1
    assert "Verder dient de uitrol op de juiste schaal te gebeuren" in text


def test_coalitions_are_printed_per_sector(sample_files: dict[str, Path],
                                          tmp_path: Path) -> None:
    """Issue 13: the IZA plan's leading and broad coalition (appendix B) is in the werkagenda,
    next to its programmes and initiatives; a one-theme werkagenda leaves it out."""
    source = sample_files["iza-drenthe"]
    members = rows(source, "SELECT sector, coalesce(short_name, name), coalition "
                           "FROM organisation WHERE coalition IS NOT NULL AND sector IS NOT NULL")
    assert {str(c) for _s, _n, c in members} == {"leidend", "breed"}
    out = build_report("werkagenda", source, tmp_path / "w.pdf", ReportOptions())
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    start = next(i for i, page in enumerate(pages) if "Coalities Per sector" in page)
    appendix = " ".join(pages[start:])
    assert "Sector Leidende coalitie Brede coalitie" in appendix
    for sector, name, _coalition in members:
        assert str(sector) in appendix and " ".join(str(name).split())[:20] in appendix, name
    theme = rows(source, "SELECT code FROM theme WHERE code IS NOT NULL ORDER BY position")[0][0]
    one = flat(build_report("werkagenda", source, tmp_path / "t.pdf",
                            ReportOptions(theme=str(theme))))
    assert "Leidende coalitie" not in one


def test_werkagenda_prints_the_results_history(sample_files: dict[str, Path],
                                               tmp_path: Path) -> None:
    """Every reporting moment with results, oldest first, under its goal (issue 13)."""
    source = sample_files["noord-limburg"]
    moments = rows(source, "SELECT results FROM status_update WHERE results IS NOT NULL "
                           "AND goal_id IS NOT NULL AND internal = 0")
    assert len(moments) >= 10
    text = flat(build_report("werkagenda", source, tmp_path / "w.pdf", ReportOptions()))
    assert "Resultaten:" in text and "2 jun 2022:" in text
    for (results,) in moments:
        words = " ".join(str(results).replace("\u2022", " ").split()).split()[:5]
        assert " ".join(words) in text, results
