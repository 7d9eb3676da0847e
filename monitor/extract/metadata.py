"""Page metadata: title, publication time, byline, language, and the JSON-LD article body.

Publishers state these facts for search engines and social cards (JSON-LD, Open Graph,
`<time>`), which is more reliable than guessing from the visible layout; the layout (the
`<h1>`) decides only between candidates, because the gold title is the visible headline and
`og:title` / `<title>` often carry a " | Site name" suffix or a shortened social headline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import html as lxml_html

_SPACE = re.compile(r"\s+")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|:)\s+")
#: A feed link's title names the site plus what the feed is ("Example News RSS Feed").
_FEED_SUFFIX = re.compile(
    r"\s*(?:[»|:-]\s*)?(?:(?:rss|atom)\s*)?(?:(?:comments|entries|posts)\s+)?(?:feed|rss|atom)$", re.IGNORECASE
)
_ARTICLE_TYPES = re.compile(
    r"(?:News|Blog|Scholarly|Tech|Report|Opinion|Analysis|Review|"
    r"Background|Satirical|AskPublic)?Article$|BlogPosting|"
    r"ReportageNewsArticle|LiveBlogPosting|WebPage",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself (any field may be missing)."""

    title: str = ""
    published: datetime | None = None
    byline: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    article_body: str | None = None


def clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO-8601-ish timestamp as a datetime; None if it is not one."""
    value = clean(value)
    if not value:
        return None
    value = value.replace("Z", "+00:00").replace(" ", "T", 1) if "T" not in value else value.replace("Z", "+00:00")
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value)  # +0000 -> +00:00
    value = re.sub(r"\.(\d{6})\d+", r".\1", value)  # nanoseconds
    for candidate in (value, value[:25], value[:19], value[:10]):
        try:
            return datetime.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def _jsonld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 200:  # bounded: a hostile page cannot make this loop long
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                main = item.get("mainEntity")
                if isinstance(main, dict):
                    stack.append(main)


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [str(x) for x in t] if isinstance(t, list) else [str(t)] if t else []


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [clean(value)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value[:10] for n in _names(v)]
    return []


def _meta(tree: lxml_html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in out:
            out[key] = content
    return out


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(text)]


def strip_site_suffix(title: str, site_names: list[str]) -> str:
    """Drop " | Site" / "Site - " parts of a title that name the site, not the story."""
    title = clean(title)
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {n.lower() for n in site_names if n}
    kept = [p for p in parts if p.lower() not in names]
    if len(kept) == len(parts):
        # No known site name: a short last segment after a separator is usually the brand.
        last = parts[-1]
        if len(_tokens(last)) <= 4 and len(_tokens(title)) - len(_tokens(last)) >= 4:
            cut = list(_SEPARATORS.finditer(title))[-1]
            return clean(title[: cut.start()])
        return title
    # Keep the original separators between the parts that stay.
    best = max(kept, key=len) if kept else title
    return clean(best) if len(kept) == 1 else clean(title[title.find(kept[0]) : title.rfind(kept[-1]) + len(kept[-1])])


def _is_brand(h1: str, site_names: list[str], doc_title: str) -> bool:
    """An ``<h1>`` holding the site's name (a blog theme's logo), not the headline: it is a
    known site name, and the page title carries more than that name after a separator."""
    key = h1.lower()
    if key not in {clean(n).lower() for n in site_names if n}:
        return False
    parts = [p.lower() for p in _SEPARATORS.split(doc_title)]
    return len(parts) >= 2 and key in parts


def _similar(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / max(len(sa), len(sb))


def choose_title(
    h1s: list[str], meta_titles: list[str], doc_title: str, site_names: list[str], headings: list[str] | None = None
) -> str:
    """The visible headline: an `<h1>` that agrees with the metadata, else the metadata.

    Pages without an ``<h1>`` (table layouts, some CMS themes) still show the headline as
    their heading-like text (``headings``: other headings, big ``<font>``, bold lines); the
    one that agrees with the metadata is the headline, and it carries no site name.
    """
    stripped = [strip_site_suffix(t, site_names) for t in meta_titles if clean(t)]
    doc = strip_site_suffix(doc_title, site_names) if doc_title else ""
    references = stripped + ([doc] if doc else [])
    for h1 in h1s:
        if any(_similar(h1, ref) >= 0.6 for ref in references):
            return h1
    if not h1s:
        for text in headings or []:
            if len(_tokens(text)) >= 3 and any(_similar(text, ref) >= 0.6 for ref in references):
                return text
    if stripped:
        return stripped[0]
    if h1s and len(_tokens(h1s[0])) >= 3:
        return h1s[0]
    return doc or (h1s[0] if h1s else "")


_BIG_FONT = re.compile(r"^\s*(?:\+\s*[2-6]|[4-7])\s*$")
#: How many heading-like elements a page without ``<h1>`` offers as headline candidates.
_MAX_HEADINGS = 40


def _heading_like(tree: lxml_html.HtmlElement) -> list[str]:
    """Text shown as a heading without being an ``<h1>``: ``<h2>``/``<h3>``, a big
    ``<font size>``, a bold line. In document order, at most ``_MAX_HEADINGS``."""
    out: list[str] = []
    for el in tree.iter("h2", "h3", "font", "b", "strong"):
        if el.tag == "font" and not _BIG_FONT.match(el.get("size") or ""):
            continue
        text = clean(el.text_content())
        if text and len(text) <= 300:
            out.append(text)
            if len(out) >= _MAX_HEADINGS:
                break
    return out


def extract_metadata(tree: lxml_html.HtmlElement) -> Metadata:
    """Read title, time, byline, language and JSON-LD body from a parsed page."""
    meta = _meta(tree)
    headline = date = body = lang = ""
    authors: list[str] = []
    publisher: list[str] = []
    for obj in _jsonld_objects(tree):
        types = _types(obj)
        if not any(_ARTICLE_TYPES.search(t) for t in types):
            if any(t in ("Organization", "NewsMediaOrganization", "WebSite") for t in types):
                publisher.extend(_names(obj.get("name")))
            continue
        is_web_page = all(t.lower().endswith("webpage") for t in types)
        if not headline and isinstance(obj.get("headline"), str) and not is_web_page:
            headline = obj["headline"]
        if not date and isinstance(obj.get("datePublished"), str):
            date = obj["datePublished"]
        if not authors:
            authors = _names(obj.get("author"))
        if not body and isinstance(obj.get("articleBody"), str):
            body = obj["articleBody"]
        if not lang and isinstance(obj.get("inLanguage"), str):
            lang = obj["inLanguage"]
        publisher.extend(_names(obj.get("publisher")))
    site_names = [
        meta.get("og:site_name", ""),
        meta.get("application-name", ""),
        meta.get("twitter:site", "").lstrip("@"),
        *publisher,
    ]
    for link in tree.iter("link"):
        # a feed's title is the site's name ("The Daily Example", "Example News - World")
        if (link.get("rel") or "").lower() == "alternate" and "xml" in (link.get("type") or "").lower():
            feed = clean(link.get("title"))
            if feed:
                site_names.extend([feed, _SEPARATORS.split(feed)[0], clean(_FEED_SUFFIX.sub("", feed))])
    title_el = tree.find(".//title")
    doc_title = clean(title_el.text_content()) if title_el is not None else ""
    h1s = [t for t in (clean(h.text_content()) for h in tree.iter("h1")) if t][:5]
    h1s = [t for t in h1s if not _is_brand(t, site_names, doc_title)]
    headings = _heading_like(tree) if not h1s else []
    meta_titles = [t for t in (clean(headline), clean(meta.get("og:title")), clean(meta.get("twitter:title"))) if t]
    title = choose_title(h1s, meta_titles, doc_title, [clean(s) for s in site_names if s], headings)

    published = parse_datetime(date)
    for key in (
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
    ):
        if published is None:
            published = parse_datetime(meta.get(key))
    if published is None:
        for t in tree.iter("time"):
            published = parse_datetime(t.get("datetime"))
            if published is not None:
                break

    byline = ", ".join(dict.fromkeys(a for a in authors if a)) or clean(meta.get("author")) or None
    root = tree.getroottree().getroot()
    language = (
        clean(root.get("lang") or root.get("xml:lang") or lang or meta.get("og:locale", "").replace("_", "-")) or None
    )
    canonical = None
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href")
            break
    return Metadata(
        title=title,
        published=published,
        byline=byline,
        language=language.split("-")[0].lower() if language else None,
        canonical_url=canonical or meta.get("og:url"),
        site_name=clean(site_names[0]) or None,
        description=clean(meta.get("description") or meta.get("og:description")) or None,
        article_body=body or None,
    )
