"""The filter row shared by the Doelen and Tijdlijn pages: theme, organisation, tag, light, text."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from zorgdesk.services.goals.filter import NO_LIGHT, GoalFilter, filter_choices
from zorgdesk.ui.kit.context import WorkspaceContext


class GoalFilterBar(QWidget):
    filterChanged = Signal(object)  # a GoalFilter

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.theme = self._combo("goalFilterTheme", self.tr("Alle thema's"), 190)
        self.organisation = self._combo("goalFilterOrganisation",
                                        self.tr("Alle organisaties"), 190)
        self.tag = self._combo("goalFilterTag", self.tr("Alle labels"), 150)
        self.light = self._combo("goalFilterLight", self.tr("Elk verkeerslicht"), 130)
        for value, label in (("groen", self.tr("groen")), ("oranje", self.tr("oranje")),
                             ("rood", self.tr("rood")), (NO_LIGHT, self.tr("nog geen licht"))):
            self.light.addItem(label, value)
        self.search = QLineEdit()
        self.search.setObjectName("goalSearch")
        self.search.setAccessibleName(self.tr("Doelen zoeken"))
        self.search.setPlaceholderText(self.tr("Zoek op code, titel of trekker (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)  # one filter pass per pause in typing
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._typing.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        combos = QHBoxLayout()
        combos.setSpacing(6)
        layout.addLayout(combos)
        for combo in (self.theme, self.organisation, self.tag, self.light):
            combos.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._emit)

    def _combo(self, name: str, everything: str, width: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        # Room for about this many characters; the list itself opens as wide as its items.
        combo.setMinimumContentsLength(max(7, width // 20))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def reload(self, keep: bool = False) -> None:
        """Fill the choices from the open workspace; the filter starts empty, or with `keep`
        (after an edit) keeps what is chosen while it still exists, without signalling: the
        page applies the filter as it reloads."""
        choices = filter_choices(self.ctx.store)
        for combo, items in ((self.theme, choices.themes),
                             (self.organisation, choices.organisations),
                             (self.tag, choices.tags)):
            chosen = combo.currentData() if keep else None
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, label in items:
                combo.addItem(label, item_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self.tag.setVisible(bool(choices.tags))
        if keep:
            return
        self.light.blockSignals(True)
        self.light.setCurrentIndex(0)
        self.light.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def current(self) -> GoalFilter:
        return GoalFilter(self.theme.currentData(), self.organisation.currentData(),
                          self.tag.currentData(), self.light.currentData(), self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _emit(self) -> None:
        self.filterChanged.emit(self.current())
