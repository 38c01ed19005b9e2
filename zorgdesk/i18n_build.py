"""Compile zorgdesk/resources/translations/*.ts to .qm with Qt's lrelease when a .ts is newer.

Run by the set-up script; the .qm files are build output and not kept in git.
`python -m zorgdesk.i18n_build --update` first collects new tr() strings into the .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from zorgdesk.paths import resources_dir


def lrelease_command() -> list[str] | None:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    if candidate.exists():
        return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def update_sources(languages: tuple[str, ...] = ("en",)) -> int:
    """Collect every tr() string of zorgdesk/ into the .ts files (keeps existing translations)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in resources_dir().parent.rglob("*.py"))
    for lang in languages:
        ts = resources_dir() / "translations" / f"zorgdesk_{lang}.ts"
        subprocess.run([str(tool), *sources, "-no-obsolete", "-source-language", "nl_NL",
                        "-target-language", lang, "-ts", str(ts)], check=True)
    return 0


def build(quiet: bool = False) -> int:
    folder = resources_dir() / "translations"
    command = lrelease_command()
    if command is None:
        print("pyside6-lrelease niet gevonden; vertalingen niet gebouwd", file=sys.stderr)
        return 1
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        args = [*command, str(ts), "-qm", str(qm)]
        if quiet:
            args.insert(1, "-silent")
        subprocess.run(args, check=True)
    return 0


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    raise SystemExit(build(quiet="--quiet" in sys.argv))
