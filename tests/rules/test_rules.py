"""The shipped jurisdiction rules and the `recall rules` commands."""

from __future__ import annotations

from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optout_recall.cli.rules import app
from optout_recall.rules import DEFAULT_RULES_PATH, RulesError, load_rules

runner = CliRunner()
REQUIRED = [
    "US-CA",
    "US-CO",
    "US-CT",
    "US-TX",
    "US-MT",
    "US-OR",
    "US-DE",
    "US-NJ",
    "US-NH",
    "US-NE",
    "US-MN",
    "US-MD",
    "EU",
]


def test_shipped_rules_cover_the_mandates_and_hash_the_file() -> None:
    rules = load_rules()

    assert rules.content_hash == sha256(DEFAULT_RULES_PATH.read_bytes()).hexdigest()
    assert rules.version
    codes = {rule.code for rule in rules.entries}
    assert set(REQUIRED) <= codes
    assert {"US-VA", "US-UT", "US-IA", "US-TN"} <= codes
    for rule in rules.entries:
        for requirement in rule.requirements:
            assert requirement.citation and requirement.source_url


@pytest.mark.parametrize(
    ("jurisdiction", "at", "required"),
    [
        ("US-CO", "2024-06-30T12:00:00+00:00", False),
        ("US-CO", "2024-07-01T06:00:00+00:00", True),  # midnight in Denver
        ("US-CO", "2024-07-01T05:59:59+00:00", False),
        ("US-CT", "2025-01-01T05:00:00+00:00", True),
        ("US-NJ", "2025-07-14T12:00:00+00:00", False),
        ("US-NJ", "2025-07-15T12:00:00+00:00", True),
        ("US-OR", "2025-12-31T12:00:00+00:00", False),
        ("US-OR", "2026-01-01T12:00:00+00:00", True),
        ("US-MD", "2025-10-01T12:00:00+00:00", True),
        ("US-MN", "2025-07-30T12:00:00+00:00", False),
        ("US-CA", "2021-06-01T00:00:00+00:00", True),
        ("US-VA", "2026-11-27T00:00:00+00:00", False),
        ("FR", "2026-11-27T00:00:00+00:00", True),
        ("XX-ZZ", "2026-11-27T00:00:00+00:00", False),
    ],
)
def test_requires_universal_opt_out(jurisdiction: str, at: str, required: bool) -> None:
    assert load_rules().requires_universal_opt_out(jurisdiction, datetime.fromisoformat(at)) is required


def test_gpc_purposes_follow_the_law_in_force() -> None:
    rules = load_rules()

    assert rules.gpc_purposes("US-CA", datetime(2022, 1, 1, tzinfo=UTC)) == ["sale"]
    assert rules.gpc_purposes("US-CA", datetime(2026, 11, 27, tzinfo=UTC)) == ["sale", "sharing"]
    assert rules.gpc_purposes("US-TX", datetime(2026, 11, 27, tzinfo=UTC)) == ["targeted_advertising", "sale"]
    assert rules.gpc_purposes("US-UT", datetime(2026, 11, 27, tzinfo=UTC)) == []


def test_browser_obligations_do_not_change_what_businesses_must_honor() -> None:
    rules = load_rules()

    assert rules.gpc_purposes("US-CA", datetime(2027, 6, 1, tzinfo=UTC)) == ["sale", "sharing"]


def test_upcoming_lists_requirements_within_the_window() -> None:
    result = runner.invoke(app, ["upcoming", "--days", "60", "--at", "2026-11-27"])
    none = runner.invoke(app, ["upcoming", "--days", "10", "--at", "2026-11-27"])

    assert result.exit_code == 0
    assert result.output.startswith("2027-01-01 US-CA (California), browsers")
    assert "no requirement takes effect in the 10 days after 2026-11-27" in none.output


def test_show_at_a_date(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "--at", "2024-08-01"])

    assert result.exit_code == 0
    assert "US-CO Colorado" in result.output
    assert load_rules().content_hash in result.output


def test_invalid_rules_file_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "version: '1'\nreviewed_on: 2026-01-01\njurisdictions:\n"
        "  - {code: US-ZZ, name: Z, law: L, timezone: Mars/Base, requirements: []}\n"
    )

    with pytest.raises(RulesError, match="timezone"):
        load_rules(bad)
    result = runner.invoke(app, ["show", "--rules", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("recall: ")


def test_custom_rules_file_with_future_requirement(tmp_path: Path) -> None:
    custom = tmp_path / "rules.yaml"
    custom.write_text(
        "version: '1'\nreviewed_on: 2026-11-27\njurisdictions:\n"
        "  - code: US-ZZ\n    name: Zedland\n    law: Zed Privacy Act\n    timezone: America/Chicago\n"
        "    requirements:\n      - effective: 2026-12-15\n        requires_universal_opt_out: true\n"
        "        gpc_purposes: [sale]\n        citation: Zed Code 1\n        source_url: https://example.org/zed\n"
    )

    result = runner.invoke(app, ["upcoming", "--days", "30", "--at", "2026-11-27", "--rules", str(custom)])

    assert result.exit_code == 0
    assert result.output.startswith("2026-12-15 US-ZZ (Zedland), businesses: must honor")
