"""Identity links (issue 18, CCPA regulations § 7025(c)(1)) against the oracle, on SQLite and PostgreSQL.

An event of identifier s at time t is judged against the consent of s and of every identifier sharing a
person_key with s where both links have linked_at <= t. Each test runs plan, partitions and finish as the
workflow does (`run_backfill`), and holds corrections and the through-link count to `tests/backfill/oracle`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from optout_recall.backfill.corrections import recall_corrections
from optout_recall.backfill.links import staging_file as links_file
from optout_recall.backfill.preflight import preflight
from optout_recall.db import EngineCache, create_engine
from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger import LedgerEntryInput
from optout_recall.payloads import Choice, ConsentSource, GpcPolicy, LinksTableConfig
from tests.backfill.layouts import layout_params
from tests.backfill.oracle import (
    WINDOW_START,
    backfill_input,
    corrections,
    generate,
    generate_links,
    load,
    load_links,
    oracle,
    through_links,
)
from tests.backfill.test_partitions import run_backfill, tables

LINKS = LinksTableConfig()


async def through_link_rows(events_url: str, incident: str) -> set[str]:
    engine = create_engine(events_url)
    try:
        async with engine.connect() as conn:
            c = recall_corrections.c
            rows = await conn.scalars(
                select(c.event_id).where(c.incident_id == incident, c.through_link.is_(True))
            )
            return set(rows)
    finally:
        await engine.dispose()


@pytest.mark.parametrize("layout_urls", layout_params(), indirect=True)
@pytest.mark.parametrize("policy", [GpcPolicy.WHERE_REQUIRED, GpcPolicy.EVERYWHERE])
async def test_links_match_the_oracle_in_every_layout(
    layout_urls: tuple[str, str], policy: GpcPolicy
) -> None:
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=23, subjects=200)
    links = generate_links(seed=23, subjects=200)
    await load(events_url, ledger_url, entries, events)
    await load_links(events_url, links)
    expected = oracle(entries, events, policy, links)
    linked = through_links(entries, events, policy, links)
    assert expected != oracle(entries, events, policy) and len(linked) >= 5  # the links change the answer
    before = await tables(events_url)
    extra = {"partition_events": 60, "set_based_chunk_size": 11, "links": LINKS}
    engines = EngineCache()
    try:
        dry, _ = await run_backfill(
            engines, backfill_input(events_url, ledger_url, policy, dry_run=True, **extra)
        )
        assert (dry.violations, dry.through_links) == (len(expected), len(linked))
        assert await tables(events_url) == before  # the pairs' staging is gone too

        backfill = backfill_input(events_url, ledger_url, policy, **extra)
        applied, finish = await run_backfill(engines, backfill, concurrency=3)
        assert (applied.violations, applied.through_links) == (len(expected), len(linked))
        assert await corrections(events_url, backfill.incident_id) == expected
        assert await through_link_rows(events_url, backfill.incident_id) == linked

        again, _ = await run_backfill(engines, backfill)  # a rerun finds the same and writes nothing
        assert (again.violations, again.through_links, again.corrections_written) == (
            len(expected),
            len(linked),
            0,
        )
        assert await tables(events_url) - before == {"recall_corrections", "recall_outbox"}
        assert finish.scan is not None and not links_file(finish.scan.staging).exists()
    finally:
        await engines.dispose()


def opt_out(subject: str, at: object, purpose: str = "sale") -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=subject,
        purpose=purpose,
        choice=Choice.OPT_OUT,
        source=ConsentSource.WEB,
        jurisdiction="US-CA",
        observed_at=at,  # type: ignore[arg-type]
    )


def event(event_id: str, subject: str, at: object) -> dict:
    return {
        "event_id": event_id,
        "subject_id": subject,
        "purpose": "sale",
        "jurisdiction": "US-CA",
        "processed_at": at,
        "destination": "adnet",
    }


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql-apart"), indirect=True)
async def test_a_link_made_after_the_event_does_not_apply(layout_urls: tuple[str, str]) -> None:
    """The device opted out; its account's events count as ignoring that only once both links exist."""
    events_url, ledger_url = layout_urls
    t = WINDOW_START + timedelta(days=10)
    entries = [
        opt_out("device-1", t - timedelta(days=5)),
        opt_out("device-2", t - timedelta(days=5)),
        # A later opt-in of the account itself overrides the device's earlier opt-out, links or not.
        opt_out("device-3", t - timedelta(days=5)),
        LedgerEntryInput(
            subject_id="account-3",
            purpose="sale",
            choice=Choice.OPT_IN,
            source=ConsentSource.WEB,
            jurisdiction="US-CA",
            observed_at=t - timedelta(days=1),
        ),
    ]
    events = [
        event("late-link", "account-1", t),  # linked an hour after the event
        event("early-link", "account-2", t),  # linked an hour before it
        event("opted-in-since", "account-3", t),
    ]
    links = [
        ("device-1", "p1", t - timedelta(days=30)),
        ("account-1", "p1", t + timedelta(hours=1)),
        ("device-2", "p2", t - timedelta(days=30)),
        ("account-2", "p2", t - timedelta(hours=1)),
        ("device-3", "p3", t - timedelta(days=30)),
        ("account-3", "p3", t - timedelta(days=30)),
    ]
    await load(events_url, ledger_url, entries, events)
    await load_links(events_url, links)
    policy = GpcPolicy.WHERE_REQUIRED
    assert oracle(entries, events, policy, links) == {("early-link", 2)}
    engines = EngineCache()
    try:
        backfill = backfill_input(events_url, ledger_url, policy, links=LINKS)
        counts, _ = await run_backfill(engines, backfill)
        assert await corrections(events_url, backfill.incident_id) == {("early-link", 2)}
        assert counts.through_links == 1
    finally:
        await engines.dispose()


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql"), indirect=True)
async def test_without_the_links_table_the_result_is_the_old_one(layout_urls: tuple[str, str]) -> None:
    """Links present in the database but not configured change nothing; nor do self and duplicate links."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=29, subjects=120)
    links = generate_links(seed=29, subjects=120)
    await load(events_url, ledger_url, entries, events)
    await load_links(events_url, links)
    policy = GpcPolicy.EVERYWHERE
    engines = EngineCache()
    try:
        plain = backfill_input(events_url, ledger_url, policy)
        counts, _ = await run_backfill(engines, plain)
        assert await corrections(events_url, plain.incident_id) == oracle(entries, events, policy)
        assert counts.through_links == 0 and await through_link_rows(events_url, plain.incident_id) == set()

        # Every link again, a self link for each identifier, under a table of another name.
        doubled = [*links, *links, *((i, f"self-{i}", at) for i, _, at in links)]
        await load_links(events_url, doubled, name="links_twice")
        twice = backfill_input(events_url, ledger_url, policy, links=LinksTableConfig(table="links_twice"))
        counts, _ = await run_backfill(engines, twice)
        assert await corrections(events_url, twice.incident_id) == oracle(entries, events, policy, links)
        assert counts.through_links == len(through_links(entries, events, policy, links))
    finally:
        await engines.dispose()


async def test_a_bad_links_table_is_refused_before_writing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    entries, events = generate(seed=2, subjects=4)
    await load(url, url, entries, events)
    await load_links(url, [("s0000", "p", WINDOW_START), ("s0001", None, WINDOW_START)], name="holey")  # type: ignore[list-item]
    await load_links(url, [("s0000", "p", WINDOW_START)])
    good = backfill_input(url, url, GpcPolicy.EVERYWHERE, links=LINKS)
    cases = {
        "no links table 'nope' in the events database": LinksTableConfig(table="nope"),
        "links table 'identity_links' has no column(s) joined_at": LinksTableConfig(linked_at="joined_at"),
        "links.person_key 'k; DROP TABLE x' is not a valid SQL identifier": LinksTableConfig(
            person_key="k; DROP TABLE x"
        ),
        "links table 'holey' has 1 row(s) without identifier, person_key or linked_at": LinksTableConfig(
            table="holey"
        ),
    }
    engines = EngineCache()
    try:
        for message, links in cases.items():
            with pytest.raises(RecallError, match=f"^{re.escape(message)}") as refused:
                await preflight(good.model_copy(update={"links": links}), engines)
            assert refused.value.type == ErrorType.BAD_BACKFILL_INPUT and "\n" not in str(refused.value)
        async with engines.get(url).connect() as conn:
            assert "recall_corrections" not in await conn.run_sync(lambda c: inspect(c).get_table_names())
        await preflight(good, engines)
    finally:
        await engines.dispose()
