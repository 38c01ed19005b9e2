"""`changes`: what changed since an adopted version of the work agenda, for a council to read.

It replaces the track-changes Word document that regions circulate before the yearly
adoption: per kind (goals, milestones, roles, funding) what was added, removed and changed,
with the adopted and the current value side by side.
"""

from __future__ import annotations

from typing import Any

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
from zorgdesk.reports.language import report_date_long, translate, word
from zorgdesk.services.errors import ReportDataError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

KIND_WORDS = {"toegevoegd": "nieuw", "gewijzigd": "gewijzigd", "verwijderd": "vervallen"}
VALUE_FIELDS = ("Status", "Rol")  # fields whose values are fixed Dutch terms


def _kind_words() -> dict[str, str]:
    return {"toegevoegd": translate("Report", "nieuw"),
            "gewijzigd": translate("Report", "gewijzigd"),
            "verwijderd": translate("Report", "vervallen")}


def _summary(counts: dict[str, int]) -> str:
    parts = [f"{n} {label}" for kind, label in _kind_words().items()
             if (n := counts.get(kind, 0))]
    return ", ".join(parts) if parts else translate("Report", "geen wijzigingen")


def _version_label(name: str, adopted_by: str | None, adopted_on: object) -> str:
    """services/workspace/versions.py VersionInfo.label, in the report's language."""
    if adopted_by:
        return translate("Report", "{name}, vastgesteld door {who} op {day}").format(
            name=name, who=adopted_by, day=f"{adopted_on:%d-%m-%Y}")
    return translate("Report", "{name} op {day}").format(name=name,
                                                          day=f"{adopted_on:%d-%m-%Y}")


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
    subtitle = translate("Report", "sinds {version}").format(version=_version_label(
        version.name, version.adopted_by, version.adopted_on))
    title = translate("Report", "Wijzigingen in de werkagenda")
    story: list[Flowable] = [*title_block(title, subtitle, s), spacer(2)]
    day = report_date_long(version.adopted_on, weekday=False)
    if version.adopted_by:
        intro = translate(
            "Report", "Dit overzicht vergelijkt de werkagenda van vandaag met de versie "
            "'{name}' die op {day} is vastgesteld door {who}. Per onderdeel staat wat er nieuw "
            "is, wat er veranderde (de vastgestelde en de huidige tekst naast elkaar) en wat "
            "er verviel.").format(name=version.name, day=day, who=text(version.adopted_by))
    else:
        intro = translate(
            "Report", "Dit overzicht vergelijkt de werkagenda van vandaag met de versie "
            "'{name}' die op {day} is vastgesteld. Per onderdeel staat wat er nieuw is, wat er "
            "veranderde (de vastgestelde en de huidige tekst naast elkaar) en wat er "
            "verviel.").format(name=version.name, day=day)
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
        story.append(heading(f"{word(section.title)}: {_summary(counts)}", 1, s))
        if not section.changes:
            nothing = translate("Report", "Niets veranderd sinds de vastgestelde versie.")
            story += [Paragraph(esc(nothing), s.body), spacer(3)]
            continue
        rows: list[list[Any]] = [[translate("Report", "Wat"), translate("Report", "Wijziging"),
                                  translate("Report", "Vastgesteld"),
                                  translate("Report", "Nu")]]
        for change in section.changes:
            label = Paragraph(esc(text(change.label)), s.cell)
            if change.kind == "toegevoegd":
                rows.append([label, Paragraph(translate("Report", "nieuw"), s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell),
                             Paragraph(esc(text(change.label)), s.cell)])
            elif change.kind == "verwijderd":
                rows.append([label, Paragraph(translate("Report", "vervallen"), s.cell),
                             Paragraph(f"<strike>{esc(text(change.label))}</strike>", s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell)])
            else:
                for index, diff in enumerate(change.fields):
                    old, new = text(diff.old), text(diff.new)
                    if diff.field in VALUE_FIELDS:
                        old, new = word(old), word(new)
                    rows.append([label if index == 0 else "",
                                 Paragraph(esc(word(diff.field).lower()), s.cell),
                                 Paragraph(esc(old), s.cell),
                                 Paragraph(esc(new), s.cell)])
        story += [data_table(rows, col), spacer(4)]
    return ReportContent(title, subtitle, story, keywords=translate(
        "Report", "werkagenda, wijzigingen, vastgestelde versie"))
