"""When a colleague changed the same field since it was shown: theirs, mine, or both.

On a shared server two people can have the same goal open. An edit whose field was changed
by someone else after it was shown is not stored silently over theirs: this dialog shows both
values side by side and lets the user keep theirs, keep their own, or (for text) combine the
two in an editable field. The choice is then stored as one ordinary edit, so undo goes back
to their version. Keyboard: Alt+H / Alt+M / Alt+S, Esc keeps theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ConflictDialog(QDialog):
    THEIRS, MINE, COMBINED = "theirs", "mine", "combined"

    def __init__(self, field: str, theirs: str, mine: str, who: str | None, *,
                 can_combine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tegelijk gewijzigd"))
        self.setMinimumWidth(560)
        self.choice = self.THEIRS
        self._theirs, self._mine = theirs, mine
        layout = QVBoxLayout(self)
        if who:
            text = self.tr("%1 heeft %2 gewijzigd nadat u het opende. Welke versie wilt u "
                           "bewaren?")
        else:
            text = self.tr("Iemand anders heeft %2 gewijzigd nadat u het opende. Welke versie "
                           "wilt u bewaren?")
        self.intro = intro = QLabel(text.replace("%1", who or "").replace("%2", field))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, (title, text, name) in enumerate((
                (self.tr("Hun versie"), theirs, self.tr("Hun versie (alleen lezen)")),
                (self.tr("Uw versie"), mine, self.tr("Uw versie (alleen lezen)")))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setTabChangesFocus(True)
            view.setAccessibleName(name)
            view.setMaximumHeight(140)
            grid.addWidget(view, 1, column)
        layout.addLayout(grid)
        self.combined = QPlainTextEdit(f"{theirs}\n\n{mine}".strip())
        self.combined.setTabChangesFocus(True)
        self.combined.setAccessibleName(self.tr("Samengevoegde tekst"))
        self.combined.setMaximumHeight(140)
        self.combined.setVisible(can_combine)
        if can_combine:
            layout.addWidget(QLabel(self.tr("Samengevoegd (u kunt dit aanpassen):")))
            layout.addWidget(self.combined)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_theirs = QPushButton(self.tr("&Hun versie houden"))
        self.keep_mine = QPushButton(self.tr("&Mijn versie houden"))
        self.combine = QPushButton(self.tr("&Samengevoegd bewaren"))
        self.combine.setVisible(can_combine)
        for button, choice in ((self.keep_theirs, self.THEIRS), (self.keep_mine, self.MINE),
                               (self.combine, self.COMBINED)):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.keep_mine.setDefault(True)
        self.keep_mine.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def value(self) -> str:
        if self.choice == self.MINE:
            return self._mine
        if self.choice == self.COMBINED:
            return self.combined.toPlainText().strip()
        return self._theirs


def resolve_conflict(parent: QWidget | None, field: str, theirs: str, mine: str,
                     who: str | None, *, can_combine: bool) -> str | None:
    """The value to store, or None to keep theirs (Esc or "Hun versie houden")."""
    dialog = ConflictDialog(field, theirs, mine, who, can_combine=can_combine, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice == dialog.THEIRS:
        return None
    return dialog.value()


def settle_fields(parent: QWidget | None, shown: dict[str, Any], now: dict[str, Any],
                  mine: dict[str, Any], *, labels: dict[str, str], texts: set[str],
                  who: str | None,
                  describe: Callable[[str, Any], str] | None = None) -> dict[str, Any]:
    """What a form that saves several fields at once may write, field by field.

    `shown` is what the form opened with, `now` what is stored now, `mine` what the form
    holds. A field only I changed takes mine; one only someone else changed keeps theirs
    (the form's stale copy must not overwrite it); one both changed differently asks.
    """
    final: dict[str, Any] = {}
    for name, value in mine.items():
        before, current = shown.get(name), now.get(name)
        if value in (before, current):
            final[name] = current
        elif current == before:
            final[name] = value
        else:
            show = describe or _text
            choice = resolve_conflict(parent, labels.get(name, name), show(name, current),
                                      show(name, value), who, can_combine=name in texts)
            if choice is None:
                final[name] = current
            elif name in texts:
                final[name] = choice
            else:
                final[name] = value
    return final


def _text(_name: str, value: Any) -> str:
    return "" if value is None else str(value)
