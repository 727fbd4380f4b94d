"""Pydantic types for the consent ledger: what goes in, what comes out, and what verify found."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, NotRequired

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationInfo,
    field_validator,
)
from typing_extensions import TypedDict  # pydantic needs this TypedDict before Python 3.12

from optout_recall.ledger.chain import canonical_metadata
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

# The instants UTC can hold. An offset that carries a time past them (0001-01-01T00:00:00+14:00) is refused
# as a validation error here; converting it would raise OverflowError wherever it was converted.
EARLIEST_UTC = datetime.min.replace(tzinfo=UTC)
LATEST_UTC = datetime.max.replace(tzinfo=UTC)
ObservedAt = Annotated[
    AwareDatetime,
    Field(ge=EARLIEST_UTC, le=LATEST_UTC, description="when the signal was given; any offset, stored as UTC"),
]
IdempotencyKey = Annotated[str, Field(max_length=256, pattern=NO_CONTROL_CHARACTERS)]

MAX_CHANNEL_METADATA_BYTES = 8 * 1024
# The validation context key under which a door (the HTTP endpoint) asks for a lower metadata limit.
METADATA_LIMIT_CONTEXT = "max_channel_metadata_bytes"


def check_channel_metadata(value: dict[str, Any] | None, info: ValidationInfo) -> dict[str, Any] | None:
    """Metadata is evidence, not storage: plain JSON, and small as the ledger stores it (canonical UTF-8)."""
    if value is None:
        return None
    try:
        stored = canonical_metadata(value) or ""
    except (TypeError, ValueError) as exc:
        raise ValueError(f"must be plain JSON: {exc}") from exc
    limit = MAX_CHANNEL_METADATA_BYTES
    asked = info.context.get(METADATA_LIMIT_CONTEXT) if isinstance(info.context, dict) else None
    if isinstance(asked, int):
        limit = min(limit, asked)
    size = len(stored.encode())
    if size > limit:
        raise ValueError(f"is {size} bytes as JSON; at most {limit} are accepted")
    return value


ChannelMetadata = Annotated[
    dict[str, Any] | None,
    AfterValidator(check_channel_metadata),
    Field(description=f"plain JSON, at most {MAX_CHANNEL_METADATA_BYTES} bytes as stored"),
]


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
    channel_metadata: ChannelMetadata = None

    @field_validator("observed_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)


class LedgerEntryFields(TypedDict):
    """The fields of LedgerEntryInput with the same constraints, validated without building a model.

    The bulk import checks each line against this first (several times faster than the model); a line it
    refuses, or whose metadata is not plain JSON, goes through LedgerEntryInput for the exact error report.
    The same limits hold: observed_at in UTC's range, channel_metadata plain JSON within its size.
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
    channel_metadata: NotRequired[ChannelMetadata]


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
