"""The demo world: a frozen-able git remote, a defective preference service, event and consent data, a spec.

Everything is real and local: a bare repository driven by the `git` binary, the demo service in its own
process on loopback, SQLite databases. The deploy hook (`python -m optout_recall.demo.world deploy`) does
what a team's would: push the approved hotfix commit through the freeze, then roll the service to the fixed
build; `rollback` rolls it back.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from sqlalchemy import Column, MetaData, String, Table

from optout_recall.db import UTCDateTime, create_engine
from optout_recall.demo import control
from optout_recall.freeze.git import clone_commit, create_bare_repo_with_main
from optout_recall.gates.keys import new_key_pair
from optout_recall.ledger import Ledger, LedgerEntryInput, generate_signing_key
from optout_recall.payloads import Choice, ConsentSource

WINDOW_START = datetime(2026, 9, 1, tzinfo=UTC)
WINDOW_END = datetime(2026, 11, 1, tzinfo=UTC)
JURISDICTIONS = ["US-CA", "US-CO", "US-CT", "US-TX", "US-VA", "US-OR"]
PURPOSES = ["sale", "sharing", "targeted_advertising"]
DESTINATIONS = ["adnet.example", "analytics.example", "data-broker.example"]
DEFAULT_DEFECTS = ["gpc_ignored"]

events_metadata = MetaData()
processing_events = Table(
    "processing_events",
    events_metadata,
    Column("event_id", String(64), primary_key=True),
    Column("subject_id", String(128), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("jurisdiction", String(16), nullable=False),
    Column("processed_at", UTCDateTime(), nullable=False),
    Column("destination", String(128), nullable=False),
)


@dataclass(frozen=True)
class DemoWorld:
    root: Path
    spec_path: Path
    incident_id: str
    service_dir: Path
    service_url: str
    repo_path: Path
    hotfix_ref: str
    events_url: str
    ledger_url: str

    def key_file(self, person: str) -> Path:
        return self.root / "keys" / f"{person}.key"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def build_world(root: Path, incident_id: str, subjects: int = 400, seed: int = 7) -> DemoWorld:
    """Create every part of the world under `root` and start the defective service."""
    root.mkdir(parents=True, exist_ok=True)
    repo = root / "repos" / "preference-service.git"
    create_bare_repo_with_main(repo)
    _clone, hotfix_ref = clone_commit(
        repo, "Honour Sec-GPC: 1 as an opt-out of sale and sharing", root / "work"
    )
    events_url = f"sqlite:///{root / 'events.db'}"
    ledger_url = f"sqlite:///{root / 'ledger.db'}"
    await seed_data(events_url, ledger_url, subjects, seed, signing_key_path=root / "ledger-signing-key.pem")
    service_dir = root / "service"
    port = free_port()
    control.start(service_dir, port, "defective", set(DEFAULT_DEFECTS))
    service_url = f"http://127.0.0.1:{port}"
    hook = [sys.executable, "-m", "optout_recall.demo.world"]
    keys = {name: new_key_pair(root / "keys" / f"{name}.key") for name in ("alice", "bob", "dana", "carol")}
    spec = {
        "incident": {"id": incident_id, "title": "Sec-GPC ignored by the preference service"},
        "window": {"start": WINDOW_START.isoformat(), "end": WINDOW_END.isoformat()},
        "jurisdictions": JURISDICTIONS,
        "gpc_policy": "where_required",
        "repos": [
            {"name": "preference-service", "provider": "git", "location": str(repo), "branches": ["main"]}
        ],
        "channels": [{"name": "preference-api", "kind": "http", "url": service_url}],
        "scenarios": [],
        "databases": {"events": events_url, "ledger": ledger_url},
        "people": [
            {
                "name": "alice",
                "roles": ["commander"],
                "contact": "alice@example.com",
                "public_key": keys["alice"],
            },
            {"name": "bob", "roles": ["on-call"], "contact": "bob@example.com", "public_key": keys["bob"]},
            {"name": "dana", "roles": ["on-call"], "contact": "dana@example.com", "public_key": keys["dana"]},
            {"name": "carol", "roles": ["auditor"], "public_key": keys["carol"]},
        ],
        "commander": "alice",
        "approvals": {"timeout": "15m", "escalation_interval": "10m", "deadline": "2h"},
        "escalation": {"contacts": ["#privacy-incidents", "dpo@example.com"]},
        "hotfix": {
            "ref": hotfix_ref,
            "author": "dana",
            "deploy": {
                "kind": "command",
                "command": [*hook, "deploy", "--world", str(root)],
                "timeout_seconds": 60,
            },
            "rollback": {
                "kind": "command",
                "command": [*hook, "rollback", "--world", str(root)],
                "timeout_seconds": 60,
            },
        },
        "artifacts_dir": str(root / "artifacts"),
    }
    spec_path = root / "incident.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return DemoWorld(
        root, spec_path, incident_id, service_dir, service_url, repo, hotfix_ref, events_url, ledger_url
    )


def tear_down(world: DemoWorld) -> None:
    control.stop(world.service_dir)


async def seed_data(
    events_url: str, ledger_url: str, subjects: int, seed: int, signing_key_path: Path | None = None
) -> None:
    """Consent history and processing events with every edge the backfill must get right."""
    rng = random.Random(seed)
    ledger_engine = create_engine(ledger_url)
    events_engine = create_engine(events_url)
    try:
        key = generate_signing_key(signing_key_path) if signing_key_path else None
        ledger = Ledger(ledger_engine, signing_key=key)
        await ledger.create_schema()
        entries: list[LedgerEntryInput] = []
        events: list[dict[str, object]] = []
        for n in range(subjects):
            subject = f"user-{n:05d}"
            jurisdiction = rng.choice(JURISDICTIONS)
            purpose = rng.choice(PURPOSES)
            kind = n % 5
            opt_out_at = WINDOW_START + timedelta(days=rng.randint(-30, 40), minutes=rng.randint(0, 1440))
            if kind in (0, 1):  # a GPC opt-out the service ignored
                entries.append(
                    _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.GPC, jurisdiction, opt_out_at, n)
                )
            elif kind == 2:  # a site opt-out, later opted back in
                entries.append(
                    _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.WEB, jurisdiction, opt_out_at, n)
                )
                back_in = opt_out_at + timedelta(days=rng.randint(1, 20))
                entries.append(
                    _entry(subject, purpose, Choice.OPT_IN, ConsentSource.WEB, jurisdiction, back_in, n, 1)
                )
            elif kind == 3:  # opted in only
                entries.append(
                    _entry(subject, purpose, Choice.OPT_IN, ConsentSource.API, jurisdiction, opt_out_at, n)
                )
            for e in range(rng.randint(1, 6)):
                processed = WINDOW_START + timedelta(days=rng.uniform(-5, 66))
                events.append(
                    {
                        "event_id": f"evt-{n:05d}-{e}",
                        "subject_id": subject,
                        "purpose": purpose,
                        "jurisdiction": jurisdiction,
                        "processed_at": processed,
                        "destination": rng.choice(DESTINATIONS),
                    }
                )
        await ledger.append(entries)
        if key is not None:
            await ledger.checkpoint()  # the signed head an auditor checks the ledger against
        async with events_engine.begin() as conn:
            await conn.run_sync(events_metadata.create_all)
            await conn.execute(processing_events.insert(), events)
    finally:
        await ledger_engine.dispose()
        await events_engine.dispose()


def _entry(
    subject: str,
    purpose: str,
    choice: Choice,
    source: ConsentSource,
    jurisdiction: str,
    at: datetime,
    n: int,
    k: int = 0,
) -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=subject,
        purpose=purpose,
        choice=choice,
        source=source,
        jurisdiction=jurisdiction,
        observed_at=at,
        idempotency_key=f"demo-{n}-{k}",
    )


# ------------------------------------------------------------------------------------- deploy hooks


def _deploy(world: Path) -> int:
    """Push the approved hotfix through the freeze, then roll the service to the fixed build."""
    ref = os.environ.get("RECALL_HOTFIX_REF", "")
    clone = world / "work"
    push = subprocess.run(
        ["git", "-C", str(clone), "push", "origin", f"{ref}:refs/heads/main"],
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stdout.write(push.stdout + push.stderr)
    if push.returncode != 0:
        print(f"deploy: push of {ref[:12]} refused by the git host", file=sys.stderr)
        return 1
    record = control.deploy(world / "service", "fixed")
    print(f"deploy: {ref[:12]} pushed; service now build={record['build']} on port {record['port']}")
    return 0


def _rollback(world: Path) -> int:
    record = control.rollback(world / "service")
    print(f"rollback: service back to build={record['build']} defects={','.join(record['defects'])}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m optout_recall.demo.world")
    parser.add_argument("action", choices=["deploy", "rollback"])
    parser.add_argument("--world", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        return _deploy(args.world) if args.action == "deploy" else _rollback(args.world)
    except control.ControlError as exc:
        print(f"{args.action}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
