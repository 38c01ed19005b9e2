"""Ordering of goal codes as people read them: 2.1.2 before 2.1.10, 2.1.1 before 2.1.1.A."""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+)|([A-Za-z]+)")


def code_key(code: str | None) -> tuple[tuple[int, int | str], ...]:
    if not code:
        return ((2, ""),)
    parts: list[tuple[int, int | str]] = []
    for number, letters in _PART.findall(code):
        parts.append((0, int(number)) if number else (1, letters.upper()))
    return tuple(parts)
