"""The Starlette application served by ``stancewatch run``: pages, JSON API, Atom, health, metrics.

Handlers are thin: they parse the request, call ``storage.repo`` (or the rules engine of
``monitor.ruletest``) and render. Everything from feeds and pages is escaped by Jinja2's
autoescape or :mod:`monitor.web.render`; no page runs a script (the CSP forbids them).

Reading is open; accepting or dismissing a shift and trying the rules need the operator
login (``dashboard.password``), and every POST carries a CSRF token (see ``security``).
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as dtime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from monitor.errors import FetchError, NotFound, StancewatchError
from storage import repo

from . import atom, openapi, render, security
from .metrics import make_registry

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50
MAX_TRY_BYTES = 500_000
MAX_ID = 2**62  # larger ids cannot exist (and overflow SQLite's integers)
SEVERITIES = ("alleged", "confirmed")
STATUSES = ("open", "accepted", "dismissed")

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class ApiError(Exception):
    """An error a handler reports to the client: ``{"error": {"type", "message"}}`` or a page."""

    def __init__(self, status: int, type_: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.type, self.message, self.headers = status, type_, message, headers


_STATUS_TYPES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 429: "too_many_requests",
                 500: "internal", 503: "unavailable"}


def _app_version() -> str:
    try:
        return version("stancewatch")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


# --- request parsing -------------------------------------------------------------------------


def _parse_when(value: str, key: str, *, end: bool) -> datetime:
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return datetime.combine(d, dtime.max if end else dtime.min, tzinfo=UTC)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, "bad_request", f"{key}: {value!r} is not a date like 2026-05-14") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _int(value: str | None, key: str, default: int, lo: int, hi: int, *, strict: bool = False) -> int:
    """A query parameter as an int in [lo, hi]; an empty value is the default unless ``strict``."""
    if value is None or (value == "" and not strict):
        return default
    try:
        n = int(value)  # type: ignore[arg-type]
    except ValueError:
        raise ApiError(400, "bad_request", f"{key}: {value!r} is not an integer") from None
    if not lo <= n <= hi:
        raise ApiError(400, "bad_request", f"{key}: {n} is not between {lo} and {hi}")
    return n


@dataclass
class Filters:
    topic: str | None = None
    signal: str | None = None
    severity: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, q: Any, *, default_status: str | None, strict: bool = False) -> Filters:
        """Filters from query parameters; ``strict`` (the API) refuses empty enum/date values,
        which the HTML form sends for "all"."""
        if strict:
            for key in ("severity", "status", "since", "until"):
                if q.get(key) == "":
                    raise ApiError(400, "bad_request", f"{key}: must not be empty (leave it out for all)")
        f = cls(topic=q.get("topic") or None, signal=q.get("signal") or None,
                severity=q.get("severity") or None, status=q.get("status", default_status) or None,
                since=q.get("since") or None, until=q.get("until") or None)
        if f.severity and f.severity not in SEVERITIES:
            raise ApiError(400, "bad_request", f"severity: {f.severity!r} is not one of: {', '.join(SEVERITIES)}")
        if f.status == "all":
            f.status = None
        if f.status and f.status not in STATUSES:
            raise ApiError(400, "bad_request", f"status: {f.status!r} is not one of: {', '.join(STATUSES)}, all")
        f.query()  # validate dates now
        return f

    def query(self) -> dict[str, Any]:
        return {"topic": self.topic, "signal": self.signal, "severity": self.severity, "status": self.status,
                "since": _parse_when(self.since, "since", end=False) if self.since else None,
                "until": _parse_when(self.until, "until", end=True) if self.until else None}

    def params(self, **extra: Any) -> str:
        items = {k: v for k, v in vars(self).items() if v}
        if not self.status:
            items["status"] = "all"
        items.update({k: v for k, v in extra.items() if v})
        return urlencode(items)


# --- security and timing middleware ----------------------------------------------------------


def _route_label(path: str) -> str:
    if path.startswith("/static/"):
        return "/static"
    if path.startswith("/feeds/topics/"):
        return "/feeds/topics/{id}.atom"
    if path.startswith("/topics/"):
        return "/topics/{id}"
    return re.sub(r"/\d+", "/{id}", path)[:60]


class HeadersAndTiming:
    """Adds the security headers to every response and times it for ``/metrics``."""

    def __init__(self, app: ASGIApp, latency: Any, known: set[str]) -> None:
        self.app, self.latency, self.known = app, latency, known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 500}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            label = _route_label(scope["path"])
            if label not in self.known and not label.startswith(("/shifts/", "/api/shifts/")):
                label = "other"
            self.latency.labels(label, scope["method"]).observe(time.perf_counter() - start)


# --- the application --------------------------------------------------------------------------


def create_app(service: Any, *, extra_routes: list[Route | Mount] | None = None,
               secure_cookies: bool | None = None, login_limit: int = 5, login_window: float = 60.0) -> Starlette:
    """The dashboard over ``service`` (a :class:`monitor.service.Service`, or anything with its
    ``engine``, ``settings``, ``rules`` and ``fetcher``). ``secure_cookies`` defaults to whether
    ``dashboard.public_url`` is https."""
    engine = service.engine
    settings = service.settings
    dash = settings.dashboard
    password = dash.password
    if secure_cookies is None:
        secure_cookies = bool(dash.public_url and dash.public_url.startswith("https://"))
    limiter = security.LoginLimiter(login_limit, login_window)
    registry, latency = make_registry(engine)
    app_version = _app_version()

    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["dt"] = render.fmt_dt
    env.filters["safe_url"] = render.safe_url
    env.globals["highlight"] = render.highlight

    def labels(topic: str, signal: str) -> tuple[str, str]:
        from monitor.service import labels as rule_labels
        return rule_labels(service.rules, topic, signal)

    env.globals["labels"] = labels

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(
            request=request, operator=security.is_operator(request), login_enabled=password is not None,
            csrf=lambda: security.csrf_token(request), path=request.url.path,
            path_qs=request.url.path + (f"?{request.url.query}" if request.url.query else ""), **ctx)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def base_url(request: Request) -> str:
        return dash.public_url.rstrip("/") if dash.public_url else str(request.base_url).rstrip("/")

    def session() -> Session:
        return Session(engine)

    # --- errors: one JSON shape for the API, a page for people ---------------------------------

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith(("/api/", "/openapi", "/healthz", "/metrics"))

    def error_response(request: Request, status: int, type_: str, message: str,
                       headers: dict[str, str] | None = None) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"type": type_, "message": message}}, status_code=status, headers=headers)
        resp = page(request, "error.html", status=status, status_code=status, type=type_, message=message)
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(request, exc.status, exc.type, exc.message, exc.headers)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {404: f"{request.url.path}: no such page", 405: f"{request.method} is not allowed here"}.get(
            exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, _STATUS_TYPES.get(exc.status_code, "error"), message,
                              dict(exc.headers or {}))

    async def on_not_found(request: Request, exc: Exception) -> Response:
        return error_response(request, 404, "not_found", str(exc))

    async def on_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, "internal", f"internal error ({type(exc).__name__})")

    # --- pages -------------------------------------------------------------------------------

    def shifts_page(request: Request) -> Response:
        f = Filters.parse(request.query_params, default_status="open")
        page_no = _int(request.query_params.get("page"), "page", 1, 1, 1_000_000)
        with session() as s:
            total = repo.count_shifts_where(s, **f.query())
            rows = repo.list_shifts(s, **f.query(), limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
            outlets = repo.shift_outlet_counts(s, [r.id for r in rows if r.id is not None])
            facets = repo.shift_facets(s)
        for key in ("topic", "signal"):
            chosen = getattr(f, key)
            if chosen and chosen not in facets[key]:
                facets[key].append(chosen)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        return page(request, "shifts.html", shifts=rows, outlets=outlets, facets=facets, f=f, total=total,
                    page_no=page_no, pages=pages, severities=SEVERITIES, statuses=STATUSES)

    def _shift_id(request: Request) -> int:
        shift_id = int(request.path_params["id"])
        if not 0 < shift_id <= MAX_ID:
            raise NotFound(f"shift {shift_id}: no such shift")
        return shift_id

    def shift_page(request: Request) -> Response:
        shift_id = _shift_id(request)
        with session() as s:
            shift = repo.get_shift(s, shift_id)
            sources = repo.shift_sources(s, shift_id)
            history = repo.shift_history(s, shift_id)
            s.expunge_all()
        stories: dict[int, list[Any]] = {}
        for src, art, ev in sources:
            stories.setdefault(src.story_id, []).append((src, art, ev))
        grouped = []
        for story_id, items in stories.items():
            items.sort(key=lambda t: (t[1].duplicate_of is not None, t[1].published or t[1].discovered_at))
            grouped.append({"story": story_id, "lead": items[0], "copies": items[1:],
                            "outlets": sorted({a.outlet for _s, a, _e in items})})
        evidence, seen = [], set()
        for _src, art, ev in sources:
            if ev.sentence in seen:
                continue
            seen.add(ev.sentence)
            evidence.append((art, ev))
        return page(request, "shift.html", shift=shift, stories=grouped, evidence=evidence, history=history,
                    outlets=len({a.outlet for _s, a, _e in sources}))

    async def shift_action(request: Request) -> Response:
        shift_id = _shift_id(request)
        action = request.path_params["action"]
        if action not in ("accept", "dismiss"):
            raise HTTPException(404)
        form = await request.form()
        if not security.csrf_ok(request, form.get("csrf")):
            raise ApiError(403, "forbidden", "the form's CSRF token is missing or stale; reload the page")
        if not security.is_operator(request):
            raise ApiError(403, "forbidden", "log in as operator to accept or dismiss shifts")
        note = str(form.get("reason") or form.get("note") or "").strip()[:2000]
        if action == "dismiss" and not note:
            raise ApiError(400, "bad_request", "reason: say why the shift is dismissed (kept for rule tuning)")

        def act() -> None:
            with session() as s:
                if action == "accept":
                    repo.accept_shift(s, shift_id, note)
                else:
                    repo.dismiss_shift(s, shift_id, note)
                s.commit()

        await run_in_threadpool(act)
        return RedirectResponse(f"/shifts/{shift_id}", status_code=303)

    def topics_page(request: Request) -> Response:
        return page(request, "topics.html", topics=_topics())

    def topic_page(request: Request) -> Response:
        topic_id = request.path_params["id"]
        book = service.rules.rulebook
        with session() as s:
            data = repo.timeline(s, topic_id)
            shifts = repo.list_shifts(s, topic=topic_id, limit=20)
            s.expunge_all()
        known = book is not None and topic_id in book.topics
        if not known and not data["signals"] and not shifts:
            raise NotFound(f"topic {topic_id!r}: no such topic")
        topic = book.topics[topic_id] if known else None
        return page(request, "topic.html", topic_id=topic_id, topic=topic, timeline=data,
                    chart=render.timeline_svg(data), shifts=shifts)

    def feeds_page(request: Request) -> Response:
        intervals = {f.name: f.interval for f in settings.feeds}
        return page(request, "feeds.html", feeds=_feeds(), intervals=intervals)

    def _rule_files() -> list[dict[str, Any]]:
        from monitor.rulesource import rule_paths

        book = service.rules.rulebook
        by_path: dict[str, list[Any]] = {}
        if book is not None:
            for t in book.topics.values():
                by_path.setdefault(str(Path(t.path).resolve()) if t.path else "", []).append(t)
        return [{"path": str(p), "name": p.name, "topics": by_path.get(str(p.resolve()), [])}
                for p in rule_paths(settings)]

    def rules_page(request: Request, result: Any = None, error: str | None = None, form: Any = None,
                   status: int = 200) -> Response:
        return page(request, "rules.html", status=status, files=_rule_files(), rules_error=service.rules.last_error,
                    book=service.rules.rulebook, result=result, try_error=error, form=form or {})

    async def rules_get(request: Request) -> Response:
        return await run_in_threadpool(rules_page, request)

    async def rules_try(request: Request) -> Response:
        form = await request.form()
        if not security.csrf_ok(request, form.get("csrf")):
            raise ApiError(403, "forbidden", "the form's CSRF token is missing or stale; reload the page")
        if not security.is_operator(request):
            raise ApiError(403, "forbidden", "log in as operator to try the rules")
        url = str(form.get("url") or "").strip()
        body = str(form.get("text") or "")
        values = {"url": url, "text": body}
        if not url and not body.strip():
            return await run_in_threadpool(rules_page, request, None, "paste some text or give a URL", values, 400)
        if len(body.encode()) > MAX_TRY_BYTES:
            return await run_in_threadpool(rules_page, request, None,
                                           f"text is over {MAX_TRY_BYTES} bytes", values, 413)
        try:
            result = await run_in_threadpool(_try_rules, url, body)
        except FetchError as exc:
            return await run_in_threadpool(rules_page, request, None, str(exc), values, 400)
        return await run_in_threadpool(rules_page, request, result, None, values)

    def _try_rules(url: str, body: str) -> Any:
        from monitor import shifts as shift_rules
        from monitor.ruletest import DocumentResult, test_document
        from monitor.types import Article

        matcher = service.rules.matcher
        if matcher is None:
            raise FetchError(url or "<text>", "no rules are loaded")
        with session() as s:
            baselines, accepted = repo.baselines(s), repo.accepted_baselines(s)
        if url:
            fetched = service.fetcher.get(url)
            if not 200 <= fetched.status < 300:
                raise FetchError(url, f"HTTP {fetched.status}")
            return test_document(matcher, fetched.content, baselines, path=url, url=fetched.final_url,
                                 accepted=accepted)
        # pasted text: every paragraph is the article (no boilerplate stripping to second-guess
        # what the operator pasted); then the same matcher and shift rules as `rules test`
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", body.replace("\r\n", "\n")) if p.strip())
        article = Article(title="", paragraphs=paragraphs, kind="text")
        evidence = matcher.match(article)
        return DocumentResult("<text>", article, evidence, shift_rules.decide_all(evidence, baselines, accepted))

    # --- login -------------------------------------------------------------------------------

    def client_of(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    async def login_get(request: Request) -> Response:
        return page(request, "login.html", next=security.safe_next(request.query_params.get("next")))

    async def login_post(request: Request) -> Response:
        client = client_of(request)
        wait = limiter.blocked(client)
        if wait:
            raise ApiError(429, "too_many_requests",
                           f"too many failed logins; try again in {math.ceil(wait)} s",
                           headers={"Retry-After": str(math.ceil(wait))})
        form = await request.form()
        nxt = security.safe_next(form.get("next"))
        if not security.csrf_ok(request, form.get("csrf")):
            raise ApiError(403, "forbidden", "the form's CSRF token is missing or stale; reload the page")
        if password is None:
            raise ApiError(403, "forbidden", "operator login is disabled: set dashboard.password in the config")
        if not security.check_password(password, str(form.get("password") or "")):
            limiter.failed(client)
            return page(request, "login.html", status=401, next=nxt, failed=True)
        limiter.succeeded(client)
        request.session.clear()
        request.session["operator"] = True
        security.csrf_token(request)  # a fresh token for the logged-in session
        return RedirectResponse(nxt, status_code=303)

    async def logout(request: Request) -> Response:
        form = await request.form()
        if not security.csrf_ok(request, form.get("csrf")):
            raise ApiError(403, "forbidden", "the form's CSRF token is missing or stale; reload the page")
        request.session.clear()
        return RedirectResponse("/", status_code=303)

    # --- JSON API ----------------------------------------------------------------------------

    def api_shifts(request: Request) -> Response:
        q = request.query_params
        f = Filters.parse(q, default_status=None, strict=True)
        limit = _int(q.get("limit"), "limit", 500, 1, 5000, strict=True)
        offset = _int(q.get("offset"), "offset", 0, 0, MAX_ID, strict=True)
        with session() as s:
            return JSONResponse(repo.shifts_json(s, repo.list_shifts(s, **f.query(), limit=limit, offset=offset)))

    def api_shift(request: Request) -> Response:
        with session() as s:
            shift = repo.get_shift(s, _shift_id(request))
            data = repo.shift_json(s, shift)
            data["history"] = [{"event": h.event, "severity": h.severity, "note": h.note,
                                "at": render_iso(h.at)} for h in repo.shift_history(s, shift.id)]  # type: ignore[arg-type]
        return JSONResponse(data)

    def _topics() -> list[dict[str, Any]]:
        book = service.rules.rulebook
        with session() as s:
            summary = repo.topic_summaries(s)
        ids = list(book.topics) if book is not None else []
        ids += sorted(t for t in summary if t not in ids)
        out = []
        for tid in ids:
            t = book.topics.get(tid) if book is not None else None
            out.append({"id": tid, "title": t.title if t else tid,
                        "signals": [{"id": sg.id, "label": sg.label, "kind": sg.kind} for sg in t.signals] if t else [],
                        "baseline": summary.get(tid, {}).get("baseline", {}),
                        "shifts": summary.get(tid, {}).get("shifts", {})})
        return out

    def api_topics(request: Request) -> Response:
        return JSONResponse(_topics())

    def _feeds() -> list[dict[str, Any]]:
        with session() as s:
            rows = repo.list_feeds(s)
        return [{"name": f.name, "url": f.url, "healthy": f.healthy, "last_status": f.last_status,
                 "last_error": f.last_error, "last_polled_at": render_iso(f.last_polled_at),
                 "last_success_at": render_iso(f.last_success_at), "next_poll_at": render_iso(f.next_poll_at),
                 "consecutive_failures": f.consecutive_failures, "polls": f.polls,
                 "articles_seen": f.articles_seen} for f in rows]

    def api_feeds(request: Request) -> Response:
        return JSONResponse(_feeds())

    doc = openapi.document(app_version)

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(doc)

    # --- Atom ----------------------------------------------------------------------------------

    def _atom(request: Request, topic: str | None) -> Response:
        with session() as s:
            rows = repo.list_shifts(s, topic=topic, limit=100)
            if topic and not rows and (service.rules.rulebook is None or topic not in service.rules.rulebook.topics):
                raise NotFound(f"topic {topic!r}: no such topic")
            data = repo.shifts_json(s, rows)
        title = "stancewatch: detected shifts" + (f" in {labels(topic, '')[0]}" if topic else "")
        body = atom.shifts_feed(data, base_url=base_url(request), self_path=request.url.path, title=title,
                                labels=labels)
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    def atom_all(request: Request) -> Response:
        return _atom(request, None)

    def atom_topic(request: Request) -> Response:
        return _atom(request, request.path_params["id"])

    # --- health and metrics --------------------------------------------------------------------

    def healthz(request: Request) -> Response:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            return JSONResponse({"status": "error", "error": {"type": "unavailable", "message": type(exc).__name__}},
                                status_code=503)
        return JSONResponse({"status": "ok"})

    def metrics(request: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    routes: list[Route | Mount] = [
        Route("/", shifts_page),
        Route("/shifts/{id:int}", shift_page),
        Route("/shifts/{id:int}/{action:str}", shift_action, methods=["POST"]),
        Route("/topics", topics_page),
        Route("/topics/{id:str}", topic_page),
        Route("/feeds", feeds_page),
        Route("/rules", rules_get, methods=["GET"]),
        Route("/rules", rules_try, methods=["POST"]),
        Route("/login", login_get, methods=["GET"]),
        Route("/login", login_post, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/api/shifts", api_shifts),
        Route("/api/shifts/{id:int}", api_shift),
        Route("/api/topics", api_topics),
        Route("/api/feeds", api_feeds),
        Route("/openapi.json", openapi_json),
        Route("/feeds/shifts.atom", atom_all),
        Route("/feeds/topics/{id:str}.atom", atom_topic),
        Route("/healthz", healthz),
        Route("/metrics", metrics),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        *(extra_routes or []),
    ]
    known = {"/", "/topics", "/feeds", "/rules", "/login", "/logout", "/api/shifts", "/api/topics", "/api/feeds",
             "/openapi.json", "/feeds/shifts.atom", "/feeds/topics/{id}.atom", "/topics/{id}", "/healthz",
             "/metrics", "/static"}

    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(HeadersAndTiming, latency=latency, known=known),
            Middleware(SessionMiddleware, secret_key=security.session_key(password),
                       session_cookie=security.SESSION_COOKIE, max_age=12 * 3600, same_site="lax",
                       https_only=secure_cookies),
        ],
        exception_handlers={ApiError: on_api_error, HTTPException: on_http, NotFound: on_not_found,
                            StancewatchError: on_error, Exception: on_error},
    )
    return app


def render_iso(value: datetime | None) -> str | None:
    from monitor.timeutil import iso

    return iso(value)


__all__ = ["ApiError", "create_app"]
