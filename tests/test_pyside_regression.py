"""PySide6 6.12 on Python 3.11 aborts after a few thousand ordinary calls (none_dealloc).

We require 3.12+; this runs 20,000 QLabel.setText calls in a fresh interpreter of the one
the tests use, which must survive.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(f"regel {i}")
    label.setText(None if False else "x")
print("overleefd", sys.version_info[:2])
"""


def test_interpreter_is_312_or_newer() -> None:
    assert sys.version_info >= (3, 12)


def test_twenty_thousand_settext_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "none_dealloc" not in result.stderr
    assert "overleefd" in result.stdout
