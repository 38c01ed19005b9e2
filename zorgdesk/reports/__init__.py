"""Printable reports (PDF/A-2b): agenda, meeting pack, minutes, werkagenda, progress, matrix,
timeline. Each report can be made internal or public (publieksversie).

`build_report(kind, store_or_path, out, options)` opens its own Session (so it can run on a
worker thread), lays the report out with reportlab platypus, converts it to PDF/A-2b and
writes it atomically. reportlab, matplotlib, pypdf and pikepdf are imported here only when a
report is made, never at app start-up. Nothing in this package imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:

    from zorgdesk.reports.common import Styles
    from zorgdesk.services.goals.plan import WorkspaceData
    from zorgdesk.services.workspace.privacy_filter import Privacy
    from zorgdesk.store import Store


MakeFn = Callable[["Context"], "ReportContent"]


# One small function per report that imports its module: plain imports, so PyInstaller sees
# them, and only when that report is made (each pulls in reportlab).
def _agenda() -> MakeFn:
    from zorgdesk.reports.agenda import make

    return make


def _meeting_pack() -> MakeFn:
    from zorgdesk.reports.meeting_pack import make

    return make


def _minutes() -> MakeFn:
    from zorgdesk.reports.minutes import make

    return make


def _werkagenda() -> MakeFn:
    from zorgdesk.reports.werkagenda import make

    return make


def _progress() -> MakeFn:
    from zorgdesk.reports.progress import make

    return make


def _matrix() -> MakeFn:
    from zorgdesk.reports.matrix import make

    return make


def _timeline() -> MakeFn:
    from zorgdesk.reports.timeline import make

    return make


def _changes() -> MakeFn:
    from zorgdesk.reports.changes import make

    return make


@dataclass(frozen=True, slots=True)
class ReportKind:
    key: str
    title: str  # Dutch, as the Rapporten page lists it
    description: str
    load: Callable[[], MakeFn]  # imports the report's module and returns its make()
    needs_meeting: bool = False
    uses_since: bool = False
    uses_theme: bool = False
    needs_version: bool = False


REPORTS: dict[str, ReportKind] = {
    k.key: k for k in (
        ReportKind("agenda", "Agenda", "De agenda van een vergadering, met tijden, soort en "
                   "inbreng, om te versturen.", _agenda,
                   needs_meeting=True),
        ReportKind("meeting-pack", "Vergaderset", "Voorblad, agenda, verslag en besluiten van "
                   "de vorige vergadering, actielijst, verkeerslichten, tijdlijn, indicatoren "
                   "en de bijlagen.", _meeting_pack, needs_meeting=True),
        ReportKind("minutes", "Verslag", "Notulen met aanwezigen, besluiten en actiepunten.",
                   _minutes, needs_meeting=True),
        ReportKind("werkagenda", "Werkagenda", "Het hele plan per thema: strategische en "
                   "operationele doelen met jaargrid, initiatieven en initiatiefnemers.",
                   _werkagenda, uses_theme=True),
        ReportKind("progress", "Voortgangsrapportage", "Per thema de doelen met verkeerslicht, "
                   "resultaten en aandachtspunten, en wat er veranderde sinds een datum.",
                   _progress, uses_since=True, uses_theme=True),
        ReportKind("matrix", "Partnermatrix", "Welke partner welke rol heeft op welk doel.",
                   _matrix, uses_theme=True),
        ReportKind("timeline", "Tijdlijn", "Het Gantt-grid in kwartalen: jaarmarkeringen en "
                   "mijlpalen per doel.", _timeline, uses_theme=True),
        ReportKind("changes", "Wijzigingen sinds vaststelling", "Wat er sinds een "
                   "vastgestelde versie nieuw is, veranderde of verviel, naast elkaar.",
                   _changes, needs_version=True),
    )
}


ProgressFn = Callable[[int, str], None]


@dataclass(slots=True)
class ReportOptions:
    public: bool = False
    meeting_id: str | None = None
    meeting: tuple[str, date] | None = None  # (body abbreviation or name, day)
    since: date | None = None
    theme: str | None = None  # id, code or name
    version: str | None = None  # an adopted version (name or id): compare with, or print as of
    made_on: date | None = None
    progress: ProgressFn | None = None
    warnings: list[str] = field(default_factory=list)  # filled by build_report
    # name -> what the public edition prints instead (from the privacy check before saving)
    replacements: dict[str, str] = field(default_factory=dict)
    language: str = "nl"  # "nl" or "en": the language the report is printed in (language.py)


@dataclass(slots=True)
class Context:
    """What a report builder gets: the workspace to read through the services' report rows
    (services/goals/plan.py, services/meetings/meeting_data.py) and its edition's filter."""

    store: Store
    privacy: Privacy
    styles: Styles
    options: ReportOptions
    workspace: WorkspaceData
    meeting_id: str | None = None
    theme_id: str | None = None

    def progress(self, percent: int, label: str) -> None:
        if self.options.progress is not None:
            self.options.progress(percent, label)


@dataclass(slots=True)
class ReportContent:
    title: str
    subtitle: str
    story: list[Any]
    landscape_first: bool = False
    extra_pages: int = 0
    # Runs on the laid-out PDF bytes (the meeting pack merges its attachments here).
    finish: Callable[[bytes], bytes] | None = None
    keywords: str = ""
    # Foreign PDFs merged in; named when the result cannot be PDF/A.
    attachment_names: tuple[str, ...] = ()


def not_pdfa_message(attachments: tuple[str, ...]) -> str:
    """What the user reads when the check after writing failed: plain Dutch, what to do."""
    if attachments:
        names = ", ".join(f"\u201c{n}\u201d" for n in attachments)
        return ("Het rapport is opgeslagen als gewone PDF, niet als archief-PDF (PDF/A): "
                f"een bijlage voldoet daar niet aan ({names}). Sla die bijlage opnieuw op als "
                "PDF/A (in Word: Opslaan als \u2192 PDF \u2192 Opties \u2192 PDF/A) en "
                "voeg haar opnieuw toe, of maak het rapport zonder die bijlage.")
    return ("Het rapport is opgeslagen als gewone PDF, niet als archief-PDF (PDF/A): de "
            "controle na het schrijven keurde het bestand af. Maak het rapport opnieuw; "
            "blijft dit gebeuren, meld het dan aan de beheerder.")


def build_report(kind: str, store_or_path: Store | Path | str, out: Path | str,
                 options: ReportOptions | None = None) -> Path:
    """Make report `kind` of the workspace and write it to `out` (atomically). Returns `out`.

    The report is printed in `options.language`, set for this build only (a ContextVar, so
    two reports made at once on two threads each keep their own)."""
    from zorgdesk.collector import fewer_collections
    from zorgdesk.reports.language import report_language

    options = options or ReportOptions()
    with report_language(options.language), fewer_collections():
        return _build_report(kind, store_or_path, out, options)


def _build_report(kind: str, store_or_path: Store | Path | str, out: Path | str,
                  options: ReportOptions) -> Path:
    from zorgdesk.reports.common import PageInfo, make_styles, render
    from zorgdesk.reports.language import PDF_LANGUAGE, language, translate, word
    from zorgdesk.reports.pdfa import write_pdfa
    from zorgdesk.services.errors import ReportDataError
    from zorgdesk.services.goals.plan import find_theme, load_workspace
    from zorgdesk.services.workspace.privacy_filter import Privacy
    from zorgdesk.store import Store, open_store
    from zorgdesk.store.atomic import atomic_path
    from zorgdesk.store.errors import QT_TRANSLATE_NOOP

    try:
        report = REPORTS[kind]
    except KeyError:
        raise ReportDataError(
            QT_TRANSLATE_NOOP("StoreError", "Onbekend rapport '{kind}'. Kies uit: {known}."),
            kind=kind, known=", ".join(REPORTS)) from None
    from zorgdesk.store.server import workspace_location

    store = (store_or_path if isinstance(store_or_path, Store)
             else open_store(workspace_location(str(store_or_path)), readonly=True,
                             hold=False))
    own_store = store is not store_or_path
    if options.version and not report.needs_version:
        # Printed as adopted: the version becomes a workspace of its own, made once here.
        return _build_as_adopted(kind, store, own_store, Path(out), options)
    step = options.progress or (lambda _p, _l: None)
    step(2, "Gegevens lezen")
    try:
        privacy = Privacy(store, options.public, options.replacements)
        ctx = Context(store, privacy, make_styles(), options, load_workspace(store))
        if report.needs_meeting:
            from zorgdesk.services.meetings.meeting_data import default_meeting, find_meeting

            if options.meeting_id:
                ctx.meeting_id = options.meeting_id
            elif options.meeting:
                ctx.meeting_id = find_meeting(store, *options.meeting)
            else:
                ctx.meeting_id = default_meeting(store, options.made_on)
        if options.theme:
            ctx.theme_id = find_theme(store, options.theme)
        content = report.load()(ctx)
        step(40, "Pagina's opmaken")
        edition = translate("Report", " (publieksversie)") if options.public else ""
        info = PageInfo(ctx.workspace.name, content.title + edition, content.subtitle,
                        options.made_on or date.today(), options.public,
                        extra_pages=content.extra_pages)
        kind_title = word(report.title)
        data = render(content.story, info, subject=f"{kind_title}: {content.subtitle}",
                      landscape_first=content.landscape_first, keywords=content.keywords)
        if content.finish is not None:
            step(75, "Bijlagen samenvoegen")
            data = content.finish(data)
        step(85, "PDF/A schrijven")
        out = Path(out)
        with atomic_path(out) as tmp:
            if content.finish is None:
                # Our own pages are PDF/A-2b as reportlab writes them (reports/archive.py).
                tmp.write_bytes(data)
                passed = True
            else:
                passed = write_pdfa(data, tmp, title=f"{info.title} - {info.workspace}",
                                    author=info.workspace, subject=f"{kind_title}: "
                                    f"{content.subtitle}", keywords=content.keywords,
                                    lang=PDF_LANGUAGE[language()]).passed
        if not passed:
            options.warnings.append(not_pdfa_message(content.attachment_names))
        step(100, "Klaar")
        return out
    finally:
        if own_store:
            store.close()


def _build_as_adopted(kind: str, store: Store, own_store: bool, out: Path,
                      options: ReportOptions) -> Path:
    import dataclasses
    import tempfile

    from zorgdesk.services.workspace.versions import find_version, write_version_workspace

    try:
        version = find_version(store, options.version or "")
        with tempfile.TemporaryDirectory(prefix="zorgdesk-versie-") as folder:
            adopted = write_version_workspace(store, version.id, Path(folder) / "versie.zorgdesk")
            as_of = dataclasses.replace(options, version=None,
                                        made_on=options.made_on or version.adopted_on)
            result = build_report(kind, adopted, out, as_of)
            options.warnings.extend(as_of.warnings)
            return result
    finally:
        if own_store:
            store.close()
