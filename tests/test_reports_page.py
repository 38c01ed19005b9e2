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


def _save_via_dialog(page, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.save_button.click()


def test_save_is_made_from_the_current_choice_not_the_last_preview(  # type: ignore[no-untyped-def]
        page, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocker of issue 13: ticking Publieksversie after previewing the internal agenda saved
    the internal PDF, confidential item included."""
    from pypdf import PdfReader

    from zorgdesk.services.meetings.agenda import add_item
    from zorgdesk.ui.kit.style import STYLE_SHEET

    choose(page, "agenda")
    meeting_id = page.meeting_combo.currentData()
    add_item(page.ctx.store, meeting_id, "Geheime onderhandeling zorgkantoor", confidential=True)
    page.make_button.click()
    qtbot.waitUntil(lambda: not page.busy and page.preview.count() >= 1, timeout=60_000)
    assert "Voorbeeld:" in page.preview_label.text()

    page.public_radio.setChecked(True)
    assert page.preview_stale  # the preview shows the internal version: marked out of date
    assert "verouderd" in page.preview_label.text()
    page.setStyleSheet(STYLE_SHEET)
    qtbot.wait(20)  # let the layout take the styled label sizes before the screenshot
    page.grab().save(str(tmp_path / "reports_stale.png"))

    target = tmp_path / "agenda-publiek.pdf"
    _save_via_dialog(page, target, monkeypatch)
    qtbot.waitUntil(target.exists, timeout=60_000)
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "Publieksversie" in text
    assert "Geheime onderhandeling" not in text
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert not page.preview_stale  # the preview now shows what was saved

    choose(page, "werkagenda")  # another kind: again made fresh, never the agenda copied
    assert page.preview_stale
    other = tmp_path / "werkagenda.pdf"
    _save_via_dialog(page, other, monkeypatch)
    qtbot.waitUntil(other.exists, timeout=60_000)
    text = " ".join((p.extract_text() or "") for p in PdfReader(other).pages)
    assert "Werkagenda" in text or "werkagenda" in text.lower()
    assert "Geheime onderhandeling" not in text
    assert other.read_bytes() != target.read_bytes()
