"""The probes activity: heartbeats its verdicts and resumes from them, and refuses bad input without retry.

What the probes find on each channel is tested against the core in tests/probes/test_run.py.
"""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.probes import ProbeActivities
from optout_recall.demo import control
from optout_recall.payloads import ChannelKind, ChannelTarget, ProbeRunInput, ScenarioVerdict
from optout_recall.probes.driver import ProbeSettings

RABBITMQ_URL = "amqp://guest:guest@127.0.0.1:5672/"
NATS_URL = "nats://127.0.0.1:4222"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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


async def run(
    tmp_path: Path, channel: ChannelTarget, scenarios: list[str] | None = None, label: str = "reproduce"
) -> dict[str, ScenarioVerdict]:
    activities = ProbeActivities(settings=ProbeSettings(settle_seconds=8.0))
    result = await ActivityEnvironment().run(
        activities.run_scenarios,
        ProbeRunInput(
            incident_id="inc-1",
            label=label,
            channels=[channel],
            scenarios=scenarios or [],
            artifacts_dir=str(tmp_path / "artifacts"),
        ),
    )
    return {verdict.scenario: verdict for verdict in result.verdicts}


async def test_heartbeats_and_resume_skip_finished_scenarios(tmp_path: Path, demo: Demo) -> None:
    url = demo.start("fixed", set())
    channel = ChannelTarget(name="web", url=url)
    probe_input = ProbeRunInput(
        incident_id="inc-1",
        label="verify",
        channels=[channel],
        scenarios=["gpc-honoured", "gpc-wellknown"],
        artifacts_dir=str(tmp_path / "artifacts"),
    )
    beats: list[object] = []
    env = ActivityEnvironment()
    env.on_heartbeat = lambda *details: beats.append(details[0])
    first = await env.run(ProbeActivities().run_scenarios, probe_input)
    assert len(beats[-1]) == 2  # type: ignore[arg-type]

    control.stop(demo.state_dir)
    resumed = ActivityEnvironment()
    resumed.info = dataclasses.replace(resumed.info, heartbeat_details=[beats[-1]])
    second = await resumed.run(ProbeActivities().run_scenarios, probe_input)
    assert second == first


async def test_unknown_scenario_is_refused_without_retry(tmp_path: Path) -> None:
    with pytest.raises(ApplicationError) as caught:
        await run(tmp_path, ChannelTarget(name="web", url="http://127.0.0.1:1"), ["no-such-thing"])
    assert caught.value.message.startswith("unknown scenarios: no-such-thing (known: gpc-honoured, ")
    assert caught.value.type == "UnknownScenario"
    assert caught.value.non_retryable


async def test_bad_scenario_file_is_refused_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ndescription: y\nchannels: [carrier-pigeon]\nsteps: []\nexpect: []\n")
    activities = ProbeActivities(settings=ProbeSettings(scenario_paths=[bad]))
    probe_input = ProbeRunInput(
        incident_id="inc-1", label="reproduce", channels=[], artifacts_dir=str(tmp_path / "artifacts")
    )
    with pytest.raises(ApplicationError) as caught:
        await ActivityEnvironment().run(activities.run_scenarios, probe_input)
    assert caught.value.message.startswith(f"{bad}:3: channels.0: Input should be 'http', 'queue' or 'sdk'")
    assert caught.value.type == "ScenarioFileError"
    assert caught.value.non_retryable


@pytest.mark.parametrize(
    ("channel", "problem"),
    [
        (
            ChannelTarget(name="q", kind=ChannelKind.QUEUE, url=RABBITMQ_URL, readback_url="http://x"),
            "needs queue",
        ),
        (ChannelTarget(name="q", kind=ChannelKind.QUEUE, url=NATS_URL, queue="s"), "needs readback_url"),
        (ChannelTarget(name="s", kind=ChannelKind.SDK, url="not an entry point"), "module:function"),
        (ChannelTarget(name="w", url="127.0.0.1:8080"), "url must be http:// or https://"),
    ],
)
async def test_misconfigured_channels_are_refused_without_retry(
    tmp_path: Path, channel: ChannelTarget, problem: str
) -> None:
    with pytest.raises(ApplicationError) as caught:
        await run(tmp_path, channel)
    assert caught.value.message.startswith(f"channel {channel.name}: ")
    assert problem in caught.value.message
    assert caught.value.non_retryable
