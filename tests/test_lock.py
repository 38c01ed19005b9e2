"""One writer: a second instance is refused by name, a stale lock is taken over; live files on
network paths or in synced folders get a warning and the offer of a local copy."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store_helpers import dump, make_workspace
from zorgdesk.store import WorkspaceLockedError, open_store
from zorgdesk.store.location import check_location, local_copy, mount_fstype, unc_share
from zorgdesk.store.lock import WorkspaceLock, lock_path_for


def test_same_process_may_reopen_but_restore_is_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "een.zorgdesk")
    first = open_store(ws, lock=True)
    again = open_store(ws, lock=True)  # the app reopening its own workspace
    with pytest.raises(WorkspaceLockedError, match="in deze ZorgDesk nog geopend"):
        WorkspaceLock(ws).acquire()  # unshared: restore, import
    first.close()
    assert lock_path_for(ws).exists()
    again.close()
    assert not lock_path_for(ws).exists()  # released when the last holder closes
    with WorkspaceLock(ws):
        pass


def test_foreign_lock_message_names_process_and_computer(tmp_path: Path) -> None:
    """A live process on this computer holds the lock (written as QLockFile writes it)."""
    ws = make_workspace(tmp_path / "een.zorgdesk")
    holder = subprocess.Popen(["sleep", "30"])
    try:
        lock_path_for(ws).write_text(f"{holder.pid}\nsleep\n{socket.gethostname()}\n",
                                     encoding="utf-8")
        with pytest.raises(WorkspaceLockedError) as caught:
            open_store(ws, lock=True)
    finally:
        holder.kill()
        holder.wait()
    message = caught.value.message
    assert f"een.zorgdesk is al geopend door proces {holder.pid} (sleep)" in message
    assert f"op computer {socket.gethostname()}" in message
    open_store(ws, lock=True).close()  # the holder is gone: its lock is stale and taken over


def test_second_instance_is_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "gedeeld.zorgdesk")
    with open_store(ws, lock=True):
        code = (
            "import sys\n"
            "from zorgdesk.store import open_store, StoreError\n"
            "try:\n"
            f"    open_store(r'{ws}', lock=True)\n"
            "except StoreError as exc:\n"
            "    print(exc.message); sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=os.environ.copy())
    assert result.returncode == 3, result.stderr
    assert f"gedeeld.zorgdesk is al geopend door proces {os.getpid()}" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_stale_lock_after_crash_is_taken_over(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "crash.zorgdesk")
    code = (
        "import sys, time\n"
        "from zorgdesk.store import open_store\n"
        f"s = open_store(r'{ws}', lock=True)\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    with pytest.raises(WorkspaceLockedError):
        open_store(ws, lock=True)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert lock_path_for(ws).exists()  # the dead process left its lock file
    open_store(ws, lock=True).close()


def test_lock_of_other_computer_names_it(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "netwerk.zorgdesk")
    lock_path_for(ws).write_text("4242\nZorgDesk\nlaptop-secretariaat\n", encoding="utf-8")
    with pytest.raises(WorkspaceLockedError) as caught:
        open_store(ws, lock=True)
    assert "proces 4242 (ZorgDesk) op computer laptop-secretariaat" in caught.value.message
    assert "netwerk.zorgdesk.lock" in caught.value.message


def test_lock_context_manager(tmp_path: Path) -> None:
    ws = tmp_path / "x.zorgdesk"
    with WorkspaceLock(ws) as lock:
        assert lock.held and lock.lock_path == tmp_path / "x.zorgdesk.lock"
    assert not lock.held and not lock.lock_path.exists()


# --- location -------------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/team /mnt/team nfs4 rw,relatime 0 0
//nas/zorg /mnt/nas\\040zorg cifs rw 0 0
user@host:/data /home/u/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "kind", "detail"), [
    (r"\\fileserver\zorg\agenda.zorgdesk", "unc", r"\\fileserver\zorg"),
    ("//fileserver/zorg/agenda.zorgdesk", "unc", r"\\fileserver\zorg"),
    (r"C:\Users\an\OneDrive - Regio Zorg\agenda.zorgdesk", "sync", "OneDrive"),
    ("/Users/an/Library/Mobile Documents/com~apple~CloudDocs/a.zorgdesk", "sync", "iCloud"),
    ("/home/an/Dropbox (Persoonlijk)/a.zorgdesk", "sync", "Dropbox"),
    (r"G:\Mijn Drive\a.zorgdesk", "sync", "Google Drive"),
    ("/home/an/Nextcloud/a.zorgdesk", "sync", "Nextcloud"),
    ("/mnt/team/agenda.zorgdesk", "network-fs", "nfs4"),
    ("/mnt/nas zorg/agenda.zorgdesk", "network-fs", "cifs"),
    ("/home/u/remote/a.zorgdesk", "network-fs", "fuse.sshfs"),
])
def test_network_and_synced_locations(path: str, kind: str, detail: str) -> None:
    warning = check_location(Path(path), mounts_text=MOUNTS)
    assert warning is not None
    assert (warning.kind, warning.detail) == (kind, detail)
    assert "lokale kopie" in warning.message and Path(path).name in warning.message


@pytest.mark.parametrize("path", ["/home/an/werk/a.zorgdesk", "/tmp/a.zorgdesk",
                                  r"C:\Users\an\Documenten\a.zorgdesk",
                                  "/home/an/notes-on-onedrive/a.zorgdesk"])
def test_local_locations_pass(path: str) -> None:
    assert check_location(Path(path), mounts_text=MOUNTS) is None


def test_mount_lookup_prefers_longest_mount() -> None:
    assert mount_fstype("/mnt/team/x", MOUNTS) == ("/mnt/team", "nfs4")
    assert mount_fstype("/mnt/teamwork/x", MOUNTS) == ("/", "ext4")
    assert unc_share(r"\\?\UNC\srv\deel\a.zorgdesk") == r"\\srv\deel"
    assert unc_share(r"\\?\C:\a.zorgdesk") is None


def test_local_copy_goes_to_app_folder(tmp_path: Path, zorgdesk_home: Path) -> None:
    synced = tmp_path / "OneDrive" / "agenda.zorgdesk"
    synced.parent.mkdir()
    make_workspace(synced)
    copy = local_copy(synced)
    assert copy.is_relative_to(zorgdesk_home) and copy.name == "agenda.zorgdesk"
    assert dump(copy)[1] == dump(synced)[1]
    assert local_copy(synced).name == "agenda (2).zorgdesk"
    assert check_location(copy, mounts_text="") is None
