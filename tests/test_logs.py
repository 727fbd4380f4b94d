"""Logs are JSON and never carry a secret, whatever a caller passes."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
import structlog

from optout_recall.logs import configure_logging


def test_secrets_are_redacted_in_json_logs(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO")
    structlog.get_logger("t").info(
        "connecting", github_token="ghp_secret", password="hunter2", url="postgresql://app:s3cret@db/events"
    )
    logging.getLogger("temporalio.activity").info("stdlib lines are JSON too")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert lines[0]["github_token"] == "[redacted]" and lines[0]["password"] == "[redacted]"
    assert lines[0]["url"] == "postgresql://app:***@db/events"
    assert lines[1]["event"] == "stdlib lines are JSON too" and lines[1]["level"] == "info"
    assert "s3cret" not in json.dumps(lines) and "hunter2" not in json.dumps(lines)


def test_request_urls_httpx_logs_stay_out_of_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO")
    logging.getLogger("httpx").info(
        'HTTP Request: POST https://hooks.slack.com/services/T0/B0/xoxsecret "200 OK"'
    )
    logging.getLogger("httpx").warning("a warning still shows")
    err = capsys.readouterr().err
    assert "xoxsecret" not in err and "a warning still shows" in err


def test_stdlib_only_logging_renders_the_first_record_as_structlog_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("WARNING", stdlib_only=True)
    logging.getLogger("optout_recall.backfill").info("below the level: not written")
    logging.getLogger("optout_recall.backfill").warning("retrying postgresql://app:s3cret@db/events")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [line["event"] for line in lines] == ["retrying postgresql://app:***@db/events"]
    assert lines[0]["level"] == "warning" and lines[0]["logger"] == "optout_recall.backfill"


def test_recall_backfill_starts_without_structlog(tmp_path: Path) -> None:
    """`recall backfill` logs through the standard library only, its embedded worker too, so structlog
    (60 ms of its start) is imported only if a record is written. Here its input fails, with no log record."""
    missing = f"sqlite:///{tmp_path / 'missing.db'}"
    command = [sys.executable, "-X", "importtime", "-m", "optout_recall.cli.entry", "backfill"]
    command += ["--incident", "INC-1", "--events-url", missing, "--ledger-url", missing]
    command += ["--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-07-01T00:00:00Z", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "missing.db" in done.stderr.splitlines()[-1]
    assert "cli.backfill" in done.stderr and " structlog" not in done.stderr
    worker = "import sys, workers.backfill; assert 'structlog' not in sys.modules, 'structlog imported'"
    assert subprocess.run([sys.executable, "-c", worker], check=False).returncode == 0
