"""Choosing suggested agenda items, filtered by why they are suggested.

Items due between the meetings are ticked as before; late milestones and red goals can be
many in a plan that has run for years, so they are offered but left for the user to tick.
Only ticked items that the filter shows go on the agenda: what is hidden is not added unseen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.agenda import BETWEEN, LATE, RED, Suggestion
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.error_text import phrase_text


class SuggestionDialog(QDialog):
    def __init__(self, found: list[Suggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Voorstellen voor de agenda"))
        self.resize(820, 460)  # room for a milestone's whole title
        names = {BETWEEN: self.tr("Tussen de vergaderingen"), LATE: self.tr("Te laat"),
                 RED: self.tr("Rood")}
        self.filters: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Toon:")))
        for reason, name in names.items():
            count = sum(reason in s.reasons for s in found)
            box = QCheckBox(f"{name} ({count})")
            box.setAccessibleName(self.tr("Toon voorstellen: {name}").format(name=name))
            box.setChecked(True)
            box.setEnabled(count > 0)
            box.toggled.connect(self.apply_filter)
            self.filters[reason] = box
            row.addWidget(box)
        row.addStretch(1)
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Voorgestelde agendapunten"))
        self.listing.setAlternatingRowColors(True)
        self.listing.setWordWrap(True)  # a long title wraps rather than scrolls sideways
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for suggestion in found:
            why = ", ".join(names[r] for r in (BETWEEN, LATE, RED) if r in suggestion.reasons)
            entry = QListWidgetItem(
                f"{suggestion.title}\n    {why} · {phrase_text(suggestion.detail)}")
            entry.setToolTip(suggestion.title)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if BETWEEN in suggestion.reasons
                                else Qt.CheckState.Unchecked)
            self.listing.addItem(entry)
        if self.listing.count():
            self.listing.setCurrentRow(0)
        self.empty = QLabel(self.tr("Geen voorstellen bij dit filter."))
        self.empty.setObjectName("muted")
        self.empty.hide()
        hint = QLabel(self.tr("Vink aan wat op de agenda komt (spatiebalk vinkt het gekozen "
                              "punt aan of uit):"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.empty)
        layout.addWidget(ok_cancel(self))
        self.listing.setFocus()

    def apply_filter(self) -> None:
        shown = {reason for reason, box in self.filters.items() if box.isChecked()}
        visible = 0
        for row, suggestion in enumerate(self.found):
            hide = not (suggestion.reasons & shown)
            self.listing.item(row).setHidden(hide)
            visible += not hide
        self.empty.setVisible(visible == 0)

    def chosen(self) -> list[Suggestion]:
        """The ticked suggestions the filter shows."""
        return [s for row, s in enumerate(self.found)
                if not self.listing.item(row).isHidden()
                and self.listing.item(row).checkState() == Qt.CheckState.Checked]
