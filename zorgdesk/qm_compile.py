"""Compile a Qt Linguist .ts file to the binary .qm that QTranslator loads, in plain Python.

Why not Qt's lrelease: the wheel's build hook (setup.py) runs in an isolated build environment
that has only setuptools; pulling PySide6 (≈100 MB) into every build just to run lrelease would
make each `pip install` of a checkout slow. This module uses the standard library only and is
loaded by path from setup.py, so it must not import anything from zorgdesk.

It writes what lrelease writes for our files, byte for byte (tests/test_qm_compile.py compares
both): a Language section, the hash table, the messages, and the plural rules. Messages are
kept whole (translations, comment, source text, context), sorted the way lrelease sorts them,
and found by QTranslator through the ELF hash of source text + comment. Only the plural rules
of languages with one/other forms (English, Dutch) are known here; another language raises.
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS_RULES, TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
TAG_END, TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
# Qt's plural rules per language (qtbase's numerus table): "n == 1" -> one form, else the other.
NUMERUS_RULES = {"en": b"\x01\x01", "nl": b"\x01\x01"}


class TsError(ValueError):
    """The .ts file cannot be compiled (unknown plural rules, broken XML)."""


def elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _byte_array(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _string(text: str) -> bytes:
    return _byte_array(text.encode("utf-16-be"))


def _translations(message: ET.Element) -> list[str] | None:
    """The message's translations, or None when lrelease would leave it out."""
    node = message.find("translation")
    if node is None or node.get("type") in ("obsolete", "vanished"):
        return None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in node.findall("numerusform")]
        return forms if any(forms) else None
    text = node.text or ""
    return [text] if text else None


def compile_ts(ts: Path) -> bytes:
    try:
        root = ET.parse(ts).getroot()
    except ET.ParseError as exc:
        raise TsError(f"{ts}: {exc}") from exc
    language = (root.get("language") or "").split("_")[0]
    if language not in NUMERUS_RULES:
        raise TsError(f"{ts}: plural rules for language '{language}' are not known here")
    messages: dict[tuple[bytes, bytes, bytes], list[str]] = {}
    for context in root.iter("context"):
        name = (context.findtext("name") or "").encode("utf-8")
        for message in context.iter("message"):
            translations = _translations(message)
            if translations is None:
                continue
            source = (message.findtext("source") or "").encode("utf-8")
            comment = (message.findtext("comment") or "").encode("utf-8")
            messages[(name, source, comment)] = translations
    body = bytearray()
    hashes: list[tuple[int, int]] = []
    for (context_name, source, comment), translations in sorted(messages.items()):
        hashes.append((elf_hash(source + comment), len(body)))
        for text in translations:
            body += bytes([TAG_TRANSLATION]) + _string(text)
        body += bytes([TAG_COMMENT]) + _byte_array(comment)
        body += bytes([TAG_SOURCE_TEXT]) + _byte_array(source)
        body += bytes([TAG_CONTEXT]) + _byte_array(context_name)
        body += bytes([TAG_END])
    table = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(hashes))
    out = bytearray(MAGIC)
    for tag, data in ((TAG_LANGUAGE, language.encode("ascii")), (TAG_HASHES, table),
                      (TAG_MESSAGES, bytes(body)), (TAG_NUMERUS_RULES, NUMERUS_RULES[language])):
        out += bytes([tag]) + struct.pack(">I", len(data)) + data
    return bytes(out)


def compile_folder(folder: Path, out_folder: Path | None = None) -> list[Path]:
    """Compile every .ts in `folder` to a .qm beside it (or in `out_folder`); returns the .qm."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = (out_folder or folder) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        qm.write_bytes(compile_ts(ts))
        written.append(qm)
    return written


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(compile_folder(Path(arg)))
