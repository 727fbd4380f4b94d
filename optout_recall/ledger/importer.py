"""Import a JSONL file into the ledger: file order is ledger order, all or nothing unless told otherwise.

One pass over the file inside one locked transaction: valid rows are chained and inserted in batches as
they are read; the first invalid row stops inserting, the rest of the file is still checked so every bad
line is named, and the transaction rolls back. With `skip_invalid`, bad lines are reported and skipped.

Lines are checked against LedgerEntryFields (the entry's constraints without building a model); only a
line that fails there goes through LedgerEntryInput, so bad lines are reported exactly as the model says.
"""

from __future__ import annotations

import asyncio
from datetime import UTC
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from optout_recall.ledger.chain import canonical_metadata
from optout_recall.ledger.models import LEDGER_ENTRY_FIELDS, LedgerEntryInput
from optout_recall.ledger.store import Ledger, LedgerAppendSession, PendingRow, pending_row

DEFAULT_BATCH_SIZE = 10_000
_YIELD_EVERY = 500
ASSIGNED_BY_LEDGER = frozenset({"seq", "recorded_at", "prev_hash", "entry_hash"})


class InvalidLine(BaseModel):
    line: int
    field: str
    message: str

    def describe(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


class ImportResult(BaseModel):
    path: str
    lines_read: int = 0
    imported: int = 0
    duplicates: int = Field(default=0, description="rows whose idempotency key was already in the ledger")
    skipped: list[InvalidLine] = Field(default_factory=list)
    first_seq: int | None = None
    last_seq: int | None = None


class ImportRejected(Exception):
    """The file had invalid rows and nothing was imported."""

    def __init__(self, path: str, invalid: list[InvalidLine]) -> None:
        self.path = path
        self.invalid = invalid
        lines = len({problem.line for problem in invalid})
        super().__init__(f"{path}: {lines} invalid line(s), nothing imported")


class _StopImport(Exception):
    pass


def describe_validation_error(line_number: int, error: ValidationError) -> list[InvalidLine]:
    problems = []
    for detail in error.errors(include_url=False):
        location = ".".join(str(part) for part in detail["loc"]) or "(line)"
        message = detail["msg"]
        if detail["type"] == "json_invalid":
            location, message = "(json)", f"not a JSON object: {detail.get('ctx', {}).get('error', message)}"
        elif detail["type"] == "extra_forbidden" and location in ASSIGNED_BY_LEDGER:
            message = "assigned by the ledger; remove it from the import file"
        elif detail["type"] == "model_type":
            location, message = "(line)", "expected a JSON object"
        problems.append(InvalidLine(line=line_number, field=location, message=message))
    return problems


async def import_jsonl(
    ledger: Ledger,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ImportResult:
    """Import `path`; raise ImportRejected (nothing written) on invalid rows unless `skip_invalid`."""
    source = Path(path)
    result = ImportResult(path=str(source))
    invalid: list[InvalidLine] = []
    # On PostgreSQL the server stores one batch while this process validates the next. Not on SQLite: its
    # driver thread would take the GIL back from this one after every row it steps.
    overlap = ledger.engine.dialect.name != "sqlite"
    try:
        async with ledger.append_session() as session:
            writing: asyncio.Task[None] | None = None
            lines_read = 0  # a local: a pydantic field costs a validated setattr per line
            try:
                batch: list[PendingRow] = []
                # A buffered local read per line; handing each to a thread would cost more than it saves.
                with source.open("rb") as handle:  # noqa: ASYNC230
                    for line_number, line in enumerate(handle, start=1):
                        if writing is not None and line_number % _YIELD_EVERY == 0:
                            await asyncio.sleep(0)  # let the batch being written make progress
                        if not line.strip():
                            continue
                        lines_read += 1
                        row = _validated_row(line, line_number, invalid)
                        if row is None or (invalid and not skip_invalid):
                            continue
                        batch.append(row)
                        if len(batch) >= batch_size:
                            if writing is not None:
                                await writing
                            writing = None
                            if overlap:
                                writing = asyncio.create_task(_flush(session, batch, result))
                            else:
                                await _flush(session, batch, result)
                            batch = []
                if writing is not None:
                    await writing
            finally:
                result.lines_read = lines_read
                if writing is not None and not writing.done():  # failed mid-file: stop before rollback
                    writing.cancel()
                    await asyncio.gather(writing, return_exceptions=True)
            if invalid and not skip_invalid:
                raise _StopImport
            if batch:
                await _flush(session, batch, result)
            result.imported = session.appended
            result.duplicates = session.duplicates
    except _StopImport:
        raise ImportRejected(str(source), invalid) from None
    result.skipped = invalid
    return result


def _validated_row(line: bytes, line_number: int, invalid: list[InvalidLine]) -> PendingRow | None:
    """The line as a pending ledger row, or None after adding its problems to `invalid`."""
    try:
        fields = LEDGER_ENTRY_FIELDS.validate_json(line)
        return (
            fields["subject_id"],
            fields["purpose"],
            fields["choice"].value,
            fields["source"].value,
            fields["jurisdiction"],
            fields["observed_at"].astimezone(UTC),
            fields.get("idempotency_key"),
            canonical_metadata(fields.get("channel_metadata")),
        )
    except (ValidationError, TypeError, ValueError):
        pass
    try:
        return pending_row(LedgerEntryInput.model_validate_json(line))
    except ValidationError as error:
        invalid.extend(describe_validation_error(line_number, error))
        return None


async def _flush(session: LedgerAppendSession, batch: list[PendingRow], result: ImportResult) -> None:
    before = session.head_seq
    await session.add_rows(batch)
    if session.head_seq > before:
        if result.first_seq is None:
            result.first_seq = before + 1
        result.last_seq = session.head_seq
