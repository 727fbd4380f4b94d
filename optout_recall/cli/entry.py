"""The `recall` executable: one runner for every command, and `recall backfill` without the rest of the CLI.

Importing every command group costs about 0.7 s before anything runs (the audit, console and recall
commands pull in their own libraries). `recall backfill` is timed against a single SQL statement, so it is
dispatched to its own group alone; every other command loads the whole CLI. Both take the same path out:
a usage error is one line and exit 2, a spec error one line and exit 2.
"""

from __future__ import annotations

import os
import sys

import typer

from optout_recall.cli.errors import usage_line
from optout_recall.logs import configure_logging

HELP = "Recall broken opt-out handling: freeze, reproduce, gate the hotfix, backfill, audit."
BACKFILL_HELP = "Find and correct events that ignored a binding opt-out."


def new_app() -> typer.Typer:
    return typer.Typer(
        name="recall",
        help=HELP,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
        # Plain help: flags are shown bare, not as `--watch <bool>`.
        rich_markup_mode=None,
    )


def _backfill_only() -> typer.Typer:
    from optout_recall.cli.backfill import app as backfill_app

    app = new_app()
    app.add_typer(backfill_app, name="backfill", help=BACKFILL_HELP)
    return app


def run(app: typer.Typer) -> None:
    """Run `app` as the `recall` executable and leave with its exit code."""
    from optout_recall.spec import SpecError

    code: int | str | None = 0
    # Domain code logs through structlog; by default on stderr and quiet, so stdout carries only output.
    configure_logging(os.environ.get("RECALL_LOG_LEVEL", "WARNING"), json_output=False)
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: missing or unknown option, bad value
        context = getattr(exc, "ctx", None)
        if context is not None and exc.format_message() == context.get_help():  # a group with no command
            print(exc.format_message(), file=sys.stderr)
        else:
            print(usage_line(exc), file=sys.stderr)
        code = 2
    except typer.Abort:
        print("recall: aborted", file=sys.stderr)
        code = 1
    except SpecError as exc:
        print(f"recall: {exc}", file=sys.stderr)
        code = 2
    except SystemExit as exit_:
        code = exit_.code
    # Leave without interpreter finalisation: tearing down Temporal's Rust runtime threads at exit can abort
    # the process after the work is done, which would turn a clean exit code into SIGABRT.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else (0 if code is None else 1))


def main() -> None:
    if sys.argv[1:2] == ["backfill"]:
        run(_backfill_only())
    from optout_recall.cli.main import app

    run(app)


if __name__ == "__main__":
    main()
