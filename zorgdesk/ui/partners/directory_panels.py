"""The Organisaties and Personen tabs: a list to edit, with what the chosen one is involved in.

Create, change and delete are undoable (a delete takes the roles and memberships along and
brings them back on undo); two duplicate organisations can be merged, their roles moving along.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.partners import organisations as directory
from zorgdesk.services.partners.organisations import PersonRow
from zorgdesk.services.partners.queries import OrganisationRow, load_organisations
from zorgdesk.services.undo import capture_rows
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.formatting import number
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.kit.rows_model import Column, RowsTableModel
from zorgdesk.ui.partners.organisation_dialogs import (
    OrganisationDialog,
    PersonDialog,
    involvement_html,
)

T = TypeVar("T", OrganisationRow, PersonRow)


class DirectoryPanel(Page, Generic[T]):
    """A searchable list with buttons and an involvement view; subclasses say what is listed."""

    # Organisations and people with their roles, bodies, open actions and funding.
    concerns = frozenset({ChangeKind.PARTNERS, ChangeKind.GOALS, ChangeKind.MEETINGS,
                          ChangeKind.FUNDING})

    def __init__(self, ctx: WorkspaceContext, columns: list[Column[T]], view_name: str,
                 buttons: list[tuple[str, Callable[[], None], str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsTableModel[T] = RowsTableModel(columns, row_id=lambda r: r.id,
                                                       parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setObjectName(view_name)
        self.view.setModel(self.proxy)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_involvement())
        self.view.doubleClicked.connect(lambda _i: buttons[1][1]())
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zoeken in de lijst"))
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.details = QTextBrowser()
        self.details.setObjectName(f"{view_name}Involvement")
        self.details.setAccessibleName(self.tr("Waarbij betrokken"))
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for label, slot, name in buttons:
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(row)
        left_layout.addWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([760, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def current(self) -> T | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, item_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == item_id:
                self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    def keep_selection(self, kept: T | None) -> None:
        """The row chosen before a reload stays chosen; otherwise the first one is."""
        if kept is not None:
            self.select(kept.id)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.show_involvement()

    def show_involvement(self) -> None:
        """Show what the chosen row takes part in."""

    def _ask_delete(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Verwijderen"), text) \
            == QMessageBox.StandardButton.Yes


class OrganisationPanel(DirectoryPanel[OrganisationRow]):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Column(self.tr("Organisatie"), lambda o: o.name),
            Column(self.tr("Soort"), lambda o: o.kind),
            Column(self.tr("Sector"), lambda o: o.sector or ""),
            Column(self.tr("Coalitie"), lambda o: o.coalition or ""),
            Column(self.tr("Inwoners"), lambda o: number(o.population) if o.population else "",
                   lambda o: o.population or 0, align_right=True),
            Column(self.tr("Rollen"), lambda o: number(o.roles), lambda o: o.roles,
                   align_right=True),
        ], "organisationList", [
            (self.tr("Nieuw…"), self.add_new, "newOrganisation"),
            (self.tr("Wijzigen…"), self.edit, "editOrganisation"),
            (self.tr("Samenvoegen…"), self.merge, "mergeOrganisation"),
            (self.tr("Verwijderen…"), self.delete, "deleteOrganisation"),
        ], parent)
        self.view.setAccessibleName(self.tr("Organisaties"))

    def refresh(self) -> None:
        kept = self.current()
        self.model.set_rows(load_organisations(self.ctx.store))
        self.keep_selection(kept)

    def show_involvement(self) -> None:
        org = self.current()
        if org is None:
            self.details.clear()
            return
        found = directory.involvement(self.ctx.store, organisation_id=org.id)
        self.details.setHtml(involvement_html(org.name, found, self.tr))

    def add_new(self) -> None:
        dialog = OrganisationDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, values = self.ctx.store, dialog.values()
        new_id = run_edit(self.ctx, self, self.tr("Organisatie toegevoegd"),
                          lambda: capture_rows(store, "organisation", []),
                          lambda: directory.save_organisation(store, None, values),
                          what=ChangeKind.PARTNERS,
                          capture_new=lambda new: capture_rows(store, "organisation", [new]))
        if new_id:
            self.select(new_id)

    def edit(self) -> None:
        org = self.current()
        if org is None:
            return
        store = self.ctx.store
        dialog = OrganisationDialog(directory.get_organisation(store, org.id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        run_edit(self.ctx, self, self.tr("Organisatie gewijzigd"),
                 lambda: capture_rows(store, "organisation", [org.id]),
                 lambda: directory.save_organisation(store, org.id, values),
                 what=ChangeKind.PARTNERS)

    def merge(self) -> None:
        keep = self.current()
        if keep is None:
            return
        others = [o for o in (self.model.row_at(r) for r in range(self.model.rowCount()))
                  if o.id != keep.id]
        labels = [o.name for o in others]
        label, ok = QInputDialog.getItem(
            self, self.tr("Samenvoegen"),
            self.tr("Welke dubbele organisatie gaat op in „%1”? Haar rollen, mensen, "
                    "financiering en lidmaatschappen gaan mee.").replace("%1", keep.name),
            labels, 0, False)
        if not ok:
            return
        duplicate = others[labels.index(label)]
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Organisaties samengevoegd"),
                 lambda: directory.capture_merge(store, keep.id, duplicate.id),
                 lambda: directory.merge_organisations(store, keep.id, duplicate.id),
                 what=ChangeKind.PARTNERS)

    def delete(self) -> None:
        org = self.current()
        if org is None or not self._ask_delete(
                self.tr("„%1” verwijderen, met haar %2 rollen en lidmaatschappen? Mensen en "
                        "financiering blijven, zonder organisatie. Ongedaan maken kan met Ctrl+Z.")
                .replace("%1", org.name).replace("%2", str(org.roles))):
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Organisatie verwijderd"),
                 lambda: directory.capture_organisation(store, org.id),
                 lambda: directory.delete_organisation(store, org.id), what=ChangeKind.PARTNERS)


class PeoplePanel(DirectoryPanel[PersonRow]):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Column(self.tr("Naam"), lambda p: p.name),
            Column(self.tr("Organisatie"), lambda p: p.organisation or ""),
            Column(self.tr("Functie"), lambda p: p.function or ""),
            Column(self.tr("E-mail"), lambda p: p.email or ""),
            Column(self.tr("Openbaar"), lambda p: self.tr("ja") if p.publishable
                   else self.tr("nee")),
        ], "peopleList", [
            (self.tr("Nieuw…"), self.add_new, "newPerson"),
            (self.tr("Wijzigen…"), self.edit, "editPerson"),
            (self.tr("Verwijderen…"), self.delete, "deletePerson"),
        ], parent)
        self.view.setAccessibleName(self.tr("Personen"))

    def refresh(self) -> None:
        kept = self.current()
        self.model.set_rows(directory.list_people(self.ctx.store))
        self.keep_selection(kept)

    def show_involvement(self) -> None:
        person = self.current()
        if person is None:
            self.details.clear()
            return
        found = directory.involvement(self.ctx.store, person_id=person.id)
        self.details.setHtml(involvement_html(person.name, found, self.tr))

    def _dialog(self, values: dict[str, Any] | None) -> dict[str, Any] | None:
        dialog = PersonDialog(values, load_organisations(self.ctx.store), self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_new(self) -> None:
        values = self._dialog(None)
        if values is None:
            return
        store = self.ctx.store
        new_id = run_edit(self.ctx, self, self.tr("Persoon toegevoegd"),
                          lambda: capture_rows(store, "person", []),
                          lambda: directory.save_person(store, None, values),
                          what=ChangeKind.PARTNERS,
                          capture_new=lambda new: capture_rows(store, "person", [new]))
        if new_id:
            self.select(new_id)

    def edit(self) -> None:
        person = self.current()
        if person is None:
            return
        values = self._dialog({"name": person.name, "organisation_id": person.organisation_id,
                               "function": person.function, "email": person.email,
                               "publishable": person.publishable})
        if values is None:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Persoon gewijzigd"),
                 lambda: capture_rows(store, "person", [person.id]),
                 lambda: directory.save_person(store, person.id, values), what=ChangeKind.PARTNERS)

    def delete(self) -> None:
        person = self.current()
        if person is None or not self._ask_delete(
                self.tr("„%1” verwijderen, met rollen en lidmaatschappen? Ongedaan maken kan "
                        "met Ctrl+Z.").replace("%1", person.name)):
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Persoon verwijderd"),
                 lambda: directory.capture_person(store, person.id),
                 lambda: directory.delete_person(store, person.id), what=ChangeKind.PARTNERS)
