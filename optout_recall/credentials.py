"""Secrets a spec names (an environment variable or a file), read where they are used, never shown.

A spec is kept in workflow history for ever, so it never holds a secret: it names the variable or the file that
does, and the process that needs the secret reads it here when it needs it. A failure names the variable or the
file and the spec field that named it, never a value; each caller raises it as its own error (`error`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path


class SecretUnreadable(ValueError):
    """A named secret that cannot be read; the message says where it was looked for, never what it holds."""


ErrorFactory = Callable[[str], Exception]
"""Builds the caller's own exception from the one-line message (`ProbeError`, a `RecallError` of its type)."""


def read_secret(
    what: str,
    field: str,
    *,
    env: str | None,
    file: str | None,
    environ: Mapping[str, str] | None = None,
    error: ErrorFactory = SecretUnreadable,
    reader: str = "the worker",
) -> str | None:
    """The secret in variable `env`, else in file `file`; None when neither is named.

    `what` says what the secret is ("bearer token"); `field` is the stem of the spec fields that named them
    (`token` for `token_env` and `token_file`); `reader` is who reads it ("the worker", "this process"). A
    variable's value is stripped, and empty counts as unset.
    """
    source = os.environ if environ is None else environ
    if env and (value := source.get(env, "").strip()):
        return value
    if file:
        return read_secret_file(file, what, f"{field}_file", error)
    if env:
        raise error(f"{reader} has no {env}, named by {field}_env; set it to the {what} where {reader} runs")
    return None


def read_secret_file(path: str, what: str, field: str, error: ErrorFactory = SecretUnreadable) -> str:
    """The stripped text of the file `field` names; unreadable, not text or empty is `error`."""
    try:
        value = Path(path).expanduser().read_text().strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not text"
        raise error(f"cannot read the {what} file {path} named by {field}: {reason}") from None
    if not value:
        raise error(f"the {what} file {path} named by {field} is empty")
    return value
