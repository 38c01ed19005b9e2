"""`zorgdesk import FILE.json --out X.zorgdesk`: a new workspace from a JSON export.

The module is not called `import` (a keyword); cli.py maps the subcommand name to it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "import", help="maak een werkruimte uit een JSON-export",
        description="Lees een JSON-export (docs/export-format.md) en schrijf er een nieuwe "
        "werkruimte van. Het document wordt eerst helemaal gecontroleerd; bij een fout wordt "
        "niets geschreven. Bestaat --out al, dan wordt daar eerst een reservekopie van gemaakt.",
    )
    parser.add_argument("file", metavar="FILE.json", type=Path)
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.zorgdesk)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.workspace.json_import import import_json

    existed = Path(args.out).exists()
    path = import_json(args.file, args.out)
    note = " (de vorige inhoud staat in de reservekopieën)" if existed else ""
    print(f"Werkruimte uit {Path(args.file).name} geschreven naar {path}{note}.")
    return 0
