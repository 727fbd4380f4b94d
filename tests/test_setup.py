"""`make test` brings up what the tests need by itself, and CI runs exactly `make test`."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED_BY_SETUP = {
    "docker-compose": "docker-compose",
    "chromium": "chromium",
    "chromedriver": "chromium-driver",
}


def test_ci_runs_only_make_test() -> None:
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands == ["set -euo pipefail", 'cd "$(dirname "$0")/.."', "make test"]


def test_make_test_brings_up_the_services_before_pytest() -> None:
    planned = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "test"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "bash .ci/services.sh" in planned
    assert planned.index("bash .ci/services.sh") < next(
        i for i, line in enumerate(planned) if "pytest" in line
    )


def test_the_setup_installs_each_missing_tool_from_debian(tmp_path: Path) -> None:
    """A machine without chromium, chromium-driver and docker-compose: the script asks apt-get for all three."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for folder in ("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"):
        for tool in Path(folder).iterdir():
            link = bin_dir / tool.name
            if tool.name not in INSTALLED_BY_SETUP and tool.name != "apt-get" and not link.exists():
                link.symlink_to(tool)
    calls = tmp_path / "apt-get.calls"
    fake_apt = bin_dir / "apt-get"
    fake_apt.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    fake_apt.chmod(0o755)
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "services.sh")],
        env={**os.environ, "PATH": str(bin_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = calls.read_text().splitlines()
    assert lines[0] == "update -qq"
    assert lines[1].split()[:3] == ["install", "-y", "-qq"]
    assert set(lines[1].split()[3:]) == set(INSTALLED_BY_SETUP.values())


def test_the_setup_installs_nothing_that_is_there(tmp_path: Path) -> None:
    calls = tmp_path / "apt-get.calls"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_apt = bin_dir / "apt-get"
    fake_apt.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    fake_apt.chmod(0o755)
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "services.sh")],
        env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not calls.exists()
