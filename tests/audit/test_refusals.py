"""Refused attempts are evidence: listed in the report, carried in the bundle, and held to the worker's file.

The shared recall (conftest) had three statements refused at its hotfix gate. Each appears in report.json, and
the bundle carries the worker's refusals.jsonl under its signed statement; verify re-derives the report's section from
that file, so an insider who drops or rewrites a refusal in one and re-signs is named.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.build import refusals_section
from optout_recall.audit.export import export_bundle
from optout_recall.audit.model import AuditReport
from optout_recall.audit.sources import Sources
from optout_recall.cli.audit_collect import fetch_histories, report_from_temporal
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.gates.approvals import public_key_hex
from optout_recall.gates.refusals import REFUSALS_FILE, append_refusal
from optout_recall.payloads import RefusedStatement
from tests.audit.conftest import REFUSED_ATTEMPTS, FinishedRecall
from tests.audit.tamper import edit_report, failures, read_statement, resign, unverified, verify

IN_BUNDLE = f"artifacts/{REFUSALS_FILE}"


def report_of(bundle: Path) -> AuditReport:
    return AuditReport.model_validate_json((bundle / "report.json").read_bytes())


async def pinned(bundle: Path, recall: FinishedRecall) -> tuple[int, str]:
    return await verify(bundle, "--public-key", recall.public_key)


def refusal_lines(bundle: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (bundle / IN_BUNDLE).read_text().splitlines() if line]


def write_refusal_lines(bundle: Path, lines: list[dict[str, Any]]) -> None:
    (bundle / IN_BUNDLE).write_text("".join(json.dumps(line, sort_keys=True) + "\n" for line in lines))


# ------------------------------------------------------------------------------------ in the report


@pytest.mark.devserver
def test_each_refused_statement_is_in_the_report_with_its_key_fields(finished_recall: FinishedRecall) -> None:
    state = finished_recall.state
    for report_path in (
        finished_recall.bundle / "report.json",
        finished_recall.world.root / "artifacts" / "report.json",
    ):
        report = AuditReport.model_validate_json(report_path.read_bytes())
        section = report.refusals
        assert section.available and section.source == REFUSALS_FILE and section.note == ""
        assert [(a.update, a.claimed_actor) for a in section.attempts] == [
            (update, actor) for update, actor, _ in REFUSED_ATTEMPTS
        ], report_path
        for attempt, (_, _, why) in zip(section.attempts, REFUSED_ATTEMPTS, strict=True):
            assert why in attempt.reason
            assert attempt.run_id == state.run_id and attempt.signed_for_run == state.run_id
            assert attempt.refused_at <= report.generated_at
        hotfix_request = report.approvals[0].request_id
        for decision in section.attempts[:2]:
            assert (decision.step, decision.approve, decision.break_glass) == ("hotfix", True, False)
            assert decision.hotfix_ref == state.hotfix_ref and decision.request_id == hotfix_request
            assert decision.statement["actor"] == decision.claimed_actor
        cancel = section.attempts[2]
        assert (cancel.step, cancel.hotfix_ref, cancel.request_id) == (None, None, None)
        assert cancel.statement["reason"] == "stop the recall"
    # A refused statement never entered history: the approvals are bob's two alone.
    assert [(a.actor, a.step) for a in report.approvals] == [("bob", "hotfix"), ("bob", "backfill-apply")]


@pytest.mark.devserver
def test_the_markdown_report_lists_each_refusal(finished_recall: FinishedRecall) -> None:
    markdown = (finished_recall.bundle / "report.md").read_text()
    section = markdown[markdown.index("## Refused attempts") : markdown.index("## Deploys and rollbacks")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "Claimed actor" not in line]
    assert len(rows) == len(REFUSED_ATTEMPTS), section
    commit = (finished_recall.state.hotfix_ref or "")[:12]
    for row, (update, actor, why) in zip(rows, REFUSED_ATTEMPTS, strict=True):
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert cells[1:3] == [update, actor] and why in cells[3], row
        assert cells[-1] == finished_recall.state.run_id and cells[-2] == finished_recall.state.run_id
        if update == "decide":
            assert cells[4] == "hotfix (approve)" and cells[5] == commit, row
    assert f"| Refused attempts | {len(REFUSED_ATTEMPTS)} |" in markdown
    assert "| Break-glass approvals | 0 |" in markdown and "BREAK-GLASS" not in markdown


# ------------------------------------------------------------------------------------ in the bundle


@pytest.mark.devserver
async def test_the_bundle_carries_the_worker_s_file_and_verify_holds_the_report_to_it(
    finished_recall: FinishedRecall,
) -> None:
    bundle = finished_recall.bundle
    listed = read_statement(bundle).digests()
    worker_file = finished_recall.world.root / "artifacts" / REFUSALS_FILE
    assert (bundle / IN_BUNDLE).read_bytes() == worker_file.read_bytes()
    assert IN_BUNDLE in listed

    code, output = await pinned(bundle, finished_recall)

    assert code == 0, output
    assert (
        f"refused statements: the {len(REFUSED_ATTEMPTS)} refused attempts in report.json are "
        f"{IN_BUNDLE} re-derived; that file is worker-kept evidence, which no history can confirm"
    ) in output
    assert any(
        line.startswith(f"UNVERIFIED  file {IN_BUNDLE}: ") and "worker-kept evidence" in line
        and "never enters history" in line
        for line in unverified(output)
    ), output  # fmt: skip


@pytest.mark.devserver
async def test_a_refusal_removed_from_the_report_and_re_signed_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    edit_report(bundle_copy, lambda d: d["refusals"]["attempts"].pop(0))
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    found = failures(output)
    assert any(
        f.startswith("FAILS  refused statements: refusals.attempts: 2 in the report, 3 in " + IN_BUNDLE)
        and "carol's decide refused at" in f and f"is in {IN_BUNDLE} but not in the report" in f
        for f in found
    ), output  # fmt: skip
    assert not any("report vs history" in f for f in found), output  # named once, by its own check


@pytest.mark.devserver
async def test_a_refusal_edited_in_the_file_and_re_signed_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    lines = refusal_lines(bundle_copy)
    lines[1]["reason"] = "network hiccup"  # what bob's forgery was refused for, rewritten
    write_refusal_lines(bundle_copy, lines)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    assert any(
        f.startswith("FAILS  refused statements: refusals.attempts[2] (bob's decide refused at")
        and "reason: the report says \"bad signature: the decision does not verify under bob's key" in f and f"{IN_BUNDLE} says 'network hiccup'" in f
        for f in failures(output)
    ), output  # fmt: skip


@pytest.mark.devserver
async def test_the_file_deleted_while_the_report_lists_refusals_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    (bundle_copy / IN_BUNDLE).unlink()
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    assert any(
        f.startswith("FAILS  refused statements: refusals.attempts: 3 in the report, 0 in " + IN_BUNDLE)
        and f"is in the report but not in {IN_BUNDLE}" in f
        for f in failures(output)
    ), output


@pytest.mark.devserver
async def test_a_refusal_moved_to_a_run_the_bundle_lacks_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    """Both sides edited alike still have to name a run of this recall."""
    made_up = "0193a0c0-0000-7000-8000-000000000000"
    lines = refusal_lines(bundle_copy)
    lines[0]["run_id"] = made_up
    write_refusal_lines(bundle_copy, lines)
    edit_report(bundle_copy, lambda d: d["refusals"]["attempts"][0].update(run_id=made_up))
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    assert any(
        f.startswith("FAILS  refused statements: refusals.attempts[1] (carol's decide refused at")
        and f"refused in run {made_up}, which is not a run of" in f
        for f in failures(output)
    ), output


@pytest.mark.devserver
async def test_a_refusal_made_after_the_report_was_built_is_in_the_bundle_s_report(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    """The exporter lists the refusals its bundle holds, even one the worker appended since the report."""
    artifacts = tmp_path / "artifacts"
    shutil.copytree(finished_recall.world.root / "artifacts", artifacts)
    reader = ReadOnlyClient(finished_recall.client)
    incident_id = finished_recall.world.incident_id
    runs = await fetch_histories(reader, incident_id)
    sources = Sources(artifacts_dir=artifacts)
    report, recall_input = await report_from_temporal(reader, incident_id, sources, histories=runs)
    assert len(report.refusals.attempts) == len(REFUSED_ATTEMPTS)
    append_refusal(artifacts, late_refusal(report.incident.workflow_id, finished_recall.state.run_id))
    key = Ed25519PrivateKey.generate()

    await export_bundle(runs, report, recall_input, tmp_path / "bundle", key, sources)

    listed = report_of(tmp_path / "bundle").refusals.attempts
    assert [a.claimed_actor for a in listed] == [actor for _, actor, _ in REFUSED_ATTEMPTS] + ["dana"]
    code, output = await verify(tmp_path / "bundle", "--public-key", public_key_hex(key))
    assert code == 0, output
    assert f"the {len(REFUSED_ATTEMPTS) + 1} refused attempts in report.json are {IN_BUNDLE}" in output


def late_refusal(workflow_id: str, run_id: str) -> RefusedStatement:
    return RefusedStatement(
        workflow_id=workflow_id,
        run_id=run_id,
        update="decide",
        claimed_actor="dana",
        reason="step backfill-apply is not waiting for a decision (nothing is pending)",
        refused_at=datetime.now(UTC),
        statement={"actor": "dana", "step": "backfill-apply", "approve": True, "request_id": "r-late"},
    )


# ------------------------------------------------------------------------------ reading the worker's file


def _write(path: Path, write: Callable[[Path], None]) -> Path:
    path.mkdir(parents=True)
    write(path)
    return path


def test_no_file_means_none_refused_and_no_directory_means_not_available(tmp_path: Path) -> None:
    none = refusals_section(_write(tmp_path / "empty", lambda _: None), "recall-X")
    assert (none.available, none.attempts, none.note) == (True, [], "")
    missing = refusals_section(tmp_path / "nowhere", "recall-X")
    assert not missing.available and missing.attempts == []
    assert (
        missing.note == "the artifacts directory was not found, so the refused statements could not be read"
    )


def test_a_half_written_line_is_named_and_other_workflows_are_counted_not_listed(tmp_path: Path) -> None:
    """A worker killed mid-append leaves half a line; the report names it instead of failing to build."""

    def write(artifacts: Path) -> None:
        append_refusal(artifacts, late_refusal("recall-X", "run-1"))
        append_refusal(artifacts, late_refusal("recall-Y", "run-9"))
        with (artifacts / REFUSALS_FILE).open("a") as out:
            out.write('{"workflow_id": "recall-X", "claimed_ac')

    section = refusals_section(_write(tmp_path / "artifacts", write), "recall-X")

    assert [(a.claimed_actor, a.run_id, a.step, a.request_id) for a in section.attempts] == [
        ("dana", "run-1", "backfill-apply", "r-late")
    ]
    assert section.note.startswith(f"line 3 of {REFUSALS_FILE} is not a refused statement (")
    assert section.note.endswith(
        f"; 1 refused statements in {REFUSALS_FILE} are for other workflows, not listed"
    )
