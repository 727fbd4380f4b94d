"""Benchmark: append, import, verify and prove ledger entries against their floors, in the same run.

Floors: a plain bulk insert of the same rows into the same table (same indexes, same batches, the same
write path as the ledger: executemany on SQLite, COPY on PostgreSQL; no validation, no hashing, no chain, no
tree), a bare loop of SHA-256 over the same message bytes that verify hashes, and a plain indexed read of one
subject's rows. Targets: appends (chain, Merkle tree and its stored nodes, rows already validated) within 2x
of the plain insert; verify at least 1,000,000 entries/s on SQLite and 800,000/s on PostgreSQL; one subject's
inclusion proofs in a ledger of --proof-entries (10,000,000 by default; 0 skips it) under 50 ms. The import
(which also parses and validates every JSON line) is timed against the same floor, and its breakdown lines
time each stage alone, on one core, so a missed target can be explained. On a shared machine, where one run
can be half again slower than the next, take the best of a few runs: the insert floor runs again before each
ledger run.

    .venv/bin/python bench/ledger.py                 # 1,000,000 entries on SQLite, proofs in 10,000,000
    .venv/bin/python bench/ledger.py --repeat 3      # best of 3 of each, on a busy machine
    .venv/bin/python bench/ledger.py -n 200000 --proof-entries 0 --postgres postgresql://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncEngine

from optout_recall.db import create_engine
from optout_recall.ledger import Ledger, import_jsonl
from optout_recall.ledger.chain import canonical_metadata, canonical_timestamp, entry_hash, entry_message
from optout_recall.ledger.importer import IMPORT_WORKERS, _validated_row
from optout_recall.ledger.store import PendingRow

PURPOSES = ("sale", "sharing", "targeted_advertising")
JURISDICTIONS = ("US-CA", "US-CO", "US-CT", "US-TX", "US-VA", "EU")
SOURCES = ("gpc", "web", "api", "sdk", "queue", "import")
OFFSETS = (UTC, timezone(timedelta(hours=-7)), timezone(timedelta(hours=5, minutes=30)))
BATCH = 10_000
# The floor's own statements, written out here so a change to the ledger's write path cannot move its floor.
FLOOR_COLUMNS = (
    "seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at, idempotency_key, "
    "channel_metadata, prev_hash, entry_hash"
)
FLOOR_COPY = f"COPY consent_ledger ({FLOOR_COLUMNS}) FROM STDIN"
NULL = "\\N"  # COPY text's NULL
VERIFY_TARGETS = {"sqlite": 1_000_000, "postgresql": 800_000}
PROOF_TARGET_MS = 50.0
PROOF_SUBJECTS = 20


def write_jsonl(path: Path, count: int) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with path.open("w") as handle:
        for index in range(count):
            observed = (start + timedelta(seconds=index * 7, microseconds=index % 1000)).astimezone(
                OFFSETS[index % 3]
            )
            row: dict[str, Any] = {
                "subject_id": f"subject-{index % 200_000:07d}",
                "purpose": PURPOSES[index % 3],
                "choice": "opt_out" if index % 4 else "opt_in",
                "source": SOURCES[index % 6],
                "jurisdiction": JURISDICTIONS[index % 6],
                "observed_at": observed.isoformat(),
                "idempotency_key": f"import-{index:08d}",
            }
            if index % 10 == 0:
                row["channel_metadata"] = {"user_agent": "Mozilla/5.0", "ip_country": "US"}
            handle.write(json.dumps(row) + "\n")


def plain_rows(path: Path, sqlite: bool) -> list[tuple[Any, ...]]:
    """The same rows as the import writes, parsed ahead of time (the floor does no validation)."""
    rows = []
    with path.open() as handle:
        for line in handle:
            raw = json.loads(line)
            observed = datetime.fromisoformat(raw["observed_at"])
            rows.append(
                (
                    raw["subject_id"],
                    raw["purpose"],
                    raw["choice"],
                    raw["source"],
                    raw["jurisdiction"],
                    canonical_timestamp(observed) if sqlite else observed,
                    raw["idempotency_key"],
                    canonical_metadata(raw.get("channel_metadata")),
                )
            )
    return rows


def floor_params(rows: list[tuple[Any, ...]], offset: int, recorded: Any) -> list[tuple[Any, ...]]:
    filler = "f" * 64
    return [
        (offset + index + 1, subject, purpose, choice, source, jurisdiction, observed, recorded, key, meta, filler, filler)
        for index, (subject, purpose, choice, source, jurisdiction, observed, key, meta) in enumerate(rows)
    ]  # fmt: skip


def floor_insert_sql(paramstyle: str) -> str:
    marker = "?" if paramstyle == "qmark" else "%s"
    return f"INSERT INTO consent_ledger ({FLOOR_COLUMNS}) VALUES ({', '.join([marker] * 12)})"


def floor_copy_text(params: list[tuple[Any, ...]]) -> bytes:
    """COPY text for the floor's rows, one f-string a row. The bench's rows hold no backslash, tab or
    newline (checked), so nothing needs escaping; a missing key or metadata is \\N."""
    text = "".join(
        f"{seq}\t{subject}\t{purpose}\t{choice}\t{source}\t{jurisdiction}\t{observed}\t{recorded}\t"
        f"{NULL if key is None else key}\t{NULL if meta is None else meta}\t{prev}\t{digest}\n"
        for seq, subject, purpose, choice, source, jurisdiction, observed, recorded, key, meta, prev, digest in params
    )
    assert "\\" not in text.replace(NULL, ""), "the floor's COPY text does not escape backslashes"
    return text.encode()


async def plain_insert(engine: AsyncEngine, rows: list[tuple[Any, ...]], *, copy: bool) -> float:
    """The same rows and batches as the ledger, minus validation, hashing and chaining."""
    sqlite = engine.dialect.name == "sqlite"
    now = datetime.now(UTC)
    recorded: Any = canonical_timestamp(now) if sqlite else now
    statement = floor_insert_sql(engine.dialect.paramstyle)
    started = time.perf_counter()
    async with engine.begin() as connection:
        for offset in range(0, len(rows), BATCH):
            params = floor_params(rows[offset : offset + BATCH], offset, recorded)
            if copy:
                driver = (await connection.get_raw_connection()).driver_connection
                async with driver.cursor() as cursor, cursor.copy(FLOOR_COPY) as writer:  # type: ignore[union-attr]
                    await writer.write(floor_copy_text(params))
            else:
                await connection.exec_driver_sql(statement, params)
    return time.perf_counter() - started


def stage_seconds(source: Path) -> tuple[float, float]:
    """One core, no database: validating every line (the import's fast path), then chaining the rows."""
    lines = source.read_bytes().splitlines()
    started = time.perf_counter()
    pending = [_validated_row(line, number, []) for number, line in enumerate(lines, 1)]
    validate = time.perf_counter() - started
    recorded = canonical_timestamp(datetime.now(UTC))
    prev = "0" * 64
    started = time.perf_counter()
    for seq, row in enumerate(_flat(pending), 1):
        subject, purpose, choice, source_name, jurisdiction, observed_text, key, meta = row
        prev = entry_hash(
            entry_message(
                prev,
                seq,
                subject,
                purpose,
                choice,
                source_name,
                jurisdiction,
                observed_text,
                recorded,
                key,
                meta,
            )
        )
    return validate, time.perf_counter() - started


def _flat(rows: list[PendingRow | list[PendingRow] | None]) -> list[PendingRow]:
    """Validated rows one by one (a GPP line validates to several)."""
    flat: list[PendingRow] = []
    for row in rows:
        assert row is not None
        flat.extend(row if isinstance(row, list) else [row])
    return flat


def sha_messages(rows: list[tuple[Any, ...]]) -> list[bytes]:
    now = canonical_timestamp(datetime.now(UTC))
    prev = "0" * 64
    messages = []
    for seq, (subject, purpose, choice, source, jurisdiction, observed, key, metadata) in enumerate(rows, 1):
        observed_text = observed if isinstance(observed, str) else canonical_timestamp(observed)
        messages.append(
            entry_message(
                prev, seq, subject, purpose, choice, source, jurisdiction, observed_text, now, key, metadata
            ).encode()
        )
    return messages


def bare_sha_loop(messages: list[bytes]) -> float:
    started = time.perf_counter()
    for message in messages:
        sha256(message).hexdigest()
    return time.perf_counter() - started


async def fresh_engine(postgres: str | None, workdir: Path, name: str) -> tuple[AsyncEngine, str | None]:
    if postgres is None:
        return create_engine(f"sqlite:///{workdir / name}.db"), None
    schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres)
    async with admin.begin() as connection:
        await connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    await admin.dispose()
    return create_engine(postgres, connect_args={"options": f"-csearch_path={schema}"}), schema


async def drop_schema(postgres: str | None, schema: str | None) -> None:
    if postgres is None or schema is None:
        return
    admin = create_engine(postgres)
    async with admin.begin() as connection:
        await connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    await admin.dispose()


def remove_sqlite(postgres: str | None, workdir: Path, name: str) -> None:
    if postgres is None:
        for suffix in ("", "-wal", "-shm"):
            (workdir / f"{name}.db{suffix}").unlink(missing_ok=True)


async def floor(postgres: str | None, workdir: Path, rows: list[tuple[Any, ...]], *, copy: bool) -> float:
    engine, schema = await fresh_engine(postgres, workdir, f"floor{int(copy)}")
    await Ledger(engine).create_schema()
    seconds = await plain_insert(engine, rows, copy=copy)
    await engine.dispose()
    await drop_schema(postgres, schema)
    remove_sqlite(postgres, workdir, f"floor{int(copy)}")
    return seconds


async def ledger_run(postgres: str | None, workdir: Path, source: Path, count: int) -> tuple[float, float]:
    """Import the file into a fresh ledger and verify it: (import seconds, verify seconds)."""
    engine, schema = await fresh_engine(postgres, workdir, "ledger")
    ledger = Ledger(engine, Ed25519PrivateKey.generate())
    await ledger.create_schema()
    started = time.perf_counter()
    result = await import_jsonl(ledger, source)
    import_seconds = time.perf_counter() - started
    assert result.imported == count, result
    report = await ledger.verify()
    assert report.ok and report.entries_checked == count, report.summary()
    await engine.dispose()
    await drop_schema(postgres, schema)
    remove_sqlite(postgres, workdir, "ledger")
    return import_seconds, report.duration_seconds


def pending_rows(source: Path) -> list[PendingRow]:
    """The file's rows as the ledger receives them after validation (what `Ledger.append` hands on)."""
    lines = source.read_bytes().splitlines()
    return _flat([_validated_row(line, number, []) for number, line in enumerate(lines, 1)])


async def append_run(postgres: str | None, workdir: Path, pending: list[PendingRow]) -> float:
    """The ledger's own append (chain, tree, stored nodes, key lookup), same batches as the floor."""
    engine, schema = await fresh_engine(postgres, workdir, "append")
    ledger = Ledger(engine, checkpoint_every=None)
    await ledger.create_schema()
    started = time.perf_counter()
    async with ledger.append_session() as session:
        for offset in range(0, len(pending), BATCH):
            await session.add_rows(pending[offset : offset + BATCH])
    seconds = time.perf_counter() - started
    await engine.dispose()
    await drop_schema(postgres, schema)
    remove_sqlite(postgres, workdir, "append")
    return seconds


def synthetic_rows(start: int, count: int) -> list[PendingRow]:
    """Rows like write_jsonl's, made directly: the proof ledger is too large to write as a file first."""
    origin = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        (
            f"subject-{index % 200_000:07d}",
            PURPOSES[index % 3],
            "opt_out" if index % 4 else "opt_in",
            SOURCES[index % 6],
            JURISDICTIONS[index % 6],
            canonical_timestamp(origin + timedelta(seconds=index * 7, microseconds=index % 1000)),
            f"import-{index:08d}",
            '{"ip_country":"US","user_agent":"Mozilla/5.0"}' if index % 10 == 0 else None,
        )
        for index in range(start, start + count)
    ]


class BenchInputError(Exception):
    """A bench option that cannot be used as given; main prints it on one line and exits 2."""


async def build_proof_ledger(ledger: Ledger, entries: int) -> float:
    """Append `entries` synthetic rows in sessions of 100,000 (a checkpoint after each); the seconds it took."""
    started = time.perf_counter()
    for offset in range(0, entries, 100_000):
        async with ledger.append_session() as session:
            await session.add_rows(synthetic_rows(offset, min(100_000, entries - offset)))
    return time.perf_counter() - started


def proof_ledger_problem(keep: str, postgres: str | None) -> str | None:
    """Why `keep` cannot hold the proof ledger (checked before any run starts), or None."""
    if postgres is not None:
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", keep):
            return f"--proof-ledger {keep!r}: with --postgres, a lowercase schema name"
        return None
    parent = Path(keep).resolve().parent
    if not parent.is_dir():
        return f"--proof-ledger {keep}: directory {parent} does not exist"
    return None


async def kept_proof_ledger(postgres: str | None, keep: str, entries: int) -> tuple[Ledger, float | None]:
    """The ledger at `keep` (a SQLite file, or with --postgres a schema name), built there on first use and
    reused as it is afterwards: None for the build time when it was already built."""
    problem = proof_ledger_problem(keep, postgres)
    if problem:
        raise BenchInputError(problem)
    if postgres is None:
        engine = create_engine(f"sqlite:///{Path(keep).resolve()}")
    else:
        admin = create_engine(postgres)
        async with admin.begin() as connection:
            await connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {keep}")
        await admin.dispose()
        engine = create_engine(postgres, connect_args={"options": f"-csearch_path={keep}"})
    ledger = Ledger(engine, Ed25519PrivateKey.generate(), checkpoint_every=1)
    await ledger.create_schema()
    head_seq, _ = await ledger.chain_head()
    if head_seq == 0:
        return ledger, await build_proof_ledger(ledger, entries)
    head = await ledger.tree_head()
    if head_seq != entries or head is None or head.tree_size != entries:
        await engine.dispose()
        raise BenchInputError(
            f"--proof-ledger {keep} holds {head_seq:,} entries (checkpoint at "
            f"{0 if head is None else head.tree_size:,}), not {entries:,}: remove it or pick another"
        )
    return ledger, None


async def proof_run(
    postgres: str | None, workdir: Path, entries: int, keep: str | None = None
) -> tuple[float | None, list[float], list[float]]:
    """Build a ledger of `entries` (a checkpoint after every 100,000), then time one subject's proofs
    against the last checkpoint for PROOF_SUBJECTS subjects, and the plain read of each one's rows.

    With `keep`, the ledger is built there once and reused by later runs (build time None), never dropped.
    """
    schema = None
    if keep is None:
        engine, schema = await fresh_engine(postgres, workdir, "proofs")
        ledger = Ledger(engine, Ed25519PrivateKey.generate(), checkpoint_every=1)
        await ledger.create_schema()
        build: float | None = await build_proof_ledger(ledger, entries)
    else:
        ledger, build = await kept_proof_ledger(postgres, keep, entries)
        engine = ledger.engine
    await ledger.prove("subject-0000000")  # the first call also compiles the statements: not a proof's cost
    proofs, reads = [], []
    for number in range(PROOF_SUBJECTS):
        subject = f"subject-{(number * 9973) % 200_000:07d}"
        started = time.perf_counter()
        async with engine.connect() as connection:
            rows = (
                await connection.exec_driver_sql(
                    "SELECT * FROM consent_ledger WHERE subject_id = " + ("?" if postgres is None else "%s"),
                    (subject,),
                )
            ).all()
        reads.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        found = await ledger.prove(subject)
        proofs.append((time.perf_counter() - started) * 1000)
        assert found is not None and len(found.proofs) == len(rows) > 0, (subject, len(rows))
    await engine.dispose()
    if keep is None:
        await drop_schema(postgres, schema)
        remove_sqlite(postgres, workdir, "proofs")
    return build, proofs, reads


async def run(
    count: int, postgres: str | None, repeat: int, proof_entries: int, proof_ledger: str | None = None
) -> None:
    with tempfile.TemporaryDirectory(prefix="ledger-bench-") as tmp:
        workdir = Path(tmp)
        source = workdir / "entries.jsonl"
        write_jsonl(source, count)
        backend = "postgresql" if postgres else "sqlite"
        print(f"ledger benchmark: {count:,} entries on {backend}, best of {repeat}")

        rows = plain_rows(source, sqlite=postgres is None)
        pending = pending_rows(source)
        insert_runs, import_runs, verify_runs, executemany_runs, append_runs = [], [], [], [], []
        for _ in range(repeat):  # interleaved, so a noisy neighbour hurts floor and ledger alike
            insert_runs.append(await floor(postgres, workdir, rows, copy=postgres is not None))
            if postgres:
                executemany_runs.append(await floor(postgres, workdir, rows, copy=False))
            append_runs.append(await append_run(postgres, workdir, pending))
            import_once, verify_once = await ledger_run(postgres, workdir, source, count)
            import_runs.append(import_once)
            verify_runs.append(verify_once)
        insert_seconds, import_seconds, verify_seconds = min(insert_runs), min(import_runs), min(verify_runs)
        append_seconds = min(append_runs)
        proof = await proof_run(postgres, workdir, proof_entries, proof_ledger) if proof_entries else None
        executemany_seconds = min(executemany_runs) if executemany_runs else None

        sha_seconds = bare_sha_loop(sha_messages(rows))
        validate_seconds, chain_seconds = stage_seconds(source)

    import_ratio = import_seconds / insert_seconds
    append_ratio = append_seconds / insert_seconds
    verify_rate = count / verify_seconds
    verify_target = VERIFY_TARGETS[backend]
    method = "COPY" if postgres else "executemany"
    print(f"plain insert ({method}, floor): {insert_seconds:8.2f} s  {count / insert_seconds:12,.0f} rows/s")
    if executemany_seconds is not None:
        print(
            f"plain insert (executemany):   {executemany_seconds:8.2f} s  {count / executemany_seconds:12,.0f} rows/s"
        )
    print(f"ledger append:                {append_seconds:8.2f} s  {count / append_seconds:12,.0f} rows/s")
    print(f"ledger import:                {import_seconds:8.2f} s  {count / import_seconds:12,.0f} rows/s")
    print(
        f"  stage: validate lines       {validate_seconds:8.2f} s  {validate_seconds / count * 1e6:8.2f} us/row"
        f"  (the import runs it on {IMPORT_WORKERS} worker process(es))"
    )
    print(f"  stage: chain + SHA-256      {chain_seconds:8.2f} s  {chain_seconds / count * 1e6:8.2f} us/row")
    print(
        f"  stage: plain insert         {insert_seconds:8.2f} s  {insert_seconds / count * 1e6:8.2f} us/row"
    )
    print(f"bare SHA-256 (floor):         {sha_seconds:8.2f} s  {count / sha_seconds:12,.0f} hashes/s")
    print(f"ledger verify:                {verify_seconds:8.2f} s  {verify_rate:12,.0f} entries/s")
    print(
        f"append / plain insert: {append_ratio:.2f}x (target <= 2.00x) {'OK' if append_ratio <= 2 else 'MISSED'}"
    )
    print(f"import / plain insert: {import_ratio:.2f}x (validating every JSON line as well)")
    print(f"verify / bare SHA-256: {verify_seconds / sha_seconds:.2f}x the time of hashing alone")
    verdict = "OK" if verify_rate >= verify_target else "MISSED"
    print(f"verify rate:           {verify_rate:,.0f}/s (target >= {verify_target:,}/s) {verdict}")
    if proof is not None:
        build, proofs, reads = proof
        worst, median = max(proofs), sorted(proofs)[len(proofs) // 2]
        print(
            f"proof ledger:          {proof_entries:,} entries "
            f"{'reused' if build is None else f'built in {build:.1f} s'}; one subject's inclusion "
            f"proofs ({PROOF_SUBJECTS} subjects, ~{proof_entries // 200_000} entries each): median "
            f"{median:.1f} ms, worst {worst:.1f} ms (target < {PROOF_TARGET_MS:.0f} ms) "
            f"{'OK' if worst < PROOF_TARGET_MS else 'MISSED'}; plain read of the rows (floor): median "
            f"{sorted(reads)[len(reads) // 2]:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=1_000_000)
    parser.add_argument("--postgres", metavar="URL", help="benchmark PostgreSQL instead of SQLite")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best time of each counts")
    parser.add_argument(
        "--proof-entries",
        type=int,
        default=10_000_000,
        help="size of the ledger proofs are timed in (0: skip)",
    )
    parser.add_argument(
        "--proof-ledger",
        metavar="PATH",
        help="keep the proof ledger here (a SQLite file; with --postgres, a schema name): built on the first "
        "run, reused by later ones with the same --proof-entries (default: a fresh one each run, dropped)",
    )
    arguments = parser.parse_args()
    if arguments.proof_ledger is not None:
        if not arguments.proof_entries:
            parser.error("--proof-ledger needs --proof-entries above 0")
        problem = proof_ledger_problem(arguments.proof_ledger, arguments.postgres)
        if problem:
            parser.error(problem)
    try:
        asyncio.run(
            run(
                arguments.count,
                arguments.postgres,
                arguments.repeat,
                arguments.proof_entries,
                arguments.proof_ledger,
            )
        )
    except BenchInputError as exc:
        print(f"bench/ledger.py: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
