"""The Starlette application served by ``stancewatch run``.

Handlers are thin: they parse the request, call ``storage.repo`` and render. Everything from
feeds and pages is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import text
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route

from storage import repo

_PAGE = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>stancewatch: shifts</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
.confirmed{color:#a40000;font-weight:bold}.alleged{color:#8a5a00}</style></head>
<body><h1>Detected shifts</h1>
{% if not shifts %}<p>No shifts detected yet.</p>{% else %}
<table><thead><tr><th>Topic / signal</th><th>Baseline → new</th><th>Severity</th><th>Stories</th><th>Evidence</th></tr></thead><tbody>
{% for s in shifts %}<tr id="shift-{{ s.id }}"><td>{{ s.topic }}<br><strong>{{ s.signal }}</strong></td>
<td>{{ s.baseline }} → {{ s.target }}</td><td class="{{ s.severity }}">{{ s.severity }}<br>{{ s.status }}</td>
<td>{{ s.stories }}</td><td>{% for src in s.sources[:3] %}<p>“{{ src.sentence }}” — <a href="{{ src.url }}" rel="noopener noreferrer">{{ src.outlet }}</a></p>{% endfor %}</td></tr>
{% endfor %}</tbody></table>{% endif %}</body></html>""")


def create_app(service: Any, *, extra_routes: list[Route | Mount] | None = None) -> Starlette:
    engine = service.engine

    async def healthz(request: Request) -> Response:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            return JSONResponse({"status": "error", "error": type(exc).__name__}, status_code=503)
        return JSONResponse({"status": "ok"})

    def _shifts(request: Request) -> list[dict[str, Any]]:
        q = request.query_params
        with Session(engine) as session:
            return [repo.shift_json(session, s) for s in repo.list_shifts(
                session, topic=q.get("topic"), signal=q.get("signal"), severity=q.get("severity"),
                status=q.get("status"), limit=min(int(q.get("limit", 500) or 500), 5000),
                offset=int(q.get("offset", 0) or 0))]

    async def index(request: Request) -> Response:
        return HTMLResponse(_PAGE.render(shifts=_shifts(request)))

    async def api_shifts(request: Request) -> Response:
        try:
            return JSONResponse(_shifts(request))
        except ValueError as exc:
            return JSONResponse({"error": {"type": "bad_request", "message": str(exc)}}, status_code=400)

    routes: list[Route | Mount] = [
        Route("/", index),
        Route("/healthz", healthz),
        Route("/api/shifts", api_shifts),
        *(extra_routes or []),
    ]
    return Starlette(routes=routes)
