"""Guard activities: a thin adapter over `optout_recall.guard.check`.

Verdicts and transcript digests go to the guard's state directory; only run ids, paths and the flipped
scenarios come back into history. Alerts are sent once per key, so a retry never alerts twice.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from temporalio import activity

from activities.errors import core_errors
from optout_recall.guard import check, rehearsal
from optout_recall.payloads.guard import (
    GuardAlertInput,
    GuardAlertResult,
    GuardCheckInput,
    GuardCheckResult,
    RehearsalInput,
    RehearsalRecord,
    WatchInput,
    WatchResult,
)
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.http import default_http_client


class GuardActivities:
    """Built with the worker's HTTP client (alerts) and the probes' settings and client factory."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        client_factory: Callable[[], httpx.AsyncClient] | None = None,
        settings: ProbeSettings | None = None,
    ) -> None:
        self._http = http
        self._settings = settings or ProbeSettings()
        self._client_factory = client_factory or (lambda: default_http_client(self._settings))

    @activity.defn(name="guard_check_channels")
    async def check_channels(self, input: GuardCheckInput) -> GuardCheckResult:
        with core_errors():
            return await check.check_channels(
                input, self._settings, self._client_factory, heartbeat=lambda *_: activity.heartbeat()
            )

    @activity.defn(name="guard_watch_requirements")
    async def watch_requirements(self, input: WatchInput) -> WatchResult:
        with core_errors():
            return await check.watch_requirements(input, self._settings, self._client_factory)

    @activity.defn(name="guard_send_alert")
    async def send_alert(self, input: GuardAlertInput) -> GuardAlertResult:
        with core_errors():
            return await check.send_alert(self._http, input)

    @activity.defn(name="guard_record_rehearsal")
    async def record_rehearsal(self, input: RehearsalInput) -> RehearsalRecord:
        with core_errors():
            return check.rehearsal_record(input)

    @activity.defn(name="guard_rehearsal_fact")
    async def rehearsal_fact(self, artifacts_dir: str) -> RehearsalRecord | None:
        """The newest rollback rehearsal recorded under a recall's state directory, for its report."""
        with core_errors():
            return rehearsal.latest_rehearsal(artifacts_dir)
