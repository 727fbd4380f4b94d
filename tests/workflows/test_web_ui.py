"""The Temporal Web UI shows a running recall's current details: phase, who must act, the exact command.

A real dev server with its UI, a real worker, and headless Chromium (Debian's package) driven by Selenium.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoSuchFrameException, StaleElementReferenceException
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.payloads import GateStep
from optout_recall.runtime import temporal_cli_path
from tests.chromium import driven_chromium
from tests.conftest import free_port
from tests.workflows.test_recall import TASK_QUEUE, ScriptedProbes, World, pending_step, start, wait_until
from workers.main import running_worker

pytestmark = pytest.mark.devserver
ARTIFACTS = Path(__file__).resolve().parents[2] / ".recall" / "test-artifacts"


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    with driven_chromium("1400,1000") as driver:
        yield driver


def _page_text(driver: webdriver.Chrome) -> str:
    """The page's text, with the text of its frames (the UI renders markdown details in one)."""
    texts = [driver.find_element("tag name", "body").text]
    for frame in driver.find_elements("tag name", "iframe"):
        driver.switch_to.frame(frame)
        texts.append(driver.find_element("tag name", "body").text)
        driver.switch_to.default_content()
    return "\n".join(texts)


def _read_current_details(driver: webdriver.Chrome, url: str, wanted: str) -> str:
    driver.get(url)
    deadline = time.monotonic() + 60
    text = ""
    while time.monotonic() < deadline:
        try:
            text = _page_text(driver)
        except (StaleElementReferenceException, NoSuchFrameException):
            # The UI re-rendered its frames between the lookup and the read: read again.
            driver.switch_to.default_content()
            time.sleep(0.2)
            continue
        if wanted in text:
            break
        time.sleep(0.5)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "web-ui-current-details.png"))
    return text


async def test_a_running_recall_shows_who_must_act_in_the_web_ui(
    world: World, browser: webdriver.Chrome
) -> None:
    ui_port = free_port()
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=temporal_cli_path(),
        data_converter=pydantic_data_converter,
        ui=True,
        ui_port=ui_port,
        search_attributes=names.SEARCH_ATTRIBUTES,
    )
    try:
        async with running_worker(env.client, TASK_QUEUE, probes=ScriptedProbes()):
            handle = await start(env, world.recall_input())
            state = await wait_until(handle, pending_step(GateStep.HOTFIX))
            run_id = (await handle.describe()).run_id
            url = (
                f"http://127.0.0.1:{ui_port}/namespaces/default/workflows/{handle.id}/{run_id}/user-metadata"
            )
            # Selenium blocks; the worker must keep answering the UI's metadata query meanwhile.
            text = await asyncio.to_thread(_read_current_details, browser, url, "Waiting on")
            history = await handle.fetch_history()
            await handle.terminate("test over")
    finally:
        await env.shutdown()
    assert state.pending is not None
    assert "Waiting on: bob, dana (on-call)" in text
    assert state.pending.request_id in text
    approve = (
        f"recall approve {state.incident_id} --step hotfix --request {state.pending.request_id} "
        f"--hotfix {state.pending.hotfix_ref} --as bob --key .recall/keys/bob.key"
    )
    assert approve in " ".join(text.split())
    timers = [
        json.loads(e.user_metadata.summary.data)
        for e in history.events
        if e.HasField("timer_started_event_attributes")
    ]
    assert timers == ["escalate hotfix to bob, dana in 60m"]  # the gate's timer says what it is for
