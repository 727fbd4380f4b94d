"""The scenario library loads, and bad scenario files are refused with the file, the line and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_recall.payloads import ChannelKind
from optout_recall.probes.scenarios import ScenarioFileError, load_library, load_scenario_file

GOOD = """\
- name: my-check
  description: An opt-out is honoured.
  channels: [http]
  steps:
    - set: {purpose: sale, choice: opt_out}
  expect:
    - preference: {purpose: sale, choice: opt_out}
"""


def write(tmp_path: Path, text: str, name: str = "scenarios.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_builtin_library_covers_every_known_trigger() -> None:
    library = load_library()
    assert {
        "gpc-honoured",
        "gpc-wellknown",
        "gpc-non1-ignored",
        "gpc-wins-over-site-setting-ca",
        "optout-survives-restart",
        "sdk-default-no-override",
        "jurisdiction-us-co-honoured",
        "jurisdiction-us-va-honoured",
        "queue-duplicate",
        "queue-out-of-order",
        "queue-unicode-long-id",
        "queue-burst",
    } <= set(library)
    assert library["sdk-default-no-override"].channels == [ChannelKind.HTTP, ChannelKind.SDK]
    assert library["queue-burst"].channels == [ChannelKind.QUEUE]


def test_for_each_jurisdiction_fills_name_and_values(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
name: j-{jurisdiction}-ok
description: honoured in {jurisdiction}
channels: [http]
for_each_jurisdiction: [US-CO, US-VA]
steps:
  - set: {choice: opt_out, jurisdiction: "{jurisdiction}"}
expect:
  - preference: {choice: opt_out, jurisdiction: "{jurisdiction}"}
""",
    )
    scenarios = load_scenario_file(path)
    assert [s.name for s in scenarios] == ["j-us-co-ok", "j-us-va-ok"]
    assert scenarios[1].steps[0].set is not None
    assert scenarios[1].steps[0].set.jurisdiction == "US-VA"
    assert scenarios[1].description == "honoured in US-VA"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        (
            GOOD.replace("choice: opt_out}\n  expect", "choice: maybe}\n  expect"),
            5,
            "steps.0.set.choice: Input should be",
        ),
        (GOOD.replace("    - set:", "    - sett:"), 5, "steps.0.sett: Extra inputs are not permitted"),
        (
            GOOD.replace("[http]", "[queue]").replace(
                "set: {purpose: sale, choice: opt_out}", "fetch: {path: /x}"
            ),
            1,
            "step 'fetch' cannot run on a queue channel",
        ),
        (GOOD.replace("name: my-check", "name: My Check"), 1, "name: String should match pattern"),
        (GOOD + "  bogus: [\n", 9, "not valid YAML"),
        (GOOD.replace("    - set: {purpose: sale, choice: opt_out}", "    - {}"), 5, "exactly one of"),
        ("", 1, "file is empty"),
        ("just a string\n", 1, "expected a scenario mapping"),
    ],
)
def test_bad_files_are_refused_with_file_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ScenarioFileError) as caught:
        load_scenario_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert reason in message
    assert "\n" not in message


def test_missing_key_points_at_the_scenario(tmp_path: Path) -> None:
    path = write(tmp_path, "\n\n" + GOOD.replace("  description: An opt-out is honoured.\n", ""))
    with pytest.raises(ScenarioFileError, match=rf"^{path}:3: description: Field required$"):
        load_scenario_file(path)


def test_duplicate_names_across_files_are_refused(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yaml")
    second = write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(ScenarioFileError, match=rf"^{second}:1: scenario 'my-check' is already defined in "):
        load_library([tmp_path])


def test_repeat_must_refer_to_an_earlier_event(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
name: q
description: d
channels: [queue]
steps:
  - publish:
      events:
        - {event: a, repeat: true}
expect:
  - preference: {choice: opt_out}
""",
    )
    with pytest.raises(ScenarioFileError, match=rf"^{path}:6: steps.0.publish: event 'a' repeats an event"):
        load_scenario_file(path)
