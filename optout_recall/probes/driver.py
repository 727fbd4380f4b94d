"""What every channel driver shares: the settings, the driver protocol and the outcomes a step can raise."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from optout_recall.probes.scenarios import Step
from optout_recall.rules import JurisdictionRules


@dataclass
class ProbeSettings:
    """How hard and how long to probe."""

    concurrency: int = 8
    settle_seconds: float = 15.0
    restart_timeout_seconds: float = 30.0
    scenario_paths: list[Path] | None = None
    python: str = sys.executable
    heartbeat_seconds: float = 5.0
    rules: JurisdictionRules | None = None  # for scenarios that check a duty; default: the shipped rules
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


class ChannelDriver(Protocol):
    async def step(self, index: int, step: Step) -> None: ...

    async def settle(self) -> None: ...

    async def check(self, check: Any) -> str | None: ...

    async def close(self) -> None: ...


class ProbeError(Exception):
    """The probe could not finish the scenario for a reason that is not the target's answer (verdict error)."""


class Unreachable(ProbeError):
    """The target, its broker or its readback could not be reached at all."""


class StepFailed(ProbeError):
    """The target refused or broke a step it should have accepted (verdict fail)."""
