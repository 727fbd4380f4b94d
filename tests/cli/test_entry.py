"""`recall backfill` runs without importing the rest of the CLI; every other command gets the whole CLI."""

from __future__ import annotations

import subprocess
import sys


def imported_by(*args: str) -> tuple[int, str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "optout_recall.cli.entry", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    modules = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    return done.returncode, done.stdout, modules


def test_recall_backfill_imports_only_its_own_commands() -> None:
    code, out, modules = imported_by("backfill", "--help")

    assert code == 0 and "backfill [OPTIONS] COMMAND" in out
    assert "optout_recall.cli.backfill" in modules
    assert not {"optout_recall.cli.main", "optout_recall.cli.audit", "optout_recall.cli.console"} & modules


def test_every_other_command_still_has_the_whole_cli() -> None:
    code, out, modules = imported_by("rules", "--help")

    assert code == 0 and "rules [OPTIONS] COMMAND" in out
    assert "optout_recall.cli.main" in modules
