"""The layout holds: domain code knows nothing of Temporal's layers, activities stay thin, errors are named once."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from temporalio.common import RetryPolicy

from optout_recall.errors import ErrorType

ROOT = Path(__file__).resolve().parent.parent
TEMPORAL_LAYERS = {"activities", "workflows", "workers"}
# The domain packages the activities adapt: pure Python over real parts, no Temporal at all.
TEMPORAL_FREE = [
    "freeze",
    "guard",
    "probes",
    "backfill",
    "gates",
    "ledger",
    "ingest",
    "rules",
    "deploys",
    "credentials.py",
    "errors.py",
    "escalation.py",
    "spec.py",
]


def _modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if ".venv" not in p.parts)


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _tops(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imported(path)}


def test_domain_code_never_imports_the_temporal_layers() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {sorted(_tops(path) & TEMPORAL_LAYERS)}"
        for path in _modules("optout_recall")
        if "cli" not in path.relative_to(ROOT / "optout_recall").parts and _tops(path) & TEMPORAL_LAYERS
    ]
    assert offenders == []


def test_the_cli_reaches_activities_only_through_the_worker() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _modules("optout_recall/cli") if "activities" in _tops(p)]
    assert offenders == []


def test_domain_packages_know_nothing_about_temporal() -> None:
    paths = [
        path
        for entry in TEMPORAL_FREE
        for path in (
            [ROOT / "optout_recall" / entry] if entry.endswith(".py") else _modules(f"optout_recall/{entry}")
        )
    ]
    assert len(paths) > len(TEMPORAL_FREE)
    assert [str(p.relative_to(ROOT)) for p in paths if "temporalio" in _tops(p)] == []


def test_the_import_rule_catches_an_offender(tmp_path: Path) -> None:
    offender = tmp_path / "bad.py"
    offender.write_text("from workers.main import running_worker\nimport temporalio.activity\n")
    assert _tops(offender) & TEMPORAL_LAYERS == {"workers"} and "temporalio" in _tops(offender)


def test_activities_are_thin_and_no_module_is_huge() -> None:
    lines = {
        p: len(p.read_text().splitlines())
        for p in _modules("optout_recall", "activities", "workflows", "workers")
    }
    assert {
        str(p.relative_to(ROOT)): n for p, n in lines.items() if "activities" in p.parts and n > 200
    } == {}
    assert {str(p.relative_to(ROOT)): n for p, n in lines.items() if n > 600} == {}


def _raised_error_types() -> set[str]:
    """Every ErrorType member named by a raise of RecallError or ApplicationError anywhere in the source."""
    raised: set[str] = set()
    for path in _modules("optout_recall", "activities", "workflows", "workers"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if func not in ("RecallError", "ApplicationError"):
                continue
            candidates = [*node.args[1:2], *(k.value for k in node.keywords if k.arg == "type")]
            for value in candidates:
                if isinstance(value, ast.Attribute) and getattr(value.value, "id", "") == "ErrorType":
                    raised.add(ErrorType[value.attr].value)
    return raised


def _string_error_types() -> list[str]:
    found = []
    for path in _modules("optout_recall", "activities", "workflows", "workers"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.keyword) and node.arg in ("type", "non_retryable_error_types"):
                constants = [n for n in ast.walk(node.value) if isinstance(n, ast.Constant)]
                if any(isinstance(c.value, str) for c in constants):
                    found.append(f"{path.relative_to(ROOT)}:{node.value.lineno}")
    return found


@pytest.mark.parametrize("module", ["workflows.retries", "workflows.recall", "workflows.backfill"])
def test_every_retry_policy_names_error_types_that_are_raised(module: str) -> None:
    policies = [v for v in vars(importlib.import_module(module)).values() if isinstance(v, RetryPolicy)]
    assert policies
    named = {str(t) for p in policies for t in p.non_retryable_error_types or []}
    assert named <= {e.value for e in ErrorType}
    assert named - _raised_error_types() == set()


def test_error_types_are_never_string_literals() -> None:
    assert _string_error_types() == []


def test_every_error_type_is_raised_somewhere() -> None:
    assert {e.value for e in ErrorType} - _raised_error_types() == set()
