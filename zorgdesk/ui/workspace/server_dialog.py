"""Werkruimte › Openen van server…: the address of a shared workspace, as IT gave it.

Only the address is asked. The password comes from where libpq looks for it (~/.pgpass,
PGPASSFILE, a service file), so it never sits in ZorgDesk's settings or the recent list;
an address typed with a password in it is used once and remembered without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zorgdesk import settings
from zorgdesk.store.server import is_server_url
from zorgdesk.ui.kit.dialog_buttons import ok_cancel


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Openen van server"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Open een gedeelde werkruimte op de PostgreSQL-server van uw regio. Het adres "
            "krijgt u van uw beheerder, bijvoorbeeld postgresql://server.regio.nl/werkagenda. "
            "Het wachtwoord staat in uw .pgpass- of servicebestand; ZorgDesk bewaart het niet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://server.regio.nl/werkagenda")
        self.address.setAccessibleName(self.tr("Serveradres"))
        recent = [p for p in settings.recent_files() if isinstance(p, str)]
        if recent:
            self.address.setText(recent[0])
        form.addRow(self.tr("&Adres"), self.address)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = ok_cancel(self, self._check)
        layout.addWidget(self.buttons)
        self.address.selectAll()
        self.address.setFocus()

    def url(self) -> str:
        return self.address.text().strip()

    def _check(self) -> None:
        if is_server_url(self.url()):
            self.accept()
            return
        self.problem.setText(self.tr(
            "Dit is geen serveradres. Een serveradres begint met postgresql://, gevolgd door "
            "de server en de naam van de werkruimte."))
        self.problem.show()
        self.address.setFocus()


def ask_server_url(parent: QWidget | None) -> str | None:
    dialog = ServerDialog(parent)
    return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None
