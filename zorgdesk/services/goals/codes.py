"""Ordering of goal codes as people read them: 2.1.2 before 2.1.10, 2.1.1 before 2.1.1.A."""

from __future__ import annotations

import re
from functools import lru_cache

_PART = re.compile(r"(\d+)|([A-Za-z]+)")


@lru_cache(maxsize=65536)  # codes repeat on every reload of a tree; the key is pure
def code_key(code: str | None) -> tuple[tuple[int, int | str], ...]:
    if not code:
        return ((2, ""),)
    parts = code.split(".")
    if all(p.isdigit() or p.isalpha() for p in parts):  # 2.1.1.A: the common case, fast
        return tuple((0, int(p)) if p.isdigit() else (1, p.upper()) for p in parts)
    return tuple((0, int(number)) if number else (1, letters.upper())
                 for number, letters in _PART.findall(code))
