"""The Rapporten page: make a report off the UI thread, preview its pages, save it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdf")


@pytest.fixture
def page(qtbot, sample_copy):  # type: ignore[no-untyped-def]
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy, timeout=60_000)
    ctx.set_store(None)


def choose(page, key: str) -> None:  # type: ignore[no-untyped-def]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(key))


def test_make_preview_and_save_public_agenda(page, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    choose(page, "agenda")
    assert page.meeting_combo.isEnabled() and page.meeting_combo.count() > 0
    assert not page.since_edit.isEnabled()
    page.public_radio.setChecked(True)
    page.make_button.click()
    assert page.busy  # the work runs on a pool thread; the event loop keeps turning
    qtbot.waitUntil(lambda: page.preview.count() >= 1, timeout=60_000)
    assert page.progress.value() == 100
    assert page.save_button.isEnabled()

    target = tmp_path / "uit" / "agenda-publiek.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    page.save_button.click()
    assert target.exists()
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "Publieksversie" in text and "Agenda" in text
    page.folder_button.click()
    assert opened == [str(target.parent)]
    page.grab().save(str(tmp_path / "reports_page.png"))


def test_werkagenda_of_one_theme_and_error_shown(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(page, "werkagenda")
    assert page.theme_combo.count() > 1 and not page.meeting_combo.isEnabled()
    page.theme_combo.setCurrentIndex(1)
    page.make_button.click()
    qtbot.waitUntil(lambda: page.preview.count() >= 1, timeout=60_000)
    assert "pagina" in page.preview.item(0).text()
    assert "Voorbeeld" in page.preview_label.text()


def test_meeting_report_without_meetings_says_so(qtbot, sample_copy) -> None:  # type: ignore[no-untyped-def]
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("iza-drenthe")))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    choose(page, "minutes")
    assert not page.meeting_combo.isEnabled()
    page.make_button.click()
    assert not page.busy
    assert "geen vergaderingen" in page.status.text()
    ctx.set_store(None)


def test_saved_file_is_always_made_from_the_current_choice(  # type: ignore[no-untyped-def]
        qtbot, sample_copy, tmp_path: Path) -> None:
    """The privacy blocker: internal agenda made, "Publieksversie" ticked, saved: the saved PDF
    must not be the internal one (with the confidential item) under a public name."""
    from datetime import datetime

    from pypdf import PdfReader
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem, Meeting
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    path = sample_copy("noord-limburg")
    with open_store(path) as store, store.transaction() as s:
        meeting = s.scalars(select(Meeting).where(
            Meeting.starts_at == datetime(2022, 2, 3))).one()
        s.add(AgendaItem(meeting_id=meeting.id, position=0, title="Voortgang valpreventie"))
        s.add(AgendaItem(meeting_id=meeting.id, position=1, title="GEHEIM-PUNT",
                         confidential=True))
        meeting_id = meeting.id
    ctx = WorkspaceContext()
    ctx.set_store(open_store(path))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    choose(page, "agenda")
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(meeting_id))
    page.make_button.click()
    qtbot.waitUntil(page.save_button.isEnabled, timeout=60_000)

    page.public_radio.setChecked(True)  # after the preview was made
    assert not page.save_button.isEnabled()
    assert "verouderd" in page.preview_label.text()
    stale = tmp_path / "agenda-publiek.pdf"
    page.save_to(stale)  # even when asked directly, nothing is saved
    assert not stale.exists()

    page.make_button.click()
    qtbot.waitUntil(page.save_button.isEnabled, timeout=60_000)
    assert page.suggested_name() == "AST 2022-02-03 agenda (publiek).pdf"
    page.save_to(stale)
    text = " ".join((p.extract_text() or "") for p in PdfReader(stale).pages)
    assert "Voortgang valpreventie" in text and "GEHEIM-PUNT" not in text

    choose(page, "werkagenda")  # another kind: the public agenda is no longer current either
    assert not page.save_button.isEnabled()
    choose(page, "agenda")
    assert page.save_button.isEnabled()  # back to the choice it was made for
    ctx.set_store(None)


def test_a_page_shown_large_and_zoomed(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from zorgdesk.ui.reports.page_viewer import PageViewer

    choose(page, "werkagenda")
    page.make_button.click()
    qtbot.waitUntil(lambda: page.preview.count() >= 2, timeout=60_000)
    page.preview.setCurrentRow(0)
    page.preview.setFocus()
    qtbot.keyClick(page.preview, Qt.Key.Key_Return)  # Enter opens the page, like a double-click
    viewers = page.findChildren(PageViewer)
    assert len(viewers) == 1
    viewer = viewers[0]
    assert viewer.page == 0
    width = viewer.image.pixmap().width()
    qtbot.mouseClick(viewer.larger, Qt.MouseButton.LeftButton)
    assert viewer.image.pixmap().width() > width * 1.2
    assert "125 %" in viewer.where.text()
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.page == 1 and "pagina 2 van" in viewer.where.text()
    viewer.close()


def test_the_since_date_is_typed_in_the_shared_date_field(  # type: ignore[no-untyped-def]
        page, qtbot, tmp_path: Path) -> None:
    """Issue 13: the Rapporten page had its own QDateEdit, where typing "1" left the old date.
    The shared field reads typed text as a whole; bad text is refused before anything runs."""
    from datetime import date

    from pypdf import PdfReader
    from PySide6.QtCore import Qt

    from zorgdesk.ui.kit.date_field import DateField

    choose(page, "progress")
    field = page.since_edit
    assert isinstance(field, DateField) and field.isEnabled()
    assert field.accessibleName() == "Wijzigingen sinds"
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31 dec 2077x")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    page.make_button.click()
    assert not page.busy and page.preview.count() == 0  # nothing made from a bad date
    assert not field.is_valid() and "31 dec 2077x" in field.reason()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1-3-2022")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert page.request().since == date(2022, 3, 1)
    page.grab().save(str(tmp_path / "rapporten-sinds.png"))
    page.make_button.click()
    qtbot.waitUntil(page.save_button.isEnabled, timeout=120_000)
    out = tmp_path / "voortgang.pdf"
    page.save_to(out)
    first = PdfReader(out).pages[0].extract_text() or ""
    assert "wijzigingen sinds di 1 mrt 2022" in " ".join(first.split())


def test_suggested_name_follows_the_report_language(page) -> None:  # type: ignore[no-untyped-def]
    """An English report is not saved as `... verslag (publiek).pdf`."""
    page.refresh()
    choose(page, "meeting-pack")
    page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
    assert page.suggested_name().endswith(" vergaderset.pdf")
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.public_radio.setChecked(True)
    assert page.suggested_name().endswith(" meeting pack (public).pdf")
    choose(page, "werkagenda")
    assert page.suggested_name().endswith(" work agenda (public).pdf")
