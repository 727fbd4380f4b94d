"""How fast many repositories freeze: bounded concurrency against a plain sequential async loop.

Runs the real freeze activities against the local GitHub and GitLab APIs from tests/fakes (with a per-request
latency standing in for the network) and against local bare repositories for plain git, then unfreezes
everything and checks nothing is left frozen. Prints repos frozen per second both ways and the ratio.

    .venv/bin/python -m bench.freeze [--repos 200] [--concurrency 16] [--latency 0.02]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import httpx
from temporalio.testing import ActivityEnvironment

from activities.git_hosts import GitHostActivities
from optout_recall.freeze.git import create_bare_repo_with_main
from optout_recall.logs import configure_logging
from optout_recall.payloads import (
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
    RepoUnfreezeInput,
)
from tests.fakes import serve
from tests.fakes.github_api import FakeGitHub, FakeToken
from tests.fakes.gitlab_api import FakeGitLab

TOKEN = "bench-token"
INCIDENT = "BENCH-1"


async def freeze_sequentially(acts: GitHostActivities, inputs: Sequence[RepoFreezeInput]) -> list[RepoFreeze]:
    return [await ActivityEnvironment().run(acts.freeze_repo, i) for i in inputs]


async def freeze_bounded(
    acts: GitHostActivities, inputs: Sequence[RepoFreezeInput], concurrency: int
) -> list[RepoFreeze]:
    """What a workflow does when it starts one freeze activity per repository with a bounded fan-out."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one(input: RepoFreezeInput) -> RepoFreeze:
        async with semaphore:
            return await ActivityEnvironment().run(acts.freeze_repo, input)

    return await asyncio.gather(*(one(i) for i in inputs))


async def unfreeze_all(acts: GitHostActivities, freezes: Sequence[RepoFreeze], concurrency: int) -> None:
    semaphore = asyncio.Semaphore(concurrency)

    async def one(freeze: RepoFreeze) -> None:
        async with semaphore:
            await ActivityEnvironment().run(
                acts.unfreeze_repo, RepoUnfreezeInput(incident_id=INCIDENT, freeze=freeze)
            )

    await asyncio.gather(*(one(f) for f in freezes))


async def measure(
    name: str,
    acts: GitHostActivities,
    make_inputs: Callable[[str], list[RepoFreezeInput]],
    concurrency: int,
    check_clean: Callable[[], Awaitable[bool]],
) -> tuple[str, int, float, float]:
    inputs = make_inputs("seq")
    started = time.perf_counter()
    frozen = await freeze_sequentially(acts, inputs)
    sequential = len(inputs) / (time.perf_counter() - started)
    await unfreeze_all(acts, frozen, concurrency)

    inputs = make_inputs("par")
    started = time.perf_counter()
    frozen = await freeze_bounded(acts, inputs, concurrency)
    bounded = len(inputs) / (time.perf_counter() - started)
    await unfreeze_all(acts, frozen, concurrency)
    if not await check_clean():
        raise SystemExit(f"{name}: something was left frozen after unfreeze")
    return name, len(inputs), sequential, bounded


async def main(repos: int, concurrency: int, latency: float) -> None:
    github, gitlab = FakeGitHub(latency=latency), FakeGitLab(latency=latency)
    github.tokens[TOKEN] = FakeToken(admin=True)
    gitlab.tokens[TOKEN] = 40
    for run in ("seq", "par"):
        for n in range(repos):
            github.add_repo(f"acme/{run}-{n}")
            gitlab.add_project(f"acme/{run}-{n}")

    async with (
        serve(github.app) as github_url,
        serve(gitlab.app) as gitlab_url,
        httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency * 2)) as http,
    ):
        acts = GitHostActivities(http, env={"BENCH_TOKEN": TOKEN}, max_concurrent_requests=concurrency)

        def hosted(provider: RepoProvider, url: str) -> Callable[[str], list[RepoFreezeInput]]:
            def make(run: str) -> list[RepoFreezeInput]:
                return [
                    RepoFreezeInput(
                        incident_id=INCIDENT,
                        commander="bench",
                        repo=RepoTarget(
                            name=f"{run}-{n}",
                            provider=provider,
                            location=f"acme/{run}-{n}",
                            api_url=url,
                            token_env="BENCH_TOKEN",
                        ),
                    )
                    for n in range(repos)
                ]

            return make

        async def github_clean() -> bool:
            return all(not r.rulesets for r in github.repos.values())

        async def gitlab_clean() -> bool:
            return all(not p.protected and not p.freeze_periods for p in gitlab.projects.values())

        with tempfile.TemporaryDirectory(prefix="optout-recall-bench-") as tmp:
            root = Path(tmp)
            for run in ("seq", "par"):
                for n in range(repos):
                    create_bare_repo_with_main(root / f"{run}-{n}.git")

            def git_inputs(run: str) -> list[RepoFreezeInput]:
                return [
                    RepoFreezeInput(
                        incident_id=INCIDENT,
                        commander="bench",
                        repo=RepoTarget(name=f"{run}-{n}", location=str(root / f"{run}-{n}.git")),
                    )
                    for n in range(repos)
                ]

            async def git_clean() -> bool:
                return not any(root.glob("*.git/hooks/pre-receive")) and not any(
                    root.glob("*.git/hooks/*optout-recall*")
                )

            results = [
                await measure(
                    f"github (ruleset, {latency * 1000:.0f} ms/request)",
                    acts,
                    hosted(RepoProvider.GITHUB, github_url),
                    concurrency,
                    github_clean,
                ),
                await measure(
                    f"gitlab (protect + freeze period, {latency * 1000:.0f} ms/request)",
                    acts,
                    hosted(RepoProvider.GITLAB, f"{gitlab_url}/api/v4"),
                    concurrency,
                    gitlab_clean,
                ),
                await measure("git (pre-receive hook, local)", acts, git_inputs, concurrency, git_clean),
            ]

    print(f"freeze {repos} repositories: plain async loop vs bounded concurrency ({concurrency})")
    print(f"{'provider':<48} {'repos':>5} {'loop/s':>9} {'bounded/s':>10} {'ratio':>7}")
    for name, count, sequential, bounded in results:
        print(f"{name:<48} {count:>5} {sequential:>9.1f} {bounded:>10.1f} {bounded / sequential:>6.1f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to each API answer")
    args = parser.parse_args()
    # The providers log each repository at info; the table is the output here.
    configure_logging("WARNING", json_output=False)
    asyncio.run(main(args.repos, args.concurrency, args.latency))
