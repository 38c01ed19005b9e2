"""Rapporten: choose a report, its scope and edition, make it off the UI thread, look at the
pages, save it and open the folder. The reports package does the work (no widgets there)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.ui.kit.context import EVERYTHING, WorkspaceContext
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.page import Page, heading

PREVIEW_PAGES = 40
THUMB_HEIGHT = 250  # portrait and landscape pages get the same height

# Kept here (not imported from zorgdesk.reports) so the page never imports reportlab at start-up.
KINDS: tuple[tuple[str, object, str], ...] = (
    ("agenda", QT_TRANSLATE_NOOP("ReportsPage", "Agenda"), "meeting"),
    ("meeting-pack", QT_TRANSLATE_NOOP("ReportsPage", "Vergaderset"), "meeting"),
    ("minutes", QT_TRANSLATE_NOOP("ReportsPage", "Verslag"), "meeting"),
    ("werkagenda", QT_TRANSLATE_NOOP("ReportsPage", "Werkagenda"), "theme"),
    ("progress", QT_TRANSLATE_NOOP("ReportsPage", "Voortgangsrapportage"), "theme,since"),
    ("matrix", QT_TRANSLATE_NOOP("ReportsPage", "Partnermatrix"), "theme"),
    ("timeline", QT_TRANSLATE_NOOP("ReportsPage", "Tijdlijn"), "theme"),
    ("changes", QT_TRANSLATE_NOOP("ReportsPage", "Wijzigingen sinds vaststelling"), "version"),
)


class _JobSignals(QObject):
    progress = Signal(int, str)
    done = Signal(str, list)
    failed = Signal(str)


@dataclass
class ReportRequest:
    kind: str
    public: bool
    meeting_id: str | None = None
    theme_id: str | None = None
    since: date | None = None
    version_id: str | None = None
    language: str = "nl"  # the report's language, not necessarily the screen's
    warnings: list[str] = field(default_factory=list)
    # name -> what the public version prints instead, as chosen in the privacy check
    replacements: dict[str, str] = field(default_factory=dict)

    def choice(self) -> tuple[object, ...]:
        """What the user chose; a PDF made for another choice is never saved for this one."""
        return (self.kind, self.public, self.meeting_id, self.theme_id, self.since,
                self.version_id, self.language)


class ReportJob(QRunnable):
    """Makes one report on a pool thread; the report opens its own Session there."""

    def __init__(self, ctx: WorkspaceContext, request: ReportRequest, out: Path) -> None:
        super().__init__()
        self.store = ctx.store
        self.request = request
        self.out = out
        self.signals = _JobSignals()

    def run(self) -> None:
        from zorgdesk.reports import ReportOptions, build_report
        from zorgdesk.store import StoreError
        from zorgdesk.ui.kit.error_text import error_text

        r = self.request
        options = ReportOptions(public=r.public, meeting_id=r.meeting_id, theme=r.theme_id,
                                since=r.since, version=r.version_id,
                                progress=self.signals.progress.emit,
                                replacements=dict(r.replacements), language=r.language)
        try:
            build_report(r.kind, self.store, self.out, options)
        except StoreError as exc:  # also ReportDataError: no such meeting, no data
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # shown to the user, never a crash of the app
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(str(self.out), list(options.warnings))


class ReportsPage(Page):
    # A report can show anything: every change may make the preview out of date.
    concerns = EVERYTHING

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tmp = tempfile.TemporaryDirectory(prefix="zorgdesk-rapport-")
        self._job: ReportJob | None = None
        self._made: Path | None = None
        self._made_for: ReportRequest | None = None  # the choice the made PDF belongs to
        self._save_target: Path | None = None  # a public version waiting for its replacements
        self._replacements: dict[str, str] = {}  # for the next report made
        self._saved: Path | None = None
        self._doc: object | None = None
        self._next_page = 0
        self._runs = 0
        self._preview_title = ""

        self.kind_combo = QComboBox()
        for key, title, _uses in KINDS:
            self.kind_combo.addItem(self.tr(str(title)), key)
        self.kind_combo.setCurrentIndex(3)
        self.description = QLabel()
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        self.meeting_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Vastgestelde versie"))
        # Each language under its own name, as the Taal menu lists them.
        from zorgdesk import settings

        self.language_combo = QComboBox()
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            self.language_combo.addItem(label, code)
        self.language_combo.setAccessibleName(self.tr("Taal van het rapport"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            settings.language())))
        half_year = QDate.currentDate().addMonths(-6)
        self.since_edit = DateField(  # the app's one date field: typed or picked
            date(half_year.year(), half_year.month(), half_year.day()),
            name=self.tr("Wijzigingen sinds"))
        self.internal_radio = QRadioButton(self.tr("Intern"))
        self.public_radio = QRadioButton(self.tr("Publieksversie"))
        self.internal_radio.setChecked(True)
        self.public_radio.setToolTip(self.tr(
            "Zonder interne notities en vertrouwelijke punten; wie niet genoemd mag worden "
            "staat er met functie en organisatie."))
        edition = QButtonGroup(self)
        edition.addButton(self.internal_radio)
        edition.addButton(self.public_radio)
        edition_row = QHBoxLayout()
        edition_row.addWidget(self.internal_radio)
        edition_row.addWidget(self.public_radio)
        edition_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Rapport"), self.kind_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("Vergadering"), self.meeting_combo)
        form.addRow(self.tr("Thema"), self.theme_combo)
        form.addRow(self.tr("Wijzigingen sinds"), self.since_edit)
        form.addRow(self.tr("Vastgesteld"), self.version_combo)
        form.addRow(self.tr("Versie"), edition_row)
        form.addRow(self.tr("Taal"), self.language_combo)

        self.make_button = QPushButton(self.tr("Rapport maken"))
        self.make_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the form does not jump when it appears
        self.progress.setSizePolicy(policy)
        self.progress.hide()  # shown only while a report is being made
        self.status = QLabel(self.tr("Kies een rapport en klik op Rapport maken."))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Opslaan als\u2026"))
        self.folder_button = QPushButton(self.tr("Map openen"))
        self.save_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.folder_button)

        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Rapporten")))
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(430)

        self.preview_label = QLabel(self.tr("Voorbeeld"))
        self.preview_label.setObjectName("subheading")
        self.preview = QListWidget()
        self.preview.setObjectName("reportPreview")
        self.preview.setViewMode(QListView.ViewMode.IconMode)
        self.preview.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview.setMovement(QListView.Movement.Static)
        self.preview.setIconSize(QSize(THUMB_HEIGHT, THUMB_HEIGHT))
        self.preview.setSpacing(10)
        self.preview.setUniformItemSizes(False)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de pagina's"))
        self.preview.setToolTip(self.tr("Dubbelklik (of Enter) op een pagina om die groot te "
                                        "bekijken en in te zoomen."))
        self.preview.itemActivated.connect(lambda item: self.view_page(self.preview.row(item)))
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(24)
        layout.addWidget(left_box)
        layout.addLayout(right, 1)

        self._render_timer = QTimer(self)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_next)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.kind_combo, self.meeting_combo, self.theme_combo, self.version_combo,
                      self.language_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.since_edit.dateChanged.connect(lambda _day: self._choice_changed())
        self.public_radio.toggled.connect(self._choice_changed)
        self.make_button.clicked.connect(self.make_report)
        self.save_button.clicked.connect(self.save_as)
        self.folder_button.clicked.connect(self.open_folder)
        self._kind_changed()

    # --- scope -------------------------------------------------------------------------

    def refresh(self) -> None:
        from zorgdesk.services.goals.tree import load_goal_tree
        from zorgdesk.services.meetings.queries import load_meetings
        from zorgdesk.ui.kit.formatting import short_date

        meeting = self.meeting_combo.currentData()
        theme = self.theme_combo.currentData()
        self.meeting_combo.clear()
        today = date.today()
        meetings = [m for m in load_meetings(self.ctx.store) if not m.cancelled]
        upcoming = next((i for i, m in enumerate(meetings) if m.starts_at.date() >= today),
                        len(meetings) - 1)
        for m in meetings:
            label = f"{m.body} \u00b7 {short_date(m.starts_at.date())}"
            if (m.starts_at.hour, m.starts_at.minute) != (0, 0):
                label += f" {m.starts_at:%H:%M}"
            if m.items:
                label += self.tr(" \u00b7 {0} punten").format(m.items)
            self.meeting_combo.addItem(label, m.id)
        if meetings:
            index = self.meeting_combo.findData(meeting)
            self.meeting_combo.setCurrentIndex(index if index >= 0 else max(upcoming, 0))
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("Alle thema's"), None)
        for t in load_goal_tree(self.ctx.store).themes:
            self.theme_combo.addItem(f"{t.code} {t.name}" if t.code else t.name, t.id)
        index = self.theme_combo.findData(theme)
        self.theme_combo.setCurrentIndex(max(index, 0))
        from zorgdesk.services.workspace.versions import list_versions

        version = self.version_combo.currentData()
        self.version_combo.clear()
        for info in list_versions(self.ctx.store):
            self.version_combo.addItem(info.label(), info.id)
        index = self.version_combo.findData(version)
        self.version_combo.setCurrentIndex(max(index, 0))
        self._kind_changed()

    def _uses(self) -> str:
        return KINDS[self.kind_combo.currentIndex()][2]

    def _kind_changed(self) -> None:
        uses = self._uses()
        descriptions = {
            "agenda": self.tr("De agenda van een vergadering met tijden, soort en inbreng."),
            "meeting-pack": self.tr("Voorblad, agenda, verslag en besluiten van de vorige "
                                    "vergadering, actielijst, verkeerslichten, tijdlijn, "
                                    "indicatoren en de bijlagen."),
            "minutes": self.tr("Notulen met aanwezigen, besluiten en actiepunten."),
            "werkagenda": self.tr("Het hele plan per thema met jaargrid, initiatieven en "
                                  "initiatiefnemers."),
            "progress": self.tr("Per thema de doelen met verkeerslicht, resultaten en "
                                "aandachtspunten, en wat er veranderde sinds een datum."),
            "matrix": self.tr("Welke partner welke rol heeft op welk doel."),
            "timeline": self.tr("Het Gantt-grid in kwartalen met jaren en mijlpalen."),
            "changes": self.tr("Wat er sinds een vastgestelde versie van de werkagenda nieuw "
                               "is, veranderde of verviel, naast elkaar."),
        }
        self.description.setText(descriptions[self.kind_combo.currentData()])
        self.meeting_combo.setEnabled("meeting" in uses and self.meeting_combo.count() > 0)
        self.theme_combo.setEnabled("theme" in uses)
        self.since_edit.setEnabled("since" in uses)
        self.version_combo.setEnabled("version" in uses and self.version_combo.count() > 0)

    def _choice_changed(self) -> None:
        """Another choice than the one the preview was made for: the preview is out of date
        and cannot be saved (a public version must never be the internal PDF saved again)."""
        if self._made_for is None:
            return
        current = self._made_for.choice() == self.request().choice()
        self.save_button.setEnabled(current and self._made is not None)
        self.preview.setEnabled(current)
        if current:
            self.preview_label.setText(self._preview_title)
            return
        self.preview_label.setText(self.tr("Voorbeeld (verouderd): hoort bij een eerdere keuze"))
        self.status.setText(self.tr("U koos iets anders dan het voorbeeld laat zien. Klik op "
                                    "Rapport maken om het rapport opnieuw te maken; pas dan "
                                    "kan het worden opgeslagen."))

    def request(self) -> ReportRequest:
        uses = self._uses()
        since = self.since_edit.date()  # the last good date; bad text is refused on make
        return ReportRequest(
            kind=str(self.kind_combo.currentData()),
            public=self.public_radio.isChecked(),
            meeting_id=self.meeting_combo.currentData() if "meeting" in uses else None,
            theme_id=self.theme_combo.currentData() if "theme" in uses else None,
            since=since if "since" in uses else None,
            version_id=self.version_combo.currentData() if "version" in uses else None,
            language=str(self.language_combo.currentData() or "nl"),
        )

    # --- making ------------------------------------------------------------------------

    def make_report(self) -> None:
        if self._job is not None or not self.ctx.has_store:
            return
        if "since" in self._uses() and not dates_ok(self.since_edit):
            return  # the field says what is wrong with the typed date; nothing is made
        request = self.request()
        if "meeting" in self._uses() and request.meeting_id is None:
            self.status.setText(self.tr("Deze werkruimte heeft nog geen vergaderingen."))
            return
        if "version" in self._uses() and request.version_id is None:
            self.status.setText(self.tr("Deze werkruimte heeft nog geen vastgestelde versie "
                                        "(Werkruimte › Vastgestelde versies…)."))
            return
        request.replacements, self._replacements = self._replacements, {}
        self._runs += 1
        out = Path(self._tmp.name) / f"{request.kind}-{self._runs}.pdf"
        job = ReportJob(self.ctx, request, out)
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._made = None
        self._made_for = None
        self._render_timer.stop()
        self.preview.clear()
        self.make_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress.setValue(1)
        self.progress.show()
        self.status.setText(self.tr("Bezig met maken\u2026"))
        QThreadPool.globalInstance().start(job)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _on_progress(self, percent: int, label: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(label + "\u2026")

    def _on_failed(self, message: str) -> None:
        self._job = None
        self._save_target = None
        self.make_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.hide()
        self.status.setText(self.tr("Het rapport kon niet worden gemaakt: {0}").format(message))

    def _on_done(self, path: str, warnings: list[str]) -> None:
        assert self._job is not None
        self._made_for = self._job.request
        self._job = None
        self._made = Path(path)
        self.make_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.progress.setValue(100)
        self.progress.hide()
        text = self.tr("Klaar. Bekijk de pagina's en kies Opslaan als.")
        if warnings:
            text += " " + " ".join(warnings)
        self.status.setText(text)
        self._start_preview(self._made)
        target, self._save_target = self._save_target, None
        if target is not None and self._made_for.replacements:
            self._save_replaced(target, self._made_for.replacements)

    # --- preview -----------------------------------------------------------------------

    def _start_preview(self, path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument(self)
        doc.load(str(path))
        self._doc = doc
        self._next_page = 0
        pages = doc.pageCount()
        shown = min(pages, PREVIEW_PAGES)
        if pages > shown:
            self._preview_title = self.tr("Voorbeeld: de eerste {0} van {1} pagina's").format(
                shown, pages)
        else:
            self._preview_title = (self.tr("Voorbeeld: 1 pagina") if pages == 1 else
                                   self.tr("Voorbeeld: {0} pagina's").format(pages))
        self.preview_label.setText(self._preview_title)
        self.preview.setEnabled(True)
        self._render_timer.start()

    def _render_next(self) -> None:
        """One page per event-loop turn, so the window stays responsive."""
        from PySide6.QtPdf import QPdfDocument

        doc = self._doc
        if not isinstance(doc, QPdfDocument) or self._next_page >= min(doc.pageCount(),
                                                                        PREVIEW_PAGES):
            self._render_timer.stop()
            return
        n = self._next_page
        size = doc.pagePointSize(n)
        width = int(THUMB_HEIGHT * size.width() / max(size.height(), 1.0))
        image = doc.render(n, QSize(width * 2, THUMB_HEIGHT * 2))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        item = QListWidgetItem(QIcon(pixmap), self.tr("pagina {0}").format(n + 1))
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview.addItem(item)
        self._next_page += 1

    def view_page(self, page: int) -> QDialog | None:
        """The page large, with zoom and previous/next (modeless: the list stays usable)."""
        from PySide6.QtPdf import QPdfDocument

        from zorgdesk.ui.reports.page_viewer import PageViewer

        if not isinstance(self._doc, QPdfDocument) or page < 0:
            return None
        viewer = PageViewer(self._doc, page, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # --- saving ------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """`AST 2022-02-03 agenda (publiek).pdf`, `Regio 2026-11-28 werkagenda.pdf`."""
        from zorgdesk.services.meetings.document_names import document_name
        from zorgdesk.services.meetings.queries import load_meetings
        from zorgdesk.services.workspace.overview import load_overview

        request = self.request()
        if request.meeting_id is not None:
            meeting = next((m for m in load_meetings(self.ctx.store)
                            if m.id == request.meeting_id), None)
            if meeting is not None:
                return document_name(meeting.body, meeting.starts_at.date(), request.kind,
                                     public=request.public, lang=request.language)
        owner = load_overview(self.ctx.store).name or "ZorgDesk"
        return document_name(owner, date.today(), request.kind, public=request.public,
                             lang=request.language)

    def save_as(self) -> None:
        if self._made is None or not self._is_current():
            return
        folder = self._saved.parent if self._saved else Path.home()
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Rapport opslaan"), str(folder / self.suggested_name()),
            self.tr("PDF-bestanden (*.pdf)"))
        if target:
            self._save_checked(Path(target))

    def _save_checked(self, target: Path) -> None:
        """A public version is saved only after the privacy check of the text it prints;
        names chosen to be replaced are replaced in a report made again."""
        assert self._made is not None
        if not self.request().public:
            self.save_to(target)
            return
        from zorgdesk.ui.kit.privacy_flow import check_public_pdf

        replacements = check_public_pdf(self.ctx, self, self._made)
        if replacements is None:
            self.status.setText(self.tr("Niet opgeslagen: de privacycontrole is afgebroken."))
            return
        if not replacements:
            self.save_to(target)
            return
        self._save_target = target
        self._replacements = replacements
        self.make_report()

    def _save_replaced(self, target: Path, replacements: dict[str, str]) -> None:
        """Save the report made with the check's replacements, and say if a name is still in
        it (in an attached PDF, which the report cannot change)."""
        from zorgdesk.services.privacy import NameMatcher
        from zorgdesk.ui.kit.privacy_flow import pdf_texts

        assert self._made is not None
        self.save_to(target)
        matcher = NameMatcher(replacements)
        left = sorted({m.key for text in pdf_texts(self._made) for m in matcher.find(text)})
        if left and self._saved == target:
            self.status.setText(self.tr(
                "Opgeslagen als {0}. Let op: {1} staat nog in het document, waarschijnlijk in "
                "een bijlage. Vervang de bijlage of laat die weg.").format(
                    str(target), ", ".join(left)))

    def _is_current(self) -> bool:
        return self._made_for is not None and self._made_for.choice() == self.request().choice()

    def save_to(self, target: Path) -> None:
        from zorgdesk.store.atomic import atomic_path

        assert self._made is not None
        if not self._is_current():  # never the PDF of another choice under this one's name
            self._choice_changed()
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            with atomic_path(target) as tmp:
                shutil.copyfile(self._made, tmp)
        except OSError as exc:
            self.status.setText(self.tr("Opslaan lukte niet: {0}").format(exc.strerror))
            return
        self._saved = target
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen als {0}").format(str(target)))

    def open_folder(self) -> None:
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved.parent)))
