"""bench/ledger.py's proof run: --proof-ledger builds the proof ledger once and reuses it, and refuses one
that holds another size, so iterating on the 10M proof target does not rebuild 10M entries each run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def bench_ledger() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_ledger", ROOT / "bench" / "ledger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_a_kept_proof_ledger_is_built_once_then_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = bench_ledger()
    monkeypatch.setattr(bench, "PROOF_SUBJECTS", 1)  # subject-0000000: the only one a small ledger holds
    kept = tmp_path / "kept.db"
    build, proofs, reads = await bench.proof_run(None, tmp_path, 600, str(kept))
    assert build is not None and len(proofs) == len(reads) == 1
    size = kept.stat().st_size
    build, proofs, _ = await bench.proof_run(None, tmp_path, 600, str(kept))
    assert build is None and len(proofs) == 1 and kept.stat().st_size == size
    with pytest.raises(bench.BenchInputError, match=r"holds 600 entries \(checkpoint at 600\), not 700"):
        await bench.proof_run(None, tmp_path, 700, str(kept))
    build, _, _ = await bench.proof_run(None, tmp_path, 600)  # the default: a fresh ledger, removed after
    assert build is not None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kept.db"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--proof-ledger", "/nonexistent-dir/p.db"], "directory /nonexistent-dir does not exist"),
        (
            ["--proof-ledger", "Bad-Name", "--postgres", "postgresql://x@127.0.0.1/t"],
            "a lowercase schema name",
        ),
        (["--proof-ledger", "p.db", "--proof-entries", "0"], "--proof-ledger needs --proof-entries above 0"),
    ],
)
def test_a_bad_proof_ledger_option_is_one_line_and_exit_2(arguments: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ledger.py"), "-n", "10", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
