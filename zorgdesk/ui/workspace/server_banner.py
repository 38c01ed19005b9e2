"""The band above the pages: read-only (a lezer on a server, or a file open elsewhere), or a
server out of reach.

A lezer sees at once that nothing can be changed and why (the server's GRANTs say so, see
store/rights.py), instead of finding out at the first refused edit. When the server cannot
be reached the band says so until it can again (ui/workspace/server_watch.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from zorgdesk.ui.kit.context import WorkspaceContext


class ServerBanner(QLabel):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Melding over de serverwerkruimte"))
        self._unreachable = False
        ctx.workspaceChanged.connect(self.update_text)
        self.update_text()

    def set_unreachable(self, unreachable: bool) -> None:
        self._unreachable = unreachable
        self.update_text()

    def update_text(self) -> None:
        text = ""
        if self.ctx.has_store and self.ctx.store.is_server:
            if self._unreachable:
                text = self.tr(
                    "De server is niet bereikbaar. Wat u ziet is de stand van het laatste "
                    "contact; wijzigen kan pas weer als de verbinding terug is.")
            elif not self.ctx.store.may_write:
                text = self.tr(
                    "Alleen lezen: u bent lezer van deze werkruimte op de server. U kunt alles "
                    "bekijken en rapporten maken, maar niets wijzigen. Vraag de beheerder om "
                    "de rol bewerker als u moet kunnen wijzigen.")
        elif self.ctx.has_store and self.ctx.store.readonly:
            text = self.tr(
                "Alleen lezen: deze werkruimte is elders geopend. U ziet wat er was opgeslagen "
                "toen u haar opende en kunt rapporten maken, maar niets wijzigen. Sluit haar "
                "in het andere venster en open haar opnieuw om te wijzigen.")
        self.setText(text)
        self.setVisible(bool(text))
