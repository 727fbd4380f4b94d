"""Pydantic types for the consent ledger: what goes in, what comes out, and what verify found."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, NotRequired

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, field_validator
from typing_extensions import TypedDict  # pydantic needs this TypedDict before Python 3.12

from optout_recall.payloads import Choice, ConsentSource

JURISDICTION_PATTERN = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$"
PURPOSE_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"


NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]+$"


SubjectId = Annotated[str, Field(min_length=1, max_length=512, pattern=NO_CONTROL_CHARACTERS)]
Purpose = Annotated[
    str, Field(pattern=PURPOSE_PATTERN, description="e.g. sale, sharing, targeted_advertising")
]
Jurisdiction = Annotated[
    str, Field(pattern=JURISDICTION_PATTERN, description="ISO 3166-2 (US-CA) or 3166-1 (EU)")
]
ObservedAt = Annotated[
    AwareDatetime, Field(description="when the signal was given; any offset, stored as UTC")
]
IdempotencyKey = Annotated[str, Field(max_length=256, pattern=NO_CONTROL_CHARACTERS)]


class LedgerEntryInput(BaseModel):
    """One preference change as a service, a file line or a queue message gives it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject_id: SubjectId
    purpose: Purpose
    choice: Choice
    source: ConsentSource
    jurisdiction: Jurisdiction
    observed_at: ObservedAt
    idempotency_key: IdempotencyKey | None = None
    channel_metadata: dict[str, Any] | None = None

    @field_validator("observed_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)

    @field_validator("channel_metadata")
    @classmethod
    def _json_serializable(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            try:
                json.dumps(value, allow_nan=False)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"must be plain JSON: {exc}") from exc
        return value


class LedgerEntryFields(TypedDict):
    """The fields of LedgerEntryInput with the same constraints, validated without building a model.

    The bulk import checks each line against this first (several times faster than the model); a line it
    refuses, or whose metadata is not plain JSON, goes through LedgerEntryInput for the exact error report.
    observed_at still carries its offset here: the importer converts it to UTC as the model does.
    """

    # cache_strings off: nearly every string in an import (subjects, keys) is new, so caching only costs.
    __pydantic_config__ = ConfigDict(extra="forbid", cache_strings=False)  # type: ignore[misc]

    subject_id: SubjectId
    purpose: Purpose
    choice: Choice
    source: ConsentSource
    jurisdiction: Jurisdiction
    observed_at: ObservedAt
    idempotency_key: NotRequired[IdempotencyKey | None]
    channel_metadata: NotRequired[dict[str, Any] | None]


LEDGER_ENTRY_FIELDS: TypeAdapter[LedgerEntryFields] = TypeAdapter(LedgerEntryFields)


class LedgerEntry(BaseModel):
    """A committed ledger row."""

    model_config = ConfigDict(frozen=True)

    seq: int
    subject_id: str
    purpose: str
    choice: Choice
    source: ConsentSource
    jurisdiction: str
    observed_at: datetime
    recorded_at: datetime
    idempotency_key: str | None
    channel_metadata: dict[str, Any] | None
    prev_hash: str
    entry_hash: str


class SignedHead(BaseModel):
    """The chain head (seq, hash, time) signed with Ed25519; paste it into a ticket to pin the ledger."""

    model_config = ConfigDict(frozen=True)

    seq: int
    entry_hash: str
    signed_at: datetime
    key_id: str
    public_key: str = Field(description="raw Ed25519 public key, hex")
    signature: str = Field(description="Ed25519 signature over the canonical head, hex")

    def to_text(self) -> str:
        return "\n".join(
            [
                "optout-recall consent ledger head",
                f"seq:        {self.seq}",
                f"entry_hash: {self.entry_hash}",
                f"signed_at:  {self.signed_at.isoformat()}",
                f"key_id:     {self.key_id}",
                f"public_key: {self.public_key}",
                f"signature:  {self.signature}",
            ]
        )


class ProblemKind(StrEnum):
    CHANGED_ROW = "changed_row"
    BROKEN_LINK = "broken_link"
    MISSING_ROW = "missing_row"
    MISSING_TAIL = "missing_tail"
    REWRITTEN_TAIL = "rewritten_tail"
    BAD_SIGNATURE = "bad_signature"
    UNTRUSTED_KEY = "untrusted_key"


class VerifyProblem(BaseModel):
    seq: int
    kind: ProblemKind
    detail: str

    def describe(self) -> str:
        return f"seq {self.seq}: {self.kind.value.replace('_', ' ')}: {self.detail}"


class VerifyReport(BaseModel):
    ok: bool
    entries_checked: int
    head_seq: int
    head_hash: str
    checkpoints_checked: int
    latest_checkpoint_seq: int | None = None
    problems: list[VerifyProblem] = Field(default_factory=list)
    duration_seconds: float = 0.0

    @property
    def first_problem(self) -> VerifyProblem | None:
        return min(self.problems, key=lambda problem: problem.seq) if self.problems else None

    def summary(self) -> str:
        first = self.first_problem
        if first is None:
            checkpoint = (
                f", last signed checkpoint at seq {self.latest_checkpoint_seq}"
                if self.latest_checkpoint_seq is not None
                else ", no signed checkpoint"
            )
            return f"ledger intact: {self.entries_checked} entries, head seq {self.head_seq}{checkpoint}"
        return f"ledger tampered: first bad {first.describe()}"
