"""A queue channel's broker password is named (a variable or a file), never written into a spec."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from optout_recall.errors import ErrorType, RecallError
from optout_recall.guard.spec import GuardSpecError, load_guard_spec, to_guard_input
from optout_recall.payloads import ChannelKind, ChannelTarget, ProbeRunInput
from optout_recall.probes.driver import ProbeError
from optout_recall.probes.queue import broker_url
from optout_recall.probes.run import run_probes
from optout_recall.spec import SpecError, load_spec
from tests.test_spec import GOOD, refused_by_recall_start

QUEUE = {"name": "events", "kind": "queue", "queue": "consent", "readback_url": "http://127.0.0.1:8700"}
REFUSED = (
    "amqp://guest:***@127.0.0.1:5672/ holds a password, and the spec is kept in workflow history for ever; "
    "drop it from the URL and name it: password_env: NAME (a variable where the worker runs) or "
    "password_file: PATH"
)


def incident(tmp_path: Path, channel: dict[str, object]) -> Path:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "channels": [channel]}, sort_keys=False))
    return path


def test_an_incident_spec_refuses_a_broker_password_in_the_url(tmp_path: Path) -> None:
    path = incident(tmp_path, {**QUEUE, "url": "amqp://guest:hunter2@127.0.0.1:5672/"})
    with pytest.raises(SpecError) as refused:
        load_spec(path)
    assert str(refused.value).endswith(f"channels: events: {REFUSED}")
    assert "hunter2" not in str(refused.value)


def test_an_incident_specs_staging_channels_are_held_to_it_too(tmp_path: Path) -> None:
    staging = {
        "channels": [{**QUEUE, "url": "amqp://guest:hunter2@127.0.0.1:5672/"}],
        "deploy": {"command": ["x"]},
    }
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "staging": staging}, sort_keys=False))
    with pytest.raises(SpecError) as refused:
        load_spec(path)
    assert str(refused.value).endswith(f"staging: events: {REFUSED}")
    staging["channels"] = [{**QUEUE, "url": "amqp://guest@h:5672/", "password_env": "PW"}]
    path.write_text(yaml.safe_dump({**GOOD, "staging": staging}, sort_keys=False))
    spec, _ = load_spec(path)
    assert spec.staging is not None
    assert spec.staging.channels[0].url == "amqp://guest@h:5672/?recall_password_env=PW"


def test_a_named_broker_password_travels_as_its_name_and_is_read_where_the_probe_connects(
    tmp_path: Path,
) -> None:
    spec, _ = load_spec(
        incident(tmp_path, {**QUEUE, "url": "amqp://guest@127.0.0.1:5672/", "password_env": "RABBITMQ_PW"})
    )
    [channel] = spec.channels
    assert channel.url == "amqp://guest@127.0.0.1:5672/?recall_password_env=RABBITMQ_PW"
    assert broker_url(channel.url, {"RABBITMQ_PW": "gu/est"}) == "amqp://guest:gu%2Fest@127.0.0.1:5672/"
    secret = tmp_path / "broker-password"
    secret.write_text("from-a-file\n")
    filed = load_spec(incident(tmp_path, {**QUEUE, "url": "nats://u@n:4222", "password_file": str(secret)}))
    assert broker_url(filed[0].channels[0].url, {}) == "nats://u:from-a-file@n:4222"
    with pytest.raises(ProbeError, match="the worker has no RABBITMQ_PW, named by password_env; set it to"):
        broker_url(channel.url, {})


def test_recall_start_refuses_it_with_one_line_and_exit_2(tmp_path: Path) -> None:
    path = incident(tmp_path, {**QUEUE, "url": "amqp://guest:hunter2@127.0.0.1:5672/"})
    line, output = refused_by_recall_start(path)
    assert "password_env: NAME" in line
    assert "hunter2" not in output


def test_a_guard_spec_refuses_it_too(tmp_path: Path) -> None:
    path = tmp_path / "guard.yaml"
    path.write_text(
        yaml.safe_dump(
            {"name": "prefs", "channels": [{**QUEUE, "url": "amqp://guest:hunter2@127.0.0.1:5672/"}]}
        )
    )
    with pytest.raises(GuardSpecError) as refused:
        to_guard_input(load_guard_spec(path), path, tmp_path / "state")
    assert str(refused.value) == f"{path}: channels: events: {REFUSED}"
    path.write_text(
        yaml.safe_dump(
            {"name": "prefs", "channels": [{**QUEUE, "url": "amqp://guest@h:5672/", "password_env": "PW"}]}
        )
    )
    [channel] = to_guard_input(load_guard_spec(path), path, tmp_path / "state").channels
    assert channel.url == "amqp://guest@h:5672/?recall_password_env=PW"


async def test_a_probe_run_refuses_a_written_broker_password(tmp_path: Path) -> None:
    channel = ChannelTarget(
        name="events",
        kind=ChannelKind.QUEUE,
        url="amqp://guest:hunter2@127.0.0.1:5672/",
        queue="q",
        readback_url="http://127.0.0.1:1",
    )
    with pytest.raises(RecallError) as refused:
        await run_probes(
            ProbeRunInput(incident_id="i", label="l", channels=[channel], artifacts_dir=str(tmp_path))
        )
    assert refused.value.type == ErrorType.BAD_CHANNELS and str(refused.value) == f"channel events: {REFUSED}"
