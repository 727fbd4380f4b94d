"""The pre-receive hook a git freeze installs, and how any hook file is put in place: atomically, checked.

`HookState` pins down what sits at a hook path (absent, a file with its mode, or a symlink) with a sha256, so
what was there before a freeze is saved, recorded in our hook and restored byte for byte. `write_script` is
the only way anything is written: through a temporary file whose length and hash are checked before rename.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from optout_recall.errors import ErrorType, RecallError

HOOK_MARKER = "# optout-recall freeze hook"
INCIDENT_MARKER = "# optout-recall-incident: "
PREVIOUS_MARKER = "# optout-recall-previous: "
PREVIOUS_SUFFIX = ".optout-recall-previous."
TMP_SUFFIX = ".optout-recall-tmp."
_INCIDENT_LINE = re.compile(r"^# optout-recall-incident: (\S+)$", re.MULTILINE)
_PREVIOUS_LINE = re.compile(r"^# optout-recall-previous: (.+)$", re.MULTILINE)
_COMMIT = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$")


# --------------------------------------------------------------------------- hook content


@dataclass(frozen=True)
class HookState:
    """What sits at a hook path: nothing, a file (content and mode) or a symlink."""

    kind: str  # "absent" | "file" | "symlink"
    content: bytes = b""
    mode: int = 0o755
    target: str = ""

    @property
    def sha256(self) -> str:
        data = self.content if self.kind == "file" else self.target.encode()
        return hashlib.sha256(data).hexdigest() if self.kind != "absent" else ""

    @property
    def descriptor(self) -> str:
        """One line that pins this state down: kind, and for a file its mode, sha256 and length."""
        if self.kind == "file":
            return f"file {self.mode:04o} {self.sha256} {len(self.content)}"
        if self.kind == "symlink":
            return f"symlink {self.sha256}"
        return "absent"

    def to_json(self) -> dict[str, Any]:
        if self.kind == "file":
            return {
                "kind": "file",
                "mode": f"{self.mode:04o}",
                "content_b64": base64.b64encode(self.content).decode(),
                "sha256": self.sha256,
            }
        if self.kind == "symlink":
            return {"kind": "symlink", "target": self.target, "sha256": self.sha256}
        return {"kind": "absent"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HookState:
        if data["kind"] == "file":
            state = cls("file", base64.b64decode(data["content_b64"]), int(data["mode"], 8))
        elif data["kind"] == "symlink":
            state = cls("symlink", target=data["target"])
        else:
            state = cls("absent")
        if data.get("sha256", state.sha256) != state.sha256:
            raise RecallError(
                "restore_state: the saved previous hook does not match its sha256",
                ErrorType.BAD_RESTORE_STATE,
            )
        return state

    @property
    def incident_slug(self) -> str | None:
        """The incident whose freeze hook this is, or None when it is not one of ours."""
        if self.kind != "file" or HOOK_MARKER.encode() not in self.content:
            return None
        found = _INCIDENT_LINE.search(self.content.decode("utf-8", "replace"))
        return found.group(1) if found else None

    @property
    def recorded_previous(self) -> str | None:
        """In one of our hooks: the descriptor of the hook it replaced (None in hooks written before that)."""
        if self.incident_slug is None:
            return None
        found = _PREVIOUS_LINE.search(self.content.decode("utf-8", "replace"))
        return found.group(1).strip() if found else None


def incident_slug(incident_id: str) -> str:
    """A file-name-safe, marker-safe form of the incident id (a hash keeps distinct ids distinct)."""
    slug = re.sub(r"[^A-Za-z0-9._-]", "_", incident_id)[:64]
    if slug != incident_id:
        slug += "-" + hashlib.sha256(incident_id.encode()).hexdigest()[:8]
    return slug


def frozen_ref_patterns(branches: Sequence[str]) -> list[str]:
    return [b if b.startswith("refs/") else f"refs/heads/{b}" for b in branches]


def normalize_commits(commits: Sequence[str]) -> list[str]:
    """Allow-list entries are full commit SHAs (40 or 64 hex digits); a prefix or a ref name is refused."""
    bad = [c for c in commits if not _COMMIT.match(c.strip().lower())]
    if bad:
        raise RecallError(
            f"allowed_commits must be full commit SHAs (40 or 64 hex digits), got {bad!r}",
            ErrorType.INVALID_COMMIT,
        )
    return sorted({c.strip().lower() for c in commits})


def _sh_quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def render_hook(
    incident_id: str,
    commander: str,
    branches: Sequence[str],
    allowed: Sequence[str],
    previous: HookState | None = None,
) -> bytes:
    """The pre-receive hook for one incident: refuse frozen refs unless the new tip is an allowed commit."""
    slug = incident_slug(incident_id)
    refs = " ".join(frozen_ref_patterns(branches))
    lines = [
        "#!/bin/sh",
        f"{HOOK_MARKER} (do not edit: unfreezing restores the hook that was here before)",
        f"{INCIDENT_MARKER}{slug}",
        f"{PREVIOUS_MARKER}{(previous or HookState('absent')).descriptor}",
        f"incident={_sh_quote(incident_id)}",
        f"commander={_sh_quote(commander)}",
        f"frozen_refs={_sh_quote(refs)}",
        f"allowed={_sh_quote(' '.join(allowed))}",
        f'previous="$(dirname "$0")/pre-receive{PREVIOUS_SUFFIX}{slug}"',
        "refused=0",
        'input="$(cat)"',
        "while read -r old new ref; do",
        '  [ -n "$ref" ] || continue',
        "  frozen=0",
        "  set -f",
        "  for pattern in $frozen_refs; do",
        '    case "$ref" in $pattern) frozen=1 ;; esac',
        "  done",
        "  set +f",
        '  [ "$frozen" = 1 ] || continue',
        '  case "$new" in',
        "    *[!0]*) ;;",
        "    *)",
        "      printf 'optout-recall: deleting %s is refused: deploys are frozen for incident %s"
        ' (commander: %s).\\n\' "$ref" "$incident" "$commander" >&2',
        "      refused=1",
        "      continue ;;",
        "  esac",
        "  ok=0",
        '  for commit in $allowed; do [ "$new" = "$commit" ] && ok=1; done',
        '  if [ "$ok" = 1 ]; then',
        "    printf 'optout-recall: %s -> %s is an approved hotfix for incident %s; letting it through.\\n'"
        ' "$new" "$ref" "$incident" >&2',
        "    continue",
        "  fi",
        "  printf 'optout-recall: push to %s refused: deploys are frozen for incident %s"
        ' (commander: %s).\\n\' "$ref" "$incident" "$commander" >&2',
        "  printf 'optout-recall: only approved hotfix commits may land while the freeze lasts;"
        ' %s is not one of them. Ask the commander.\\n\' "$new" >&2',
        "  refused=1",
        "done <<OPTOUT_RECALL_EOF",
        "$input",
        "OPTOUT_RECALL_EOF",
        '[ "$refused" = 0 ] || exit 1',
        'if [ -x "$previous" ]; then',
        '  printf \'%s\\n\' "$input" | "$previous" "$@"',
        "  exit $?",
        "fi",
        "exit 0",
        "",
    ]
    return "\n".join(lines).encode()


def write_script(path: str, state: HookState) -> str:
    """A POSIX shell script that puts `state` at `path` atomically, the content arriving on stdin.

    A file goes to a temporary file beside the target; only when its length and sha256 are what was sent is
    it given its mode, fsynced and renamed over the target, and the folder fsynced. Exit 4: what arrived is
    not what was sent, nothing was replaced (a retry sends it again); exit 5: the host has no sha256 tool.
    """
    p = shlex.quote(path)
    folder = shlex.quote(os.path.dirname(path))
    sync_folder = f"sync {folder} 2>/dev/null || sync\n"
    if state.kind == "absent":
        return f"rm -f {p} || exit 1\n" + sync_folder
    prelude = (
        f"p={p}\n"
        f'tmp="$p{TMP_SUFFIX}$$"\n'
        "trap 'rm -f \"$tmp\"' EXIT\n"
        "trap 'rm -f \"$tmp\"; exit 1' HUP INT TERM\n"
        # A worker killed mid-call leaves no reader on stderr: a refusal message must not kill the script
        # (SIGPIPE) before it has removed its temporary file.
        "trap '' PIPE\n"
        f"mkdir -p {folder} || exit 1\n"
    )
    if state.kind == "symlink":
        target = shlex.quote(state.target)
        return (
            prelude
            + f'ln -s {target} "$tmp" || exit 1\n'
            + f'[ "$(readlink "$tmp")" = {target} ] || {{ echo "$p: the new link reads back wrong; nothing replaced" >&2; exit 4; }}\n'
            + 'mv -f "$tmp" "$p" || exit 1\n'
            + sync_folder
        )
    size, digest = len(state.content), state.sha256
    return (
        prelude
        + 'cat > "$tmp" || exit 1\n'
        + 'size=$(wc -c < "$tmp" | tr -d " ")\n'
        + f'[ "$size" = {size} ] || {{ echo "$p: received $size of {size} bytes; nothing replaced" >&2; exit 4; }}\n'
        + 'sum=$( (sha256sum "$tmp" 2>/dev/null || shasum -a 256 "$tmp" 2>/dev/null'
        + ' || openssl dgst -sha256 -r "$tmp" 2>/dev/null) | cut -d " " -f1)\n'
        + '[ -n "$sum" ] || { echo "no sha256sum, shasum or openssl on this host to check the hook" >&2; exit 5; }\n'
        + f'[ "$sum" = {digest} ] || {{ echo "$p: what arrived does not match its sha256; nothing replaced" >&2; exit 4; }}\n'
        + f'chmod {state.mode:04o} "$tmp" || exit 1\n'
        + 'sync "$tmp" 2>/dev/null || sync\n'
        + 'mv -f "$tmp" "$p" || exit 1\n'
        + sync_folder
    )
