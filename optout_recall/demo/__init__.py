"""A small preference service shipped with the project, with defects that can be switched on one by one.

`service.py` is the service (a Starlette app plus an optional queue consumer), `control.py` starts, deploys,
rolls back and stops it the way a team's deploy hook would, and `sdk.py` is the client SDK the SDK channel
runs.
"""

from __future__ import annotations

DEFECTS: dict[str, str] = {
    "gpc_ignored": "Sec-GPC is ignored and /.well-known/gpc.json is not served",
    "gpc_loose": "any Sec-GPC value, not only 1, is taken as an opt-out",
    "gpc_display_missing": "Sec-GPC is honored but the site never shows that it was (CCPA regs 7025(c)(6))",
    "volatile": "preferences live in memory and are lost when the process restarts",
    "sdk_override": "an SDK starting with default consent overwrites a stored opt-out",
    "hardcoded_state": "opt-outs are honoured only in US-CA, the one state the code checks",
    "queue_drops": "the queue consumer drops bursts above 500 a second, and long or non-ASCII ids",
    "queue_order": "the queue consumer records duplicates again and lets the last delivery win",
}

BUILDS = ("defective", "fixed")
