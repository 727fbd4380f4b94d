"""`recall demo --guard` as a person runs it: the next scheduled run catches the defect and opens a recall."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.commands import recall
from tests.conftest import free_port

pytestmark = pytest.mark.timeout(300)


def test_demo_guard_catches_the_defect_before_any_notice(tmp_path: Path) -> None:
    result = recall(
        "demo",
        "--guard",
        "--no-keep",
        "--port",
        str(free_port()),
        env={"RECALL_STATE_DIR": str(tmp_path / ".recall")},
        cwd=tmp_path,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "scenario runs pass" in out
    assert out.index("a release ships that ignores Sec-GPC") < out.index("caught before any notice arrived")
    assert "gpc-honoured on preference-api" in out
    assert "recall started by the guard: recall-DEMO-" in out
    assert "nothing left running" in out
