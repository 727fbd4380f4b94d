"""The report: one model, three renderings that agree, a published schema, and HTML a browser really renders."""

from __future__ import annotations

import html as html_lib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from temporalio.client import WorkflowHistory

from optout_recall.audit import history as hist
from optout_recall.audit.build import build_report
from optout_recall.audit.model import SCHEMA_PATH, AuditReport, RefusalsSection, schema_text
from optout_recall.audit.render import render_html, render_json, render_markdown
from optout_recall.audit.sources import EventsSnapshot
from optout_recall.payloads import RecordedDecision
from tests.audit.cli import invoke
from tests.audit.conftest import REFUSED_ATTEMPTS, FinishedRecall
from tests.chromium import run_chromium

pytestmark = pytest.mark.devserver

SECTIONS = {
    "summary": "Incident summary",
    "open-items": "Open items",
    "rules": "Jurisdiction rules",
    "freezes": "Repositories frozen",
    "reproduction": "Reproduction",
    "approvals": "Approvals",
    "refusals": "Refused attempts",
    "deploys": "Deploys and rollbacks",
    "verification": "Verification",
    "backfill": "Backfill",
    "downstream": "Downstream requests",
    "deadlines": "Deadlines",
    "ledger": "Consent ledger",
    "timeline": "Timeline",
}
# Sections drawn from the workflow's recorded state: the activity's report and `recall report` must agree.
STATE_SECTIONS = (
    "incident",
    "rules",
    "counters",
    "freezes",
    "approvals",
    "refusals",
    "deploys",
    "open_items",
    "timeline",
)


def schema() -> dict[str, object]:
    return json.loads(SCHEMA_PATH.read_text())


def test_the_published_schema_is_the_model_s() -> None:
    assert SCHEMA_PATH.read_text() == schema_text(), "regenerate: python -m optout_recall.audit.model"


async def test_json_report_validates_and_holds_the_evidence(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    out = tmp_path / "report.json"
    result = await invoke(
        "report", finished_recall.world.incident_id, "--format", "json", "--out", str(out),
        "--address", finished_recall.address,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text())
    jsonschema.validate(document, schema())
    report = AuditReport.model_validate(document)

    assert report.incident.outcome == "completed" and report.incident.temporal_status == "completed"
    assert report.rules.version and report.rules.sha256
    assert [f.still_frozen for f in report.freezes] == [False]
    assert report.freezes[0].unfrozen_at and report.freezes[0].frozen_by.endswith("alice")
    assert any(v.verdict == "fail" for v in report.reproduction)
    assert all(v.transcript_check == "matches" for v in [*report.reproduction, *report.verification])
    assert [(a.actor, a.step, a.signature_verified) for a in report.approvals] == [
        ("bob", "hotfix", True),
        ("bob", "backfill-apply", True),
    ]
    assert [(d.action, d.environment, d.outcome) for d in report.deploys] == [("deploy", "production", "ok")]
    assert report.deploys[0].log and report.deploys[0].log.startswith("deploys/")
    backfill = report.backfill
    assert backfill.applied and backfill.corrections_written > 0
    assert backfill.corrections_in_database == backfill.corrections_written
    assert sum(backfill.by_jurisdiction.values()) == backfill.corrections_written
    assert 0 < len(backfill.sample) <= 20
    assert report.downstream.available and report.downstream.requests == backfill.outbox_written
    assert report.ledger.verified and report.ledger.head_signature_valid and report.ledger.head


async def test_the_workflow_s_own_report_agrees_with_recall_report(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    artifacts = finished_recall.world.root / "artifacts"
    own = json.loads((artifacts / "report.json").read_text())
    jsonschema.validate(own, schema())
    assert own["generated_by"] == "write_report activity"
    assert (artifacts / "report.html").is_file() and (artifacts / "report.md").is_file()
    regenerated = json.loads((finished_recall.bundle / "report.json").read_text())
    for section in STATE_SECTIONS:
        if section == "incident":
            own[section].pop("temporal_status"), regenerated[section].pop("temporal_status")
        assert own[section] == regenerated[section], section
    strip = lambda rows: [{k: v for k, v in row.items() if k != "transcript_check"} for row in rows]  # noqa: E731
    assert strip(own["reproduction"]) == strip(regenerated["reproduction"])


async def test_markdown_report_has_every_section(finished_recall: FinishedRecall) -> None:
    markdown = (finished_recall.bundle / "report.md").read_text()
    for title in SECTIONS.values():
        assert f"## {title}" in markdown, title
    assert "| hotfix `" in markdown and "| verified (key `" in markdown


# Test-only: measures the page as the browser laid it out, then writes what it saw into the DOM.
PROBE = """<script>
const sections = %s;
const seen = {};
for (const [id, title] of Object.entries(sections)) {
  const el = document.getElementById(id);
  const h2 = el && el.querySelector("h2");
  seen[id] = {present: !!el, visible: !!el && el.getBoundingClientRect().height > 0,
              title: h2 ? h2.textContent : null};
}
const external = [...document.querySelectorAll("[src],link[href]")].map(e => e.src || e.href);
const resources = performance.getEntriesByType("resource").map(r => r.name);
document.body.setAttribute("data-probe", JSON.stringify({
  seen, external, resources,
  text: document.body.innerText,
  font: getComputedStyle(document.body).fontFamily,
  width: document.documentElement.scrollWidth,
}));
</script></body>"""


def test_html_report_renders_in_headless_chromium(finished_recall: FinishedRecall, tmp_path: Path) -> None:
    html = (finished_recall.bundle / "report.html").read_text()
    page = tmp_path / "report.html"
    page.write_text(html.replace("</body>", PROBE % json.dumps(SECTIONS)))

    dom = run_chromium("--window-size=1280,2000", "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    marker = 'data-probe="'
    start = dom.stdout.index(marker) + len(marker)
    raw = dom.stdout[start : dom.stdout.index('"', start)]
    probe = json.loads(
        raw.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )

    for section_id, title in SECTIONS.items():
        seen = probe["seen"][section_id]
        assert seen["present"] and seen["visible"], section_id
        assert seen["title"].startswith(title), seen
    assert probe["external"] == [] and probe["resources"] == []  # no external assets at all
    text = probe["text"]
    state = finished_recall.state
    assert finished_recall.world.incident_id in text
    assert "STILL FROZEN" not in text and "DOES NOT VERIFY" not in text
    assert text.count("verified") >= 3  # two approvals and the ledger
    assert f"{state.backfill.corrections_written if state.backfill else 0}" in text
    assert probe["width"] <= 1280  # nothing forces a horizontal scroll on a laptop screen

    pdf = tmp_path / "report.pdf"
    printed = run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert printed.returncode == 0, printed.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type/Page") >= 2


def test_print_stylesheet_hides_navigation_and_keeps_rows_whole(finished_recall: FinishedRecall) -> None:
    html = (finished_recall.bundle / "report.html").read_text()
    print_css = html[html.index("@media print") :]
    assert "nav { display: none; }" in print_css
    assert "break-inside: avoid" in print_css and "@page" in print_css
    assert "http://" not in html.split("<body>")[0] and "https://" not in html.split("<body>")[0]


# ---------------------------------------------------------------------------------------------- break-glass


def with_break_glass(report: AuditReport) -> AuditReport:
    """The recall's report as if alice's break-glass had approved its hotfix (rendering only: not signed so)."""
    first = report.approvals[0].model_copy(
        update={"actor": "alice", "role": "commander (break-glass)", "break_glass": True}
    )
    incident = report.incident.model_copy(update={"break_glass_approvals": 1})
    return report.model_copy(update={"approvals": [first, *report.approvals[1:]], "incident": incident})


def bundle_report(recall: FinishedRecall) -> AuditReport:
    return AuditReport.model_validate_json((recall.bundle / "report.json").read_bytes())


def test_the_summary_counts_break_glass_decisions(finished_recall: FinishedRecall) -> None:
    parent = next(
        p for p in (finished_recall.bundle / "histories").glob("*.json") if "backfill" not in p.name
    )
    recorded = hist.report_input(WorkflowHistory.from_json("recall", parent.read_text()))
    assert recorded is not None
    report = bundle_report(finished_recall)

    def rebuilt(decisions: list[RecordedDecision]) -> AuditReport:
        state = recorded.state.model_copy(update={"decisions": decisions})
        return build_report(
            recorded.model_copy(update={"state": state}),
            events=EventsSnapshot(available=False, downstream=report.downstream),
            ledger=report.ledger,
            generated_at=report.generated_at,
            generated_by="test",
        )

    assert rebuilt(recorded.state.decisions).incident.break_glass_approvals == 0
    flagged = [
        recorded.state.decisions[0].model_copy(update={"break_glass": True}),
        *recorded.state.decisions[1:],
    ]
    assert rebuilt(flagged).incident.break_glass_approvals == 1


def test_markdown_marks_break_glass(finished_recall: FinishedRecall) -> None:
    markdown = render_markdown(with_break_glass(bundle_report(finished_recall)))
    approvals = markdown[markdown.index("## Approvals") : markdown.index("## Refused attempts")]
    flagged = [line for line in approvals.splitlines() if "alice (commander (break-glass))" in line]
    assert len(flagged) == 1 and "| approved **⚠ BREAK-GLASS** |" in flagged[0], approvals
    assert approvals.count("BREAK-GLASS") == 1  # bob's approval is not flagged
    assert "| Break-glass approvals | **⚠ BREAK-GLASS: 1** |" in markdown


# Test-only: what the browser shows for each break-glass mark, and the colour it paints it in.
BREAK_GLASS_PROBE = """<script>
const marks = [...document.querySelectorAll(".break-glass")].map(e => ({
  text: e.innerText, color: getComputedStyle(e).color, visible: e.getBoundingClientRect().height > 0,
  row: e.closest("tr") ? e.closest("tr").innerText : "",
}));
document.body.setAttribute("data-probe", JSON.stringify(marks));
</script></body>"""


def probe_dom(tmp_path: Path, html: str, probe: str) -> Any:
    page = tmp_path / "report.html"
    page.write_text(html.replace("</body>", probe))
    dom = run_chromium("--window-size=1280,2000", "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    marker = 'data-probe="'
    start = dom.stdout.index(marker) + len(marker)
    raw = dom.stdout[start : dom.stdout.index('"', start)]
    return json.loads(html_lib.unescape(raw))


def test_html_shows_break_glass_in_red(finished_recall: FinishedRecall, tmp_path: Path) -> None:
    marks = probe_dom(
        tmp_path, render_html(with_break_glass(bundle_report(finished_recall))), BREAK_GLASS_PROBE
    )

    assert [m["text"] for m in marks] == ["⚠ BREAK-GLASS", "⚠ BREAK-GLASS"]  # the summary, then the approval
    assert all(m["visible"] and m["color"] == "rgb(207, 34, 46)" for m in marks), marks
    assert "alice (commander (break-glass))" in marks[1]["row"]
    assert marks[0]["row"].startswith("Break-glass approvals") and marks[0]["row"].rstrip().endswith("1")
    unflagged = probe_dom(tmp_path, (finished_recall.bundle / "report.html").read_text(), BREAK_GLASS_PROBE)
    assert unflagged == []


# ---------------------------------------------------------------------------------------------- refusals


REFUSALS_PROBE = """<script>
const section = document.getElementById("refusals");
const rows = [...section.querySelectorAll("tbody tr")].map(r => [...r.cells].map(c => c.innerText));
document.body.setAttribute("data-probe", JSON.stringify({rows, text: section.innerText}));
</script></body>"""


def test_html_lists_each_refusal(finished_recall: FinishedRecall, tmp_path: Path) -> None:
    seen = probe_dom(tmp_path, (finished_recall.bundle / "report.html").read_text(), REFUSALS_PROBE)

    assert [row[1:3] for row in seen["rows"]] == [[update, actor] for update, actor, _ in REFUSED_ATTEMPTS]
    for row, (_, _, why) in zip(seen["rows"], REFUSED_ATTEMPTS, strict=True):
        assert why in row[3] and row[-1] == row[-2] == finished_recall.state.run_id, row
    assert seen["rows"][0][4] == "hotfix (approve)"
    assert seen["rows"][0][5] == (finished_recall.state.hotfix_ref or "")[:12]


def test_no_refusal_says_none_in_every_rendering(finished_recall: FinishedRecall) -> None:
    report = bundle_report(finished_recall)
    none = report.model_copy(update={"refusals": report.refusals.model_copy(update={"attempts": []})})
    assert "None: no signed statement was refused." in render_markdown(none)
    assert "None: no signed statement was refused." in render_html(none)
    assert '"attempts": []' in render_json(none)
    gone = report.model_copy(
        update={"refusals": RefusalsSection(available=False, source="refusals.jsonl", note="no artifacts")}
    )
    assert "Not available: no artifacts." in render_markdown(gone)
    assert "Not available: no artifacts." in render_html(gone)
