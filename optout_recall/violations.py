"""The exact violation rule, as pure functions the backfill activity applies chunk by chunk.

An entry binds for an event unless it is a GPC signal and, under the `where_required` policy, the event's
jurisdiction did not require honouring a universal opt-out signal at the event's `processed_at`. An event in
the window `[start, end)` is a violation when the latest binding entry for its (subject, purpose) observed at
or before `processed_at` (ledger order breaking ties) is an opt-out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from optout_recall.payloads import Choice, ConsentSource, GpcPolicy


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    seq: int
    observed_at: datetime
    choice: str
    source: str


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    subject_id: str
    purpose: str
    jurisdiction: str
    processed_at: datetime
    destination: str


RequiresUniversalOptOut = Callable[[str, datetime], bool]


def binds(entry: ConsentEntry, event: Event, policy: GpcPolicy, requires: RequiresUniversalOptOut) -> bool:
    if entry.source != ConsentSource.GPC or policy == GpcPolicy.EVERYWHERE:
        return True
    return requires(event.jurisdiction, event.processed_at)


def ignored_opt_out(
    event: Event,
    entries: Sequence[ConsentEntry],
    observed: Sequence[datetime],
    policy: GpcPolicy,
    requires: RequiresUniversalOptOut,
) -> ConsentEntry | None:
    """The opt-out an event ignored, or None. `entries` are sorted by (observed_at, seq); `observed` mirrors them."""
    index = bisect_right(observed, event.processed_at)
    while index > 0:
        index -= 1
        entry = entries[index]
        if binds(entry, event, policy, requires):
            return entry if entry.choice == Choice.OPT_OUT else None
    return None
