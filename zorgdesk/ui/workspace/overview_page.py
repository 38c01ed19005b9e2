"""Overzicht: the collaboration at a glance — counts, themes with their lights, what is next."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.workspace.overview import Overview, ThemeSummary, load_overview
from zorgdesk.ui.kit.context import EVERYTHING, WorkspaceContext
from zorgdesk.ui.kit.formatting import date_time, number, short_date
from zorgdesk.ui.kit.lights import COLOURS, light_icon, light_label
from zorgdesk.ui.kit.page import Page, heading, set_enum_property

translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context

# Qt.ItemDataRole.TextAlignmentRole and Qt.AlignRight | Qt.AlignVCenter, as numbers: naming
# them would build the Qt namespace before the first paint (tests/test_start_up_qt.py).
TEXT_ALIGNMENT_ROLE = 7
ALIGN_RIGHT = 0x0002 | 0x0080

CARD_KINDS = (
    ("theme", str(QT_TRANSLATE_NOOP("OverviewPage", "Thema's"))),
    ("goal", str(QT_TRANSLATE_NOOP("OverviewPage", "Doelen"))),
    ("milestone", str(QT_TRANSLATE_NOOP("OverviewPage", "Mijlpalen"))),
    ("organisation", str(QT_TRANSLATE_NOOP("OverviewPage", "Organisaties"))),
    ("body", str(QT_TRANSLATE_NOOP("OverviewPage", "Overleggen"))),
    ("meeting", str(QT_TRANSLATE_NOOP("OverviewPage", "Vergaderingen"))),
)


def _light_dots(lights: dict[str, int]) -> str:
    parts = [
        f'<span style="color:{COLOURS[name]}">●</span>&nbsp;{lights[name]}'
        for name in ("groen", "oranje", "rood")
        if lights.get(name)
    ]
    return "&nbsp;&nbsp;".join(parts)


def theme_kind_label(kind: str | None) -> str:
    """A theme's kind (a Dutch value of models.ThemeKind) in the UI's language."""
    return {
        "themagroep": translate("OverviewPage", "themagroep"),
        "regio-opgave": translate("OverviewPage", "regio-opgave"),
        "coördinatieteam": translate("OverviewPage", "coördinatieteam"),
        "overkoepelend": translate("OverviewPage", "overkoepelend"),
    }.get(kind or "", kind or "")


def worst_light(lights: dict[str, int]) -> str | None:
    for name in ("rood", "oranje", "groen"):
        if lights.get(name):
            return name
    return None


class OverviewPage(Page):
    # Counts of everything, lights, the next meetings: every kind of change.
    concerns = EVERYTHING

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("overviewPage")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.vision = QLabel()
        self.vision.setObjectName("vision")
        self.vision.setWordWrap(True)
        set_enum_property(self.vision, "textFormat", "RichText")
        layout.addWidget(self.vision)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.card_values: dict[str, QLabel] = {}
        for kind, label in CARD_KINDS:
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            value = QLabel("0")
            value.setObjectName("cardValue")
            caption = QLabel(self.tr(label))
            caption.setObjectName("muted")
            inner.addWidget(value)
            inner.addWidget(caption)
            cards.addWidget(card)
            self.card_values[kind] = value
        layout.addLayout(cards)

        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.addWidget(heading(self.tr("Thema's"), 2), 0, 0)
        grid.addWidget(heading(self.tr("Laatste verkeerslichten"), 2), 0, 1)
        # A small table (one row per theme) in Qt's own item model: a model of ours would be
        # asked for its header with a Qt.Orientation, and PySide would build the whole Qt
        # namespace for it before the first paint (ui/kit/page.py).
        headers = [self.tr("Thema"), self.tr("Soort"), self.tr("Doelen"),
                   self.tr("Verkeerslichten")]
        self.themes_model = QStandardItemModel(0, len(headers), self)
        self.themes_model.setHorizontalHeaderLabels(headers)
        self.themes_view = QTableView()
        self.themes_view.setObjectName("themeList")
        self.themes_view.setAccessibleName(self.tr("Thema's met hun doelen"))
        self.themes_view.setModel(self.themes_model)
        self.themes_view.verticalHeader().hide()
        self.themes_view.setShowGrid(False)
        self.themes_view.setAlternatingRowColors(True)
        self.themes_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.themes_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.themes_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 120)
        header.resizeSection(2, 70)
        header.resizeSection(3, 220)
        self.themes_view.setMinimumHeight(260)
        grid.addWidget(self.themes_view, 1, 0)

        self.lights_label = QLabel()
        self.lights_label.setObjectName("panel")
        set_enum_property(self.lights_label, "textFormat", "RichText")
        self.lights_label.setWordWrap(True)
        set_enum_property(self.lights_label, "alignment", "AlignTop")
        grid.addWidget(self.lights_label, 1, 1)
        grid.addWidget(heading(self.tr("Komende vergaderingen"), 2), 2, 1)
        self.meetings_label = QLabel()
        self.meetings_label.setObjectName("panel")
        set_enum_property(self.meetings_label, "textFormat", "RichText")
        set_enum_property(self.meetings_label, "alignment", "AlignTop")
        grid.addWidget(self.meetings_label, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.show_overview(load_overview(self.ctx.store))

    def show_overview(self, ov: Overview) -> None:
        self.title.setText(ov.name)
        period = ""
        if ov.period_from and ov.period_to:
            period = f"{ov.period_from} – {ov.period_to}{' e.v.' if ov.period_open_ended else ''}"
        self.subtitle.setText("  ·  ".join(p for p in (ov.region or "", period) if p))
        if ov.vision_text:
            title = ov.vision_title or self.tr("Visie")
            self.vision.setText(f"<b>{title}</b><br>{ov.vision_text}")
            self.vision.show()
        else:
            self.vision.hide()
        for kind, label in self.card_values.items():
            label.setText(number(ov.counts.get(kind, 0)))
        self.show_themes(ov.themes)
        if ov.latest_lights:
            lines = [
                f'<span style="color:{COLOURS[line.light]}">●</span> '
                f"<b>{line.goal_code or ''}</b> {line.goal_title[:80]}"
                f' <span style="color:#6b7580">— {short_date(line.reported_on)}</span>'
                for line in ov.latest_lights
            ]
            total = _light_dots(ov.lights_total)
            all_goals = self.tr("Alle doelen: %1").replace("%1", total) if total else ""
            self.lights_label.setText((all_goals + "<br><br>" if total else "")
                                      + "<br>".join(lines))
        else:
            self.lights_label.setText(self.tr("Nog geen verkeerslichten gerapporteerd."))
        if ov.next_meetings:
            self.meetings_label.setText("<br>".join(
                f"<b>{m.body}</b> {date_time(m.starts_at)}"
                + (f' <span style="color:#6b7580">{m.location}</span>' if m.location else "")
                for m in ov.next_meetings
            ))
        else:
            self.meetings_label.setText(self.tr("Geen vergaderingen gepland."))

    def show_themes(self, themes: list[ThemeSummary]) -> None:
        model = self.themes_model
        model.setRowCount(0)
        for theme in themes:
            cells = [
                QStandardItem(f"{theme.code}  {theme.name}" if theme.code else theme.name),
                QStandardItem(theme_kind_label(theme.kind)),
                QStandardItem(number(theme.goals)),
                QStandardItem("   ".join(
                    f"{theme.lights[c]} {light_label(c)}" for c in ("groen", "oranje", "rood")
                    if theme.lights.get(c))),
            ]
            cells[2].setData(ALIGN_RIGHT, TEXT_ALIGNMENT_ROLE)
            if theme.lights:
                cells[3].setIcon(light_icon(worst_light(theme.lights)))
            model.appendRow(cells)
