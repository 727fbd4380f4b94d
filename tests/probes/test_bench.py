"""The benchmarks' floors replay what the probes sent, the display page (HTML) included."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from optout_recall.demo import control
from tests.conftest import free_port

BENCH = Path(__file__).resolve().parents[2] / "bench"


def bench_module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    control.start(tmp_path / "service", port, "fixed")
    yield f"http://127.0.0.1:{port}"
    control.stop(tmp_path / "service")


async def test_probe_bench_floor_replays_the_html_display_page(tmp_path: Path, service: str) -> None:
    probes = bench_module("probes")
    _, runs, captured = await probes.probe_round(
        service, ["gpc-honoured-display"], 2, 2, tmp_path / "out", "bench"
    )
    assert runs == 2
    assert ("GET", f"{service}/") in {(method, url) for method, url, _, _ in captured}
    assert await probes.plain_round(captured, 2) > 0


async def test_guard_bench_floor_replays_each_scenario_run_in_order(tmp_path: Path, service: str) -> None:
    guard = bench_module("guard")
    _, runs, sequences = await guard.guard_round(
        service, ["gpc-honoured-display", "gpc-wellknown"], 2, 2, tmp_path / "state", "round-0"
    )
    assert runs == 4
    sent = sorted([(method, url) for method, url, _, _ in sequence] for sequence in sequences)
    display = [("POST", f"{service}/visits"), ("GET", f"{service}/")]
    wellknown = [("GET", f"{service}/.well-known/gpc.json")]
    assert sent == sorted([display, display, wellknown, wellknown])
    assert await guard.plain_round(sequences, 2) > 0
