"""A whole demo-like recall walked in headless Chromium as the on-call engineer, every signature made there.

Real dev server, real worker, the console served by uvicorn; Selenium drives Debian's Chromium and chromedriver.
Screenshots of each page are kept under .recall/test-artifacts/console/.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from starlette.types import Receive, Scope, Send
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from optout_recall.audit.checks import CheckStatus, VerifyOutcome
from optout_recall.audit.export import export_bundle
from optout_recall.audit.verify import verify_bundle
from optout_recall.cli.audit_collect import fetch_histories, report_from_temporal
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.console.access import ConsoleSettings
from optout_recall.console.app import create_app
from optout_recall.gates.approvals import approval_signature_valid, verify_recorded_decision
from optout_recall.payloads import GateStep, Outcome
from tests.audit.tamper import resign
from tests.chromium import driven_chromium
from tests.conftest import free_port
from tests.console.conftest import HOOK_SECRET, WaitingRecall
from tests.workflows.test_recall import state_of, wait_until
from workers.replay import replay_histories

pytestmark = [pytest.mark.devserver, pytest.mark.timeout(240)]
SHOTS = Path(__file__).resolve().parents[2] / ".recall" / "test-artifacts" / "console"
T = TypeVar("T")


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    with driven_chromium("1280,1400") as driver:
        yield driver


class Recorder:
    """Every request body the console received, to show no key material ever reached it."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.bodies: list[bytes] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def recording() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                self.bodies.append(message.get("body", b""))
            return message

        await self.app(scope, recording, send)


@asynccontextmanager
async def serving(recall: WaitingRecall) -> AsyncIterator[tuple[str, Recorder]]:
    settings = ConsoleSettings(allowed_hosts=("127.0.0.1",), refresh_seconds=0.3)
    recorder = Recorder(create_app(recall.gateway, settings))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(recorder, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    for _ in range(200):  # uvicorn offers no started event; it flips `started` once it listens
        if server.started:
            break
        await asyncio.sleep(0.05)
    assert server.started, "the console did not start listening"
    try:
        yield f"http://127.0.0.1:{port}", recorder
    finally:
        server.should_exit = True
        await task


@pytest.fixture
async def console_url(waiting_recall: WaitingRecall) -> AsyncIterator[tuple[str, Recorder]]:
    async with serving(waiting_recall) as served:
        yield served


def _until(driver: webdriver.Chrome, found: Callable[[], T], what: str, within: float = 60) -> T:
    deadline = time.monotonic() + within
    while True:
        try:
            value = found()
            if value:
                return value
        except Exception:
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{what} not seen; page says: {driver.find_element(By.TAG_NAME, 'body').text}"
            )
        time.sleep(0.2)


def _text(driver: webdriver.Chrome, css: str) -> str:
    """The element's text, read again when the live page replaced the element between lookup and read."""
    for _ in range(50):
        try:
            return str(driver.find_element(By.CSS_SELECTOR, css).text)
        except StaleElementReferenceException:
            time.sleep(0.1)
    return str(driver.find_element(By.CSS_SELECTOR, css).text)


def _shot(driver: webdriver.Chrome, name: str, pages: dict[str, tuple[str, list[str]]]) -> None:
    """A screenshot, and the page's HTML and every resource it loaded, for the checks at the end."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    resources = driver.execute_script("return performance.getEntriesByType('resource').map((e) => e.name)")
    pages[name] = (driver.page_source, resources)


def _decide(driver: webdriver.Chrome, signer: str, reason: str, button: str = "approve") -> str:
    Select(driver.find_element(By.ID, "signer")).select_by_visible_text(signer)
    reason_box = driver.find_element(By.ID, "reason")
    reason_box.clear()
    reason_box.send_keys(reason)
    before = _text(driver, "#outcome")
    driver.find_element(By.ID, button).click()

    def changed() -> str:
        text = _text(driver, "#outcome")
        return text if text != before else ""

    return _until(driver, changed, "the decision's outcome")


def _walk(driver: webdriver.Chrome, base: str, recall: WaitingRecall) -> dict[str, Any]:
    incident = recall.state.incident_id
    seen: dict[str, Any] = {}
    pages: dict[str, tuple[str, list[str]]] = {}
    keys = recall.world.root / "keys"
    driver.get(base + "/")
    row = f'tr[data-incident="{incident}"]'
    seen["list_waiting"] = _until(driver, lambda: _text(driver, f"{row} .waiting"), "the recall in the list")
    _shot(driver, "1-list", pages)

    driver.find_element(By.CSS_SELECTOR, f"{row} a").click()
    seen["pending_hotfix"] = _until(driver, lambda: _text(driver, "#pending-hotfix"), "the pending hotfix")
    seen["request_id"] = _text(driver, "#request-id")
    seen["hotfix_commits"] = _text(driver, "#hotfix-commits")
    seen["evidence"] = _text(driver, "#evidence")
    _shot(driver, "2-recall-pending-hotfix", pages)

    driver.find_element(By.ID, "key-file").send_keys(str(keys / "bob.key"))
    seen["key_status"] = _until(driver, lambda: _text(driver, "#key-status"), "the imported key")
    seen["stored_extractable"] = driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        const open = indexedDB.open("recall-console", 1);
        open.onsuccess = () => {
          const all = open.result.transaction("keys").objectStore("keys").getAll();
          all.onsuccess = () => done(all.result.map((e) => [e.key.type, e.key.extractable, e.key.algorithm.name]));
        };"""
    )
    # Counted before the click: the live timeline may grow before the outcome line is read.
    timeline_before = len(driver.find_elements(By.CSS_SELECTOR, "#timeline tbody tr"))
    seen["approved"] = _decide(driver, "bob (on-call)", "reviewed the diff and the staging run")
    _shot(driver, "3-recall-hotfix-approved", pages)
    seen["next_step"] = _until(
        driver,
        lambda: (s := _text(driver, "#pending-step")) == "backfill-apply" and s,
        "the timeline moving on to the backfill gate (live, no reload)",
    )
    seen["timeline_grew"] = len(driver.find_elements(By.CSS_SELECTOR, "#timeline tbody tr")) - timeline_before
    seen["timeline"] = _text(driver, "#timeline")
    seen["dry_run"] = _text(driver, "#dry-run")
    _shot(driver, "4-recall-backfill-gate", pages)

    driver.find_element(By.ID, "key-file").send_keys(str(keys / "carol.key"))
    _until(driver, lambda: "carol" in _text(driver, "#key-status"), "carol's key")
    seen["refused"] = _decide(driver, "carol (auditor)", "looks right to me")
    _shot(driver, "5-recall-refused-wrong-role", pages)

    seen["applied"] = _decide(driver, "bob (on-call)", "dry run counts match the notice")
    seen["final_status"] = _until(
        driver,
        lambda: (s := _text(driver, "#status")) == "completed" and s,
        "the recall completing",
        within=90,
    )
    _shot(driver, "6-recall-completed", pages)

    driver.find_element(By.ID, "audit-link").click()
    _until(driver, lambda: driver.find_element(By.ID, "report-link"), "the report link")
    _shot(driver, "7-audit", pages)
    driver.find_element(By.ID, "report-link").click()
    seen["report"] = _until(
        driver, lambda: "Backfill" in (t := driver.find_element(By.TAG_NAME, "body").text) and t, "the report"
    )
    _shot(driver, "8-report", pages)
    seen["pages"] = pages
    return seen


def _envelope_checks(outcome: VerifyOutcome) -> dict[str, tuple[CheckStatus, str]]:
    return {
        c.what.split(" (")[0]: (c.status, c.detail) for c in outcome.checks if "approval envelope" in c.what
    }


async def _export_and_verify(
    client: Client, recall: WaitingRecall, bundle: Path
) -> tuple[VerifyOutcome, VerifyOutcome | None]:
    """The bundle of the recall the browser approved, verified; then again with one browser signature flipped."""
    key = Ed25519PrivateKey.generate()
    reader = ReadOnlyClient(client)
    runs = await fetch_histories(reader, recall.state.incident_id)
    report, recall_input = await report_from_temporal(reader, recall.state.incident_id, histories=runs)
    pinned = (await export_bundle(runs, report, recall_input, bundle, key)).public_key
    holds = await verify_bundle(bundle, pinned, replay=replay_histories)
    hotfix = next(bundle.glob("approvals/hotfix-*.dsse.json"), None)
    if hotfix is None:  # no approver signed the DSSE statement: `holds` says UNVERIFIED
        return holds, None
    envelope = json.loads(hotfix.read_text())
    signature = bytearray(base64.b64decode(envelope["signatures"][0]["sig"]))
    signature[0] ^= 1
    envelope["signatures"][0]["sig"] = base64.b64encode(signature).decode()
    hotfix.write_text(json.dumps(envelope))
    resign(bundle, key)  # an insider holding the bundle key re-signs it; the approver's signature still fails
    tampered = await verify_bundle(bundle, pinned, replay=replay_histories)
    assert base64.b64decode(envelope["payload"]).startswith(b'{"_type":"https://in-toto.io/Statement/v1"')
    return holds, tampered


async def test_the_on_call_engineer_walks_a_recall_in_the_browser(
    waiting_recall: WaitingRecall,
    console_url: tuple[str, Recorder],
    browser: webdriver.Chrome,
    dev_server_env: WorkflowEnvironment,
    tmp_path: Path,
) -> None:
    base, recorder = console_url
    recall = waiting_recall
    seen = await asyncio.to_thread(_walk, browser, base, recall)
    final = await state_of(recall.handle)
    holds, tampered = await _export_and_verify(dev_server_env.client, recall, tmp_path / "bundle")

    assert recall.state.pending is not None
    assert seen["list_waiting"] == "bob, dana"
    assert (
        seen["pending_hotfix"] == recall.world.hotfix
        and seen["request_id"] == recall.state.pending.request_id
    )
    # What the hotfix changes and who wrote it, as the git host answered the workflow's commit lookup.
    assert [
        (c.repo_name, c.found, c.author_name, c.files_changed, c.insertions, c.deletions)
        for c in recall.state.pending.hotfix_commits
    ] == [("prefs", True, "optout-recall", 1, 1, 0)]
    assert seen["hotfix_commits"].splitlines()[1:] == [
        "prefs optout-recall <optout-recall@localhost> 1 +1 -0"
    ]
    assert "gpc-honoured on preference-api: fail" in seen["evidence"] and "tracked anyway" in seen["evidence"]
    assert seen["key_status"] == "key for bob (on-call) kept in this browser, not extractable"
    assert seen["stored_extractable"] == [["private", False, "Ed25519"]]
    assert seen["approved"].startswith("approved hotfix as bob (on-call), answering request ")
    assert (
        seen["timeline_grew"] > 0 and "deploy" in seen["timeline"] and "backfill dry run" in seen["timeline"]
    )
    assert f"violations {final.backfill.violations if final.backfill else ''}".strip() in seen["dry_run"]
    assert seen["refused"] == "refused: carol (auditor) cannot decide backfill-apply; it needs on-call"
    assert seen["applied"].startswith("approved backfill-apply as bob (on-call)")
    assert final.outcome == Outcome.COMPLETED
    assert [(d.actor, d.step) for d in final.decisions] == [
        ("bob", GateStep.HOTFIX),
        ("bob", GateStep.BACKFILL_APPLY),
    ]
    assert all(verify_recorded_decision(d, recall.handle.id) for d in final.decisions)
    # Each approval made in the browser also carries its DSSE signature over the approval statement's PAE,
    # so the bundle's approval envelopes verify under the roster's keys, and a flipped bit does not.
    bob_key = recall.world.public_keys["bob"]
    assert all(
        d.approval_signature and approval_signature_valid(d, recall.handle.id, bob_key)
        for d in final.decisions
    )
    # The scripted probes write no transcripts (the fixture writes a stand-in one): only those checks fail.
    assert (
        holds.origin_verified and [c for c in holds.checks if not c.ok and "transcript" not in c.what] == []
    )
    assert _envelope_checks(holds) == {
        "approval envelope hotfix": (
            CheckStatus.HOLDS,
            "1 roster keys signed; securesystemslib checked the quorum of 1 as the DSSE threshold",
        ),
        "approval envelope backfill-apply": (
            CheckStatus.HOLDS,
            "1 roster keys signed; securesystemslib checked the quorum of 1 as the DSSE threshold",
        ),
        "approval envelopes": (CheckStatus.HOLDS, "2 quorum approvals verify as DSSE envelopes"),
    }
    assert tampered is not None
    failed = [c for c in tampered.checks if not c.ok and "transcript" not in c.what]
    assert [c.what.split(" (")[0] for c in failed] == ["approval envelope hotfix"], failed
    assert "no signature verifies under a trusted key" in failed[0].detail
    # The key never reached the server, no page showed a secret, and nothing was loaded from elsewhere.
    secret_lines = [
        line
        for name in ("bob", "carol")
        for line in (recall.world.root / "keys" / f"{name}.key").read_text().splitlines()
        if not line.startswith("-----")
    ]
    assert not [body for body in recorder.bodies for line in secret_lines if line.encode() in body]
    assert sum(1 for b in recorder.bodies if b) == 3  # three signed statements, nothing else posted
    assert not [name for name, (html, _) in seen["pages"].items() if HOOK_SECRET in html]
    loaded = [url for _, resources in seen["pages"].values() for url in resources]
    assert (
        f"{base}/static/console.js" in loaded
        and f"{base}/recalls/{recall.state.incident_id}/events" in loaded
    )
    assert [url for url in loaded if not url.startswith(base + "/")] == []
    assert sorted(p.name for p in SHOTS.glob("*.png")) == sorted(f"{n}.png" for n in seen["pages"])


@pytest.fixture
async def escalated_console_url(escalated_recall: WaitingRecall) -> AsyncIterator[tuple[str, Recorder]]:
    async with serving(escalated_recall) as served:
        yield served


def _break_glass(driver: webdriver.Chrome, base: str, recall: WaitingRecall) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    keys = recall.world.root / "keys"
    driver.get(f"{base}/recalls/{recall.state.incident_id}")
    panel = driver.find_element(By.ID, "break-glass-panel")
    driver.find_element(By.ID, "key-file").send_keys(str(keys / "bob.key"))
    _until(driver, lambda: "bob" in _text(driver, "#key-status"), "bob's key")
    seen["shown_to_on_call"] = panel.is_displayed()
    driver.find_element(By.ID, "key-file").send_keys(str(keys / "alice.key"))
    _until(driver, lambda: "alice" in _text(driver, "#key-status"), "alice's key")
    Select(driver.find_element(By.ID, "signer")).select_by_visible_text("alice (commander)")
    seen["shown_to_commander"] = panel.is_displayed()
    seen["colour"] = panel.value_of_css_property("border-top-color")
    driver.find_element(By.ID, "break-glass-reason").send_keys("on-call unreachable, users harmed")
    driver.find_element(By.ID, "break-glass").click()
    seen["unconfirmed"] = _until(driver, lambda: _text(driver, "#outcome"), "the unconfirmed refusal")
    driver.find_element(By.ID, "break-glass-confirm").send_keys(recall.state.incident_id)
    shots = SHOTS.parent / "console-break-glass"  # not SHOTS, whose screenshots the walk test counts
    shots.mkdir(parents=True, exist_ok=True)
    driver.execute_script("arguments[0].scrollIntoView()", panel)
    driver.save_screenshot(str(shots / "break-glass.png"))
    driver.find_element(By.ID, "break-glass").click()
    seen["broken"] = _until(
        driver, lambda: "BREAK-GLASS" in (t := _text(driver, "#outcome")) and t, "the break-glass outcome"
    )
    return seen


async def test_a_commander_breaks_glass_in_the_browser_only_when_confirmed(
    escalated_recall: WaitingRecall,
    escalated_console_url: tuple[str, Recorder],
    browser: webdriver.Chrome,
) -> None:
    base, recorder = escalated_console_url
    recall = escalated_recall
    seen = await asyncio.to_thread(_break_glass, browser, base, recall)
    final = await wait_until(recall.handle, lambda s: bool(s.decisions))

    assert (seen["shown_to_on_call"], seen["shown_to_commander"]) == (False, True)
    assert seen["colour"] == "rgba(179, 38, 30, 1)"  # the red of the panel's border
    assert seen["unconfirmed"] == (
        f"type the incident id {recall.state.incident_id} to confirm break-glass; nothing was signed"
    )
    assert seen["broken"].startswith("BREAK-GLASS approved hotfix as alice (commander (break-glass))")
    [decision] = final.decisions
    assert (decision.actor, decision.step, decision.break_glass) == ("alice", GateStep.HOTFIX, True)
    assert verify_recorded_decision(decision, recall.handle.id)
    assert approval_signature_valid(decision, recall.handle.id, recall.world.public_keys["alice"])
    assert sum(1 for b in recorder.bodies if b) == 1  # the unconfirmed click signed and sent nothing
