"""Benchmark: N scenario runs against the demo service, beside a plain httpx loop sending the same requests.

The probe side is `run_probes` (the core of the `run_scenarios` activity) with bounded concurrency: fresh
subjects, every request and response recorded, subject ids hashed, one JSON transcript written and digested
per run. The floor is a plain `httpx.AsyncClient` loop replaying exactly the requests the probe sent
(captured with an event hook), grouped per scenario run and run with the same concurrency, against the same
service, in the same run.
Ratio = floor time / probe time; target >= 0.7. The restart scenario is left out: it restarts the target,
so it runs alone and measures the service's start-up, not the probe.

    .venv/bin/python bench/probes.py                 # 1,000 runs, concurrency 16
    .venv/bin/python bench/probes.py -n 2000 -c 32
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import socket
import statistics
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

from optout_recall.demo import control
from optout_recall.payloads import ChannelKind, ChannelTarget, ProbeRunInput, Verdict
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.http import default_http_client
from optout_recall.probes.run import run_probes
from optout_recall.probes.scenarios import Scenario, load_library

_SUBJECT = re.compile(rb"recall-probe-[0-9a-f]{16}")

Captured = list[tuple[str, str, dict[str, str], bytes]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def probe_round(
    url: str, scenarios: list[str], channels: int, concurrency: int, out: Path, label: str
) -> tuple[float, int, Captured]:
    captured: Captured = []

    async def capture(request: httpx.Request) -> None:
        captured.append((request.method, str(request.url), dict(request.headers), request.content))

    settings = ProbeSettings(concurrency=concurrency)

    def factory() -> httpx.AsyncClient:
        client = default_http_client(settings)
        client.event_hooks["request"] = [capture]
        return client

    targets = [ChannelTarget(name=f"bench-{number:04d}", url=url) for number in range(channels)]
    started = time.perf_counter()
    result = await run_probes(
        ProbeRunInput(
            incident_id="bench", label=label, channels=targets, scenarios=scenarios, artifacts_dir=str(out)
        ),
        settings=settings,
        client_factory=factory,
    )
    elapsed = time.perf_counter() - started
    passed = sum(1 for verdict in result.verdicts if verdict.verdict == Verdict.PASS)
    if passed != len(result.verdicts):
        failed = next(v for v in result.verdicts if v.verdict != Verdict.PASS)
        raise SystemExit(
            f"{len(result.verdicts) - passed} scenario runs did not pass against the fixed build,"
            f" e.g. {failed.scenario} on {failed.channel}: {failed.verdict} ({failed.reason})"
        )
    return elapsed, len(result.verdicts), captured


def read_body(response: httpx.Response) -> object:
    """Decode the body as the probe does: JSON when it says it is JSON, else text (the display page is HTML)."""
    if response.headers.get("content-type", "").startswith("application/json"):
        return response.json()
    return response.text


async def plain_round(captured: Captured, concurrency: int) -> float:
    """Replay the same requests: each scenario run's requests in order, runs side by side."""
    groups: dict[bytes, list[tuple[str, str, dict[str, str], bytes]]] = {}
    for number, (method, url, headers, content) in enumerate(captured):
        match = _SUBJECT.search(url.encode() + content)
        groups.setdefault(match.group() if match else str(number).encode(), []).append(
            (method, url, headers, content)
        )
    semaphore = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(limits=limits, trust_env=False) as client:

        async def replay(requests: list[tuple[str, str, dict[str, str], bytes]]) -> None:
            async with semaphore:
                for method, url, headers, content in requests:
                    response = await client.request(method, url, headers=headers, content=content)
                    read_body(response)

        started = time.perf_counter()
        await asyncio.gather(*(replay(requests) for requests in groups.values()))
        return time.perf_counter() - started


def http_scenarios(library: Mapping[str, Scenario]) -> list[str]:
    """The library's HTTP scenarios that need no service restart: the ones both HTTP benches replay."""
    return sorted(
        name
        for name, scenario in library.items()
        if ChannelKind.HTTP in scenario.channels and not any(step.restart for step in scenario.steps)
    )


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--runs", type=int, default=1000, help="scenario runs per round")
    parser.add_argument("-c", "--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    library = load_library()
    scenarios = http_scenarios(library)
    channels = math.ceil(args.runs / len(scenarios))
    with tempfile.TemporaryDirectory(prefix="bench-probes-") as tmp:
        state, port = Path(tmp) / "demo", free_port()
        control.start(state, port, "fixed")
        url = f"http://127.0.0.1:{port}"
        try:
            await probe_round(url, scenarios, 2, args.concurrency, Path(tmp) / "warmup", "warmup")
            probe_times, plain_times = [], []
            runs, requests = 0, 0
            for number in range(args.rounds):
                elapsed, runs, captured = await probe_round(
                    url, scenarios, channels, args.concurrency, Path(tmp) / f"round-{number}", "bench"
                )
                probe_times.append(elapsed)
                requests = len(captured)
                plain_times.append(await plain_round(captured, args.concurrency))
        finally:
            control.stop(state)
    probe, plain = statistics.median(probe_times), statistics.median(plain_times)
    print(
        f"scenarios: {len(scenarios)} HTTP scenarios x {channels} channels = {runs} runs, {requests} requests"
    )
    print(f"concurrency: {args.concurrency}; rounds: {args.rounds} (median shown)")
    print(
        f"probe activity: {probe:.3f}s  ({runs / probe:,.0f} scenario runs/s, {requests / probe:,.0f} req/s)"
    )
    print(f"plain httpx:    {plain:.3f}s  ({requests / plain:,.0f} req/s)")
    print(f"ratio plain/probe: {plain / probe:.2f} (target >= 0.70)")


if __name__ == "__main__":
    asyncio.run(main())
