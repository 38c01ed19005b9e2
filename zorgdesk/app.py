"""Composition root: Qt application, language, the workspace to open, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def seconds_since_start() -> float:
    from zorgdesk import IMPORTED_AT

    return time.perf_counter() - IMPORTED_AT


def apply_locale(lang: str) -> None:
    """Dates, month names and numbers follow the UI language: nl_NL for Dutch, English's own
    locale for English (an English window with "za 12 dec" in it reads as half-translated)."""
    from PySide6.QtCore import QLocale

    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def install_language(app: object, lang: str) -> None:
    """Dutch is the source language; English comes from resources/translations."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from zorgdesk.paths import resources_dir

    apply_locale(lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = []
    if lang == "nl":
        qt = QTranslator(app)  # type: ignore[arg-type]
        if qt.load("qtbase_nl", qt_dir):
            translators.append(qt)
    else:
        own = QTranslator(app)  # type: ignore[arg-type]
        if own.load(str(resources_dir() / "translations" / f"zorgdesk_{lang}.qm")):
            translators.append(own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)


def default_workspace() -> Path:
    """The last workspace used, or on first start the IZA Drenthe sample."""
    from zorgdesk import settings
    from zorgdesk.samples import DEFAULT_SAMPLE
    from zorgdesk.services.workspace.files import ensure_sample

    for path in settings.recent_files():
        if isinstance(path, Path) and path.exists():  # a server is opened only on request
            return path
    return ensure_sample(DEFAULT_SAMPLE)


def open_workspace(path: Path | str, interactive: bool = True):  # type: ignore[no-untyped-def]
    """Open for the app: one-writer lock, restore offer for a damaged file, network warning
    (zorgdesk/ui/dialogs/open_recovery.py)."""
    from zorgdesk.ui.workspace.open_recovery import open_with_recovery

    return open_with_recovery(path, interactive=interactive)


def _import_before_qt() -> None:
    """The Qt-free modules of start-up (store, services, what they use), before PySide6.

    Once PySide6 is loaded it reads the source of every module named in an import after it,
    looking for "PySide6" (for its `__feature__` switches, which ZorgDesk does not use): 86
    modules and 6 ms of start-up. Imported here first, 37 of them are never read (2 ms).
    """
    import zorgdesk.services.workspace.overview
    import zorgdesk.store.backup
    import zorgdesk.store.integrity
    import zorgdesk.store.location
    import zorgdesk.store.lock
    import zorgdesk.store.server
    import zorgdesk.store.verified  # noqa: F401


def run_app(file: str | None, smoke: bool, page: str, lang: str | None) -> int:
    if smoke:
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        if not smoke:
            print("zorgdesk: geen beeldscherm gevonden (DISPLAY is niet gezet); start ZorgDesk "
                  "vanuit een grafische sessie.", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _import_before_qt()
    from PySide6.QtWidgets import QApplication

    from zorgdesk import settings
    from zorgdesk.store import StoreError
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.kit.style import STYLE_SHEET
    from zorgdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ZorgDesk")
    app.setOrganizationName("ZorgDesk")
    install_language(app, lang or settings.language())
    app.setStyleSheet(STYLE_SHEET)

    ctx = WorkspaceContext()
    window = MainWindow(ctx, open_workspace)
    # Storage safety (issue 7): unexpected exceptions logged and shown kindly; auto backups.
    from zorgdesk.ui.kit.error_hook import install_error_hook
    from zorgdesk.ui.workspace.backup_timer import AutoBackupTimer

    if not smoke:  # a modal message would hang an unattended smoke run
        install_error_hook(lambda: window, lambda: ctx.store.path if ctx.has_store else None)
    _auto_backups = AutoBackupTimer(ctx, window)  # lives as long as run_app
    path: Path | str = file or ""
    try:
        from zorgdesk.store.server import workspace_location

        path = workspace_location(file) if file else default_workspace()
        store = open_workspace(path, interactive=not smoke)
    except StoreError as exc:
        if smoke:
            print(f"zorgdesk: {exc.message}", file=sys.stderr)
            return 1
        window.show_not_opened(path, exc)  # why, and the ways on; not empty pages
        store = None
    if store is not None:
        ctx.set_store(store)
        settings.add_recent(store.url or store.path)
        # No dialog in a smoke run: the location warning of a file goes to stderr.
        # (Not through zorgdesk.commands: that package loads every subcommand, 25 ms.)
        if smoke and not store.is_server:
            from zorgdesk.store.location import check_location

            warning = check_location(Path(store.path))
            if warning is not None:
                print(f"zorgdesk: let op: {warning.message}", file=sys.stderr)
    window.show_page(page)
    window.show()
    from zorgdesk.collector import end_burst

    if smoke:
        app.processEvents()
        window.grab()
        print(f"first paint: {seconds_since_start() * 1000:.0f} ms", flush=True)
        end_burst()
        window.close()
        return 0
    from PySide6.QtCore import QTimer

    QTimer.singleShot(1000, end_burst)  # the first paint and the page's first reads are done
    return int(app.exec())
