"""Rapporten: choose a report, its scope and edition, make it off the UI thread, look at the
pages, save it and open the folder. The reports package does the work (no widgets there)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
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

from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.page import Page, heading

PREVIEW_PAGES = 40
THUMB_HEIGHT = 250  # portrait and landscape pages get the same height

# Kept here (not imported from zorgdesk.reports) so the page never imports reportlab at start-up.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("agenda", "Agenda", "meeting"),
    ("meeting-pack", "Vergaderset", "meeting"),
    ("minutes", "Verslag", "meeting"),
    ("werkagenda", "Werkagenda", "theme"),
    ("progress", "Voortgangsrapportage", "theme,since"),
    ("matrix", "Partnermatrix", "theme"),
    ("timeline", "Tijdlijn", "theme"),
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
    warnings: list[str] = field(default_factory=list, compare=False)


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
                                since=r.since, progress=self.signals.progress.emit)
        try:
            build_report(r.kind, self.store, self.out, options)
        except StoreError as exc:  # also ReportDataError: no such meeting, no data
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # shown to the user, never a crash of the app
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(str(self.out), list(options.warnings))


class ReportsPage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tmp = tempfile.TemporaryDirectory(prefix="zorgdesk-rapport-")
        self._job: ReportJob | None = None
        self._made: Path | None = None
        self._made_for: ReportRequest | None = None  # the choice the preview was made from
        self._save_target: Path | None = None  # set while a save waits for its fresh report
        self._saved: Path | None = None
        self._doc: object | None = None
        self._next_page = 0
        self._runs = 0

        self.kind_combo = QComboBox()
        for key, title, _uses in KINDS:
            self.kind_combo.addItem(self.tr(title), key)
        self.kind_combo.setCurrentIndex(3)
        self.description = QLabel()
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        self.meeting_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd-MM-yyyy")
        self.since_edit.setDate(QDate.currentDate().addMonths(-6))
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
        form.addRow(self.tr("Versie"), edition_row)

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
        self.preview_label.setWordWrap(True)
        self.preview = QListWidget()
        self.preview.setObjectName("reportPreview")
        self.preview.setViewMode(QListView.ViewMode.IconMode)
        self.preview.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview.setMovement(QListView.Movement.Static)
        self.preview.setIconSize(QSize(THUMB_HEIGHT, THUMB_HEIGHT))
        self.preview.setSpacing(10)
        self.preview.setUniformItemSizes(False)
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
        for changed in (self.kind_combo.currentIndexChanged, self.meeting_combo.currentIndexChanged,
                        self.theme_combo.currentIndexChanged, self.since_edit.dateChanged,
                        self.public_radio.toggled):
            changed.connect(self._choice_changed)
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
        }
        self.description.setText(descriptions[self.kind_combo.currentData()])
        self.meeting_combo.setEnabled("meeting" in uses and self.meeting_combo.count() > 0)
        self.theme_combo.setEnabled("theme" in uses)
        self.since_edit.setEnabled("since" in uses)

    def request(self) -> ReportRequest:
        uses = self._uses()
        since = self.since_edit.date()
        return ReportRequest(
            kind=str(self.kind_combo.currentData()),
            public=self.public_radio.isChecked(),
            meeting_id=self.meeting_combo.currentData() if "meeting" in uses else None,
            theme_id=self.theme_combo.currentData() if "theme" in uses else None,
            since=date(since.year(), since.month(), since.day()) if "since" in uses else None,
        )

    # --- making ------------------------------------------------------------------------

    @property
    def preview_stale(self) -> bool:
        """True when the preview (if any) was made from another choice than the one shown."""
        return self._made_for is not None and self._made_for != self.request()

    def _choice_changed(self) -> None:
        stale = self.preview_stale
        if stale:
            self.preview_label.setText(self.tr(
                "Voorbeeld verouderd: de keuze is gewijzigd. Klik op Rapport maken voor een "
                "nieuw voorbeeld; Opslaan als maakt het rapport altijd opnieuw uit de keuze."))
        elif self._made_for is not None:
            self._label_preview()
        self.preview.setEnabled(not stale)
        self.preview_label.setObjectName("stale" if stale else "subheading")
        self.preview_label.style().unpolish(self.preview_label)
        self.preview_label.style().polish(self.preview_label)

    def make_report(self) -> None:
        if self._job is not None or not self.ctx.has_store:
            return
        request = self.request()
        if "meeting" in self._uses() and request.meeting_id is None:
            self.status.setText(self.tr("Deze werkruimte heeft nog geen vergaderingen."))
            self._save_target = None
            return
        self._runs += 1
        out = Path(self._tmp.name) / f"{request.kind}-{self._runs}.pdf"
        job = ReportJob(self.ctx, request, out)
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._made = None
        self._made_for = request
        self._render_timer.stop()
        self.preview.clear()
        self.preview.setEnabled(True)
        self.preview_label.setText(self.tr("Voorbeeld"))
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
        self._made_for = None
        self._save_target = None
        self.make_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.hide()
        self.status.setText(self.tr("Het rapport kon niet worden gemaakt: {0}").format(message))

    def _on_done(self, path: str, warnings: list[str]) -> None:
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
        self._choice_changed()  # the choice may have changed while the report was being made
        target, self._save_target = self._save_target, None
        if target is not None:
            self.save_to(target)

    # --- preview -----------------------------------------------------------------------

    def _start_preview(self, path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument(self)
        doc.load(str(path))
        self._doc = doc
        self._next_page = 0
        self._label_preview()
        self._render_timer.start()

    def _label_preview(self) -> None:
        from PySide6.QtPdf import QPdfDocument

        doc = self._doc
        if not isinstance(doc, QPdfDocument):
            return
        pages = doc.pageCount()
        shown = min(pages, PREVIEW_PAGES)
        if pages > shown:
            self.preview_label.setText(
                self.tr("Voorbeeld: de eerste {0} van {1} pagina's").format(shown, pages))
        else:
            self.preview_label.setText(self.tr("Voorbeeld: {0} pagina's").format(pages))

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

    # --- saving ------------------------------------------------------------------------

    def save_as(self) -> None:
        """Save what is chosen now. A preview made from another choice (internal instead of
        public, another kind or meeting) is never copied: the report is made again first."""
        if self._job is not None or not self.ctx.has_store:
            return
        from zorgdesk.reports import REPORTS

        request = self.request()
        name = REPORTS[request.kind].title.lower().replace(" ", "-")
        if request.public:
            name += "-publieksversie"
        folder = self._saved.parent if self._saved else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Rapport opslaan"), str(folder / f"{name}.pdf"),
            self.tr("PDF-bestanden (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if self._made is not None and self._made_for == request:
            self.save_to(target)
        else:
            self._save_target = target
            self.make_report()

    def save_to(self, target: Path) -> None:
        from zorgdesk.store.atomic import atomic_path

        if self._made is None or self._made_for != self.request():
            # never save a file made from another choice (it changed while it was being made)
            self.status.setText(self.tr("Niet opgeslagen: de keuze is gewijzigd terwijl het "
                                        "rapport werd gemaakt. Kies opnieuw Opslaan als."))
            return
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
