"""Unexpected exceptions: logged with the traceback to the app's log folder, shown to the user
as a friendly Dutch message with the log's location; the app keeps running.

A `StoreError` (disk full, locked, damaged, ...) is not unexpected: its own message is shown
(`error_text`, in the app's language) and only a short line is logged. Low-level write errors
(sqlite3 "database or disk is full", OSError ENOSPC) are turned into one first, so a full disk
never shows as a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from zorgdesk import paths

log = logging.getLogger("zorgdesk")
LOG_NAME = "zorgdesk.log"
_state: dict[str, object] = {"showing": False, "handler": None}


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


class LogFile(logging.Handler):
    """The rotating log file (1 MB x 3), opened at the first record it gets.

    logging.handlers (with socket, pickle and queue) costs start-up ~6 ms, and most sessions
    log nothing; what is logged ends up in the same file, written the same way.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            try:
                self._file = RotatingFileHandler(self.path, maxBytes=1_000_000,
                                                 backupCount=3, encoding="utf-8")
            except OSError:
                self.handleError(record)  # as a file handler does when it cannot write
                return
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging() -> Path:
    """The log file for the 'zorgdesk' loggers (see `LogFile`); idempotent."""
    path = log_file()
    handler = _state.get("handler")
    if isinstance(handler, LogFile) and handler.path == path:
        return path
    if isinstance(handler, logging.Handler):
        log.removeHandler(handler)
        handler.close()
    new = LogFile(path)
    new.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(new)
    log.setLevel(logging.INFO)
    _state["handler"] = new
    return path


translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context


def friendly_message(exc: BaseException, workspace: Path | None) -> tuple[str, str, bool]:
    """(title, message, expected) for an exception that reached the event loop."""
    from zorgdesk.store.errors import StoreError, as_store_error
    from zorgdesk.ui.kit.error_text import error_text

    translated = as_store_error(exc, workspace or Path("de werkruimte"))
    if isinstance(translated, StoreError):
        return translate("ErrorHook", "Niet gelukt"), error_text(translated), True
    location = log_file()
    message = translate(
        "ErrorHook",
        "Er ging iets mis dat ZorgDesk niet verwachtte. De laatste handeling is mogelijk niet "
        "uitgevoerd; wat al was opgeslagen, blijft bewaard. ZorgDesk blijft open, u kunt "
        "gewoon verder werken.\n\nDe details staan in het logbestand:\n%1\n\nStuur dat "
        "bestand mee als u het probleem meldt."
    ).replace("%1", str(location))
    return translate("ErrorHook", "Onverwachte fout"), message, False


class ErrorHook:
    """`sys.excepthook` (and `threading.excepthook`) for the GUI.

    `parent` gives the window to put the message on; `workspace` the open file, for
    messages that name it. Messages are shown only from the GUI thread and never stacked:
    an exception while one is on screen is only logged.
    """

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None,
                 workspace: Callable[[], Path | None] = lambda: None) -> None:
        self.parent = parent
        self.workspace = workspace
        self.shown: list[tuple[str, str]] = []

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            workspace = self.workspace()
        except Exception:
            workspace = None
        with contextlib.suppress(OSError):
            setup_logging()  # idempotent; follows a log folder that moved (tests)
        title, message, expected = friendly_message(exc, workspace)
        if expected:
            log.warning("%s: %s", exc_type.__name__, message)
        else:
            log.error("Onverwachte fout", exc_info=(exc_type, exc, tb))
        for handler in log.handlers:
            handler.flush()
        self._show(title, message)

    def _show(self, title: str, message: str) -> None:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QMessageBox

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or _state["showing"]:
            return
        _state["showing"] = True
        try:
            self.shown.append((title, message))
            try:
                parent = self.parent()
            except Exception:
                parent = None
            QMessageBox.warning(parent, title, message)
        finally:
            _state["showing"] = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_hook(parent: Callable[[], QWidget | None] = lambda: None,
                       workspace: Callable[[], Path | None] = lambda: None) -> ErrorHook:
    setup_logging()
    hook = ErrorHook(parent, workspace)
    sys.excepthook = hook
    threading.excepthook = hook.thread_hook
    return hook
