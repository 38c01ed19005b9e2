"""The log file handler loads logging.handlers only when something is logged (start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import logging, sys
from zorgdesk.ui.kit.error_hook import install_error_hook, log_file
install_error_hook()
print("before", "logging.handlers" in sys.modules, log_file().exists())
logging.getLogger("zorgdesk.store").warning("schijf bijna vol")
for handler in logging.getLogger("zorgdesk").handlers:
    handler.flush()
print("after", "logging.handlers" in sys.modules, log_file().exists())
print(log_file().read_text(encoding="utf-8").strip())
"""


def test_log_file_is_opened_at_the_first_record(tmp_path: Path) -> None:
    env = {**os.environ, "ZORGDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()
    assert out[0] == "before False False"
    assert out[1] == "after True True"
    assert out[2].endswith("WARNING zorgdesk.store: schijf bijna vol")
