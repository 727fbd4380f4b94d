"""One HTTP client for the hosted git APIs: authentication, bounded concurrency, errors and rate limits.

Status codes become errors a person can act on: 401 is BadCredentials (permanent, naming the setting to
fix), 403 without a rate limit is Forbidden, 404 NotFound and 422 InvalidRequest are permanent; 409, 5xx and
transport errors are retryable. A rate limit (429, or 403 with Retry-After or an exhausted
x-ratelimit-remaining) is waited out here when short (heartbeating), otherwise raised with `retry_after`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import structlog

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import no_heartbeat, resolve_token, token_setting
from optout_recall.payloads import RepoProvider, RepoTarget

log = structlog.get_logger(__name__)

GITHUB_API = "https://api.github.com"
GITLAB_API = "https://gitlab.com/api/v4"
_MAX_INLINE_RETRIES = 5


@dataclass(frozen=True)
class ApiCall:
    """A request to a hosted git API on behalf of one repository target (for its URL and credentials)."""

    repo: RepoTarget
    method: str
    path: str
    json: Any = None
    params: Mapping[str, str | int] | None = None


def api_base(repo: RepoTarget) -> str:
    if repo.api_url:
        return repo.api_url.rstrip("/")
    return GITHUB_API if repo.provider == RepoProvider.GITHUB else GITLAB_API


def provider_message(response: httpx.Response) -> str:
    """The host's own words for an error (GitHub `message`, GitLab `message` or `error`)."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason_phrase
    if isinstance(body, dict):
        message = body.get("message") or body.get("error") or body
        errors = body.get("errors")
        text = message if isinstance(message, str) else str(message)
        return f"{text} {errors}" if errors else text
    return str(body)[:300]


class RestClient:
    """Authenticated, rate-limit-aware requests; one semaphore per API host bounds requests in flight.

    `heartbeat` is called while a short rate limit is waited out, so the caller knows the call is alive.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        env: Mapping[str, str] | None = None,
        max_concurrent_requests: int = 8,
        max_inline_wait: float = 10.0,
        heartbeat: Callable[..., None] = no_heartbeat,
    ) -> None:
        self._http = http
        self._env = env
        self._limit = max_concurrent_requests
        self._max_inline_wait = max_inline_wait
        self._semaphores: dict[str, asyncio.Semaphore] = {}
        self._heartbeat = heartbeat

    def _headers(self, repo: RepoTarget) -> dict[str, str]:
        token = resolve_token(repo, self._env)
        if repo.provider == RepoProvider.GITLAB:
            return {"PRIVATE-TOKEN": token}
        return {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        }

    async def send(self, call: ApiCall, *, allow: Collection[int] = ()) -> httpx.Response:
        """Send `call`; return the response when it is 2xx or in `allow`, raise RecallError otherwise."""
        base = api_base(call.repo)
        headers = self._headers(call.repo)
        semaphore = self._semaphores.setdefault(base, asyncio.Semaphore(self._limit))
        for _ in range(_MAX_INLINE_RETRIES):
            try:
                async with semaphore:
                    response = await self._http.request(
                        call.method, base + call.path, headers=headers, json=call.json, params=call.params
                    )
            except httpx.TransportError as err:
                raise RecallError(
                    f"{call.repo.provider} API at {base} unreachable: {type(err).__name__}: {err}",
                    ErrorType.HOST_UNREACHABLE,
                    retryable=True,
                ) from None
            if response.is_success:
                return response
            wait = rate_limit_wait(response)
            if wait is None:
                if response.status_code in allow:
                    return response
                raise self._error(call, response)
            if wait > self._max_inline_wait:
                raise RecallError(
                    f"{call.repo.provider} rate limit for repo {call.repo.name!r}: "
                    f"{provider_message(response)}; retrying in {wait:.0f}s",
                    ErrorType.RATE_LIMITED,
                    retry_after=timedelta(seconds=wait),
                )
            log.info("rate limited; waiting", api=base, wait_seconds=round(wait, 1))
            self._heartbeat()
            await asyncio.sleep(wait)
        raise RecallError(
            f"{call.repo.provider} kept rate-limiting repo {call.repo.name!r}",
            ErrorType.RATE_LIMITED,
            retryable=True,
        )

    async def json(self, call: ApiCall, *, allow: Collection[int] = ()) -> Any:
        response = await self.send(call, allow=allow)
        return response.json() if response.content else None

    def _error(self, call: ApiCall, response: httpx.Response) -> RecallError:
        status = response.status_code
        what = f"{call.repo.provider} {call.method} {call.path} -> {status}: {provider_message(response)}"
        if status == 401:
            return RecallError(f"{what}; {token_setting(call.repo)}", ErrorType.BAD_CREDENTIALS)
        if status == 403:
            return RecallError(
                f"{what}; the token for repo {call.repo.name!r} needs admin rights on it "
                "(GitHub: Administration write; GitLab: Maintainer)",
                ErrorType.FORBIDDEN,
            )
        if status == 404:
            return RecallError(
                f"{what}; check repos[].location {call.repo.location!r} and that the token can see it",
                ErrorType.NOT_FOUND,
            )
        if status in (400, 422):
            return RecallError(what, ErrorType.INVALID_REQUEST)
        return RecallError(what, ErrorType.HOST_ERROR, retryable=True)


def rate_limit_wait(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds to wait when `response` is a rate limit (GitHub and GitLab conventions), else None."""
    status = response.status_code
    headers = response.headers
    if status not in (403, 429):
        return None
    now = time.time() if now is None else now
    retry_after = headers.get("retry-after")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(retry_after).timestamp() - now)
            except (TypeError, ValueError):
                return 60.0
    reset = headers.get("x-ratelimit-reset") or headers.get("ratelimit-reset")
    exhausted = headers.get("x-ratelimit-remaining") == "0" or headers.get("ratelimit-remaining") == "0"
    if reset and (exhausted or status == 429):
        try:
            return max(0.0, float(reset) - now)
        except ValueError:
            return 60.0
    if status == 429 or "secondary rate limit" in response.text.lower():
        return 60.0  # GitHub: without Retry-After, wait at least a minute
    return None
