"""Options every `recall` command that reaches a recall shares, and where the CLI keeps its state."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

STATE_DIR = Path(os.environ.get("RECALL_STATE_DIR", ".recall"))
KEYS_DIR = STATE_DIR / "keys"

AddressOpt = Annotated[
    str | None, typer.Option("--address", envvar="RECALL_TEMPORAL_ADDRESS", help="Temporal host:port")
]
NamespaceOpt = Annotated[str | None, typer.Option("--namespace", help="Temporal namespace")]
ActorOpt = Annotated[
    str, typer.Option("--as", envvar="RECALL_USER", help="your name as listed in the spec's people")
]
KeyOpt = Annotated[
    Path | None,
    typer.Option(
        "--key", envvar="RECALL_KEY_FILE", help="your Ed25519 private key (default .recall/keys/NAME.key)"
    ),
]
PrintOnlyOpt = Annotated[
    bool,
    typer.Option(
        "--print-only",
        help="print only the signed statement (JSON) for `temporal workflow update execute --input`",
    ),
]
ReasonOpt = Annotated[
    str, typer.Option("--reason", help="why (required, recorded in history and the report)")
]
RequestOpt = Annotated[
    str | None,
    typer.Option(
        "--request", help="the request id `recall status` shows; refused if the recall now waits on another"
    ),
]
