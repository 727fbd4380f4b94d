"""Where refused statements are kept: a JSON-lines file beside the recall's other artifacts.

The worker appends to it as its validators refuse (workers/refusals.py); the report reads it. Nothing that
decides a recall reads it, so a line in it can never become an acceptance.
"""

from __future__ import annotations

import json
from pathlib import Path

from optout_recall.payloads import RefusedStatement

REFUSALS_FILE = "refusals.jsonl"


def append_refusal(artifacts_dir: str | Path, refused: RefusedStatement) -> None:
    path = Path(artifacts_dir) / REFUSALS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(refused.model_dump(mode="json"), sort_keys=True) + "\n")


def read_refusals(artifacts_dir: str | Path) -> list[RefusedStatement]:
    path = Path(artifacts_dir) / REFUSALS_FILE
    if not path.exists():
        return []
    return [RefusedStatement.model_validate_json(line) for line in path.read_text().splitlines() if line]
