"""File names that say what a document is: `AST 2022-02-03 agenda.pdf`.

Secretaries file and mail these documents by name; "rapport (3).pdf" in a Downloads folder
is how a wrong version gets sent. The date is ISO so that a folder sorts by meeting.
"""

from __future__ import annotations

import re
from datetime import date

# Dutch document words per report kind (file names stay Dutch, like the documents).
_WORDS = {
    "agenda": "agenda",
    "meeting-pack": "vergaderset",
    "minutes": "verslag",
    "invitation": "uitnodiging",
    "werkagenda": "werkagenda",
    "progress": "voortgangsrapportage",
    "matrix": "partnermatrix",
    "timeline": "tijdlijn",
    "changes": "wijzigingen",
}
_EXTENSIONS = {"invitation": ".ics", "invitation-mail": ".eml"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_part(text: str) -> str:
    """A name part that every file system accepts (Windows forbids \\ / : * ? " < > |)."""
    return _UNSAFE.sub("-", text).strip(" .-") or "ZorgDesk"


def document_name(owner: str, day: date | None, kind: str, *, public: bool = False) -> str:
    """`AST 2022-02-03 vergaderset (publiek).pdf`; `owner` is a body or workspace name."""
    word = _WORDS.get(kind, kind)
    if kind == "invitation-mail":
        word = "uitnodiging"
    parts = [safe_part(owner)]
    if day is not None:
        parts.append(day.isoformat())
    parts.append(word)
    name = " ".join(parts)
    if public:
        name += " (publiek)"
    return name + _EXTENSIONS.get(kind, ".pdf")
