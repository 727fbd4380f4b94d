"""Deploy and rollback hooks: a thin adapter over `optout_recall.deploys`.

The deploy id comes from the activity's identity (workflow, run, activity id), which every retry of one
activity shares, so a retry finds the run an earlier attempt started instead of deploying a second time.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from temporalio import activity

from activities.errors import core_errors
from optout_recall.deploys import HookRunner, deploy_id
from optout_recall.payloads import DeployInput, DeployResult


class DeployActivities:
    """Runs the spec's hooks. A hook that fails is a result for the workflow to act on, not a retry.

    `env` is the worker environment hooks' `env_from` and token names are read from (default `os.environ`).
    """

    def __init__(
        self, http: httpx.AsyncClient, *, env: Mapping[str, str] | None = None, kill_grace: float = 5.0
    ) -> None:
        self._runner = HookRunner(http, env=env, kill_grace=kill_grace)

    @activity.defn(name="run_hook")
    async def run_hook(self, input: DeployInput) -> DeployResult:
        info = activity.info()
        deploy = deploy_id(
            input,
            workflow_id=info.workflow_id or "",
            workflow_run_id=info.workflow_run_id or "",
            activity_id=info.activity_id,
        )
        with core_errors():
            result = await self._runner.run(input, deploy, heartbeat=activity.heartbeat)
        activity.logger.info(
            "%s %s (%s, run %s): ok=%s %s",
            input.action,
            input.hotfix_ref,
            deploy,
            result.runs,
            result.ok,
            result.detail,
        )
        return result
