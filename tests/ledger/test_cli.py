"""`recall ledger import / record / verify / head` against a SQLite ledger file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optout_recall.cli.ledger import app

runner = CliRunner()


def line(index: int, **changes: object) -> str:
    row: dict[str, object] = {
        "subject_id": f"subject-{index}",
        "purpose": "sale",
        "choice": "opt_out",
        "source": "import",
        "jurisdiction": "US-CO",
        "observed_at": f"2026-02-01T10:{index:02d}:00+02:00",
        "idempotency_key": f"file-{index}",
    }
    row.update(changes)
    return json.dumps({key: value for key, value in row.items() if value is not None})


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.key"
    assert runner.invoke(app, ["keygen", str(path)]).exit_code == 0
    return path


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "entries.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_import_is_idempotent_by_key(tmp_path: Path, url: str) -> None:
    source = write(tmp_path, *(line(i) for i in range(5)))

    first = runner.invoke(app, ["import", str(source), "--ledger-url", url])
    again = runner.invoke(app, ["import", str(source), "--ledger-url", url])

    assert first.exit_code == 0, first.output
    assert "imported 5 entries (seq 1..5)" in first.output
    assert again.exit_code == 0
    assert "imported 0 entries; 5 already present" in again.output


def test_invalid_file_imports_nothing_and_names_each_line_and_field(tmp_path: Path, url: str) -> None:
    source = write(
        tmp_path,
        line(0),
        line(1, observed_at="2026-02-01T10:00:00"),
        line(2, choice="maybe"),
        "{not json",
        line(4),
    )

    result = runner.invoke(app, ["import", str(source), "--ledger-url", url])

    assert result.exit_code == 2
    assert "line 2: observed_at: Input should have timezone info" in result.stderr
    assert "line 3: choice:" in result.stderr
    assert "line 4: (json):" in result.stderr
    assert "recall: " in result.stderr and "3 invalid line(s), nothing imported" in result.stderr
    verify = runner.invoke(app, ["verify", "--ledger-url", url, "--trust-any-key", "--json"])
    assert json.loads(verify.stdout)["entries_checked"] == 0


def test_skip_invalid_imports_the_rest_and_reports_skipped_lines(tmp_path: Path, url: str) -> None:
    source = write(tmp_path, line(0), line(1, jurisdiction="California"), line(2))

    result = runner.invoke(app, ["import", str(source), "--ledger-url", url, "--skip-invalid"])

    assert result.exit_code == 0
    assert "imported 2 entries (seq 1..2)" in result.output
    assert "skipped" in result.stderr and "line 2: jurisdiction" in result.stderr


def test_record_head_and_verify(tmp_path: Path, url: str, key_file: Path) -> None:
    recorded = runner.invoke(
        app,
        [
            "record", "--ledger-url", url, "--subject", "u1", "--purpose", "sharing", "--choice", "opt_out",
            "--jurisdiction", "US-CA", "--source", "web", "--meta", "ua=test",
        ],
    )  # fmt: skip
    head = runner.invoke(app, ["head", "--ledger-url", url, "--key-file", str(key_file), "--sign", "--json"])
    saved = tmp_path / "head.json"
    saved.write_text(head.output)
    verified = runner.invoke(
        app, ["verify", "--ledger-url", url, "--head", str(saved), "--public-key", str(key_file)]
    )

    assert recorded.exit_code == 0, recorded.output
    assert "recorded seq 1" in recorded.output
    assert json.loads(head.output)["seq"] == 1
    assert verified.exit_code == 0
    assert "ledger intact: 1 entries, head seq 1, covered by a checkpoint at seq 1" in verified.output


def test_verify_exits_1_naming_the_first_bad_seq(tmp_path: Path, url: str) -> None:
    import sqlite3

    runner.invoke(app, ["import", str(write(tmp_path, *(line(i) for i in range(4)))), "--ledger-url", url])
    database = sqlite3.connect(url.removeprefix("sqlite:///"))
    database.execute("DROP TRIGGER consent_ledger_refuse_update")
    database.execute("UPDATE consent_ledger SET purpose = 'sharing' WHERE seq = 3")
    database.commit()
    database.close()

    result = runner.invoke(app, ["verify", "--ledger-url", url, "--trust-any-key"])

    assert result.exit_code == 1
    assert (
        result.output.splitlines()[0] == "UNVERIFIED ORIGIN: no key pinned; checkpoints checked against the "
        "key that signed them: none"
    )
    assert result.output.splitlines()[1].startswith("ledger tampered: first bad seq 3: changed row")


def test_bad_url_is_one_line_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["verify", "--ledger-url", "mysql://x/y"])

    assert result.exit_code == 2
    assert result.stderr.startswith("recall: unsupported database 'mysql'")


def test_lines_the_fast_check_passes_still_meet_every_model_rule(tmp_path: Path, url: str) -> None:
    not_plain_json = line(0)[:-1] + ', "channel_metadata": {"score": NaN}}'
    source = write(tmp_path, not_plain_json, line(1, purpose="Sale"), line(2, seq=5), line(3))

    result = runner.invoke(app, ["import", str(source), "--ledger-url", url])

    assert result.exit_code == 2
    assert "line 1: channel_metadata: Value error, must be plain JSON" in result.stderr
    assert "line 2: purpose: String should match pattern" in result.stderr
    assert "line 3: seq: assigned by the ledger; remove it from the import file" in result.stderr
