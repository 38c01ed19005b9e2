"""The meeting's own documents, made and saved from the meeting itself: agenda, meeting pack
and minutes, internal or public, under a name that says what they are."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from zorgdesk import settings
from zorgdesk.services.meetings.document_names import document_name
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text

translate = QCoreApplication.translate

DOCUMENTS = (
    ("agenda", False, QT_TRANSLATE_NOOP("MeetingDocuments", "Agenda opslaan als PDF…")),
    ("agenda", True, QT_TRANSLATE_NOOP("MeetingDocuments", "Agenda (publiek) opslaan als PDF…")),
    ("meeting-pack", False, QT_TRANSLATE_NOOP("MeetingDocuments", "Vergaderset opslaan als PDF…")),
    ("meeting-pack", True,
     QT_TRANSLATE_NOOP("MeetingDocuments", "Vergaderset (publiek) opslaan als PDF…")),
    ("minutes", False, QT_TRANSLATE_NOOP("MeetingDocuments", "Verslag opslaan als PDF…")),
    ("minutes", True, QT_TRANSLATE_NOOP("MeetingDocuments", "Verslag (publiek) opslaan als PDF…")),
)


def documents_menu(parent: QWidget, save: Callable[[str, bool], object]) -> QMenu:
    """A menu with one entry per document; `save(kind, public)` makes and saves it."""
    menu = QMenu(parent)
    for kind, public, label in DOCUMENTS:
        action = menu.addAction(translate("MeetingDocuments", str(label)))
        action.triggered.connect(lambda _c=False, k=kind, p=public: save(k, p))
    return menu


def save_document(ctx: WorkspaceContext, parent: QWidget | None, meeting_id: str, *,
                  body: str, day: date, kind: str, public: bool, target: Path | None = None
                  ) -> Path | None:
    """Make report `kind` of this meeting and save it; None when cancelled or refused."""
    from zorgdesk.reports import ReportOptions, build_report

    if target is None:
        suggested = str(Path.home() / document_name(body, day, kind, public=public,
                                                    lang=settings.language()))
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, translate("MeetingDocuments", "Document opslaan"), suggested,
            translate("MeetingDocuments", "PDF-bestanden (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    try:
        if public:  # made aside first: the privacy check reads what it will print
            return _save_public(ctx, parent, meeting_id, kind, target)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_report(kind, ctx.store, target,
                                ReportOptions(public=public, meeting_id=meeting_id,
                                              language=settings.language()))
        finally:
            QApplication.restoreOverrideCursor()
    except StoreError as exc:
        QMessageBox.warning(parent, translate("MeetingDocuments", "Document opslaan"),
                            error_text(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, translate("MeetingDocuments", "Document opslaan"),
                            translate("MeetingDocuments", "Opslaan lukte niet: %1").replace(
                                "%1", exc.strerror or str(exc)))
        return None


def _save_public(ctx: WorkspaceContext, parent: QWidget | None, meeting_id: str, kind: str,
                 target: Path) -> Path | None:
    """The public document, after the privacy check; None when the check was cancelled."""
    import shutil
    import tempfile

    from zorgdesk.reports import ReportOptions, build_report
    from zorgdesk.store.atomic import atomic_path
    from zorgdesk.ui.kit.privacy_flow import check_public_pdf

    with tempfile.TemporaryDirectory(prefix="zorgdesk-publiek-") as folder:
        draft = Path(folder) / target.name
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            build_report(kind, ctx.store, draft, ReportOptions(public=True, meeting_id=meeting_id,
                                                                 language=settings.language()))
        finally:
            QApplication.restoreOverrideCursor()
        replacements = check_public_pdf(ctx, parent, draft)
        if replacements is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if replacements:
                return build_report(kind, ctx.store, target, ReportOptions(
                    public=True, meeting_id=meeting_id, replacements=replacements,
                    language=settings.language()))
            with atomic_path(target) as tmp:
                shutil.copyfile(draft, tmp)
            return target
        finally:
            QApplication.restoreOverrideCursor()
