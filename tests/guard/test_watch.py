"""The watch: what is upcoming in scope, one key per requirement, the day-one scenario it implies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from optout_recall.guard import watch
from optout_recall.probes.scenarios import LIBRARY_DIR, load_library, load_scenario_file
from optout_recall.rules import load_rules


def test_upcoming_in_scope_and_its_day_one_scenario(tmp_path: Path) -> None:
    rules = load_rules()
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert watch.in_scope(rules, ["US-CO"], now, 60) == []
    [california] = watch.in_scope(rules, ["US-CA", "US-CO"], now, 60)
    assert california.requirement.effective.isoformat() == "2027-01-01"
    assert watch.requirement_key(california).startswith("requirement:US-CA:2027-01-01:")
    # a mandate on browsers asks nothing of the service, so no day-one scenario is made for it
    assert watch.write_day_one(california, tmp_path) is None


def test_a_business_mandate_becomes_a_loadable_scenario(tmp_path: Path) -> None:
    rules = load_rules()
    [colorado] = watch.in_scope(rules, ["US-CO"], datetime(2024, 6, 1, tzinfo=UTC), 60)
    path = watch.write_day_one(colorado, tmp_path)
    assert path is not None
    [scenario] = load_scenario_file(path)
    assert scenario.name == "day-one-us-co-20240701"
    assert [e.check.purpose for e in scenario.expect] == ["targeted_advertising", "sale"]  # type: ignore[attr-defined]
    library = load_library([LIBRARY_DIR, path])
    assert watch.acts_in(library["jurisdiction-us-co-honoured"], "US-CO")
    assert not watch.acts_in(library["gpc-honoured"], "US-CO")
