"""Every command, given the wrong input people give: exit 2, one line on stderr saying what to do, no traceback.

The local cases need nothing running. The others run against one real recall of the demo world, waiting on
bob at the hotfix gate on the dev server, so "not on the roster", "that is the public key" and "already
running" are answered by what the recall itself knows.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.demo.world import DemoWorld, build_world, tear_down
from optout_recall.gates.keys import new_key_pair
from tests.cli.commands import assert_one_clear_line, recall, recall_in_thread, wait_for_pending
from tests.conftest import free_port
from tests.test_spec import GOOD
from workers.main import running_worker

SHA = "9f72a02f6a5596b91380ed30eadd15cf36e5d294"
SQLITE = "sqlite:///{tmp}/ledger.db"

# (command as typed, with {tmp} for a scratch folder, the fragment its one line must hold)
LOCAL_CASES: list[tuple[str, list[str], str]] = [
    (
        "unknown command",
        ["aprove", "INC-1"],
        "No such command 'aprove'. Did you mean 'approve'? (see: recall --help)",
    ),
    ("start: no such spec", ["start", "{tmp}/missing.yaml"], "missing.yaml: cannot read"),
    (
        "start: misspelled key",
        ["start", "{tmp}/typo.yaml"],
        "gpc_polcy: unknown key; did you mean gpc_policy?",
    ),
    ("status: no id", ["status"], "Missing argument 'ID' (see: recall status --help)"),
    ("status: no server", ["status", "INC-1", "--address", "127.0.0.1:{port}"], "cannot reach Temporal at"),
    (
        "approve: no reason",
        ["approve", "INC-1", "--step", "hotfix", "--as", "bob"],
        "Missing option '--reason' (see: recall approve --help)",
    ),
    (
        "approve: not a step",
        ["approve", "INC-1", "--step", "launch", "--as", "bob", "--reason", "x"],
        "--step 'launch' is not a gated step (one of: continue-without-reproduction, hotfix, backfill-apply)",
    ),
    (
        "reject: empty reason",
        ["reject", "INC-1", "--step", "hotfix", "--as", "bob", "--reason", " "],
        "--reason must say why",
    ),
    (
        "propose-hotfix: a short ref",
        ["propose-hotfix", "INC-1", "--ref", "deadbeef", "--as", "alice", "--reason", "smaller"],
        "--ref 'deadbeef' is not a full commit SHA (40 or 64 lowercase hex digits); pass the commit",
    ),
    ("cancel: no --as", ["cancel", "INC-1", "--reason", "dup"], "Missing option '--as'"),
    (
        "list: a status Temporal lacks",
        ["list", "--status", "paused"],
        "--status 'paused' is not one of: running",
    ),
    ("list: not a date", ["list", "--since", "yesterday"], "--since 'yesterday' is not a date"),
    ("report: a format", ["report", "INC-1", "--format", "pdf"], "Invalid value for '--format'"),
    ("report: no artifacts dir", ["report", "INC-1", "--artifacts-dir", "{tmp}/nope"], "no such directory"),
    ("history: unknown option", ["history", "INC-1", "--everything"], "No such option: --everything"),
    ("audit export: no --out", ["audit", "export", "INC-1"], "Missing option '--out'"),
    (
        "audit verify: a short key",
        ["audit", "verify", "{tmp}", "--public-key", "abc"],
        "must be 64 hex digits",
    ),
    (
        "audit verify: not a bundle",
        ["audit", "verify", "{tmp}", "--trust-bundle-key"],
        "is not an audit bundle",
    ),
    (
        "ledger import: no file",
        ["ledger", "import", "{tmp}/no.jsonl", "--ledger-url", SQLITE],
        "no such file",
    ),
    (
        "ledger record: bad --meta",
        [
            *("ledger", "record", "--ledger-url", SQLITE, "--subject", "s1", "--purpose", "sale"),
            *("--choice", "opt_out", "--jurisdiction", "US-CA", "--meta", "channel"),
        ],
        "--meta 'channel' is not KEY=VALUE",
    ),
    (
        "ledger verify: not a database",
        ["ledger", "verify", "--ledger-url", "mysql://x/y"],
        "unsupported database",
    ),
    ("ledger head: --sign without key", ["ledger", "head", "--ledger-url", SQLITE, "--sign"], "--sign needs"),
    ("ledger checkpoint: no key", ["ledger", "checkpoint", "--ledger-url", SQLITE], "needs --key-file"),
    ("ledger keygen: exists", ["ledger", "keygen", "{tmp}/bob.key"], "already exists"),
    (
        "ledger consume: a broker",
        ["ledger", "consume", "--ledger-url", SQLITE, "--broker", "kafka://x", "--queue", "q"],
        "unsupported broker URL",
    ),
    ("ledger history: no url", ["ledger", "history", "s1"], "Missing option '--ledger-url'"),
    (
        "backfill: not a time",
        [
            *("backfill", "--incident", "I", "--events-url", "sqlite:///{tmp}/e.db", "--ledger-url", SQLITE),
            *("--window-start", "June", "--window-end", "2026-01-01T00:00:00Z"),
        ],
        "--window-start 'June' is not an ISO 8601 timestamp",
    ),
    (
        "backfill deliveries: not a database",
        ["backfill", "--incident", "I", "--events-url", "nope://x", "--deliveries"],
        "unsupported database 'nope'",
    ),
    ("rules show: not a date", ["rules", "show", "--at", "soon"], "--at 'soon' is not a date"),
    ("rules upcoming: zero days", ["rules", "upcoming", "--days", "0"], "Invalid value for '--days'"),
    ("rules show: no rules file", ["rules", "show", "--rules", "{tmp}/none.yaml"], "cannot read rules file"),
    ("keys new: exists", ["keys", "new", "bob", "--out", "{tmp}/bob.key"], "already exists"),
    (
        "keys new: unwritable",
        ["keys", "new", "bob", "--out", "/proc/nope/bob.key"],
        "cannot write /proc/nope",
    ),
    (
        "freeze status: no server",
        ["freeze", "status", "INC-1", "--address", "127.0.0.1:{port}"],
        "cannot reach",
    ),
]


@pytest.mark.parametrize(("case", "args", "expected"), LOCAL_CASES, ids=[c[0] for c in LOCAL_CASES])
def test_wrong_input_gets_one_line(tmp_path: Path, case: str, args: list[str], expected: str) -> None:
    new_key_pair(tmp_path / "bob.key")
    typo = {**GOOD, "gpc_polcy": GOOD["gpc_policy"]}
    del typo["gpc_policy"]
    (tmp_path / "typo.yaml").write_text(yaml.safe_dump(typo, sort_keys=False))
    filled = [a.format(tmp=tmp_path, port=free_port()) for a in args]
    assert_one_clear_line(recall(*filled, env={"RECALL_STATE_DIR": str(tmp_path / "state")}), expected)
    assert not (tmp_path / "state").exists()  # nothing half-written


@dataclass(frozen=True)
class WaitingRecall:
    address: str
    world: DemoWorld
    request_id: str

    @property
    def keys(self) -> Path:
        return self.world.root / "keys"


@pytest.fixture(scope="module")
async def waiting_recall(
    dev_server_env: WorkflowEnvironment, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[WaitingRecall]:
    address = dev_server_env.client.service_client.config.target_host
    world = await build_world(tmp_path_factory.mktemp("gate"), f"ERR-{uuid.uuid4().hex[:6]}", subjects=40)
    try:
        async with running_worker(dev_server_env.client, names.TASK_QUEUE):
            started = await recall_in_thread("start", str(world.spec_path), "--address", address)
            assert started.returncode == 0, started.stderr
            state = await wait_for_pending(address, world.incident_id, "hotfix")
            yield WaitingRecall(address, world, state["pending"]["request_id"])
            handle = dev_server_env.client.get_workflow_handle(names.recall_workflow_id(world.incident_id))
            await handle.terminate("the CLI error tests are done")
    finally:
        tear_down(world)


# (command with {id}, {keys}, {tmp} and {request}, the fragment its one line must hold)
RECALL_CASES: list[tuple[str, list[str], str]] = [
    ("start: twice", ["start", "{spec}"], "a recall {id} is already running"),
    ("status: no such recall", ["status", "NO-SUCH"], "no recall NO-SUCH"),
    (
        "approve: not on the roster, before any key is read",
        ["approve", "{id}", "--step", "hotfix", "--as", "bobby", "--key", "{tmp}/none.key", "--reason", "ok"],
        "bobby is not in the spec's people (alice, bob, dana, carol)",
    ),
    (
        "approve: the public key",
        ["approve", "{id}", "--step", "hotfix", "--as", "bob", "--key", "{keys}/bob.pub", "--reason", "ok"],
        "{keys}/bob.pub is a public key (the half the spec lists); sign with the private key: --key {keys}/bob.key",
    ),
    (
        "approve: someone else's key",
        ["approve", "{id}", "--step", "hotfix", "--as", "bob", "--key", "{keys}/dana.key", "--reason", "ok"],
        "{keys}/dana.key is not bob's key",
    ),
    (
        "approve: no key file",
        ["approve", "{id}", "--step", "hotfix", "--as", "bob", "--key", "{tmp}/none.key", "--reason", "ok"],
        "cannot read signing key",
    ),
    (
        "approve: a request no longer pending",
        [
            *("approve", "{id}", "--step", "hotfix", "--as", "bob", "--key", "{keys}/bob.key"),
            *("--request", "old-request", "--reason", "ok"),
        ],
        "request old-request is no longer pending: recall {id} now waits on hotfix (request {request})",
    ),
    (
        "approve: another step",
        [
            "approve",
            "{id}",
            "--step",
            "backfill-apply",
            "--as",
            "bob",
            "--key",
            "{keys}/bob.key",
            "--reason",
            "ok",
        ],
        "recall {id} is not waiting for a backfill-apply decision (it waits on hotfix)",
    ),
    (
        "reject: an auditor",
        [
            "reject",
            "{id}",
            "--step",
            "hotfix",
            "--as",
            "carol",
            "--key",
            "{keys}/carol.key",
            "--reason",
            "no",
        ],
        "refused: carol (auditor) cannot decide hotfix",
    ),
    (
        "propose-hotfix: while one waits for a decision",
        [
            "propose-hotfix",
            "{id}",
            "--ref",
            SHA,
            "--as",
            "alice",
            "--key",
            "{keys}/alice.key",
            "--reason",
            "v2",
        ],
        "recall {id} is not waiting for a new hotfix",
    ),
    (
        "cancel: not a commander",
        ["cancel", "{id}", "--as", "bob", "--key", "{keys}/bob.key", "--reason", "dup"],
        "refused: bob is not a commander of this recall",
    ),
    ("freeze status: no such recall", ["freeze", "status", "NO-SUCH"], "no recall NO-SUCH"),
    ("report: no such recall", ["report", "NO-SUCH"], "no recall NO-SUCH"),
    ("history: no such recall", ["history", "NO-SUCH"], "no recall NO-SUCH"),
    (
        "audit export: no such recall",
        ["audit", "export", "NO-SUCH", "--out", "{tmp}/bundle"],
        "no recall NO-SUCH",
    ),
]


@pytest.mark.devserver
@pytest.mark.timeout(240)
@pytest.mark.parametrize(("case", "args", "expected"), RECALL_CASES, ids=[c[0] for c in RECALL_CASES])
async def test_wrong_input_against_a_running_recall_gets_one_line(
    waiting_recall: WaitingRecall, tmp_path: Path, case: str, args: list[str], expected: str
) -> None:
    world = waiting_recall.world
    values = {
        "id": world.incident_id,
        "spec": world.spec_path,
        "keys": waiting_recall.keys,
        "tmp": tmp_path,
        "request": waiting_recall.request_id,
    }
    filled = [a.format(**values) for a in args]
    state_dir = tmp_path / "state"
    result = await recall_in_thread(
        *filled, "--address", waiting_recall.address, env={"RECALL_STATE_DIR": str(state_dir)}
    )
    assert_one_clear_line(result, expected.format(**values))
    assert not state_dir.exists() and not (tmp_path / "bundle").exists()  # nothing half-written
    if case == "start: twice":
        assert f"recall status {world.incident_id}" in result.stderr


@pytest.mark.devserver
@pytest.mark.timeout(240)
async def test_json_and_print_only_put_nothing_but_json_on_stdout(waiting_recall: WaitingRecall) -> None:
    world, address = waiting_recall.world, waiting_recall.address
    incident = world.incident_id
    bob = ["--as", "bob", "--key", str(waiting_recall.keys / "bob.key")]
    commands = [
        ["status", incident, "--json"],
        ["freeze", "status", incident, "--json"],
        ["list", "--json"],
        ["report", incident, "--format", "json"],
        ["approve", incident, "--step", "hotfix", *bob, "--reason", "reviewed", "--print-only"],
    ]
    for command in commands:
        result = await recall_in_thread(*command, "--address", address)
        assert result.returncode == 0, result.stderr
        json.loads(result.stdout)  # the whole of stdout is one JSON document
    history = await recall_in_thread("history", incident, "--json", "--address", address)
    assert history.returncode == 0, history.stderr
    assert all(json.loads(line)["workflow_id"] for line in history.stdout.splitlines())
    signed = json.loads((await recall_in_thread(*commands[-1], "--address", address)).stdout)
    assert signed["request_id"] == waiting_recall.request_id and signed["signature"]


def test_ledger_json_is_only_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/ledger.db"
    key = tmp_path / "head.pem"
    made = recall("ledger", "keygen", str(key))
    [public] = [line.split()[1] for line in made.stdout.splitlines() if line.startswith("public_key:")]
    entry = ["--subject", "s1", "--purpose", "sale", "--choice", "opt_out", "--jurisdiction", "US-CA"]
    assert recall("ledger", "record", "--ledger-url", url, *entry).returncode == 0
    assert recall("ledger", "checkpoint", "--ledger-url", url, "--key-file", str(key)).returncode == 0
    head = recall("ledger", "head", "--ledger-url", url, "--json")
    assert json.loads(head.stdout)["seq"] == 1, head.stderr
    verified = recall("ledger", "verify", "--ledger-url", url, "--public-key", public, "--json")
    assert json.loads(verified.stdout)["ok"] is True, verified.stderr


def test_help_shows_flags_bare() -> None:
    """`--help` names a flag without a `<bool>` after it: a flag takes no value."""
    flags = {"status": "--watch", "approve": "--print-only", "audit verify": "--trust-bundle-key"}
    for command, flag in flags.items():
        shown = recall(*command.split(), "--help")
        assert shown.returncode == 0, shown.stderr
        assert "<bool>" not in shown.stdout, shown.stdout
        assert re.search(rf"^  {flag} {{2,}}\w", shown.stdout, re.MULTILINE), shown.stdout
