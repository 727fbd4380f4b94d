"""The report's deadlines: each correction held to its jurisdiction's opt-out deadline, and the notices owed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from temporalio.client import WorkflowHistory

from optout_recall.audit.build import build_report
from optout_recall.audit.deadlines import DeadlineTally
from optout_recall.audit.history import report_input
from optout_recall.audit.model import AuditReport, DeadlinesSection, LedgerSection
from optout_recall.audit.rederive import _deadlines_from_bundle
from optout_recall.audit.render import render_html, render_markdown
from optout_recall.audit.sources import EventsSnapshot, read_deadlines, read_events
from optout_recall.backfill.corrections import metadata, recall_corrections, recall_outbox
from optout_recall.db import create_engine
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.rules import load_rules

# Opt-outs observed Friday 2026-11-20, 10:00 Pacific. California's 15 business days skip Thanksgiving
# (Nov 26) and end with Monday 2026-12-14: the deadline passes at midnight Pacific, 2026-12-15T08:00Z.
# New Jersey's 15 days end with Saturday 2026-12-05: midnight Eastern, 2026-12-06T05:00Z.
OBSERVED = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
CA_DUE = datetime(2026, 12, 15, 8, 0, tzinfo=UTC)
NJ_DUE = datetime(2026, 12, 6, 5, 0, tzinfo=UTC)
HISTORIES = Path(__file__).parents[1] / "histories"


def row(
    event: str, jurisdiction: str, processed: datetime, seq: int = 1, subject: str = "s1", dest: str = "ads"
):
    return (event, subject, "sale", jurisdiction, dest, processed, seq)


def test_a_correction_after_the_deadline_is_listed_and_one_before_is_not() -> None:
    tally = DeadlineTally(rules=load_rules(), observed={1: OBSERVED, 2: OBSERVED})

    tally.add(row("e1", "US-CA", datetime(2026, 12, 15, 7, 59, tzinfo=UTC)))  # Monday 23:59 Pacific: in time
    tally.add(row("e2", "US-CA", CA_DUE))  # the first instant after
    tally.add(
        row("e3", "US-NJ", datetime(2026, 12, 7, tzinfo=UTC), seq=2)
    )  # NJ counts days, not business days
    tally.add(row("e4", "US-CA", datetime(2026, 12, 20, tzinfo=UTC), seq=9))  # no ledger entry
    tally.add(row("e5", "ZZ", datetime(2026, 12, 20, tzinfo=UTC)))  # no rule
    section = tally.section([])

    assert (section.corrections_checked, section.after_deadline, section.without_deadline) == (5, 2, 2)
    assert [(c.event_id, c.due_at) for c in section.late] == [("e2", CA_DUE), ("e3", NJ_DUE)]
    assert section.late[0].opt_out_observed_at == OBSERVED
    assert [(r.jurisdiction, r.days, r.business_days) for r in section.rules] == [
        ("US-CA", 15, True),
        ("US-NJ", 15, False),
    ]
    assert "7026(f)(1)" in section.rules[0].citation and section.rules[1].unverified


def test_the_outbox_requests_california_asks_for_are_notices_with_their_deadline() -> None:
    tally = DeadlineTally(
        rules=load_rules(), observed={1: OBSERVED, 2: datetime(2026, 11, 2, 18, tzinfo=UTC)}
    )
    tally.add(row("e1", "US-CA", datetime(2026, 12, 1, tzinfo=UTC), seq=1, subject="s1", dest="ads"))
    tally.add(row("e2", "US-CA", datetime(2026, 12, 1, tzinfo=UTC), seq=2, subject="s1", dest="ads"))
    tally.add(row("e3", "US-CA", datetime(2026, 12, 1, tzinfo=UTC), seq=1, subject="s2", dest="crm"))
    tally.add(row("e4", "US-NJ", datetime(2026, 12, 1, tzinfo=UTC), seq=1, subject="s3", dest="ads"))

    section = tally.section(
        [
            ("ads", "s1", "delivered", datetime(2026, 11, 30, tzinfo=UTC)),
            ("crm", "s2", "delivered", datetime(2026, 12, 10, tzinfo=UTC)),
            ("ads", "s3", "pending", None),  # New Jersey asks for no notice
        ]
    )

    # s1 at ads answers two opt-outs: the earlier one (observed 2026-11-02) sets the deadline.
    assert [(n.destination, n.subject_id, n.due_at, n.overdue) for n in section.notices] == [
        ("ads", "s1", datetime(2026, 11, 25, 8, 0, tzinfo=UTC), True),  # Nov 11 is Veterans Day
        ("crm", "s2", CA_DUE, False),
    ]
    assert (section.notices_required, section.notices_overdue) == (2, 1)
    assert "7026(f)(2)" in section.notices[0].citation


async def seed(tmp_path: Path) -> tuple[str, str]:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger_engine = create_engine(ledger_url)
    ledger = Ledger(ledger_engine)
    await ledger.create_schema()
    await ledger.append(
        [
            LedgerEntryInput(
                subject_id="s1",
                purpose="sale",
                choice="opt_out",
                source="web",
                jurisdiction="US-CA",
                observed_at=OBSERVED,
            )
        ]
    )
    await ledger_engine.dispose()
    engine = create_engine(events_url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        now = datetime(2026, 12, 20, tzinfo=UTC)
        for event, processed in (
            ("e1", datetime(2026, 12, 1, tzinfo=UTC)),
            ("e2", datetime(2026, 12, 16, tzinfo=UTC)),
        ):
            await conn.execute(
                recall_corrections.insert().values(
                    incident_id="INC-D", event_id=event, subject_id="s1", purpose="sale", jurisdiction="US-CA",
                    destination="ads", processed_at=processed, ledger_seq=1, created_at=now,
                )
            )  # fmt: skip
        await conn.execute(
            recall_outbox.insert().values(
                incident_id="INC-D",
                destination="ads",
                subject_id="s1",
                status="pending",
                attempts=0,
                created_at=now,
            )
        )
    await engine.dispose()
    return events_url, ledger_url


async def test_the_report_reads_corrections_outbox_and_ledger(tmp_path: Path) -> None:
    events_url, ledger_url = await seed(tmp_path)

    section = await read_deadlines(events_url, ledger_url, "INC-D")
    snapshot = await read_events(events_url, "INC-D", ledger_url=ledger_url)
    without_ledger = await read_events(events_url, "INC-D")

    assert section.available and section.note == ""
    assert (section.corrections_checked, section.after_deadline) == (2, 1)
    assert [c.event_id for c in section.late] == ["e2"]
    assert [(n.destination, n.status, n.overdue) for n in section.notices] == [("ads", "pending", True)]
    assert snapshot.deadlines == section
    assert not without_ledger.deadlines.available and "observed_at" in without_ledger.deadlines.note


async def test_a_ledger_that_is_not_there_is_a_note_not_a_crash(tmp_path: Path) -> None:
    events_url, _ = await seed(tmp_path)

    section = await read_deadlines(events_url, f"sqlite:///{tmp_path / 'typo.db'}", "INC-D")

    assert not section.available and section.note
    assert not (tmp_path / "typo.db").exists()


def late_section() -> DeadlinesSection:
    tally = DeadlineTally(rules=load_rules(), observed={1: OBSERVED})
    tally.add(row("e2", "US-CA", datetime(2026, 12, 16, tzinfo=UTC)))
    return tally.section([("ads", "s1", "pending", None)])


def test_verify_recomputes_each_listed_late_correction() -> None:
    reported = late_section()
    rows = [
        {"event_id": "e2", "subject_id": "s1", "purpose": "sale", "jurisdiction": "US-CA", "destination": "ads",
         "processed_at": "2026-12-16T00:00:00Z", "ledger_seq": 1, "created_at": "2026-12-20T00:00:00Z"},
    ]  # fmt: skip

    assert _deadlines_from_bundle(rows, reported, []) == reported
    # A deadline moved later in report.json, or a late event dropped from the correction list, is caught.
    moved = reported.model_copy(
        update={"late": [reported.late[0].model_copy(update={"due_at": datetime(2026, 12, 30, tzinfo=UTC)})]}
    )
    assert _deadlines_from_bundle(rows, moved, []).late[0].due_at == CA_DUE
    assert _deadlines_from_bundle([], reported, []).late == []


def test_the_renderings_list_the_late_corrections_and_the_notices() -> None:
    [path] = HISTORIES.glob("recall-HIST-HAPPY__*.json")
    recorded = report_input(WorkflowHistory.from_json(path.stem.split("__")[0], path.read_text()))
    assert recorded is not None
    report = build_report(
        recorded,
        events=EventsSnapshot(available=False, note="not read", deadlines=late_section()),
        ledger=LedgerSection(available=False),
        generated_at=datetime(2026, 12, 1, tzinfo=UTC),
        generated_by="test",
    )

    markdown = render_markdown(report)
    page = render_html(report)
    deadlines = markdown[markdown.index("## Deadlines") : markdown.index("## Consent ledger")]

    assert "- Events after the deadline: **1**" in deadlines
    assert "| US-CA | 15 business days | 11 CCR § 7026(f)(1)" in deadlines
    assert (
        "| `e2` | `s1` | sale | US-CA | ads | 2026-11-20 18:00:00 UTC | 2026-12-15 08:00:00 UTC "
        "| 2026-12-16 00:00:00 UTC | 1 |"
    ) in deadlines
    assert "| ads | `s1` | US-CA | 2026-12-15 08:00:00 UTC | pending **OVERDUE** |" in deadlines
    assert '<section id="deadlines">' in page and "pending, overdue" in page
    assert AuditReport.model_validate_json(report.model_dump_json()).deadlines == late_section()
