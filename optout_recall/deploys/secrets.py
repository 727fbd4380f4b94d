"""What a hook may see of the worker, and which of the worker's values must never leave it.

A hook gets PATH, HOME and LANG, what its spec declares (`env` values, `env_from` names of worker variables),
and the `RECALL_*` variables; never the worker's tokens. Everything the worker holds that looks like a secret is
collected here so the hook's captured output can be redacted before it reaches a result, a log or a report.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from optout_recall.credentials import SecretUnreadable, read_secret, read_secret_file
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import DeployInput, HookSpec

# Worker variables whose values are secrets by their name: GITHUB_TOKEN, TEMPORAL_API_KEY, PGPASSWORD, ...
SECRET_NAME = re.compile(r"(TOKEN|KEY|PASSWORD|PASSWD|SECRET)$", re.IGNORECASE)
BASE_VARIABLES = ("PATH", "HOME", "LANG")


def _file_secret(path: str) -> str:
    try:
        return read_secret_file(path, "secret", "secret_files")
    except SecretUnreadable:
        return ""  # a file the worker cannot read holds nothing it could leak


def known_secrets(env: Mapping[str, str], input: DeployInput) -> list[str]:
    """Every secret value this worker knows for this deploy: by variable name, and as the spec names them."""
    values = [value for name, value in env.items() if SECRET_NAME.search(name)]
    hook = input.hook
    names = [*input.secret_env, *([hook.token_env] if hook.token_env else [])]
    values += [env.get(name, "") for name in names]
    files = [*input.secret_files, *([hook.token_file] if hook.token_file else [])]
    values += [_file_secret(path) for path in files]
    return sorted({v for v in values if v})


def webhook_token(env: Mapping[str, str], hook: HookSpec) -> str | None:
    """The bearer token a webhook hook sends, read from the variable or file its spec names."""
    return read_secret(
        "webhook token",
        "the webhook hook's token",
        env=hook.token_env,
        file=hook.token_file,
        environ=env,
        error=lambda message: RecallError(message, ErrorType.BAD_HOOK),
    )


def hook_environment(
    env: Mapping[str, str], input: DeployInput, deploy_id: str, log_path: Path
) -> dict[str, str]:
    """The whole environment of a command hook; nothing else of the worker's is passed on."""
    hook = input.hook
    missing = [name for name in hook.env_from if name not in env]
    if missing:
        raise RecallError(
            f"the deploy hook's env_from names {', '.join(missing)}, which this worker's environment does "
            "not set; set them where the worker runs or drop them from the spec",
            ErrorType.BAD_HOOK,
        )
    result = {name: env[name] for name in BASE_VARIABLES if name in env}
    result.setdefault("PATH", os.defpath)
    result.update(hook.env)
    result.update({name: env[name] for name in hook.env_from})
    result.update(
        {
            "RECALL_INCIDENT_ID": input.incident_id,
            "RECALL_HOTFIX_REF": input.hotfix_ref,
            "RECALL_ACTION": str(input.action),
            "RECALL_ENVIRONMENT": input.environment,
            "RECALL_DEPLOY_ID": deploy_id,
            "RECALL_LOG_PATH": str(log_path),
        }
    )
    return result
