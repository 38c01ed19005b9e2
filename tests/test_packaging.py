"""Packaging check: the wheel installs into a fresh virtualenv outside the checkout and works
from another folder; the PyInstaller bundle starts, writes a sample and makes a meeting pack.

Slow (about 1 minute for the wheel, 1 for the bundle on 2 cores), so marked `slow`; it runs in
CI through `./zd test`. The bundle part needs PyInstaller (a dev dependency).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def run(command: list[str | Path], cwd: Path, home: Path,
        timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZORGDESK_HOME": str(home)}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                            text=True, check=False, timeout=timeout)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    return "".join(page.extract_text() or "" for page in reader.pages[:3])


def test_wheel_in_a_fresh_venv(tmp_path: Path) -> None:
    source = tmp_path / "src"  # a copy of the tracked files only: no .qm, no .venv
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    work, home = tmp_path / "elders", tmp_path / "home"
    work.mkdir()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "wheels",
         source], cwd=work, home=home)
    wheel = next((tmp_path / "wheels").glob("zorgdesk-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel],
        cwd=work, home=home)
    zorgdesk = env_dir / "bin" / "zorgdesk"
    assert "ZorgDesk" in run([zorgdesk, "--version"], cwd=work, home=home).stdout
    assert "first paint" in run([zorgdesk, "--smoke", "--lang", "en"], cwd=work,
                                home=home).stdout
    run([zorgdesk, "sample", "noord-limburg", "--out", "nl.zorgdesk"], cwd=work, home=home)
    for lang in ("nl", "en"):  # the app in both languages, from the installed wheel
        assert "first paint" in run([zorgdesk, "--smoke", "--lang", lang, "--page", "reports",
                                     "nl.zorgdesk"], cwd=work, home=home).stdout
    run([zorgdesk, "adopt", "nl.zorgdesk", "Vastgesteld", "--by", "AST", "--on", "2022-03-01"],
        cwd=work, home=home)
    from zorgdesk.reports import REPORTS

    for kind in REPORTS:  # every report, each read back
        extra = ["--version", "Vastgesteld"] if REPORTS[kind].needs_version else []
        run([zorgdesk, "report", kind, "nl.zorgdesk", "--out", f"{kind}.pdf", *extra],
            cwd=work, home=home)
        assert pdf_text(work / f"{kind}.pdf").strip(), kind
        # and in English: the wheel's own zorgdesk_en.qm translates the fixed texts
        run([zorgdesk, "report", kind, "nl.zorgdesk", "--out", f"{kind}-en.pdf", "--lang", "en",
             *extra], cwd=work, home=home)
        english = pdf_text(work / f"{kind}-en.pdf")
        assert "page 1 of" in english and "pagina 1 van" not in english, kind
    run([zorgdesk, "report", "werkagenda", "nl.zorgdesk", "--public", "--out", "w.pdf"],
        cwd=work, home=home)
    assert "Noord-Limburg" in pdf_text(work / "w.pdf")
    installed = run([python, "-c", "import zorgdesk, pathlib; print(pathlib.Path("
                     "zorgdesk.__file__).parent)"], cwd=work, home=home).stdout.strip()
    assert not installed.startswith(str(ROOT))
    assert (Path(installed) / "resources" / "translations" / "zorgdesk_en.qm").is_file()


def test_bundle_starts_and_makes_a_meeting_pack(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    subprocess.run([sys.executable, "-m", "zorgdesk.i18n_build", "--quiet"], cwd=ROOT,
                   check=True)
    home, work = tmp_path / "home", tmp_path / "elders"
    work.mkdir()
    run([pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", tmp_path / "dist",
         "--workpath", tmp_path / "build", ROOT / "packaging" / "zorgdesk.spec"],
        cwd=ROOT, home=home)
    bundle = tmp_path / "dist" / "zorgdesk"
    exe = bundle / "zorgdesk"
    named = iss_paths_in_bundle((ROOT / "packaging" / "zorgdesk.iss").read_text(encoding="utf-8"))
    assert "_internal/zorgdesk/resources/icons/zorgdesk-document.ico" in named
    for name in named:  # the Windows build names zorgdesk.exe; this one has no suffix
        assert (bundle / name.removesuffix(".exe")).exists(), name
    for page in ("overview", "reports"):
        assert "first paint" in run([exe, "--smoke", "--page", page], cwd=work,
                                    home=home).stdout
    run([exe, "sample", "noord-limburg", "--out", "nl.zorgdesk"], cwd=work, home=home)
    run([exe, "report", "meeting-pack", "nl.zorgdesk", "--out", "mp.pdf"], cwd=work, home=home)
    assert pdf_text(work / "mp.pdf")

    # The Linux download: the tarball unpacks elsewhere and starts from there.
    made = run([sys.executable, ROOT / "packaging" / "make_tarball.py", bundle, tmp_path],
               cwd=ROOT, home=home).stdout
    tarball = next(tmp_path.glob("zorgdesk-*-linux-*.tar.gz"))
    assert tarball.name in made
    unpacked = tmp_path / "uitgepakt"
    shutil.unpack_archive(tarball, unpacked)
    top = next(unpacked.iterdir())
    assert (top / "LEESMIJ.txt").is_file() and (top / "nl.zorgdesk.ZorgDesk.desktop").is_file()
    assert "first paint" in run([top / "zorgdesk", "--smoke"], cwd=work, home=home).stdout
    assert "Noord-Limburg" in run([top / "zorgdesk", "info", work / "nl.zorgdesk"], cwd=work,
                                  home=home).stdout


def iss_paths_in_bundle(iss: str) -> list[str]:
    """Bundle files the Inno Setup script names: sources under {#BundleDir}, and {app} paths."""
    import re

    found = [m.replace("\\", "/") for m in re.findall(r'\{#BundleDir\}\\([^"*]+)"', iss)]
    found += [m.replace("\\", "/") for m in re.findall(r'\{app\}\\([^"]+?\.(?:exe|ico))', iss)]
    return found
