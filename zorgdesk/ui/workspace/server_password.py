"""The password of a server workspace: asked once, kept in the system's keyring if wanted.

libpq looks in ~/.pgpass, PGPASSFILE and service files first; only when the server still
wants one does the app ask. The password goes into the connection only, never into the
settings or the recent list; "Onthouden" stores it in the operating system's keyring
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux) under the address
without password. Without a usable keyring it is kept for this session only, and the dialog
says so.
"""

from __future__ import annotations

import contextlib
import logging
import sys

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.store import Store
from zorgdesk.ui.kit.dialog_buttons import ok_cancel

log = logging.getLogger(__name__)
SERVICE = "ZorgDesk"


def keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        return not isinstance(keyring.get_keyring(), NoKeyring)
    except Exception:
        return False


def remembered(address: str) -> str | None:
    """The password kept for `address` (shown without password), or None."""
    if not keyring_usable():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, address)
    except Exception as exc:
        log.info("sleutelhanger niet leesbaar: %s", exc)
        return None


def remember(address: str, password: str) -> bool:
    if not keyring_usable():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, address, password)
    except Exception as exc:
        log.info("sleutelhanger niet beschrijfbaar: %s", exc)
        return False
    return True


def forget(address: str) -> None:
    """A kept password the server refused: not offered again."""
    if keyring_usable():
        import keyring

        with contextlib.suppress(Exception):  # nothing kept, or a locked keyring
            keyring.delete_password(SERVICE, address)


class PasswordDialog(QDialog):
    def __init__(self, address: str, refused: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtwoord voor de server"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = self.tr("De server vraagt een wachtwoord voor %1.").replace("%1", address)
        if refused:
            text = self.tr("Het wachtwoord voor %1 klopt niet. Probeer het opnieuw.").replace(
                "%1", address)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        form.addRow(self.tr("&Wachtwoord"), self.password)
        layout.addLayout(form)
        self.keep = QCheckBox(self.tr("&Onthouden in de sleutelhanger van dit systeem"))
        self.keep.setAccessibleName(self.tr("Wachtwoord onthouden"))
        usable = keyring_usable()
        self.keep.setChecked(usable)
        self.keep.setEnabled(usable)
        layout.addWidget(self.keep)
        if not usable:
            note = QLabel(self.tr("Dit systeem heeft geen bruikbare sleutelhanger: ZorgDesk "
                                  "onthoudt het wachtwoord alleen tot u het programma sluit."))
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(ok_cancel(self))
        self.password.setFocus()


_SESSION: dict[str, str] = {}  # address -> password, for this run only


def ask_password(address: str, refused: bool, parent: QWidget | None) -> str | None:
    if not refused and address in _SESSION:
        return _SESSION[address]
    dialog = PasswordDialog(address, refused, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    password = dialog.password.text()
    _SESSION[address] = password
    if dialog.keep.isChecked():
        remember(address, password)
    return password


def open_with_password(url: str, parent: QWidget | None, *, interactive: bool) -> Store:
    """Open a server workspace; when the server wants a password: the kept one, else ask.

    Raises the server's `PasswordNeededError` when nothing was given (Cancel), so the caller
    shows the one Dutch message it shows for every workspace that did not open.
    """
    from zorgdesk.store import open_store
    from zorgdesk.store.server import PasswordNeededError, display_name, with_password

    try:
        return open_store(url)
    except PasswordNeededError:
        if not interactive:
            raise
        refusal = sys.exc_info()[1]
    address = display_name(url)
    kept = remembered(address)
    if kept is not None:
        try:
            return open_store(with_password(url, kept))
        except PasswordNeededError:
            forget(address)  # changed on the server since: ask, and keep the new one
    refused = False
    while True:
        password = ask_password(address, refused, parent)
        if password is None:
            assert refusal is not None
            raise refusal
        try:
            return open_store(with_password(url, password))
        except PasswordNeededError:
            _SESSION.pop(address, None)
            refused = True
