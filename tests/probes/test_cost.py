"""What a probe run costs beyond its requests: each verdict serialized once, transcripts without a value walk."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from optout_recall.payloads import ChannelTarget, ProbeRunInput, ScenarioVerdict, Verdict
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.run import run_probes
from optout_recall.probes.scenarios import load_library
from optout_recall.probes.transcript import ScenarioRun

CHANNELS = 40


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


async def test_each_verdict_is_serialized_once_however_many_beats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dumps = 0
    original = ScenarioVerdict.model_dump

    def counting(self: ScenarioVerdict, **kwargs: Any) -> dict[str, Any]:
        nonlocal dumps
        dumps += 1
        return original(self, **kwargs)

    monkeypatch.setattr(ScenarioVerdict, "model_dump", counting)
    beats: list[list[dict[str, Any]]] = []
    result = await run_probes(
        ProbeRunInput(
            incident_id="inc-1",
            label="verify",
            channels=[ChannelTarget(name=f"web-{n}", url="http://127.0.0.1:9") for n in range(CHANNELS)],
            scenarios=["gpc-wellknown"],
            artifacts_dir=str(tmp_path),
        ),
        settings=ProbeSettings(heartbeat_seconds=60),
        client_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(refused)),
        heartbeat=lambda *details: beats.append(details[0]),
    )
    assert {v.verdict for v in result.verdicts} == {Verdict.UNREACHABLE}
    assert [len(beat) for beat in beats] == list(range(1, CHANNELS + 1))
    assert beats[-1] == [verdict.model_dump(mode="json") for verdict in result.verdicts]
    assert dumps == CHANNELS + CHANNELS  # one per verdict in the run, and the comparison just above


def scenario_run(tmp_path: Path, subject_style: str = "plain") -> ScenarioRun:
    scenario = load_library()["gpc-honoured"].model_copy(update={"subject_style": subject_style})
    return ScenarioRun(
        input=ProbeRunInput(incident_id="inc-1", label="l", channels=[], artifacts_dir=str(tmp_path)),
        channel=ChannelTarget(name="web", url="http://127.0.0.1:1"),
        scenario=scenario,
    )


def document(run: ScenarioRun, headers: dict[str, str]) -> dict[str, Any]:
    return {
        "subject": run.subject,
        "steps": [
            {"request": {"json": {"subject_id": run.subject}, "headers": headers}},
            {"note": f"barrier {run.barrier_subject}", run.subject: [run.base, 3, None]},
        ],
        "expectations": [],
    }


@pytest.mark.parametrize("style", ["plain", "unicode_long"])
async def test_clean_transcripts_are_redacted_without_walking_every_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, style: str
) -> None:
    run = scenario_run(tmp_path, style)
    walked = json.loads(json.dumps(run.redact(document(run, {"Sec-GPC": "1"}))))
    monkeypatch.setattr(ScenarioRun, "redact", lambda self, value: pytest.fail("walked every value"))
    text = run.redacted_json(document(run, {"Sec-GPC": "1"}))
    assert json.loads(text) == walked
    assert run.base not in text
    assert len(text.splitlines()) == 8  # a line a key and a step: still readable in a pager


@pytest.mark.parametrize(
    "headers", [{"Authorization": "Bearer s3cret"}, {"X-Back": "amqp://u:s3cret@broker/"}]
)
async def test_credentials_still_take_the_full_redaction(tmp_path: Path, headers: dict[str, str]) -> None:
    run = scenario_run(tmp_path)
    text = run.redacted_json(document(run, headers))
    assert "s3cret" not in text
    assert run.base not in text
    assert json.loads(text) == json.loads(json.dumps(run.redact(document(run, headers))))


def test_a_transcript_into_a_folder_already_there_makes_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = scenario_run(tmp_path)
    first = tmp_path / "out" / "web" / "a.json"
    run.write(first, Verdict.PASS, "ok", 1.0)  # the channel's first transcript makes its folder
    made: list[Path] = []
    original = Path.mkdir

    def mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    second = first.with_name("b.json")
    digest = run.write(second, Verdict.PASS, "ok", 1.0)
    assert made == []  # a mkdir a transcript costs a syscall and an exception on a slow disk
    assert hashlib.sha256(second.read_bytes()).hexdigest() == digest
    assert not list(first.parent.glob("*.tmp"))
