"""The text of a `StoreError` in the language of the app.

The store and the services never import Qt, so they cannot translate their own messages:
they raise a Dutch template marked with `QT_TRANSLATE_NOOP("StoreError", ...)` (which puts
it in the .ts files) and pass the values separately. Here the template is translated and
only then filled in, so the values (names, amounts) never end up in a translation lookup.
`exc.message` stays the Dutch sentence, for the CLI and the log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zorgdesk.store.errors import Phrase, StoreError


def _fill(template: str, values: dict[str, object]) -> str:
    filled = {key: _fill(value.template, value.values) if isinstance(value, Phrase) else value
              for key, value in values.items()}
    return QCoreApplication.translate("StoreError", template).format(**filled)


def error_text(exc: StoreError) -> str:
    """`exc.message` translated: its template and any `Phrase` among its values."""
    return _fill(exc.template, exc.values)


def phrase_text(phrase: Phrase) -> str:
    """A `Phrase` on its own (a warning that is not an error) translated and filled in."""
    return _fill(phrase.template, phrase.values)
