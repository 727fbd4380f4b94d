"""The frozen repositories of one recall: freeze them, find and let the hotfix through, unfreeze them.

Every repository is its own activity, FREEZE_CONCURRENCY at a time, and its own timeline step; what each
freeze saved for its undo stays in the recall's state (`RecallState.freezes`).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError

from workflows.retries import FREEZE_RETRY, UNFREEZE_RETRY, freeze_heartbeat
from workflows.timeline import Timeline, describe_failure

with workflow.unsafe.imports_passed_through():
    from activities.git_hosts import GitHostActivities
    from optout_recall.payloads import (
        HotfixCommit,
        HotfixCommitInput,
        Phase,
        RecallInput,
        RecallState,
        RepoFreezeInput,
        RepoUnfreezeInput,
        StepOutcome,
    )

FREEZE_CONCURRENCY = 20


class FrozenRepos:
    def __init__(self, input: RecallInput, state: RecallState, timeline: Timeline) -> None:
        self._input = input
        self._state = state
        self._timeline = timeline

    async def freeze_all(self) -> None:
        repos = self._input.repos
        for start in range(0, len(repos), FREEZE_CONCURRENCY):
            batch = repos[start : start + FREEZE_CONCURRENCY]
            await asyncio.gather(
                *(self._freeze_one(repo_index) for repo_index in range(start, start + len(batch)))
            )

    async def _freeze_one(self, index: int) -> None:
        repo = self._input.repos[index]
        step = self._timeline.begin(f"freeze {repo.name}", Phase.FREEZE)
        try:
            freeze = await workflow.execute_activity_method(
                GitHostActivities.freeze_repo,
                RepoFreezeInput(
                    incident_id=self._input.incident_id, commander=self._input.commander, repo=repo
                ),
                start_to_close_timeout=timedelta(seconds=60),
                heartbeat_timeout=freeze_heartbeat(repo),
                retry_policy=FREEZE_RETRY,
                summary=f"freeze {repo.name} ({repo.provider})",
            )
        except ActivityError as err:
            self._timeline.end(step, StepOutcome.FAILED, describe_failure(err))
            raise
        self._state.freezes.append(freeze)
        self._state.counters.repos_frozen += 1
        self._timeline.end(step, StepOutcome.OK, f"{repo.provider} {', '.join(repo.branches)} frozen")

    async def find_commit(self, ref: str) -> tuple[str, list[str], list[HotfixCommit]]:
        """Ask every frozen repository's host for the commit: what is missing, who wrote it (roster names),
        and each host's own report (author, diff stat) for the people asked to approve it."""
        step = self._timeline.begin(f"find {ref[:12]} on every frozen host")
        found = await asyncio.gather(
            *(
                workflow.execute_activity_method(
                    GitHostActivities.find_hotfix_commit,
                    HotfixCommitInput(incident_id=self._input.incident_id, repo=f.repo, sha=ref),
                    start_to_close_timeout=timedelta(seconds=60),
                    retry_policy=FREEZE_RETRY,
                    summary=f"find hotfix {ref[:12]} on {f.repo.name}",
                )
                for f in self._state.freezes
            )
        )
        missing = "; ".join(f.detail or f.repo_name for f in found if not f.found)
        emails = {f.author_email.lower() for f in found if f.found and f.author_email}
        authors = sorted(
            p.name for p in self._input.people if emails & {e.lower() for e in [*p.emails, p.contact or ""]}
        )
        written_by = ", ".join(sorted(emails)) or "unknown"
        detail = (
            f"missing: {missing}"
            if missing
            else f"written by {written_by} ({', '.join(authors) or 'no one on the roster'})"
        )
        self._timeline.end(step, StepOutcome.FAILED if missing else StepOutcome.OK, detail)
        return missing, authors, list(found)

    async def allow_through(self, ref: str) -> None:
        for index, freeze in enumerate(self._state.freezes):
            step = self._timeline.begin(f"allow {ref[:12]} through {freeze.repo.name}", Phase.DEPLOY)
            try:
                updated = await workflow.execute_activity_method(
                    GitHostActivities.allow_hotfix,
                    RepoFreezeInput(
                        incident_id=self._input.incident_id,
                        commander=self._input.commander,
                        repo=freeze.repo,
                        allowed_commits=[*freeze.allowed_commits, ref],
                        restore_state=freeze.restore_state,
                    ),
                    start_to_close_timeout=timedelta(seconds=60),
                    heartbeat_timeout=freeze_heartbeat(freeze.repo),
                    retry_policy=FREEZE_RETRY,
                    summary=f"allow hotfix through {freeze.repo.name}",
                )
            except ActivityError as err:
                self._timeline.end(step, StepOutcome.FAILED, describe_failure(err))
                raise
            # Restore state is what the first freeze saved; the allow-list is what changed.
            self._state.freezes[index] = freeze.model_copy(
                update={"allowed_commits": updated.allowed_commits}
            )
            self._timeline.end(step, StepOutcome.OK)

    async def unfreeze_all(self) -> None:
        """Unfreeze what is still frozen; a repository that will not unfreeze becomes an open item."""
        frozen = [i for i, f in enumerate(self._state.freezes) if f.unfrozen_at is None]
        for start in range(0, len(frozen), FREEZE_CONCURRENCY):
            await asyncio.gather(*(self._unfreeze_one(i) for i in frozen[start : start + FREEZE_CONCURRENCY]))

    async def _unfreeze_one(self, index: int) -> None:
        freeze = self._state.freezes[index]
        step = self._timeline.begin(f"unfreeze {freeze.repo.name}", Phase.UNFREEZE)
        try:
            result = await workflow.execute_activity_method(
                GitHostActivities.unfreeze_repo,
                RepoUnfreezeInput(incident_id=self._input.incident_id, freeze=freeze),
                start_to_close_timeout=timedelta(seconds=60),
                heartbeat_timeout=freeze_heartbeat(freeze.repo),
                retry_policy=UNFREEZE_RETRY,
                summary=f"unfreeze {freeze.repo.name}",
            )
        except ActivityError as err:
            why = describe_failure(err)
            self._timeline.end(step, StepOutcome.FAILED, why)
            self._state.open_items.append(
                f"UNFREEZE BY HAND: {freeze.repo.name} ({freeze.repo.provider} {freeze.repo.location}) "
                f"is still frozen: {why}"
            )
            return
        self._state.freezes[index] = freeze.model_copy(update={"unfrozen_at": result.unfrozen_at})
        self._state.counters.repos_unfrozen += 1
        self._timeline.end(step, StepOutcome.OK)
