"""The installer files are checked where their tools are not: the Inno Setup script's syntax
(no Windows here, so by the grammar of its sections), and the Linux desktop entry and
metainfo by the freedesktop validators."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from zorgdesk import __version__

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"

# Inno Setup 6: the parameters each entry section accepts (the documented ones we may use).
SECTION_PARAMS = {
    "Languages": {"Name", "MessagesFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile"},
    "Tasks": {"Name", "Description", "GroupDescription", "Flags", "Components", "Check",
              "Languages"},
    "Files": {"Source", "DestDir", "DestName", "Flags", "Permissions", "Tasks", "Components",
              "Check", "Excludes", "Attribs", "Languages"},
    "Icons": {"Name", "Filename", "Parameters", "WorkingDir", "IconFilename", "IconIndex",
              "Comment", "Flags", "Tasks", "Components", "Check", "AppUserModelID",
              "Languages"},
    "Registry": {"Root", "Subkey", "ValueType", "ValueName", "ValueData", "Flags", "Tasks",
                 "Components", "Check", "Permissions", "Languages"},
    "Run": {"Filename", "Description", "Parameters", "WorkingDir", "StatusMsg", "RunOnceId",
            "Flags", "Tasks", "Components", "Check", "Verb", "Languages"},
}
SETUP_REQUIRED = {"AppId", "AppName", "AppVersion", "DefaultDirName", "OutputBaseFilename",
                  "PrivilegesRequired", "SetupIconFile", "UninstallDisplayIcon",
                  "ChangesAssociations", "VersionInfoVersion"}
REGISTRY_ROOTS = {"HKCU", "HKA"}  # per user: never HKLM, the installer has no admin rights


def entry_params(line: str) -> dict[str, str]:
    """`Name: "x"; Flags: a b` -> {"Name": "x", "Flags": "a b"}; quotes must pair up."""
    params: dict[str, str] = {}
    for part in re.split(r';\s*(?=\w+:)', line):
        key, sep, value = part.partition(":")
        assert sep, f"geen 'Sleutel: waarde' in {part!r}"
        value = value.strip()
        if value.startswith('"'):
            assert value.endswith('"') and value.count('"') % 2 == 0, f"quotes in {line!r}"
        params[key.strip()] = value
    return params


def test_inno_setup_script_is_well_formed() -> None:
    text = (PACKAGING / "zorgdesk.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))
    assert defines["AppVersion"] == __version__
    section = None
    setup: dict[str, str] = {}
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith((";", "#define")):
            continue
        assert not line.startswith("#"), f"regel {number}: onbekende preprocessorregel"
        if line.startswith("["):
            assert line.endswith("]"), f"regel {number}"
            section = line[1:-1]
            assert section == "Setup" or section in SECTION_PARAMS, f"regel {number}: {line}"
            seen.add(section)
            continue
        assert line.count("{") - line.count("{{") >= 0
        assert section is not None, f"regel {number}: buiten een sectie"
        if section == "Setup":
            key, sep, value = line.partition("=")
            assert sep and key.strip().isidentifier(), f"regel {number}: {line}"
            setup[key.strip()] = value.strip()
            continue
        params = entry_params(line)
        unknown = set(params) - SECTION_PARAMS[section]
        assert not unknown, f"regel {number}: onbekend in [{section}]: {unknown}"
        if section == "Registry":
            assert params["Root"] in REGISTRY_ROOTS, f"regel {number}: {params['Root']}"
    assert set(setup) >= SETUP_REQUIRED, SETUP_REQUIRED - set(setup)
    assert setup["PrivilegesRequired"] == "lowest"
    assert {"Files", "Icons", "Registry"} <= seen
    icon = (PACKAGING / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon.is_file(), icon
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico file


@pytest.mark.parametrize(("tool", "args", "name"), [
    ("desktop-file-validate", [], "nl.zorgdesk.ZorgDesk.desktop"),
    ("appstreamcli", ["validate", "--no-net", "--pedantic"], "nl.zorgdesk.ZorgDesk.metainfo.xml"),
])
def test_linux_desktop_files_validate(tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run([tool, *args, str(PACKAGING / name)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
