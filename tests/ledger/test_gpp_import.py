"""GPP strings as a consent source in ledger import: 1 is an opt-out, 2 and 0 record nothing, never a consent."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from optout_recall.ledger import ImportRejected, Ledger, import_jsonl
from optout_recall.ledger.models import GppEntriesInput
from optout_recall.payloads import Choice

# usnat version 2, all three consent fields 1 (opted out), GPC sub-section true (iabgpp-es UsNat.test.ts).
ALL_OPTED_OUT = "DBABLA~CVVVkkkkkpFY.YA"
# The same usnat core without its GPC sub-section.
ALL_OPTED_OUT_NO_GPC = "DBABLA~CVVVkkkkkpFY"
# usnat: SaleOptOut 0, SharingOptOut 2 and TargetedAdvertisingOptOut 2 (iabgpp-es UsNat.test.ts).
NOT_OPTED_OUT = "DBABLA~CVQqAAAACg"
# usca: SaleOptOut 1 and SharingOptOut 1 (iabgpp-java UsCaTest.testEncode2), after a DBABBg header.
CALIFORNIA = "DBABBg~BVWSSSVY.YA"


def gpp_line(gpp: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "subject_id": "subject-gpp",
        "gpp": gpp,
        "source": "web",
        "jurisdiction": "US-CO",
        "observed_at": "2026-03-01T10:00:00-07:00",
        "idempotency_key": "cmp-1",
        "channel_metadata": {"cmp": "acme"},
    }
    body.update(changes)
    return body


def write(path: Path, *lines: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


async def test_a_gpp_line_becomes_one_opt_out_per_field_that_reads_1(ledger: Ledger, tmp_path: Path) -> None:
    source = write(tmp_path / "gpp.jsonl", gpp_line(ALL_OPTED_OUT_NO_GPC))

    result = await import_jsonl(ledger, source, workers=0)

    assert (result.lines_read, result.imported) == (1, 3)
    history = await ledger.history("subject-gpp")
    assert [(e.purpose, e.choice, e.jurisdiction, e.source) for e in history] == [
        ("sale", "opt_out", "US-CO", "web"),
        ("sharing", "opt_out", "US-CO", "web"),
        ("targeted_advertising", "opt_out", "US-CO", "web"),
    ]
    assert [e.idempotency_key for e in history] == [
        "cmp-1:usnat:sale",
        "cmp-1:usnat:sharing",
        "cmp-1:usnat:targeted_advertising",
    ]
    for entry, field in zip(
        history, ("SaleOptOut", "SharingOptOut", "TargetedAdvertisingOptOut"), strict=True
    ):
        assert entry.channel_metadata == {
            "cmp": "acme",
            "gpp": ALL_OPTED_OUT_NO_GPC,
            "gpp_section": "usnat",
            "gpp_field": field,
        }


async def test_the_gpc_bit_is_a_gpc_signal_for_the_purposes_gpc_covers_there(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Colorado's universal opt-out covers sale and targeted advertising: the bit adds those, as source gpc."""
    source = write(tmp_path / "gpp.jsonl", gpp_line(ALL_OPTED_OUT))

    result = await import_jsonl(ledger, source, workers=0)

    assert (result.lines_read, result.imported) == (1, 5)
    history = await ledger.history("subject-gpp")
    assert [(e.purpose, e.source, e.idempotency_key) for e in history if e.source == "gpc"] == [
        ("targeted_advertising", "gpc", "cmp-1:usnat:gpc:targeted_advertising"),
        ("sale", "gpc", "cmp-1:usnat:gpc:sale"),
    ]
    gpc = [e for e in history if e.source == "gpc"]
    assert all(e.choice == Choice.OPT_OUT and e.jurisdiction == "US-CO" for e in gpc)
    assert all(e.channel_metadata and e.channel_metadata["gpp_field"] == "Gpc" for e in gpc)


async def test_the_gpc_bit_where_no_law_makes_gpc_an_opt_out_adds_nothing(
    ledger: Ledger, tmp_path: Path
) -> None:
    source = write(tmp_path / "gpp.jsonl", gpp_line(ALL_OPTED_OUT, jurisdiction="US-FL"))

    result = await import_jsonl(ledger, source, workers=0)

    assert result.imported == 3
    assert {e.source for e in await ledger.history("subject-gpp")} == {"web"}


async def test_2_did_not_opt_out_is_not_read_as_consent(ledger: Ledger, tmp_path: Path) -> None:
    """The classic mistake reads 1 as consented and 2 as opted out; neither may happen."""
    source = write(
        tmp_path / "gpp.jsonl",
        gpp_line(ALL_OPTED_OUT_NO_GPC, observed_at="2026-03-01T10:00:00Z", idempotency_key="first"),
        gpp_line(NOT_OPTED_OUT, observed_at="2026-03-02T10:00:00Z", idempotency_key="second"),
    )

    result = await import_jsonl(ledger, source, workers=0)

    assert (result.lines_read, result.imported) == (2, 3)
    history = await ledger.history("subject-gpp")
    assert {e.choice for e in history} == {"opt_out"}
    assert {e.channel_metadata["gpp"] for e in history if e.channel_metadata} == {ALL_OPTED_OUT_NO_GPC}
    # Still opted out after the later string: "did not opt out" is no opt-in.
    later = datetime(2026, 3, 3, tzinfo=UTC)
    assert await ledger.effective_choice("subject-gpp", "sharing", later) == Choice.OPT_OUT


async def test_a_state_section_records_in_its_state(ledger: Ledger, tmp_path: Path) -> None:
    """The usca section speaks for California although the line says Colorado, its GPC bit too."""
    source = write(tmp_path / "gpp.jsonl", gpp_line(CALIFORNIA, idempotency_key=None))

    await import_jsonl(ledger, source, workers=0)

    history = await ledger.history("subject-gpp")
    assert [(e.purpose, e.jurisdiction, e.source, e.idempotency_key) for e in history] == [
        ("sale", "US-CA", "web", None),
        ("sharing", "US-CA", "web", None),
        ("sale", "US-CA", "gpc", None),
        ("sharing", "US-CA", "gpc", None),
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (gpp_line("DBABLA~CVVVkk"), "line 2: gpp: Value error, the usnat core segment ends inside"),
        (
            gpp_line("DBABTA~1YNN"),
            "line 2: gpp: Value error, it carries no US section (sections present: uspv1)",
        ),
        (
            gpp_line(ALL_OPTED_OUT, purpose="sale"),
            "line 2: purpose: a gpp line takes its purposes and choices",
        ),
        (
            gpp_line(ALL_OPTED_OUT, channel_metadata={"gpp": "forged"}),
            "line 2: channel_metadata: Value error, gpp is written from the GPP string",
        ),
    ],
)
async def test_a_bad_gpp_line_is_named_and_nothing_is_imported(
    ledger: Ledger, tmp_path: Path, line: dict[str, Any], problem: str
) -> None:
    source = write(tmp_path / "gpp.jsonl", gpp_line(ALL_OPTED_OUT), line)

    with pytest.raises(ImportRejected) as rejected:
        await import_jsonl(ledger, source, workers=0)

    assert rejected.value.invalid[0].describe().startswith(problem)
    assert await ledger.chain_head() == (0, "0" * 64)


async def test_gpp_lines_validate_in_the_worker_processes_too(ledger: Ledger, tmp_path: Path) -> None:
    source = write(
        tmp_path / "gpp.jsonl", *(gpp_line(ALL_OPTED_OUT, idempotency_key=f"k{i}") for i in range(3))
    )

    result = await import_jsonl(ledger, source, workers=1)

    assert result.imported == 15  # 3 fields that read 1, and the GPC bit's 2 Colorado purposes, a line


def test_the_model_keeps_every_entry_under_the_ledgers_limits() -> None:
    long_key = "k" * 250
    model = GppEntriesInput.model_validate(gpp_line(ALL_OPTED_OUT, idempotency_key=long_key))

    with pytest.raises(ValueError, match="idempotency_key"):
        model.entries()
