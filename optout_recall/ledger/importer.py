"""Import a JSONL file into the ledger: file order is ledger order, all or nothing unless told otherwise.

One pass over the file inside one locked transaction: valid rows are chained and inserted in batches as
they are read; the first invalid row stops inserting, the rest of the file is still checked so every bad
line is named, and the transaction rolls back. With `skip_invalid`, bad lines are reported and skipped.

Lines are checked against LedgerEntryFields (the entry's constraints without building a model); only a
line that fails there goes through LedgerEntryInput, so bad lines are reported exactly as the model says.
A line with a `gpp` field instead of `purpose` and `choice` is a GPP string (GppEntriesInput): it becomes
one opt-out entry per consent field of the string that reads 1, each keeping the string in its metadata,
or none when no field does; a GPC sub-section that reads true adds the opt-outs of source `gpc` that the
rules shipped with optout-recall give GPC in the line's jurisdiction at its observed_at.
A large file is read in blocks of whole lines that worker processes validate while this process chains
and inserts the blocks before them, in file order: validation is the larger half of the work, and this
process alone holds the append lock, so nothing about the ledger's order changes.
"""

from __future__ import annotations

import asyncio
import os
from collections import deque
from collections.abc import AsyncGenerator, Iterator
from contextlib import aclosing
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pydantic import BaseModel, Field, ValidationError

from optout_recall.ledger.chain import canonical_metadata, canonical_timestamp
from optout_recall.ledger.models import LEDGER_ENTRY_FIELDS, GppEntriesInput, LedgerEntryInput
from optout_recall.ledger.pool import worker_pool
from optout_recall.ledger.store import Ledger, LedgerAppendSession, PendingRow, pending_row

if TYPE_CHECKING:
    from optout_recall.rules import JurisdictionRules

DEFAULT_BATCH_SIZE = 10_000
# Below this size a file is validated in this process: the first pool of a program waits up to a second for
# the fork server's imports.
PARALLEL_IMPORT_MIN_BYTES = 16 * 2**20
IMPORT_WORKERS = max(1, (os.cpu_count() or 1) - 1)
_BLOCK_BYTES = 2**21  # about 10,000 lines a block
_BLOCKS_AHEAD = 4  # blocks queued for each validator before this process takes the first one back
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
    workers: int | None = None,
) -> ImportResult:
    """Import `path`; raise ImportRejected (nothing written) on invalid rows unless `skip_invalid`.

    A file of PARALLEL_IMPORT_MIN_BYTES or more is validated by `workers` processes (by default one for
    each core but the one this process writes from) while this process chains and inserts; `workers=0`
    validates here.
    """
    source = Path(path)
    result = ImportResult(path=str(source))
    invalid: list[InvalidLine] = []
    if workers is None:
        workers = IMPORT_WORKERS if source.stat().st_size >= PARALLEL_IMPORT_MIN_BYTES else 0
    # On PostgreSQL the server stores one batch while this process validates or chains the next. Not on
    # SQLite: its driver thread would take the GIL back from this one after every row it steps.
    overlap = ledger.engine.dialect.name != "sqlite"
    try:
        async with ledger.append_session() as session:
            writing: asyncio.Task[None] | None = None
            lines_read = 0  # a local: a pydantic field costs a validated setattr per line
            try:
                batch: list[PendingRow] = []
                # aclosing: validators stop as soon as this loop does, failed or not, not at garbage collection
                async with aclosing(_validated_blocks(source, workers)) as blocks:
                    async for rows, problems, lines in blocks:
                        lines_read += lines
                        invalid += problems
                        if invalid and not skip_invalid:
                            continue  # insert nothing more, but name every bad line in the file
                        batch += rows
                        if len(batch) < batch_size:
                            continue
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


ValidatedBlock = tuple[list[PendingRow], list[InvalidLine], int]


async def _validated_blocks(source: Path, workers: int) -> AsyncGenerator[ValidatedBlock, None]:
    """The file's blocks of whole lines, validated in file order: here, or on `workers` processes."""
    # Buffered local reads of a few MB; handing each to a thread would cost more than it saves.
    with source.open("rb") as handle:
        if workers <= 0:
            for block, first_line in _blocks(handle):
                yield validate_block(block, first_line)
                await asyncio.sleep(0)  # let a batch being written make progress
            return
        async with worker_pool(workers, "ledger import") as pool:
            # Blocks are queued ahead, so the workers go on validating while this process inserts; each
            # takes the next block as it finishes one, and the answers are taken back in file order.
            ahead: deque[asyncio.Future[ValidatedBlock]] = deque()
            for block, first_line in _blocks(handle):
                ahead.append(pool.submit(validate_block, block, first_line))
                if len(ahead) >= _BLOCKS_AHEAD * workers:
                    yield await pool.result(ahead.popleft())
            while ahead:
                yield await pool.result(ahead.popleft())


def _blocks(handle: BinaryIO) -> Iterator[tuple[bytes, int]]:
    """(block, number of its first line): about _BLOCK_BYTES of whole lines at a time."""
    first_line = 1
    rest = b""
    while data := handle.read(_BLOCK_BYTES):
        data = rest + data
        cut = data.rfind(b"\n") + 1
        block, rest = data[:cut], data[cut:]
        if block:
            yield block, first_line
            first_line += block.count(b"\n")
    if rest:
        yield rest, first_line


def validate_block(block: bytes, first_line: int) -> ValidatedBlock:
    """The valid rows of a block of lines, the problems of the others, and how many non-blank lines it has."""
    rows: list[PendingRow] = []
    invalid: list[InvalidLine] = []
    lines_read = 0
    for line_number, line in enumerate(block.split(b"\n"), start=first_line):
        if not line.strip():
            continue
        lines_read += 1
        row = _validated_row(line, line_number, invalid)
        if isinstance(row, list):  # a GPP line: one row per opt-out it carries
            rows.extend(row)
        elif row is not None:
            rows.append(row)
    return rows, invalid, lines_read


def _validated_row(
    line: bytes, line_number: int, invalid: list[InvalidLine]
) -> PendingRow | list[PendingRow] | None:
    """The line as a pending ledger row (a GPP line: a list of them), or None after adding its problems."""
    try:
        fields = LEDGER_ENTRY_FIELDS.validate_json(line)
        return (
            fields["subject_id"],
            fields["purpose"],
            fields["choice"].value,
            fields["source"].value,
            fields["jurisdiction"],
            canonical_timestamp(fields["observed_at"]),
            fields.get("idempotency_key"),
            canonical_metadata(fields.get("channel_metadata")),
        )
    except (ValidationError, TypeError, ValueError):
        pass
    if b'"gpp"' in line:
        return _gpp_rows(line, line_number, invalid)
    try:
        return pending_row(LedgerEntryInput.model_validate_json(line))
    except ValidationError as error:
        invalid.extend(describe_validation_error(line_number, error))
        return None


def _gpp_rows(line: bytes, line_number: int, invalid: list[InvalidLine]) -> list[PendingRow] | None:
    try:
        gpp = GppEntriesInput.model_validate_json(line)
        return [pending_row(entry) for entry in gpp.entries(gpc_purposes=shipped_rules().gpc_purposes)]
    except ValidationError as error:
        for problem in describe_validation_error(line_number, error):
            if problem.field in ("purpose", "choice") and problem.message == "Extra inputs are not permitted":
                problem.message = "a gpp line takes its purposes and choices from the GPP string; remove it"
            invalid.append(problem)
        return None


@cache
def shipped_rules() -> JurisdictionRules:
    """The rules shipped with optout-recall, which give a GPP string's GPC bit its purposes in an import."""
    # Imported here: the rules module reads the ledger's field patterns, so it imports this package.
    from optout_recall.rules import load_rules

    return load_rules()


async def _flush(session: LedgerAppendSession, batch: list[PendingRow], result: ImportResult) -> None:
    before = session.head_seq
    await session.add_rows(batch)
    if session.head_seq > before:
        if result.first_seq is None:
            result.first_seq = before + 1
        result.last_seq = session.head_seq
