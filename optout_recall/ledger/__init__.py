"""The tamper-evident consent ledger: hash-chained entries, signed heads, versioned state.

The names below are loaded on first use (PEP 562), so a caller that needs one part (the backfill reads only
`optout_recall.ledger.schema`) does not import the importer, the store and the signing code too: half a
second of a `recall backfill` start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from optout_recall.ledger.chain import GENESIS_HASH
    from optout_recall.ledger.importer import ImportRejected, ImportResult, InvalidLine, import_jsonl
    from optout_recall.ledger.models import (
        HeadClaim,
        LedgerEntry,
        LedgerEntryInput,
        ProblemKind,
        SignedHead,
        VerifyProblem,
        VerifyReport,
    )
    from optout_recall.ledger.signing import (
        SigningKeyError,
        generate_signing_key,
        load_signing_key,
        parse_public_key,
    )
    from optout_recall.ledger.store import Ledger, LedgerAppendSession

_HOMES = {
    "GENESIS_HASH": "chain",
    "ImportRejected": "importer",
    "ImportResult": "importer",
    "InvalidLine": "importer",
    "import_jsonl": "importer",
    "HeadClaim": "models",
    "LedgerEntry": "models",
    "LedgerEntryInput": "models",
    "ProblemKind": "models",
    "SignedHead": "models",
    "VerifyProblem": "models",
    "VerifyReport": "models",
    "SigningKeyError": "signing",
    "generate_signing_key": "signing",
    "load_signing_key": "signing",
    "parse_public_key": "signing",
    "Ledger": "store",
    "LedgerAppendSession": "store",
}

__all__ = [
    "GENESIS_HASH",
    "HeadClaim",
    "ImportRejected",
    "ImportResult",
    "InvalidLine",
    "Ledger",
    "LedgerAppendSession",
    "LedgerEntry",
    "LedgerEntryInput",
    "ProblemKind",
    "SignedHead",
    "SigningKeyError",
    "VerifyProblem",
    "VerifyReport",
    "generate_signing_key",
    "import_jsonl",
    "load_signing_key",
    "parse_public_key",
]


assert sorted(_HOMES) == __all__


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
