"""The privacy check as the Rapporten page and a meeting's Documenten menu run it, before a
public PDF is saved: read the made PDF's text, ask about possible names, register the people
the user chose to register (one undo step), and return what to replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext

translate = QCoreApplication.translate


def pdf_texts(pdf: Path) -> list[str]:
    """The text of each page, as a reader of the PDF gets it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def check_public_pdf(ctx: WorkspaceContext, parent: QWidget | None,
                     pdf: Path) -> dict[str, str] | None:
    """Ask about the possible names in `pdf`: name -> replacement, or None when cancelled
    (then nothing may be saved). Nothing found: nothing asked, an empty dict."""
    from PySide6.QtWidgets import QDialog

    from zorgdesk.services.partners.queries import load_organisations
    from zorgdesk.services.privacy import load_name_context, public_candidates
    from zorgdesk.ui.kit.privacy_check import (
        Action,
        OrganisationChoice,
        PrivacyCheckDialog,
    )

    context = load_name_context(ctx.store)
    candidates = public_candidates(pdf_texts(pdf), context)
    if not candidates:
        return {}
    organisations = [OrganisationChoice(o.id, o.name, o.short_name or o.name, o.kind)
                     for o in load_organisations(ctx.store)]
    dialog = PrivacyCheckDialog(candidates, {n: r for n, (_p, r) in context.people.items()},
                                organisations, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        decisions = dialog.decisions()
    finally:
        dialog.deleteLater()
    new_people = [d for d in decisions if d.action is Action.REGISTER]
    if new_people and not register_people(ctx, parent, [
            (d.person_name, d.function, d.organisation_id) for d in new_people]):
        return None
    return {d.name: d.replacement for d in decisions if d.action is not Action.KEEP}


def register_people(ctx: WorkspaceContext, parent: QWidget | None,
                    people: list[tuple[str, str, str | None]]) -> bool:
    """New persons who may not be named in public (name, function, organisation), as one
    undoable edit; False when the store refused (the user was told why)."""
    from zorgdesk.services.partners.organisations import save_person
    from zorgdesk.services.undo import capture_rows
    from zorgdesk.ui.kit.edits import run_edit

    store = ctx.store
    note = translate("PrivacyCheck", "Geregistreerd bij de privacycontrole van een "
                                     "publieksversie.")

    def register() -> list[str]:
        return [save_person(store, None, {"name": name, "function": function,
                                          "organisation_id": organisation,
                                          "publishable": False, "notes": note})
                for name, function, organisation in people]

    label = translate("PrivacyCheck", "Personen geregistreerd") if len(people) > 1 else \
        translate("PrivacyCheck", "Persoon geregistreerd")
    made = run_edit(ctx, parent, label, lambda: capture_rows(store, "person", []), register,
                    what=ChangeKind.PARTNERS,
                    capture_new=lambda ids: capture_rows(store, "person", ids))
    return made is not None
