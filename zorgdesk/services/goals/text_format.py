"""How a stored text says it is formatted: one rule for the goal card and every report.

A goal text with bold, italic or bullets is stored as a small HTML subset that always starts
with <p> or <ul> (ui/goals/rich_text.py writes it that way); every other text is plain and is
shown exactly as typed, "<Twente>" and "<b>niet vet</b>" included.
"""

from __future__ import annotations

from html.parser import HTMLParser

RICH_PREFIXES = ("<p>", "<ul>")
_ALLOWED = {"p", "b", "i", "ul", "li", "br"}


def is_rich(text: str | None) -> bool:
    return bool(text) and text.lstrip().startswith(RICH_PREFIXES)  # type: ignore[union-attr]


class _Subset(HTMLParser):
    """Reads the subset into (kind, text) runs; anything else in it stays text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, list[tuple[str, str]]]] = []  # ("p"|"li", [(style, text)])
        self.style: list[str] = []

    def _block(self, kind: str) -> None:
        self.blocks.append((kind, []))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "li"):
            self._block(tag)
        elif tag in ("b", "i"):
            self.style.append(tag)
        elif tag == "br":
            self.handle_data("\n")
        elif tag not in _ALLOWED:
            self.handle_data(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("b", "i") and tag in self.style:
            self.style.remove(tag)
        elif tag not in _ALLOWED:
            self.handle_data(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.blocks:
            self._block("p")
        self.blocks[-1][1].append(("".join(sorted(set(self.style))), data))


def rich_blocks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The paragraphs and bullet items of a formatted text, each a list of (style, text)
    runs where style is "", "b", "i" or "bi"."""
    parser = _Subset()
    parser.feed(text)
    parser.close()
    return [(kind, runs) for kind, runs in parser.blocks if "".join(t for _s, t in runs).strip()]


def as_plain(text: str | None) -> str:
    """The words of a text without its formatting (bullets as "• ")."""
    if not text:
        return ""
    if not is_rich(text):
        return text.strip()
    lines = []
    for kind, runs in rich_blocks(text):
        line = " ".join("".join(t for _s, t in runs).split())
        lines.append(f"\u2022 {line}" if kind == "li" else line)
    return "\n".join(lines)
