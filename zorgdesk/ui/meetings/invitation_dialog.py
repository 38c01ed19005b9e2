"""Uitnodiging maken…: the invitation as a draft e-mail that the secretary's own mail client
opens and sends. ZorgDesk sends nothing itself (offline by design)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.document_names import document_name
from zorgdesk.services.meetings.invitation import Invitation, write_invitation
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.error_text import error_text

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class InvitationChoice:
    pack: bool
    public: bool


class InvitationDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uitnodiging maken"))
        intro = QLabel(self.tr("ZorgDesk maakt een concept-e-mail voor %1 met tijd, plaats en "
                               "agenda, de stukken en een agendaverzoek. U opent die in "
                               "Outlook of Thunderbird en verstuurt hem zelf.").replace("%1",
                                                                                         title))
        intro.setWordWrap(True)
        self.agenda = QRadioButton(self.tr("Alleen de &agenda bijvoegen"))
        self.agenda.setAccessibleName(self.tr("Alleen de agenda bijvoegen"))
        self.pack = QRadioButton(self.tr("De hele &vergaderset bijvoegen"))
        self.pack.setAccessibleName(self.tr("De hele vergaderset bijvoegen"))
        self.agenda.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.agenda)
        group.addButton(self.pack)
        self.public = QCheckBox(self.tr("&Publieksversie (zonder vertrouwelijke punten en "
                                        "namen)"))
        self.public.setAccessibleName(self.tr("Publieksversie bijvoegen"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.agenda)
        layout.addWidget(self.pack)
        layout.addWidget(self.public)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(440)

    def choice(self) -> InvitationChoice:
        return InvitationChoice(self.pack.isChecked(), self.public.isChecked())


def make_invitation(ctx: WorkspaceContext, parent: QWidget | None, meeting_id: str,
                    body: str, starts_on: object, *, choice: InvitationChoice | None = None,
                    target: Path | None = None) -> Invitation | None:
    """Ask what to attach and where to save, write the .eml; None when cancelled or refused."""
    from datetime import date

    assert isinstance(starts_on, date)
    label = f"{body} {starts_on:%d-%m-%Y}"
    if choice is None:
        dialog = InvitationDialog(parent, label)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    if target is None:
        suggested = str(Path.home() / document_name(body, starts_on, "invitation-mail"))
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, translate("InvitationDialog", "Uitnodiging opslaan"), suggested,
            translate("InvitationDialog", "E-mail (*.eml)"))
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() != ".eml":
        target = target.with_suffix(".eml")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the PDF takes a moment
    try:
        invitation = write_invitation(ctx.store, meeting_id, target, pack=choice.pack,
                                      public=choice.public)
    except StoreError as exc:
        QMessageBox.warning(parent, translate("InvitationDialog",
                                                           "Uitnodiging maken"), error_text(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    _tell(parent, invitation, target)
    return invitation


def _tell(parent: QWidget | None, invitation: Invitation, target: Path) -> None:
    text = translate("InvitationDialog", "De uitnodiging staat klaar in %1. Open het bestand "
                     "om het in uw e-mailprogramma te versturen.").replace("%1", str(target))
    if invitation.missing:
        text += "\n\n" + translate("InvitationDialog", "Zonder e-mailadres, voeg zelf toe: %1"
                                   ).replace("%1", ", ".join(invitation.missing))
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("InvitationDialog", "Uitnodiging maken"), text,
                      QMessageBox.StandardButton.Close, parent)
    open_button = box.addButton(translate("InvitationDialog", "Openen"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
