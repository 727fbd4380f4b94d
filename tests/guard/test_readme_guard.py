"""The README's guard spec loads, with the README's incident spec as its template."""

from __future__ import annotations

import re
from pathlib import Path

from optout_recall.gates.keys import new_key_pair
from optout_recall.guard.spec import load_guard_spec, to_guard_input
from optout_recall.payloads.guard import OpenRecall
from tests.cli.test_readme import blocks


def test_the_readme_guard_spec_loads_with_its_template(tmp_path: Path) -> None:
    [guard] = blocks("yml")
    incident = blocks("yaml")[0]
    for name in re.findall(r"\{name: (\w+),[^}]*public_key: <64 hex>", incident):
        incident = re.sub(
            rf"(\{{name: {name},[^}}]*public_key: )<64 hex>",
            rf"\g<1>{new_key_pair(tmp_path / name)}",
            incident,
        )
    (tmp_path / "incident.yaml").write_text(incident)
    (tmp_path / "guard.yaml").write_text(guard)
    spec = load_guard_spec(tmp_path / "guard.yaml")
    input = to_guard_input(spec, tmp_path / "guard.yaml", tmp_path / ".recall")
    assert input.open_recall == OpenRecall.ASK and input.template is not None
    assert input.channels == input.template.channels and input.staging is not None
    assert spec.schedule.interval_seconds == 3600 and spec.staging is not None
    assert spec.staging.rehearse.interval_seconds == 7 * 24 * 3600
