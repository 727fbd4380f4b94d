"""The console can change nothing by itself: no statement without the browser's signature, CSRF on every POST,
the user taken from a header only when configured, only the recall's own artifacts served, no secret shown."""

from __future__ import annotations

import ast
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from optout_recall.console.access import CSRF_COOKIE, ConsoleSettings
from optout_recall.console.app import create_app
from optout_recall.gates.approvals import sign_decision
from optout_recall.payloads import GateStep
from tests.console.conftest import HOOK_SECRET, WaitingRecall
from tests.workflows.test_recall import state_of

pytestmark = pytest.mark.devserver
CONSOLE = Path(__file__).resolve().parents[2] / "optout_recall" / "console"


async def _client(recall: WaitingRecall, settings: ConsoleSettings | None = None) -> httpx.AsyncClient:
    app = create_app(recall.gateway, settings or ConsoleSettings(allowed_hosts=("127.0.0.1",)))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1")


@pytest.fixture
async def console(waiting_recall: WaitingRecall) -> AsyncIterator[httpx.AsyncClient]:
    async with await _client(waiting_recall) as client:
        yield client


def _unsigned(recall: WaitingRecall, signature: str) -> dict[str, object]:
    pending = recall.state.pending
    assert pending is not None
    signed = sign_decision(
        recall.world.key("dana"),  # a key of the roster, but not the claimed actor's
        workflow_id=recall.handle.id,
        run_id=recall.state.run_id,
        request_id=pending.request_id,
        step=GateStep.HOTFIX,
        approve=True,
        actor="bob",
        reason="looks fine",
        hotfix_ref=pending.hotfix_ref,
    )
    return {**signed.model_dump(mode="json"), "signature": signature or signed.signature}


async def _csrf(console: httpx.AsyncClient, recall: WaitingRecall) -> dict[str, str]:
    page = await console.get(f"/recalls/{recall.state.incident_id}")
    assert page.status_code == 200
    return {"x-csrf-token": console.cookies[CSRF_COOKIE], "content-type": "application/json"}


async def test_the_server_cannot_approve_without_the_browsers_signature(
    console: httpx.AsyncClient, waiting_recall: WaitingRecall
) -> None:
    headers = await _csrf(console, waiting_recall)
    url = f"/recalls/{waiting_recall.state.incident_id}/decide"
    forged = await console.post(url, json=_unsigned(waiting_recall, ""), headers=headers)
    bare = await console.post(url, json=_unsigned(waiting_recall, "00" * 64), headers=headers)
    missing = {k: v for k, v in _unsigned(waiting_recall, "").items() if k != "signature"}
    no_signature = await console.post(url, json=missing, headers=headers)

    assert forged.status_code == 409 and "bob" in forged.json()["refused"]
    assert "signature" in forged.json()["refused"]
    assert bare.status_code == 409 and "signature" in bare.json()["refused"]
    assert no_signature.status_code == 400 and "signature" in no_signature.json()["refused"]
    assert (await state_of(waiting_recall.handle)).decisions == []


def test_the_console_holds_no_way_to_sign() -> None:
    """Nothing in the console imports a signer or a private key type: only the browser can sign."""
    forbidden = {"sign_decision", "sign_proposal", "sign_cancel", "Ed25519PrivateKey", "load_private_key"}
    found = {
        f"{path.name}: {alias.name}"
        for path in CONSOLE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in forbidden
    }
    assert list(CONSOLE.rglob("*.py")) and found == set()


async def test_every_post_needs_the_csrf_token_from_this_origin(
    console: httpx.AsyncClient, waiting_recall: WaitingRecall
) -> None:
    headers = await _csrf(console, waiting_recall)
    url = f"/recalls/{waiting_recall.state.incident_id}/cancel"
    body = {"actor": "alice", "reason": "drill", "nonce": "n" * 32, "signed_at": "2030-01-01T00:00:00Z"}
    without = await console.post(url, json=body, headers={"content-type": "application/json"})
    wrong = await console.post(url, json=body, headers={**headers, "x-csrf-token": "x" * 43})
    cross = await console.post(url, json=body, headers={**headers, "origin": "http://evil.example"})
    form = await console.post(url, content=b"actor=alice", headers={**headers, "content-type": "text/plain"})

    assert [r.status_code for r in (without, wrong, cross, form)] == [403, 403, 403, 403]
    assert "CSRF" in without.json()["refused"] and "CSRF" in wrong.json()["refused"]
    assert "cross-origin" in cross.json()["refused"] and "application/json" in form.json()["refused"]
    assert (await state_of(waiting_recall.handle)).cancel is None


async def test_the_user_comes_from_a_header_only_when_configured(waiting_recall: WaitingRecall) -> None:
    page = f"/recalls/{waiting_recall.state.incident_id}"
    async with await _client(waiting_recall) as plain:
        shown = await plain.get(page, headers={"x-forwarded-user": "alice"})
    proxied = ConsoleSettings(user_header="X-Forwarded-User")
    async with await _client(waiting_recall, proxied) as behind_proxy:
        named = await behind_proxy.get(page, headers={"x-forwarded-user": "dana"})
        headers = {"x-csrf-token": behind_proxy.cookies[CSRF_COOKIE], "content-type": "application/json"}
        theirs = await behind_proxy.post(
            f"{page}/decide",
            json=_unsigned(waiting_recall, ""),
            headers={**headers, "x-forwarded-user": "dana"},
        )

    assert "signed in as" not in shown.text and "alice" not in shown.text.split("<main>")[0]
    assert "signed in as <b>dana</b>" in named.text
    assert theirs.status_code == 403 and theirs.json()["refused"] == (
        "signed in as dana; a statement by bob is not yours"
    )


async def test_only_the_recalls_own_artifacts_are_served_and_no_page_shows_a_secret(
    console: httpx.AsyncClient, waiting_recall: WaitingRecall
) -> None:
    incident = waiting_recall.state.incident_id
    artifacts = waiting_recall.world.artifacts
    (artifacts / "stray.txt").write_text("not named by the recall")
    transcript = Path(waiting_recall.state.reproduction[0].transcript_path).relative_to(artifacts).as_posix()
    pages = [await console.get(p) for p in ("/", f"/recalls/{incident}", f"/recalls/{incident}/audit")]
    served = await console.get(f"/recalls/{incident}/artifacts/{transcript}")
    stray = await console.get(f"/recalls/{incident}/artifacts/stray.txt")
    escape = await console.get(f"/recalls/{incident}/artifacts/..%2Fkeys%2Fbob.key")
    rebound = await console.get("/", headers={"host": "evil.example"})

    assert [p.status_code for p in pages] == [200, 200, 200]
    assert served.status_code == 200 and "tracked anyway" in served.text
    assert "sandbox" in served.headers["content-security-policy"]
    assert stray.status_code == 404 and escape.status_code == 404
    assert rebound.status_code == 400  # DNS rebinding: only the loopback names reach a loopback console
    key_text = (waiting_recall.world.root / "keys" / "bob.key").read_text().splitlines()[1]
    for page in [*pages, served]:
        assert HOOK_SECRET not in page.text and key_text not in page.text
    assert "script-src 'self'" in pages[1].headers["content-security-policy"]
