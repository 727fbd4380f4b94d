"""`recall ledger ...`: import, consume, record, verify and sign the consent ledger."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from optout_recall.cli.errors import fail
from optout_recall.db import DatabaseURLError, async_url, create_engine, redact_url
from optout_recall.ingest.queue import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_NATS_ACK_WAIT_SECONDS,
    DEFAULT_NATS_CONSUMER,
    BrokerError,
    ConsumeResult,
    QueueConsumer,
    broker_kind,
    open_source,
    redact_broker_url,
)
from optout_recall.ledger import (
    HeadClaim,
    ImportRejected,
    Ledger,
    LedgerEntryInput,
    SignedHead,
    SigningKeyError,
    VerifyReport,
    generate_signing_key,
    import_jsonl,
    load_signing_key,
    parse_public_key,
)
from optout_recall.ledger.checkpoint import NoteError, SubjectProofs, TreeHead, open_checkpoint
from optout_recall.ledger.merkle import ProofError
from optout_recall.ledger.proofs import check_consistency, verify_subject_proofs
from optout_recall.ledger.signing import key_id, raw_public_key
from optout_recall.ledger.tree import TreeMismatch
from optout_recall.logs import configure_logging
from optout_recall.payloads import Choice, ConsentSource

app = typer.Typer(help="The tamper-evident consent ledger.", no_args_is_help=True)

T = TypeVar("T")

LedgerUrl = Annotated[
    str,
    typer.Option("--ledger-url", envvar="RECALL_LEDGER_URL", help="sqlite:///ledger.db or postgresql://..."),
]
KeyFile = Annotated[
    Path | None,
    typer.Option(
        "--key-file",
        envvar="RECALL_LEDGER_KEY_FILE",
        help="Ed25519 private key (PEM) that signs checkpoints",
    ),
]


def _run(
    url: str,
    key_file: Path | None,
    work: Callable[[Ledger], Awaitable[T]],
    *,
    trusted: Sequence[str] = (),
    create: bool = False,
    read_only: bool = True,
) -> T:
    """Run `work` on the ledger at `url`.

    Only the commands that add entries (`create`) start a ledger where there is none. Every other one opens
    the URL through `Ledger.open_existing`: a URL that holds no ledger (a typo) exits 2 with one line and
    creates nothing, and with `read_only` the connection cannot write at all.
    """
    try:
        async_url(url)
        key = load_signing_key(key_file) if key_file else None
        public_keys = [parse_public_key(value) for value in trusted]
    except (DatabaseURLError, SigningKeyError) as exc:
        fail(str(exc))

    async def main() -> T:
        if not create:
            async with Ledger.open_existing(
                url, read_only=read_only, signing_key=key, trusted_public_keys=public_keys
            ) as existing:
                return await work(existing)
        engine = create_engine(url)
        try:
            ledger = Ledger(engine, key, trusted_public_keys=public_keys)
            await ledger.create_schema()
            return await work(ledger)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except DatabaseURLError as exc:
        fail(str(exc))
    except (OSError, SQLAlchemyError) as exc:
        fail(f"{redact_url(url)}: {str(exc).splitlines()[0]}")


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(help="JSONL, one entry per line, in ledger order")],
    ledger_url: LedgerUrl,
    skip_invalid: Annotated[bool, typer.Option(help="import the valid lines and report the rest")] = False,
    key_file: KeyFile = None,
) -> None:
    """Import entries from FILE; a file with an invalid line imports nothing unless --skip-invalid."""
    if not file.is_file():
        fail(f"{file}: no such file")
    try:
        result = _run(
            ledger_url,
            key_file,
            lambda ledger: import_jsonl(ledger, file, skip_invalid=skip_invalid),
            create=True,
        )
    except ImportRejected as rejected:
        for problem in rejected.invalid:
            print(f"{file}:{problem.describe()}", file=sys.stderr)
        fail(str(rejected))
    for problem in result.skipped:
        print(f"skipped {file}:{problem.describe()}", file=sys.stderr)
    span = f" (seq {result.first_seq}..{result.last_seq})" if result.first_seq is not None else ""
    skipped_lines = len({problem.line for problem in result.skipped})
    print(
        f"imported {result.imported} entries{span}; {result.duplicates} already present by idempotency key; "
        f"{skipped_lines} invalid lines skipped"
    )


@app.command()
def consume(
    ledger_url: LedgerUrl,
    broker: Annotated[str, typer.Option(help="amqp://guest:guest@host:5672/ or nats://host:4222")],
    queue: Annotated[str, typer.Option(help="RabbitMQ queue, or JetStream stream on NATS")],
    dead_letter: Annotated[
        str | None,
        typer.Option(
            help="where malformed messages go: a RabbitMQ queue (default QUEUE.dead-letter) or a NATS "
            "subject (default dead-letter.QUEUE)"
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="messages per ledger transaction")
    ] = DEFAULT_BATCH_SIZE,
    nats_consumer: Annotated[
        str, typer.Option(help="durable JetStream consumer name")
    ] = DEFAULT_NATS_CONSUMER,
    nats_ack_wait: Annotated[
        float, typer.Option(help="seconds before JetStream redelivers an unacknowledged message")
    ] = DEFAULT_NATS_ACK_WAIT_SECONDS,
    max_messages: Annotated[int | None, typer.Option(help="stop after this many messages")] = None,
    key_file: KeyFile = None,
    pause_before_commit: Annotated[float, typer.Option(hidden=True)] = 0.0,
) -> None:
    """Append consent messages from a queue; each is acknowledged only after its entry is committed.

    Stops cleanly on SIGINT or SIGTERM: the batch in hand is committed and acknowledged first.
    """
    try:
        broker_kind(broker)
    except BrokerError as exc:
        fail(str(exc))
    configure_logging("INFO", json_output=False)
    logging.getLogger("aiormq").setLevel(logging.WARNING)
    logging.getLogger("aio_pika").setLevel(logging.WARNING)

    async def work(ledger: Ledger) -> ConsumeResult:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        try:
            async with open_source(
                broker,
                queue,
                dead_letter,
                batch_size=batch_size,
                nats_consumer=nats_consumer,
                nats_ack_wait=nats_ack_wait,
            ) as source:
                print(f"consuming {queue} from {redact_broker_url(broker)} into the ledger", file=sys.stderr)
                consumer = QueueConsumer(
                    ledger, source, batch_size=batch_size, pause_before_commit=pause_before_commit
                )
                return await consumer.run(stop, max_messages=max_messages)
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)

    try:
        result = _run(ledger_url, key_file, work, create=True)
    except BrokerError as exc:
        fail(str(exc), code=1)
    print(result.summary())


@app.command()
def record(
    ledger_url: LedgerUrl,
    subject: Annotated[str, typer.Option(help="subject id")],
    purpose: Annotated[str, typer.Option(help="sale, sharing, targeted_advertising ...")],
    choice: Annotated[Choice, typer.Option()],
    jurisdiction: Annotated[str, typer.Option(help="ISO 3166-2, e.g. US-CA")],
    source: Annotated[ConsentSource, typer.Option()] = ConsentSource.API,
    observed_at: Annotated[str | None, typer.Option(help="RFC 3339 with offset; default now")] = None,
    idempotency_key: Annotated[str | None, typer.Option()] = None,
    meta: Annotated[list[str] | None, typer.Option(help="channel metadata KEY=VALUE, repeatable")] = None,
    key_file: KeyFile = None,
) -> None:
    """Record one preference change."""
    metadata: dict[str, str] = {}
    for item in meta or []:
        name, separator, value = item.partition("=")
        if not separator or not name:
            fail(f"--meta {item!r} is not KEY=VALUE")
        metadata[name] = value
    try:
        entry = LedgerEntryInput.model_validate(
            {
                "subject_id": subject,
                "purpose": purpose,
                "choice": choice,
                "source": source,
                "jurisdiction": jurisdiction,
                "observed_at": observed_at or datetime.now().astimezone().isoformat(),
                "idempotency_key": idempotency_key,
                "channel_metadata": metadata or None,
            }
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        fail(f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}")
    [seq] = _run(ledger_url, key_file, lambda ledger: ledger.append([entry]), create=True)
    print(
        f"recorded seq {seq}: {entry.subject_id} {entry.purpose} {entry.choice.value} ({entry.jurisdiction})"
    )


@app.command()
def verify(
    ledger_url: LedgerUrl,
    public_key: Annotated[
        list[str] | None,
        typer.Option(
            help="the key that signs this ledger's checkpoints, pinned out of band: 64 hex digits or a key "
            "file; repeatable"
        ),
    ] = None,
    trust_any_key: Annotated[
        bool,
        typer.Option(
            "--trust-any-key",
            help="no pinned key: check the chain and the signatures against whatever key signed them "
            "(prints UNVERIFIED ORIGIN)",
        ),
    ] = False,
    head: Annotated[
        list[str] | None,
        typer.Option(
            help="a head held outside the database: SEQ[:HASH], or a file from `ledger head --json`; "
            "repeatable"
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Recompute the chain, check every signed head, and require one by a pinned key at the last seq.

    Exit 0: intact, and a checkpoint signed by a pinned key covers the ledger's last seq. Exit 1: tampered,
    entries no such checkpoint covers, a held head the ledger no longer has, or no key pinned. Exit 2: bad
    input, or a URL that holds no ledger.
    """
    if public_key and trust_any_key:
        fail("give --public-key (the key you pinned) or --trust-any-key, not both")
    signed_heads, held_heads = _held_heads(head or [])

    async def check(ledger: Ledger) -> VerifyReport | None:
        if not ledger.trusted_public_keys and not trust_any_key:
            return None
        return await ledger.verify(signed_heads, held_heads=held_heads, require_covered_head=True)

    report = _run(ledger_url, None, check, trusted=public_key or [])
    if report is None:
        fail(
            "origin unverified: pass --public-key (the key that signs this ledger's checkpoints), "
            "or --trust-any-key to check against whatever key signed them",
            code=1,
        )
    if not report.origin_verified:
        signers = ", ".join(report.signer_key_ids) or "none"
        warning = f"UNVERIFIED ORIGIN: no key pinned; checkpoints checked against the key that signed them: {signers}"
        print(warning, file=sys.stderr if as_json else sys.stdout)
    if as_json:
        print(report.model_dump_json(indent=2))
    else:
        print(report.summary())
        for problem in report.problems:
            if problem is not report.headline:
                print(f"  also {problem.describe()}")
    raise typer.Exit(0 if report.ok else 1)


def _held_heads(values: Sequence[str]) -> tuple[list[SignedHead], list[HeadClaim]]:
    """Each --head: SEQ[:HASH], or a signed head saved by `ledger head --json`."""
    signed: list[SignedHead] = []
    held: list[HeadClaim] = []
    for value in values:
        try:
            held.append(HeadClaim.parse(value))
            continue
        except ValueError:
            pass
        path = Path(value)
        if not path.is_file():
            fail(f"--head {value!r} is not SEQ[:HASH] (HASH: 64 hex digits) nor a signed head file")
        try:
            signed.append(SignedHead.model_validate_json(path.read_bytes()))
        except (OSError, ValidationError) as exc:
            fail(f"{path}: not a signed head saved by `recall ledger head --json` ({type(exc).__name__})")
    return signed, held


@app.command("head")
def show_head(
    ledger_url: LedgerUrl,
    key_file: KeyFile = None,
    sign: Annotated[bool, typer.Option(help="sign the current chain head now (needs --key-file)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON, for `verify --head`")] = False,
) -> None:
    """The latest checkpoint as a C2SP tlog-checkpoint signed note (origin, tree size, base64 RFC 9162 root,
    a blank line, the signature line), for an evidence report, a ticket, or any transparency-log tool."""
    if sign and key_file is None:
        fail("--sign needs --key-file (or RECALL_LEDGER_KEY_FILE)")

    async def latest(ledger: Ledger) -> tuple[SignedHead | None, TreeHead | None, tuple[int, str]]:
        signed = await ledger.checkpoint() if sign else await ledger.head()
        return signed, await ledger.tree_head(), await ledger.chain_head()

    signed, tree, (seq, head_hash) = _run(ledger_url, key_file, latest, read_only=not sign)
    if signed is None or tree is None:
        fail(f"no signed checkpoint yet (chain head seq {seq}); run with --sign --key-file KEY", code=1)
    if not tree.signature_is_valid():
        fail(
            f"the latest checkpoint (seq {tree.tree_size}) does not verify: its signed tree head was altered; "
            "run `recall ledger verify`",
            code=1,
        )
    if as_json:
        print(json.dumps({**signed.model_dump(mode="json"), "checkpoint": tree.to_note()}, indent=2))
        return
    sys.stdout.write(tree.to_note())
    if seq != tree.tree_size:
        print(f"unsigned entries since: chain head is now seq {seq} ({head_hash})", file=sys.stderr)


@app.command()
def checkpoint(ledger_url: LedgerUrl, key_file: KeyFile = None) -> None:
    """Sign the current chain head and tree head, store the checkpoint and print its note."""
    if key_file is None:
        fail("checkpoint needs --key-file (or RECALL_LEDGER_KEY_FILE)")

    async def sign(ledger: Ledger) -> TreeHead | None:
        await ledger.checkpoint()
        return await ledger.tree_head()

    try:
        tree = _run(ledger_url, key_file, sign, read_only=False)
    except TreeMismatch as exc:
        fail(f"nothing signed: {exc}; run `recall ledger verify`", code=1)
    assert tree is not None
    sys.stdout.write(tree.to_note())


@app.command()
def keygen(path: Annotated[Path, typer.Argument(help="where to write the new PEM private key")]) -> None:
    """Create an Ed25519 signing key (mode 0600) and print its public key."""
    try:
        key = generate_signing_key(path)
    except SigningKeyError as exc:
        fail(str(exc))
    public = raw_public_key(key.public_key())
    print(f"wrote {path}\npublic_key: {public}\nkey_id:     {key_id(public)}")


@app.command()
def history(
    subject: Annotated[str, typer.Argument(help="subject id")],
    ledger_url: LedgerUrl,
) -> None:
    """A subject's full history, in ledger order, as JSON lines."""
    entries = _run(ledger_url, None, lambda ledger: ledger.history(subject))
    for entry in entries:
        print(json.dumps(entry.model_dump(mode="json"), sort_keys=True))


# ---------------------------------------------------------------------------------------------- proofs

PublicKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--public-key", help="the ledger's checkpoint key, pinned out of band: 64 hex digits or a key file"
    ),
]
TrustAnyKeyOpt = Annotated[
    bool,
    typer.Option(
        "--trust-any-key", help="no pinned key: check against the key the file names (UNVERIFIED ORIGIN)"
    ),
]


@app.command()
def prove(
    subject: Annotated[str, typer.Option("--subject", help="subject id")],
    ledger_url: LedgerUrl,
    purpose: Annotated[str | None, typer.Option(help="only this purpose's entries")] = None,
) -> None:
    """RFC 9162 inclusion proofs of a subject's entries against the latest checkpoint, as JSON.

    Each proof carries the leaf (the entry's canonical message, base64), leaf_index, tree_size and the
    inclusion_path (base64, RFC 9162 §2.1.3 order); `checkpoint` is the signed note they are against. Check
    them offline with `recall ledger check-proof`, or with any RFC 9162 verifier.
    """
    try:
        found = _run(ledger_url, None, lambda ledger: ledger.prove(subject, purpose))
    except TreeMismatch as exc:
        fail(f"no proof: {exc}", code=1)
    if found is None:
        fail("no signed checkpoint yet: sign one with `recall ledger checkpoint --key-file KEY`", code=1)
    if not found.proofs and not found.not_yet_covered:
        fail(
            f"the ledger holds no entry of subject {subject!r}" + (f" for {purpose}" if purpose else ""),
            code=1,
        )
    print(found.model_dump_json(indent=2))
    if found.not_yet_covered:
        print(
            f"seq {', '.join(map(str, found.not_yet_covered))} came after the checkpoint: prove them after the next",
            file=sys.stderr,
        )


def _pinned_or_named(public_key: str | None, trust_any_key: bool, named: str | None) -> str:
    if public_key and trust_any_key:
        fail("give --public-key (the key you pinned) or --trust-any-key, not both")
    if public_key:
        try:
            return parse_public_key(public_key)
        except SigningKeyError as exc:
            fail(str(exc))
    if not trust_any_key or named is None:
        fail(
            "origin unverified: pass --public-key (the ledger's checkpoint key), or --trust-any-key",
            code=1,
        )
    print(f"UNVERIFIED ORIGIN: no key pinned; checked against the key the input names: {named}")
    return named


@app.command("check-proof")
def check_proof(
    file: Annotated[Path, typer.Argument(help="JSON printed by `recall ledger prove`")],
    public_key: PublicKeyOpt = None,
    trust_any_key: TrustAnyKeyOpt = False,
) -> None:
    """Check inclusion proofs offline: the checkpoint note's signature, then each path to its root.

    Exit 0: every proof holds. Exit 1: a signature or a proof does not, or no key is pinned. Exit 2: bad input.
    """
    try:
        document = SubjectProofs.model_validate_json(file.read_bytes())
    except OSError as exc:
        fail(f"{file}: {exc.strerror}")
    except ValidationError as exc:
        fail(f"{file}: not the output of `recall ledger prove` ({exc.errors()[0]['msg']})")
    key = _pinned_or_named(public_key, trust_any_key, document.public_key)
    try:
        held = verify_subject_proofs(document, key)
    except (NoteError, ProofError) as exc:
        print(f"proof does not hold: {exc}")
        raise typer.Exit(1) from None
    for line in held:
        print(f"holds  {line}")
    print(
        f"{len(held)} inclusion proofs of {document.subject_id} hold against the checkpoint, key {key_id(key)}"
    )


def _read_note(path: Path) -> str:
    """A checkpoint note, saved from `recall ledger head` (or its --json, or a prove output)."""
    try:
        text = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: {getattr(exc, 'strerror', None) or exc}")
    if text.lstrip().startswith("{"):
        try:
            note = json.loads(text)["checkpoint"]
        except (ValueError, KeyError, TypeError):
            fail(f"{path}: JSON without a checkpoint note")
        return str(note)
    return text


@app.command()
def consistency(
    old: Annotated[Path, typer.Argument(help="the older checkpoint note (from `recall ledger head`)")],
    new: Annotated[Path, typer.Argument(help="the newer checkpoint note")],
    ledger_url: LedgerUrl,
    public_key: PublicKeyOpt = None,
    trust_any_key: TrustAnyKeyOpt = False,
) -> None:
    """Prove the ledger only grew from OLD to NEW: both notes' signatures, then the RFC 9162 consistency proof
    the ledger gives, checked here and printed as JSON.

    Exit 0: consistent. Exit 1: a signature fails, or the log was rewritten between them. Exit 2: bad input.
    """
    old_note, new_note = _read_note(old), _read_note(new)

    async def named(ledger: Ledger) -> str | None:
        head = await ledger.tree_head()
        return None if head is None else head.public_key

    key = _pinned_or_named(
        public_key, trust_any_key, _run(ledger_url, None, named) if trust_any_key else None
    )
    try:
        first, second = open_checkpoint(old_note, key), open_checkpoint(new_note, key)
    except NoteError as exc:
        print(f"checkpoint refused: {exc}")
        raise typer.Exit(1) from None
    if first.tree_size > second.tree_size:
        fail(f"OLD has {first.tree_size} entries, NEW {second.tree_size}: give the older checkpoint first")
    try:
        proof = _run(
            ledger_url,
            None,
            lambda ledger: ledger.consistency(first.tree_size, first.root, second.tree_size, second.root),
        )
        check_consistency(proof)
    except (TreeMismatch, ProofError) as exc:
        print(f"NOT consistent: {exc}")
        raise typer.Exit(1) from None
    print(proof.model_dump_json(indent=2))
    print(f"consistent: the tree of size {second.tree_size} extends the tree of size {first.tree_size}")
