"""Reports print what the workspace holds, and say it plainly: user text with angle brackets,
the goal editor's bold/italic/bullets, late milestones marked in text and colour, the
timeline naming what it leaves out, and public agendas numbered without gaps."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from zorgdesk.dutch import nl_euro
from zorgdesk.models import AgendaItem, Body, Goal, Meeting, Milestone, Theme, Workspace, YearMark
from zorgdesk.models.enums import GoalLevel, ItemKind, MilestoneStatus, Precision
from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.reports.common import esc, plain
from zorgdesk.store import create_store

RICH_TEXT = "<p><b>Vet stuk</b> en <i>schuin stuk</i> &lt;los&gt;</p><ul><li>Punt een</li></ul>"


def build(path: Path) -> Path:
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Regio <Twente>", region="Oost", period_from=2025, period_to=2025))
        theme = Theme(code="1", name="GGZ <ketenaanpak>", position=1)
        empty = Theme(code="2", name="Leeg thema", position=2)
        s.add_all([theme, empty])
        s.flush()
        literal = Goal(theme_id=theme.id, level=GoalLevel.OPERATIONEEL, code="1.1",
                       title="Doel <Twente>", text="<b>niet vet</b> blijft letterlijk")
        formatted = Goal(theme_id=theme.id, level=GoalLevel.OPERATIONEEL, code="1.2",
                         title="Opgemaakt doel", text=RICH_TEXT, position=1)
        bare = Goal(theme_id=theme.id, level=GoalLevel.OPERATIONEEL, code="1.3",
                    title="Doel zonder planning", position=2)
        s.add_all([literal, formatted, bare])
        s.flush()
        s.add(YearMark(goal_id=literal.id, year=2025, and_later=True))
        s.add(Milestone(goal_id=formatted.id, title="Achterstallige mijlpaal",
                        precision=Precision.QUARTER, year=2025, quarter=1,
                        status=MilestoneStatus.GEPLAND))
        s.add(Milestone(goal_id=formatted.id, title="Afgeronde mijlpaal",
                        precision=Precision.QUARTER, year=2025, quarter=1,
                        status=MilestoneStatus.GEREED))
        body = Body(name="Stuurgroep", abbreviation="SG")
        s.add(body)
        s.flush()
        meeting = Meeting(body_id=body.id, starts_at=datetime(2025, 9, 1, 10, 0))
        s.add(meeting)
        s.flush()
        for n, (title, secret) in enumerate((("Opening", False), ("Geheim punt", True),
                                             ("Rondvraag", False))):
            s.add(AgendaItem(meeting_id=meeting.id, position=n, title=title,
                             kind=ItemKind.INFORMATIE, confidential=secret))
    store.close()
    return path


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("literal") / "literal.zorgdesk")


def options(public: bool = False) -> ReportOptions:
    return ReportOptions(public=public, made_on=date(2025, 6, 1), since=date(2025, 1, 1),
                         meeting=("SG", date(2025, 9, 1)))


def words(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def fonts_by_text(path: Path) -> dict[str, set[str]]:
    """Each drawn text run with the font it was drawn in."""
    from pypdf import PdfReader

    found: dict[str, set[str]] = {}

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        if text.strip():
            found.setdefault(text.strip(), set()).add(name)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_user_text_is_printed_literally(workspace: Path, tmp_path: Path) -> None:
    text = words(build_report("werkagenda", workspace, tmp_path / "w.pdf", options()))
    assert "GGZ <ketenaanpak>" in text
    assert "Doel <Twente>" in text
    assert "<b>niet vet</b> blijft letterlijk" in text
    assert "Regio <Twente>" in text


def test_goal_rich_text_renders_bold_italic_and_bullets(workspace: Path, tmp_path: Path
                                                         ) -> None:
    pdf = build_report("werkagenda", workspace, tmp_path / "w.pdf", options())
    text = words(pdf)
    assert "Vet stuk en schuin stuk <los>" in text
    assert "\u2022" in text and "Punt een" in text
    assert "<b>" not in text.replace("<b>niet vet</b>", "")
    runs = fonts_by_text(pdf)
    bold = {t for t, fonts in runs.items() if any("Bold" in f for f in fonts)}
    italic = {t for t, fonts in runs.items() if any("Oblique" in f for f in fonts)}
    assert any("Vet stuk" in t for t in bold), runs
    assert any("schuin stuk" in t for t in italic), runs
    assert not any("niet vet" in t for t in bold)


def test_rich_and_plain_helpers() -> None:
    assert plain("GGZ <ketenaanpak>") == "GGZ <ketenaanpak>"
    assert plain(RICH_TEXT) == "Vet stuk en schuin stuk <los>\n\u2022 Punt een"
    assert esc("a < b") == "a &lt; b"
    assert "<b>Vet stuk</b>" in esc(RICH_TEXT) and "&lt;los&gt;" in esc(RICH_TEXT)
    assert nl_euro(217699300) == "\u20ac 2.176.993"
    assert nl_euro(1530000 + 5) == "\u20ac 15.300,05"


def test_theme_without_goals_says_so(workspace: Path, tmp_path: Path) -> None:
    text = words(build_report("werkagenda", workspace, tmp_path / "w.pdf", options()))
    assert "Leeg thema" in text and "Dit thema heeft nog geen doelen." in text


@pytest.mark.parametrize("kind", ["werkagenda", "timeline"])
def test_late_milestone_is_marked_te_laat(workspace: Path, tmp_path: Path, kind: str) -> None:
    text = words(build_report(kind, workspace, tmp_path / "r.pdf", options()))
    assert text.count("te laat") >= 1
    after = text.partition("Achterstallige mijlpaal")[2]
    assert "te laat" in after[:80], after[:80]
    done = text.partition("Afgeronde mijlpaal")[2][:40]
    assert "te laat" not in done


def test_progress_report_marks_late_milestones(workspace: Path, tmp_path: Path) -> None:
    text = words(build_report("progress", workspace, tmp_path / "v.pdf", options()))
    assert "te laat: Achterstallige mijlpaal" in text, text[:400]
    assert "Afgeronde mijlpaal" not in text.partition("te laat:")[2][:80]


def test_timeline_names_goals_it_leaves_out(workspace: Path, tmp_path: Path) -> None:
    text = words(build_report("timeline", workspace, tmp_path / "t.pdf", options()))
    assert "Niet in de tijdlijn" in text
    assert "1.3 Doel zonder planning" in text
    assert "2025\u20132025" not in text and "2025-2025" not in text
    assert "\u2192" in text  # "2025 en later" drawn open-ended


def test_public_agenda_is_renumbered_internal_marks_confidential(workspace: Path,
                                                                  tmp_path: Path) -> None:
    internal = words(build_report("agenda", workspace, tmp_path / "i.pdf", options()))
    public = words(build_report("agenda", workspace, tmp_path / "p.pdf", options(True)))
    assert "VERTROUWELIJK" in internal and "Geheim punt" in internal
    assert "3 10:00 Rondvraag" in internal
    assert "Geheim punt" not in public and "VERTROUWELIJK" not in public
    assert "2 10:00 Rondvraag" in public and "3 10:00 Rondvraag" not in public


@pytest.mark.parametrize("kind", ["werkagenda", "timeline", "progress", "matrix"])
def test_glyph_the_font_lacks_is_replaced_visibly_and_file_is_pdfa(tmp_path: Path,
                                                                   kind: str) -> None:
    from zorgdesk.reports.pdfa import validate
    from zorgdesk.store import open_store

    path = build(tmp_path / "emoji.zorgdesk")
    store = open_store(path)
    with store.transaction() as s:
        goal = s.query(Goal).filter_by(code="1.1").one()
        goal.title = "Ambulance \U0001f691 sneller"
        s.query(Workspace).one().name = "Regio \U0001f691"
    store.close()
    pdf = build_report(kind, path, tmp_path / "e.pdf", options())
    result = validate(pdf)
    assert result.passed, result.problems
    text = words(pdf)
    assert "Regio \ufffd" in text
    if kind not in ("progress", "matrix"):
        assert "Ambulance \ufffd sneller" in text


def test_matrix_with_many_partners_merges_columns_per_kind(tmp_path: Path) -> None:
    """Forty partners do not fit across a page: one column per kind, only partners with a role,
    and the detail per partner; the grid is not repeated per group of partners."""
    from pypdf import PdfReader

    from zorgdesk.models import Organisation, Role
    from zorgdesk.models.enums import OrgKind, RoleKind
    from zorgdesk.store import open_store

    path = build(tmp_path / "many.zorgdesk")
    store = open_store(path)
    with store.transaction() as s:
        goals = s.query(Goal).order_by(Goal.code).all()
        orgs = [Organisation(name=f"Gemeente {n:02d}", kind=OrgKind.GEMEENTE) for n in range(30)]
        orgs += [Organisation(name=f"Welzijn {n:02d}", kind=OrgKind.WELZIJN) for n in range(12)]
        idle = Organisation(name="Stille Partner", kind=OrgKind.OVERIG)
        s.add_all([*orgs, idle])
        s.flush()
        for n, org in enumerate(orgs):
            s.add(Role(goal_id=goals[n % 2].id, organisation_id=org.id,
                       role=RoleKind.TREKKER if n == 0 else RoleKind.BETROKKEN))
    store.close()
    pdf = build_report("matrix", path, tmp_path / "m.pdf", options())
    text = words(pdf)
    assert "Gemeenten (30)" in text and "Welzijn (12)" in text
    assert "Stille Partner" not in text
    assert "Per partner" in text and "Gemeente 00" in text
    assert "Partners 1 van" not in text
    assert len(PdfReader(pdf).pages) <= 3


def test_trekker_only_for_a_real_trekker_role(tmp_path: Path) -> None:
    from zorgdesk.models import Person, Role, StatusUpdate
    from zorgdesk.models.enums import Light, RoleKind
    from zorgdesk.store import open_store

    path = build(tmp_path / "roles.zorgdesk")
    store = open_store(path)
    with store.transaction() as s:
        goal = s.query(Goal).filter_by(code="1.1").one()
        person = Person(name="Bea Betrokken", function="adviseur", publishable=True)
        s.add(person)
        s.flush()
        s.add(Role(goal_id=goal.id, person_id=person.id, role=RoleKind.BETROKKEN))
        s.add(StatusUpdate(goal_id=goal.id, reported_on=date(2025, 5, 1), light=Light.GROEN,
                           results="Op koers"))
    store.close()
    text = words(build_report("progress", path, tmp_path / "p.pdf", options()))
    assert "Bea Betrokken" in text
    assert "Trekker: Bea Betrokken" not in text
    assert "Betrokken: Bea Betrokken" in text
