"""Command line: `zorgdesk [open FILE | sample | info | export | ...]`.

Each subcommand lives in its own module under zorgdesk/commands with `register(subparsers)`
and `run(args) -> int`; zorgdesk/commands/__init__.py lists them. That table is imported only
when the command line has a positional word, so `zorgdesk` and `zorgdesk --smoke` never load it.
Errors reach the user as one Dutch line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from zorgdesk import __version__

PAGE_KEYS = ("overview", "goals", "timeline", "partners", "meetings", "reports")


# argparse's own phrases, in Dutch; argparse has no Dutch catalogue of its own.
ARGPARSE_NL = (
    ("the following arguments are required", "deze argumenten zijn verplicht"),
    ("invalid choice", "ongeldige keuze"),
    ("choose from", "kies uit"),
    ("unrecognized arguments", "onbekende argumenten"),
    ("expected one argument", "verwacht één waarde"),
    ("argument ", "argument "),
)


class DutchArgumentParser(argparse.ArgumentParser):
    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", "gebruik:", 1)
        for english, dutch in (("positional arguments:", "argumenten:"), ("options:", "opties:"),
                               ("show this help message and exit", "toon deze hulp en stop"),
                               ("show program's version number and exit",
                                "toon het versienummer en stop")):
            text = text.replace(english, dutch)
        return text

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, dutch in ARGPARSE_NL:
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        print(f"zorgdesk: fout: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="zorgdesk",
        description="ZorgDesk: de werkagenda van een regionale zorgsamenwerking. Zonder "
        "opdracht start de app; 'zorgdesk --smoke [--page PAGINA] [FILE]' tekent het "
        "hoofdvenster eenmaal en meldt de tijd.",
    )
    parser.add_argument("--version", action="version", version=f"ZorgDesk {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )
    from zorgdesk.commands import COMMANDS

    for module in COMMANDS.values():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    positionals = [arg for arg in args_list if not arg.startswith("-")]
    wants_parser = args_list[:1] in (["-h"], ["--help"], ["--version"])
    if not wants_parser and not (positionals and _is_command(positionals[0])):
        return _start_app(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        result: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `zorgdesk info W | head`: the reader stopped listening
        return 1
    except Exception as exc:  # never a traceback: one Dutch line that names the file
        from zorgdesk.commands.failure import failure_text

        print(f"zorgdesk: {failure_text(exc, args)}", file=sys.stderr)
        return 1
    return result


def _is_command(word: str) -> bool:
    if not (word.replace("-", "").isalpha() and word.islower()):
        return False  # a file or URL (start-up goes on without loading every command)
    from zorgdesk.commands import COMMANDS

    return word in COMMANDS


def _start_app(args_list: list[str]) -> int:
    """The GUI path, parsed without importing any subcommand module."""
    parser = DutchArgumentParser(prog="zorgdesk")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--page", default="overview", choices=PAGE_KEYS)
    parser.add_argument("--lang", choices=["nl", "en"])
    parser.add_argument("file", nargs="?")
    args = parser.parse_args(args_list)
    from zorgdesk.collector import begin_burst

    begin_burst()  # until the window has painted (zorgdesk/collector.py); run_app ends it
    from zorgdesk.app import run_app

    return run_app(file=args.file, smoke=args.smoke, page=args.page, lang=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
