"""`changes`: what changed since an adopted version of the work agenda, for a council to read.

It replaces the track-changes Word document that regions circulate before the yearly
adoption: per kind (goals, milestones, roles, funding) what was added, removed and changed,
with the adopted and the current value side by side.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from zorgdesk.dutch import nl_date_long
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
from zorgdesk.services.errors import ReportDataError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

KIND_WORDS = {"toegevoegd": "nieuw", "gewijzigd": "gewijzigd", "verwijderd": "vervallen"}


def _summary(counts: dict[str, int]) -> str:
    parts = [f"{n} {word}" for kind, word in KIND_WORDS.items() if (n := counts.get(kind, 0))]
    return ", ".join(parts) if parts else "geen wijzigingen"


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
    subtitle = f"sinds {version.label()}"
    story: list[Flowable] = [*title_block("Wijzigingen in de werkagenda", subtitle, s),
                             spacer(2)]
    intro = (f"Dit overzicht vergelijkt de werkagenda van vandaag met de versie "
             f"'{version.name}' die op {nl_date_long(version.adopted_on, weekday=False)} is "
             "vastgesteld" + (f" door {text(version.adopted_by)}" if version.adopted_by else "")
             + ". Per onderdeel staat wat er nieuw is, wat er veranderde (de vastgestelde en "
             "de huidige tekst naast elkaar) en wat er verviel.")
    story += [Paragraph(esc(intro), s.body), spacer(3)]
    totals = [["Onderdeel", "Nieuw", "Gewijzigd", "Vervallen"]]
    for section in report.sections:
        totals.append([section.title, str(section.count("toegevoegd")),
                       str(section.count("gewijzigd")), str(section.count("verwijderd"))])
    widths = [PORTRAIT_WIDTH - 3 * 26 * mm, *[26 * mm] * 3]
    story += [data_table(totals, widths, extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")]),
              spacer(5)]
    col = [52 * mm, 22 * mm, (PORTRAIT_WIDTH - 74 * mm) / 2, (PORTRAIT_WIDTH - 74 * mm) / 2]
    muted = hex_of(MUTED)
    for section in report.sections:
        counts = {k: section.count(k) for k in KIND_WORDS}
        story.append(heading(f"{section.title}: {_summary(counts)}", 1, s))
        if not section.changes:
            story += [Paragraph(esc("Niets veranderd sinds de vastgestelde versie."), s.body),
                      spacer(3)]
            continue
        rows: list[list[Any]] = [["Wat", "Wijziging", "Vastgesteld", "Nu"]]
        for change in section.changes:
            label = Paragraph(esc(text(change.label)), s.cell)
            if change.kind == "toegevoegd":
                rows.append([label, Paragraph("nieuw", s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell),
                             Paragraph(esc(text(change.label)), s.cell)])
            elif change.kind == "verwijderd":
                rows.append([label, Paragraph("vervallen", s.cell),
                             Paragraph(f"<strike>{esc(text(change.label))}</strike>", s.cell),
                             Paragraph(f"<font color='{muted}'>—</font>", s.cell)])
            else:
                for index, diff in enumerate(change.fields):
                    rows.append([label if index == 0 else "",
                                 Paragraph(esc(diff.field.lower()), s.cell),
                                 Paragraph(esc(text(diff.old)), s.cell),
                                 Paragraph(esc(text(diff.new)), s.cell)])
        story += [data_table(rows, col), spacer(4)]
    return ReportContent("Wijzigingen in de werkagenda", subtitle, story,
                         keywords="werkagenda, wijzigingen, vastgestelde versie")
