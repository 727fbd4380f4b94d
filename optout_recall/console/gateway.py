"""What the console needs from Temporal, as a protocol the CLI implements over the client.

The console never signs and never holds a key: every method that changes a recall takes a statement the browser
signed and returns what the workflow recorded, or raises `Refused` with the validator's own words.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from temporalio.client import WorkflowHistory

from optout_recall.payloads import (
    CancelDecision,
    GateDecision,
    HotfixProposal,
    Person,
    RecallState,
    RecordedDecision,
)

ReplayHistories = Callable[[Sequence[WorkflowHistory]], Awaitable[list[Exception | None]]]


class Refused(Exception):
    """Temporal or the workflow's validator refused a statement; the message is theirs, for the person."""


class NoSuchRecall(Exception):
    """No recall by that incident id (or workflow id) on this Temporal."""


class Unavailable(Exception):
    """Temporal or the worker did not answer; the message says what to start."""


@dataclass(frozen=True)
class RecallRow:
    incident_id: str
    workflow_id: str
    status: str
    phase: str
    commander: str
    waiting_on: list[str]
    started_at: datetime | None


@dataclass(frozen=True)
class RecallView:
    workflow_id: str
    status: str
    state: RecallState
    people: list[Person] = field(default_factory=list)
    artifacts_dir: Path | None = None

    @property
    def running(self) -> bool:
        return self.status == "running"


class RecallGateway(Protocol):
    async def recalls(self) -> list[RecallRow]: ...

    async def view(self, recall_id: str) -> RecallView: ...

    async def decide(self, workflow_id: str, decision: GateDecision) -> RecordedDecision: ...

    async def propose(self, workflow_id: str, proposal: HotfixProposal) -> str: ...

    async def cancel(self, workflow_id: str, cancel: CancelDecision) -> CancelDecision: ...
