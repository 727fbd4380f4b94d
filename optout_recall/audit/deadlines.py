"""Every correction held to the deadline its jurisdiction gives for honoring an opt-out, and the notices owed.

A correction is an event processed while an opt-out it should have honored was in the ledger. The deadline
runs from that opt-out's `observed_at` (the day the request was received) in the jurisdiction of the event,
as `optout_recall.rules` computes it: 15 business days over the US federal holidays in California (11 CCR
§ 7026(f)(1)), 15 days in New Jersey, and so on. An event processed at or after the deadline passed is a
correction after the deadline.

Where the rules also ask that the third parties the data went to be told (11 CCR § 7026(f)(2)), each
downstream request of the outbox to such a destination is such a notice, due by the earliest deadline of the
opt-outs it answers. The outbox rows carry no deadline themselves (the backfill writes them); the report
computes it here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from optout_recall.audit.model import DeadlinesSection, LateCorrection, OptOutDeadlineRule, ThirdPartyNotice
from optout_recall.rules import Deadline, JurisdictionRules

LATE_LIMIT = 100
NOTICE_LIMIT = 100

# event_id, subject_id, purpose, jurisdiction, destination, processed_at, ledger_seq
CorrectionRow = tuple[str, str, str, str, str, datetime, int]
# destination, subject_id, status, delivered_at
OutboxRow = tuple[str, str, str, datetime | None]


@dataclass
class DeadlineTally:
    """Corrections fed in event-id order; `section` once they and the outbox are all in."""

    rules: JurisdictionRules
    observed: Mapping[int, datetime]
    checked: int = 0
    after: int = 0
    without: int = 0
    late: list[LateCorrection] = field(default_factory=list)
    used: dict[str, Deadline] = field(default_factory=dict)
    _due: dict[tuple[str, int], datetime | None] = field(default_factory=dict)
    _notice_due: dict[tuple[str, str], tuple[datetime, str, str]] = field(default_factory=dict)

    def add(self, row: CorrectionRow) -> None:
        event_id, subject_id, purpose, jurisdiction, destination, processed_at, seq = row
        self.checked += 1
        due = self._due_at(jurisdiction, seq)
        if due is None:
            self.without += 1
            return
        deadline = self.used[jurisdiction]
        if deadline.third_parties_citation:
            key = (destination, subject_id)
            known = self._notice_due.get(key)
            if known is None or due < known[0]:
                self._notice_due[key] = (due, jurisdiction, deadline.third_parties_citation)
        if processed_at < due:
            return
        self.after += 1
        if len(self.late) < LATE_LIMIT:
            self.late.append(
                LateCorrection(
                    event_id=event_id,
                    subject_id=subject_id,
                    purpose=purpose,
                    jurisdiction=jurisdiction,
                    destination=destination,
                    processed_at=processed_at,
                    ledger_seq=seq,
                    opt_out_observed_at=self.observed[seq],
                    due_at=due,
                )
            )

    def _due_at(self, jurisdiction: str, seq: int) -> datetime | None:
        key = (jurisdiction, seq)
        if key not in self._due:
            observed = self.observed.get(seq)
            found = None if observed is None else self.rules.opt_out_due_at(jurisdiction, observed)
            self._due[key] = None if found is None else found[0]
            if found is not None:
                self.used[jurisdiction] = found[1]
        return self._due[key]

    def section(self, outbox: Iterable[OutboxRow], note: str = "") -> DeadlinesSection:
        notices = []
        for destination, subject_id, status, delivered_at in outbox:
            owed = self._notice_due.get((destination, subject_id))
            if owed is None:
                continue
            due, jurisdiction, citation = owed
            notices.append(
                ThirdPartyNotice(
                    destination=destination,
                    subject_id=subject_id,
                    jurisdiction=jurisdiction,
                    due_at=due,
                    status=status,
                    delivered_at=delivered_at,
                    overdue=delivered_at is None or delivered_at >= due,
                    citation=citation,
                )
            )
        notices.sort(key=lambda notice: (notice.due_at, notice.destination, notice.subject_id))
        return DeadlinesSection(
            available=True,
            note=note,
            rules=[rule_record(code, deadline) for code, deadline in sorted(self.used.items())],
            corrections_checked=self.checked,
            after_deadline=self.after,
            without_deadline=self.without,
            late=self.late,
            notices_required=len(notices),
            notices_overdue=sum(notice.overdue for notice in notices),
            notices=notices[:NOTICE_LIMIT],
        )


def rule_record(jurisdiction: str, deadline: Deadline) -> OptOutDeadlineRule:
    return OptOutDeadlineRule(
        jurisdiction=jurisdiction,
        days=deadline.days,
        business_days=deadline.business_days,
        citation=deadline.citation,
        third_parties_citation=deadline.third_parties_citation,
        unverified=deadline.unverified,
    )
