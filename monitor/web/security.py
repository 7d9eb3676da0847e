"""Operator login, sessions, CSRF tokens and the login rate limit.

Sessions are Starlette's signed cookies (itsdangerous): HttpOnly, SameSite=Lax, ``Secure``
when the dashboard is served over https. Every POST carries the session's CSRF token in a
form field, compared in constant time. Failed logins are limited per client address.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from typing import Any

from starlette.requests import Request

SESSION_COOKIE = "stancewatch_session"


def session_key(password: Any) -> str:
    """The cookie-signing key: derived from the password (so changing it logs everyone out),
    random per process when there is none (there is nobody to log in then anyway)."""
    if password is None:
        return secrets.token_hex(32)
    return hmac.new(password.reveal().encode(), b"stancewatch-session-v1", hashlib.sha256).hexdigest()


def check_password(configured: Any, given: str) -> bool:
    if configured is None:
        return False
    return hmac.compare_digest(configured.reveal().encode(), given.encode())


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def csrf_ok(request: Request, form_value: Any) -> bool:
    expected = request.session.get("csrf")
    return bool(expected) and isinstance(form_value, str) and hmac.compare_digest(str(expected), form_value)


def is_operator(request: Request) -> bool:
    return request.session.get("operator") is True


def safe_next(value: Any) -> str:
    """Only same-site paths after login (no ``//host`` or ``\\\\host`` open redirects)."""
    if isinstance(value, str) and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


class LoginLimiter:
    """At most ``limit`` failed logins per ``window`` seconds per client address."""

    def __init__(self, limit: int = 5, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        q = self._failures.setdefault(client, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, client: str) -> float:
        """Seconds until ``client`` may try again (0 when it may now)."""
        now = time.monotonic()
        with self._lock:
            q = self._recent(client, now)
            return q[0] + self.window - now if len(q) >= self.limit else 0.0

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(client, now).append(now)
            if len(self._failures) > 10_000:  # bound memory under a spray of addresses
                for key in [k for k, v in self._failures.items() if not v]:
                    del self._failures[key]

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)
