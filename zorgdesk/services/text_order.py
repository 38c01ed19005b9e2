"""Alphabetical order as people expect it, the same on a file and on a server.

SQLite sorts text by bytes ("Zorgkantoor" before "de Vries", "Öztürk" after "Zwolle");
PostgreSQL by the server's locale, which differs per server. Lists of names are therefore
read unordered and sorted here: case and accents do not count, "'t" and "de" do.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=16384)
def text_key(text: str | None) -> tuple[int, str, str]:
    """Empty last; then the folded text; the original text breaks ties, so equal keys never
    leave the order to the database."""
    if not text:
        return (1, "", "")
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return (0, folded.replace("’", "'"), text)
