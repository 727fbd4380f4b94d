"""Probes activity: run the scenario library against preference channels (`optout_recall.probes`).

An attempt heartbeats the verdicts it has so far; a retried attempt resumes from them and runs only what is
left. Refusals (a bad scenario file, an unknown scenario, a misconfigured channel) leave as non-retryable
`ApplicationError`s typed `ScenarioFileError`, `UnknownScenario` or `BadChannels`.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from temporalio import activity

from activities.errors import core_errors
from optout_recall.payloads import ProbeRunInput, ProbeRunResult
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.http import default_http_client
from optout_recall.probes.run import run_probes, verdicts_from_heartbeat


class ProbeActivities:
    """Runs probe scenarios; built with an httpx client factory and settings so tests can pass local parts."""

    def __init__(
        self,
        client_factory: Callable[[], httpx.AsyncClient] | None = None,
        settings: ProbeSettings | None = None,
    ) -> None:
        self._settings = settings or ProbeSettings()
        self._client_factory = client_factory or (lambda: default_http_client(self._settings))

    @activity.defn(name="run_scenarios")
    async def run_scenarios(self, input: ProbeRunInput) -> ProbeRunResult:
        with core_errors():
            return await run_probes(
                input,
                settings=self._settings,
                client_factory=self._client_factory,
                heartbeat=activity.heartbeat,
                done=verdicts_from_heartbeat(activity.info().heartbeat_details),
            )
