"""`recall gpp decode STRING`: an IAB Global Privacy Platform string as JSON, under the IAB's field names."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from optout_recall.cli.errors import fail
from optout_recall.gpp import GppError, decode

app = typer.Typer(help="IAB Global Privacy Platform strings.", no_args_is_help=True)


@app.callback()
def gpp() -> None:
    """IAB Global Privacy Platform strings."""


@app.command("decode")
def decode_command(
    gpp: Annotated[str, typer.Argument(metavar="STRING", help="a GPP string, e.g. DBABLA~CVVVkkkkkpFY.YA")],
) -> None:
    """Print the header and every US section's fields; other sections are listed as not decoded."""
    try:
        decoded = decode(gpp)
    except GppError as exc:
        fail(f"not a GPP string this decoder can read: {exc}")
    print(json.dumps(decoded.to_json(), indent=2))
