"""The exact `recall` command a pending request needs next, one per person it waits on.

What a person copies from the status box is what the workflow will accept: the step, the request id it
answers, the hotfix it names, who signs and with which key. Only the reason is theirs to write.
"""

from __future__ import annotations

from optout_recall.payloads import GateStep, PendingApproval

DEFAULT_KEYS_DIR = ".recall/keys"
REASON_PLACEHOLDER = '"…"'
SHA_PLACEHOLDER = "<full sha>"


def waits_for_a_new_hotfix(pending: PendingApproval) -> bool:
    """After a rejection or a rollback the gate waits for a proposal, not for a decision."""
    return pending.step == GateStep.HOTFIX and pending.hotfix_ref is None


def next_commands(incident_id: str, pending: PendingApproval, keys_dir: str = DEFAULT_KEYS_DIR) -> list[str]:
    """`recall propose-hotfix …` after a rejection, else `recall approve …`, for each name waited on."""
    people = pending.waiting_on or ["NAME"]
    request = f" --request {pending.request_id}" if pending.request_id else ""
    keys = keys_dir.rstrip("/")
    if waits_for_a_new_hotfix(pending):
        return [
            f"recall propose-hotfix {incident_id}{request} --ref {SHA_PLACEHOLDER} --as {name} "
            f"--key {keys}/{name}.key --reason {REASON_PLACEHOLDER}"
            for name in people
        ]
    hotfix = f" --hotfix {pending.hotfix_ref}" if pending.step == GateStep.HOTFIX else ""
    return [
        f"recall approve {incident_id} --step {pending.step}{request}{hotfix} --as {name} "
        f"--key {keys}/{name}.key --reason {REASON_PLACEHOLDER}"
        for name in people
    ]
