"""The pre-receive-hook freeze called directly, as any caller outside Temporal would, with the real git."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze.git import GitHookFreezer, clone_commit, create_bare_repo_with_main
from optout_recall.freeze.git_hook import HookState
from optout_recall.payloads import RepoFreeze, RepoFreezeInput, RepoTarget

INCIDENT = "INC-7"


def freeze_input(location: Path | str, allowed: list[str] | None = None) -> RepoFreezeInput:
    return RepoFreezeInput(
        incident_id=INCIDENT,
        commander="dana",
        repo=RepoTarget(name="app", location=str(location)),
        allowed_commits=allowed or [],
    )


async def test_freeze_installs_the_hook_and_unfreeze_puts_back_what_was_there(tmp_path: Path) -> None:
    bare = tmp_path / "app.git"
    create_bare_repo_with_main(bare)
    hook = bare / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\nexit 0\n")
    hook.chmod(0o750)
    freezer = GitHookFreezer()

    restore_state = await freezer.freeze(freeze_input(bare))
    assert f"# optout-recall-incident: {INCIDENT}" in hook.read_text()

    frozen = RepoFreeze(
        repo=freeze_input(bare).repo, frozen_at=datetime.now(UTC), restore_state=restore_state
    )
    await freezer.unfreeze(INCIDENT, frozen)
    assert hook.read_text() == "#!/bin/sh\nexit 0\n"
    assert hook.stat().st_mode & 0o777 == 0o750
    assert not list((bare / "hooks").glob("*optout-recall*"))


async def test_bad_input_raises_permanent_errors_a_person_can_act_on(tmp_path: Path) -> None:
    bare = tmp_path / "app.git"
    create_bare_repo_with_main(bare)
    freezer = GitHookFreezer()

    with pytest.raises(RecallError) as bad_commit:
        await freezer.freeze(freeze_input(bare, ["main"]))
    assert bad_commit.value.type == ErrorType.INVALID_COMMIT
    assert not bad_commit.value.retryable
    assert "allowed_commits must be full commit SHAs" in str(bad_commit.value)

    with pytest.raises(RecallError) as missing:
        await freezer.freeze(freeze_input(tmp_path / "nope.git"))
    assert missing.value.type == ErrorType.REPO_NOT_FOUND
    assert not missing.value.retryable
    assert "fix repos[].location" in str(missing.value)


# --------------------------------------------------------------------------- exact SHAs, real git

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "dev",
    "GIT_AUTHOR_EMAIL": "dev@example.test",
    "GIT_COMMITTER_NAME": "dev",
    "GIT_COMMITTER_EMAIL": "dev@example.test",
}


def git(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], input=stdin, cwd=cwd, env=GIT_ENV, capture_output=True)


def twins_sharing_a_prefix(clone: Path, width: int = 7) -> tuple[str, str]:
    """Two real commits on top of main whose SHAs share their first `width` hex digits."""
    tip = git("rev-parse", "HEAD", cwd=clone).stdout.decode().strip()
    tree = git("rev-parse", "HEAD^{tree}", cwd=clone).stdout.decode().strip()
    seen: dict[str, bytes] = {}
    for attempt in itertools.count():
        body = (
            f"tree {tree}\nparent {tip}\nauthor dev <dev@example.test> 1700000000 +0000\n"
            f"committer dev <dev@example.test> 1700000000 +0000\n\nhotfix attempt {attempt}\n"
        ).encode()
        sha = hashlib.sha1(b"commit %d\0" % len(body) + body).hexdigest()
        twin = seen.setdefault(sha[:width], body)
        if twin is not body:
            shas = []
            for content in (twin, body):
                written = git("hash-object", "-t", "commit", "-w", "--stdin", stdin=content, cwd=clone)
                shas.append(written.stdout.decode().strip())
            assert shas[0][:width] == shas[1][:width] and shas[0] != shas[1]
            return shas[0], shas[1]
    raise AssertionError("unreachable")


async def test_the_allow_list_lets_through_the_exact_commit_and_nothing_sharing_its_prefix(
    tmp_path: Path,
) -> None:
    bare = tmp_path / "app.git"
    create_bare_repo_with_main(bare)
    clone, _ = clone_commit(bare, "unused", tmp_path / "clone")
    git("reset", "--quiet", "--hard", "origin/main", cwd=clone)
    approved, lookalike = twins_sharing_a_prefix(clone)
    freezer = GitHookFreezer()

    with pytest.raises(RecallError, match="full commit SHAs") as prefix:
        await freezer.freeze(freeze_input(bare, [approved[:7]]))
    assert prefix.value.type == ErrorType.INVALID_COMMIT

    await freezer.freeze(freeze_input(bare, [approved]))
    refused = git("push", "origin", f"{lookalike}:refs/heads/main", cwd=clone)
    assert refused.returncode != 0 and b"is not one of them" in refused.stderr
    accepted = git("push", "origin", f"{approved}:refs/heads/main", cwd=clone)
    assert accepted.returncode == 0, accepted.stderr
    assert git(f"--git-dir={bare}", "rev-parse", "main").stdout.decode().strip() == approved


# --------------------------------------------------------------------------- a writer cut off mid-write

# Stands in for ssh: runs the remote command locally, except that the first write to the hook itself gets
# no input at all, as when the worker feeding the pipe is killed before it wrote a byte.
CUT_OFF_SSH = """
import re, shlex, subprocess, sys
from pathlib import Path
marker = Path(sys.argv[1])
script = shlex.split(sys.argv[-1])[2]
writes_hook = "cat >" in script and re.search(r"hooks/pre-receive(?:'|\\n|\\.optout-recall-tmp)", script)
if writes_hook and "optout-recall-previous" not in script and not marker.exists():
    marker.touch()
    sys.exit(subprocess.run(["sh", "-c", script], stdin=subprocess.DEVNULL).returncode)
sys.exit(subprocess.run(["sh", "-c", script]).returncode)
"""

POLICY_HOOK = (
    b"#!/bin/sh\n# site policy: unsigned pushes are refused\necho 'unsigned push refused' >&2\nexit 1\n"
)


def cut_off_freezer(tmp_path: Path, name: str) -> tuple[GitHookFreezer, Path]:
    fake = tmp_path / "cut-off-ssh.py"
    fake.write_text(CUT_OFF_SSH)
    marker = tmp_path / f"cut-{name}"
    return GitHookFreezer(ssh_command=[sys.executable, str(fake), str(marker)]), marker


@pytest.fixture
def policy_repo(tmp_path: Path) -> tuple[Path, Path]:
    bare = tmp_path / "app.git"
    create_bare_repo_with_main(bare)
    hook = bare / "hooks" / "pre-receive"
    hook.write_bytes(POLICY_HOOK)
    hook.chmod(0o750)
    return bare, hook


async def test_a_freeze_cut_off_mid_write_leaves_the_hook_whole_and_its_retry_saves_the_original(
    tmp_path: Path, policy_repo: tuple[Path, Path]
) -> None:
    bare, hook = policy_repo
    freezer, marker = cut_off_freezer(tmp_path, "freeze")
    location = f"ssh://githost{bare}"

    with pytest.raises(RecallError, match="received 0 of") as cut:
        await freezer.freeze(freeze_input(location))
    assert marker.exists() and cut.value.retryable
    assert hook.read_bytes() == POLICY_HOOK  # never an empty hook, not for a moment

    restore_state = await freezer.freeze(freeze_input(location))  # the activity's retry
    assert HookState.from_json(json.loads(restore_state)["previous"]).content == POLICY_HOOK
    frozen = RepoFreeze(
        repo=freeze_input(location).repo, frozen_at=datetime.now(UTC), restore_state=restore_state
    )
    await freezer.unfreeze(INCIDENT, frozen)
    assert hook.read_bytes() == POLICY_HOOK and stat.S_IMODE(hook.stat().st_mode) == 0o750
    assert sorted(p.name for p in hook.parent.iterdir() if "optout-recall" in p.name) == []


async def test_an_unfreeze_cut_off_mid_write_stays_frozen_then_restores_the_exact_bytes(
    tmp_path: Path, policy_repo: tuple[Path, Path]
) -> None:
    bare, hook = policy_repo
    restore_state = await GitHookFreezer().freeze(freeze_input(bare))
    frozen = RepoFreeze(
        repo=freeze_input(bare).repo, frozen_at=datetime.now(UTC), restore_state=restore_state
    )
    frozen.repo.location = f"ssh://githost{bare}"
    freezer, marker = cut_off_freezer(tmp_path, "unfreeze")

    with pytest.raises(RecallError, match="nothing replaced"):
        await freezer.unfreeze(INCIDENT, frozen)
    assert marker.exists()
    clone, _ = clone_commit(
        bare, "unsigned", tmp_path / "clone", publish=False
    )  # its policy refuses the push
    push = git("push", "origin", "HEAD:main", cwd=clone)
    assert push.returncode != 0 and b"deploys are frozen" in push.stderr  # still our hook, whole

    await freezer.unfreeze(INCIDENT, frozen)  # the retry
    assert hook.read_bytes() == POLICY_HOOK
    push = git("push", "origin", "HEAD:main", cwd=clone)
    assert push.returncode != 0 and b"unsigned push refused" in push.stderr  # the policy hook, back


async def test_a_retried_freeze_takes_the_saved_copy_only_if_its_hash_holds(
    tmp_path: Path, policy_repo: tuple[Path, Path]
) -> None:
    bare, hook = policy_repo
    freezer = GitHookFreezer()
    first = await freezer.freeze(freeze_input(bare))
    saved = hook.parent / f"pre-receive.optout-recall-previous.{INCIDENT}"
    saved.write_bytes(b"")  # what the old writer left when cut off: an empty "previous hook"

    with pytest.raises(RecallError, match="not the file 0750") as changed:
        await freezer.freeze(freeze_input(bare))  # a retry that never saw `first`
    assert changed.value.type == ErrorType.HOOK_CHANGED and not changed.value.retryable

    again = freeze_input(bare)
    again.restore_state = first
    assert await freezer.freeze(again) == first  # with the workflow's record, the copy is made whole
    assert saved.read_bytes() == POLICY_HOOK


async def test_freeze_and_unfreeze_heartbeat_as_they_go(
    tmp_path: Path, policy_repo: tuple[Path, Path]
) -> None:
    bare, _ = policy_repo
    beats: list[tuple[object, ...]] = []
    freezer = GitHookFreezer(heartbeat=lambda *details: beats.append(details))
    restore_state = await freezer.freeze(freeze_input(bare))
    frozen_beats = len(beats)
    await freezer.unfreeze(
        INCIDENT,
        RepoFreeze(repo=freeze_input(bare).repo, frozen_at=datetime.now(UTC), restore_state=restore_state),
    )
    assert frozen_beats >= 3 and len(beats) > frozen_beats
