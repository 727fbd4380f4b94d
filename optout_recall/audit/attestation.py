"""Verify's checks of the bundle's signature layer: the DSSE envelope, the in-toto Statement, its subjects.

Every signature goes through `dsse.verify_envelope`, which leaves the cryptography and the threshold to
securesystemslib. What the statement says is read before its signature is known to hold (to name the key it
claims and report every digest either way); the checks below say which of it is vouched for.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import ValidationError

from optout_recall.audit.build import file_sha256
from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.dsse import (
    IN_TOTO_PAYLOAD_TYPE,
    EnvelopeRejected,
    key_id,
    verify_envelope,
)
from optout_recall.audit.manifest import (
    PREDICATE_SCHEMA,
    PREDICATE_SCHEMA_PATH,
    STATEMENT,
    UNLISTED,
    BundleError,
    BundleStatement,
    statement_digest,
)


@dataclass(frozen=True)
class LoadedStatement:
    envelope: dict[str, Any]
    payload: bytes
    statement: BundleStatement

    @property
    def digest(self) -> str:
        return statement_digest(self.payload)


def load_statement(bundle: Path, outcome: VerifyOutcome) -> LoadedStatement | None:
    """The envelope and the statement in it; BundleError when this is no bundle, a failed check when the
    envelope or the statement does not parse."""
    if not bundle.is_dir():
        raise BundleError(f"{bundle}: no such directory")
    path = bundle / STATEMENT
    if not path.is_file():
        raise BundleError(f"{bundle} is not an audit bundle (no {STATEMENT})")
    try:
        envelope = json.loads(path.read_text())
        payload = base64.b64decode(envelope["payload"], validate=True)
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        outcome.add("statement", False, f"{STATEMENT} is not a DSSE envelope: {type(exc).__name__} {exc}")
        return None
    if not isinstance(envelope, dict) or envelope.get("payloadType") != IN_TOTO_PAYLOAD_TYPE:
        outcome.add("statement", False, f"{STATEMENT}: payloadType is not {IN_TOTO_PAYLOAD_TYPE}")
        return None
    try:
        document = json.loads(payload)
        statement = BundleStatement.model_validate(document)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        reason = exc.errors()[0] if isinstance(exc, ValidationError) else exc
        where = "/".join(str(p) for p in reason["loc"]) if isinstance(reason, dict) else ""
        message = reason["msg"] if isinstance(reason, dict) else str(reason)
        outcome.add("statement", False, f"not an in-toto Statement v1 of ours: {where} {message}".strip())
        return None
    schema = json.loads(PREDICATE_SCHEMA_PATH.read_text())
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document["predicate"]))
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path) or "(top)"
        outcome.add("statement", False, f"predicate {where}: {errors[0].message}")
        return None
    outcome.add(
        "statement",
        True,
        f"in-toto Statement v1, predicate {statement.predicateType} valid against {PREDICATE_SCHEMA}",
    )
    return LoadedStatement(envelope, payload, statement)


def check_origin(
    loaded: LoadedStatement, pinned_public_key: str | None, trust_bundle_key: bool, outcome: VerifyOutcome
) -> None:
    """The envelope's signature, by securesystemslib, under the pinned key (or the statement's own)."""
    claimed = loaded.statement.predicate.public_key
    pinned = pinned_public_key.strip().lower() if pinned_public_key is not None else None
    key = pinned if pinned is not None else claimed
    try:
        verify_envelope(loaded.envelope, {key_id(key): key})
    except (EnvelopeRejected, ValueError) as exc:
        signature_ok, reason = False, str(exc)
    else:
        signature_ok, reason = True, ""
    whose = "the pinned key" if pinned is not None else "the key the statement names"
    outcome.add(
        "statement signature",
        signature_ok,
        f"DSSE envelope (securesystemslib) verifies under {whose} {key}"
        if signature_ok
        else f"DSSE envelope does not verify under {whose} {key}: {reason}",
    )
    if pinned is not None:
        matches = signature_ok and claimed == pinned
        outcome.add(
            "signing key pinned",
            matches,
            "matches --public-key"
            if matches
            else f"the statement names key {claimed}, the pinned key is {pinned}"
            if claimed != pinned
            else "the statement names the pinned key, but its signature does not verify under it",
        )
        outcome.origin_verified = matches
    elif trust_bundle_key:
        outcome.unverified(
            "signing key pinned",
            f"UNVERIFIED ORIGIN: --trust-bundle-key took the statement's own key {claimed}; "
            "anyone holding any key could have signed this bundle",
        )
    else:
        outcome.add(
            "signing key pinned",
            False,
            "no --public-key, so the origin is unverified: whoever edits a bundle can re-sign it with a key of "
            "their own; pin the exporter's key with --public-key (or pass --trust-bundle-key to check the rest)",
        )


def check_digests(bundle: Path, loaded: LoadedStatement, outcome: VerifyOutcome) -> None:
    """Every subject is a file with its digest, and every file but the envelope is a subject."""
    listed = loaded.statement.digests()
    bad = 0
    times = Counter(subject.name for subject in loaded.statement.subject)
    for name, digest in listed.items():
        path = bundle / name
        if times[name] > 1:  # only the last digest would be checked; another tool may take the first
            outcome.add(f"file {name}", False, f"listed {times[name]} times among the statement's subjects")
            bad += 1
        elif not _inside(name):
            outcome.add(
                f"file {name}",
                False,
                "not a path inside the bundle as export names its files (relative, no . or ..)",
            )
            bad += 1
        elif not path.is_file():
            outcome.add(f"file {name}", False, "a subject of the statement, but missing")
            bad += 1
        elif file_sha256(path) != digest:
            outcome.add(f"file {name}", False, "SHA-256 differs from the statement's subject (file changed)")
            bad += 1
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        relative = path.relative_to(bundle).as_posix()
        if relative not in listed and relative not in UNLISTED:
            outcome.add(f"file {relative}", False, "not a subject of the statement (added after export)")
            bad += 1
    if PREDICATE_SCHEMA in listed and (bundle / PREDICATE_SCHEMA).is_file():
        if (bundle / PREDICATE_SCHEMA).read_bytes() != PREDICATE_SCHEMA_PATH.read_bytes():
            outcome.add(f"file {PREDICATE_SCHEMA}", False, "is not the schema this optout-recall publishes")
            bad += 1
    if not bad:
        outcome.add("file digests", True, f"{len(listed)} files match the statement's subjects")


def _inside(name: str) -> bool:
    """A subject name as export writes one: relative, POSIX, with no `.` or `..` part, so it names one file
    of the bundle and no other name reaches the same file."""
    parts = name.split("/")
    return (
        "\\" not in name and not name.startswith("/") and all(part not in ("", ".", "..") for part in parts)
    )
