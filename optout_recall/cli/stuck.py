"""Why a recall answers no query: its workflow task keeps failing, and the history says with what."""

from __future__ import annotations

from typing import Any

from temporalio.api.enums.v1 import WorkflowTaskFailedCause
from temporalio.client import WorkflowHandle


async def failing_workflow_task(handle: WorkflowHandle[Any, Any]) -> str | None:
    """One line naming the failing workflow task's attempt, cause and message, and what to do; None when the
    workflow task is not failing."""
    description = await handle.describe()
    pending = description.raw_description.pending_workflow_task
    if pending.attempt < 2:
        return None
    failed = None
    async for event in handle.fetch_history_events():
        if event.HasField("workflow_task_failed_event_attributes"):
            failed = event.workflow_task_failed_event_attributes
    if failed is None:
        return f"recall {handle.id} is stuck: its workflow task has failed {pending.attempt - 1} times; see the worker's log"
    cause_name = WorkflowTaskFailedCause.Name(failed.cause).removeprefix("WORKFLOW_TASK_FAILED_CAUSE_")
    message = " ".join(failed.failure.message.split())[:300] or "no message"
    if failed.cause == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_BAD_SEARCH_ATTRIBUTES:
        todo = "restart `recall worker`: it registers the search attributes, or says what to run where it may not"
    else:
        todo = "fix what the worker's log shows; the task is retried by itself"
    return (
        f"recall {handle.id} is stuck: its workflow task fails (attempt {pending.attempt}, "
        f"{cause_name.lower().replace('_', ' ')}): {message}; {todo}"
    )
