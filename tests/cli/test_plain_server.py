"""A recall on a plain `temporal server start-dev` that nobody prepared, driven through the real CLI: the worker
and `recall start` register the search attributes; a server that refuses gets the exact command instead; a
recall whose workflow task fails is one line from `recall status`."""

from __future__ import annotations

import asyncio
import json
import shlex
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.demo.world import DemoWorld, build_world, tear_down
from optout_recall.runtime import SearchAttributesMissing, register_search_attributes
from optout_recall.spec import load_spec, to_recall_input
from tests.cli.processes import (
    one_line_error,
    plain_dev_server,
    recall,
    registered_attributes,
    start_recall,
    temporal,
    wait_for_text,
)
from workers.connect import ConnectionSettings, connect
from workers.main import running_worker

RECALL_ATTRIBUTES = {key.name for key in names.SEARCH_ATTRIBUTES}
FILLERS = [f"Filler{n}" for n in range(10)]  # SQL visibility holds ten Keyword attributes per namespace
ATTRIBUTE_FLAGS = [
    arg for key in names.SEARCH_ATTRIBUTES for arg in ("--search-attribute", f"{key.name}=Keyword")
]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DemoWorld]:
    built = asyncio.run(build_world(tmp_path / "world", f"PLAIN-{uuid.uuid4().hex[:6]}", subjects=60))
    try:
        yield built
    finally:
        tear_down(built)


def _status(incident: str, address: str) -> dict:
    result = recall("status", incident, "--json", "--address", address)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def _wait_for(incident: str, address: str, step: str | None, timeout: float = 120) -> dict:
    """Until the recall waits on `step` (with its hotfix ref for the hotfix gate), or ends when step is None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = _status(incident, address)
        pending = state["pending"]
        if step is None and state["outcome"] != "running":
            return state
        if (
            step is not None
            and pending
            and pending["step"] == step
            and (step != "hotfix" or pending["hotfix_ref"])
        ):
            return state
        if step is not None and state["outcome"] != "running":
            raise AssertionError(f"recall ended early: {state['failure']}")
        time.sleep(0.5)
    raise AssertionError(f"the recall never reached {step or 'its end'}")


@pytest.mark.timeout(300)
def test_a_whole_recall_on_a_plain_dev_server_through_the_cli(world: DemoWorld, tmp_path: Path) -> None:
    env = {"RECALL_STATE_DIR": str(tmp_path / "state")}
    log = tmp_path / "worker.log"
    with plain_dev_server() as address, log.open("w") as output:
        assert registered_attributes(address).keys() & RECALL_ATTRIBUTES == set()
        worker = start_recall("worker", "--address", address, env=env, output=output)
        try:
            wait_for_text(log, "worker started", worker, timeout=60)
            assert registered_attributes(address).keys() >= RECALL_ATTRIBUTES

            started = recall("start", str(world.spec_path), "--address", address, env=env)
            assert started.returncode == 0, started.stderr
            again = recall("start", str(world.spec_path), "--address", address, env=env)
            assert f"a recall {world.incident_id} is already running" in one_line_error(again)

            _wait_for(world.incident_id, address, "hotfix")
            key = str(world.key_file("bob"))
            for step, reason in (("hotfix", "diff reviewed"), ("backfill-apply", "counts match")):
                if step != "hotfix":
                    _wait_for(world.incident_id, address, step)
                approved = recall(
                    *("approve", world.incident_id, "--step", step, "--as", "bob", "--key", key),
                    *("--reason", reason, "--address", address),
                )
                assert approved.returncode == 0, approved.stderr
            final = _wait_for(world.incident_id, address, None)
        finally:
            if worker.poll() is None:
                worker.send_signal(signal.SIGHUP)
            code = worker.wait(timeout=60)
    assert final["outcome"] == "completed", final["failure"]
    assert final["counters"]["corrections_written"] == final["counters"]["violations"] > 0
    assert code == 0  # SIGHUP (a closed terminal) stops the worker gracefully
    assert "worker stopped" in log.read_text()


def test_start_on_a_server_that_never_saw_a_worker_registers_the_attributes(world: DemoWorld) -> None:
    with plain_dev_server() as address:
        started = recall("start", str(world.spec_path), "--address", address)
        assert started.returncode == 0, started.stderr
        assert registered_attributes(address).keys() >= RECALL_ATTRIBUTES


def test_a_server_that_refuses_gets_the_exact_command_and_the_cloud_way(world: DemoWorld) -> None:
    fillers = [arg for name in FILLERS for arg in ("--search-attribute", f"{name}=Keyword")]
    with plain_dev_server(*fillers) as address:
        expected = (
            f"temporal operator search-attribute create --address {address} --namespace default "
            "--name RecallIncidentId --type Keyword --name RecallPhase --type Keyword "
            "--name RecallCommander --type Keyword"
        )
        for command in (("worker",), ("start", str(world.spec_path))):
            line = one_line_error(recall(*command, "--address", address))
            assert "lacks the search attributes a recall sets" in line
            assert "cannot have more than 10 search attribute of type Keyword" in line  # the server's reason
            assert f"`{expected}`" in line
            assert "Temporal Cloud" in line and "Cloud UI" in line and "Cloud Ops API" in line
            assert (
                "tcld namespace search-attributes add --namespace default --search-attribute RecallIncidentId=Keyword"
                in line
            )

        # The operator makes room and runs exactly what was printed; then the worker starts.
        removed = temporal(
            "operator", "search-attribute", "remove", "--address", address, "--yes",
            *(arg for name in FILLERS[:3] for arg in ("--name", name)),
        )  # fmt: skip
        assert removed.returncode == 0, removed.stderr
        created = temporal(*shlex.split(expected)[1:])
        assert created.returncode == 0, created.stderr
        assert registered_attributes(address).keys() >= RECALL_ATTRIBUTES
        started = recall("start", str(world.spec_path), "--address", address)
        assert started.returncode == 0, started.stderr


def test_an_attribute_of_the_wrong_type_is_named_with_its_fix(world: DemoWorld) -> None:
    with plain_dev_server("--search-attribute", "RecallPhase=Text") as address:
        line = one_line_error(recall("worker", "--address", address))
    assert "has the search attribute RecallPhase as Text, but a recall sets it as Keyword" in line
    assert f"temporal operator search-attribute remove --address {address} --namespace default" in line


async def test_status_of_a_recall_whose_workflow_task_fails_is_one_line_with_the_cause(
    world: DemoWorld,
) -> None:
    """A worker that never registered the attributes (as before this fix) leaves the recall failing its task."""
    with plain_dev_server() as address:
        client = await connect(ConnectionSettings(address=address))
        spec, digest = load_spec(world.spec_path)
        recall_input = to_recall_input(spec, world.spec_path, digest, world.root / "artifacts")
        async with running_worker(client, names.TASK_QUEUE):
            handle = await client.start_workflow(
                names.RECALL_WORKFLOW,
                recall_input,
                id=names.recall_workflow_id(world.incident_id),
                task_queue=names.TASK_QUEUE,
            )
            for _ in range(100):
                if (await handle.describe()).raw_description.pending_workflow_task.attempt >= 2:
                    break
                await asyncio.sleep(0.2)
            for extra in ((), ("--json",)):
                result = await asyncio.to_thread(
                    recall, "status", world.incident_id, "--address", address, *extra
                )
                line = one_line_error(result)
                assert result.stdout == ""
                assert f"recall {handle.id} is stuck: its workflow task fails (attempt" in line
                assert "bad search attributes" in line
                assert (
                    "BadSearchAttributes: Namespace default has no mapping defined for search attribute Recall"
                    in line
                )
                assert "restart `recall worker`" in line
            await handle.terminate()


async def test_where_the_operator_service_is_closed_visibility_tells_what_is_registered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As on Temporal Cloud with a namespace API key: no listing, no adding; registered attributes still pass."""

    async def refused(*_: object, **__: object) -> None:
        raise RPCError("Request unauthorized.", RPCStatusCode.PERMISSION_DENIED, b"")

    with plain_dev_server() as bare, plain_dev_server(*ATTRIBUTE_FLAGS) as prepared:
        for address, registered in ((prepared, True), (bare, False)):
            client = await connect(ConnectionSettings(address=address))
            monkeypatch.setattr(client.operator_service, "list_search_attributes", refused)
            monkeypatch.setattr(client.operator_service, "add_search_attributes", refused)
            if registered:
                await register_search_attributes(client)
            else:
                with pytest.raises(SearchAttributesMissing) as refusal:
                    await register_search_attributes(client)
                assert "refused to add them (Request unauthorized.)" in str(refusal.value)
                assert "RecallIncidentId, RecallPhase, RecallCommander" in str(refusal.value)
