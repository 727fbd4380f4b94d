"""The one reader of a secret a spec names: a variable (stripped, empty is unset), else a file; every failure
names the variable or file and the spec field, never a value, raised as the caller's own error."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_recall.credentials import SecretUnreadable, read_secret
from optout_recall.errors import ErrorType, RecallError


def test_a_variable_is_stripped_and_a_file_read_when_the_variable_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_secret("token", "token", env="T", file=None, environ={"T": " tok-1\n"}) == "tok-1"
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "token").write_text("tok-2\n")
    assert read_secret("token", "token", env="T", file="~/token", environ={"T": "  "}) == "tok-2"
    assert read_secret("token", "token", env=None, file=None, environ={}) is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot read the bearer token file {path} named by token_file: No such file or directory"),
        (b"\n \n", "the bearer token file {path} named by token_file is empty"),
        (b"\xff\xfe\xfa", "cannot read the bearer token file {path} named by token_file: not text"),
    ],
)
def test_a_file_that_cannot_be_read_as_a_secret_is_refused_naming_it(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "token"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SecretUnreadable) as refused:
        read_secret("bearer token", "token", env=None, file=str(path), environ={})
    assert str(refused.value) == expected.format(path=path)


def test_a_missing_variable_is_the_callers_error_naming_it_and_the_field_never_a_value() -> None:
    with pytest.raises(RecallError) as refused:
        read_secret(
            "webhook URL",
            "escalation.webhook",
            env="HOOK",
            file=None,
            environ={"OTHER": "https://hooks.example/secret"},
            error=lambda message: RecallError(message, ErrorType.BAD_WEBHOOK),
        )
    assert str(refused.value) == (
        "the worker has no HOOK, named by escalation.webhook_env; set it to the webhook URL where the worker runs"
    )
    assert refused.value.type == ErrorType.BAD_WEBHOOK and not refused.value.retryable
    with pytest.raises(SecretUnreadable, match=r"^this process has no PW, named by recall_password_env; "):
        read_secret("password", "recall_password", env="PW", file=None, environ={}, reader="this process")
