"""Freeze a plain git repository with a server-side pre-receive hook.

The repository is a bare repository reachable as a local path (`/srv/git/app.git`, `file:///srv/git/app.git`)
or over SSH (`ssh://git@host:2222/srv/git/app.git`, `git@host:srv/git/app.git`). Every change is made by a
few POSIX shell commands run with `sh -c`, locally or through `ssh`, so the same code path is exercised by the
local tests and used against a remote host.

While frozen, the hook refuses any push that updates or deletes a frozen ref, naming the incident and the
commander, unless the pushed tip is exactly one of the approved-hotfix commits (full SHAs, never prefixes). The
hook that was there before is kept: byte-for-byte (content and mode, or symlink target, or "absent") in the
restore state the workflow holds, and as a copy beside the hook (`pre-receive.optout-recall-previous.<incident>`)
that our hook chains to, so existing policy hooks keep running. Our hook records that copy's sha256, so a freeze
retried after a crash takes the copy only if it is exactly what was saved.

Every write is atomic and checked: the content goes to a temporary file beside the target, whose length and
sha256 are compared with what was sent before it is fsynced and renamed into place. A writer cut off mid-way
(a killed worker closes the pipe early) leaves the old file in place, never an empty or truncated hook; the
previous hook is saved before ours is installed, and unfreeze reads back what it restored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shlex
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import structlog

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import load_restore_state, no_heartbeat
from optout_recall.freeze.git_hook import (
    PREVIOUS_SUFFIX,
    TMP_SUFFIX,
    HookState,
    incident_slug,
    normalize_commits,
    render_hook,
    write_script,
)
from optout_recall.payloads import HotfixCommit, RepoFreeze, RepoFreezeInput, RepoTarget

log = structlog.get_logger(__name__)

_SCP_LIKE = re.compile(r"^(?:(?P<user>[^@/]+)@)?(?P<host>[^:/]+):(?P<path>.+)$")
_NOT_A_REPO = 3
# `git log --shortstat`: " 3 files changed, 10 insertions(+), 2 deletions(-)"; a part is left out when 0.
_SHORTSTAT = re.compile(r"(\d+) (file|insertion|deletion)s?\b")
_NO_SHA256_TOOL = 5  # exit 4 (what arrived is not what was sent) is retried like any failed command


# --------------------------------------------------------------------------- where the repository is


@dataclass(frozen=True)
class GitLocation:
    """A bare repository: a local path, or a path on an SSH host."""

    path: str
    ssh_host: str | None = None
    ssh_port: int | None = None

    @classmethod
    def parse(cls, location: str) -> GitLocation:
        if location.startswith("file://"):
            return cls(path=location.removeprefix("file://"))
        if location.startswith("ssh://"):
            rest = location.removeprefix("ssh://")
            authority, _, path = rest.partition("/")
            host, port = authority, None
            if ":" in authority.rpartition("@")[2]:
                host, _, port_text = authority.rpartition(":")
                port = int(port_text)
            # ssh://host/~/repo.git means a path relative to the home directory, as git reads it.
            return cls(path=path[1:] if path.startswith("~/") else "/" + path, ssh_host=host, ssh_port=port)
        scp = _SCP_LIKE.match(location)
        if scp and not location.startswith(("/", ".")):
            user = scp.group("user")
            host = f"{user}@{scp.group('host')}" if user else scp.group("host")
            return cls(path=scp.group("path"), ssh_host=host)
        return cls(path=location)

    def __str__(self) -> str:
        if self.ssh_host is None:
            return self.path
        port = f":{self.ssh_port}" if self.ssh_port else ""
        return f"ssh://{self.ssh_host}{port}/{self.path.lstrip('/')}"


# --------------------------------------------------------------------------- the provider


class GitHookFreezer:
    """Freeze bare repositories by installing a pre-receive hook (see the module docstring).

    `heartbeat` is called after every command on the repository and every two seconds while one runs.
    """

    def __init__(
        self,
        *,
        ssh_command: Sequence[str] = ("ssh",),
        command_timeout: float = 60.0,
        heartbeat: Callable[..., None] = no_heartbeat,
    ) -> None:
        self._ssh_command = list(ssh_command)
        self._timeout = command_timeout
        self._heartbeat = heartbeat

    async def find_commit(self, repo: RepoTarget, sha: str) -> HotfixCommit:
        location = GitLocation.parse(repo.location)
        script = (
            f"cd {shlex.quote(location.path)} 2>/dev/null || {{ echo 'no such directory' >&2; exit 3; }}\n"
            "if [ -d .git ]; then GIT_DIR=.git; else GIT_DIR=.; fi; export GIT_DIR\n"
            # The author, then the diff stat against the first parent (a merge's too; none for an empty commit).
            f"if git cat-file -e {sha}^{{commit}} 2>/dev/null; then "
            f"git log -1 --format=%an%x00%ae%x00 --shortstat -m --first-parent {sha}; "
            "else printf 'missing'; fi\n"
        )
        out = (await self._run(location, script)).decode("utf-8", "replace").strip()
        if out == "missing" or "\0" not in out:
            return HotfixCommit(
                repo_name=repo.name, sha=sha, found=False, detail=f"no commit {sha} in {location}"
            )
        name, _, rest = out.partition("\0")
        email, _, shortstat = rest.partition("\0")
        counts = {kind: int(n) for n, kind in _SHORTSTAT.findall(shortstat)}
        return HotfixCommit(
            repo_name=repo.name,
            sha=sha,
            found=True,
            author_name=name,
            author_email=email,
            files_changed=counts.get("file", 0),
            insertions=counts.get("insertion", 0),
            deletions=counts.get("deletion", 0),
        )

    # ----- the three operations

    async def freeze(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        """Install the hook; a retry finds what was there first in the saved copy, so needs no resume details."""
        allowed = normalize_commits(input.allowed_commits)
        location = GitLocation.parse(input.repo.location)
        hook_path = await self._hook_path(location)
        slug = incident_slug(input.incident_id)
        saved_path = f"{hook_path}{PREVIOUS_SUFFIX}{slug}"
        current = await self._read(location, hook_path)
        if current.incident_slug == slug:
            # Already frozen by this incident (a retry, a second freeze, or allow_hotfix): keep what was
            # there before our hook, from the workflow's record when it has one, else from the saved copy.
            previous = await self._saved_previous(
                location, current, saved_path, input.restore_state, hook_path
            )
        else:
            # Saved (checked) before anything else changes, so the copy is whole before our hook names it.
            previous = current
            await self._write(location, saved_path, previous)
        hook = render_hook(input.incident_id, input.commander, input.repo.branches, allowed, previous)
        await self._write(location, hook_path, HookState("file", hook, 0o755))
        log.info(
            "froze git repository",
            location=str(location),
            hook=hook_path,
            previous_hook=previous.descriptor,
            allowed_commits=len(allowed),
        )
        return json.dumps(
            {"provider": "git", "v": 2, "hook_path": hook_path, "previous": previous.to_json()},
            sort_keys=True,
        )

    async def allow_hotfix(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        """Rewrite the hook with the new allow-list; the freeze itself stays."""
        return await self.freeze(input)

    async def unfreeze(self, incident_id: str, freeze: RepoFreeze) -> None:
        """Put back exactly the bytes that were there, read them back, then drop the saved copy."""
        location = GitLocation.parse(freeze.repo.location)
        state = _load_state(freeze.restore_state)
        hook_path = str(state["hook_path"])
        previous = HookState.from_json(state["previous"])
        slug = incident_slug(incident_id)
        saved_path = f"{hook_path}{PREVIOUS_SUFFIX}{slug}"
        current = await self._read(location, hook_path)
        if current == previous:
            pass  # restored already (a retry after a crash between restoring and cleaning up)
        elif current.incident_slug == slug or current.kind == "absent":
            await self._write(location, hook_path, previous)
            restored = await self._read(location, hook_path)
            if restored != previous:
                raise RecallError(
                    f"{location}: {hook_path} reads back as {restored.descriptor} after restoring "
                    f"{previous.descriptor}; put back the previous hook by hand (its bytes are in the "
                    "freeze's restore_state)",
                    ErrorType.HOOK_CHANGED,
                )
        else:
            other = current.incident_slug
            if other is not None:
                raise RecallError(
                    f"{location}: the pre-receive hook now belongs to incident {other}, frozen after "
                    f"{incident_id}; it restores {incident_id}'s hook when it unfreezes, then this retry "
                    "succeeds",
                    ErrorType.FREEZE_NESTED,
                    retryable=True,
                )
            raise RecallError(
                f"{location}: {hook_path} was changed by someone else during the freeze; not overwriting "
                "it. Check it, then put back the previous hook by hand if needed",
                ErrorType.HOOK_CHANGED,
            )
        await self._write(location, saved_path, HookState("absent"))
        # Temporary files of writers cut off by SIGKILL (the checked ones clean up after themselves).
        await self._run(
            location, f"rm -f {shlex.quote(hook_path + TMP_SUFFIX)}* {shlex.quote(saved_path + TMP_SUFFIX)}*"
        )
        log.info("unfroze git repository", location=str(location), restored_hook=previous.descriptor)

    # ----- reading state

    async def _saved_previous(
        self, location: GitLocation, ours: HookState, saved_path: str, restore_state: str, hook_path: str
    ) -> HookState:
        """What our installed hook replaced: the workflow's record, else the saved copy if its hash holds."""
        recorded = ours.recorded_previous
        saved = await self._read(location, saved_path)
        from_state = self._previous_from_state(restore_state, hook_path)
        if from_state is not None:
            if saved != from_state:
                await self._write(location, saved_path, from_state)  # the chained copy, made whole again
            return from_state
        if recorded is not None and saved.descriptor != recorded:
            raise RecallError(
                f"{location}: the saved copy of the hook that was there before the freeze ({saved_path}) is "
                f"{saved.descriptor}, not the {recorded} the freeze recorded; restore the original hook by "
                "hand, remove our hook, then freeze again",
                ErrorType.HOOK_CHANGED,
            )
        return saved

    @staticmethod
    def _previous_from_state(restore_state: str, hook_path: str) -> HookState | None:
        if not restore_state:
            return None
        state = _load_state(restore_state)
        if state.get("hook_path") != hook_path:
            return None
        return HookState.from_json(state["previous"])

    # ----- shell commands, run locally or over SSH

    async def _hook_path(self, location: GitLocation) -> str:
        script = (
            f"cd {shlex.quote(location.path)} 2>/dev/null || {{ echo 'no such directory' >&2; exit 3; }}\n"
            "if [ -d .git ]; then GIT_DIR=.git; else GIT_DIR=.; fi; export GIT_DIR\n"
            "git rev-parse --git-dir >/dev/null 2>&1 || { echo 'not a git repository' >&2; exit 3; }\n"
            "hook=$(git rev-parse --git-path hooks/pre-receive) || exit 1\n"
            'case "$hook" in /*) ;; *) hook="$(pwd)/$hook" ;; esac\n'
            "printf '%s' \"$hook\"\n"
        )
        out = await self._run(location, script)
        return out.decode()

    async def _read(self, location: GitLocation, path: str) -> HookState:
        p = shlex.quote(path)
        script = (
            f"if [ -L {p} ]; then printf 'symlink\\n'; readlink {p}\n"
            f"elif [ -f {p} ]; then ls -ld {p} | cut -c1-10; cat {p}\n"
            "else printf 'absent\\n'; fi\n"
        )
        out = await self._run(location, script)
        header, _, body = out.partition(b"\n")
        if header == b"symlink":
            return HookState("symlink", target=body.decode().rstrip("\n"))
        if header == b"absent":
            return HookState("absent")
        return HookState("file", body, _parse_mode(header.decode()))

    async def _write(self, location: GitLocation, path: str, state: HookState) -> None:
        """Replace what is at `path` atomically and checked (see `write_script`)."""
        await self._run(
            location, write_script(path, state), stdin=state.content if state.kind == "file" else b""
        )

    async def _run(self, location: GitLocation, script: str, stdin: bytes = b"") -> bytes:
        if location.ssh_host is None:
            argv = ["sh", "-c", script]
        else:
            port = ["-p", str(location.ssh_port)] if location.ssh_port else []
            argv = [*self._ssh_command, *port, location.ssh_host, "sh -c " + shlex.quote(script)]
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        communicate = asyncio.ensure_future(proc.communicate(stdin))
        deadline = asyncio.get_running_loop().time() + self._timeout
        try:
            while not communicate.done():
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    raise TimeoutError
                await asyncio.wait({communicate}, timeout=min(2.0, remaining))
                self._heartbeat()
        except (TimeoutError, asyncio.CancelledError) as stopped:
            # A checked write cut off here replaces nothing; a finished one is whole. Closing its input ends
            # a `cat` that outlives the killed shell, so it fails its check and removes its temporary file.
            communicate.cancel()
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            if proc.stdin is not None:
                proc.stdin.close()
            await proc.wait()
            if isinstance(stopped, asyncio.CancelledError):
                raise
            raise RecallError(
                f"{location}: hook command timed out after {self._timeout:.0f}s",
                ErrorType.GIT_HOST_TIMEOUT,
                retryable=True,
            ) from None
        out, err = communicate.result()
        message = err.decode("utf-8", "replace").strip()
        if proc.returncode == _NOT_A_REPO:
            raise RecallError(
                f"{location}: {message}; fix repos[].location (a bare repository path or ssh URL)",
                ErrorType.REPO_NOT_FOUND,
            )
        if proc.returncode == 255 and location.ssh_host is not None:
            raise RecallError(
                f"{location}: ssh failed: {message}", ErrorType.GIT_HOST_UNREACHABLE, retryable=True
            )
        if proc.returncode == _NO_SHA256_TOOL:
            raise RecallError(f"{location}: {message}", ErrorType.GIT_HOOK_COMMAND_FAILED)
        if proc.returncode != 0:
            raise RecallError(
                f"{location}: hook command failed ({proc.returncode}): {message}",
                ErrorType.GIT_HOOK_COMMAND_FAILED,
                retryable=True,
            )
        return out


def _parse_mode(permissions: str) -> int:
    """`-rwxr-xr-x` (from `ls -ld`, portable across GNU and BSD) to 0o755."""
    mode = 0
    for index, char in enumerate(permissions[1:10]):
        if char not in "-ST":
            mode |= 1 << (8 - index)
    return mode


def _load_state(restore_state: str) -> dict[str, Any]:
    return load_restore_state(
        restore_state, "git", "git", lambda state: "hook_path" in state and "previous" in state
    )


# --------------------------------------------------------------------------- demo and test helper

_IDENTITY = {
    "GIT_AUTHOR_NAME": "optout-recall",
    "GIT_AUTHOR_EMAIL": "optout-recall@localhost",
    "GIT_COMMITTER_NAME": "optout-recall",
    "GIT_COMMITTER_EMAIL": "optout-recall@localhost",
}


def create_bare_repo_with_main(path: Path, message: str = "initial commit") -> str:
    """Create a bare repository at `path` with one commit on `main`; return that commit's id.

    For demos and tests: works without any global git configuration.
    """
    env = {**os.environ, **_IDENTITY}

    def git(*args: str, stdin: bytes = b"") -> str:
        return (
            subprocess.run(
                ["git", f"--git-dir={path}", *args], input=stdin, env=env, check=True, capture_output=True
            )
            .stdout.decode()
            .strip()
        )

    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "--quiet", "--bare", str(path)], env=env, check=True, capture_output=True)
    git("symbolic-ref", "HEAD", "refs/heads/main")
    blob = git("hash-object", "-w", "--stdin", stdin=b"# demo service\n")
    tree = git("mktree", stdin=f"100644 blob {blob}\tREADME.md\n".encode())
    commit = git("commit-tree", tree, "-m", message)
    git("update-ref", "refs/heads/main", commit)
    return commit


def clone_commit(
    bare: Path, message: str, workdir: Path | None = None, *, publish: bool = True
) -> tuple[Path, str]:
    """Clone `bare`, add a commit on main and (with `publish`) push it to a review branch; return clone and id."""
    env = {**os.environ, **_IDENTITY}
    clone = Path(workdir or tempfile.mkdtemp(prefix="optout-recall-clone-"))
    subprocess.run(
        ["git", "clone", "--quiet", str(bare), str(clone)], env=env, check=True, capture_output=True
    )
    (clone / "CHANGES.md").write_text(message + "\n")
    subprocess.run(["git", "-C", str(clone), "add", "CHANGES.md"], env=env, check=True, capture_output=True)
    subprocess.run(
        ["git", "-C", str(clone), "commit", "--quiet", "-m", message],
        env=env,
        check=True,
        capture_output=True,
    )
    sha = (
        subprocess.run(
            ["git", "-C", str(clone), "rev-parse", "HEAD"], env=env, check=True, capture_output=True
        )
        .stdout.decode()
        .strip()
    )
    # Published for review, as a hotfix under review is: on a branch of its own, which no freeze covers.
    if not publish:
        return clone, sha
    subprocess.run(
        ["git", "-C", str(clone), "push", "--quiet", "origin", f"HEAD:refs/heads/review/{sha[:12]}"],
        env=env,
        check=True,
        capture_output=True,
    )
    return clone, sha
