"""The bundle statement's published predicate schema is the model's, and the statement is plain in-toto v1."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from optout_recall.audit.manifest import (
    PREDICATE_SCHEMA_PATH,
    BundleStatement,
    EvidencePredicate,
    Subject,
    predicate_schema_text,
)


def test_the_published_predicate_schema_is_the_model_s() -> None:
    assert PREDICATE_SCHEMA_PATH.read_text() == predicate_schema_text(), (
        "regenerate: python -m optout_recall.audit.manifest"
    )


def test_the_statement_is_an_in_toto_statement_v1() -> None:
    statement = BundleStatement(
        subject=[Subject(name="report.json", digest={"sha256": "ab" * 32})],
        predicate=EvidencePredicate(
            incident_id="INC-1",
            workflow_id="recall-INC-1",
            run_id="run",
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
            public_key="cd" * 32,
            histories=[],
        ),
    )
    document = json.loads(statement.payload())
    assert document["_type"] == "https://in-toto.io/Statement/v1"
    assert document["subject"] == [{"name": "report.json", "digest": {"sha256": "ab" * 32}}]
    assert document["predicateType"] == "https://optout-recall.invalid/recall-evidence/v1"
    assert BundleStatement.model_validate(document) == statement
