"""`recall ledger verify` trusts only a key you pinned, and only a checkpoint that covers the head.

Each attack is run as an insider with database access would run it: the append-only triggers switched off,
rows and checkpoints deleted, the tail appended again (so the chain links) and signed with a key of their own.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text
from typer.testing import CliRunner, Result

from optout_recall.cli.ledger import app
from optout_recall.db import create_engine
from optout_recall.ledger import Ledger, load_signing_key
from optout_recall.ledger.signing import key_id, raw_public_key

from .conftest import drop_tree_from, entry, tamper

runner = CliRunner()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.key"
    assert runner.invoke(app, ["keygen", str(path)]).exit_code == 0
    return path


def public(key_file: Path) -> str:
    return raw_public_key(load_signing_key(key_file).public_key())


def verify(url: str, *flags: str) -> Result:
    return runner.invoke(app, ["verify", "--ledger-url", url, *flags])


def honest_ledger(
    url: str, key_file: Path, *, entries: int = 100, checkpoints: Sequence[int] = (25, 50, 75, 100)
) -> None:
    """`entries` entries, a checkpoint signed with the operator's key after each seq in `checkpoints`."""

    async def build() -> None:
        engine = create_engine(url)
        ledger = Ledger(engine, load_signing_key(key_file), checkpoint_every=None)
        try:
            await ledger.create_schema()
            done = 0
            for stop in [*checkpoints, entries]:
                if stop > done:
                    await ledger.append([entry(index) for index in range(done, stop)])
                    done = stop
                if stop in checkpoints:
                    await ledger.checkpoint()
        finally:
            await engine.dispose()

    asyncio.run(build())


def run_sql(url: str, *statements: str) -> None:
    async def go() -> None:
        engine = create_engine(url)
        try:
            async with tamper(engine) as connection:
                for statement in statements:
                    await connection.execute(text(statement))
        finally:
            await engine.dispose()

    asyncio.run(go())


def rechain_from(url: str, seq: int, forger: Ed25519PrivateKey | None) -> None:
    """Delete the entries from `seq` on and every checkpoint, append another tail, sign it with `forger`."""
    run_sql(
        url,
        f"DELETE FROM consent_ledger WHERE seq >= {seq}",
        "DELETE FROM ledger_checkpoints",
        drop_tree_from(seq),
    )

    async def go() -> None:
        engine = create_engine(url)
        ledger = Ledger(engine, forger, checkpoint_every=None)
        try:
            await ledger.append([entry(index, choice="opt_in") for index in range(seq + 1000, seq + 1051)])
            if forger is not None:
                await ledger.checkpoint()
        finally:
            await engine.dispose()

    asyncio.run(go())


def hash_at(url: str, seq: int) -> str:
    async def go() -> str:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                found = await connection.execute(
                    text("SELECT entry_hash FROM consent_ledger WHERE seq = :seq"), {"seq": seq}
                )
                return str(found.scalar_one())
        finally:
            await engine.dispose()

    return asyncio.run(go())


# ------------------------------------------------------------------------ the attacks of issue 13, item 6


def test_rechained_and_resigned_tail_is_refused_without_a_pinned_key(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file)
    rechain_from(ledger_url, 50, Ed25519PrivateKey.generate())

    result = verify(ledger_url)

    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (
        "recall: origin unverified: pass --public-key (the key that signs this ledger's checkpoints), "
        "or --trust-any-key to check against whatever key signed them"
    )
    assert "ledger intact" not in result.output


def test_rechained_and_resigned_tail_is_refused_with_the_real_key_pinned(
    ledger_url: str, key_file: Path
) -> None:
    honest_ledger(ledger_url, key_file)
    forger = Ed25519PrivateKey.generate()
    rechain_from(ledger_url, 50, forger)

    result = verify(ledger_url, "--public-key", public(key_file))

    assert result.exit_code == 1, result.output
    forged_id = key_id(raw_public_key(forger.public_key()))
    assert f"by key {forged_id} is signed by a key that is not trusted" in result.output
    assert (
        f"no checkpoint signed by key {key_id(public(key_file))} covers the head (seq 100)" in result.output
    )


def test_rechained_tail_left_unsigned_is_refused_with_the_real_key_pinned(
    ledger_url: str, key_file: Path
) -> None:
    honest_ledger(ledger_url, key_file)
    rechain_from(ledger_url, 50, None)

    result = verify(ledger_url, "--public-key", public(key_file))

    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"ledger not verified: no checkpoint signed by key {key_id(public(key_file))} covers the head (seq 100)"
    )


def test_truncation_with_every_checkpoint_deleted_is_refused_with_the_real_key_pinned(
    ledger_url: str, key_file: Path
) -> None:
    honest_ledger(ledger_url, key_file)
    run_sql(ledger_url, "DELETE FROM consent_ledger WHERE seq > 70", "DELETE FROM ledger_checkpoints")

    result = verify(ledger_url, "--public-key", public(key_file))

    assert result.exit_code == 1, result.output
    assert (
        f"no checkpoint signed by key {key_id(public(key_file))} covers the head (seq 70): "
        "seq 1..70 are not covered" in result.output
    )
    assert "ledger intact" not in result.output


def test_trust_any_key_says_unverified_origin_and_checks_against_whoever_signed(
    ledger_url: str, key_file: Path
) -> None:
    honest_ledger(ledger_url, key_file)
    forger = Ed25519PrivateKey.generate()
    rechain_from(ledger_url, 50, forger)

    resigned = verify(ledger_url, "--trust-any-key")
    run_sql(ledger_url, "UPDATE ledger_checkpoints SET seq = 99")
    altered = verify(ledger_url, "--trust-any-key")

    # A consistent forgery passes when no key is pinned: that is what UNVERIFIED ORIGIN warns of.
    assert resigned.exit_code == 0, resigned.output
    lines = resigned.output.splitlines()
    assert lines[0].startswith("UNVERIFIED ORIGIN: no key pinned; checkpoints checked against the key")
    assert key_id(raw_public_key(forger.public_key())) in lines[0]
    assert lines[1].startswith("ledger intact: 100 entries, head seq 100, covered by a checkpoint at seq 100")
    assert altered.exit_code == 1
    assert "has an invalid signature (checkpoint altered)" in altered.output


def test_public_key_and_trust_any_key_together_are_bad_input(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file, entries=3, checkpoints=(3,))

    result = verify(ledger_url, "--public-key", public(key_file), "--trust-any-key")

    assert result.exit_code == 2
    assert (
        result.stderr.strip() == "recall: give --public-key (the key you pinned) or --trust-any-key, not both"
    )


# ------------------------------------------------------------------------------------ what must cover what


def test_intact_ledger_signed_at_its_head_by_the_pinned_key_verifies(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file)

    result = verify(ledger_url, "--public-key", public(key_file))
    as_json = json.loads(verify(ledger_url, "--public-key", public(key_file), "--json").output)

    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        f"ledger intact: 100 entries, head seq 100, covered by a checkpoint at seq 100 signed by key "
        f"{key_id(public(key_file))}"
    )
    assert as_json["ok"] and as_json["origin_verified"] and as_json["covered_seq"] == 100
    assert as_json["trusted_key_ids"] == [key_id(public(key_file))]


def test_entries_after_the_last_checkpoint_are_not_yet_covered(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file, entries=60, checkpoints=(50,))

    before = verify(ledger_url, "--public-key", public(key_file))
    signed = runner.invoke(app, ["checkpoint", "--ledger-url", ledger_url, "--key-file", str(key_file)])
    after = verify(ledger_url, "--public-key", public(key_file))

    assert before.exit_code == 1, before.output
    assert before.output.startswith(
        f"ledger not verified: no checkpoint signed by key {key_id(public(key_file))} covers the head (seq 60): "
        "the last covered seq is 50; seq 51..60 are not yet covered"
    )
    assert signed.exit_code == 0, signed.output
    assert after.exit_code == 0, after.output


def test_an_empty_ledger_needs_a_signed_head_too(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file, entries=0, checkpoints=())

    unsigned = verify(ledger_url, "--public-key", public(key_file))
    runner.invoke(app, ["checkpoint", "--ledger-url", ledger_url, "--key-file", str(key_file)])
    signed = verify(ledger_url, "--public-key", public(key_file))

    assert unsigned.exit_code == 1
    assert "covers the head (seq 0)" in unsigned.output
    assert signed.exit_code == 0, signed.output


def test_a_head_held_outside_catches_a_truncation_back_to_an_older_checkpoint(
    ledger_url: str, key_file: Path
) -> None:
    honest_ledger(ledger_url, key_file)
    held = f"100:{hash_at(ledger_url, 100)}"
    run_sql(
        ledger_url,
        "DELETE FROM consent_ledger WHERE seq > 50",
        "DELETE FROM ledger_checkpoints WHERE seq > 50",
    )

    inside_only = verify(ledger_url, "--public-key", public(key_file))
    with_hash = verify(ledger_url, "--public-key", public(key_file), "--head", held)
    seq_only = verify(ledger_url, "--public-key", public(key_file), "--head", "100")

    assert inside_only.exit_code == 0  # nothing left inside the database betrays it ...
    assert with_hash.exit_code == 1  # ... the head held in a ticket does
    assert (
        "first bad seq 51: missing tail: the head you hold (seq 100) is past the ledger's end"
        in with_hash.output
    )
    assert seq_only.exit_code == 1
    assert "seq 51..100 removed" in seq_only.output


def test_a_head_held_outside_must_match_the_chain(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file)
    held = hash_at(ledger_url, 40)
    rechain_from(ledger_url, 30, None)
    honest = load_signing_key(key_file)

    async def resign() -> None:  # the insider holds the real key: the chain and the head are consistent
        engine = create_engine(ledger_url)
        try:
            await Ledger(engine, honest).checkpoint()
        finally:
            await engine.dispose()

    asyncio.run(resign())

    inside_only = verify(ledger_url, "--public-key", public(key_file))
    result = verify(ledger_url, "--public-key", public(key_file), "--head", f"40:{held}")

    assert inside_only.exit_code == 0
    assert result.exit_code == 1, result.output
    assert "rewritten tail: the head you hold says entry_hash" in result.output
    assert "at seq 40" in result.output


def test_entries_after_a_held_head_are_reported_as_not_yet_covered(ledger_url: str, key_file: Path) -> None:
    honest_ledger(ledger_url, key_file, entries=60, checkpoints=(50,))

    result = verify(ledger_url, "--public-key", public(key_file), "--head", f"50:{hash_at(ledger_url, 50)}")

    assert result.exit_code == 1
    assert "the last covered seq is 50; seq 51..60 are not yet covered" in result.output


def test_a_bad_head_is_one_line_exit_2(ledger_url: str, key_file: Path, tmp_path: Path) -> None:
    honest_ledger(ledger_url, key_file, entries=3, checkpoints=(3,))
    not_json = tmp_path / "head.json"
    not_json.write_text("{")

    for value, message in {
        "12:abc": "--head '12:abc' is not SEQ[:HASH] (HASH: 64 hex digits) nor a signed head file",
        "-1": "--head '-1' is not SEQ[:HASH] (HASH: 64 hex digits) nor a signed head file",
        str(not_json): f"{not_json}: not a signed head saved by `recall ledger head --json`",
    }.items():
        result = verify(ledger_url, "--public-key", public(key_file), "--head", value)
        assert result.exit_code == 2, value
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"recall: {message}"), lines


def test_the_key_named_is_the_key_that_signed_not_the_stored_key_id(ledger_url: str, key_file: Path) -> None:
    """key_id is a stored column the signature does not cover: what verify names comes from the public key."""
    honest_ledger(ledger_url, key_file, entries=3, checkpoints=(3,))
    run_sql(ledger_url, "UPDATE ledger_checkpoints SET key_id = 'ffffffffffffffff'")

    pinned = verify(ledger_url, "--public-key", public(key_file))
    trusting = verify(ledger_url, "--trust-any-key")

    assert pinned.exit_code == 0, pinned.output
    assert pinned.output.strip().endswith(f"signed by key {key_id(public(key_file))}")
    assert trusting.output.splitlines()[0].endswith(f"the key that signed them: {key_id(public(key_file))}")
    assert "ffffffffffffffff" not in pinned.output + trusting.output.splitlines()[0]
