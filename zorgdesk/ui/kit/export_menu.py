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

translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context


def list_names() -> dict[str, str]:
    """The exportable lists with their names in the app's language, in menu order."""
    return {
        "goals": translate("TableExport", "Doelen"),
        "milestones": translate("TableExport", "Mijlpalen"),
        "yearmarks": translate("TableExport", "Jaarmarkeringen"),
        "roles": translate("TableExport", "Rollen"),
        "matrix": translate("TableExport", "Partnermatrix"),
        "organisations": translate("TableExport", "Organisaties"),
        "people": translate("TableExport", "Personen"),
        "funding": translate("TableExport", "Financiering"),
        "meetings": translate("TableExport", "Vergaderingen"),
        "agenda": translate("TableExport", "Agendapunten"),
        "decisions": translate("TableExport", "Besluitenlijst"),
        "actions": translate("TableExport", "Actielijst"),
    }


FILE_NAMES = {"goals": "doelen", "milestones": "mijlpalen", "yearmarks": "jaarmarkeringen",
              "roles": "rollen", "matrix": "partnermatrix", "organisations": "organisaties",
              "people": "personen", "funding": "financiering", "meetings": "vergaderingen",
              "agenda": "agendapunten", "decisions": "besluitenlijst", "actions": "actielijst",
              "all": "werkruimte"}


def _title() -> str:
    return translate("TableExport", "Exporteren naar Excel")


def export_list(ctx: WorkspaceContext, parent: QWidget | None, what: str) -> Path | None:
    """Ask where, then write list `what` ("all": every list in one workbook)."""
    if not ctx.has_store:
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or Path.home()) / f"{FILE_NAMES[what]}.xlsx")
    if what == "all":
        filters = translate("TableExport", "Excel-werkmap (*.xlsx)")
    else:
        filters = translate("TableExport", "Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(parent, _title(), suggested, filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "*.csv)" in chosen and "xlsx" not in chosen
                                else ".xlsx")
    return write_list(ctx, parent, what, path)


def write_list(ctx: WorkspaceContext, parent: QWidget | None, what: str,
               path: Path) -> Path | None:
    from zorgdesk.tables.export import export_tables

    try:
        export_tables(ctx.store, what, path)
    except StoreError as exc:
        QMessageBox.warning(parent, _title(), error_text(exc))
        return None
    except OSError as exc:
        message = translate("TableExport", "{name} kon niet worden geschreven: {reason}")
        QMessageBox.warning(parent, _title(), message.format(
            name=path.name, reason=exc.strerror or exc))
        return None
    return path


def fill_export_menu(menu: QMenu, ctx: WorkspaceContext, parent: QWidget) -> None:
    """One entry per list and one for the whole workspace as a workbook."""
    menu.addAction(translate("TableExport", "Alle lijsten in één werkmap…"),
                   partial(export_list, ctx, parent, "all"))
    menu.addSeparator()
    for key, label in list_names().items():
        menu.addAction(f"{label}…", partial(export_list, ctx, parent, key))
