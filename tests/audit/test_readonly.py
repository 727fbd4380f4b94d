"""Auditors' commands cannot change a recall: no call to a mutating client method, and no way to reach one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from temporalio.client import Client, WorkflowHandle

from optout_recall.cli.audit_readonly import (
    READ_ONLY_CLIENT_METHODS,
    READ_ONLY_HANDLE_METHODS,
    ReadOnlyClient,
    ReadOnlyHandle,
)
from tests.audit.conftest import FinishedRecall

ROOT = Path(__file__).parents[2]
AUDITOR_MODULES = [
    *sorted((ROOT / "optout_recall" / "cli").glob("audit*.py")),
    *sorted((ROOT / "optout_recall" / "audit").glob("*.py")),
]
# Every Client and WorkflowHandle method that is not a read.
MUTATING = (
    {
        name
        for owner in (Client, WorkflowHandle)
        for name in dir(owner)
        if not name.startswith("_") and callable(getattr(owner, name))
    }
    - READ_ONLY_CLIENT_METHODS
    - READ_ONLY_HANDLE_METHODS
    - {
        "fetch_history_events",
        "get_async_activity_handle",
        "get_schedule_handle",
        "get_worker_build_id_compatibility",
        "get_worker_task_reachability",
        "list_schedules",
        "result",
        "connect",
    }
)


def test_the_mutating_methods_are_the_ones_we_fear() -> None:
    for name in ("signal", "execute_update", "start_update", "start_workflow", "cancel", "terminate"):
        assert name in MUTATING


@pytest.mark.parametrize("module", AUDITOR_MODULES, ids=lambda p: p.name)
def test_auditor_modules_never_call_a_mutating_method(module: Path) -> None:
    tree = ast.parse(module.read_text())
    calls = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert not calls & MUTATING, f"{module.name} calls {sorted(calls & MUTATING)}"


def test_the_cli_only_ever_holds_a_read_only_client() -> None:
    source = (ROOT / "optout_recall" / "cli" / "audit.py").read_text()
    assert "return ReadOnlyClient(client)" in source
    assert source.count("await connect(") == 1


def test_the_wrappers_expose_reads_only() -> None:
    public = lambda cls: {n for n in vars(cls) if not n.startswith("_")}  # noqa: E731
    assert public(ReadOnlyClient) == READ_ONLY_CLIENT_METHODS
    assert public(ReadOnlyHandle) == READ_ONLY_HANDLE_METHODS


async def test_a_read_only_handle_cannot_signal_update_or_cancel(finished_recall: FinishedRecall) -> None:
    client = ReadOnlyClient(finished_recall.client)
    handle = client.get_workflow_handle(f"recall-{finished_recall.world.incident_id}")
    assert (await handle.describe()).id == handle.id
    for name in ("signal", "execute_update", "start_update", "cancel", "terminate"):
        assert not hasattr(handle, name), name
    for name in ("start_workflow", "execute_workflow", "signal_with_start_workflow"):
        assert not hasattr(client, name), name
