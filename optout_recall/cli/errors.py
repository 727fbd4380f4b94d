"""One clear line and exit code 2 for bad input; never a traceback."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Print `recall: <message>` on stderr and exit (2 unless told otherwise)."""
    first_line = " ".join(str(message).split())
    print(f"recall: {first_line}", file=sys.stderr)
    raise typer.Exit(code)
