"""What the Temporal Web UI shows of a recall from its start: who commands it, what it freezes and probes."""

from __future__ import annotations

from optout_recall.payloads import RecallInput


def static_details(recall: RecallInput) -> str:
    """Markdown for the workflow's static details (the live state is in its current details)."""
    people = ", ".join(f"{p.name} ({'/'.join(p.roles)})" for p in recall.people)
    return "\n\n".join(
        [
            f"**Commander:** {recall.commander} · **people:** {people}",
            f"**Window:** {recall.window_start:%Y-%m-%d %H:%M} to {recall.window_end:%Y-%m-%d %H:%M} UTC · "
            f"**jurisdictions:** {', '.join(recall.jurisdictions)} · GPC policy {recall.gpc_policy}",
            f"**Repositories frozen:** {', '.join(r.name for r in recall.repos) or 'none'}",
            f"**Channels probed:** {', '.join(f'{c.name} ({c.kind})' for c in recall.channels) or 'none'}",
            f"**Hotfix:** `{recall.hotfix_ref}` · spec sha256 `{recall.spec_sha256[:16]}…`",
        ]
    )
