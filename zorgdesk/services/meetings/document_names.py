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
# The same in English, for a report made in English: `AST 2022-02-03 minutes.pdf`.
_ENGLISH_WORDS = {
    "agenda": "agenda",
    "meeting-pack": "meeting pack",
    "minutes": "minutes",
    "werkagenda": "work agenda",
    "progress": "progress report",
    "matrix": "partner matrix",
    "timeline": "timeline",
    "changes": "changes",
}
_EXTENSIONS = {"invitation": ".ics", "invitation-mail": ".eml"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_part(text: str) -> str:
    """A name part that every file system accepts (Windows forbids \\ / : * ? " < > |)."""
    return _UNSAFE.sub("-", text).strip(" .-") or "ZorgDesk"


def document_name(owner: str, day: date | None, kind: str, *, public: bool = False,
                  lang: str = "nl") -> str:
    """`AST 2022-02-03 vergaderset (publiek).pdf`; `owner` is a body or workspace name. A
    report in English gets English words: `AST 2022-02-03 meeting pack (public).pdf`."""
    english = lang == "en" and kind in _ENGLISH_WORDS
    word = _ENGLISH_WORDS[kind] if english else _WORDS.get(kind, kind)
    if kind == "invitation-mail":
        word = "uitnodiging"
    parts = [safe_part(owner)]
    if day is not None:
        parts.append(day.isoformat())
    parts.append(word)
    name = " ".join(parts)
    if public:
        name += " (public)" if english else " (publiek)"
    return name + _EXTENSIONS.get(kind, ".pdf")
