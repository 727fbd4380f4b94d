"""The small real world every recall workflow test runs in: a bare git repository, seeded databases, keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_recall.demo.world import seed_data
from tests.workflows.test_recall import World


@pytest.fixture
async def world(tmp_path: Path) -> World:
    w = World(tmp_path)
    await seed_data(w.events_url, w.ledger_url, subjects=60, seed=3)
    return w
