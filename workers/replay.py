"""Replaying recorded histories against the current workflow code, with the worker's own workflows and sandbox.

`recall audit verify` passes `replay_histories` to the bundle check, so the audit package never needs to know
which workflows the worker hosts or how it runs them.
"""

from __future__ import annotations

from collections.abc import Sequence

from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from workers.main import WORKFLOW_RUNNER, WORKFLOWS


async def replay_histories(histories: Sequence[WorkflowHistory]) -> list[Exception | None]:
    """Each history's replay failure (non-determinism, a failed workflow task), or None where it replays."""
    replayer = Replayer(
        workflows=WORKFLOWS, data_converter=pydantic_data_converter, workflow_runner=WORKFLOW_RUNNER
    )
    failures: list[Exception | None] = []
    for history in histories:
        result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
        failures.append(result.replay_failure)
    return failures
