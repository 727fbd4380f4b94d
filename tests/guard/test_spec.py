"""Bad guard specs get one line naming the file and line, and exit 2, with nothing scheduled."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_recall.guard.spec import GuardSpecError, load_guard_spec, to_guard_input
from optout_recall.payloads.guard import OpenRecall
from tests.cli.commands import assert_one_clear_line, recall

CHANNEL = "channels:\n  - {name: api, kind: http, url: 'http://127.0.0.1:9'}\n"

BAD = {
    "no name": (CHANNEL, "name: Field required"),
    "upper-case name": ("name: Prefs\n" + CHANNEL, "guard.yaml:1: name: 'Prefs' is not a lower-case name"),
    "unknown key": ("name: g\n" + CHANNEL + "schedul: {every: 1h}\n", "guard.yaml:4: schedul: unknown key"),
    "every and cron": (
        "name: g\n" + CHANNEL + "schedule: {every: 1h, cron: '0 * * * *'}\n",
        "give every or cron, not both",
    ),
    "bad cron": (
        "name: g\n" + CHANNEL + "schedule: {cron: 'hourly'}\n",
        "is not a five-field cron expression",
    ),
    "unbounded catch-up": (
        "name: g\n" + CHANNEL + "schedule: {catchup_window: 30d}\n",
        "catchup_window must be between 1m and 1d",
    ),
    "bad duration": ("name: g\n" + CHANNEL + "schedule: {every: soon}\n", "'soon' is not a duration"),
    "auto without template": (
        "name: g\n" + CHANNEL + "open_recall: auto\n",
        "open_recall: auto needs template",
    ),
    "bad open_recall": (
        "name: g\n" + CHANNEL + "open_recall: maybe\n",
        "guard.yaml:4: open_recall: Input should be 'never', 'ask' or 'auto'",
    ),
    "no channels": ("name: g\n", "name the channels to watch"),
    "not yaml": ("name: [g\n", "not valid YAML"),
    "not a mapping": ("- g\n", "a guard spec is a YAML mapping"),
    "webhook with password": (
        "name: g\n" + CHANNEL + "escalation: {webhook: 'https://u:p@hooks.example/x'}\n",
        "cannot carry credentials",
    ),
    "slack webhook URL": (
        "name: g\n" + CHANNEL + "escalation: {webhook: 'https://hooks.slack.com/services/T0/B0/xoxsecret'}\n",
        "guard.yaml:4: escalation.webhook: https://hooks.slack.com/*** is a Slack webhook URL, which is itself "
        "the credential",
    ),
    "teams webhook URL": (
        "name: g\n" + CHANNEL + "escalation: {webhook: 'https://acme.webhook.office.com/webhookb2/x'}\n",
        "name it: webhook_env: SLACK_ESCALATION_WEBHOOK (or webhook_file: PATH)",
    ),
    "two webhooks": (
        "name: g\n" + CHANNEL + "escalation: {webhook: 'https://alerts.internal/x', webhook_file: /run/x}\n",
        "escalation: give one of webhook, webhook_env or webhook_file, not webhook and webhook_file",
    ),
    "webhook_env not a name": (
        "name: g\n" + CHANNEL + "escalation: {webhook_env: 'hooks.slack.com'}\n",
        "escalation.webhook_env: 'hooks.slack.com' is not an environment variable name",
    ),
    "unknown scenario": (
        "name: g\n" + CHANNEL + "scenarios: [gpc-honored]\n",
        "scenarios: unknown gpc-honored (known:",
    ),
    "bad channel url": (
        "name: g\nchannels:\n  - {name: api, kind: http, url: 'ftp://x'}\n",
        "channels: api: url must be http",
    ),
    "missing template": ("name: g\n" + CHANNEL + "template: nowhere.yaml\n", "template: "),
    "bad jurisdiction": (
        "name: g\n" + CHANNEL + "jurisdictions: [california]\n",
        "'california' is not an ISO 3166 code",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_guard_spec_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    path = tmp_path / "guard.yaml"
    path.write_text(text)
    with pytest.raises(GuardSpecError) as refused:
        to_guard_input(load_guard_spec(path), path, tmp_path / "state")
    assert expected in str(refused.value) and "\n" not in str(refused.value)
    assert "xoxsecret" not in str(refused.value) and "webhookb2" not in str(refused.value)
    result = recall(
        "guard", "apply", str(path), "--address", "127.0.0.1:1", env={"RECALL_STATE_DIR": str(tmp_path / "s")}
    )
    assert_one_clear_line(result, expected)
    assert "xoxsecret" not in result.stderr and "webhookb2" not in result.stderr
    assert not (tmp_path / "s").exists()


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    assert_one_clear_line(recall("guard", "apply", str(tmp_path / "nope.yaml")), "nope.yaml: cannot read")


def test_defaults_hourly_skip_and_a_bounded_catch_up(tmp_path: Path) -> None:
    path = tmp_path / "guard.yaml"
    path.write_text("name: g\n" + CHANNEL)
    spec = load_guard_spec(path)
    assert (spec.schedule.interval_seconds, spec.schedule.catchup_window) == (3600.0, 600.0)
    assert spec.open_recall == OpenRecall.NEVER and spec.watch.days == 60
    input = to_guard_input(spec, path, tmp_path / "state")
    assert input.state_dir == str((tmp_path / "state" / "guards" / "g").resolve())
