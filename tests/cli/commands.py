"""Running `recall` as people do (a real process), and checking a `recall …` line against the typer app."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import typer

from optout_recall.cli.main import app

# What the docs and the status hints write where a person fills in a value.
PLACEHOLDERS = {
    "<full sha>": "9f72a02f6a5596b91380ed30eadd15cf36e5d294",
    "<sha>": "9f72a02f6a5596b91380ed30eadd15cf36e5d294",
    "<hex>": "ab" * 32,
    "…": "why",
}


def fill(line: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        line = line.replace(placeholder, value)
    return line


def parse_recall_command(line: str, *, complete: bool = True) -> Any:
    """Parse one `recall …` command line as the CLI would, without running it; returns its click context.

    `complete=False` checks only that the command and every option named exist (for prose that names a
    command without all its required options).
    """
    words = shlex.split(fill(line), comments=True)
    assert words and words[0] == "recall", line
    command = typer.main.get_command(app)
    path, args = ["recall"], words[1:]
    while isinstance(command, typer.core.TyperGroup) and args and not args[0].startswith("-"):
        sub = command.get_command(typer.Context(command), args[0])
        assert sub is not None, f"{line}: no command {' '.join([*path[1:], args[0]])}"
        path.append(args.pop(0))
        command = sub
    if not complete:
        known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
        unknown = [a.split("=")[0] for a in args if a.startswith("--") and a.split("=")[0] not in known]
        assert not unknown, f"{line}: {' '.join(path)} has no option {', '.join(unknown)}"
        return command.make_context(" ".join(path), args, resilient_parsing=True)
    return command.make_context(" ".join(path), args)


RECALL = str(Path(sys.executable).parent / "recall")


def recall(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RECALL, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


async def recall_in_thread(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """For tests whose worker runs on the test's event loop: the loop keeps serving while the CLI runs."""
    return await asyncio.to_thread(recall, *args, **kwargs)


def assert_one_clear_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    """Exit 2, exactly one line on stderr holding `expected`, nothing on stdout, no traceback."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert expected in lines[0], lines[0]
    assert result.returncode == 2, result.stderr
    assert result.stdout == "", result.stdout


async def wait_for_pending(
    address: str, incident: str, step: str, *, with_ref: bool = True, **kwargs: Any
) -> dict[str, Any]:
    """The recall's state (`recall status --json`) once it waits on `step` (for a hotfix: a named ref)."""
    for _ in range(240):
        result = await recall_in_thread("status", incident, "--json", "--address", address, **kwargs)
        if result.returncode == 0:
            state: dict[str, Any] = json.loads(result.stdout)
            pending = state["pending"]
            if (
                pending
                and pending["step"] == step
                and (step != "hotfix" or bool(pending["hotfix_ref"]) == with_ref)
            ):
                return state
            if state["outcome"] != "running":
                raise AssertionError(f"recall ended early: {state['failure']}")
        await asyncio.sleep(0.5)
    raise AssertionError(f"{step} never became pending")
