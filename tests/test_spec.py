"""The incident spec: what a commander writes is validated before anything starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.engine import make_url

from optout_recall.db import DatabaseURLError, create_engine, with_named_password
from optout_recall.payloads import GpcPolicy, WebhookTarget
from optout_recall.spec import SpecError, load_spec, parse_duration, to_recall_input

GOOD: dict[str, Any] = {
    "incident": {"id": "INC-7", "title": "GPC ignored at checkout"},
    "window": {"start": "2026-09-01T00:00:00-07:00", "end": "2026-11-01T00:00:00Z"},
    "jurisdictions": ["US-CA", "US-CO"],
    "gpc_policy": "everywhere",
    "repos": [{"name": "checkout", "location": "repos/checkout.git"}],
    "channels": [{"name": "api", "url": "http://127.0.0.1:8700"}],
    "databases": {"events": "sqlite:///events.db", "ledger": "postgresql://postgres@127.0.0.1/test"},
    "people": [
        {"name": "alice", "roles": ["commander"], "public_key": "a" * 64},
        {"name": "bob", "roles": ["on-call"], "public_key": "b" * 64},
        {"name": "carol", "roles": ["auditor"]},
    ],
    "commander": "alice",
    "approvals": {"timeout": "15m", "escalation_interval": 600, "deadline": "2h"},
    "hotfix": {
        "ref": "0123abcd" * 5,
        "deploy": {"command": ["./deploy.sh"]},
        "rollback": {"kind": "webhook", "url": "http://127.0.0.1:9000/rollback"},
    },
}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def with_change(path: str, value: object) -> dict:
    data = yaml.safe_load(yaml.safe_dump(GOOD, sort_keys=False))
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is None:
        del node[last]
    else:
        node[last] = value
    return data


def test_good_spec_resolves_paths_and_normalizes_offsets(tmp_path: Path) -> None:
    spec, digest = load_spec(write(tmp_path, GOOD))
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert recall.window_start.utcoffset() is not None and recall.window_start.hour == 0
    assert recall.window_start.isoformat() == "2026-09-01T00:00:00-07:00"
    assert recall.repos[0].location == str(tmp_path / "repos/checkout.git")
    assert recall.events_url == f"sqlite:///{tmp_path / 'events.db'}"
    assert recall.ledger_url == GOOD["databases"]["ledger"]
    assert recall.approval_timeout_seconds == 900 and recall.approval_deadline_seconds == 7200
    assert recall.gpc_policy == GpcPolicy.EVERYWHERE
    assert recall.artifacts_dir == str((tmp_path / "art" / "INC-7").resolve())
    assert len(digest) == 64
    assert recall.links is None  # no identity links unless the spec names a table


def test_databases_links_reach_the_backfill_with_their_names(tmp_path: Path) -> None:
    spec, digest = load_spec(
        write(tmp_path, with_change("databases.links", {"table": "idmap", "linked_at": "since"}))
    )
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert recall.links is not None
    assert (recall.links.table, recall.links.identifier, recall.links.linked_at) == (
        "idmap",
        "identifier",
        "since",
    )


@pytest.mark.parametrize(
    ("change", "value", "expected"),
    [
        ("window.end", "2026-08-01T00:00:00Z", ":4: window: window.end must be after window.start"),
        ("window.start", "2026-09-01T00:00:00", "window.start: Input should have timezone info"),
        ("incident.id", None, "incident.id: Field required"),
        ("gpc_policy", "sometimes", "gpc_policy: Input should be 'where_required' or 'everywhere'"),
        ("commander", "zed", "commander 'zed' is not listed in people"),
        ("jurisdictions", ["California"], "'California' is not an ISO 3166 code"),
        ("databases.events", "mysql://x/y", "unsupported database 'mysql'"),
        ("approvals.timeout", "soon", "'soon' is not a duration"),
        ("hotfix.deploy", {"kind": "command"}, "a command hook needs `command`"),
        (
            "databases.links",
            {"table": "x; DROP TABLE y"},
            "links.table 'x; DROP TABLE y' is not a valid SQL identifier",
        ),
        ("databases.links", {"tabel": "idmap"}, "databases.links.tabel: unknown key; did you mean table?"),
        ("hotfix.ref", "main", "hotfix.ref: 'main' is not a full commit SHA"),
        ("hotfix.ref", "abcdef1", "'abcdef1' is not a full commit SHA (40 or 64 lowercase hex digits)"),
        ("colour", "blue", "colour: unknown key (allowed: incident, window, jurisdictions, gpc_policy"),
        ("gpc_polcy", "everywhere", ":45: gpc_polcy: unknown key; did you mean gpc_policy?"),
        ("hotfix.deploy.comand", ["./deploy.sh"], "hotfix.deploy.comand: unknown key; did you mean command?"),
        ("repos.0.brnches", ["main"], "repos.0.brnches: unknown key; did you mean branches?"),
        ("people.0.pubkey", "a" * 64, "people.0.pubkey: unknown key; did you mean public_key?"),
        (
            "people.1.public_key",
            None,
            "bob decides gates but has no public_key (make one: recall keys new bob)",
        ),
        ("people.1.public_key", "xyz", "bob's public_key is not 64 hex digits"),
        (
            "approvals.quorum",
            {"hotfix": 2},
            "approvals.quorum.hotfix is 2 but only 1 on-call people may approve",
        ),
    ],
)
def test_bad_spec_names_the_field_and_reason(
    tmp_path: Path, change: str, value: object, expected: str
) -> None:
    with pytest.raises(SpecError) as refused:
        load_spec(write(tmp_path, with_change(change, value)))
    assert expected in str(refused.value)
    assert str(refused.value).startswith(str(tmp_path / "incident.yaml"))
    assert "\n" not in str(refused.value)


def test_unreadable_and_non_yaml_specs(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="cannot read"):
        load_spec(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("incident: [unclosed\n")
    with pytest.raises(SpecError, match=r"bad.yaml:\d+: not valid YAML"):
        load_spec(bad)


def test_durations() -> None:
    assert parse_duration("90s") == 90 and parse_duration("1.5h") == 5400 and parse_duration(30) == 30
    with pytest.raises(ValueError, match="positive"):
        parse_duration(0)


# --------------------------------------------------------------------------- credentials by name only

IN_HISTORY = "holds a password, and the spec is kept in workflow history for ever"


@pytest.mark.parametrize(
    ("change", "value", "expected"),
    [
        (
            "databases.ledger",
            "postgresql://recall:hunter2secret@db.internal/consent",
            f"databases.ledger: postgresql://recall:***@db.internal/consent {IN_HISTORY}; drop it from the "
            "URL and name it: databases.ledger_password_env: NAME (a variable where the worker runs), "
            "databases.ledger_password_file: PATH, or libpq's PGPASSWORD / ~/.pgpass",
        ),
        (
            "hotfix.rollback.url",
            "https://deployer:hunter2secret@deploy.internal/rollback",
            f"hotfix.rollback: https://deployer:***@deploy.internal/rollback {IN_HISTORY}; name its "
            "credential with token_env: NAME or token_file: PATH",
        ),
        (
            "repos.0.api_url",
            "https://bot:hunter2secret@gitlab.example/api/v4",
            "repos: https://bot:***@gitlab.example/api/v4 holds a password",
        ),
        (
            "escalation",
            {"webhook": "https://u:hunter2secret@hooks.example/x"},
            "escalation.webhook: https://u:***@",
        ),
        (
            "databases.destinations",
            {"crm": "https://u:hunter2secret@crm.example/suppress"},
            "https://u:***@crm",
        ),
        (
            "hotfix.deploy.env",
            {"DEPLOY_API_TOKEN": "hunter2secret"},
            "env.DEPLOY_API_TOKEN looks like a secret, and the spec is kept in workflow history for ever; set "
            "it where the worker runs and pass it by name: env_from: [DEPLOY_API_TOKEN]",
        ),
        ("hotfix.deploy.env_from", ["RECALL_HOTFIX_REF"], "RECALL_* variables are set by the recall"),
        ("hotfix.deploy.token_env", "HOOK_TOKEN", "token_env and token_file are for webhook hooks"),
        ("databases.events_password_env", "EVENTS_PW", "databases.events: only a PostgreSQL database"),
    ],
)
def test_a_credential_written_into_the_spec_is_refused_with_how_to_name_it(
    tmp_path: Path, change: str, value: object, expected: str
) -> None:
    with pytest.raises(SpecError) as refused:
        load_spec(write(tmp_path, with_change(change, value)))
    message = str(refused.value)
    assert expected in message and "hunter2secret" not in message and "\n" not in message


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        (
            "https://hooks.slack.com/services/T0/B0/hunter2secret",
            "databases.destinations.crm.webhook: https://hooks.slack.com/*** is a Slack webhook URL, which is "
            "itself the credential",
        ),
        (
            "https://u:hunter2secret@crm.example/suppress",
            "databases.destinations: https://u:***@crm.example/suppress holds a password, and the spec is kept "
            "in workflow history for ever; drop it from the URL and name it instead in "
            "databases.destinations.crm: webhook_env: NAME",
        ),
    ],
)
def test_recall_start_refuses_a_credential_in_a_destination_url_with_one_line_and_exit_2(
    tmp_path: Path, destination: str, expected: str
) -> None:
    spec = write(tmp_path, with_change("databases.destinations", {"crm": destination}))
    line, output = refused_by_recall_start(spec)
    assert expected in line and "hunter2secret" not in output


def test_a_named_destination_travels_by_its_names_and_a_plain_url_as_it_was(tmp_path: Path) -> None:
    named = {"webhook_env": "CRM_WEBHOOK", "token_file": "~/crm-token"}
    data = with_change("databases.destinations", {"crm": named, "adnet": "https://adnet.example/suppress"})
    spec, digest = load_spec(write(tmp_path, data))
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert recall.destinations == {
        "crm": WebhookTarget(**named),
        "adnet": WebhookTarget(webhook="https://adnet.example/suppress"),
    }
    with pytest.raises(SpecError, match="destination crm: give webhook, webhook_env or webhook_file"):
        load_spec(write(tmp_path, with_change("databases.destinations", {"crm": {}})))


def test_a_named_database_password_travels_as_its_name_and_is_read_where_the_engine_is_made(
    tmp_path: Path,
) -> None:
    data = with_change("databases.ledger_password_env", "LEDGER_DB_PASSWORD")
    data["databases"]["events"] = "postgresql://recall@db.internal/events"
    data["databases"]["events_password_file"] = "secrets/events-db"
    spec, digest = load_spec(write(tmp_path, data))
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert recall.ledger_url == "postgresql://postgres@127.0.0.1/test?recall_password_env=LEDGER_DB_PASSWORD"
    password_file = tmp_path / "secrets" / "events-db"
    events = make_url(recall.events_url)
    assert events.password is None and dict(events.query) == {"recall_password_file": str(password_file)}

    resolved = with_named_password(make_url(recall.ledger_url), {"LEDGER_DB_PASSWORD": "s3cret-pw"})
    assert resolved.password == "s3cret-pw" and dict(resolved.query) == {}
    password_file.parent.mkdir()
    password_file.write_text("file-pw\n")
    engine = create_engine(recall.events_url)
    assert engine.url.password == "file-pw" and "recall_password_file" not in engine.url.query
    with pytest.raises(
        DatabaseURLError, match="this process has no LEDGER_DB_PASSWORD, named by recall_password_env"
    ):
        with_named_password(make_url(recall.ledger_url), {})


def refused_by_recall_start(spec: Path) -> tuple[str, str]:
    """`recall start SPEC` against a server that is never reached: it must exit 2 with one line on stderr and
    no traceback. Returns that line and everything the command printed."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "recall"), "start", str(spec), "--address", "127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0], result.stderr + result.stdout


def test_recall_start_refuses_a_password_in_a_url_with_one_line_and_exit_2(tmp_path: Path) -> None:
    spec = write(tmp_path, with_change("databases.events", "postgresql://app:hunter2secret@db/events"))
    line, output = refused_by_recall_start(spec)
    assert "databases.events_password_env: NAME" in line
    assert "hunter2secret" not in output


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("Integration", "app"),
        ("OrganizationAdmin", "org_admin"),
        ("DeployKey", "deploy_key"),
        ("User", "user"),
        ("app", "app"),
    ],
)
def test_bypass_kinds_accept_githubs_own_actor_type_names(written: str, kind: str) -> None:
    from optout_recall.payloads import BypassActor

    assert BypassActor(kind=written, id=12345).kind == kind  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the escalation webhook by name

SLACK = "https://hooks.slack.com/services/T0SECRET/B0SECRET/xoxsecretpath"


@pytest.mark.parametrize(
    ("url", "service", "shown"),
    [
        (SLACK, "Slack", "https://hooks.slack.com/***"),
        ("https://discord.com/api/webhooks/1234/secretpath", "Discord", "https://discord.com/***"),
        ("https://discordapp.com/api/webhooks/1234/secretpath", "Discord", "https://discordapp.com/***"),
        (
            "https://acme.webhook.office.com/webhookb2/secretpath",
            "Teams",
            "https://acme.webhook.office.com/***",
        ),
        ("https://outlook.office.com/webhook/secretpath", "Teams", "https://outlook.office.com/***"),
    ],
)
def test_a_capability_webhook_url_in_the_spec_is_refused_with_how_to_name_it(
    tmp_path: Path, url: str, service: str, shown: str
) -> None:
    with pytest.raises(SpecError) as refused:
        load_spec(write(tmp_path, with_change("escalation", {"webhook": url, "format": "slack"})))
    message = str(refused.value)
    assert message.startswith(f"{tmp_path / 'incident.yaml'}:")
    assert (
        f"escalation.webhook: {shown} is a {service} webhook URL, which is itself the credential" in message
    )
    assert "webhook_env: SLACK_ESCALATION_WEBHOOK (or webhook_file: PATH)" in message
    assert "SECRET" not in message and "secretpath" not in message and "\n" not in message


def test_a_plain_webhook_url_still_loads(tmp_path: Path) -> None:
    spec, digest = load_spec(
        write(tmp_path, with_change("escalation", {"webhook": "https://alerts.internal/escalate"}))
    )
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert (
        recall.escalation_webhook == "https://alerts.internal/escalate"
        and recall.escalation_webhook_env is None
    )


def test_a_named_webhook_travels_as_its_name_only(tmp_path: Path) -> None:
    escalation = {
        "contacts": ["#privacy"],
        "webhook_env": "SLACK_ESCALATION_WEBHOOK",
        "token_file": "/run/secrets/escalation-token",
        "format": "json",
    }
    spec, digest = load_spec(write(tmp_path, with_change("escalation", escalation)))
    recall = to_recall_input(spec, tmp_path / "incident.yaml", digest, tmp_path / "art")
    assert (recall.escalation_webhook, recall.escalation_webhook_env, recall.escalation_webhook_file) == (
        None,
        "SLACK_ESCALATION_WEBHOOK",
        None,
    )
    assert (
        recall.escalation_token_file == "/run/secrets/escalation-token" and recall.escalation_format == "json"
    )


@pytest.mark.parametrize(
    ("escalation", "expected"),
    [
        (
            {"webhook": "https://alerts.internal/x", "webhook_env": "HOOK"},
            "escalation: give one of webhook, webhook_env or webhook_file, not webhook and webhook_env",
        ),
        (
            {"webhook_env": "HOOK", "webhook_file": "/run/secrets/hook"},
            "not webhook_env and webhook_file",
        ),
        (
            {"webhook_env": "https://hooks.slack.com/x"},
            "escalation.webhook_env: 'https://hooks.slack.com/x' is not",
        ),
        (
            {"webhook_env": "HOOK", "token_env": "a-b"},
            "escalation.token_env: 'a-b' is not an environment variable",
        ),
        (
            {"webhook_env": "HOOK", "token_env": "T", "token_file": "/t"},
            "give token_env or token_file, not both",
        ),
        ({"token_env": "T"}, "token_env and token_file go with a webhook"),
        ({"webhook_url": "https://alerts.internal/x"}, "escalation.webhook_url: unknown key; did you mean"),
    ],
)
def test_a_bad_escalation_webhook_is_refused_with_one_line(
    tmp_path: Path, escalation: dict[str, str], expected: str
) -> None:
    with pytest.raises(SpecError) as refused:
        load_spec(write(tmp_path, with_change("escalation", escalation)))
    assert expected in str(refused.value) and "\n" not in str(refused.value)


def test_recall_start_refuses_a_slack_webhook_url_with_one_line_and_exit_2(tmp_path: Path) -> None:
    spec = write(tmp_path, with_change("escalation", {"webhook": SLACK}))
    line, output = refused_by_recall_start(spec)
    assert "escalation.webhook: https://hooks.slack.com/*** is a Slack webhook URL" in line
    assert "webhook_env: SLACK_ESCALATION_WEBHOOK" in line
    assert "SECRET" not in output
