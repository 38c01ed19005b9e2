"""Automatic backups while the app runs: every 30 minutes while there are changes, and one
more when a changed workspace is closed. The policy lives in zorgdesk.store (no widgets)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from zorgdesk.store.backup import AutoBackup
from zorgdesk.ui.kit.context import WorkspaceContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60_000  # the schedule itself decides when 30 minutes have passed


class AutoBackupTimer(QObject):
    def __init__(self, ctx: WorkspaceContext, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.auto: AutoBackup | None = None
        self.made: list[Path] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.workspaceChanged.connect(self._workspace_changed)
        self._workspace_changed()

    def _workspace_changed(self) -> None:
        if self.auto is not None and (
            not self.ctx.has_store or self.ctx.store is not self.auto.store
        ):
            self._record(self.auto.final())  # the old workspace, if it changed since
            self.auto = None
        if (self.ctx.has_store and self.auto is None and not self.ctx.store.is_server
                and not self.ctx.store.readonly):  # read-only: the writer backs it up
            self.auto = AutoBackup(self.ctx.store, clock=self.clock)

    def tick(self) -> None:
        if self.auto is not None:
            self._record(self.auto.tick())

    def _record(self, path: Path | None) -> None:
        if path is not None:
            self.made.append(path)
            log.info("reservekopie gemaakt: %s", path)
