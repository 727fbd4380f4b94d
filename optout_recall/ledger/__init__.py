"""The tamper-evident consent ledger: hash-chained entries, signed heads, versioned state."""

from __future__ import annotations

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
