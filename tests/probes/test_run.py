"""Every built-in scenario fails against the defect it names and passes against the fixed build, through the
real channel: the demo service on loopback, real RabbitMQ and NATS, the SDK in a subprocess."""

from __future__ import annotations

import hashlib
import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aio_pika
import pytest

from optout_recall.demo import DEFECTS, control
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import ChannelKind, ChannelTarget, ProbeRunInput, ScenarioVerdict, Verdict
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.run import run_probes
from optout_recall.probes.scenarios import load_library

RABBITMQ_URL = "amqp://guest:guest@127.0.0.1:5672/"  # what the demo service consumes with
PASSWORD_VARIABLE = "OPTOUT_TEST_RABBITMQ_PASSWORD"
NAMED_RABBITMQ_URL = f"amqp://guest@127.0.0.1:5672/?recall_password_env={PASSWORD_VARIABLE}"  # a channel's
NATS_URL = "nats://127.0.0.1:4222"
LIBRARY = load_library()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def catching(defect: str, kind: ChannelKind) -> set[str]:
    return {name for name, s in LIBRARY.items() if defect in s.catches and kind in s.channels}


def applicable(kind: ChannelKind) -> set[str]:
    return {name for name, s in LIBRARY.items() if kind in s.channels}


class Demo:
    """A demo service under control.py in its own state dir, stopped when the test ends."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.port = 0

    def start(
        self, build: str, defects: set[str], queue_url: str | None = None, queue: str | None = None
    ) -> str:
        self.port = free_port()
        control.start(self.state_dir, self.port, build, defects, queue_url=queue_url, queue=queue)
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    service = Demo(tmp_path / "service")
    yield service
    control.stop(service.state_dir)


@pytest.fixture
async def rabbit_queue() -> object:
    name = f"optout-probe-test-{uuid.uuid4().hex[:12]}"
    yield name
    connection = await aio_pika.connect(RABBITMQ_URL)
    async with connection:
        channel = await connection.channel()
        await channel.queue_delete(name)


async def run(
    tmp_path: Path, channel: ChannelTarget, scenarios: list[str] | None = None, label: str = "reproduce"
) -> dict[str, ScenarioVerdict]:
    result = await run_probes(
        ProbeRunInput(
            incident_id="inc-1",
            label=label,
            channels=[channel],
            scenarios=scenarios or [],
            artifacts_dir=str(tmp_path / "artifacts"),
        ),
        settings=ProbeSettings(settle_seconds=8.0),
    )
    return {verdict.scenario: verdict for verdict in result.verdicts}


def verdicts_of(results: dict[str, ScenarioVerdict]) -> dict[str, Verdict]:
    return {name: verdict.verdict for name, verdict in results.items()}


# --------------------------------------------------------------------------- http


@pytest.mark.parametrize(
    "defect",
    ["gpc_ignored", "gpc_loose", "gpc_display_missing", "volatile", "sdk_override", "hardcoded_state"],
)
async def test_http_scenarios_fail_against_their_defect_only(tmp_path: Path, demo: Demo, defect: str) -> None:
    url = demo.start("defective", {defect})
    results = await run(tmp_path, ChannelTarget(name="web", url=url))
    expected_failures = catching(defect, ChannelKind.HTTP)
    assert expected_failures
    assert set(results) == applicable(ChannelKind.HTTP)
    failing = {name for name, verdict in results.items() if verdict.verdict == Verdict.FAIL}
    assert failing == expected_failures, {n: v.reason for n, v in results.items()}
    assert all(verdict.verdict == Verdict.PASS for name, verdict in results.items() if name not in failing)


async def test_reproduce_then_deploy_fixed_then_verify_passes(tmp_path: Path, demo: Demo) -> None:
    url = demo.start("defective", {"gpc_ignored"})
    channel = ChannelTarget(name="web", url=url)
    before = await run(tmp_path, channel, label="reproduce")
    assert before["gpc-honoured"].verdict == Verdict.FAIL
    assert before["gpc-honoured"].reason == (
        "sale in US-CA reads back opt_in, expected opt_out; sharing in US-CA reads back opt_in, expected opt_out"
    )
    assert control.main(["deploy", "--state-dir", str(demo.state_dir), "--build", "fixed"]) == 0
    after = await run(tmp_path, channel, label="verify")
    assert verdicts_of(after) == dict.fromkeys(applicable(ChannelKind.HTTP), Verdict.PASS)
    assert Path(after["gpc-honoured"].transcript_path).parent.parent.name == "verify"


async def test_unreachable_target_is_unreachable_not_fail(tmp_path: Path) -> None:
    results = await run(
        tmp_path, ChannelTarget(name="web", url=f"http://127.0.0.1:{free_port()}", timeout_seconds=1)
    )
    assert {v.verdict for v in results.values()} == {Verdict.UNREACHABLE}
    assert all(v.reason.startswith("target unreachable") for v in results.values())


async def test_transcripts_are_redacted_and_referenced_by_digest(tmp_path: Path, demo: Demo) -> None:
    url = demo.start("fixed", set())
    scenario_dir = tmp_path / "scenarios"
    scenario_dir.mkdir()
    (scenario_dir / "secret.yaml").write_text(
        """\
name: credentials-dropped
description: a visit carrying credentials
channels: [http]
steps:
  - visit: {headers: {Sec-GPC: "1", Authorization: Bearer s3cret, Cookie: session=s3cret}}
expect:
  - preference: {purpose: sale, choice: opt_out}
"""
    )
    result = await run_probes(
        ProbeRunInput(
            incident_id="inc-1",
            label="reproduce",
            channels=[ChannelTarget(name="web", url=url)],
            artifacts_dir=str(tmp_path / "artifacts"),
        ),
        settings=ProbeSettings(scenario_paths=[scenario_dir]),
    )
    [verdict] = result.verdicts
    assert verdict.verdict == Verdict.PASS
    path = Path(verdict.transcript_path)
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == verdict.transcript_sha256
    text = data.decode()
    assert "s3cret" not in text
    assert "recall-probe-" not in text
    transcript = json.loads(text)
    assert transcript["subject"].startswith("subject:sha256:")
    assert transcript["verdict"] == "pass"
    assert [step["note"] for step in transcript["steps"]] == ["step 0 (visit)", "readback"]
    assert transcript["steps"][0]["request"]["headers"] == {"Sec-GPC": "1"}


async def test_verdicts_are_heartbeat_and_finished_ones_are_not_run_again(tmp_path: Path, demo: Demo) -> None:
    url = demo.start("fixed", set())
    probe_input = ProbeRunInput(
        incident_id="inc-1",
        label="verify",
        channels=[ChannelTarget(name="web", url=url)],
        scenarios=["gpc-honoured", "gpc-wellknown"],
        artifacts_dir=str(tmp_path / "artifacts"),
    )
    beats: list[Any] = []
    first = await run_probes(
        probe_input,
        settings=ProbeSettings(heartbeat_seconds=60),
        heartbeat=lambda *details: beats.append(details[0]),
    )
    assert [len(beat) for beat in beats] == [1, 2]
    assert {item["scenario"] for item in beats[-1]} == {"gpc-honoured", "gpc-wellknown"}

    control.stop(demo.state_dir)
    done = {(v.channel, v.scenario): v for v in first.verdicts}
    second = await run_probes(probe_input, done=done)
    assert second == first


async def test_refusals_are_recall_errors_naming_their_type(tmp_path: Path) -> None:
    probe_input = ProbeRunInput(
        incident_id="inc-1",
        label="reproduce",
        channels=[
            ChannelTarget(name="web", url="http://127.0.0.1:1"),
            ChannelTarget(name="web", url="http://x"),
        ],
        artifacts_dir=str(tmp_path / "artifacts"),
    )
    with pytest.raises(RecallError) as caught:
        await run_probes(probe_input)
    assert str(caught.value) == "channel names must be unique"
    assert caught.value.type == ErrorType.BAD_CHANNELS
    assert not caught.value.retryable


# --------------------------------------------------------------------------- queue


@pytest.mark.parametrize("defect", ["queue_order", "queue_drops", None])
async def test_rabbitmq_scenarios(
    tmp_path: Path, demo: Demo, rabbit_queue: str, defect: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, "guest")
    build, defects = ("defective", {defect}) if defect else ("fixed", set())
    url = demo.start(build, defects, queue_url=RABBITMQ_URL, queue=rabbit_queue)
    channel = ChannelTarget(
        name="events", kind=ChannelKind.QUEUE, url=NAMED_RABBITMQ_URL, queue=rabbit_queue, readback_url=url
    )
    results = await run(tmp_path, channel)
    assert set(results) == applicable(ChannelKind.QUEUE)
    failing = {name for name, verdict in results.items() if verdict.verdict != Verdict.PASS}
    expected = catching(defect, ChannelKind.QUEUE) if defect else set()
    assert failing == expected, {n: v.reason for n, v in results.items()}
    assert all(results[name].verdict == Verdict.FAIL for name in failing)
    transcript = Path(results["queue-burst"].transcript_path).read_text()
    assert "guest:guest" not in transcript


@pytest.mark.parametrize("defect", ["queue_order", "queue_drops", None])
async def test_nats_scenarios(tmp_path: Path, demo: Demo, defect: str | None) -> None:
    subject = f"optout.probe.test.{uuid.uuid4().hex[:12]}"
    build, defects = ("defective", {defect}) if defect else ("fixed", set())
    url = demo.start(build, defects, queue_url=NATS_URL, queue=subject)
    channel = ChannelTarget(
        name="events", kind=ChannelKind.QUEUE, url=NATS_URL, queue=subject, readback_url=url
    )
    results = await run(tmp_path, channel)
    failing = {name for name, verdict in results.items() if verdict.verdict != Verdict.PASS}
    expected = catching(defect, ChannelKind.QUEUE) if defect else set()
    assert failing == expected, {n: v.reason for n, v in results.items()}


async def test_unreachable_broker_is_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, "guest")
    channel = ChannelTarget(
        name="events",
        kind=ChannelKind.QUEUE,
        url=f"amqp://guest@127.0.0.1:{free_port()}/?recall_password_env={PASSWORD_VARIABLE}",
        queue="nowhere",
        readback_url=f"http://127.0.0.1:{free_port()}",
        timeout_seconds=2,
    )
    results = await run(tmp_path, channel, ["queue-out-of-order"])
    assert results["queue-out-of-order"].verdict == Verdict.UNREACHABLE
    assert results["queue-out-of-order"].reason.startswith(
        "target unreachable: broker amqp://guest@127.0.0.1:"
    )


# --------------------------------------------------------------------------- sdk


@pytest.mark.parametrize("defect", ["sdk_override", None])
async def test_sdk_channel_runs_the_entry_point(tmp_path: Path, demo: Demo, defect: str | None) -> None:
    build, defects = ("defective", {defect}) if defect else ("fixed", set())
    url = demo.start(build, defects)
    channel = ChannelTarget(
        name="sdk",
        kind=ChannelKind.SDK,
        url="optout_recall.demo.sdk:call",
        readback_url=url,
        timeout_seconds=10,
    )
    results = await run(tmp_path, channel)
    assert set(results) == applicable(ChannelKind.SDK) == {"sdk-default-no-override"}
    verdict = results["sdk-default-no-override"]
    if defect:
        assert verdict.verdict == Verdict.FAIL
        assert verdict.reason == "sale in US-CA reads back opt_in, expected opt_out"
    else:
        assert verdict.verdict == Verdict.PASS, verdict.reason


async def test_sdk_entry_point_that_cannot_connect_is_unreachable(tmp_path: Path) -> None:
    channel = ChannelTarget(
        name="sdk",
        kind=ChannelKind.SDK,
        url="optout_recall.demo.sdk:call",
        readback_url=f"http://127.0.0.1:{free_port()}",
        timeout_seconds=10,
    )
    results = await run(tmp_path, channel)
    assert results["sdk-default-no-override"].verdict == Verdict.UNREACHABLE


async def test_sdk_entry_point_that_hangs_is_an_error(tmp_path: Path) -> None:
    channel = ChannelTarget(name="sdk", kind=ChannelKind.SDK, url="time:sleep", timeout_seconds=0.5)
    results = await run(tmp_path, channel)
    verdict = results["sdk-default-no-override"]
    assert verdict.verdict in (Verdict.ERROR,)
    assert "sdk call set" in verdict.reason


def test_every_defect_is_caught_by_some_scenario() -> None:
    assert {defect for scenario in LIBRARY.values() for defect in scenario.catches} == set(DEFECTS)
