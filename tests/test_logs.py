"""Logs are JSON and never carry a secret, whatever a caller passes."""

from __future__ import annotations

import json
import logging

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
