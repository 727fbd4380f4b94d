"""One clear line and exit code 2 for bad input; never a traceback."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

EXIT_BAD_INPUT = 2


def one_line(message: object) -> str:
    return " ".join(str(message).split())


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Print `recall: <message>` on stderr and exit (2 unless told otherwise)."""
    print(f"recall: {one_line(message)}", file=sys.stderr)
    raise typer.Exit(code)


def usage_line(error: typer.TyperException) -> str:
    """A usage error (missing or unknown option, bad value) as one line that says where the help is."""
    message = one_line(error.format_message()).rstrip(".")
    context = getattr(error, "ctx", None)
    if context is None:
        return f"recall: {message}"
    return f"recall: {message} (see: {context.command_path} --help)"
