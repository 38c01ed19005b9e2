"""Werkruimte › Samenvoegen met… and › Wijzigingen versturen…: merging copies in the app.

The engine is store/merge.py (three-way, field by field) behind services/sync/session.py
(lock, verified backup, one transaction). Here: a dry run first, the review of conflicts
(ui/workspace/merge_dialog.py), then the merge as one undo step. Undo restores every row as
it was before the merge (services/undo.capture_workspace) and the merge bookkeeping too (who
wrote which field, whose writes this copy has seen), so merging the same copy again brings
the same changes back instead of counting the undone rows as newer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.error_text import error_text

translate = QCoreApplication.translate
FILTER = QT_TRANSLATE_NOOP(
    "MergeActions", "ZorgDesk-werkruimtes en wijzigingen (*.zorgdesk *.zdwijzigingen);;"
    "Alle bestanden (*)")


def _file_workspace(ctx: WorkspaceContext, parent: QWidget) -> Path | None:
    if not ctx.has_store:
        return None
    if ctx.store.is_server:
        QMessageBox.information(parent, translate("MergeActions", "Samenvoegen"), translate(
            "MergeActions", "Een serverwerkruimte heeft één gedeelde versie; samenvoegen is voor "
            "kopieën op laptops. Download een kopie om offline te werken."))
        return None
    return ctx.store.path


def choose_and_merge(ctx: WorkspaceContext, parent: QWidget) -> str | None:
    mine = _file_workspace(ctx, parent)
    if mine is None:
        return None
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("MergeActions", "Samenvoegen met"), str(mine.parent),
        translate("MergeActions", str(FILTER)))
    return merge_with_file(ctx, parent, Path(name)) if name else None


def merge_with_file(ctx: WorkspaceContext, parent: QWidget, theirs: Path) -> str | None:
    """Preview, review, merge; returns the status-bar text, or None when nothing happened."""
    from zorgdesk.services.sync.review import review_lines
    from zorgdesk.services.sync.session import merge_workspace
    from zorgdesk.services.undo import capture_workspace
    from zorgdesk.ui.workspace.merge_dialog import MergeDialog

    mine = _file_workspace(ctx, parent)
    if mine is None:
        return None
    title = translate("MergeActions", "Samenvoegen met %1").replace("%1", theirs.name)
    try:
        preview = merge_workspace(mine, theirs, dry_run=True)
    except StoreError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    if not preview.merged and not preview.conflicts:
        QMessageBox.information(parent, title, translate(
            "MergeActions", "%1 brengt niets nieuws mee: uw werkruimte heeft alles al.")
            .replace("%1", theirs.name))
        return None
    dialog = MergeDialog(theirs.name, preview, review_lines(ctx.store, preview.conflicts),
                         parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    resolve = dialog.resolve()
    store = ctx.store
    result = run_edit(ctx, parent, title, lambda: capture_workspace(store, bookkeeping=True),
                      lambda: merge_workspace(mine, theirs, resolve=resolve),
                      what=ChangeKind.WORKSPACE)
    if result is None:
        return None
    return translate("MergeActions", "Samengevoegd met %1: %2 wijzigingen, %3 conflicten "
                     "beslist; er is eerst een reservekopie gemaakt.").replace(
        "%1", theirs.name).replace("%2", str(len(result.merged))).replace(
        "%3", str(len(result.conflicts)))


def choose_and_send(ctx: WorkspaceContext, parent: QWidget) -> str | None:
    mine = _file_workspace(ctx, parent)
    if mine is None:
        return None
    peer, ok = QInputDialog.getText(
        parent, translate("MergeActions", "Wijzigingen versturen"), translate(
            "MergeActions", "Voor wie zijn de wijzigingen? (ZorgDesk onthoudt per collega wat "
            "al verstuurd is.)"))
    if not ok or not peer.strip():
        return None
    suggested = mine.with_name(f"{mine.stem} voor {peer.strip()}.zdwijzigingen")
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("MergeActions", "Wijzigingen opslaan"), str(suggested),
        translate("MergeActions", str(FILTER)))
    return send_changes(ctx, parent, peer.strip(), Path(name)) if name else None


def send_changes(ctx: WorkspaceContext, parent: QWidget, peer: str, out: Path) -> str | None:
    """Write what changed since the last exchange with `peer`; the status-bar text."""
    from zorgdesk.store.changes_file import write_changes

    mine = _file_workspace(ctx, parent)
    if mine is None:
        return None
    try:
        rows = write_changes(mine, out, peer)
    except StoreError as exc:
        QMessageBox.warning(parent, translate("MergeActions", "Wijzigingen versturen"),
                            error_text(exc))
        return None
    size = max(1, round(out.stat().st_size / 1024))
    return translate("MergeActions", "%1 wijzigingen voor %2 opgeslagen in %3 (%4 kB); "
                     "stuur dat bestand mee.").replace("%1", str(rows)).replace(
        "%2", peer).replace("%3", out.name).replace("%4", str(size))
