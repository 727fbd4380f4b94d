"""People at the hotfix gate, through the commands the status box hands them and the README's `temporal` path.

One real recall of the demo world: bob rejects with the command the box printed (as `recall reject`), the box
then hands alice the exact `recall propose-hotfix` command and never an approve hint, alice runs it, bob
approves through the README's two lines (`recall approve … --print-only > decision.json`, then the real
`temporal workflow update execute`), and alice cancels: the recall is "canceled", however it is asked for.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from temporalio.client import WorkflowFailureError
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.demo.world import build_world, tear_down
from optout_recall.freeze.git import clone_commit
from optout_recall.runtime import temporal_cli_path
from tests.cli.commands import RECALL, recall_in_thread, wait_for_pending
from workers.main import running_worker

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_temporal_path() -> list[str]:
    """The README's two lines for deciding through the `temporal` CLI, as written there."""
    text = README.read_text()
    start = text.index('recall approve INC-2026-042 --step hotfix --as bob --reason "reviewed" --print-only')
    lines = text[start:].splitlines()[:2]
    assert lines[1].startswith("temporal workflow update execute"), lines
    return lines


@pytest.mark.devserver
@pytest.mark.timeout(300)
async def test_the_gate_driven_by_its_own_hints_and_the_readme_temporal_path(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    address = dev_server_env.client.service_client.config.target_host
    world = await build_world(tmp_path / "world", f"GATE-{uuid.uuid4().hex[:6]}", subjects=40)
    incident = world.incident_id
    # People run the commands from a folder holding their own key under .recall/keys, as the hints assume.
    desk = tmp_path / "desk"
    shutil.copytree(world.root / "keys", desk / ".recall" / "keys")
    env = {"RECALL_TEMPORAL_ADDRESS": address}
    try:
        async with running_worker(dev_server_env.client, names.TASK_QUEUE):
            started = await recall_in_thread("start", str(world.spec_path), env=env, cwd=desk)
            assert started.returncode == 0, started.stderr
            state = await wait_for_pending(address, incident, "hotfix", env=env, cwd=desk)
            request = state["pending"]["request_id"]

            # Waiting on bob: the box hands him the exact approve command; he runs it as a rejection.
            shown = await recall_in_thread("status", incident, env=env, cwd=desk)
            assert shown.returncode == 0, shown.stderr
            approve = (
                f"recall approve {incident} --step hotfix --request {request} --hotfix {world.hotfix_ref} "
                f'--as bob --key .recall/keys/bob.key --reason "…"'
            )
            assert approve in shown.stdout.splitlines()
            assert "NAME" not in shown.stdout
            rejected = await _run_hint(
                approve.replace("recall approve", "recall reject"), "touches the banner", desk, env
            )
            assert "rejected hotfix" in rejected.stdout

            # Waiting for a new hotfix: the box hands out `recall propose-hotfix …`, never an approve hint.
            state = await wait_for_pending(address, incident, "hotfix", with_ref=False, env=env, cwd=desk)
            request = state["pending"]["request_id"]
            shown = await recall_in_thread("status", incident, env=env, cwd=desk)
            assert "waiting for a new hotfix" in shown.stdout
            assert "recall approve" not in shown.stdout and "recall reject" not in shown.stdout
            propose = (
                f"recall propose-hotfix {incident} --request {request} --ref <full sha> --as alice "
                f'--key .recall/keys/alice.key --reason "…"'
            )
            assert propose in shown.stdout.splitlines()
            _, second = await asyncio.to_thread(
                clone_commit, world.repo_path, "Honour Sec-GPC, smaller diff", tmp_path / "v2"
            )
            proposed = await _run_hint(propose.replace("<full sha>", second), "smaller diff", desk, env)
            assert f"proposed hotfix {second}" in proposed.stdout

            # Bob approves it through the README's `temporal` path, its two lines as written there.
            await wait_for_pending(address, incident, "hotfix", env=env, cwd=desk)
            print_only, update = [line.replace("INC-2026-042", incident) for line in readme_temporal_path()]
            bin_dir = str(Path(RECALL).parent)
            shell_env = {
                **os.environ,
                **env,
                "TEMPORAL_ADDRESS": address,
                "PATH": f"{bin_dir}:{Path(temporal_cli_path()).parent}:{os.environ['PATH']}",
            }
            signed = await _shell(print_only, desk, shell_env)
            assert signed.returncode == 0, signed.stderr
            decision = json.loads((desk / "decision.json").read_text())  # nothing but the JSON on stdout
            assert decision["actor"] == "bob" and decision["hotfix_ref"] == second and decision["approve"]
            assert f"signed hotfix for request {decision['request_id']}" in signed.stderr
            answered = await _shell(update, desk, shell_env)
            assert answered.returncode == 0, answered.stderr + answered.stdout
            state = json.loads(
                (await recall_in_thread("status", incident, "--json", env=env, cwd=desk)).stdout
            )
            assert any(d["actor"] == "bob" and d["hotfix_ref"] == second for d in state["decisions"])

            # Alice cancels; the recall is canceled, spelled as Temporal spells it, old spelling accepted.
            canceled = await recall_in_thread(
                "cancel", incident, "--as", "alice", "--reason", "duplicate of INC-1", env=env, cwd=desk
            )
            assert canceled.returncode == 0, canceled.stderr
            assert f"canceling {incident}" in canceled.stdout
            handle = dev_server_env.client.get_workflow_handle(names.recall_workflow_id(incident))
            with pytest.raises(WorkflowFailureError):
                await handle.result()
            final = await recall_in_thread("status", incident, env=env, cwd=desk)
            assert re.search(r"outcome canceled .*temporal canceled", final.stdout), final.stdout
            assert "cancelled" not in final.stdout
            watched = await recall_in_thread("status", incident, "--watch", env=env, cwd=desk)
            assert re.search(r"^live · updated \d\d:\d\d:\d\d$", watched.stdout, re.MULTILINE), watched.stdout
            listed = {}
            for spelling in ("canceled", "cancelled"):
                result = await recall_in_thread("list", "--status", spelling, "--json", env=env, cwd=desk)
                assert result.returncode == 0, result.stderr
                listed[spelling] = [row["incident_id"] for row in json.loads(result.stdout)]
            assert incident in listed["canceled"] and listed["canceled"] == listed["cancelled"]
    finally:
        tear_down(world)


async def _run_hint(
    command: str, reason: str, desk: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run a hint as a person would paste it, with their reason for the placeholder."""
    words = shlex.split(command)
    assert words[0] == "recall"
    words = [reason if word == "…" else word for word in words[1:]]
    result = await recall_in_thread(*words, env=env, cwd=desk)
    assert result.returncode == 0, result.stderr
    return result


async def _shell(line: str, desk: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A README line run by bash, as written, off the event loop the worker runs on."""
    return await asyncio.to_thread(
        subprocess.run, ["bash", "-c", line], cwd=desk, env=env, capture_output=True, text=True, timeout=60
    )
