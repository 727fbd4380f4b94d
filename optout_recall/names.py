"""Names that a running recall, the worker and the CLI must agree on; changing one breaks running recalls."""

from __future__ import annotations

from temporalio.common import SearchAttributeKey

TASK_QUEUE = "optout-recall"

RECALL_WORKFLOW = "RecallWorkflow"
BACKFILL_WORKFLOW = "BackfillWorkflow"

STATUS_QUERY = "status"
PROGRESS_QUERY = "progress"
DECIDE_UPDATE = "decide"
PROPOSE_HOTFIX_UPDATE = "propose_hotfix"
CANCEL_UPDATE = "cancel"

DEFAULT_ADDRESS = "127.0.0.1:7233"
DEFAULT_NAMESPACE = "default"
UI_PORT = 8233


def recall_workflow_id(incident_id: str) -> str:
    return f"recall-{incident_id}"


def backfill_workflow_id(parent_id: str, dry_run: bool) -> str:
    return f"{parent_id}/backfill-{'dry-run' if dry_run else 'apply'}"


# Search attributes, registered on the embedded dev server by `recall dev`/`recall demo`; on a cluster:
#   temporal operator search-attribute create --name RecallIncidentId --type Keyword  (and the two below)
INCIDENT_ID_ATTRIBUTE = SearchAttributeKey.for_keyword("RecallIncidentId")
PHASE_ATTRIBUTE = SearchAttributeKey.for_keyword("RecallPhase")
COMMANDER_ATTRIBUTE = SearchAttributeKey.for_keyword("RecallCommander")
SEARCH_ATTRIBUTES = (INCIDENT_ID_ATTRIBUTE, PHASE_ATTRIBUTE, COMMANDER_ATTRIBUTE)
