"""Opening a workspace in the app: the one-writer lock, recovery from a damaged file, and the
warning for network paths and synced folders.

- Another instance has the file: `WorkspaceLockedError` naming it (shown by the caller).
- The file is damaged or unreadable and a good backup exists: the reason is shown with the
  offer to restore the newest good backup (the damaged file is kept in the backups folder).
- The file lies on a network path or in a synced folder: a warning with the offer to work on
  a local copy in the app's own folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from zorgdesk.store import (
    CorruptWorkspaceError,
    NotAWorkspaceError,
    Store,
    StoreError,
    open_store,
)
from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.ui.kit.error_text import error_text, phrase_text


class OpenDeclinedError(StoreError):
    """The user chose not to restore; the file was not opened and not changed."""


translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context


def when(made_at: object) -> str:
    from datetime import datetime

    if isinstance(made_at, datetime):
        return translate("OpenRecovery", "%1 om %2").replace(
            "%1", made_at.strftime("%d-%m-%Y")).replace("%2", made_at.strftime("%H:%M"))
    return str(made_at)


def offer_restore(path: Path, error: StoreError, parent: QWidget | None) -> bool:
    """Ask to restore the newest good backup; True when it was restored."""
    from PySide6.QtWidgets import QMessageBox

    from zorgdesk.store.backup import newest_good_backup, restore_backup

    best = newest_good_backup(path)
    if best is None:
        return False
    text = (
        error_text(error) + "\n\n" + translate(
            "OpenRecovery",
            "Er is een goede reservekopie van %1 (%2). Wilt u die terugzetten en openen? Het "
            "huidige bestand wordt niet weggegooid maar bewaard in de map met reservekopieën."
        ).replace("%1", when(best.made_at)).replace("%2", best.reason_text)
    )
    answer = QMessageBox.question(
        parent, translate("OpenRecovery", "Werkruimte beschadigd"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        raise OpenDeclinedError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} is niet geopend en niet gewijzigd."),
            name=path.name)
    restore_backup(best.path, path)
    return True


def offer_local_copy(store: Store, parent: QWidget | None) -> Store:
    """Warn about a network path or synced folder; maybe switch to a local copy."""
    from zorgdesk.store.location import check_location, local_copy

    warning = check_location(store.path)
    if warning is None:
        return store
    from PySide6.QtWidgets import QMessageBox  # only now: its types cost start-up ~1 ms

    answer = QMessageBox.question(
        parent, translate("OpenRecovery", "Werkruimte op een netwerk- of synchronisatiemap"),
        phrase_text(warning.text) + "\n\n" + translate(
            "OpenRecovery",
            "Wilt u nu een lokale kopie maken en daarop werken? Kies Nee om toch op deze "
            "plek te werken."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return store
    copy = local_copy(store.path)
    store.close()
    return open_store(copy, lock=True)


def open_with_recovery(path: Path | str, parent: QWidget | None = None, *,
                       interactive: bool = True) -> Store:
    """Open `path` for the app; raises `StoreError` (Dutch) when it cannot be opened.

    A server workspace (a `postgresql://` URL) has no lock file, no local backups and no
    network-folder warning: the server is the one copy, and it is the server's job.
    """
    from zorgdesk.store.server import is_server_url

    if is_server_url(path):
        from zorgdesk.ui.workspace.server_password import open_with_password

        return open_with_password(str(path), parent, interactive=interactive)
    path = Path(path)
    try:
        store = open_store(path, lock=True)
    except (CorruptWorkspaceError, NotAWorkspaceError) as exc:
        if not interactive or not offer_restore(path, exc, parent):
            raise
        store = open_store(path, lock=True)
    if interactive:
        store = offer_local_copy(store, parent)
    return store
