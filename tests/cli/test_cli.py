"""The `recall` command as people use it: a real process, a real dev server, the real demo world."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
import yaml
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.demo import control
from optout_recall.demo.world import build_world, tear_down
from optout_recall.gates.keys import new_key_pair
from tests.cli.commands import assert_one_clear_line, recall
from tests.conftest import free_port
from workers.main import running_worker


def test_malformed_spec_exits_2_naming_the_field(tmp_path: Path) -> None:
    spec = tmp_path / "incident.yaml"
    spec.write_text(
        yaml.safe_dump({"incident": {"id": "X", "title": "t"}, "window": {"start": "2026-01-01T00:00:00Z"}})
    )
    assert_one_clear_line(recall("start", str(spec)), "window.end: Field required")


def test_unreachable_temporal_exits_2_with_the_address() -> None:
    port = free_port()
    result = recall("status", "INC-1", "--address", f"127.0.0.1:{port}")
    assert_one_clear_line(result, f"cannot reach Temporal at 127.0.0.1:{port}")


@pytest.mark.devserver
def test_unknown_incident_exits_2(dev_server_env: WorkflowEnvironment, tmp_path: Path) -> None:
    address = dev_server_env.client.service_client.config.target_host
    assert_one_clear_line(
        recall("status", "NO-SUCH-INCIDENT", "--address", address), "no recall NO-SUCH-INCIDENT"
    )
    key = tmp_path / "bob.key"  # pytest's directory: a private key is not left in the system's /tmp
    new_key_pair(key)
    result = recall(
        "approve",
        "NO-SUCH",
        "--step",
        "hotfix",
        "--as",
        "bob",
        "--key",
        str(key),
        "--reason",
        "x",
        "--address",
        address,
    )
    assert_one_clear_line(result, "no recall NO-SUCH")


def test_keys_new_writes_a_private_key_only_its_owner_reads(tmp_path: Path) -> None:
    result = recall("keys", "new", "bob", "--out", str(tmp_path / "bob.key"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "bob.key").stat().st_mode & 0o777 == 0o600
    public = (tmp_path / "bob.pub").read_text().strip()
    assert f"public_key: {public}" in result.stdout
    assert_one_clear_line(recall("keys", "new", "bob", "--out", str(tmp_path / "bob.key")), "already exists")


def test_bad_step_exits_2() -> None:
    result = recall("approve", "INC-1", "--step", "launch", "--as", "bob", "--reason", "x")
    assert_one_clear_line(result, "--step 'launch' is not a gated step")


@pytest.mark.devserver
@pytest.mark.timeout(240)
async def test_commander_and_on_call_drive_a_recall_through_the_cli(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    """Real demo world, real probes: start, follow, refuse a bad approval, approve, finish."""
    address = dev_server_env.client.service_client.config.target_host
    world = await build_world(tmp_path / "world", f"CLI-{uuid.uuid4().hex[:6]}", subjects=80)
    env = {"RECALL_STATE_DIR": str(tmp_path / "state")}
    try:
        async with running_worker(dev_server_env.client, names.TASK_QUEUE):
            started = await _in_thread(recall, "start", str(world.spec_path), "--address", address, env=env)
            assert started.returncode == 0, started.stderr
            status = await _wait_for_pending(address, world.incident_id, "hotfix")
            assert status["phase"] == "hotfix_gate"
            assert {v["verdict"] for v in status["reproduction"]} >= {"fail"}
            assert any(
                s["step"] == "freeze preference-service" and s["outcome"] == "ok" for s in status["timeline"]
            )
            refused = await _in_thread(
                recall,
                "approve",
                world.incident_id,
                "--step",
                "hotfix",
                "--as",
                "alice",
                "--key",
                str(world.key_file("alice")),
                "--reason",
                "lgtm",
                "--address",
                address,
            )
            assert_one_clear_line(
                refused, "refused: alice (commander) cannot decide hotfix; it needs on-call"
            )
            approved = await _in_thread(
                recall,
                "approve",
                world.incident_id,
                "--step",
                "hotfix",
                "--as",
                "bob",
                "--key",
                str(world.key_file("bob")),
                "--reason",
                "diff reviewed",
                "--address",
                address,
            )
            assert approved.returncode == 0, approved.stderr
            assert "approved hotfix" in approved.stdout
            await _wait_for_pending(address, world.incident_id, "backfill-apply")
            applied = await _in_thread(
                recall,
                "approve",
                world.incident_id,
                "--step",
                "backfill-apply",
                "--as",
                "bob",
                "--key",
                str(world.key_file("bob")),
                "--reason",
                "counts ok",
                "--address",
                address,
            )
            assert applied.returncode == 0, applied.stderr
            handle = dev_server_env.client.get_workflow_handle(names.recall_workflow_id(world.incident_id))
            await handle.result()
            final = json.loads(
                (await _in_thread(recall, "status", world.incident_id, "--json", "--address", address)).stdout
            )
            freezes = json.loads(
                (
                    await _in_thread(
                        recall, "freeze", "status", world.incident_id, "--json", "--address", address
                    )
                ).stdout
            )
    finally:
        tear_down(world)
    assert final["outcome"] == "completed"
    assert final["counters"]["corrections_written"] == final["counters"]["violations"] > 0
    assert all(v["verdict"] == "pass" for v in final["verification"])
    assert final["freezes"][0]["unfrozen_at"] is not None
    assert freezes[0]["repo"] == "preference-service" and freezes[0]["unfrozen_at"] is not None
    assert freezes[0]["allowed_hotfix"] == [world.hotfix_ref]
    assert control.status(world.service_dir)["running"] is False


async def _in_thread(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
    import asyncio

    return await asyncio.to_thread(*args, **kwargs)  # type: ignore[arg-type]


async def _wait_for_pending(address: str, incident: str, step: str) -> dict:
    import asyncio

    for _ in range(240):
        result = await _in_thread(recall, "status", incident, "--json", "--address", address)
        if result.returncode == 0:
            state = json.loads(result.stdout)
            if (
                state["pending"]
                and state["pending"]["step"] == step
                and (step != "hotfix" or state["pending"]["hotfix_ref"])
            ):
                return state
            if state["outcome"] != "running":
                raise AssertionError(f"recall ended early: {state['failure']}")
        await asyncio.sleep(0.5)
    raise AssertionError(f"{step} never became pending")


@pytest.mark.timeout(300)
def test_make_demo_runs_a_whole_recall_and_leaves_nothing_running(tmp_path: Path) -> None:
    if subprocess.run(["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/7233"], capture_output=True).returncode == 0:
        pytest.skip("a Temporal server already listens on 7233; the demo would use it")
    result = recall("demo", env={"RECALL_STATE_DIR": str(tmp_path)}, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "refused" in out and "ACCEPTED" not in out  # the unreviewed push bounced off the freeze
    assert "bob (on-call)" in out
    assert "nothing left running" in out
    reports = list(tmp_path.glob("demo/*/artifacts/report.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text())
    assert report["incident"]["outcome"] == "completed"
    assert report["counters"]["corrections_written"] > 0
    assert all(f["unfrozen_at"] for f in report["freezes"])
    service_dir = reports[0].parent.parent / "service"
    assert control.status(service_dir)["running"] is False
    assert (
        subprocess.run(["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/7233"], capture_output=True).returncode != 0
    )


def test_worker_refuses_half_a_tls_pair_and_an_unreachable_server(tmp_path: Path) -> None:
    cert = tmp_path / "client.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    assert_one_clear_line(
        recall("worker", "--tls-client-cert", str(cert)), "--tls-client-cert and --tls-client-key go together"
    )
    port = free_port()
    assert_one_clear_line(
        recall("worker", "--address", f"127.0.0.1:{port}"), f"cannot reach Temporal at 127.0.0.1:{port}"
    )
