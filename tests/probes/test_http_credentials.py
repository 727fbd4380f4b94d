"""An HTTP channel's credential is a bearer token named by its spec (a variable or a file), never a password
written into a URL that workflow history keeps for ever; the token is sent on every call and never recorded."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import yaml

from optout_recall.demo.service import create_app
from optout_recall.errors import ErrorType, RecallError
from optout_recall.guard.spec import GuardSpecError, load_guard_spec, to_guard_input
from optout_recall.payloads import ChannelKind, ChannelTarget, ProbeRunInput, Verdict
from optout_recall.probes.run import run_probes
from optout_recall.spec import SpecError, load_spec
from tests.test_spec import GOOD, refused_by_recall_start

TOKEN = "s3cret-bearer-token"
VARIABLE = "OPTOUT_TEST_CHANNEL_TOKEN"
SCENARIOS = ["gpc-honoured", "gpc-wellknown"]
REFUSED = (
    "https://web:***@prefs.example/ holds a password, and the spec is kept in workflow history for ever; drop "
    "it from the URL and name its credential with token_env: NAME or token_file: PATH (a bearer token)"
)


def incident(tmp_path: Path, channel: dict[str, object]) -> Path:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "channels": [channel]}, sort_keys=False))
    return path


def test_an_incident_spec_refuses_a_password_in_an_http_url(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as refused:
        load_spec(incident(tmp_path, {"name": "web", "url": "https://web:hunter2@prefs.example/"}))
    assert str(refused.value).endswith(f"channels: web: {REFUSED}")
    assert "hunter2" not in str(refused.value)
    queue = {"name": "events", "kind": "queue", "url": "amqp://guest@h:5672/", "queue": "q"}
    with pytest.raises(SpecError) as refused:
        load_spec(incident(tmp_path, {**queue, "readback_url": "https://web:hunter2@prefs.example/"}))
    assert str(refused.value).endswith(f"channels: events: {REFUSED}")
    with pytest.raises(SpecError, match="token_env 'not a name' is not an environment variable name"):
        load_spec(incident(tmp_path, {"name": "web", "url": "https://p.example/", "token_env": "not a name"}))
    spec, _ = load_spec(
        incident(tmp_path, {"name": "web", "url": "https://p.example/", "token_env": VARIABLE})
    )
    assert spec.channels[0].token_env == VARIABLE and spec.channels[0].url == "https://p.example/"


def test_recall_start_refuses_it_with_one_line_and_exit_2(tmp_path: Path) -> None:
    path = incident(tmp_path, {"name": "web", "url": "https://web:hunter2@prefs.example/"})
    line, output = refused_by_recall_start(path)
    assert "token_env: NAME" in line
    assert "hunter2" not in output


def test_a_guard_spec_refuses_it_too(tmp_path: Path) -> None:
    path = tmp_path / "guard.yaml"
    path.write_text(
        yaml.safe_dump(
            {"name": "prefs", "channels": [{"name": "web", "url": "https://web:hunter2@prefs.example/"}]}
        )
    )
    with pytest.raises(GuardSpecError) as refused:
        to_guard_input(load_guard_spec(path), path, tmp_path / "state")
    assert str(refused.value) == f"{path}: channels: web: {REFUSED}"


ASGIApp = Callable[
    [dict[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


def requiring_token(app: ASGIApp, seen: list[str]) -> ASGIApp:
    """The demo service behind a check of every request's bearer token, as an API gateway would do."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await app(scope, receive, send)
        headers = dict(scope["headers"])
        seen.append(headers.get(b"authorization", b"").decode())
        if headers.get(b"authorization") != f"Bearer {TOKEN}".encode():
            await send({"type": "http.response.start", "status": 401, "headers": []})
            await send({"type": "http.response.body", "body": b"unauthorized"})
            return None
        return await app(scope, receive, send)

    return guarded


@pytest.fixture
async def guarded_service(tmp_path: Path) -> AsyncIterator[tuple[str, list[str]]]:
    seen: list[str] = []
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = requiring_token(create_app("fixed", set(), tmp_path / "service"), seen)  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn offers no event for this
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}", seen
    server.should_exit = True
    await serving


async def probe(tmp_path: Path, channel: ChannelTarget) -> dict[str, Verdict]:
    result = await run_probes(
        ProbeRunInput(
            incident_id="inc-1",
            label="reproduce",
            channels=[channel],
            scenarios=SCENARIOS,
            artifacts_dir=str(tmp_path / "artifacts"),
        )
    )
    return {verdict.scenario: verdict.verdict for verdict in result.verdicts}


async def test_a_named_token_is_sent_on_every_call_and_kept_out_of_the_transcripts(
    tmp_path: Path, guarded_service: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen = guarded_service
    monkeypatch.setenv(VARIABLE, TOKEN)
    verdicts = await probe(tmp_path, ChannelTarget(name="web", url=url, token_env=VARIABLE))
    assert verdicts == dict.fromkeys(SCENARIOS, Verdict.PASS)
    assert seen and set(seen) == {f"Bearer {TOKEN}"}
    written = "".join(path.read_text() for path in (tmp_path / "artifacts").rglob("*") if path.is_file())
    assert written and TOKEN not in written
    # The same token from a file, and without one the service turns the probe away: no scenario passes.
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    filed = await probe(tmp_path / "filed", ChannelTarget(name="web", url=url, token_file=str(secret)))
    assert filed == dict.fromkeys(SCENARIOS, Verdict.PASS)
    without = await probe(tmp_path / "without", ChannelTarget(name="web", url=url))
    assert Verdict.PASS not in without.values()


async def test_a_token_the_worker_does_not_have_refuses_the_run_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    channel = ChannelTarget(name="web", url="http://127.0.0.1:1", token_env=VARIABLE)
    with pytest.raises(RecallError) as refused:
        await probe(tmp_path, channel)
    assert refused.value.type == ErrorType.BAD_CHANNELS
    assert (
        str(refused.value)
        == f"channel web: the worker has no {VARIABLE}, named by token_env; set it to the bearer token where "
        "the worker runs"
    )
    empty = tmp_path / "empty"
    empty.write_text("\n")
    with pytest.raises(
        RecallError, match=f"the bearer token file {re.escape(str(empty))} named by token_file is empty"
    ):
        await probe(tmp_path, ChannelTarget(name="web", url="http://127.0.0.1:1", token_file=str(empty)))
    sdk = ChannelTarget(name="sdk", kind=ChannelKind.SDK, url="m:f", token_env=VARIABLE)
    with pytest.raises(RecallError, match="token_env and token_file are for http and queue channels"):
        await probe(tmp_path, sdk)


async def test_a_token_file_is_read_once_per_probe_run_not_once_per_scenario(
    tmp_path: Path, guarded_service: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen = guarded_service
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    reads: list[Path] = []
    read_text = Path.read_text

    def counted(self: Path, *args: Any, **kwargs: Any) -> str:
        if self == secret:
            reads.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    channel = ChannelTarget(name="web", url=url, token_file=str(secret))
    assert await probe(tmp_path, channel) == dict.fromkeys(SCENARIOS, Verdict.PASS)
    assert len(reads) == 1 and len(seen) > len(SCENARIOS)  # many calls, one read
    # The next run reads it again, so a token rotated between runs is picked up.
    assert await probe(tmp_path / "again", channel) == dict.fromkeys(SCENARIOS, Verdict.PASS)
    assert len(reads) == 2
