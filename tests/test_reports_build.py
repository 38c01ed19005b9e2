"""Every report of a small hand-made workspace, read back: text, pages, outline, metadata, fonts,
PDF/A structure; and the public edition leaves out what it must."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from zorgdesk.models import (
    Action,
    AgendaItem,
    AgendaItemGoal,
    Attachment,
    Body,
    BodyMember,
    Decision,
    Goal,
    Indicator,
    Measurement,
    Meeting,
    MeetingAttendance,
    Milestone,
    Organisation,
    Person,
    RelatedInitiative,
    Role,
    StatusUpdate,
    Theme,
    Workspace,
    YearMark,
)
from zorgdesk.models.enums import (
    ActionStatus,
    Attendance,
    GoalLevel,
    ItemKind,
    Light,
    MemberRole,
    MilestoneStatus,
    OrgKind,
    Precision,
    RoleKind,
)
from zorgdesk.reports import REPORTS, ReportOptions, build_report
from zorgdesk.services.workspace.versions import adopt_version
from zorgdesk.store import create_store

SECRET_NAME = "Geheime Gerda"
VERSION = "Werkagenda 2025"
PUBLIC_NAME = "Openbare Otto"


def attachment_pdf(text: str) -> bytes:
    """A one-page PDF with an embedded font, like a real attachment made by ZorgDesk."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from zorgdesk.reports.common import FONT, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT)
    canvas.setFont(FONT, 14)
    canvas.drawString(72, 700, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_small(path: Path) -> Path:
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Testregio Zorg", region="Testland", period_from=2024,
                        period_to=2027, period_open_ended=True, vision_title="Droom 2040"))
        gemeente = Organisation(name="Gemeente Testdorp", short_name="Testdorp",
                                kind=OrgKind.GEMEENTE)
        verzekeraar = Organisation(name="Zorgverzekeraar Test", short_name="ZVT",
                                   kind=OrgKind.ZORGVERZEKERAAR)
        s.add_all([gemeente, verzekeraar])
        s.flush()
        gerda = Person(name=SECRET_NAME, function="wethouder", organisation_id=gemeente.id,
                       publishable=False)
        otto = Person(name=PUBLIC_NAME, function="regiocoördinator",
                      organisation_id=verzekeraar.id, publishable=True)
        s.add_all([gerda, otto])
        theme = Theme(code="2.1", name="Ouderenzorg", position=1)
        s.add(theme)
        s.flush()
        strat = Goal(theme_id=theme.id, level=GoalLevel.STRATEGISCH, code="2.1.1",
                     title="Ouderen wonen langer thuis", text="<p>Met steun van de buurt.</p>")
        s.add(strat)
        s.flush()
        ops = []
        for n, letter in enumerate("ABC"):
            op = Goal(theme_id=theme.id, parent_id=strat.id, level=GoalLevel.OPERATIONEEL,
                      code=f"2.1.1.{letter}", title=f"Operationeel doel {letter} met ë en €",
                      position=n, internal_notes="INTERN-NOTITIE niet publiceren")
            s.add(op)
            ops.append(op)
        s.flush()
        for n, op in enumerate(ops):
            s.add(YearMark(goal_id=op.id, year=2024 + n))
            s.add(YearMark(goal_id=op.id, year=2027, and_later=True))
            s.add(Milestone(goal_id=op.id, title=f"Mijlpaal {n}", precision=Precision.QUARTER,
                            year=2025, quarter=n + 1, status=MilestoneStatus.GEPLAND))
            s.add(StatusUpdate(goal_id=op.id, reported_on=date(2025, 1, 10),
                               light=[Light.GROEN, Light.ORANJE, Light.ROOD][n],
                               results=f"Resultaat {n} met {SECRET_NAME}",
                               attention_points="Capaciteit"))
        s.add(StatusUpdate(goal_id=ops[0].id, reported_on=date(2025, 3, 1), light=Light.ROOD,
                           results="INTERNE-STAND", internal=True))
        s.add(Role(goal_id=ops[0].id, organisation_id=gemeente.id, role=RoleKind.TREKKER))
        s.add(Role(goal_id=ops[1].id, organisation_id=verzekeraar.id,
                   role=RoleKind.INITIATIEFNEMER))
        s.add(Role(theme_id=theme.id, person_id=gerda.id, role=RoleKind.TREKKER,
                   capacity="bestuurlijk trekker"))
        s.add(Role(theme_id=theme.id, person_id=otto.id, role=RoleKind.BETROKKEN))
        s.add(RelatedInitiative(kind="inspirerend initiatief", goal_id=ops[0].id,
                                name="Buurtkamer Testdorp", aim="Ontmoeting"))
        ind = Indicator(goal_id=ops[0].id, name="Hybride zorg", unit="%", baseline=20,
                        target=70, target_year=2027)
        s.add(ind)
        s.flush()
        for k, v in enumerate([20, 35, 48]):
            s.add(Measurement(indicator_id=ind.id, measured_on=date(2024 + k, 6, 1), value=v))
        body = Body(name="Ambtelijke samenwerkingstafel", abbreviation="AST",
                    location="Stadhuis Testdorp", duration_minutes=120)
        s.add(body)
        s.flush()
        s.add(BodyMember(body_id=body.id, person_id=gerda.id, role=MemberRole.VOORZITTER))
        s.add(BodyMember(body_id=body.id, person_id=otto.id, role=MemberRole.SECRETARIS))
        s.add(BodyMember(body_id=body.id, organisation_id=verzekeraar.id, role=MemberRole.LID))
        previous = Meeting(body_id=body.id, starts_at=datetime(2025, 1, 13, 14, 0),
                           ends_at=datetime(2025, 1, 13, 16, 0))
        meeting = Meeting(body_id=body.id, starts_at=datetime(2025, 3, 14, 14, 0),
                          ends_at=datetime(2025, 3, 14, 16, 0), title="Voorjaarsoverleg")
        nxt = Meeting(body_id=body.id, starts_at=datetime(2025, 5, 12, 14, 0))
        s.add_all([previous, meeting, nxt])
        s.flush()
        for m in (previous, meeting):
            items = [
                AgendaItem(meeting_id=m.id, position=0, title="Opening en mededelingen",
                           kind=ItemKind.INFORMATIE, presenter_person_id=gerda.id,
                           minutes_allotted=10, minutes_text=f"{SECRET_NAME} opent."),
                AgendaItem(meeting_id=m.id, position=1, title="Voortgang ouderenzorg",
                           kind=ItemKind.BESPREKING, presenter_person_id=otto.id,
                           minutes_allotted=30, minutes_text="Besproken."),
                AgendaItem(meeting_id=m.id, position=2, title="VERTROUWELIJK-PUNT",
                           kind=ItemKind.BESLUITVORMING, presenter="Directie",
                           minutes_allotted=20, confidential=True,
                           minutes_text="Geheim besproken."),
            ]
            s.add_all(items)
            s.flush()
            s.add(AgendaItemGoal(agenda_item_id=items[1].id, goal_id=ops[0].id))
            s.add(Decision(meeting_id=m.id, agenda_item_id=items[1].id,
                           number=f"AST-{m.starts_at.month:02d}-1",
                           text="De voortgang wordt vastgesteld."))
            s.add(Decision(meeting_id=m.id, agenda_item_id=items[2].id,
                           number=f"AST-{m.starts_at.month:02d}-2", text="GEHEIM-BESLUIT"))
            s.add(Action(text="Plan uitwerken", owner_person_id=gerda.id, due=date(2025, 4, 1),
                         meeting_id=m.id, agenda_item_id=items[1].id, body_id=body.id,
                         status=ActionStatus.OPEN))
            for person, status in ((gerda, Attendance.AANWEZIG), (otto, Attendance.AFGEMELD)):
                s.add(MeetingAttendance(meeting_id=m.id, person_id=person.id, status=status))
            pdf = attachment_pdf(f"Notitie bij {m.starts_at:%d-%m}")
            s.add(Attachment(agenda_item_id=items[1].id, filename="notitie.pdf",
                             mime_type="application/pdf", size_bytes=len(pdf),
                             sha256="0" * 64, content=pdf))
            s.add(Attachment(agenda_item_id=items[1].id, filename="geheim.pdf",
                             mime_type="application/pdf", size_bytes=len(pdf),
                             sha256="1" * 64, content=pdf, confidential=True, position=1))
    # An adopted version, and since then the theme's trekker role made anew (for `changes`).
    adopt_version(store, VERSION, "de BST", date(2025, 1, 15))
    with store.transaction() as s:
        role = s.scalars(select(Role).where(Role.role == RoleKind.TREKKER,
                                            Role.theme_id.is_not(None))).one()
        s.delete(role)
        s.add(Role(theme_id=role.theme_id, person_id=role.person_id, role=RoleKind.TREKKER,
                   capacity=role.capacity))
    store.close()
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("small") / "small.zorgdesk")


def text_of(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def options(public: bool = False, kind: str = "") -> ReportOptions:
    needs_version = kind in REPORTS and REPORTS[kind].needs_version
    return ReportOptions(public=public, meeting=("AST", date(2025, 3, 14)),
                         since=date(2025, 1, 1), made_on=date(2025, 3, 1),
                         version=VERSION if needs_version else None)


@pytest.mark.parametrize("kind", list(REPORTS))
def test_report_reads_back(small: Path, tmp_path: Path, kind: str) -> None:
    from pypdf import PdfReader

    out = build_report(kind, small, tmp_path / f"{kind}.pdf", options(kind=kind))
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages >= 1
    text = text_of(out)
    assert "Testregio Zorg" in text
    assert f"pagina 1 van {pages}" in text
    assert f"pagina {pages} van {pages}" in text
    assert "1 mrt 2025" in text  # the date in the footer
    meta = reader.metadata
    assert meta is not None and meta.title and "Testregio Zorg" in meta.title
    assert meta.author == "Testregio Zorg"
    assert meta.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == "nl-NL"  # type: ignore[index]
    assert reader.outline, "every report has bookmarks"
    fonts = fonts_of(out)
    assert fonts and all(embedded for embedded in fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    check_pdfa_structure(out)


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font of every page (and of the form XObjects on it): embedded or not."""
    import pikepdf

    found: dict[str, bool] = {}
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                if obj.get("/Subtype") == "/Type0":
                    desc = obj.DescendantFonts[0].get("/FontDescriptor")
                else:
                    desc = obj.get("/FontDescriptor")
                embedded = desc is not None and any(
                    k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(obj.get("/BaseFont"))] = embedded
    return found


def check_pdfa_structure(path: Path) -> None:
    """What can be checked offline without veraPDF: pikepdf's PDF/A-2b allowlist validator,
    plus an explicit look at the OutputIntent, the XMP identification and encryption."""
    import pikepdf

    from zorgdesk.reports.pdfa import validate

    result = validate(path)
    assert result.passed, result.problems
    with pikepdf.open(path) as pdf:
        assert not pdf.is_encrypted
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
        assert "/DestOutputProfile" in intents[0]
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["dc:title"]
        for obj in pdf.objects:  # no transparency at all (charts are RGB without alpha)
            if isinstance(obj, pikepdf.Stream | pikepdf.Dictionary):
                d = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
                assert "/SMask" not in d and "/Group" not in d
                assert "/ca" not in d and "/CA" not in d


def test_public_edition_leaves_out_private_things(small: Path, tmp_path: Path) -> None:
    for kind in REPORTS:
        internal = text_of(build_report(kind, small, tmp_path / f"{kind}-i.pdf",
                                        options(kind=kind)))
        public = text_of(build_report(kind, small, tmp_path / f"{kind}-p.pdf",
                                      options(True, kind)))
        assert SECRET_NAME not in public, kind
        for secret in ("INTERN-NOTITIE", "INTERNE-STAND", "VERTROUWELIJK-PUNT",
                       "GEHEIM-BESLUIT", "geheim.pdf"):
            assert secret not in public, (kind, secret)
        if kind == "changes":  # the trekker role was made anew after the adopted version
            assert SECRET_NAME in internal and "de wethouder van" in public
        if kind in ("agenda", "minutes", "meeting-pack", "werkagenda"):
            assert SECRET_NAME in internal, kind
            assert PUBLIC_NAME in public, kind
            assert "de wethouder van de gemeente Testdorp" in public, kind  # natural
        if kind in ("agenda", "meeting-pack"):
            assert "VERTROUWELIJK-PUNT" in internal


def test_meeting_pack_merges_attachments_with_item_stamp(small: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = build_report("meeting-pack", small, tmp_path / "pack.pdf", options())
    reader = PdfReader(out)
    last = " ".join((reader.pages[-1].extract_text() or "").split())
    assert "Notitie bij 14-03" in last
    assert re.search(r"agendapunt 2", last)
    titles = [str(getattr(item, "title", "")) for item in flatten(reader.outline)]
    assert any("Bijlagen" in t for t in titles)
    assert "notitie.pdf" in text_of(out)


def flatten(outline: Sequence[object]) -> list[object]:
    out: list[object] = []
    for item in outline:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def test_unknown_meeting_is_a_dutch_error(small: Path, tmp_path: Path) -> None:
    from zorgdesk.services.errors import ReportDataError

    opts = ReportOptions(meeting=("AST", date(2022, 3, 14)))
    with pytest.raises(ReportDataError, match="Geen vergadering van AST op 2022-03-14"):
        build_report("agenda", small, tmp_path / "x.pdf", opts)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("kind", list(REPORTS))
def test_public_edition_is_pdfa_too(small: Path, tmp_path: Path, kind: str) -> None:
    """PDF/A is written by our own writer (reports/archive.py): the full validator approves
    the public edition of every kind as well, meeting packs with attachments included."""
    out = build_report(kind, small, tmp_path / f"{kind}.pdf", options(public=True, kind=kind))
    check_pdfa_structure(out)


def test_the_collector_runs_less_often_only_while_a_report_is_built(
        small: Path, tmp_path: Path) -> None:
    import gc

    from zorgdesk.services.errors import ReportDataError

    before = gc.get_threshold()
    during: list[tuple[int, ...]] = []
    opts = options(kind="werkagenda")
    opts.progress = lambda _percent, _label: during.append(gc.get_threshold())
    build_report("werkagenda", small, tmp_path / "w.pdf", opts)
    assert during and all(t[0] == 50_000 for t in during)
    assert gc.get_threshold() == before
    with pytest.raises(ReportDataError):
        build_report("bestaat-niet", small, tmp_path / "x.pdf")
    assert gc.get_threshold() == before
