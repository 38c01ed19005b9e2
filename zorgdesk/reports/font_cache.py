"""Parsed TrueType fonts kept between runs, so a report does not parse six fonts every time.

reportlab parses a .ttf in Python (tables, glyph widths, character map: ~30 ms a font, six
fonts on every report). The parsed face is a plain dictionary apart from one scaling
function; it is pickled once into the user's cache folder under a name that carries a hash
of the font file, reportlab's version and Python's, so a changed font or library never meets
an old entry. Anything wrong with an entry (missing, damaged, unwritable folder) falls back to
parsing the font, which is always correct.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

_UNPICKLABLE = ("_pdfScale",)  # a lambda made from unitsPerEm; rebuilt on load


def _entry(font_file: Path, data: bytes) -> Path:
    from zorgdesk.paths import cache_dir

    digest = hashlib.sha256(data)
    digest.update(f"{reportlab.Version}|{sys.version}".encode())
    folder = cache_dir() / "fonts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{font_file.stem}-{digest.hexdigest()[:32]}.pickle"


def _scale(units_per_em: int) -> Any:
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _face_from(state: dict[str, Any]) -> TTFontFace:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._pdfScale = _scale(int(state["unitsPerEm"]))
    return face


def load_font(name: str, font_file: Path) -> TTFont:
    """A reportlab TTFont for `font_file`, from the cache when it has a valid entry."""
    data = font_file.read_bytes()
    try:
        entry = _entry(font_file, data)
    except OSError:
        return TTFont(name, str(font_file))
    try:
        with entry.open("rb") as stream:
            state = pickle.load(stream)
        if not isinstance(state, dict) or state.get("_ttf_data") != data:
            raise ValueError("stale font cache entry")
        face = _face_from(state)
    except Exception:  # any unreadable entry is simply parsed again
        font = TTFont(name, str(font_file))
        _store(entry, font.face)
        return font
    font = TTFont.__new__(TTFont)
    _init_font(font, name, face)
    return font


def _init_font(font: TTFont, name: str, face: TTFontFace) -> None:
    """What TTFont.__init__ sets, with an already parsed face."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding

    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = _shapable(name)


def _shapable(name: str) -> bool:
    from fnmatch import fnmatch

    from reportlab.rl_config import unShapedFontGlob

    return not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)


def _store(entry: Path, face: TTFontFace) -> None:
    state = {k: v for k, v in face.__dict__.items() if k not in _UNPICKLABLE}
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as stream:
            pickle.dump(state, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
    except OSError:
        tmp.unlink(missing_ok=True)
