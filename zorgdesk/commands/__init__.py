"""The subcommands of `zorgdesk`, one module each with `register(subparsers)` and `run(args)`.

Plain imports, so tools that follow imports (PyInstaller, mypy) see every command. A command
module imports only argparse and the like at its top and everything heavy inside `run()`, so
importing them all stays cheap and loads neither the ORM nor reportlab; tests/test_cli_imports.py
holds that. cli.py imports this package only when the command line names a subcommand.

Adding a command: its module, plus one line in the import and one in COMMANDS (one entry per
line, so parallel additions merge as "keep both").
"""

from __future__ import annotations

from types import ModuleType

from zorgdesk.commands import (
    adopt,
    backup,
    check,
    download,
    export,
    grant,
    ical,
    import_json,
    info,
    invite,
    merge,
    offline,
    open,
    report,
    sample,
    sync,
    table_export,
    table_import,
    upload,
)

# Subcommand name -> module, in the order `zorgdesk --help` lists them.
COMMANDS: dict[str, ModuleType] = {
    "open": open,
    "sample": sample,
    "info": info,
    "export": export,
    "check": check,
    "backup": backup,
    "ical": ical,
    "invite": invite,
    "adopt": adopt,
    "report": report,
    "import": import_json,
    "table-export": table_export,
    "table-import": table_import,
    "upload": upload,
    "download": download,
    "grant": grant,
    "merge": merge,
    "offline": offline,
    "sync": sync,
}
