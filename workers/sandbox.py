"""The workflow sandbox every worker runs its workflows in, apart from the workers that use it.

`recall backfill`'s embedded worker needs it and nothing else of `workers.main`, whose activities pull in the
git hosts, probes, reports and guards (about half a second of imports before the backfill can start).
"""

from __future__ import annotations

from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

# Only what must be shared passes through the sandbox, so it still catches non-determinism in the workflows and
# in the policy code their validators run: cryptography's Rust extension cannot be initialised twice in one
# process, and the payload models must be the very classes the data converter builds.
WORKFLOW_RUNNER = SandboxedWorkflowRunner(
    restrictions=SandboxRestrictions.default.with_passthrough_modules(
        "cryptography", "optout_recall.payloads"
    )
)
