"""Docs that run: every spec in the README loads, and every `recall …` it shows is a real command.

Code blocks are read from the README itself: each YAML block is loaded with `load_spec` after its
placeholders are filled in, and each `recall …` line of a shell block parses against the typer app (the
command exists, every option is one it takes, the values are of the right kind and nothing required is
missing). Commands named in prose must exist with the options they are shown with. The `temporal` path is
run for real in `test_decisions.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from optout_recall.gates.keys import new_key_pair
from optout_recall.spec import load_spec
from tests.cli.commands import parse_recall_command

README = Path(__file__).resolve().parents[2] / "README.md"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README.read_text()) if lang == language]


def shell_commands() -> list[str]:
    """Every `recall …` command of the README's shell blocks (`a ; b` is two commands)."""
    found = []
    for body in blocks("sh"):
        for line in body.splitlines():
            for command in line.split(" ; "):
                command = command.split(" > ")[0].strip()  # `… --print-only > decision.json`
                if command.startswith("recall "):
                    found.append(command)
    return found


def prose_commands() -> list[str]:
    prose = _BLOCK.sub("", README.read_text())
    return sorted(set(re.findall(r"`(recall [^`]+)`", prose)))


def test_the_readme_shows_what_these_tests_read() -> None:
    assert len(blocks("yaml")) >= 1
    assert len(shell_commands()) >= 15
    assert {"recall status ID --watch", "recall list"} <= set(prose_commands())


@pytest.mark.parametrize("index", range(len(blocks("yaml"))))
def test_every_spec_in_the_readme_loads(tmp_path: Path, index: int) -> None:
    text = blocks("yaml")[index]
    for name in re.findall(r"\{name: (\w+),[^}]*public_key: <64 hex>", text):
        text = re.sub(
            rf"(\{{name: {name},[^}}]*public_key: )<64 hex>", rf"\g<1>{new_key_pair(tmp_path / name)}", text
        )
    assert "<" not in text, "a placeholder the test does not know how to fill"
    spec_path = tmp_path / "incident.yaml"
    spec_path.write_text(text)
    spec, _ = load_spec(spec_path)
    assert spec.incident.id == "INC-2026-042"


@pytest.mark.parametrize("command", shell_commands())
def test_every_command_in_the_readme_parses(command: str) -> None:
    parse_recall_command(command)


@pytest.mark.parametrize("command", prose_commands())
def test_every_command_named_in_the_prose_exists(command: str) -> None:
    parse_recall_command(command, complete=False)
