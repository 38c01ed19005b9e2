"""Is a workspace on a network path or in a synced folder? Live files belong on a local disk.

WAL does not work over network file systems and sync clients (OneDrive, Dropbox, ...) upload
half-written files and may put an older copy back. We detect, without any network access:
- UNC paths (`\\\\server\\share\\...`, also `//server/share`);
- mapped network drives on Windows (GetDriveTypeW == DRIVE_REMOTE);
- folders of known sync clients by name (OneDrive, Dropbox, Google Drive, iCloud, ...);
- on Linux, the file system type of the mount that holds the file (/proc/mounts): nfs, cifs,
  smb, sshfs, davfs and the like.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase

NETWORK_FSTYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs", "fuse.rclone",
    "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs",
    "fuse.curlftpfs", "fuse.gcsfuse", "fuse.goofys", "fuse.s3ql", "fuse.juicefs",
    "fuse.onedriver", "fuse.google-drive-ocamlfuse", "fuse.seadrive", "fuse.mountpoint-s3",
    "fuse.blobfuse", "fuse.blobfuse2", "fuse.keybase", "fuse.webdav", "fuse.dropbox",
})
# FUSE file systems that are local (the rest of fuse.* is treated as remote: most FUSE
# mounts are network or cloud storage).
LOCAL_FUSE = frozenset({
    "fuse.mergerfs", "fuse.encfs", "fuse.gocryptfs", "fuse.cryfs", "fuse.bindfs",
    "fuse.portal", "fuse.ntfs-3g", "fuse.ntfs", "fuseblk", "fuse.lxcfs", "fuse.snapfuse",
    "fuse.squashfuse", "fuse.appimagekit", "fuse.fuse-overlayfs", "fuse.unionfs",
    "fuse.unionfs-fuse", "fuse.ecryptfs", "fuse.vmhgfs-fuse", "fuse.jmtpfs",
    "fuse.xdg-document-portal",
})

# Folder names (case-insensitive) that sync clients create; a prefix match covers
# "OneDrive - Organisatie", "Dropbox (Persoonlijk)" and the like.
SYNC_FOLDER_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^onedrive\b", "OneDrive"),
    (r"^dropbox\b", "Dropbox"),
    (r"^google ?drive\b", "Google Drive"),
    (r"^my drive$", "Google Drive"),
    (r"^mijn drive$", "Google Drive"),
    (r"^googledrive-", "Google Drive"),
    (r"^icloud ?drive\b", "iCloud"),
    (r"^iclouddrive$", "iCloud"),
    (r"^mobile documents$", "iCloud"),
    (r"^nextcloud\b", "Nextcloud"),
    (r"^owncloud\b", "ownCloud"),
    (r"^pcloud ?drive\b", "pCloud"),
    (r"^box( sync)?$", "Box"),
    (r"^megasync\b", "MEGA"),
    (r"^sharepoint\b", "SharePoint"),
    (r"^syncthing$", "Syncthing"),
    (r"^seafile\b", "Seafile"),
    (r"^sync$", "Sync"),
    (r"^sync\.com\b", "Sync"),
    (r"^tresorit( drive)?\b", "Tresorit"),
    (r"^synologydrive\b", "Synology Drive"),
    (r"^synology ?drive\b", "Synology Drive"),
    (r"^cloudstation\b", "Synology Drive"),
    (r"^surfdrive\b", "SURFdrive"),
    (r"^proton ?drive\b", "Proton Drive"),
    (r"^resilio ?sync\b", "Resilio Sync"),
)


@dataclass(frozen=True)
class LocationWarning:
    kind: str  # "unc", "network-drive", "network-fs", "sync"
    detail: str  # "OneDrive", "nfs4", "\\\\server\\share", "Z:"
    text: Phrase  # for the user; the app translates it (zorgdesk.ui.kit.error_text.phrase_text)

    @property
    def message(self) -> str:
        """The Dutch text."""
        return str(self.text)


def _is_windows_path(text: str) -> bool:
    return bool(re.match(r"^[A-Za-z]:[\\/]", text)) or text.startswith(("\\\\", "//"))


def _parts(path: str) -> tuple[str, ...]:
    pure: PurePath = PureWindowsPath(path) if _is_windows_path(path) or "\\" in path else \
        PurePath(path)
    return pure.parts


def unc_share(path: str) -> str | None:
    """`\\\\server\\share` when `path` is a UNC path (also `//server/share`), else None."""
    match = re.match(r"^(?:\\\\|//)(?!\?[\\/]|\.[\\/])([^\\/]+)[\\/]([^\\/]+)", path)
    if match:
        return f"\\\\{match.group(1)}\\{match.group(2)}"
    long_unc = re.match(r"^\\\\\?\\UNC\\([^\\]+)\\([^\\]+)", path, re.IGNORECASE)
    if long_unc:
        return f"\\\\{long_unc.group(1)}\\{long_unc.group(2)}"
    return None


def sync_client(path: str) -> str | None:
    for part in _parts(path):
        name = part.strip().lower()
        for pattern, client in SYNC_FOLDER_PATTERNS:
            if re.search(pattern, name):
                return client
    return None


def _unescape_mount(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_fstype(path: str, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, fs type) of the mount in /proc/mounts text that holds `path`."""
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fstype = _unescape_mount(fields[1]), fields[2]
        prefix = mount_point.rstrip("/") + "/"
        if (path == mount_point or path.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) >= len(best[0])
        ):
            best = (mount_point, fstype)
    return best


def _windows_drive_is_remote(path: str) -> bool:
    if sys.platform != "win32":
        return False
    drive = PureWindowsPath(path).drive
    if not re.match(r"^[A-Za-z]:$", drive):
        return False
    import ctypes

    drive_remote = 4
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return bool(windll.kernel32.GetDriveTypeW(f"{drive}\\") == drive_remote)


def _read_mounts() -> str | None:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _advice(name: str) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP(
        "StoreError",
        "Werk liever op een lokale kopie: ZorgDesk kan {name} naar de eigen map op deze "
        "computer kopiëren. Deel de werkruimte met anderen als gesloten kopie (Reservekopie "
        "of Exporteren), niet door het live bestand in een gedeelde map te zetten."), name=name)


def is_network_fstype(fstype: str) -> bool:
    if fstype in NETWORK_FSTYPES or fstype.startswith(("nfs", "smb")):
        return True
    return fstype.startswith("fuse.") and fstype not in LOCAL_FUSE


def check_location(path: Path, *, mounts_text: str | None = None) -> LocationWarning | None:
    """A warning when the live workspace `path` should not be worked on where it is.

    Symlinks are resolved first (`realpath`): a link in Documents that points into a
    Dropbox folder or onto a network mount is judged by where the file really lies.
    """
    text = str(path)
    if not _is_windows_path(text):
        text = os.path.realpath(text)
    name = Path(path).name
    share = unc_share(text)
    if share:
        return LocationWarning(
            "unc", share,
            Phrase(QT_TRANSLATE_NOOP(
                "StoreError",
                "De werkruimte {name} staat op een netwerkpad ({share}). Een werkruimte die via "
                "het netwerk wordt bewerkt, kan beschadigd raken. {advice}"),
                name=name, share=share, advice=_advice(name)),
        )
    if _windows_drive_is_remote(text):
        drive = PureWindowsPath(text).drive
        return LocationWarning(
            "network-drive", drive,
            Phrase(QT_TRANSLATE_NOOP(
                "StoreError",
                "De werkruimte {name} staat op netwerkschijf {drive}. Een werkruimte die via het "
                "netwerk wordt bewerkt, kan beschadigd raken. {advice}"),
                name=name, drive=drive, advice=_advice(name)),
        )
    client = sync_client(text)
    if client:
        return LocationWarning(
            "sync", client,
            Phrase(QT_TRANSLATE_NOOP(
                "StoreError",
                "De werkruimte {name} staat in een gesynchroniseerde map ({client}). Zo'n map "
                "kan een bestand halverwege het opslaan kopiëren of een oudere versie "
                "terugzetten, waardoor wijzigingen verloren gaan. {advice}"),
                name=name, client=client, advice=_advice(name)),
        )
    if not _is_windows_path(text):
        mounts = mounts_text if mounts_text is not None else _read_mounts()
        found = mount_fstype(text, mounts) if mounts else None
        if found and is_network_fstype(found[1]):
            mount_point, fstype = found
            return LocationWarning(
                "network-fs", fstype,
                Phrase(QT_TRANSLATE_NOOP(
                    "StoreError",
                    "De werkruimte {name} staat op een netwerkschijf ({fstype} op "
                    "{mount_point}). Een werkruimte die via het netwerk wordt bewerkt, kan "
                    "beschadigd raken. {advice}"),
                    name=name, fstype=fstype, mount_point=mount_point, advice=_advice(name)),
            )
    return None


def local_copy(path: Path) -> Path:
    """Copy the workspace to the app's own folder (backup API) and return the new path."""
    from zorgdesk import paths
    from zorgdesk.store.backup import copy_database

    source = Path(path)
    folder = paths.workspaces_dir()
    target = folder / source.name
    counter = 2
    while target.exists():
        target = folder / f"{source.stem} ({counter}){source.suffix}"
        counter += 1
    return copy_database(source, target)
