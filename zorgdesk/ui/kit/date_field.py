"""The one date field of the app: type a date the way people write it, or pick it.

A QDateEdit edits sections, so typing "15" into "za 12 dec 2026" leaves the old date standing.
Here the text is read as a whole by `tables.values.typed_date` (the same Dutch parsing the
imports use) when the field is left or Enter is pressed. Text that is not a date turns the
field red with the reason as tooltip and is never handed out: `date()` keeps the last good
value, and dialogs call `dates_ok` before they accept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from zorgdesk.tables.values import BadValueError, typed_date
from zorgdesk.ui.kit.error_text import phrase_text
from zorgdesk.ui.kit.formatting import locale, short_date

_BAD_STYLE = "QLineEdit { background: #fde2e1; color: #8b1a1a; border: 1px solid #c0392b; }"


class DateField(QWidget):
    """A line edit with a calendar button; `dateChanged(date | None)` on every new value."""

    dateChanged = Signal(object)

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 name: str = "", allow_empty: bool = False) -> None:
        super().__init__(parent)
        self._value = value if value is not None or allow_empty else dt.date.today()
        self._allow_empty = allow_empty
        self._reason = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("bijv. 15-12-2026 of 15 dec"))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Kies een datum in de kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(locale())
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(self.tr("Kalender"))
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self.button.clicked.connect(self._pop_up)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.commit)
        self.set_name(name)
        self._show()

    def set_name(self, name: str) -> None:
        """The accessible names of the field and its button, from the label the form shows."""
        if not name:
            return
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("%1: kalender").replace("%1", name))
        self.setAccessibleName(name)

    def date(self) -> dt.date | None:
        """The last good date (typed text is read first); never a value from bad text."""
        self.commit()
        return self._value

    def setDate(self, value: dt.date | None) -> None:
        changed = value != self._value
        self._value = value
        self._reason = ""
        self._show()
        if changed:
            self.dateChanged.emit(value)

    def is_valid(self) -> bool:
        self.commit()
        return not self._reason

    def reason(self) -> str:
        return self._reason

    def commit(self) -> bool:
        """Read the typed text; a date becomes the value, anything else marks the field."""
        typed = self.edit.text().strip()
        if not typed and self._allow_empty:
            if self._value is not None or self._reason:
                self.setDate(None)
            return True
        try:
            day = typed_date(typed, self._value or dt.date.today())
        except BadValueError as exc:
            self._reason = phrase_text(exc.reason)
            self.edit.setStyleSheet(_BAD_STYLE)
            self.edit.setToolTip(self._reason)
            return False
        if day == self._value:
            self._reason = ""
            self._show()
        else:
            self.setDate(day)
        return True

    def _show(self) -> None:
        self.edit.setStyleSheet("")
        self.edit.setToolTip(self.tr("Typ een datum (15-12-2026, 15-12, 15 dec) of kies er "
                                     "een met de knop"))
        self.edit.setText(short_date(self._value))

    def _pop_up(self) -> None:
        self.commit()
        shown = self._value or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        self.setDate(dt.date(day.year(), day.month(), day.day()))
        self.edit.setFocus()


def dates_ok(*fields: DateField) -> bool:
    """True when every enabled, shown field holds a date; else the first bad one gets focus
    and its reason is shown beside it."""
    for field in fields:
        if not field.isEnabled() or field.isHidden():
            continue
        if not field.is_valid():
            field.edit.setFocus()
            field.edit.selectAll()
            QToolTip.showText(field.edit.mapToGlobal(field.edit.rect().bottomLeft()),
                              field.reason(), field.edit)
            return False
    return True
