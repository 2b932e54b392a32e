"""Entry point of 落实台账: the window by default, headless subcommands for scripted work."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli.parser import build_parser

    args = build_parser().parse_args(argv)
    if args.command:
        from cli.commands import run_command

        return run_command(args)
    from ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
