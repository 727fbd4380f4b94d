"""docker-compose.yml: valid as Debian's docker-compose reads it, and its init service registers exactly the
recall's search attributes on a plain server, again and again."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from optout_recall import names
from optout_recall.runtime import temporal_cli_path
from tests.cli.processes import plain_dev_server, registered_attributes

ROOT = Path(__file__).resolve().parents[2]
INIT = "temporal-search-attributes"


@pytest.fixture(scope="module")
def services() -> dict:
    if shutil.which("docker-compose") is None:
        pytest.fail("docker-compose is not installed; `make test` installs it (.ci/services.sh)")
    result = subprocess.run(["docker-compose", "config"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return dict(yaml.safe_load(result.stdout)["services"])


def test_the_stack_is_valid_and_starts_in_order(services: dict) -> None:
    assert set(services) == {"postgresql", "temporal", INIT, "temporal-ui", "worker"}
    long_running = {name: s for name, s in services.items() if name != INIT}
    assert all("healthcheck" in service for service in long_running.values())
    assert services["temporal"]["environment"]["DB"] == "postgres12"
    assert services[INIT]["depends_on"]["temporal"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"] == {
        "temporal": {"condition": "service_healthy"},
        INIT: {"condition": "service_completed_successfully"},
    }
    assert services["worker"]["build"]["context"] == str(ROOT)
    assert services[INIT]["image"].startswith("temporalio/admin-tools:")


def test_the_init_service_registers_the_recall_attributes_on_a_plain_server(services: dict) -> None:
    init = services[INIT]
    assert init["entrypoint"] == ["/bin/sh", "-c"]
    script = init["command"][0].replace("$$", "$")  # compose's escape for a literal $
    with plain_dev_server() as address:
        env = {
            **os.environ,
            **init["environment"],
            "TEMPORAL_ADDRESS": address,
            "PATH": f"{Path(temporal_cli_path()).parent}:{os.environ['PATH']}",
        }
        first = subprocess.run(["/bin/sh", "-c", script], env=env, capture_output=True, text=True, timeout=60)
        assert first.returncode == 0, first.stderr
        registered = registered_attributes(address)
        wanted = {key.name for key in names.SEARCH_ATTRIBUTES}
        assert {name: registered.get(name) for name in wanted} == dict.fromkeys(
            wanted, "INDEXED_VALUE_TYPE_KEYWORD"
        )
        again = subprocess.run(["/bin/sh", "-c", script], env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stderr  # a second `up` finds them and changes nothing
        assert again.stdout.count("is registered") == len(wanted)
