"""A push button that calls a slot without the `checked` argument Qt passes along."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def push_button(text: str, slot: Callable[[], object], tip: str | None = None) -> QPushButton:
    made = QPushButton(text)
    made.clicked.connect(lambda *_: slot())
    if tip:
        made.setToolTip(tip)
    return made
