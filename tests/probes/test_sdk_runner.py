"""The SDK runner answers with one JSON line and an exit code the SDK driver reads as a verdict."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def call(entry_point: str, request: object) -> tuple[int, object]:
    done = subprocess.run(
        [sys.executable, "-m", "optout_recall.probes.sdk_runner", entry_point],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return done.returncode, json.loads(done.stdout.splitlines()[-1])


def test_result_of_the_entry_point_is_printed() -> None:
    assert call("json:dumps", {"op": "get"}) == (0, '{"op": "get"}')


@pytest.mark.parametrize(
    ("entry_point", "request_body", "exit_code", "error"),
    [
        ("no_such_module_here:call", {}, 2, "cannot import no_such_module_here:call: ModuleNotFoundError("),
        ("json:loads", {}, 1, "TypeError: the JSON object must be str"),
        ("socket:create_connection", ["127.0.0.1", 1], 3, "ConnectionRefusedError: "),
    ],
)
def test_failures_are_told_apart_by_exit_code(
    entry_point: str, request_body: object, exit_code: int, error: str
) -> None:
    code, answer = call(entry_point, request_body)
    assert code == exit_code
    assert isinstance(answer, dict)
    assert answer["error"].startswith(error)
