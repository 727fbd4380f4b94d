"""A Temporal client that can only look: what auditors' commands are given instead of the real client.

`recall report`, `recall audit ...`, `recall history` and `recall list` talk to Temporal only through these
wrappers, which expose describe, query, fetch_history and list and nothing else, so no code path in them can
signal, update, start, cancel, terminate or reset a recall, whatever a later change to them tries.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from temporalio.client import (
    Client,
    WorkflowExecution,
    WorkflowExecutionDescription,
    WorkflowHandle,
    WorkflowHistory,
)

# The only client and handle methods an auditor's command may use (tests hold the wrappers to this list).
READ_ONLY_CLIENT_METHODS = frozenset({"get_workflow_handle", "list_workflows", "count_workflows"})
READ_ONLY_HANDLE_METHODS = frozenset({"describe", "query", "fetch_history"})


class ReadOnlyHandle:
    def __init__(self, handle: WorkflowHandle[Any, Any]) -> None:
        self._handle = handle
        self.id = handle.id
        self.run_id = handle.run_id

    async def describe(self) -> WorkflowExecutionDescription:
        return await self._handle.describe()

    async def query(self, query: str, *, result_type: type[Any], **kwargs: Any) -> Any:
        return await self._handle.query(query, result_type=result_type, **kwargs)

    async def fetch_history(self) -> WorkflowHistory:
        return await self._handle.fetch_history()


class ReadOnlyClient:
    def __init__(self, client: Client) -> None:
        self._client = client
        self.namespace = client.namespace
        self.data_converter = client.data_converter

    def get_workflow_handle(self, workflow_id: str, *, run_id: str | None = None) -> ReadOnlyHandle:
        return ReadOnlyHandle(self._client.get_workflow_handle(workflow_id, run_id=run_id))

    def list_workflows(self, query: str, *, limit: int | None = None) -> AsyncIterator[WorkflowExecution]:
        return self._client.list_workflows(query, limit=limit)

    async def count_workflows(self, query: str) -> int:
        return (await self._client.count_workflows(query)).count
