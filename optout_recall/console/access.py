"""Who may do what through the console: the signed-in user (only from a configured header), CSRF, headers.

Every POST needs the CSRF token the page was given, sent back in a header that a cross-site form cannot set,
from this origin. The token is a per-browser anti-forgery value (a double-submit cookie), not a credential: a
statement is authorised only by its Ed25519 signature, which the workflow's validator checks.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from optout_recall.console.gateway import ReplayHistories

CSRF_COOKIE = "recall_console_csrf"
CSRF_HEADER = "x-csrf-token"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")

# Nothing is loaded from elsewhere: scripts, styles, fetches and event streams come from this origin only.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# Reports and transcripts are shown as documents that can run nothing and reach nothing.
ARTIFACT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox"


@dataclass(frozen=True)
class ConsoleSettings:
    """How the console is reached and what it shows; `user_header` is None unless a proxy is trusted."""

    user_header: str | None = None
    bundles_dir: Path | None = None
    bundle_public_key: str | None = None
    replay: ReplayHistories | None = None
    allowed_hosts: tuple[str, ...] = ()
    refresh_seconds: float = 1.0


def current_user(request: Request, settings: ConsoleSettings) -> str | None:
    """The user the trusted proxy names; without a configured header nobody is taken from any header."""
    if settings.user_header is None:
        return None
    value = request.headers.get(settings.user_header, "").strip()
    return value or None


def csrf_token(request: Request) -> str:
    """This browser's token: the cookie it already holds, or a new one the response will set."""
    held = request.cookies.get(CSRF_COOKIE, "")
    return held if _TOKEN.fullmatch(held) else secrets.token_urlsafe(32)


def keep_csrf_cookie(response: Response, token: str) -> None:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")


def post_refusal(request: Request) -> str | None:
    """Why this POST is not from a console page of this origin, or None."""
    origin = request.headers.get("origin")
    if origin is not None and origin != _own_origin(request):
        return f"cross-origin request from {origin} refused"
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return "statements are sent as application/json"
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get(CSRF_HEADER, "")
    if not cookie or not sent or not hmac.compare_digest(cookie.encode(), sent.encode()):
        return "missing or wrong CSRF token; reload the page"
    return None


def _own_origin(request: Request) -> str:
    host = request.headers.get("host", "")
    return f"{request.url.scheme}://{host}"


class SecurityHeaders:
    """Adds the content policy and no-referrer, no-sniff, no-framing headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        artifact = "/artifacts/" in scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = {
                    b"content-security-policy": (ARTIFACT_POLICY if artifact else PAGE_POLICY).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"DENY",
                    b"cache-control": b"no-store",
                }
                headers.extend((k, v) for k, v in extra.items() if k not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
