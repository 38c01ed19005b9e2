"""The compiled English (.qm) for code that runs without a QApplication.

The reports are printed on a worker thread or from the CLI, where no translator is installed
on the application; they ask a QTranslator of their own (QtCore only, no widgets). Kept out
of zorgdesk/reports so that package stays free of Qt imports.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


@functools.cache
def translator(code: str) -> QTranslator | None:
    """The translator for language `code` ("en"), or None when its .qm was not built."""
    from PySide6.QtCore import QTranslator

    from zorgdesk.paths import resources_dir

    found = QTranslator()
    if found.load(str(resources_dir() / "translations" / f"zorgdesk_{code}.qm")):
        return found
    return None


def translate(code: str, context: str, text: str) -> str:
    """`text` in language `code`; the Dutch source where no translation exists."""
    found = translator(code)
    result = found.translate(context, text) if found is not None else ""
    return result or text
