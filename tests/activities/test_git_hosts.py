"""The plain git freeze with the real git binary: pushes refused, hotfix let through, hook restored."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.git_hosts import GitHostActivities
from optout_recall.freeze.git import clone_commit, create_bare_repo_with_main
from optout_recall.payloads import (
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
    RepoUnfreezeInput,
)

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "dev",
    "GIT_AUTHOR_EMAIL": "dev@example.test",
    "GIT_COMMITTER_NAME": "dev",
    "GIT_COMMITTER_EMAIL": "dev@example.test",
}
INCIDENT = "INC-2024-017"
COMMANDER = "Dana O'Neil"  # a quote in the name must survive the hook's shell quoting


def git(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env or GIT_ENV, capture_output=True, text=True)


def commit(clone: Path, message: str) -> str:
    (clone / "CHANGES.md").write_text(message + "\n")
    git("add", "CHANGES.md", cwd=clone)
    git("commit", "--quiet", "-m", message, cwd=clone)
    return git("rev-parse", "HEAD", cwd=clone).stdout.strip()


def push(
    clone: Path, refspec: str = "HEAD:main", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return git("push", "origin", refspec, cwd=clone, env=env)


def tip(bare: Path, ref: str = "main") -> str:
    return git(f"--git-dir={bare}", "rev-parse", ref).stdout.strip()


@pytest.fixture
def bare(tmp_path: Path) -> Path:
    path = tmp_path / "service.git"
    create_bare_repo_with_main(path)
    return path


@pytest.fixture
def activities() -> GitHostActivities:
    return GitHostActivities(env={})


def freeze_input(location: str, allowed: list[str] | None = None, restore_state: str = "") -> RepoFreezeInput:
    return RepoFreezeInput(
        incident_id=INCIDENT,
        commander=COMMANDER,
        repo=RepoTarget(name="service", provider=RepoProvider.GIT, location=location),
        allowed_commits=allowed or [],
        restore_state=restore_state,
    )


async def freeze(acts: GitHostActivities, input: RepoFreezeInput) -> RepoFreeze:
    return await ActivityEnvironment().run(acts.freeze_repo, input)


async def unfreeze(acts: GitHostActivities, frozen: RepoFreeze, incident: str = INCIDENT) -> None:
    await ActivityEnvironment().run(
        acts.unfreeze_repo, RepoUnfreezeInput(incident_id=incident, freeze=frozen)
    )


async def test_push_refused_while_frozen_hotfix_through_and_pushes_work_after(
    activities: GitHostActivities, bare: Path, tmp_path: Path
) -> None:
    clone, _ = clone_commit(bare, "work before the freeze", tmp_path / "clone")
    assert push(clone).returncode == 0

    frozen = await freeze(activities, freeze_input(str(bare)))
    blocked = commit(clone, "an ordinary change")
    refused = push(clone)
    assert refused.returncode != 0
    assert "pre-receive hook declined" in refused.stderr
    assert f"deploys are frozen for incident {INCIDENT} (commander: {COMMANDER})" in refused.stderr
    assert tip(bare) != blocked

    git("reset", "--quiet", "--hard", "HEAD~1", cwd=clone)
    hotfix = commit(clone, "the approved hotfix")
    relaxed = await ActivityEnvironment().run(
        activities.allow_hotfix, freeze_input(str(bare), [hotfix], frozen.restore_state)
    )
    assert relaxed.restore_state == frozen.restore_state
    accepted = push(clone)
    assert accepted.returncode == 0, accepted.stderr
    assert "approved hotfix" in accepted.stderr
    assert tip(bare) == hotfix

    after_hotfix = commit(clone, "not approved, on top of the hotfix")
    assert push(clone).returncode != 0
    assert tip(bare) == hotfix

    await unfreeze(activities, relaxed)
    assert push(clone).returncode == 0
    assert tip(bare) == after_hotfix
    assert not (bare / "hooks" / "pre-receive").exists()
    assert not list((bare / "hooks").glob("*optout-recall*"))


async def test_only_frozen_branches_are_blocked_and_deletion_is_refused(
    activities: GitHostActivities, bare: Path, tmp_path: Path
) -> None:
    clone, _ = clone_commit(bare, "feature work", tmp_path / "clone")
    assert push(clone, "HEAD:refs/heads/doomed").returncode == 0
    input = freeze_input(str(bare))
    input.repo.branches = ["main", "doomed"]
    await freeze(activities, input)

    assert push(clone, "HEAD:refs/heads/feature").returncode == 0
    deleted = push(clone, ":refs/heads/doomed")
    assert deleted.returncode != 0
    assert "deleting refs/heads/doomed is refused" in deleted.stderr
    assert tip(bare, "doomed")


async def test_previous_hook_chained_while_frozen_and_restored_byte_for_byte(
    activities: GitHostActivities, bare: Path, tmp_path: Path
) -> None:
    hook = bare / "hooks" / "pre-receive"
    log = tmp_path / "policy.log"
    original = f"#!/bin/sh\n# site policy hook\ncat >> {log}\nexit 0\n".encode() + b"\xff\x00 binary tail\n"
    hook.write_bytes(original)
    hook.chmod(0o750)

    frozen = await freeze(activities, freeze_input(str(bare)))
    state = json.loads(frozen.restore_state)
    assert state["previous"]["mode"] == "0750"
    clone, hotfix = clone_commit(bare, "hotfix", tmp_path / "clone")
    await ActivityEnvironment().run(
        activities.allow_hotfix, freeze_input(str(bare), [hotfix], frozen.restore_state)
    )
    assert push(clone).returncode == 0
    assert hotfix in log.read_text()  # the site's own policy hook still ran while frozen

    await unfreeze(activities, frozen)
    assert hook.read_bytes() == original
    assert stat.S_IMODE(hook.stat().st_mode) == 0o750
    assert not list((bare / "hooks").glob("*optout-recall*"))


async def test_freeze_twice_and_after_a_crash_keeps_the_original_hook(
    activities: GitHostActivities, bare: Path
) -> None:
    hook = bare / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\nexit 0\n")
    hook.chmod(0o755)

    first = await freeze(activities, freeze_input(str(bare)))
    # A retry after a crash mid-call: the workflow never saw `first`, so it passes no restore state.
    second = await freeze(activities, freeze_input(str(bare)))
    assert second.restore_state == first.restore_state
    assert "optout-recall-incident" in hook.read_text()

    await unfreeze(activities, second)
    await unfreeze(activities, second)  # unfreeze is idempotent too
    assert hook.read_text() == "#!/bin/sh\nexit 0\n"


async def test_nested_incidents_unfreeze_in_order_and_hand_edits_are_not_clobbered(
    activities: GitHostActivities, bare: Path
) -> None:
    first = await freeze(activities, freeze_input(str(bare)))
    other = freeze_input(str(bare))
    other.incident_id = "INC-2024-018"
    second = await freeze(activities, other)

    with pytest.raises(ApplicationError) as nested:
        await unfreeze(activities, first)
    assert nested.value.type == "FreezeNested"
    assert not nested.value.non_retryable

    await unfreeze(activities, second, "INC-2024-018")
    await unfreeze(activities, first)
    hook = bare / "hooks" / "pre-receive"
    assert not hook.exists()

    again = await freeze(activities, freeze_input(str(bare)))
    hook.write_text("#!/bin/sh\n# edited by a person during the freeze\nexit 0\n")
    with pytest.raises(ApplicationError) as changed:
        await unfreeze(activities, again)
    assert changed.value.type == "HookChanged"
    assert changed.value.non_retryable
    assert "edited by a person" in hook.read_text()


async def test_core_hooks_path_is_honoured(activities: GitHostActivities, bare: Path, tmp_path: Path) -> None:
    hooks = tmp_path / "shared-hooks"
    git(f"--git-dir={bare}", "config", "core.hooksPath", str(hooks))
    frozen = await freeze(activities, freeze_input(str(bare)))
    assert (hooks / "pre-receive").exists()
    clone, _ = clone_commit(bare, "blocked", tmp_path / "clone")
    assert push(clone).returncode != 0
    await unfreeze(activities, frozen)
    assert push(clone).returncode == 0


async def test_freeze_over_ssh_runs_the_same_commands_through_the_ssh_command(
    bare: Path, tmp_path: Path
) -> None:
    # A stand-in for ssh that runs the remote command locally, as sshd would on the git host.
    fake_ssh = tmp_path / "fake-ssh"
    calls = tmp_path / "ssh-calls"
    fake_ssh.write_text(
        f'#!/bin/sh\nwhile [ "$#" -gt 2 ]; do shift; done\necho "$1" >> {calls}\nexec sh -c "$2"\n'
    )
    fake_ssh.chmod(0o755)
    acts = GitHostActivities(env={}, ssh_command=[str(fake_ssh)])
    location = f"ssh://git@githost.example:2222{bare}"

    frozen = await freeze(acts, freeze_input(location))
    assert "git@githost.example" in calls.read_text()
    ssh_env = {**GIT_ENV, "GIT_SSH_COMMAND": str(fake_ssh), "GIT_SSH_VARIANT": "ssh"}
    clone = tmp_path / "clone"
    assert git("clone", "--quiet", location, str(clone), env=ssh_env).returncode == 0
    commit(clone, "over ssh")
    refused = push(clone, env=ssh_env)
    assert INCIDENT in refused.stderr
    assert refused.returncode != 0

    await unfreeze(acts, frozen)
    assert push(clone, env=ssh_env).returncode == 0


async def test_bad_location_and_bad_commits_fail_permanently(
    activities: GitHostActivities, tmp_path: Path
) -> None:
    with pytest.raises(ApplicationError) as missing:
        await freeze(activities, freeze_input(str(tmp_path / "nope.git")))
    assert missing.value.type == "RepoNotFound"
    assert missing.value.non_retryable

    not_a_repo = tmp_path / "plain-dir"
    not_a_repo.mkdir()
    with pytest.raises(ApplicationError) as plain:
        await freeze(activities, freeze_input(str(not_a_repo)))
    assert plain.value.type == "RepoNotFound"

    with pytest.raises(ApplicationError) as bad:
        await freeze(activities, freeze_input(str(not_a_repo), ["main; rm -rf /"]))
    assert bad.value.type == "InvalidCommit"
    assert bad.value.non_retryable
