""""Exporteren naar Excel…": ask for a file name, write the list, say where it went.

The menus name the lists in the app's language; the file's sheet names and headers stay
Dutch (they are the format the importer reads back).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("TableExport", text)


def list_names() -> dict[str, str]:
    """The exportable lists with their names in the app's language, in menu order."""
    return {
        "goals": tr("Doelen"), "milestones": tr("Mijlpalen"),
        "yearmarks": tr("Jaarmarkeringen"), "roles": tr("Rollen"),
        "matrix": tr("Partnermatrix"), "organisations": tr("Organisaties"),
        "people": tr("Personen"), "funding": tr("Financiering"),
        "meetings": tr("Vergaderingen"), "agenda": tr("Agendapunten"),
        "decisions": tr("Besluitenlijst"), "actions": tr("Actielijst"),
    }


FILE_NAMES = {"goals": "doelen", "milestones": "mijlpalen", "yearmarks": "jaarmarkeringen",
              "roles": "rollen", "matrix": "partnermatrix", "organisations": "organisaties",
              "people": "personen", "funding": "financiering", "meetings": "vergaderingen",
              "agenda": "agendapunten", "decisions": "besluitenlijst", "actions": "actielijst",
              "all": "werkruimte"}


def export_list(ctx: WorkspaceContext, parent: QWidget | None, what: str) -> Path | None:
    """Ask where, then write list `what` ("all": every list in one workbook)."""
    if not ctx.has_store:
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or Path.home()) / f"{FILE_NAMES[what]}.xlsx")
    filters = tr("Excel-werkmap (*.xlsx)") if what == "all" else \
        tr("Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(parent, tr("Exporteren naar Excel"), suggested,
                                               filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "*.csv" in chosen else ".xlsx")
    return write_list(ctx, parent, what, path)


def write_list(ctx: WorkspaceContext, parent: QWidget | None, what: str,
               path: Path) -> Path | None:
    from zorgdesk.tables.export import export_tables

    try:
        export_tables(ctx.store, what, path)
    except StoreError as exc:
        QMessageBox.warning(parent, tr("Exporteren naar Excel"), error_text(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, tr("Exporteren naar Excel"),
                            tr("{name} kon niet worden geschreven: {reason}").format(
                                name=path.name, reason=exc.strerror or exc))
        return None
    return path


def fill_export_menu(menu: QMenu, ctx: WorkspaceContext, parent: QWidget) -> None:
    """One entry per list and one for the whole workspace as a workbook."""
    menu.addAction(tr("Alle lijsten in één werkmap…"), partial(export_list, ctx, parent, "all"))
    menu.addSeparator()
    for key, label in list_names().items():
        menu.addAction(f"{label}…", partial(export_list, ctx, parent, key))
