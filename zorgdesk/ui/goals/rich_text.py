"""Goal texts with simple formatting (bold, italic, bullets) kept as a small HTML subset.

A text without formatting is stored as plain text, as the samples hold it; the reports read
both (zorgdesk/reports/common.py `plain`). Qt's own toHtml() is a whole styled document and
would fill every goal with CSS.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QTextEdit

from zorgdesk.services.goals.text_format import is_rich


def _fragment_html(fmt: QTextCharFormat, text: str) -> str:
    out = escape(text, quote=False).replace("\u2028", "<br>")
    if fmt.fontItalic():
        out = f"<i>{out}</i>"
    if fmt.fontWeight() >= 600:
        out = f"<b>{out}</b>"
    return out


def to_stored_text(document: QTextDocument) -> str:
    """Plain text when nothing is formatted, else <p>, <b>, <i>, <ul><li> only."""
    plain_only = True
    parts: list[str] = []
    in_list = False
    block = document.begin()
    while block.isValid():
        html = ""
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                if fmt.fontItalic() or fmt.fontWeight() >= 600:
                    plain_only = False
                html += _fragment_html(fmt, fragment.text())
            it += 1
        listed = block.textList() is not None
        plain_only = plain_only and not listed
        if listed and not in_list:
            parts.append("<ul>")
        if not listed and in_list:
            parts.append("</ul>")
        in_list = listed
        parts.append(f"<li>{html}</li>" if listed else f"<p>{html}</p>")
        block = block.next()
    if in_list:
        parts.append("</ul>")
    if plain_only:
        return document.toPlainText().strip()
    return "".join(p for p in parts if p != "<p></p>")


def load_text(edit: QTextEdit, text: str | None) -> None:
    if is_rich(text):
        edit.setHtml(text or "")
    else:
        edit.setPlainText(text or "")


def toggle_bullets(edit: QTextEdit) -> None:
    cursor = edit.textCursor()
    current = cursor.currentList()
    if current is not None:
        block_format = cursor.blockFormat()
        current.remove(cursor.block())
        block_format.setIndent(0)
        cursor.setBlockFormat(block_format)
        return
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    cursor.createList(list_format)
