"""Pack the PyInstaller folder as the Linux download: one tarball that unpacks and starts.

    python packaging/make_tarball.py dist/zorgdesk dist

gives dist/zorgdesk-<version>-linux-<machine>.tar.gz holding zorgdesk-<version>/ with the
bundle, the desktop entry, the AppStream metainfo and the icon, and LEESMIJ.txt saying how to
start it and where the data lives. Deterministic file order and times, so two builds of the
same bundle give the same archive.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = """ZorgDesk {version} voor Linux

Starten:   ./zorgdesk            (of: ./zorgdesk pad/naar/werkruimte.zorgdesk)
Menu:      kopieer nl.zorgdesk.ZorgDesk.desktop naar ~/.local/share/applications en zet
           Exec= daar op het volledige pad van deze map.
Gegevens:  ~/.local/share/ZorgDesk (werkruimtes, reservekopieën); Help > Over ZorgDesk
           toont de mappen.
"""


def make_tarball(bundle: Path, out_dir: Path) -> Path:
    from zorgdesk import __version__

    top = f"zorgdesk-{__version__}"
    target = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    extras = {
        "nl.zorgdesk.ZorgDesk.desktop": HERE / "nl.zorgdesk.ZorgDesk.desktop",
        "nl.zorgdesk.ZorgDesk.metainfo.xml": HERE / "nl.zorgdesk.ZorgDesk.metainfo.xml",
        "zorgdesk.svg": HERE.parent / "zorgdesk" / "resources" / "icons" / "zorgdesk.svg",
    }

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = 0
        return info

    readme = out_dir / "LEESMIJ.txt"
    readme.write_text(README.format(version=__version__), encoding="utf-8")
    try:
        with tarfile.open(target, "w:gz") as tar:
            for path in sorted(bundle.rglob("*")):
                tar.add(path, f"{top}/{path.relative_to(bundle)}", recursive=False,
                        filter=normalised)
            for name, path in {**extras, "LEESMIJ.txt": readme}.items():
                tar.add(path, f"{top}/{name}", filter=normalised)
    finally:
        readme.unlink()
    return target


if __name__ == "__main__":
    made = make_tarball(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{made} ({made.stat().st_size / 1e6:.0f} MB)")
