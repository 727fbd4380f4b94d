"""The § 7025(c)(6) display probe: after a request carrying Sec-GPC 1 the site must show it honored the signal."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from optout_recall.demo import control
from optout_recall.payloads import ChannelTarget, ProbeRunInput, Verdict
from optout_recall.probes.display import html_shows, json_shows, parse_selector
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.run import plan_runs, run_probes
from optout_recall.probes.scenarios import ScenarioFileError, load_library, load_scenario_file

SCENARIO = "gpc-honoured-display"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    state = tmp_path / "service"
    yield state, free_port()
    control.stop(state)


async def probe(
    tmp_path: Path, url: str, scenario_dir: Path | None = None, names: list[str] | None = None
) -> dict:
    result = await run_probes(
        ProbeRunInput(
            incident_id="inc-display",
            label="reproduce",
            channels=[ChannelTarget(name="web", url=url)],
            scenarios=names if names is not None else [SCENARIO],
            artifacts_dir=str(tmp_path / "artifacts"),
        ),
        settings=ProbeSettings(scenario_paths=[scenario_dir] if scenario_dir else None),
    )
    return {verdict.scenario: verdict for verdict in result.verdicts}


@pytest.mark.parametrize(
    ("build", "defects", "verdict"),
    [
        ("fixed", set(), Verdict.PASS),
        ("defective", {"gpc_display_missing"}, Verdict.FAIL),
        ("defective", {"gpc_ignored"}, Verdict.FAIL),
        ("defective", {"volatile"}, Verdict.PASS),
    ],
)
async def test_the_display_scenario_against_the_demo_service(
    tmp_path: Path, service: tuple[Path, int], build: str, defects: set[str], verdict: Verdict
) -> None:
    state, port = service
    control.start(state, port, build, defects)

    [result] = (await probe(tmp_path, f"http://127.0.0.1:{port}")).values()

    assert result.verdict == verdict, result.reason
    if verdict == Verdict.FAIL:
        assert result.reason == "step 1 display: the page does not show 'Opt-Out Request Honored'"


async def test_a_json_field_or_a_selector_can_be_what_the_site_shows(
    tmp_path: Path, service: tuple[Path, int]
) -> None:
    state, port = service
    control.start(state, port, "defective", {"gpc_display_missing"})
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    (scenarios / "site.yaml").write_text(
        """\
- name: site-json-status
  description: the visit answer says the signal was honored
  channels: [http]
  steps:
    - visit: {headers: {Sec-GPC: "1"}}
  expect:
    - display: {step: 0, json_field: opt_out_preference_signal.honored, equals: true}
- name: site-status-element
  description: the front page carries the status element
  channels: [http]
  steps:
    - fetch: {path: /, headers: {Sec-GPC: "1"}}
  expect:
    - display: {step: 0, selector: "body p#opt-out-status.privacy-status", text: request honored}
"""
    )

    broken = await probe(
        tmp_path, f"http://127.0.0.1:{port}", scenarios, ["site-json-status", "site-status-element"]
    )
    control.deploy(state, "fixed", set())
    fixed = await probe(
        tmp_path, f"http://127.0.0.1:{port}", scenarios, ["site-json-status", "site-status-element"]
    )

    assert (
        broken["site-json-status"].reason
        == "step 0 display: the answer has no opt_out_preference_signal.honored"
    )
    assert broken["site-status-element"].reason == (
        "step 0 display: the page has no visible element matching 'body p#opt-out-status.privacy-status'"
    )
    assert {name: v.verdict for name, v in fixed.items()} == {
        "site-json-status": Verdict.PASS,
        "site-status-element": Verdict.PASS,
    }


def test_the_scenario_runs_only_once_the_duty_binds_unless_named() -> None:
    every = ProbeRunInput(
        incident_id="i",
        label="l",
        channels=[ChannelTarget(name="web", url="http://x")],
        artifacts_dir="/tmp/x",
    )

    def planned(at: datetime, probe_input: ProbeRunInput = every) -> set[str]:
        return {scenario.name for _, scenario in plan_runs(probe_input, None, now=at)}

    assert SCENARIO not in planned(datetime(2026, 1, 1, 7, 59, tzinfo=UTC))  # 23:59 in Los Angeles
    assert SCENARIO in planned(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))
    named = every.model_copy(update={"scenarios": [SCENARIO]})
    assert planned(datetime(2025, 6, 1, tzinfo=UTC), named) == {SCENARIO}
    assert load_library()[SCENARIO].binds is not None


def test_what_a_page_shows() -> None:
    page = (
        "<html><head><title>Opt-Out Request Honored</title></head><body><script>'Opt-Out Request Honored'</script>"
        '<div class="banner"><p data-kind="gpc">Opt-Out  request\nhonored</p></div>'
        '<p hidden>Opt-Out Request Honored</p><input type="checkbox" name="sale-opt-out" checked></body></html>'
    )

    assert html_shows(page, text="opt-out request honored", selector=None) is None
    assert html_shows(page, text="Opt-Out Request Honored", selector="div.banner p[data-kind=gpc]") is None
    assert html_shows(page, text=None, selector="input[name=sale-opt-out][checked]") is None
    assert html_shows(
        "<title>Opt-Out Request Honored</title><script>Opt-Out Request Honored</script>",
        text="Opt-Out Request Honored",
        selector=None,
    )
    assert html_shows(page, text="Honored", selector="div.missing") == (
        "the page has no visible element matching 'div.missing'"
    )
    assert json_shows('{"a": {"b": [1, {"c": true}]}}', "a.b.1.c", True) is None
    assert json_shows('{"a": {"c": 1}}', "a.c", True) == "a.c is 1, expected True"
    assert json_shows("<html>", "a", True) == "the answer is not JSON, so it has no a"
    with pytest.raises(ValueError, match="is not tag, #id"):
        parse_selector("div > p")


def test_a_display_check_must_say_what_to_look_for(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "name: bad-display\ndescription: d\nchannels: [http]\nsteps:\n  - fetch: {path: /}\n"
        "expect:\n  - display: {step: 0}\n"
    )

    with pytest.raises(ScenarioFileError, match="needs text, selector or json_field"):
        load_scenario_file(path)
    path.write_text(path.read_text().replace("{step: 0}", "{step: 3, text: x}"))
    with pytest.raises(ScenarioFileError, match="display check refers to step 3"):
        load_scenario_file(path)
