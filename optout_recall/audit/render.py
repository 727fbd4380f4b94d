"""The report model rendered for people (HTML), tickets (Markdown) and machines (JSON)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum

import jinja2

from optout_recall.audit.model import AuditReport


class ReportFormat(StrEnum):
    HTML = "html"
    MARKDOWN = "md"
    JSON = "json"


def _timestamp(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else "—"


def _cell(value: object) -> str:
    """Text that stays inside one Markdown table cell."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("optout_recall.audit", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["ts"] = _timestamp
    env.filters["cell"] = _cell
    return env


_HTML = _environment(autoescape=True)
_MARKDOWN = _environment(autoescape=False)


def render_html(report: AuditReport, artifacts_href: str = "artifacts") -> str:
    """`artifacts_href` is where links to transcripts and logs point (relative, or a file:// URI)."""
    return _HTML.get_template("report.html.j2").render(
        r=report, i=report.incident, artifacts_href=artifacts_href.rstrip("/")
    )


def render_markdown(report: AuditReport, artifacts_href: str = "artifacts") -> str:
    return _MARKDOWN.get_template("report.md.j2").render(
        r=report, i=report.incident, artifacts_href=artifacts_href.rstrip("/")
    )


def render_json(report: AuditReport) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, sort_keys=True) + "\n"


def render(report: AuditReport, fmt: ReportFormat, artifacts_href: str = "artifacts") -> str:
    if fmt == ReportFormat.HTML:
        return render_html(report, artifacts_href)
    if fmt == ReportFormat.MARKDOWN:
        return render_markdown(report, artifacts_href)
    return render_json(report)
