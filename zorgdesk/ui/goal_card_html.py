"""The read-only goal card as HTML for a QTextBrowser."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from zorgdesk.services.goal_card import GoalCard
from zorgdesk.ui.formatting import short_date
from zorgdesk.ui.lights import COLOURS

FIELD_LABELS = {
    "omschrijving": "Omschrijving", "doelstelling": "Doelstelling / effect", "scope": "Scope",
    "budget_capaciteit": "Budget en capaciteit", "planning": "Planning en mijlpalen",
    "governance": "Projectgovernance", "naslag": "Naslag",
}


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def goal_card_html(card: GoalCard, tr: Callable[[str], str]) -> str:
    out = [f"<h2>{escape(card.code or '')} {escape(card.title)}</h2>"]
    meta = [tr(card.level)]
    if card.theme:
        meta.append(escape(card.theme))
    if card.target_tbd:
        meta.append(tr("streefjaar nader te bepalen"))
    elif card.target_year:
        meta.append(tr("streefjaar") + f" {card.target_year}")
    out.append(f'<p style="color:#6b7580">{" · ".join(meta)}</p>')
    if card.text:
        out.append(f"<p>{_para(card.text)}</p>")
    for name, value in card.card_fields.items():
        out.append(f"<h4>{tr(FIELD_LABELS[name])}</h4><p>{_para(value)}</p>")
    if card.years:
        out.append(f"<h4>{tr('Jaren')}</h4><p>{', '.join(str(y) for y in card.years)}</p>")
    if card.milestones:
        rows = "".join(
            f"<tr><td>{escape(period)}</td><td>{escape(title)}</td><td>{escape(status)}</td></tr>"
            for period, title, status in card.milestones
        )
        out.append(f"<h4>{tr('Mijlpalen')}</h4><table cellpadding='3'>{rows}</table>")
    if card.status:
        out.append(f"<h4>{tr('Voortgang')}</h4>")
        for line in card.status[:5]:
            dot = f'<span style="color:{COLOURS[line.light]}">●</span> ' if line.light else ""
            out.append(f"<p>{dot}<b>{short_date(line.reported_on)}</b>"
                       + (f" <i>({tr('intern')})</i>" if line.internal else ""))
            if line.results:
                out.append(f"<br><b>{tr('Resultaten')}:</b> {_para(line.results)}")
            if line.attention_points:
                out.append(f"<br><b>{tr('Aandachtspunten')}:</b> {_para(line.attention_points)}")
            out.append("</p>")
    if card.roles:
        rows = "".join(
            f"<tr><td>{escape(who)}</td><td>{escape(role)}"
            f"{' (' + escape(cap) + ')' if cap else ''}</td></tr>"
            for who, role, cap in card.roles
        )
        out.append(f"<h4>{tr('Partners')}</h4><table cellpadding='2'>{rows}</table>")
    if card.initiatives:
        out.append(f"<h4>{tr('Inspirerende initiatieven')}</h4><ul>"
                   + "".join(f"<li>{escape(name)}</li>" for name, _ in card.initiatives) + "</ul>")
    if card.tags:
        out.append(f"<p><b>{tr('Rode draden')}:</b> {escape(', '.join(card.tags))}</p>")
    if card.programmes:
        out.append(f"<p><b>{tr('Transformatieprogramma’s')}:</b> "
                   f"{escape(', '.join(card.programmes))}</p>")
    if card.indicators:
        out.append(f"<h4>{tr('Indicatoren')}</h4><ul>" + "".join(
            f"<li>{escape(name)}" + (f": {target:g} {escape(unit or '')}" if target is not None
                                     else "") + (f" in {year}" if year else "") + "</li>"
            for name, unit, target, year in card.indicators) + "</ul>")
    return "".join(out)
