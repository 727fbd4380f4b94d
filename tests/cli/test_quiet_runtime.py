"""The embedded runtime never writes its dev server's banner to the terminal, `--json` runs included."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from optout_recall.payloads import GpcPolicy
from tests.backfill.oracle import generate, load, oracle
from tests.cli.processes import recall

BANNER = ("Temporal CLI", "Temporal Server:", "Temporal UI:", "Temporal Persistence:")


def test_a_json_backfill_on_the_embedded_runtime_prints_only_its_json(tmp_path: Path) -> None:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=5, subjects=30)
    asyncio.run(load(events_url, ledger_url, entries, events))
    result = recall(
        "backfill", "--events-url", events_url, "--ledger-url", ledger_url, "--incident", "INC-QUIET",
        "--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-08-01T00:00:00Z", "--dry-run", "--json",
        env={"RECALL_STATE_DIR": str(tmp_path / "state")}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # nothing but the JSON on stdout
    assert report["dry_run"] and report["counts"]["violations"] == len(
        oracle(entries, events, GpcPolicy.WHERE_REQUIRED)
    )
    assert not any(line in result.stdout + result.stderr for line in BANNER), result.stderr
