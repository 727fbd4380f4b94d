"""Opt-out deadlines: 15 business days over US federal holidays in California, 15 days in New Jersey."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optout_recall.cli.rules import app
from optout_recall.rules import RulesError, load_rules
from optout_recall.rules.deadlines import add_business_days, due_at, federal_holidays, is_business_day

runner = CliRunner()


def test_the_holidays_of_5_usc_6103_with_their_observed_days() -> None:
    assert list(federal_holidays(2026)) == [
        date(2026, 1, 1),
        date(2026, 1, 19),  # third Monday in January
        date(2026, 2, 16),  # third Monday in February
        date(2026, 5, 25),  # last Monday in May
        date(2026, 6, 19),
        date(2026, 7, 3),  # July 4 is a Saturday: the Friday before
        date(2026, 9, 7),  # first Monday in September
        date(2026, 10, 12),  # second Monday in October
        date(2026, 11, 11),
        date(2026, 11, 26),  # fourth Thursday in November
        date(2026, 12, 25),
    ]
    # New Year's Day 2022 was a Saturday: observed on Friday 2021-12-31, so 2022 itself has no Jan 1 holiday.
    assert federal_holidays(2021)[date(2021, 12, 31)] == "New Year's Day (observed)"
    assert date(2022, 1, 1) not in federal_holidays(2022)
    # Juneteenth is a holiday from 2021 (first observed Friday 2021-06-18); Sunday holidays move to Monday.
    assert date(2021, 6, 18) in federal_holidays(2021) and date(2020, 6, 19) not in federal_holidays(2020)
    assert federal_holidays(2022)[date(2022, 12, 26)] == "Christmas Day (observed)"
    assert federal_holidays(2023)[date(2023, 1, 2)] == "New Year's Day (observed)"
    assert date(1985, 1, 21) not in federal_holidays(1985)  # no King holiday before 1986


def test_business_days_skip_weekends_and_observed_holidays() -> None:
    assert not is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert not is_business_day(date(2026, 7, 3))  # Independence Day, observed
    assert not is_business_day(date(2026, 7, 4))  # a Saturday
    assert is_business_day(date(2026, 11, 27))
    # Received Friday 2026-11-20: Nov 23-25, 27, Nov 30-Dec 4, Dec 7-11, Dec 14 is the 15th business day.
    assert add_business_days(date(2026, 11, 20), 15) == date(2026, 12, 14)
    # Received on a Saturday: the count starts on Monday.
    assert add_business_days(date(2026, 11, 21), 1) == date(2026, 11, 23)
    with pytest.raises(ValueError, match="at least one day"):
        add_business_days(date(2026, 1, 1), 0)


def test_the_california_deadline_ends_at_midnight_pacific_after_the_15th_business_day() -> None:
    rules = load_rules()

    due, deadline = rules.opt_out_due_at("US-CA", datetime(2026, 11, 20, 18, 0, tzinfo=UTC)) or (None, None)

    assert due == datetime(2026, 12, 15, 8, 0, tzinfo=UTC)  # midnight PST after Monday 2026-12-14
    assert deadline is not None and deadline.business_days and "7026(f)(1)" in deadline.citation
    assert deadline.third_parties_citation and "7026(f)(2)" in deadline.third_parties_citation
    # 23:30 in Los Angeles is already the next day in UTC; the local day is the one received.
    late_evening = datetime(2026, 11, 21, 7, 30, tzinfo=UTC)
    assert rules.opt_out_due_at("US-CA", late_evening) == (due, deadline)


def test_new_jersey_counts_15_days_not_business_days() -> None:
    due, deadline = load_rules().opt_out_due_at("US-NJ", datetime(2026, 11, 20, 18, 0, tzinfo=UTC)) or (
        None,
        None,
    )

    assert due == datetime(2026, 12, 6, 5, 0, tzinfo=UTC)  # end of 2026-12-05, a Saturday, in New York
    assert deadline is not None and not deadline.business_days and deadline.days == 15
    assert (
        due_at(datetime(2026, 11, 20, 18, tzinfo=UTC), 15, business_days=True, timezone="America/New_York")
        > due
    )


def test_every_jurisdiction_with_rules_has_an_opt_out_deadline() -> None:
    rules = load_rules()

    assert all(rule.opt_out_deadline is not None for rule in rules.jurisdictions)
    assert rules.opt_out_due_at("ZZ", datetime(2026, 1, 1, tzinfo=UTC)) is None


def test_the_display_duty_binds_in_california_from_2026() -> None:
    rules = load_rules()

    duty = rules.duty_at("display_signal_status", "US-CA", datetime(2026, 1, 1, 8, 0, tzinfo=UTC))
    assert duty is not None and "7025(c)(6)" in duty.citation
    assert rules.duty_at("display_signal_status", "US-CA", datetime(2026, 1, 1, 7, 59, tzinfo=UTC)) is None
    assert rules.duty_at("display_signal_status", "US-CO", datetime(2026, 6, 1, tzinfo=UTC)) is None


def test_rules_show_marks_what_is_not_checked_against_its_primary_text() -> None:
    result = runner.invoke(app, ["show", "--at", "2026-12-01"])

    assert result.exit_code == 0
    for code in ("US-NH", "US-NE", "US-MN", "US-MD", "US-NJ"):
        assert f"UNVERIFIED {code}: " in result.output
    assert "UNVERIFIED US-CO" not in result.output
    assert "display_signal_status" in result.output
    assert "15 business days" in result.output


def test_a_rules_file_with_two_opt_out_deadlines_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "version: '1'\nreviewed_on: 2026-01-01\njurisdictions:\n"
        "  - code: US-ZZ\n    name: Z\n    law: L\n    timezone: America/Chicago\n"
        "    requirements:\n      - {effective: 2026-01-01, requires_universal_opt_out: false,"
        " citation: c, source_url: 'https://example.org'}\n"
        "    deadlines:\n      - {what: a, days: 1, opt_out: true, citation: c}\n"
        "      - {what: b, days: 2, opt_out: true, citation: c}\n"
    )

    with pytest.raises(RulesError, match="at most one deadline is the opt-out deadline"):
        load_rules(bad)
