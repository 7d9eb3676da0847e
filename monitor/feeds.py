"""Feed bytes -> ``FeedEntry`` records, with links made absolute and canonical.

feedparser works on the fetched bytes (never a URL: fetching is ours, with its limits). A
malformed feed still yields what feedparser recovers; the caller logs the ``bozo`` reason.
"""

from __future__ import annotations

import calendar
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from .types import FeedEntry

#: Query parameters that identify a campaign, not a page. Generic names a site may use for
#: content (``cid``, ``id``, ``feed``) are deliberately absent: dropping one would merge
#: different articles into one canonical URL.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc",
    "_hsmi", "ref", "ref_src", "cmpid", "ncid", "ito", "smid", "sr_share", "at_medium",
    "at_campaign", "guccounter", "ocid", "s_cid",
})


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute URL without tracking parameters, fragment or default port; host lowercased."""
    absolute = urljoin(base, url) if base else url
    parts = urlsplit(absolute.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (k.lower().startswith(("utm_", "pk_", "mtm_")) or k.lower() in TRACKING_PARAMS)]
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    bozo: str | None        # why the feed is malformed, if it is
    title: str = ""


def parse_feed(feed_name: str, content: bytes, feed_url: str,
               content_type: str | None = None) -> ParsedFeed:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # feedparser warns on deprecated keys; not ours to fix
        headers = {"content-location": feed_url}
        if content_type:
            headers["content-type"] = content_type
        parsed = feedparser.parse(content, response_headers=headers)
    bozo = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    base = parsed.get("href") or feed_url
    entries: list[FeedEntry] = []
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link:
            for candidate in item.get("links", []):
                if candidate.get("href"):
                    link = candidate["href"]
                    break
        if not link:
            continue
        url = urljoin(feed_url if not urlsplit(link).scheme else base, link)
        guid = item.get("id") or item.get("guid") or url
        published = None
        for key in ("published_parsed", "updated_parsed"):
            stamp = item.get(key)
            if stamp:
                published = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
                break
        entries.append(FeedEntry(
            feed=feed_name, guid=str(guid), url=url, canonical_url=canonical_url(url),
            title=(item.get("title") or "").strip(), published=published,
            summary=(item.get("summary") or "").strip(),
        ))
    return ParsedFeed(entries=entries, bozo=bozo, title=parsed.feed.get("title", ""))
