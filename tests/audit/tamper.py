"""What an insider holding the bundle's signing key can do to a bundle, and running verify on the result."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.build import file_sha256
from optout_recall.audit.dsse import sign_envelope
from optout_recall.audit.manifest import STATEMENT, UNLISTED, BundleStatement, EvidencePredicate, Subject
from optout_recall.audit.model import AuditReport
from optout_recall.audit.render import render_html, render_json, render_markdown
from optout_recall.gates.approvals import public_key_hex
from tests.audit.cli import invoke


def resign(
    bundle: Path, key: Ed25519PrivateKey, change: Callable[[EvidencePredicate], None] | None = None
) -> None:
    """After an edit: fresh digests of what is on disk, the predicate changed as told, a fresh DSSE
    signature over the new statement, by `key`."""
    envelope = json.loads((bundle / STATEMENT).read_text())
    statement = BundleStatement.model_validate_json(base64.b64decode(envelope["payload"]))
    statement.subject = [
        Subject(name=p.relative_to(bundle).as_posix(), digest={"sha256": file_sha256(p)})
        for p in sorted(bundle.rglob("*"))
        if p.is_file() and p.relative_to(bundle).as_posix() not in UNLISTED
    ]
    statement.predicate.public_key = public_key_hex(key)
    if change is not None:
        change(statement.predicate)
    (bundle / STATEMENT).write_text(json.dumps(sign_envelope(statement.payload(), [key]), indent=2) + "\n")


def read_statement(bundle: Path) -> BundleStatement:
    envelope = json.loads((bundle / STATEMENT).read_text())
    return BundleStatement.model_validate_json(base64.b64decode(envelope["payload"]))


def edit_json(path: Path, change: Callable[[Any], object]) -> None:
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document, indent=2))


def edit_report(bundle: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Change report.json and render all three files again with the project's own renderers, as an insider
    would, so only verify's re-derivation of report.json can tell."""
    document = json.loads((bundle / "report.json").read_text())
    change(document)
    report = AuditReport.model_validate(document)
    (bundle / "report.json").write_text(render_json(report))
    (bundle / "report.md").write_text(render_markdown(report))
    (bundle / "report.html").write_text(render_html(report))


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def history_file(bundle: Path, marker: str) -> Path:
    """The one history whose file name holds `marker` ("backfill-apply"), or the parent's for "parent"."""
    paths = sorted((bundle / "histories").glob("*.json"))
    if marker == "parent":
        found = [p for p in paths if "backfill" not in p.name]
    else:
        found = [p for p in paths if marker in p.name]
    assert len(found) == 1, found
    return found[0]


async def verify(bundle: Path, *extra: str) -> tuple[int, str]:
    result = await invoke("audit", "verify", str(bundle), *extra)
    return result.exit_code, result.output


def failures(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("FAILS")]


def unverified(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("UNVERIFIED")]


async def refused(bundle: Path, key: str, *fragments: str, extra: tuple[str, ...] = ()) -> str:
    """verify with the exporter's key pinned (and `extra`): it must exit 1 with a FAILS line holding every
    fragment; the output."""
    code, output = await verify(bundle, "--public-key", key, *extra)
    assert code == 1, output
    assert any(all(fragment in line for fragment in fragments) for line in failures(output)), output
    return output
