"""Entry point of 落实台账: the window by default, headless subcommands for scripted work."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    from cli.parser import parse_arguments

    args = parse_arguments(argv)
    if args.command:
        for stream in (sys.stdout, sys.stderr):  # a console in GBK cannot show every character: a mark, not a crash
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="replace")
        from cli.commands import run_command

        return run_command(args)
    # The model layer before Qt: once PySide6 is imported it reads the source of every module imported
    # after it (its __feature__ hook), a tenth of a second for SQLAlchemy's hundreds of modules.
    import demo.ledger  # noqa: F401
    from ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    code = main()
    # Everything is saved and closed by now: spare the interpreter's last collections a walk over every
    # object left (tenths of a second after a big ledger, with the window already gone).
    gc.freeze()
    sys.exit(code)
