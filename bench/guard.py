"""Benchmark: one guard run over 100 channels with the full HTTP library, beside a plain httpx loop.

The guard side is `check_channels` (the core of the `guard_check_channels` activity): every scenario on every
channel through `run_probes` (fresh subjects, transcripts written and digested), then the run compared with
the last one and recorded in the guard's runs.jsonl. The floor replays exactly the requests the guard sent
(captured with an event hook, grouped by the task, that is the scenario run, that sent them) with a plain
`httpx.AsyncClient`, each scenario run's requests in order, with the same concurrency, against the same demo
service, in the same run. Each round's guard run is held to the mean of a floor run just before it and one
just after it; the ratio is the median of the rounds' ratios, as the machine is shared and one round's time
swings.
Target (issue 20): guard time <= 1.2x the floor. The restart scenario is left out, as in bench/probes.py: it
restarts the target, so it measures the service's start-up, not the guard.

    .venv/bin/python bench/guard.py                 # 100 channels, concurrency 16, 7 rounds
    .venv/bin/python bench/guard.py --channels 200 -c 32
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probes import Captured, free_port, http_scenarios, read_body

from optout_recall.demo import control
from optout_recall.guard import runs
from optout_recall.guard.check import check_channels
from optout_recall.payloads import ChannelTarget
from optout_recall.payloads.guard import GuardCheckInput, GuardInput
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.http import default_http_client
from optout_recall.probes.scenarios import load_library

Sequences = list[Captured]
"""The requests one scenario run sent, in order, for each scenario run."""


async def guard_round(
    url: str, scenarios: list[str], channels: int, concurrency: int, state: Path, run_id: str
) -> tuple[float, int, Sequences]:
    by_task: dict[asyncio.Task[object] | None, Captured] = {}

    async def capture(request: httpx.Request) -> None:
        # Each scenario run is one task, so its requests, in order, are the ones its task sent.
        by_task.setdefault(asyncio.current_task(), []).append(
            (request.method, str(request.url), dict(request.headers), request.content)
        )

    settings = ProbeSettings(concurrency=concurrency)

    def factory() -> httpx.AsyncClient:
        client = default_http_client(settings)
        client.event_hooks["request"] = [capture]
        return client

    guard = GuardInput(
        name="bench",
        channels=[ChannelTarget(name=f"bench-{number:04d}", url=url) for number in range(channels)],
        scenarios=scenarios,
        state_dir=str(state),
    )
    started = time.perf_counter()
    result = await check_channels(
        GuardCheckInput(guard=guard, run_id=run_id, started_at=datetime.now(UTC)), settings, factory
    )
    elapsed = time.perf_counter() - started
    if result.passed != result.scenario_runs:
        [record] = [run for run in runs.read_runs(state) if run["run_id"] == run_id]
        failed = [v for v in record["verdicts"] if v["verdict"] != "pass"]
        raise SystemExit(
            f"{len(failed)} scenario runs did not pass on the fixed build, e.g. {failed[0]['scenario']} on"
            f" {failed[0]['channel']}: {failed[0]['verdict']} ({failed[0]['reason']})"
        )
    return elapsed, result.scenario_runs, list(by_task.values())


async def plain_round(sequences: Sequences, concurrency: int) -> float:
    """Replay the same requests: each scenario run's requests in order, runs side by side, bodies decoded."""
    semaphore = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(limits=limits, trust_env=False) as client:

        async def replay(requests: Captured) -> None:
            async with semaphore:
                for method, url, headers, content in requests:
                    response = await client.request(method, url, headers=headers, content=content)
                    read_body(response)

        started = time.perf_counter()
        await asyncio.gather(*(replay(requests) for requests in sequences))
        return time.perf_counter() - started


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("-c", "--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    library = load_library()
    scenarios = http_scenarios(library)
    with tempfile.TemporaryDirectory(prefix="bench-guard-") as tmp:
        service, port = Path(tmp) / "demo", free_port()
        control.start(service, port, "fixed")
        url = f"http://127.0.0.1:{port}"
        try:
            await guard_round(url, scenarios, 2, args.concurrency, Path(tmp) / "warmup", "warmup")
            guard_times, plain_times, ratios, cpu_ratios = [], [], [], []
            runs, requests = 0, 0
            sequences: Sequences = []
            for number in range(args.rounds):
                # The floor runs just before (the last round's requests) and just after (this round's) the
                # guard, and the guard is held to their mean, so load that drifts meanwhile hits both sides.
                before = await plain_round(sequences, args.concurrency) if sequences else None
                cpu = time.process_time()
                elapsed, runs, sequences = await guard_round(
                    url, scenarios, args.channels, args.concurrency, Path(tmp) / "state", f"round-{number}"
                )
                guard_cpu, cpu = time.process_time() - cpu, time.process_time()
                after = await plain_round(sequences, args.concurrency)
                cpu_ratios.append(guard_cpu / (time.process_time() - cpu))
                floor = after if before is None else (before + after) / 2
                guard_times.append(elapsed)
                plain_times.append(floor)
                ratios.append(elapsed / floor)
                requests = sum(len(sequence) for sequence in sequences)
                around = "after" if before is None else f"{before:.3f}s before, {after:.3f}s after"
                print(
                    f"round {number}: guard {elapsed:.3f}s, plain {floor:.3f}s ({around}),"
                    f" ratio {ratios[-1]:.2f}",
                    flush=True,
                )
        finally:
            control.stop(service)
    guard, plain = statistics.median(guard_times), statistics.median(plain_times)
    print(
        f"scenarios: {len(scenarios)} HTTP scenarios x {args.channels} channels = {runs} runs, {requests} requests"
    )
    print(f"concurrency: {args.concurrency}; rounds: {args.rounds} (medians shown)")
    print(f"guard run:   {guard:.3f}s  ({runs / guard:,.0f} scenario runs/s, {requests / guard:,.0f} req/s)")
    print(f"plain httpx: {plain:.3f}s  ({requests / plain:,.0f} req/s)")
    print(
        f"ratio guard/plain: {statistics.median(ratios):.2f} (median of the rounds' ratios,"
        f" {min(ratios):.2f} to {max(ratios):.2f}; target <= 1.20)"
    )
    print(f"client CPU guard/plain: {statistics.median(cpu_ratios):.2f} (this process only, not the service)")


if __name__ == "__main__":
    asyncio.run(main())
