"""Whether the consent ledger verifies before a recall's backfill decides from it, said in one line.

The backfill finds every event processed while a binding opt-out was ignored by reading the ledger. Whoever
can write the ledger's database can hide an opt-out from it (a row rewritten, a choice stored as a BLOB that no
longer equals 'opt_out'), and the backfill would then under-correct without a sign. So the recall verifies the
ledger (the same full recomputation the evidence report runs) before the dry run, puts the outcome on its
timeline, and shows a ledger that does not verify to the on-call engineer who approves the apply.
"""

from __future__ import annotations

from optout_recall.audit.model import LedgerSection

LEDGER_STEP = "verify consent ledger"
"""The recall's timeline step that holds the outcome; the report reads its line from it."""


def is_intact(section: LedgerSection) -> bool:
    """The ledger was read, and the whole chain recomputed holds to its heads."""
    return section.available and bool(section.verified)


def ledger_line(section: LedgerSection) -> str:
    """'intact: 1,200 entries checked; ...' / 'DOES NOT VERIFY: ledger tampered: ...' / 'not checked: ...'."""
    if not section.available:
        return f"not checked: {section.summary}"
    if section.verified:
        return f"intact: {section.entries_checked or 0:,} entries checked; {section.summary}"
    return f"DOES NOT VERIFY: {section.summary}"


def apply_warning(section: LedgerSection | None) -> str:
    """What the apply gate adds to its question: nothing for an intact ledger."""
    if section is None:
        return " The consent ledger could not be verified before the dry run: see the timeline."
    if is_intact(section):
        return ""
    return (
        f" WARNING: the consent ledger {ledger_line(section)}. Corrections derived from it may miss opt-outs; "
        "run `recall ledger verify` before approving."
    )
