"""What the ledger model refuses for every door (HTTP, queue, import): dates UTC cannot hold, oversized metadata."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from optout_recall.ledger import ImportRejected, Ledger, LedgerEntryInput, import_jsonl
from optout_recall.ledger.models import (
    LEDGER_ENTRY_FIELDS,
    MAX_CHANNEL_METADATA_BYTES,
    METADATA_LIMIT_CONTEXT,
)


def fields(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "subject_id": "subject-1",
        "purpose": "sale",
        "choice": "opt_out",
        "source": "queue",
        "jurisdiction": "US-CA",
        "observed_at": "2026-03-01T10:00:00-08:00",
    }
    body.update(changes)
    return body


def metadata_of_size(size: int, filler: str = "x") -> dict[str, str]:
    """Metadata whose canonical JSON (`{"pad":"..."}`) is exactly `size` bytes of UTF-8."""
    overhead = len(b'{"pad":""}')
    width = len(filler.encode())
    assert (size - overhead) % width == 0
    return {"pad": filler * ((size - overhead) // width)}


OUT_OF_UTC = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01T13:59:59.999999+14:00"]


@pytest.mark.parametrize("observed_at", OUT_OF_UTC)
def test_a_time_utc_cannot_hold_is_a_validation_error_not_an_overflow(observed_at: str) -> None:
    body = json.dumps(fields(observed_at=observed_at))

    with pytest.raises(ValidationError) as model_error:
        LedgerEntryInput.model_validate_json(body)
    with pytest.raises(ValidationError) as fields_error:
        LEDGER_ENTRY_FIELDS.validate_json(body)

    for error in (model_error.value, fields_error.value):
        [detail] = error.errors(include_url=False)
        assert detail["loc"] == ("observed_at",)
        assert detail["type"] in ("greater_than_equal", "less_than_equal")


def test_a_datetime_object_past_utc_is_refused_too() -> None:
    plus_14 = timezone(timedelta(hours=14))

    with pytest.raises(ValidationError, match="greater than or equal to 0001-01-01T00:00:00Z"):
        LedgerEntryInput.model_validate(fields(observed_at=datetime(1, 1, 1, tzinfo=plus_14)))


@pytest.mark.parametrize(
    ("observed_at", "in_utc"),
    [
        ("0001-01-01T14:00:00+14:00", datetime(1, 1, 1, tzinfo=UTC)),
        ("9999-12-31T09:59:59.999999-14:00", datetime.max.replace(tzinfo=UTC)),
    ],
)
def test_the_edges_of_utc_are_accepted_and_stored_as_utc(observed_at: str, in_utc: datetime) -> None:
    entry = LedgerEntryInput.model_validate_json(json.dumps(fields(observed_at=observed_at)))

    assert entry.observed_at == in_utc
    assert entry.observed_at.tzinfo is UTC


def test_channel_metadata_up_to_the_limit_is_accepted_and_one_byte_more_is_refused() -> None:
    at_limit = fields(channel_metadata=metadata_of_size(MAX_CHANNEL_METADATA_BYTES))
    over = fields(channel_metadata=metadata_of_size(MAX_CHANNEL_METADATA_BYTES + 1))

    assert LedgerEntryInput.model_validate(at_limit).channel_metadata == at_limit["channel_metadata"]
    assert LEDGER_ENTRY_FIELDS.validate_json(json.dumps(at_limit))["channel_metadata"] is not None
    with pytest.raises(ValidationError, match=r"is 8193 bytes as JSON; at most 8192 are accepted"):
        LedgerEntryInput.model_validate(over)
    with pytest.raises(ValidationError, match=r"channel_metadata"):
        LEDGER_ENTRY_FIELDS.validate_json(json.dumps(over))


def test_channel_metadata_is_measured_in_bytes_as_stored_not_in_characters() -> None:
    # 2,730 three-byte characters: 2,740 characters but 8,200 bytes of UTF-8.
    wide = fields(channel_metadata={"pad": "€" * 2730})

    with pytest.raises(ValidationError, match=r"is 8200 bytes as JSON"):
        LedgerEntryInput.model_validate(wide)


def test_twenty_megabytes_of_metadata_are_refused() -> None:
    body = json.dumps(fields(channel_metadata={"blob": "A" * 20_000_000}))

    with pytest.raises(ValidationError, match=r"is 20000011 bytes as JSON"):
        LedgerEntryInput.model_validate_json(body)


def test_a_door_may_ask_for_a_lower_metadata_limit_but_not_a_higher_one() -> None:
    small = fields(channel_metadata=metadata_of_size(200))
    large = fields(channel_metadata=metadata_of_size(MAX_CHANNEL_METADATA_BYTES + 10))

    with pytest.raises(ValidationError, match=r"is 200 bytes as JSON; at most 100 are accepted"):
        LedgerEntryInput.model_validate(small, context={METADATA_LIMIT_CONTEXT: 100})
    with pytest.raises(ValidationError, match=r"at most 8192 are accepted"):
        LedgerEntryInput.model_validate(large, context={METADATA_LIMIT_CONTEXT: 10**9})


def test_metadata_that_is_not_plain_json_is_still_refused() -> None:
    with pytest.raises(ValidationError, match=r"must be plain JSON"):
        LedgerEntryInput.model_validate(fields(channel_metadata={"score": float("nan")}))


async def test_import_names_a_line_utc_cannot_hold_or_oversized_metadata(
    ledger: Ledger, tmp_path: Path
) -> None:
    source = tmp_path / "entries.jsonl"
    lines = [
        fields(idempotency_key="ok-1"),
        fields(idempotency_key="bad-date", observed_at="0001-01-01T00:00:00+14:00"),
        fields(idempotency_key="bad-meta", channel_metadata={"blob": "A" * MAX_CHANNEL_METADATA_BYTES}),
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))

    with pytest.raises(ImportRejected, match="2 invalid line") as rejected:
        await import_jsonl(ledger, source, workers=0)

    described = [problem.describe() for problem in rejected.value.invalid]
    assert described[0].startswith("line 2: observed_at: Input should be greater than or equal to")
    assert described[1].startswith("line 3: channel_metadata: Value error, is 8203 bytes as JSON")
    assert await ledger.chain_head() == (0, "0" * 64)
