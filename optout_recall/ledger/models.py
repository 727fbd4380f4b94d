"""Pydantic types for the consent ledger: what goes in, what comes out, and what verify found."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    computed_field,
    field_validator,
)
from typing_extensions import TypedDict  # pydantic needs this TypedDict before Python 3.12

from optout_recall.gpp import MAX_GPP_CHARS, GppError, decode, gpc_signals, opt_outs
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


# What a GPP entry writes into its channel metadata: the raw string, and the section and field it read.
GPP_METADATA_KEYS = ("gpp", "gpp_section", "gpp_field")


def check_gpp_string(value: str) -> str:
    """A GPP string this ledger can read: it decodes, and it carries at least one US section."""
    try:
        decoded = decode(value)
    except GppError as exc:
        raise ValueError(str(exc)) from exc
    if not decoded.sections:
        present = ", ".join(decoded.not_decoded) or "none"
        raise ValueError(f"it carries no US section (sections present: {present})")
    return value


GppString = Annotated[
    str,
    Field(min_length=1, max_length=MAX_GPP_CHARS, description="an IAB Global Privacy Platform string"),
    AfterValidator(check_gpp_string),
]


class GppEntriesInput(BaseModel):
    """A GPP string where an entry gives one purpose and choice: a file line, or what a service posts.

    It becomes one opt-out entry per consent field that reads 1 (SaleOptOut -> sale, SharingOptOut ->
    sharing, TargetedAdvertisingOptOut -> targeted_advertising) in each US section. A field that reads 2
    (did not opt out) or 0 (not applicable) records nothing: neither is a consent that could undo an opt-out
    given elsewhere. A state section's entries are in its state; the national section's (usnat) in
    `jurisdiction`. Each entry keeps the raw string, its section and its field in its channel metadata.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject_id: SubjectId
    gpp: GppString
    source: ConsentSource
    jurisdiction: Jurisdiction
    observed_at: ObservedAt
    idempotency_key: IdempotencyKey | None = Field(
        default=None, description="each entry's key is this one with :SECTION:PURPOSE appended"
    )
    channel_metadata: ChannelMetadata = None

    @field_validator("observed_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)

    @field_validator("channel_metadata")
    @classmethod
    def _leaves_room_for_the_string(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        taken = sorted(set(value or {}) & set(GPP_METADATA_KEYS))
        if taken:
            raise ValueError(f"{', '.join(taken)} is written from the GPP string; remove it")
        return value

    def entries(
        self,
        context: dict[str, Any] | None = None,
        gpc_purposes: Callable[[str, datetime], Sequence[str]] | None = None,
    ) -> list[LedgerEntryInput]:
        """The opt-out entries the string carries, in string order (ValidationError if one cannot be one).

        A GPC sub-section that reads true is a Global Privacy Control signal: with `gpc_purposes` (the rules'
        purposes for a jurisdiction at a time) it becomes one opt-out of source `gpc` per purpose GPC covers
        there at observed_at, once per jurisdiction and purpose, field "Gpc". Without it the bit records
        nothing (the caller already recorded the signal, from a `Sec-GPC` header for example).
        """
        decoded = decode(self.gpp)
        found: list[tuple[str, str, str, ConsentSource, str]] = [
            (item.section, item.field, item.purpose, self.source, item.jurisdiction or self.jurisdiction)
            for item in opt_outs(decoded)
        ]
        if gpc_purposes is not None:
            seen: set[tuple[str, str]] = set()
            for item in gpc_signals(decoded):
                where = item.jurisdiction or self.jurisdiction
                for purpose in gpc_purposes(where, self.observed_at):
                    if (where, purpose) not in seen:
                        seen.add((where, purpose))
                        found.append((item.section, item.field, purpose, ConsentSource.GPC, where))
        return [
            LedgerEntryInput.model_validate(
                {
                    "subject_id": self.subject_id,
                    "purpose": purpose,
                    "choice": Choice.OPT_OUT,
                    "source": source,
                    "jurisdiction": jurisdiction,
                    "observed_at": self.observed_at,
                    "idempotency_key": _entry_key(self.idempotency_key, section, field_name, purpose),
                    "channel_metadata": {
                        **(self.channel_metadata or {}),
                        "gpp": self.gpp,
                        "gpp_section": section,
                        "gpp_field": field_name,
                    },
                },
                context=context,
            )
            for section, field_name, purpose, source, jurisdiction in found
        ]


def _entry_key(key: str | None, section: str, field_name: str, purpose: str) -> str | None:
    """A GPP entry's idempotency key: the string's key, its section, `gpc` for the GPC bit, and the purpose."""
    if key is None:
        return None
    return f"{key}:{section}:gpc:{purpose}" if field_name == "Gpc" else f"{key}:{section}:{purpose}"


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


class HeadClaim(BaseModel):
    """A head held outside the database (`verify --head SEQ[:HASH]`, from a ticket or a report): the ledger
    reached `seq`, with `entry_hash` there when it is given. It catches a ledger cut back to an older
    checkpoint, which nothing left inside the database betrays."""

    model_config = ConfigDict(frozen=True)

    seq: int = Field(ge=0)
    entry_hash: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")

    @classmethod
    def parse(cls, text: str) -> HeadClaim:
        """`SEQ` or `SEQ:HASH`; ValueError for anything else."""
        seq, _, entry_hash = text.strip().partition(":")
        if not seq.isdigit() or (entry_hash and not re.fullmatch(r"[0-9a-f]{64}", entry_hash.lower())):
            raise ValueError(f"{text!r} is not SEQ[:HASH] (HASH: 64 hex digits)")
        return cls(seq=int(seq), entry_hash=entry_hash.lower() or None)


class ProblemKind(StrEnum):
    CHANGED_ROW = "changed_row"
    BROKEN_LINK = "broken_link"
    MISSING_ROW = "missing_row"
    MISSING_TAIL = "missing_tail"
    REWRITTEN_TAIL = "rewritten_tail"
    BAD_SIGNATURE = "bad_signature"
    UNTRUSTED_KEY = "untrusted_key"
    # Not a change found but a guarantee missing: entries no trusted signed head covers.
    NOT_COVERED = "not_covered"


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
    covered_seq: int | None = Field(
        default=None,
        description="the highest seq a signed head by a trusted key attests and the chain still holds",
    )
    covered_by: str | None = Field(default=None, description="key id of the signed head at covered_seq")
    trusted_key_ids: list[str] = Field(
        default_factory=list, description="the pinned keys; empty: a valid signature by any key counted"
    )
    signer_key_ids: list[str] = Field(
        default_factory=list, description="every key that validly signed a head checked"
    )
    problems: list[VerifyProblem] = Field(default_factory=list)
    duration_seconds: float = 0.0

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form
    @property
    def origin_verified(self) -> bool:
        """Only a key pinned from outside proves who signed: anyone who can write the ledger can sign it."""
        return bool(self.trusted_key_ids)

    @property
    def first_problem(self) -> VerifyProblem | None:
        return min(self.problems, key=lambda problem: problem.seq) if self.problems else None

    @property
    def headline(self) -> VerifyProblem | None:
        """The problem the summary names: the first change found, else the missing coverage."""
        changes = [problem for problem in self.problems if problem.kind is not ProblemKind.NOT_COVERED]
        return min(changes or self.problems, key=lambda problem: problem.seq, default=None)

    def summary(self) -> str:
        headline = self.headline
        if headline is None:
            if self.covered_seq is not None and self.covered_seq == self.head_seq:
                checkpoint = (
                    f", covered by a checkpoint at seq {self.covered_seq} signed by key {self.covered_by}"
                )
            elif self.covered_seq is not None:
                checkpoint = (
                    f", last signed checkpoint at seq {self.covered_seq} "
                    f"(seq {self.covered_seq + 1}..{self.head_seq} not yet covered)"
                )
            else:
                checkpoint = ", no signed checkpoint"
            return f"ledger intact: {self.entries_checked} entries, head seq {self.head_seq}{checkpoint}"
        if headline.kind is ProblemKind.NOT_COVERED:
            return f"ledger not verified: {headline.detail}"
        return f"ledger tampered: first bad {headline.describe()}"
