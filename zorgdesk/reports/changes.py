"""`changes`: what changed since an adopted version of the work agenda, for a council to read.

It replaces the track-changes Word document that regions circulate before the yearly
adoption: per kind (goals, milestones, roles, funding) what was added, removed and changed,
with the adopted and the current value side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from zorgdesk.reports import Context, ReportContent
from zorgdesk.reports.common import (
    MUTED,
    PORTRAIT_WIDTH,
    Paragraph,
    data_table,
    esc,
    heading,
    hex_of,
    spacer,
    title_block,
)
from zorgdesk.reports.language import current, translate, word
from zorgdesk.services.errors import ReportDataError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zorgdesk.services.workspace.versions import VersionInfo

KIND_WORDS = ("toegevoegd", "gewijzigd", "verwijderd")
# The section and field names services/workspace/versions.py compares, printed with word().
SECTION_WORDS = (
    QT_TRANSLATE_NOOP("ReportWord", "Doelen"), QT_TRANSLATE_NOOP("ReportWord", "Mijlpalen"),
    QT_TRANSLATE_NOOP("ReportWord", "Rollen van partners"),
    QT_TRANSLATE_NOOP("ReportWord", "Financiering"), QT_TRANSLATE_NOOP("ReportWord", "Code"),
    QT_TRANSLATE_NOOP("ReportWord", "Titel"), QT_TRANSLATE_NOOP("ReportWord", "Tekst"),
    QT_TRANSLATE_NOOP("ReportWord", "Thema"), QT_TRANSLATE_NOOP("ReportWord", "Valt onder"),
    QT_TRANSLATE_NOOP("ReportWord", "Streefjaar"), QT_TRANSLATE_NOOP("ReportWord", "Doelstelling"),
    QT_TRANSLATE_NOOP("ReportWord", "Planning"), QT_TRANSLATE_NOOP("ReportWord", "Gereed"),
    QT_TRANSLATE_NOOP("ReportWord", "Status"), QT_TRANSLATE_NOOP("ReportWord", "Doel"),
    QT_TRANSLATE_NOOP("ReportWord", "Rol"), QT_TRANSLATE_NOOP("ReportWord", "Bedrag"),
    QT_TRANSLATE_NOOP("ReportWord", "Jaar"),
)


def version_label(version: VersionInfo) -> str:
    """"Werkagenda 2025, vastgesteld door de stuurgroep op 03-03-2025" (VersionInfo.label)."""
    lang = current()
    day = (lang.date_long(version.adopted_on, weekday=False) if lang.code == "en"
           else f"{version.adopted_on:%d-%m-%Y}")
    if version.adopted_by:
        return translate("Report", "{name}, vastgesteld door {who} op {day}").format(
            name=version.name, who=version.adopted_by, day=day)
    return translate("Report", "{name}, vastgesteld op {day}").format(name=version.name,
                                                                       day=day)


def kind_words() -> dict[str, str]:
    """How a count of each kind of change is printed: "3 nieuw"."""
    return {"toegevoegd": translate("Report", "nieuw"),
            "gewijzigd": translate("Report", "gewijzigd"),
            "verwijderd": translate("Report", "vervallen")}


def _summary(counts: dict[str, int]) -> str:
    parts = [f"{n} {word}" for kind, word in kind_words().items() if (n := counts.get(kind, 0))]
    return ", ".join(parts) if parts else translate("Report", "geen wijzigingen")


def make(ctx: Context) -> ReportContent:
    from zorgdesk.services.workspace.versions import changes_since, find_version

    if ctx.store is None or not ctx.options.version:
        raise ReportDataError(QT_TRANSLATE_NOOP(
            "StoreError", "Kies de vastgestelde versie waarmee vergeleken wordt."))
    version = find_version(ctx.store, ctx.options.version)
    report = changes_since(ctx.store, version.id, public=ctx.options.public,
                           person_label=ctx.privacy.person)
    s = ctx.styles
    text = ctx.privacy.text  # free text, with names that may not be published replaced
    subtitle = translate("Report", "sinds {version}").format(
        version=version_label(version))
    title = translate("Report", "Wijzigingen in de werkagenda")
    story: list[Flowable] = [*title_block(title, subtitle, s), spacer(2)]
    adopted_on = current().date_long(version.adopted_on, weekday=False)
    by = (translate("Report", " door {who}").format(who=text(version.adopted_by))
          if version.adopted_by else "")
    intro = translate(
        "Report", "Dit overzicht vergelijkt de werkagenda van vandaag met de versie "
        "'{version}' die op {day} is vastgesteld{by}. Per onderdeel staat wat er nieuw is, "
        "wat er veranderde (de vastgestelde en de huidige tekst naast elkaar) en wat er "
        "verviel.").format(version=version.name, day=adopted_on, by=by)
    story += [Paragraph(esc(intro), s.body), spacer(3)]
    totals = [[translate("Report", "Onderdeel"), translate("Report", "Nieuw"),
               translate("Report", "Gewijzigd"), translate("Report", "Vervallen")]]
    for section in report.sections:
        totals.append([word(section.title), str(section.count("toegevoegd")),
                       str(section.count("gewijzigd")), str(section.count("verwijderd"))])
    widths = [PORTRAIT_WIDTH - 3 * 26 * mm, *[26 * mm] * 3]
    story += [data_table(totals, widths, extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")]),
              spacer(5)]
    col = [52 * mm, 22 * mm, (PORTRAIT_WIDTH - 74 * mm) / 2, (PORTRAIT_WIDTH - 74 * mm) / 2]
    muted = hex_of(MUTED)
    for section in report.sections:
        counts = {k: section.count(k) for k in KIND_WORDS}
        section_title = word(section.title)
        story.append(heading(f"{section_title}: {_summary(counts)}", 1, s))
        if not section.changes:
            unchanged = translate("Report", "Niets veranderd sinds de vastgestelde versie.")
            story += [Paragraph(esc(unchanged), s.body), spacer(3)]
            continue
        rows: list[list[Any]] = [[translate("Report", "Wat"), translate("Report", "Wijziging"),
                                  translate("Report", "Vastgesteld"), translate("Report", "Nu")]]
        words = kind_words()
        for change in section.changes:
            label = Paragraph(esc(text(change.label)), s.cell)
            if change.kind == "toegevoegd":
                rows.append([label, Paragraph(words["toegevoegd"], s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell),
                             Paragraph(esc(text(change.label)), s.cell)])
            elif change.kind == "verwijderd":
                rows.append([label, Paragraph(words["verwijderd"], s.cell),
                             Paragraph(f"<strike>{esc(text(change.label))}</strike>", s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell)])
            else:
                for index, diff in enumerate(change.fields):
                    rows.append([label if index == 0 else "",
                                 Paragraph(esc(word(diff.field).lower()), s.cell),
                                 Paragraph(esc(text(diff.old)), s.cell),
                                 Paragraph(esc(text(diff.new)), s.cell)])
        story += [data_table(rows, col), spacer(4)]
    return ReportContent(title, subtitle, story, keywords=translate(
        "Report", "werkagenda, wijzigingen, vastgestelde versie"))
