"""The demo service's behaviour per build: what the fixed build guarantees and what each defect breaks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest

from optout_recall.demo.service import create_app

Client = Callable[..., AsyncIterator[httpx.AsyncClient]]


def client_for(build: str, defects: set[str], state_dir: Path) -> httpx.AsyncClient:
    app = create_app(build, defects, state_dir)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://demo")


async def read(
    client: httpx.AsyncClient, subject: str, purpose: str = "sale", jurisdiction: str = "US-CA"
) -> dict:
    response = await client.get(
        "/preferences", params={"subject_id": subject, "purpose": purpose, "jurisdiction": jurisdiction}
    )
    assert response.status_code == 200
    return dict(response.json())


async def choose(client: httpx.AsyncClient, subject: str, choice: str, **extra: str) -> httpx.Response:
    body = {"subject_id": subject, "purpose": "sale", "choice": choice, "jurisdiction": "US-CA", **extra}
    return await client.post("/preferences", json=body)


async def test_fixed_build_serves_gpc_wellknown_as_the_spec_defines(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        response = await client.get("/.well-known/gpc.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"gpc": True, "lastUpdate": "2025-01-15"}


async def test_gpc_1_opts_out_of_sale_and_sharing_and_wins_over_site_setting(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        await choose(client, "alice", "opt_in", source="web")
        await client.post(
            "/visits", json={"subject_id": "alice", "jurisdiction": "US-CA"}, headers={"Sec-GPC": "1"}
        )
        assert (await read(client, "alice"))["choice"] == "opt_out"
        assert (await read(client, "alice", "sharing"))["choice"] == "opt_out"
        await choose(client, "alice", "opt_in", source="web")
        assert (await read(client, "alice"))["choice"] == "opt_out"


@pytest.mark.parametrize("value", ["0", "true", "yes", "1, 1", ""])
async def test_values_other_than_1_are_not_a_signal(tmp_path: Path, value: str) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        response = await client.post(
            "/visits", json={"subject_id": "bob", "jurisdiction": "US-CA"}, headers={"Sec-GPC": value}
        )
        assert response.json()["gpc"] is False
        assert (await read(client, "bob"))["events"] == 0


async def test_latest_observed_choice_wins_and_event_ids_are_recorded_once(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        await choose(client, "carol", "opt_out", observed_at="2026-01-02T00:00:00Z", event_id="e2")
        await choose(client, "carol", "opt_in", observed_at="2026-01-01T00:00:00+00:00", event_id="e1")
        await choose(client, "carol", "opt_out", observed_at="2026-01-02T00:00:00Z", event_id="e2")
        got = await read(client, "carol")
    assert (got["choice"], got["events"]) == ("opt_out", 2)


async def test_fixed_build_keeps_choices_across_a_new_process(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        await choose(client, "dave", "opt_out")
    async with client_for("fixed", set(), tmp_path) as client:
        assert (await read(client, "dave"))["choice"] == "opt_out"


async def test_sdk_defaults_fill_gaps_but_never_override(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        await choose(client, "erin", "opt_out")
        response = await client.post(
            "/sdk/init",
            json={
                "subject_id": "erin",
                "jurisdiction": "US-CA",
                "defaults": {"sale": "opt_in", "sharing": "opt_in"},
            },
        )
        assert response.json()["choices"] == {"sale": "opt_out", "sharing": "opt_in"}
        assert (await read(client, "erin"))["choice"] == "opt_out"
        assert (await read(client, "erin", "sharing"))["events"] == 0


async def test_defects_each_break_one_thing(tmp_path: Path) -> None:
    async with client_for("defective", {"gpc_ignored"}, tmp_path / "a") as client:
        assert (await client.get("/.well-known/gpc.json")).status_code == 404
    async with client_for("defective", {"hardcoded_state"}, tmp_path / "b") as client:
        await client.post(
            "/preferences",
            json={"subject_id": "f", "purpose": "sale", "choice": "opt_out", "jurisdiction": "US-CO"},
        )
        assert (await read(client, "f", jurisdiction="US-CO"))["choice"] == "opt_in"
    async with client_for("defective", {"volatile"}, tmp_path / "c") as client:
        await choose(client, "g", "opt_out")
    async with client_for("defective", {"volatile"}, tmp_path / "c") as client:
        assert (await read(client, "g"))["choice"] == "opt_in"
    assert not (tmp_path / "c" / "preferences.db").exists()


async def test_fixed_build_ignores_defects_and_unknown_defects_are_refused(tmp_path: Path) -> None:
    async with client_for("fixed", {"gpc_ignored"}, tmp_path) as client:
        assert (await client.get("/healthz")).json()["defects"] == []
    with pytest.raises(ValueError, match=r"^unknown defects \['typo'\]"):
        create_app("defective", {"typo"}, tmp_path)


async def test_bad_bodies_are_422_and_in_process_restart_is_refused(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path) as client:
        response = await client.post("/preferences", json={"subject_id": "h", "choice": "maybe"})
        assert response.status_code == 422
        assert (await client.post("/admin/restart")).status_code == 501


async def test_the_fixed_build_shows_it_honored_the_signal_and_the_defect_hides_it(tmp_path: Path) -> None:
    async with client_for("fixed", set(), tmp_path / "a") as client:
        page = await client.get("/", headers={"Sec-GPC": "1"})
        plain = await client.get("/")
        visit = await client.post(
            "/visits", json={"subject_id": "v", "jurisdiction": "US-CA"}, headers={"Sec-GPC": "1"}
        )
    async with client_for("defective", {"gpc_display_missing"}, tmp_path / "b") as client:
        hidden = await client.get("/", headers={"Sec-GPC": "1"})
        honoured = await client.post(
            "/visits", json={"subject_id": "w", "jurisdiction": "US-CA"}, headers={"Sec-GPC": "1"}
        )
        stored = await read(client, "w")

    assert '<p id="opt-out-status" class="privacy-status">Opt-Out Request Honored</p>' in page.text
    assert "Opt-Out" not in plain.text
    assert visit.json()["opt_out_preference_signal"] == {"honored": True, "status": "Opt-Out Request Honored"}
    # The defect only hides the display: the signal itself is still honored.
    assert "Opt-Out" not in hidden.text
    assert "opt_out_preference_signal" not in honoured.json()
    assert honoured.json()["gpc"] is True and stored["choice"] == "opt_out"
