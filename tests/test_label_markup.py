"""Grid labels made from a parsed template are the Paragraphs the parser would make."""

from __future__ import annotations

from typing import Any

import pytest

from zorgdesk.reports.common import FONT_BOLD, LabelMarkup, Paragraph, esc, make_styles

TEMPLATE = f"<font name='{FONT_BOLD}'>{{0}}</font> {{1}}"
MILESTONE = ("<font color='#5F6B7A'>\u2514</font> {0} <font color='#5F6B7A'>({1})</font> "
             "<font color='#C62828'><b>\u25b2 te laat</b></font>")

VALUES = [
    ("2.1.3", "Passende zorg dichtbij huis"),
    ("A", "Caf\u00e9 \u00e9\u00e9n  twee\tdrie \u00a0vier"),  # spaces the parser collapses
    ("2.1", "Ketenaanpak (GGZ) \u201cthuis\u201d 50% \u2013 \u20ac 3.000"),
    ("", "Zonder nummer"),  # an empty value: through the parser
    ("1", "GGZ <ketenaanpak> & wijk"),  # entities: through the parser
    ("1", "Twee\nregels"),  # a line break: through the parser
    ("1", "**Vet** en _cursief_"),
    ("1", "Emoji \U0001f691 niet in het font"),
    ("Q3 2026", "x" * 200),
]


def frag_state(paragraph: Any) -> list[dict[str, Any]]:
    return [dict(sorted(vars(f).items())) for f in paragraph.frags]


@pytest.mark.parametrize("template", [TEMPLATE, MILESTONE])
@pytest.mark.parametrize("values", VALUES)
def test_same_fragments_lines_and_text_as_parsing(template: str,
                                                   values: tuple[str, str]) -> None:
    s = make_styles()
    made = LabelMarkup(template, s.grid_label)(*values)
    parsed = Paragraph(template.format(*(esc(v) for v in values)), s.grid_label)
    assert made.text == parsed.text
    assert frag_state(made) == frag_state(parsed)
    for width in (120.0, 240.0):
        assert made.wrap(width, 1000) == parsed.wrap(width, 1000)
        assert [line[1] if isinstance(line, tuple) else [w.text for w in line.words]
                for line in made.blPara.lines] == \
            [line[1] if isinstance(line, tuple) else [w.text for w in line.words]
             for line in parsed.blPara.lines]


def test_plain_values_are_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus.paraparser import ParaParser

    s = make_styles()
    label = LabelMarkup(TEMPLATE, s.grid_label)

    def refuse(*_args: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(ParaParser, "parse", refuse)
    made = label("2.1", "Passende zorg")
    assert [f.text for f in made.frags] == ["2.1", " Passende zorg"]
    assert made.frags[0].fontName == FONT_BOLD
