"""`recall backfill` runs without importing the rest of the CLI, and starts its embedded dev server before its
imports; every other command gets the whole CLI."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from optout_recall import devserver
from optout_recall.cli.entry import embedded_backfill


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
    # Nor what it never uses: specs (their probes and HTTP client), and psycopg on a run without PostgreSQL;
    # nor structlog (60 ms) while it writes no log record.
    assert not {"optout_recall.spec", "psycopg", "structlog"} & modules


def test_every_other_command_still_has_the_whole_cli() -> None:
    code, out, modules = imported_by("rules", "--help")

    assert code == 0 and "rules [OPTIONS] COMMAND" in out
    assert "optout_recall.cli.main" in modules


def test_the_embedded_worker_imports_none_of_the_other_activities() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import workers.backfill"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    modules = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}

    assert done.returncode == 0 and "workflows.backfill" in modules
    assert not {"workers.main", "activities.reports", "activities.guard", "activities.git_hosts"} & modules
    # It logs through the standard library alone (`recall backfill` defers structlog to a first record), and
    # imports httpx (50-90 ms) only when it delivers to a webhook.
    assert not {"structlog", "httpx"} & modules


AUDITED = """
import sys

def hook(event, args):
    if event == "subprocess.Popen":
        sys.__stderr__.write("AUDIT popen " + " ".join(map(str, args[1])) + "\\n")
    elif event == "import" and args[0] in ("sqlalchemy", "pydantic", "optout_recall.cli.backfill"):
        sys.__stderr__.write("AUDIT import " + args[0] + "\\n")

sys.addaudithook(hook)
sys.argv = ["recall", *sys.argv[1:]]
from optout_recall.cli.entry import main
main()
"""


def _running(command_part: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if command_part in text and "start-dev" in text:
            found.append(text)
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_embedded_server_starts_before_the_imports_and_a_refused_run_leaves_none(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'missing.db'}"
    command = [sys.executable, "-c", textwrap.dedent(AUDITED), "backfill", "--incident", "INC-EARLY"]
    command += ["--events-url", missing, "--ledger-url", missing, "--embedded"]
    command += ["--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-08-01T00:00:00Z"]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
    )
    audit = [line for line in done.stderr.splitlines() if line.startswith("AUDIT ")]
    said = [line for line in done.stderr.splitlines() if not line.startswith("AUDIT ")]
    started = [i for i, line in enumerate(audit) if line.startswith("AUDIT popen") and "start-dev" in line]

    assert done.returncode == 2 and len(said) == 1 and "missing.db" in said[0]
    assert started, audit
    assert started[0] < audit.index("AUDIT import optout_recall.cli.backfill")
    assert started[0] < audit.index("AUDIT import sqlalchemy")
    port = audit[started[0]].split("--port ", 1)[1].split()[0]
    assert _running(f"--port {port} ") == []


def test_the_flags_say_when_backfill_runs_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RECALL_TEMPORAL_ADDRESS", raising=False)
    monkeypatch.setattr(devserver, "listening", lambda *_args, **_kwargs: False)  # no `recall dev`

    assert embedded_backfill(["--incident", "I"])
    assert embedded_backfill(["--incident", "I", "--embedded"])
    assert not embedded_backfill(["--incident", "I", "--address", "temporal:7233"])
    assert not embedded_backfill(["--incident", "I", "--address=temporal:7233"])
    assert not embedded_backfill(["--incident", "I", "--namespace", "prod"])
    assert not embedded_backfill(["--incident", "I", "--deliveries"])
    assert not embedded_backfill(["--help"])

    monkeypatch.setattr(devserver, "listening", lambda *_args, **_kwargs: True)  # maybe a `recall dev`
    assert not embedded_backfill(["--incident", "I"])
    assert embedded_backfill(["--incident", "I", "--embedded"])

    monkeypatch.setenv("RECALL_TEMPORAL_ADDRESS", "temporal:7233")
    assert not embedded_backfill(["--incident", "I", "--embedded"])
