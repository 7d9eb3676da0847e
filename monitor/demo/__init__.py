"""Demo mode: sample coverage served by the service itself, so an offline newcomer sees it work.

``stancewatch run --demo`` mounts ``/demo/`` on the dashboard (a feed and three invented
articles, clearly marked as samples) and adds a feed polling it every 20 seconds. The
articles are written to exercise the real pipeline: one opens a confirmed shift, one an
alleged one, one is about another actor and opens nothing.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ..config import FeedSettings

PAGES = Path(__file__).with_name("pages")
FEED_NAME = "demo-wire"

ITEMS = [
    ("china-joins-export-curbs", "China imposes export curbs on Russian arms buyers (sample)",
     "Wed, 04 Nov 2026 09:00:00 GMT"),
    ("officials-say-drone-engines", "U.S. officials say Chinese firms ship drone engines to Russia (sample)",
     "Tue, 03 Nov 2026 14:30:00 GMT"),
    ("india-abstains-again", "India abstains again at the UN (sample)", "Mon, 02 Nov 2026 08:15:00 GMT"),
]


def feed_settings(base_url: str) -> FeedSettings:
    return FeedSettings(name=FEED_NAME, url=f"{base_url}/demo/feed.xml", interval=timedelta(seconds=20),
                        jitter=timedelta(seconds=0), topics=[])


async def feed(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{base}/demo/{slug}.html</link>"
        f"<guid isPermaLink=\"false\">demo-{slug}</guid><pubDate>{date}</pubDate></item>"
        for slug, title, date in ITEMS)
    body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Demo Wire (samples)</title><link>{base}/demo/</link>"
            f"<description>Sample coverage shipped with stancewatch</description>{items}</channel></rss>")
    return Response(body, media_type="application/rss+xml")


async def page(request: Request) -> Response:
    slug = request.path_params["slug"]
    if slug not in {s for s, _t, _d in ITEMS}:
        return Response("not found", status_code=404, media_type="text/plain")
    return Response((PAGES / f"{slug}.html").read_bytes(), media_type="text/html; charset=utf-8")


def routes() -> list[Route | Mount]:
    return [Route("/demo/feed.xml", feed), Route("/demo/{slug}.html", page)]


__all__ = ["FEED_NAME", "feed_settings", "routes"]
