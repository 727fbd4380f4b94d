"""`recall ledger head / prove / check-proof / consistency` on SQLite and PostgreSQL: what an auditor runs,
and what each gets for a forged input."""

from __future__ import annotations

import base64
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optout_recall.cli.ledger import app
from optout_recall.ledger import load_signing_key
from optout_recall.ledger.signing import raw_public_key
from tests.ledger import rfc9162

runner = CliRunner()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.key"
    assert runner.invoke(app, ["keygen", str(path)]).exit_code == 0
    return path


def record(url: str, subject: str, count: int, start: int = 0) -> None:
    for index in range(start, start + count):
        result = runner.invoke(
            app,
            [
                "record", "--ledger-url", url, "--subject", subject, "--purpose", "sale" if index % 2 else "sharing",
                "--choice", "opt_out", "--jurisdiction", "US-CA", "--idempotency-key", f"{subject}-{index}",
            ],
        )  # fmt: skip
        assert result.exit_code == 0, result.output


def sign(url: str, key_file: Path) -> str:
    result = runner.invoke(app, ["checkpoint", "--ledger-url", url, "--key-file", str(key_file)])
    assert result.exit_code == 0, result.output
    return result.output


def test_head_prints_a_c2sp_checkpoint(ledger_url: str, key_file: Path) -> None:
    record(ledger_url, "alice", 3)
    sign(ledger_url, key_file)
    result = runner.invoke(app, ["head", "--ledger-url", ledger_url])
    assert result.exit_code == 0, result.output
    origin, size, root, blank, signature, end = result.output.split("\n")
    assert (origin, size, blank, end) == ("optout-recall.invalid/consent-ledger", "3", "", "")
    assert len(base64.b64decode(root)) == 32
    assert signature.startswith("— optout-recall.invalid/consent-ledger ")
    assert len(base64.b64decode(signature.split(" ")[2])) == 4 + 64


@pytest.mark.parametrize(
    "rewrite", ["root_hash = 'zz' || substr(root_hash, 3)", "root_hash = upper(root_hash)"]
)
def test_head_of_an_altered_checkpoint_is_refused_in_one_line(
    ledger_url: str, key_file: Path, rewrite: str
) -> None:
    """Not a traceback (a root that is not hex), nor the altered head printed as if it were signed."""
    if not ledger_url.startswith("sqlite"):
        pytest.skip("the SQLite triggers are dropped here; PostgreSQL's tamper tests are in test_tamper_*")
    record(ledger_url, "alice", 3)
    sign(ledger_url, key_file)
    with closing(sqlite3.connect(ledger_url.removeprefix("sqlite:///"))) as connection:
        connection.execute("DROP TRIGGER ledger_checkpoints_refuse_update")
        connection.execute(f"UPDATE ledger_checkpoints SET {rewrite}")
        connection.commit()

    result = runner.invoke(app, ["head", "--ledger-url", ledger_url])

    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and "does not verify" in result.output, result.output


def test_prove_and_check_proof_offline(ledger_url: str, key_file: Path, tmp_path: Path) -> None:
    record(ledger_url, "alice", 4)
    record(ledger_url, "bob", 70)
    record(ledger_url, "alice", 2, start=10)
    sign(ledger_url, key_file)
    record(ledger_url, "alice", 1, start=20)
    result = runner.invoke(app, ["prove", "--subject", "alice", "--ledger-url", ledger_url])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [p["seq"] for p in document["proofs"]] == [1, 2, 3, 4, 75, 76]
    assert document["not_yet_covered"] == [77]
    root = base64.b64decode(document["checkpoint"].split("\n")[2])
    for proof in document["proofs"]:
        assert set(proof) == {"seq", "leaf", "leaf_index", "tree_size", "inclusion_path"}
        rfc9162.check_inclusion(
            base64.b64decode(proof["leaf"]),
            proof["leaf_index"],
            proof["tree_size"],
            [base64.b64decode(p) for p in proof["inclusion_path"]],
            root,
        )
    only_sale = runner.invoke(
        app, ["prove", "--subject", "alice", "--purpose", "sale", "--ledger-url", ledger_url]
    )
    assert [p["seq"] for p in json.loads(only_sale.stdout)["proofs"]] == [2, 4, 76]

    saved = tmp_path / "alice.json"
    saved.write_text(result.stdout)
    pinned = raw_public_key(load_signing_key(key_file).public_key())
    checked = runner.invoke(app, ["check-proof", str(saved), "--public-key", pinned])
    assert checked.exit_code == 0, checked.output
    assert "6 inclusion proofs of alice hold" in checked.output

    forged = json.loads(result.stdout)
    leaf = base64.b64decode(forged["proofs"][0]["leaf"]).replace(b"opt_out", b"opt_in")
    forged["proofs"][0]["leaf"] = base64.b64encode(leaf).decode()
    saved.write_text(json.dumps(forged))
    refused = runner.invoke(app, ["check-proof", str(saved), "--public-key", pinned])
    assert refused.exit_code == 1
    assert "proof does not hold: the inclusion path of leaf 0 does not lead to the root" in refused.output

    saved.write_text(result.stdout)
    other = runner.invoke(app, ["check-proof", str(saved), "--public-key", "ab" * 32])
    assert other.exit_code == 1
    assert "no signature by the pinned key" in other.output
    unpinned = runner.invoke(app, ["check-proof", str(saved)])
    assert unpinned.exit_code == 1 and "origin unverified" in unpinned.output


def test_consistency_proves_the_log_only_grew(ledger_url: str, key_file: Path, tmp_path: Path) -> None:
    record(ledger_url, "alice", 5)
    old = tmp_path / "old.note"
    old.write_text(sign(ledger_url, key_file))
    record(ledger_url, "bob", 80)
    new = tmp_path / "new.note"
    new.write_text(sign(ledger_url, key_file))
    pinned = raw_public_key(load_signing_key(key_file).public_key())

    result = runner.invoke(
        app, ["consistency", str(old), str(new), "--ledger-url", ledger_url, "--public-key", pinned]
    )
    assert result.exit_code == 0, result.output
    assert "consistent: the tree of size 85 extends the tree of size 5" in result.output
    proof = json.loads(result.output[: result.output.rindex("}") + 1])
    rfc9162.check_consistency(
        5,
        85,
        [base64.b64decode(p) for p in proof["consistency_path"]],
        base64.b64decode(proof["old_root"]),
        base64.b64decode(proof["new_root"]),
    )

    backwards = runner.invoke(
        app, ["consistency", str(new), str(old), "--ledger-url", ledger_url, "--public-key", pinned]
    )
    assert backwards.exit_code == 2 and "give the older checkpoint first" in backwards.output
    missing = runner.invoke(
        app,
        ["consistency", str(tmp_path / "nope"), str(new), "--ledger-url", ledger_url, "--public-key", pinned],
    )
    assert missing.exit_code == 2 and missing.output.startswith("recall: ")


def test_prove_without_a_checkpoint_or_an_entry_is_one_line(ledger_url: str, key_file: Path) -> None:
    record(ledger_url, "alice", 1)
    unsigned = runner.invoke(app, ["prove", "--subject", "alice", "--ledger-url", ledger_url])
    assert unsigned.exit_code == 1
    assert unsigned.output.startswith("recall: no signed checkpoint yet")
    sign(ledger_url, key_file)
    nobody = runner.invoke(app, ["prove", "--subject", "nobody", "--ledger-url", ledger_url])
    assert nobody.exit_code == 1
    assert nobody.output == "recall: the ledger holds no entry of subject 'nobody'\n"


def test_bad_input_to_the_proof_commands_is_one_line_and_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text("not json at all")
    cases = {
        "check-proof: not a prove output": ["check-proof", str(junk), "--public-key", "ab" * 32],
        "check-proof: no such file": ["check-proof", str(tmp_path / "nope.json"), "--public-key", "ab" * 32],
        "check-proof: not a key": ["check-proof", str(junk), "--public-key", "xyz"],
    }
    for what, argv in cases.items():
        result = runner.invoke(app, argv)
        assert result.exit_code == 2, (what, result.output)
        assert result.output.startswith("recall: ") and result.output.count("\n") == 1, (what, result.output)
