"""Refused statements are evidence: the worker keeps each one outside workflow history.

A validator that refuses a decision, a proposal or a cancel keeps it out of history, which is right for the
recall and wrong for an auditor, who wants to see attempted self-approvals and forgeries. This interceptor
sees every refusal as the worker makes it and appends it to that recall's `<artifacts_dir>/refusals.jsonl` (optout_recall.gates.refusals).
The workflow never reads the file, so nothing in it can ever turn into an acceptance; the report lists it.

Validators run only for new updates, never on replay, so each refusal is written once per attempt.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow
from temporalio.worker import (
    HandleUpdateInput,
    Interceptor,
    WorkflowInboundInterceptor,
    WorkflowInterceptorClassInput,
)

with workflow.unsafe.imports_passed_through():
    from optout_recall.gates.refusals import append_refusal
    from optout_recall.payloads import RefusedStatement


class RefusalRecorder(Interceptor):
    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        return _RecordRefusals


class _RecordRefusals(WorkflowInboundInterceptor):
    def handle_update_validator(self, input: HandleUpdateInput) -> None:
        try:
            super().handle_update_validator(input)
        except Exception as refusal:
            _record(input, str(refusal))
            raise


def _record(input: HandleUpdateInput, reason: str) -> None:
    artifacts_dir = getattr(workflow.instance(), "artifacts_dir", None)
    if artifacts_dir is None or workflow.unsafe.is_replaying():
        return
    statement: Any = input.args[0] if input.args else None
    info = workflow.info()
    refused = RefusedStatement(
        workflow_id=info.workflow_id,
        run_id=info.run_id,
        update=input.update,
        claimed_actor=str(getattr(statement, "actor", "")),
        reason=reason,
        refused_at=workflow.now(),
        statement=statement.model_dump(mode="json") if hasattr(statement, "model_dump") else {},
    )
    with workflow.unsafe.sandbox_unrestricted():
        append_refusal(artifacts_dir, refused)
