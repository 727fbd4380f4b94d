"""The pre-receive-hook freeze called directly, as any caller outside Temporal would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze.git import GitHookFreezer, create_bare_repo_with_main
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
    assert "allowed_commits must be commit ids" in str(bad_commit.value)

    with pytest.raises(RecallError) as missing:
        await freezer.freeze(freeze_input(tmp_path / "nope.git"))
    assert missing.value.type == ErrorType.REPO_NOT_FOUND
    assert not missing.value.retryable
    assert "fix repos[].location" in str(missing.value)
