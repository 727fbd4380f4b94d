"""The `recall` executable: one runner for every command, and `recall backfill` without the rest of the CLI.

Importing every command group costs about 0.7 s before anything runs (the audit, console and recall
commands pull in their own libraries). `recall backfill` is timed against a single SQL statement, so it is
dispatched to its own group alone; every other command loads the whole CLI. When its flags say it will run on
the embedded runtime, its dev server is started first, before any heavy import, and boots on the other core
while the command imports, checks its input and builds its worker. Both take the same path out: a usage error
is one line and exit 2, a spec error one line and exit 2.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

    from optout_recall.devserver import StartedServer

HELP = "Recall broken opt-out handling: freeze, reproduce, gate the hotfix, backfill, audit."
BACKFILL_HELP = "Find and correct events that ignored a binding opt-out."
# Flags of `recall backfill` after which it does not run on a runtime of its own.
_NOT_EMBEDDED = frozenset({"--address", "--namespace", "--deliveries", "--help"})


def new_app() -> typer.Typer:
    import typer

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


def embedded_backfill(args: list[str]) -> bool:
    """Whether `recall backfill ARGS` will run on an embedded runtime, as far as its flags and environment say:
    no cluster named, no listing, and `--embedded` or nothing (no `recall dev`) at 127.0.0.1:7233."""
    from optout_recall import names
    from optout_recall.devserver import listening

    flags = {arg.split("=", 1)[0] for arg in args}
    if flags & _NOT_EMBEDDED or os.environ.get("RECALL_TEMPORAL_ADDRESS"):
        return False
    host, _, port = names.DEFAULT_ADDRESS.rpartition(":")
    return "--embedded" in flags or not listening(int(port), host, timeout=0.2)


def _early_server(args: list[str]) -> StartedServer | None:
    """The embedded dev server, started now when `recall backfill ARGS` will need one; None otherwise (and
    when it cannot start here: the command then says why, as it would have)."""
    if not embedded_backfill(args):
        return None
    from optout_recall.devserver import RuntimeMissing, start_dev_server

    try:
        return start_dev_server(None)
    except (RuntimeMissing, OSError):
        return None


def run(app: typer.Typer, started: StartedServer | None = None, *, stdlib_logs: bool = False) -> None:
    """Run `app` as the `recall` executable and leave with its exit code; `started` (a dev server started
    before the imports) is handed to the command and ended on the way out, used or not. `stdlib_logs`: the
    app's code logs through the standard library only (`recall backfill` and its worker), so structlog is
    imported only if a record is written."""
    import typer

    from optout_recall.cli.errors import usage_line
    from optout_recall.logs import configure_logging

    code: int | str | None = 0
    # Domain code logs through structlog; by default on stderr and quiet, so stdout carries only output.
    configure_logging(
        os.environ.get("RECALL_LOG_LEVEL", "WARNING"), json_output=False, stdlib_only=stdlib_logs
    )
    try:
        code = app(standalone_mode=False, obj=started)
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
    except SystemExit as exit_:
        code = exit_.code
    except Exception as exc:
        # The spec module costs `recall backfill` (which has no spec) a sixth of a second: read only here.
        from optout_recall.spec import SpecError

        if not isinstance(exc, SpecError):
            raise
        print(f"recall: {exc}", file=sys.stderr)
        code = 2
    finally:
        if started is not None:
            started.stop()
    # Leave without interpreter finalisation: tearing down Temporal's Rust runtime threads at exit can abort
    # the process after the work is done, which would turn a clean exit code into SIGABRT.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else (0 if code is None else 1))


def main() -> None:
    if sys.argv[1:2] == ["backfill"]:
        started = _early_server(sys.argv[2:])
        run(_backfill_only(), started, stdlib_logs=True)
    from optout_recall.cli.main import app

    run(app)


if __name__ == "__main__":
    main()
