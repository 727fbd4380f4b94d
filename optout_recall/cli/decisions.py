"""What people sign: `recall approve|reject|propose-hotfix|cancel`.

Before any key is read the command asks the recall who is on its roster, so a name that is not there, a
public key passed as the private one, or a key that is not the signer's is one line saying what to pass.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from rich.console import Console

from optout_recall.cli import recalls
from optout_recall.cli.errors import fail
from optout_recall.cli.options import (
    KEYS_DIR,
    ActorOpt,
    AddressOpt,
    KeyOpt,
    NamespaceOpt,
    PrintOnlyOpt,
    ReasonOpt,
    RequestOpt,
)
from optout_recall.gates.approvals import public_key_hex, sign_cancel, sign_decision, sign_proposal
from optout_recall.gates.keys import KeyFileError, load_private_key
from optout_recall.payloads import GateStep, PendingApproval, Person
from workflows.recall import RecallWorkflow

console = Console(soft_wrap=True, highlight=False)
# What is not the command's output (what was signed) goes to stderr, so --print-only keeps stdout JSON.
err_console = Console(stderr=True, soft_wrap=True, highlight=False)
_FULL_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_PUBLIC_KEY_TEXT = re.compile(rb"\s*[0-9a-fA-F]{64}\s*")

RecallIdArg = Annotated[str, typer.Argument(metavar="ID", help="incident id")]
StepOpt = Annotated[
    str, typer.Option("--step", help="hotfix, backfill-apply or continue-without-reproduction")
]
HotfixOpt = Annotated[str | None, typer.Option("--hotfix", help="the hotfix ref you reviewed")]


def approve(
    recall_id: RecallIdArg,
    step: StepOpt,
    actor: ActorOpt,
    reason: ReasonOpt,
    key: KeyOpt = None,
    hotfix: HotfixOpt = None,
    request: RequestOpt = None,
    break_glass: Annotated[
        bool, typer.Option("--break-glass", help="commander only, after an unanswered escalation; flagged")
    ] = False,
    print_only: PrintOnlyOpt = False,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Approve a gated step with your signed decision (on-call; commander for continue-without-reproduction)."""
    _decide(
        recall_id,
        step,
        actor,
        reason,
        True,
        key,
        hotfix,
        request,
        break_glass,
        print_only,
        address,
        namespace,
    )


def reject(
    recall_id: RecallIdArg,
    step: StepOpt,
    actor: ActorOpt,
    reason: ReasonOpt,
    key: KeyOpt = None,
    hotfix: HotfixOpt = None,
    request: RequestOpt = None,
    print_only: PrintOnlyOpt = False,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Reject a gated step (signed); a rejected hotfix sends the recall back to waiting for a new one."""
    _decide(
        recall_id, step, actor, reason, False, key, hotfix, request, False, print_only, address, namespace
    )


def _decide(
    recall_id: str,
    step: str,
    actor: str,
    reason: str,
    approve: bool,
    key: Path | None,
    hotfix: str | None,
    request: str | None,
    break_glass: bool,
    print_only: bool,
    address: str | None,
    namespace: str | None,
) -> None:
    try:
        gate_step = GateStep(step)
    except ValueError:
        fail(f"--step {step!r} is not a gated step (one of: {', '.join(s.value for s in GateStep)})")
    _check_reason(reason)

    async def go() -> None:
        temporal = await recalls.client(address, namespace, identity=f"recall-cli:{actor}")
        handle = await recalls.existing(temporal, recall_id)
        state = await recalls.state(handle)
        pending = _pending(recall_id, state.pending, request)
        if pending.step != gate_step:
            fail(f"recall {recall_id} is not waiting for a {gate_step} decision (it waits on {pending.step})")
        ref = hotfix
        if gate_step == GateStep.HOTFIX and ref is None:
            ref = pending.hotfix_ref
            if ref is None:
                fail(
                    f"no hotfix is pending a decision; propose one first: recall propose-hotfix {recall_id} "
                    f"--ref <full sha> --as {actor} --reason …"
                )
        private_key = signing_key(actor, key, (await recalls.started_input(temporal, handle)).people)
        decision = sign_decision(
            private_key,
            workflow_id=handle.id,
            run_id=state.run_id,
            request_id=pending.request_id,
            step=gate_step,
            approve=approve,
            actor=actor,
            reason=reason,
            hotfix_ref=ref if gate_step == GateStep.HOTFIX else None,
            break_glass=break_glass,
        )
        if print_only:
            err_console.print(f"signed {gate_step} for request {pending.request_id} of {handle.id}")
            sys.stdout.write(decision.model_dump_json() + "\n")
            return
        recorded = await recalls.update(handle.execute_update(RecallWorkflow.decide, decision), handle)
        verb = "approved" if approve else "rejected"
        what = f"hotfix {ref}" if ref else str(gate_step)
        console.print(
            f"{verb} [bold]{what}[/bold] of {recall_id} as {recorded.actor} ({recorded.role}), "
            f"answering request {recorded.request_id}"
        )

    recalls.run(go())


def propose_hotfix(
    recall_id: RecallIdArg,
    ref: Annotated[str, typer.Option("--ref", help="full commit SHA of the new hotfix")],
    actor: ActorOpt,
    reason: ReasonOpt,
    key: KeyOpt = None,
    request: RequestOpt = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Offer a new hotfix commit after a rejection or a rollback (commander or on-call), signed."""
    if not _FULL_SHA.fullmatch(ref):
        fail(
            f"--ref {ref!r} is not a full commit SHA (40 or 64 lowercase hex digits); pass the commit "
            "(git rev-parse REF), not a prefix, branch or tag"
        )
    _check_reason(reason)

    async def go() -> None:
        temporal = await recalls.client(address, namespace, identity=f"recall-cli:{actor}")
        handle = await recalls.existing(temporal, recall_id)
        state = await recalls.state(handle)
        pending = _pending(recall_id, state.pending, request)
        if pending.step != GateStep.HOTFIX or pending.hotfix_ref is not None:
            waits = (
                f"hotfix {pending.hotfix_ref} waits for a decision" if pending.hotfix_ref else pending.step
            )
            fail(
                f"recall {recall_id} is not waiting for a new hotfix ({waits}); see: recall status {recall_id}"
            )
        private_key = signing_key(actor, key, (await recalls.started_input(temporal, handle)).people)
        proposal = sign_proposal(
            private_key,
            workflow_id=handle.id,
            run_id=state.run_id,
            request_id=pending.request_id,
            hotfix_ref=ref,
            actor=actor,
            reason=reason,
        )
        await recalls.update(handle.execute_update(RecallWorkflow.propose_hotfix, proposal), handle)
        console.print(
            f"proposed hotfix {ref} for {recall_id}; see who must approve it: recall status {recall_id}"
        )

    recalls.run(go())


def cancel(
    recall_id: RecallIdArg,
    reason: ReasonOpt,
    actor: ActorOpt,
    key: KeyOpt = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Cancel a recall (commander, signed). Repositories are unfrozen and the report is still written."""
    _check_reason(reason)

    async def go() -> None:
        temporal = await recalls.client(address, namespace, identity=f"recall-cli:{actor}")
        handle = await recalls.existing(temporal, recall_id)
        state = await recalls.state(handle)
        private_key = signing_key(actor, key, (await recalls.started_input(temporal, handle)).people)
        signed = sign_cancel(
            private_key, workflow_id=handle.id, run_id=state.run_id, actor=actor, reason=reason
        )
        await recalls.update(handle.execute_update(RecallWorkflow.cancel, signed), handle)
        await handle.cancel()
        console.print(f"canceling {recall_id}: repositories will be unfrozen and the report written")

    recalls.run(go())


def _check_reason(reason: str) -> None:
    if not reason.strip():
        fail('--reason must say why (it is recorded in history and the report): --reason "…"')


def _pending(recall_id: str, pending: PendingApproval | None, request: str | None) -> PendingApproval:
    """The request the recall waits on; the one `--request` names, if it names one."""
    if pending is None:
        fail(f"recall {recall_id} is not waiting on anyone now; see: recall status {recall_id}")
    if request is not None and request != pending.request_id:
        fail(
            f"request {request} is no longer pending: recall {recall_id} now waits on {pending.step} "
            f"(request {pending.request_id}); look again with: recall status {recall_id}"
        )
    return pending


def signing_key(actor: str, key: Path | None, people: list[Person]) -> Ed25519PrivateKey:
    """The signer's private key, checked against the roster the recall was started with."""
    listed = {person.name: person for person in people}
    person = listed.get(actor)
    if person is None:
        fail(f"{actor} is not in the spec's people ({', '.join(listed)}); pass --as with your name as listed")
    path = key or KEYS_DIR / f"{actor}.key"
    if _holds_a_public_key(path):
        private = path.with_suffix(".key") if path.suffix == ".pub" else KEYS_DIR / f"{actor}.key"
        fail(f"{path} is a public key (the half the spec lists); sign with the private key: --key {private}")
    try:
        private_key = load_private_key(path)
    except KeyFileError as exc:
        fail(f"{exc} (make one with: recall keys new {actor})")
    public = public_key_hex(private_key)
    if person.public_key and public != person.public_key.lower():
        fail(
            f"{path} is not {actor}'s key: its public half {public[:16]}… is not the {person.public_key[:16]}… "
            f"the spec lists for {actor}; pass --key with {actor}'s private key"
        )
    return private_key


def _holds_a_public_key(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(200)
    except OSError:
        return False
    return _PUBLIC_KEY_TEXT.fullmatch(head) is not None
