"""Every committed history replays against the current workflow code; a non-deterministic change fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from workers.main import WORKFLOW_RUNNER, WORKFLOWS

HISTORIES = sorted((Path(__file__).parents[1] / "histories").glob("*.json"))


def test_histories_cover_the_paths_that_matter() -> None:
    names = [path.name for path in HISTORIES]
    assert any(n.startswith("recall-HIST-HAPPY__") for n in names)
    assert any(n.startswith("recall-HIST-CANCEL__") for n in names)
    assert sum(n.startswith("recall-HIST-BACKFILL_") for n in names) >= 2  # continued as new


@pytest.mark.parametrize("path", HISTORIES, ids=[p.stem for p in HISTORIES])
async def test_history_replays(path: Path) -> None:
    workflow_id = path.stem.split("__")[0].replace("_backfill-", "/backfill-")
    history = WorkflowHistory.from_json(workflow_id, path.read_text())
    replayer = Replayer(
        workflows=WORKFLOWS, data_converter=pydantic_data_converter, workflow_runner=WORKFLOW_RUNNER
    )
    result = await replayer.replay_workflow(history, raise_on_replay_failure=True)
    assert result.replay_failure is None
