"""The parsed-font cache gives the same font as parsing the file, and never a wrong one."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from zorgdesk.paths import resources_dir
from zorgdesk.reports.font_cache import load_font

FONT_FILE = resources_dir() / "fonts" / "DejaVuSansCondensed.ttf"
TEXT = "Gezondheid \u00e9\u00e9n \u2192 \u25c6 2027 Ketenaanpak (GGZ)"


def entries(home: Path) -> list[Path]:
    return sorted((home / "cache" / "fonts").glob("DejaVuSansCondensed-*.pickle"))


def same_font(a: TTFont, b: TTFont) -> None:
    assert a.face.charToGlyph == b.face.charToGlyph
    assert a.face.charWidths == b.face.charWidths
    assert a.face.ascent == b.face.ascent and a.face.descent == b.face.descent
    assert a.stringWidth(TEXT, 7.5) == b.stringWidth(TEXT, 7.5)
    assert a.face.makeSubset([0, 71, 72, 73]) == b.face.makeSubset([0, 71, 72, 73])


def test_second_load_comes_from_the_cache_and_matches_parsing(zorgdesk_home: Path) -> None:
    parsed = TTFont("ZD-test", str(FONT_FILE))
    first = load_font("ZD-test", FONT_FILE)
    assert len(entries(zorgdesk_home)) == 1
    cached = load_font("ZD-test", FONT_FILE)
    assert type(cached.face).__name__ == "TTFontFace"
    same_font(parsed, first)
    same_font(parsed, cached)
    assert cached.face._pdfScale(2048) == parsed.face._pdfScale(2048)


def test_damaged_entry_is_parsed_again_and_repaired(zorgdesk_home: Path) -> None:
    load_font("ZD-test", FONT_FILE)
    [entry] = entries(zorgdesk_home)
    entry.write_bytes(b"not a pickle")
    font = load_font("ZD-test", FONT_FILE)
    same_font(TTFont("ZD-test", str(FONT_FILE)), font)
    assert entry.read_bytes() != b"not a pickle"


def test_another_font_file_never_meets_the_entry(zorgdesk_home: Path, tmp_path: Path) -> None:
    load_font("ZD-test", FONT_FILE)
    other = tmp_path / "DejaVuSansCondensed.ttf"  # same name, other contents
    other.write_bytes((resources_dir() / "fonts" / "DejaVuSansCondensed-Bold.ttf").read_bytes())
    font = load_font("ZD-test-b", other)
    same_font(TTFont("ZD-test-b", str(other)), font)
    assert len(entries(zorgdesk_home)) == 2
