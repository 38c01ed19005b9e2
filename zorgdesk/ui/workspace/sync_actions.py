"""Werkruimte › Offline meenemen… and › Synchroniseren: a server workspace on the road.

The work is store/server_sync.py behind services/sync/session.py (lock, verified backup).
Synchronising first runs dry (nothing changed, here or on the server); conflicts go to the
same review as a colleague's copy (ui/workspace/merge_dialog.py). A synchronisation is not
an undo step: what it sent is on the server for everyone, so undo cannot take it back; the
undo stack is emptied and a backup made before says where to go back to.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text

translate = QCoreApplication.translate


def _busy() -> None:
    from PySide6.QtCore import Qt

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _idle() -> None:
    QGuiApplication.restoreOverrideCursor()


def take_offline(ctx: WorkspaceContext, parent: QWidget,
                 target: Path | None = None) -> Path | None:
    """Make the local copy (at `target`, else where the user picks); returns its path when
    the user wants to open it now."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from zorgdesk import paths
    from zorgdesk.services.sync.session import take_offline as take
    from zorgdesk.store.server import database_name

    title = translate("SyncActions", "Offline meenemen")
    if not ctx.has_store or not ctx.store.is_server or ctx.store.url is None:
        QMessageBox.information(parent, title, translate(
            "SyncActions", "Offline meenemen kan vanuit een werkruimte op een server: open die "
            "eerst met Werkruimte › Openen van server…"))
        return None
    url = ctx.store.url
    if target is None:
        suggested = paths.workspaces_dir() / (
            translate("SyncActions", "%1 (offline)").replace("%1", database_name(url))
            + paths.WORKSPACE_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested),
            translate("SyncActions", "ZorgDesk-werkruimtes (*.zorgdesk)"))
        if not name:
            return None
        target = Path(name).with_suffix(paths.WORKSPACE_SUFFIX)
    _busy()
    try:
        counts = take(url, target)
    except StoreError as exc:
        _idle()
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    _idle()
    answer = QMessageBox.question(parent, title, translate(
        "SyncActions", "%1 gegevens staan in %2. Werk daarin offline verder en kies later "
        "Werkruimte › Synchroniseren om uw wijzigingen en die van de anderen samen te brengen."
        "\n\nDe offline kopie nu openen?").replace("%1", str(sum(counts.values())))
        .replace("%2", target.name))
    return target if answer == QMessageBox.StandardButton.Yes else None


def server_of(ctx: WorkspaceContext) -> str | None:
    """The server (without password) an open file was taken offline from, if any."""
    if not ctx.has_store or ctx.store.is_server:
        return None
    origin = ctx.store.offline_origin()
    return None if origin is None else origin[0]


def synchronise(ctx: WorkspaceContext, parent: QWidget) -> str | None:
    """Dry run, review, synchronise; returns the status-bar text, or None."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from zorgdesk.services.sync.review import review_lines
    from zorgdesk.services.sync.session import synchronise_workspace
    from zorgdesk.ui.workspace.merge_dialog import MergeDialog
    from zorgdesk.ui.workspace.server_password import open_with_password

    title = translate("SyncActions", "Synchroniseren")
    address = server_of(ctx)
    if address is None:
        QMessageBox.information(parent, title, translate(
            "SyncActions", "Deze werkruimte is geen offline kopie van een server. Maak er een "
            "met Werkruimte › Offline meenemen… terwijl de serverwerkruimte open is."))
        return None
    mine = ctx.store.path
    _busy()
    try:
        server = open_with_password(address, parent, interactive=True)
        url = server.url or address
        server.close()
        preview = synchronise_workspace(mine, url, dry_run=True)
    except StoreError as exc:
        _idle()
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    _idle()
    resolve = None
    if preview.merge.conflicts:
        dialog = MergeDialog(address, preview.merge,
                             review_lines(ctx.store, preview.merge.conflicts), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        resolve = dialog.resolve()
    _busy()
    try:
        result = synchronise_workspace(mine, url, resolve=resolve)
    except StoreError as exc:
        _idle()
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    finally:
        ctx.notify(ChangeKind.WORKSPACE)
    _idle()
    sent = sum(result.sent.values())
    if not sent and not result.merge.merged:
        return translate("SyncActions", "Al gelijk met de server: er was niets op te halen of "
                         "te versturen.")
    ctx.undo_stack.clear()
    return translate(
        "SyncActions", "Gesynchroniseerd met de server: %1 wijzigingen opgehaald, %2 verstuurd, "
        "%3 conflicten beslist. Dit kan niet ongedaan worden gemaakt; er is eerst een "
        "reservekopie gemaakt.").replace("%1", str(len(result.merge.merged))).replace(
        "%2", str(sent)).replace("%3", str(len(result.merge.conflicts)))


class AutoSync(QObject):
    """Synchronises an offline copy by itself, if its user allowed it, every few minutes.

    Only with the server the copy came from (the user named it when taking it offline), with
    a short connection timeout so an absent network costs seconds, and only when the dry run
    finds no conflict: conflicts wait for the user (Werkruimte › Synchroniseren).
    """

    INTERVAL_MS = 5 * 60 * 1000
    message = Signal(str)

    def __init__(self, ctx: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.attempt)
        ctx.workspaceChanged.connect(self.follow)

    def follow(self) -> None:
        """Run the timer only for an offline copy whose user allowed it."""
        from zorgdesk import settings

        address = server_of(self.ctx)
        on = address is not None and settings.auto_sync(self.ctx.store.path)
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def attempt(self) -> bool:
        """One try; True when it synchronised."""
        from zorgdesk.services.sync.session import synchronise_workspace
        from zorgdesk.store.server import with_password
        from zorgdesk.ui.workspace.server_password import remembered

        address = server_of(self.ctx)
        if address is None:
            return False
        kept = remembered(address)
        url = with_password(address, kept) if kept else address
        url += ("&" if "?" in url else "?") + "connect_timeout=5"
        mine = self.ctx.store.path
        try:
            preview = synchronise_workspace(mine, url, dry_run=True)
            if preview.merge.conflicts:
                self.message.emit(translate(
                    "SyncActions", "Synchroniseren wacht op uw keuze: %1 conflicten "
                    "(Werkruimte › Synchroniseren).").replace(
                    "%1", str(len(preview.merge.conflicts))))
                return False
            if not preview.merge.merged and not _has_news(mine):
                return False
            result = synchronise_workspace(mine, url)
        except StoreError:
            self.message.emit(translate(
                "SyncActions", "De server is niet bereikbaar; ZorgDesk probeert het over vijf "
                "minuten opnieuw."))
            return False
        self.ctx.undo_stack.clear()
        self.ctx.notify(ChangeKind.WORKSPACE)
        self.message.emit(translate(
            "SyncActions", "Vanzelf gesynchroniseerd met de server om %1: %2 opgehaald, "
            "%3 verstuurd.").replace("%1", QTime.currentTime().toString("HH:mm")).replace(
            "%2", str(len(result.merge.merged))).replace("%3", str(sum(result.sent.values()))))
        return True


def _has_news(path: Path) -> bool:
    from zorgdesk.store.server_sync import has_local_changes

    return has_local_changes(path)
