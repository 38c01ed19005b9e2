"""Wat is er veranderd sinds…: per theme the lights that changed, new reports, milestones done
or late and new goals since a date, to read (or copy into an e-mail) before a meeting."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals.changes import ThemeChanges, changes_since
from zorgdesk.services.goals.filter import filter_choices
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.date_field import DateField
from zorgdesk.ui.kit.formatting import short_date
from zorgdesk.ui.kit.lights import light_label


class ChangesSinceDialog(QDialog):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Wat is er veranderd?"))
        self.resize(760, 620)
        start = date.today() - timedelta(days=91)
        self.since = DateField(start, name=self.tr("Sinds"))
        self.since.setObjectName("changesSince")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Alle thema's"), None)
        for theme_id, label in filter_choices(ctx.store).themes:
            self.theme.addItem(label, theme_id)
        self.view = QTextBrowser()
        self.view.setObjectName("changesView")
        self.view.setAccessibleName(self.tr("Wat er veranderde"))
        copy = QPushButton(self.tr("Kopiëren"))
        copy.clicked.connect(self.copy)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sinds")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("Thema")))
        top.addWidget(self.theme, 1)
        top.addWidget(copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.since.dateChanged.connect(self.reload)
        self.theme.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        since = self.since.date() or date.today()
        themes = changes_since(self.ctx.store, since, self.theme.currentData())
        self.view.setHtml(self.as_html(themes, since))

    def as_html(self, themes: list[ThemeChanges], since: date) -> str:
        head = f"<h2>{escape(self.tr('Veranderd sinds %1').replace('%1', short_date(since)))}</h2>"
        if not themes:
            return head + f"<p>{escape(self.tr('Niets veranderd in deze periode.'))}</p>"
        out = [head]
        for theme in themes:
            out.append(f"<h3>{escape(theme.name)}</h3><ul>")
            for goal in theme.goals:
                label = f"{goal.code} {goal.title}" if goal.code else goal.title
                lines = []
                if goal.new:
                    lines.append(escape(self.tr("nieuw doel")))
                if goal.light_changed:
                    lines.append(escape(self.tr("verkeerslicht %1 → %2")
                                        .replace("%1", light_label(goal.light_before))
                                        .replace("%2", light_label(goal.light_now))))
                for day, _light, results, attention, by in goal.reports:
                    text = f"{short_date(day)}: " + escape(results or "")
                    if by:
                        text += " " + escape(self.tr("(door %1)").replace("%1", by))
                    if attention:
                        text += f" <i>{escape(self.tr('Aandacht'))}: {escape(attention)}</i>"
                    lines.append(text)
                for title, day in goal.done:
                    lines.append(escape(self.tr("gereed: %1 (%2)").replace("%1", title)
                                        .replace("%2", short_date(day))))
                for title, day in goal.late:
                    lines.append("<span style='color:#c62828'>" + escape(
                        self.tr("te laat: %1 (was %2)").replace("%1", title)
                        .replace("%2", short_date(day))) + "</span>")
                out.append(f"<li><b>{escape(label)}</b><br>" + "<br>".join(lines) + "</li>")
            out.append("</ul>")
        return "".join(out)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.view.toPlainText())
