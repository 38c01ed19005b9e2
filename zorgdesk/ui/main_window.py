"""The main window: navigation to the six pages, the workspace switcher, Edit with undo.

Pages are built on first visit so that the first paint costs only the overview.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QTime
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk import paths, settings
from zorgdesk.store import Store, StoreError
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.page import Page, focus_first, set_enum_property
from zorgdesk.ui.workspace.server_banner import ServerBanner
from zorgdesk.ui.workspace.server_watch import ServerWatch
from zorgdesk.ui.workspace.sync_actions import AutoSync

if TYPE_CHECKING:
    from zorgdesk.ui.workspace.not_opened_panel import NotOpenedPanel

PAGES: tuple[tuple[str, str], ...] = (
    ("overview", str(QT_TRANSLATE_NOOP("MainWindow", "Overzicht"))),
    ("goals", str(QT_TRANSLATE_NOOP("MainWindow", "Doelen"))),
    ("timeline", str(QT_TRANSLATE_NOOP("MainWindow", "Tijdlijn"))),
    ("partners", str(QT_TRANSLATE_NOOP("MainWindow", "Partners"))),
    ("meetings", str(QT_TRANSLATE_NOOP("MainWindow", "Overleggen"))),
    ("reports", str(QT_TRANSLATE_NOOP("MainWindow", "Rapporten"))),
)
SAMPLE_TITLES = {
    "drenthe-werkagenda": str(QT_TRANSLATE_NOOP("MainWindow", "Werkagenda Drents Zorglandschap")),
    "iza-drenthe": str(QT_TRANSLATE_NOOP("MainWindow", "Regioplan IZA Drenthe")),
    "noord-limburg": str(QT_TRANSLATE_NOOP(
        "MainWindow", "Samenwerkingsagenda Noord-Limburg & VGZ")),
}
FILE_FILTER = str(QT_TRANSLATE_NOOP(
    "MainWindow", "ZorgDesk-werkruimtes (*.zorgdesk);;Alle bestanden (*)"))


PageClass = Callable[[WorkspaceContext], Page]


# One small function per page that imports its module: plain imports, so PyInstaller sees
# them, and only when the page is first shown (start-up paints one page).
def _overview() -> PageClass:
    from zorgdesk.ui.workspace.overview_page import OverviewPage

    return OverviewPage


def _goals() -> PageClass:
    from zorgdesk.ui.goals.page import GoalsPage

    return GoalsPage


def _timeline() -> PageClass:
    from zorgdesk.ui.timeline.page import TimelinePage

    return TimelinePage


def _partners() -> PageClass:
    from zorgdesk.ui.partners.page import PartnersPage

    return PartnersPage


def _meetings() -> PageClass:
    from zorgdesk.ui.meetings.page import MeetingsPage

    return MeetingsPage


def _reports() -> PageClass:
    from zorgdesk.ui.reports.page import ReportsPage

    return ReportsPage


PAGE_CLASSES: dict[str, Callable[[], PageClass]] = {
    "overview": _overview,
    "goals": _goals,
    "timeline": _timeline,
    "partners": _partners,
    "meetings": _meetings,
    "reports": _reports,
}


def _page_factory(key: str) -> PageClass:
    return PAGE_CLASSES[key]()


def first_size(available: QSize) -> QSize:
    """1280x800, or less on a smaller screen: a 1366x768 laptop showed the window taller
    than the screen, the status bar below its edge. Room is kept for the title bar."""
    frame = 48
    return QSize(min(1280, available.width()), min(800, available.height() - frame))


class MainWindow(QMainWindow):
    def __init__(self, ctx: WorkspaceContext, opener: Callable[[Path | str], Store]) -> None:
        super().__init__()
        self.ctx = ctx
        self._opener = opener
        self.setObjectName("mainWindow")
        self.resize(first_size(self.screen().availableGeometry().size()))
        self.pages: dict[str, Page] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pagina's"))
        self.navigation.setFixedWidth(190)
        for _key, label in PAGES:
            self.navigation.addItem(self.tr(label))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self._slots: list[QWidget] = []
        for _ in PAGES:
            slot = QWidget()
            self._slots.append(slot)
            self.stack.addWidget(slot)
        self.navigation.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row_layout = QHBoxLayout(central)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(0)
        row_layout.addWidget(self.navigation)
        page_column = QVBoxLayout()
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.setSpacing(0)
        self.server_banner = ServerBanner(ctx)
        page_column.addWidget(self.server_banner)
        page_column.addWidget(self.stack, 1)
        row_layout.addLayout(page_column, 1)
        self.body = QStackedWidget()
        self.body.addWidget(central)
        self._not_opened: NotOpenedPanel | None = None
        self.setCentralWidget(self.body)

        self._build_menus()
        self.saved_label = QLabel(self.tr("Alle wijzigingen zijn opgeslagen"))
        self.saved_label.setObjectName("savedState")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.server_watch = ServerWatch(ctx, self)
        self.server_watch.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.server_watch.reachable.connect(
            lambda ok: self.server_banner.set_unreachable(not ok))
        self.auto_sync = AutoSync(ctx, self)
        self.auto_sync.message.connect(lambda text: self.statusBar().showMessage(text, 12000))
        ctx.workspaceChanged.connect(self._workspace_changed)
        ctx.changed.connect(self._saved)
        self.navigation.setCurrentRow(0)
        self._workspace_changed()  # the switcher and status bar for "no workspace yet"

    # ----- pages -------------------------------------------------------------------------
    def show_page(self, key: str) -> Page:
        row = [k for k, _ in PAGES].index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> Page:
        if key not in self.pages:
            row = [k for k, _ in PAGES].index(key)
            page = _page_factory(key)(self.ctx)
            self.pages[key] = page
            old = self._slots[row]
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._slots[row] = page
        return self.pages[key]

    def go_to_page(self, key: str) -> None:
        """Ctrl+1…6: the page, with the keyboard focus in it (Tab goes on from there)."""
        page = self.show_page(key)
        focus_first(page)

    def find_in_page(self) -> None:
        """Ctrl+F works on whatever page is shown, also right after switching to it."""
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_search()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row][0])
        self.stack.setCurrentWidget(page)

    # ----- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        ws_menu = self.menuBar().addMenu(self.tr("&Werkruimte"))
        self.workspace_menu = ws_menu
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through the Qt
        # namespace, and building that costs 10 ms of the first paint (ui/kit/page.py).
        new_action = ws_menu.addAction(self.tr("&Nieuwe werkruimte…"), self.new_workspace)
        new_action.setShortcuts(QKeySequence.StandardKey.New)
        open_action = ws_menu.addAction(self.tr("&Openen…"), self.open_dialog)
        open_action.setShortcuts(QKeySequence.StandardKey.Open)
        server_action = ws_menu.addAction(self.tr("Openen van &server…"), self.open_server_dialog)
        server_action.setShortcuts([QKeySequence("Ctrl+Shift+O")])
        self.recent_menu = ws_menu.addMenu(self.tr("&Recent geopend"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        samples = ws_menu.addMenu(self.tr("&Voorbeeld openen"))
        for name, title in SAMPLE_TITLES.items():
            samples.addAction(self.tr(title), partial(self.open_sample, name))
        ws_menu.addSeparator()
        copy_action = ws_menu.addAction(self.tr("&Kopie opslaan als…"), self.save_copy)
        copy_action.setShortcuts(QKeySequence.StandardKey.SaveAs)
        ws_menu.addAction(self.tr("&Reservekopieën…"), self.show_backups)
        ws_menu.addAction(self.tr("&Vastgestelde versies…"), self.show_versions)
        ws_menu.addSeparator()
        ws_menu.addAction(self.tr("Samenvoegen &met…"), self.choose_merge)
        ws_menu.addAction(self.tr("&Wijzigingen versturen…"), self.send_changes)
        ws_menu.addSeparator()
        self.offline_action = ws_menu.addAction(self.tr("Off&line meenemen…"), self.take_offline)
        self.sync_action = ws_menu.addAction(self.tr("S&ynchroniseren"), self.synchronise)
        self.auto_sync_action = ws_menu.addAction(self.tr("Automatisch synchroniseren"))
        self.auto_sync_action.setCheckable(True)
        self.auto_sync_action.toggled.connect(self._set_auto_sync)
        ws_menu.aboutToShow.connect(self._update_sync_actions)
        ws_menu.addSeparator()
        ws_menu.addAction(self.tr("&Importeren uit Excel of CSV…"), self.import_table)
        self.export_menu = ws_menu.addMenu(self.tr("&Exporteren naar Excel"))
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        ws_menu.addSeparator()
        quit_action = ws_menu.addAction(self.tr("&Afsluiten"), self.close)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("Be&werken"))
        self.undo_action: QAction = self.ctx.undo_stack.createUndoAction(
            self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action: QAction = self.ctx.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        find = edit.addAction(self.tr("&Zoeken"), self.find_in_page)
        find.setShortcuts(QKeySequence.StandardKey.Find)

        view = self.menuBar().addMenu(self.tr("Beel&d"))
        for number, (key, label) in enumerate(PAGES, start=1):
            go = view.addAction(self.tr(label), partial(self.go_to_page, key))
            go.setShortcuts([QKeySequence(f"Ctrl+{number}")])
        view.addSeparator()
        language_menu = view.addMenu(self.tr("&Taal / Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = language_menu.addAction(label, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(settings.language() == code)
            group.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Over ZorgDesk"), self._about)

        toolbar = QToolBar(self.tr("Werkruimte"))
        toolbar.setObjectName("workspaceToolbar")
        toolbar.setMovable(False)
        self.switcher = QToolButton()
        self.switcher.setObjectName("workspaceSwitcher")
        self.switcher.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.switcher.setMenu(ws_menu)
        set_enum_property(self.switcher, "toolButtonStyle", "ToolButtonTextOnly")
        toolbar.addWidget(self.switcher)
        self.addToolBar(toolbar)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in settings.recent_files() if isinstance(p, str) or p.exists()]
        if not recent:
            action = self.recent_menu.addAction(self.tr("(geen)"))
            action.setEnabled(False)
        for location in recent:
            label = (self.tr("Server: %1").replace("%1", location) if isinstance(location, str)
                     else str(location))
            self.recent_menu.addAction(label, partial(self.open_path, location))

    def _saved(self, _what: str) -> None:
        """Every edit is committed before `changed` fires; say so, with the time."""
        self.saved_label.setText(self.tr("Alle wijzigingen zijn opgeslagen (%1)")
                                 .replace("%1", QTime.currentTime().toString("HH:mm")))

    def choose_language(self, code: str) -> None:
        """The language is read once at start-up: every window is built in it."""
        from PySide6.QtWidgets import QMessageBox

        if code == settings.language():
            return
        settings.set_language(code)
        QMessageBox.information(
            self, self.tr("Taal / Language"),
            "ZorgDesk gebruikt de nieuwe taal na de volgende start.\n"
            "ZorgDesk uses the new language after the next start.")

    def _workspace_changed(self) -> None:
        if self.ctx.has_store:
            store = self.ctx.store
            name = store.path.name if store.is_server else store.path.stem
            if store.readonly:
                name = self.tr("{name} (alleen lezen)").format(name=name)
            self.switcher.setText(name)
            self.setWindowTitle(f"{name} — ZorgDesk")
            self.statusBar().showMessage(store.location, 8000)
            self.body.setCurrentIndex(0)
        else:
            self.switcher.setText(self.tr("Geen werkruimte"))
            self.setWindowTitle("ZorgDesk")
        # "Alle wijzigingen zijn opgeslagen" says nothing true without a workspace.
        self.saved_label.setVisible(self.ctx.has_store)

    # ----- workspace actions ---------------------------------------------------------------
    @property
    def not_opened(self) -> NotOpenedPanel:
        """No workspace open (refused at start-up): a panel that says why, not empty pages.

        Built when first needed: nearly every start opens its workspace and never shows it.
        """
        if self._not_opened is None:
            from zorgdesk.ui.workspace.not_opened_panel import NotOpenedPanel

            panel = NotOpenedPanel()
            panel.retryRequested.connect(self.retry_open)
            panel.otherRequested.connect(self.open_dialog)
            panel.readOnlyRequested.connect(self.open_read_only)
            self.body.addWidget(panel)
            self._not_opened = panel
        return self._not_opened

    def show_not_opened(self, location: Path | str, error: StoreError, *,
                        again: bool = False) -> None:
        """No workspace is open: show why `location` was refused instead of empty pages."""
        self.not_opened.show_refusal(location, error, again=again)
        self.body.setCurrentWidget(self.not_opened)
        self.not_opened.retry_button.setFocus()  # Enter tries again; Tab reaches the others

    def retry_open(self) -> None:
        location = self.not_opened.location
        if location is not None:
            self.open_path(location)

    def open_read_only(self) -> None:
        """Read a workspace another window writes: nothing here can change it."""
        from zorgdesk.store import open_store

        location = self.not_opened.location
        if not isinstance(location, Path):
            return
        try:
            store = open_store(location, readonly=True)
        except StoreError as exc:
            self.show_not_opened(location, exc, again=True)
            return
        self.ctx.set_store(store)

    def open_path(self, path: Path | str) -> bool:
        """Open a workspace file, or a server workspace by its `postgresql://` URL."""
        from PySide6.QtWidgets import QMessageBox

        try:
            store = self._opener(path if isinstance(path, str) else Path(path))
        except StoreError as exc:
            if not self.ctx.has_store:  # nothing else is open: the panel says why, in place
                self.show_not_opened(path, exc, again=path == self.not_opened.location)
                return False
            QMessageBox.warning(self, self.tr("Werkruimte niet geopend"), error_text(exc))
            return False
        self.ctx.set_store(store)
        settings.add_recent(store.url or store.path)
        return True

    def open_server_dialog(self) -> None:
        from zorgdesk.ui.workspace.server_dialog import ask_server_url

        url = ask_server_url(self)
        if url:
            self.open_path(url)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Werkruimte openen"), str(paths.workspaces_dir()), self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nieuwe werkruimte"), str(paths.workspaces_dir() / "werkagenda.zorgdesk"),
            self.tr(FILE_FILTER))
        if not name:
            return
        from zorgdesk.services.workspace.files import create_workspace

        target = Path(name).with_suffix(paths.WORKSPACE_SUFFIX)
        try:
            create_workspace(target, Path(name).stem)
        except (StoreError, OSError) as exc:
            message = error_text(exc) if isinstance(exc, StoreError) else str(exc)
            QMessageBox.warning(self, self.tr("Werkruimte niet gemaakt"), message)
            return
        self.open_path(target)

    def open_sample(self, name: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from zorgdesk.services.workspace.files import ensure_sample

        try:
            path = ensure_sample(name)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Voorbeeld niet geopend"), error_text(exc))
            return
        self.open_path(path)

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if not self.ctx.has_store:
            return
        source = self.ctx.store.path
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Kopie opslaan als"),
            str(source.with_name(source.stem + "-kopie.zorgdesk")), self.tr(FILE_FILTER))
        if not name:
            return
        from zorgdesk.store.backup import copy_database

        try:
            copy_database(source, Path(name))
        except (StoreError, OSError) as exc:
            message = error_text(exc) if isinstance(exc, StoreError) else str(exc)
            QMessageBox.warning(self, self.tr("Kopie niet opgeslagen"), message)
            return
        self.statusBar().showMessage(self.tr("Kopie opgeslagen: %1").replace("%1", name), 8000)

    def show_backups(self) -> None:
        if not self.ctx.has_store:
            return
        from zorgdesk.ui.workspace.backups_dialog import BackupsDialog

        BackupsDialog(self.ctx, self.open_path, self).exec()

    def import_table(self) -> None:
        if not self.ctx.has_store:
            return
        from zorgdesk.ui.tables.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def _fill_export_menu(self) -> None:
        from zorgdesk.ui.kit.export_menu import fill_export_menu

        self.export_menu.clear()
        fill_export_menu(self.export_menu, self.ctx, self)

    def merge_with(self, theirs: Path | None = None) -> None:
        """Merge a colleague's copy or changes file in (`theirs` skips the file dialog)."""
        from zorgdesk.ui.workspace import merge_actions

        done = (merge_actions.merge_with_file(self.ctx, self, theirs) if theirs is not None
                else merge_actions.choose_and_merge(self.ctx, self))
        if done:
            self.statusBar().showMessage(done, 12000)

    def choose_merge(self) -> None:
        self.merge_with(None)

    def send_changes(self) -> None:
        from zorgdesk.ui.workspace import merge_actions

        done = merge_actions.choose_and_send(self.ctx, self)
        if done:
            self.statusBar().showMessage(done, 12000)

    def _update_sync_actions(self) -> None:
        from zorgdesk.ui.workspace.sync_actions import server_of

        on_server = self.ctx.has_store and self.ctx.store.is_server
        offline = server_of(self.ctx) is not None
        self.offline_action.setEnabled(on_server)
        self.sync_action.setEnabled(offline)
        self.auto_sync_action.setEnabled(offline)
        self.auto_sync_action.blockSignals(True)
        self.auto_sync_action.setChecked(offline and settings.auto_sync(self.ctx.store.path))
        self.auto_sync_action.blockSignals(False)

    def _set_auto_sync(self, on: bool) -> None:
        if self.ctx.has_store and not self.ctx.store.is_server:
            settings.set_auto_sync(self.ctx.store.path, on)
            self.auto_sync.follow()

    def take_offline(self, target: Path | None = None) -> None:
        from zorgdesk.ui.workspace import sync_actions

        copy = sync_actions.take_offline(self.ctx, self, target)
        if copy is not None:
            self.open_path(copy)

    def synchronise(self) -> None:
        from zorgdesk.ui.workspace import sync_actions

        done = sync_actions.synchronise(self.ctx, self)
        if done:
            self.statusBar().showMessage(done, 12000)

    def show_versions(self) -> None:
        if not self.ctx.has_store:
            return
        from zorgdesk.ui.workspace.versions_dialog import VersionsDialog

        VersionsDialog(self.ctx, self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from zorgdesk import __version__

        QMessageBox.about(self, self.tr("Over ZorgDesk"), self.about_text(__version__))

    def about_text(self, version: str) -> str:
        """What a user or the help desk asks first: which version, and where data and log are."""
        return "\n\n".join((
            self.tr("ZorgDesk %1").replace("%1", version),
            self.tr("De werkagenda van een regionale zorgsamenwerking, volledig offline."),
            self.tr("Licentie: eigendom van de uitgever. Lettertypen: DejaVu (vrije licentie)."),
            self.tr("Gegevens: %1").replace("%1", str(paths.data_dir())),
            self.tr("Logboek: %1").replace("%1", str(paths.log_dir())),
        ))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.set_store(None)
        super().closeEvent(event)


