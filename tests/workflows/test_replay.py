"""Every committed history replays against the current workflow code; a non-deterministic change fails here.

The control case replays a committed history against a deliberately changed `BackfillWorkflow` (the same
workflow name, a different first command), as sdk-python's `tests/worker/test_replayer.py` does, so this
test is known to be able to fail.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from temporalio import workflow

# The sandbox re-imports this module to validate the variant below; everything but `workflow` passes through.
with workflow.unsafe.imports_passed_through():
    import pytest
    from temporalio.client import WorkflowHistory
    from temporalio.contrib.pydantic import pydantic_data_converter
    from temporalio.worker import Replayer

    from activities.backfill import BackfillActivities
    from optout_recall import names
    from optout_recall.payloads import BackfillResult, BackfillState
    from workers.main import WORKFLOW_RUNNER, WORKFLOWS
    from workflows.backfill import BackfillWorkflow

HISTORIES = sorted((Path(__file__).parents[1] / "histories").glob("*.json"))


def load_history(path: Path) -> WorkflowHistory:
    workflow_id = path.stem.split("__")[0].replace("_backfill-", "/backfill-")
    return WorkflowHistory.from_json(workflow_id, path.read_text())


def replayer(*workflows: type) -> Replayer:
    return Replayer(
        workflows=list(workflows), data_converter=pydantic_data_converter, workflow_runner=WORKFLOW_RUNNER
    )


@workflow.defn(name=names.BACKFILL_WORKFLOW)
class TallyFirstBackfillWorkflow(BackfillWorkflow):
    """An unpatched edit: tallies the tables before planning or scanning, a command no history expects there."""

    @workflow.run
    async def run(self, state: BackfillState) -> BackfillResult:
        return await super().run(state)

    async def _run_partitioned(self) -> None:
        await workflow.execute_activity_method(
            BackfillActivities.tally_backfill, self._state.input, start_to_close_timeout=timedelta(minutes=1)
        )
        await super()._run_partitioned()


def test_histories_cover_the_paths_that_matter() -> None:
    names = [path.name for path in HISTORIES]
    assert any(n.startswith("recall-HIST-HAPPY__") for n in names)
    assert any(n.startswith("recall-HIST-CANCEL__") for n in names)
    assert sum(n.startswith("recall-HIST-BACKFILL_") for n in names) >= 2  # continued as new


@pytest.mark.parametrize("path", HISTORIES, ids=[p.stem for p in HISTORIES])
async def test_history_replays(path: Path) -> None:
    result = await replayer(*WORKFLOWS).replay_workflow(load_history(path), raise_on_replay_failure=False)
    assert result.replay_failure is None


@pytest.mark.parametrize(
    "path",
    [p for p in HISTORIES if "_backfill-" in p.name],
    ids=[p.stem for p in HISTORIES if "_backfill-" in p.name],
)
async def test_a_non_deterministic_change_fails_replay(path: Path) -> None:
    result = await replayer(TallyFirstBackfillWorkflow).replay_workflow(
        load_history(path), raise_on_replay_failure=False
    )
    assert isinstance(result.replay_failure, workflow.NondeterminismError)
    assert "does not match activity type of activity command 'tally_backfill'" in str(result.replay_failure)
