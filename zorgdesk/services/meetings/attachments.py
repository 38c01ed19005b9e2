"""Several documents at once and a new version of one: how secretaries really handle the
stukken (a folder of PDFs dropped in, a revised memo replacing the old one the day before).

Adding many is one transaction: either all files are stored or none (a file that is too large
or unreadable names itself and nothing is added). Replacing keeps the attachment's place and
id, so the meeting pack and links keep pointing at it; the revision counter records the change.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from pathlib import Path

from zorgdesk.services.meetings.agenda import check_attachment_size
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP


def _read(path: Path) -> bytes:
    path = Path(path)
    try:
        check_attachment_size(path.name, path.stat().st_size)  # before reading it into memory
        return path.read_bytes()
    except OSError:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} kan niet gelezen worden. Controleer of het nog "
            "bestaat en niet in een ander programma geopend is."), name=path.name) from None


def add_attachment_files(store: Store, item_id: str, paths: Sequence[Path], *,
                         confidential: bool = False) -> list[str]:
    """Store every file under the agenda item, in the order given; returns their ids."""
    from sqlalchemy import func, select

    from zorgdesk.models import AgendaItem, Attachment

    contents = [(Path(p).name, _read(Path(p))) for p in paths]
    with store.transaction() as session:
        if session.get(AgendaItem, item_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit agendapunt bestaat niet meer."))
        last = session.scalar(select(func.count(Attachment.id)).where(
            Attachment.agenda_item_id == item_id)) or 0
        made = []
        for offset, (name, content) in enumerate(contents):
            attachment = Attachment(
                agenda_item_id=item_id, filename=name, mime_type=mimetypes.guess_type(name)[0],
                size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(),
                content=content, confidential=confidential, position=last + offset)
            session.add(attachment)
            session.flush()
            made.append(attachment.id)
        return made


def replace_attachment(store: Store, attachment_id: str, path: Path) -> None:
    """A new version of the document: new content and name, same place on the agenda."""
    from zorgdesk.models import Attachment

    content = _read(Path(path))
    with store.transaction() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze bijlage bestaat niet meer."))
        attachment.filename = Path(path).name
        attachment.mime_type = mimetypes.guess_type(attachment.filename)[0]
        attachment.content = content
        attachment.size_bytes = len(content)
        attachment.sha256 = hashlib.sha256(content).hexdigest()
