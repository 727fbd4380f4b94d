"""A guard whose spec names its webhook (`webhook_env`) alerts through it on the real dev server; neither the
schedule nor the run's history holds the URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from temporalio.api.common.v1 import Payload
from temporalio.api.history.v1 import History
from temporalio.client import ScheduleActionStartWorkflow
from temporalio.testing import WorkflowEnvironment

from optout_recall import guard as guard_names
from optout_recall.cli.guard import trigger_and_wait
from optout_recall.demo import control
from optout_recall.guard import runs
from tests.guard.helpers import stop_processes_under, webhook_server
from tests.workflows.test_guard import base_spec, demo_service, guard, url_of

pytestmark = pytest.mark.timeout(240)

SECRET = "/T0SECRET/B0SECRET/xoxsecretpath"


@pytest.fixture(autouse=True)
def no_process_survives(tmp_path: Path) -> Iterator[None]:
    yield
    left = stop_processes_under(tmp_path)
    assert not left, f"processes left running by the test: {sorted(left.values())}"


async def test_a_regression_alert_reaches_the_webhook_the_spec_names(
    dev_server_env: WorkflowEnvironment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = dev_server_env.client
    with webhook_server() as hook, demo_service(tmp_path) as service:
        monkeypatch.setenv("GUARD_ALERT_WEBHOOK", hook.url + SECRET)
        spec = base_spec(
            url_of(service), hook, escalation={"webhook_env": "GUARD_ALERT_WEBHOOK", "format": "json"}
        )
        async with guard(client, tmp_path, spec) as (name, state):
            first = await trigger_and_wait(client, name)
            control.deploy(service, "defective", {"gpc_ignored"})
            second = await trigger_and_wait(client, name)
            schedule = await client.get_schedule_handle(guard_names.schedule_id(name)).describe()
        history = History(events=(await client.get_workflow_handle(second.run_id).fetch_history()).events)
    assert first.check is not None and first.check.failing == []
    assert second.check is not None and second.check.regressions
    assert {alert["scenario"] for alert in hook.of_kind("regression")} == {
        flip.scenario for flip in second.check.regressions
    }
    alerts = (Path(state) / runs.ALERTS).read_text()
    assert "webhook 127.0.0.1" in alerts and "xoxsecretpath" not in alerts
    action = schedule.schedule.action
    assert isinstance(action, ScheduleActionStartWorkflow)
    action_args = b"".join(a.data for a in action.args if isinstance(a, Payload))
    recorded = history.SerializeToString()
    assert b"GUARD_ALERT_WEBHOOK" in action_args and b"GUARD_ALERT_WEBHOOK" in recorded
    assert b"SECRET" not in action_args + recorded and b"xoxsecretpath" not in action_args + recorded
