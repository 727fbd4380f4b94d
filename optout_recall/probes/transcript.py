"""One scenario run's fresh subjects and its transcript: what was sent and answered, redacted, on disk.

Subject ids made for the run are replaced by a digest, credential headers and URL passwords are dropped,
and the file is written atomically; only its path and sha256 travel back to the workflow.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from optout_recall.db import redact_url
from optout_recall.payloads import ChannelTarget, ProbeRunInput, Verdict
from optout_recall.probes.scenarios import Scenario

BODY_LIMIT = 2000
"""The most characters of a body or a process's output a transcript keeps."""

_DROPPED_HEADERS = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
_UNICODE_TAIL = "é漢字🙂ß\u200dñ" * 90
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_CREDENTIAL_KEY = re.compile(
    "|".join(f'"{re.escape(name)}":' for name in sorted(_DROPPED_HEADERS)), re.IGNORECASE
)


@dataclass
class ScenarioRun:
    """One scenario against one channel: fresh subjects, and the transcript being written."""

    input: ProbeRunInput
    channel: ChannelTarget
    scenario: Scenario
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    entries: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    _clock: float = field(default_factory=time.monotonic)

    @property
    def base(self) -> str:
        return f"recall-probe-{self.token}"

    @property
    def subject(self) -> str:
        if self.scenario.subject_style == "unicode_long":
            return f"{self.base}-{_UNICODE_TAIL}"
        return self.base

    @property
    def burst_prefix(self) -> str:
        return f"{self.base}-burst-"

    @property
    def barrier_subject(self) -> str:
        return f"{self.base}-barrier"

    def observed(self, offset_seconds: float) -> str:
        return (self.started_at + timedelta(seconds=offset_seconds)).isoformat()

    def record(self, entry: dict[str, Any]) -> dict[str, Any]:
        entry = {"at_ms": round((time.monotonic() - self._clock) * 1000, 3), **entry}
        self.entries.append(entry)
        return entry

    def redact(self, value: Any) -> Any:
        """Replace every subject id made for this run by a digest; drop credential headers and URL passwords."""
        if isinstance(value, str):
            for secret in (self.subject, self.base):
                value = value.replace(secret, _pseudonym(secret))
            return redact_url(value) if "://" in value and "@" in value else value
        if isinstance(value, list):
            return [self.redact(item) for item in value]
        if isinstance(value, dict):
            return {
                self.redact(key): self.redact(item)
                for key, item in value.items()
                if not (isinstance(key, str) and key.lower() in _DROPPED_HEADERS)
            }
        return value

    def write(self, path: Path, verdict: Verdict, reason: str, duration_ms: float) -> str:
        """Write the transcript atomically and return its sha256.

        Written on the event loop: a thread for the file work measured slower (the loop then waits for the
        GIL after each socket call).
        """
        document = {
            "incident_id": self.input.incident_id,
            "label": self.input.label,
            "scenario": self.scenario.name,
            "description": self.scenario.description,
            "catches": self.scenario.catches,
            "channel": {"name": self.channel.name, "kind": str(self.channel.kind), "url": self.channel.url},
            "jurisdiction_rules_hash": self.input.jurisdiction_rules_hash,
            "subject": self.subject,
            "started_at": self.started_at.isoformat(),
            "duration_ms": round(duration_ms, 3),
            "verdict": str(verdict),
            "reason": reason,
            "steps": self.entries,
            "expectations": self.checks,
        }
        data = self.redacted_json(document).encode()
        _write_atomically(path, data)
        return hashlib.sha256(data).hexdigest()

    def redacted_json(self, document: dict[str, Any]) -> str:
        """The document as redacted JSON text, one key (and one step) a line.

        Most transcripts hold no credential header and no URL with a userinfo part: their subject ids are
        replaced in the encoded text (the ids have no character JSON escapes), which costs one pass of C
        code instead of a walk through every value. Any other transcript takes the walk of `redact`.
        """
        text = _layout(document)
        if "@" in text or _CREDENTIAL_KEY.search(text):
            return _layout(self.redact(document))
        for secret in (self.subject, self.base):
            text = text.replace(secret, _pseudonym(secret))
        return text


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(".json.tmp")
    try:
        temporary.write_bytes(data)
    except FileNotFoundError:  # the channel's first transcript: only then is its folder made (slow on disk)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
    temporary.replace(path)


def _layout(document: dict[str, Any]) -> str:
    """JSON with a line per top-level key and per list item, written by the C encoder (indent= is not)."""
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n  ".join(_dumps(item) for item in value)
            lines.append(f" {_dumps(key)}: [\n  {items}\n ]")
        else:
            lines.append(f" {_dumps(key)}: {_dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
_dumps = _ENCODER.encode


def safe_name(name: str) -> str:
    """A label or channel name made safe to use as one path component."""
    return _SAFE_NAME.sub("_", name).strip("._") or "unnamed"


def _pseudonym(subject: str) -> str:
    return "subject:sha256:" + hashlib.sha256(subject.encode()).hexdigest()[:16]
