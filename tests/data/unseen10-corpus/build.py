#!/usr/bin/env python3
"""Build the unseen10 stance corpus (topic china-russia-ukraine) from articles.py.

Usage:
    python3 build.py [--shared DIR] [--check]

Writes, next to this file: site/<outlet>/feed.xml, site/<outlet>/<yyyy>/<mm>/<slug>.html and
.txt (a plain-text dump of the same page, one block a line, boilerplate included),
manifest.jsonl, labels.jsonl, gold.jsonl and expected_shifts.json (computed with the shared
eval/stance/baseline.py). Pages and feeds are built for http://127.0.0.1:8765; every page,
dump and feed gets its article's publication time as mtime. The output is deterministic.

--shared DIR: the shared directory holding eval/ (default: $STANCEWATCH_SHARED, else
../../../../shared from this file, i.e. /work/shared beside the repository).
--check: after building, score the gold against itself with eval/extraction/score_site.py
and a rules prediction made from labels.jsonl with eval/stance/score.py rules (both kinds).

Standard library only (Python 3.11).
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__
sys.path.insert(0, str(HERE))
import articles as A  # noqa: E402

BASE = "http://127.0.0.1:8765"
NS = uuid.UUID("6f1c1d2e-4b7a-5c3e-9a10-0000000000a0")  # fixed namespace for feed ids

IST = timezone(timedelta(hours=5, minutes=30), "IST")
SGT = timezone(timedelta(hours=8), "SGT")


# --- helpers --------------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def utc(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def eastern(dt: datetime) -> tuple[datetime, str]:
    """Canada/U.S. Eastern time: DST from the 2nd Sunday of March 2:00 to the 1st Sunday of
    November 2:00 local time."""
    def nth_sunday(year: int, month: int, n: int) -> datetime:
        d = datetime(year, month, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    y = dt.year
    start = nth_sunday(y, 3, 2).replace(hour=7, tzinfo=timezone.utc)   # 2:00 EST
    end = nth_sunday(y, 11, 1).replace(hour=6, tzinfo=timezone.utc)    # 2:00 EDT
    if start <= dt < end:
        return dt.astimezone(timezone(timedelta(hours=-4))), "EDT"
    return dt.astimezone(timezone(timedelta(hours=-5))), "EST"


def url_of(a: dict) -> str:
    dt = utc(a["published"])
    return f"{BASE}/{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}.html"


def rel_path(a: dict, ext: str) -> str:
    dt = utc(a["published"])
    return f"site/{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}.{ext}"


def heading(p: str) -> str | None:
    return p[3:] if p.startswith("## ") else None


def gold_paragraphs(a: dict) -> list[str]:
    return [heading(p) or p for p in a["body"]]


def gold_body(a: dict) -> str:
    return "\n\n".join(gold_paragraphs(a))


def ld_json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=None).replace("</", "<\\/")


def footnotes_html(text: str) -> str:
    """Escape a paragraph and turn [n] markers into superscript links."""
    return re.sub(r"\[(\d+)\]",
                  lambda m: f'<sup class="fn"><a href="#fn-{m[1]}" id="ref-{m[1]}">[{m[1]}]</a></sup>',
                  esc(text))


def speaker_html(text: str, speakers: list[str]) -> str:
    for name in speakers:
        if text.startswith(name + ": "):
            return f"<strong>{esc(name)}:</strong> {esc(text[len(name) + 2:])}"
    return esc(text)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


# --- Prabhat Live (Indian TV-news website) --------------------------------------------------

PL_VARIANTS = [
    {"body": "story-content", "title": "story-title", "dek": "synopsis", "order": "tags-first"},
    {"body": "article-desc sc-7fk2a", "title": "art-hdl sc-1q9ba", "dek": "art-sum sc-1q9bb",
     "order": "watch-first"},
    {"body": "storyDetails _3h8Kx", "title": "_1Yk3h", "dek": "_2pQ0w", "order": "tags-first"},
    {"body": "pl-article__body", "title": "pl-article__title", "dek": "pl-article__dek",
     "order": "watch-first"},
]

PL_NAV = ["Home", "India", "World", "Business", "Cricket", "Entertainment", "Tech", "Videos",
          "Photos", "Web Stories", "Explainers"]
PL_TRENDING = ["Gold price today: Check rates in Delhi, Mumbai, Chennai",
               "Weather update: IMD issues yellow alert for 7 states",
               "Petrol, diesel prices unchanged: Check city-wise rates",
               "Horoscope today: What the stars say for your sign"]


def pl_video(title: str, duration: str, cls: str = "embed-video") -> str:
    return (f'<div class="{cls}"><div class="vplayer"><span class="play-btn">&#9654;</span> '
            f'<span class="dur">{esc(duration)}</span></div><p class="vtitle">{esc(title)}</p></div>')


def pl_insert(block: dict) -> str:
    if block["type"] == "video":
        return pl_video(block["title"], block["duration"])
    if block["type"] == "also_read":
        return (f'<p class="also-read"><strong>ALSO READ |</strong> '
                f'<a href="/prabhat-live/">{esc(block["title"])}</a></p>')
    if block["type"] == "embed":
        return (f'<div class="social-embed"><blockquote class="twitter-tweet" data-lang="en">'
                f'<p lang="en" dir="ltr">{esc(block["text"])}</p>&mdash; {esc(block["author"])} '
                f'({esc(block["handle"])}) <a href="#">{esc(block["date"])}</a></blockquote></div>')
    raise ValueError(block)


def render_prabhat(a: dict) -> str:
    m, ex = a["markup"], a["extras"]
    v = PL_VARIANTS[m["variant"]]
    dt = utc(a["published"])
    local = dt.astimezone(IST)
    stamp = f"{local:%b} {local.day}, {local:%Y}, {local:%H:%M} IST"
    url = url_of(a)
    head = [f'<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(a['title'])} | Prabhat Live 24x7</title>",
            f'<meta name="description" content="{attr(a["dek"])}">',
            f'<meta name="keywords" content="{attr(", ".join(h[1:] for h in ex["hashtags"]))}">',
            f'<link rel="canonical" href="{url}">',
            '<link rel="alternate" type="application/rss+xml" title="Prabhat Live 24x7" '
            'href="/prabhat-live/feed.xml">']
    if m["og"]:
        head += ['<meta property="og:site_name" content="Prabhat Live 24x7">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(a["title"])}">',
                 f'<meta property="og:description" content="{attr(a["dek"])}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:image" content="{BASE}/prabhat-live/img/{a["slug"]}.jpg">',
                 f'<meta property="article:published_time" content="{local.isoformat()}">',
                 f'<meta property="article:section" content="{attr(a["section"])}">',
                 '<meta name="twitter:card" content="summary_large_image">']
    if m["jsonld"]:
        article_ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["title"], "description": a["dek"],
            "keywords": [h[1:] for h in ex["hashtags"]],
            "datePublished": local.isoformat(), "dateModified": local.isoformat(),
            "inLanguage": "en-IN",
            "author": [{"@type": "Person", "name": n} for n in a["authors"]],
            "publisher": {"@type": "Organization", "name": "Prabhat Live 24x7",
                          "logo": {"@type": "ImageObject",
                                   "url": f"{BASE}/prabhat-live/img/logo.png"}},
            "image": f"{BASE}/prabhat-live/img/{a['slug']}.jpg",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        }
        if m["article_body"]:
            article_ld["articleBody"] = gold_body(a)
        video_ld = {"@context": "https://schema.org", "@type": "VideoObject",
                    "name": ex["video_top"][0], "description": ex["video_top"][0],
                    "uploadDate": local.isoformat(),
                    "thumbnailUrl": f"{BASE}/prabhat-live/img/{a['slug']}-video.jpg"}
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                  "itemListElement": [
                      {"@type": "ListItem", "position": 1, "name": "Home",
                       "item": f"{BASE}/prabhat-live/"},
                      {"@type": "ListItem", "position": 2, "name": a["section"],
                       "item": f"{BASE}/prabhat-live/world/"}]}
        for obj in (article_ld, video_ld, crumbs):
            head.append(f'<script type="application/ld+json">{ld_json(obj)}</script>')
    head.append("<script>window.__PL__={page:'story',section:'world',ads:true};</script>")
    head.append("<style>.pl-breaking{background:#c00;color:#fff}.vplayer{background:#000}</style>")

    byline = f'Written By: <a href="/prabhat-live/author/">{esc(", ".join(a["authors"]))}</a>'
    if a.get("editor"):
        byline += f' | Edited By: <a href="/prabhat-live/author/">{esc(a["editor"])}</a>'
    if a.get("inputs"):
        byline += f" | {esc(a['inputs'])}"
    byline += f' | Updated: <time datetime="{local.isoformat()}">{esc(stamp)}</time>'

    paras = []
    for i, p in enumerate(a["body"]):
        if m["para_div"]:
            paras.append(f'<div class="para">{esc(p)}</div>')
        else:
            paras.append(f"<p>{esc(p)}</p>")
        for block in a["inserts"].get(i, []):
            paras.append(pl_insert(block))
    tags = ('<div class="hashtags"><span class="lbl">Tags:</span> '
            + " ".join(f'<a href="/prabhat-live/tag/">{esc(h)}</a>' for h in ex["hashtags"])
            + "</div>")
    wa = ('<div class="wa-banner"><p>Stay updated with the latest news. '
          '<a href="#">Follow us on WhatsApp</a> | <a href="#">Join our Telegram channel</a></p></div>')
    watch = ('<section class="also-watch"><h3>Also Watch</h3><ul class="carousel">'
             + "".join(f'<li><a href="/prabhat-live/videos/"><span class="thumb-dur">{esc(d)}</span> '
                       f'<span class="v-title">{esc(t)}</span></a></li>'
                       for t, d in ex["also_watch"])
             + '</ul><button class="next">Next</button></section>')
    after = [tags, wa, watch] if v["order"] == "tags-first" else [watch, tags, wa]

    body = [
        '<body class="story-page">',
        '<div class="pl-breaking"><span class="pl-breaking__tag">BREAKING</span><ul class="pl-ticker">'
        + "".join(f"<li>{esc(t)}</li>" for t in ex["breaking"]) + "</ul></div>",
        '<header class="pl-header"><a class="logo" href="/prabhat-live/">Prabhat Live 24x7</a> '
        '<a class="live-tv" href="#">LIVE TV</a> <div class="lang">हिन्दी | मराठी | English</div>'
        '<nav><ul>' + "".join(f'<li><a href="#">{n}</a></li>' for n in PL_NAV) + "</ul></nav>"
        '<a class="signin" href="#">Sign In</a></header>',
        f'<div class="breadcrumb"><a href="/prabhat-live/">Home</a> &rsaquo; '
        f'<a href="#">{esc(a["section"])}</a> &rsaquo; <span>News</span></div>',
        "<main>",
        '<article class="story">',
        f'<h1 class="{v["title"]}">{esc(a["title"])}</h1>',
        f'<h2 class="{v["dek"]}">{esc(a["dek"])}</h2>',
        f'<div class="byline">{byline}</div>',
        '<div class="wa-follow"><a href="#">Follow us on WhatsApp</a> '
        '<a href="#">Follow us on Google News</a></div>',
        pl_video(*ex["video_top"], cls="video-lead"),
        f'<div class="{v["body"]}">',
        *paras,
        "</div>",
        *after,
        '<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">WhatsApp</a> <a href="#">Copy link</a></div>',
        "</article>",
        '<aside class="trending"><h3>Trending Now</h3><ul>'
        + "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in PL_TRENDING) + "</ul></aside>",
        "</main>",
        '<footer class="pl-footer"><ul><li><a href="#">About Us</a></li><li><a href="#">Contact Us</a></li>'
        '<li><a href="#">Privacy Policy</a></li><li><a href="#">Terms of Use</a></li>'
        '<li><a href="#">Grievance Redressal</a></li></ul>'
        f"<p>&copy; {dt.year} Prabhat Media Network Pvt. Ltd. All rights reserved.</p></footer>",
        "</body>",
    ]
    return ('<!DOCTYPE html>\n<html lang="en-IN">\n<head>\n' + "\n".join(head)
            + "\n</head>\n" + "\n".join(body) + "\n</html>\n")


# --- Borealis Public Radio (Canadian public radio) ------------------------------------------

BR_VARIANTS = [
    {"title": "detailHeadline", "dek": "deck", "story": "story", "player_first": True},
    {"title": "headline-2x8", "dek": "dek-2x8", "story": "storyWrapper", "player_first": False},
    {"title": "detailHeadline", "dek": "deck", "story": "story-body", "player_first": True},
    {"title": "bpr-hl", "dek": "bpr-dek", "story": "bpr-story", "player_first": False},
]
BR_STATIONS = ["Halifax", "Montréal", "Ottawa", "Toronto", "Winnipeg", "Edmonton", "Vancouver"]


def render_borealis(a: dict) -> str:
    m, ex = a["markup"], a["extras"]
    v = BR_VARIANTS[m["variant"]]
    dt = utc(a["published"])
    local, zone = eastern(dt)
    hour = local.hour % 12 or 12
    stamp = f"{local:%b} {local.day}, {local:%Y} {hour}:{local:%M} {'AM' if local.hour < 12 else 'PM'} {zone}"
    url = url_of(a)
    charset = m["charset"]
    if charset == "utf-8":
        head = ['<meta charset="utf-8">']
    else:
        head = [f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}">']
    head += ['<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(a.get('page_title') or a['title'] + ' | Borealis News')}</title>",
             f'<meta name="description" content="{attr(a["dek"])}">',
             f'<link rel="canonical" href="{url}">',
             '<link rel="alternate" type="application/atom+xml" title="Borealis News" '
             'href="/borealis-radio/feed.xml">']
    if m["og"]:
        head += ['<meta property="og:site_name" content="Borealis">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(a["title"])}">',
                 f'<meta property="og:description" content="{attr(a["dek"])}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:image" content="{BASE}/borealis-radio/img/{a["slug"]}.jpg">',
                 f'<meta property="article:published_time" content="{local.isoformat()}">']
    if m["jsonld"]:
        obj = {"@context": "http://schema.org", "@type": "NewsArticle",
               "headline": a["title"], "description": a["dek"],
               "datePublished": local.isoformat(), "dateModified": local.isoformat(),
               "url": url, "mainEntityOfPage": url,
               "author": [{"@type": "Organization" if n == "Newsline Wire" else "Person", "name": n}
                          for n in a["authors"]],
               "publisher": {"@type": "Organization", "name": "Borealis Public Radio",
                             "logo": {"@type": "ImageObject",
                                      "url": f"{BASE}/borealis-radio/img/logo.png"}},
               "image": [f"{BASE}/borealis-radio/img/{a['slug']}.jpg"]}
        if "listen" in ex:
            obj["audio"] = {"@type": "AudioObject", "name": ex["listen"][1],
                            "duration": "PT" + ex["listen"][0].replace(":", "M") + "S"}
        if m["article_body"]:
            obj["articleBody"] = gold_body(a)
        head.append(f'<script type="application/ld+json">{ld_json(obj)}</script>')
    head.append("<script>var bpr={contentType:'story',audio:true};</script>")

    speakers = a.get("speakers", [])
    story = [f"<p>{speaker_html(p, speakers)}</p>" for p in a["body"]]
    if ex.get("note"):
        story.append(f'<p class="edit-note"><em>{esc(ex["note"])}</em></p>')
    if ex.get("files_from"):
        story.append(f'<p class="files-from"><em>{esc(ex["files_from"])}</em></p>')

    player = ""
    if "listen" in ex:
        dur, title = ex["listen"]
        player = (f'<div class="audio-player"><button class="listen">LISTEN</button> | '
                  f'<span class="duration">{esc(dur)}</span>'
                  f'<p class="audio-title">{esc(title)}</p></div>')
    figure = (f'<figure class="lead-image"><img src="/borealis-radio/img/{a["slug"]}.jpg" alt="">'
              f'<figcaption>{esc(ex["caption"])}</figcaption></figure>')
    top = [player, figure] if v["player_first"] else [figure, player]
    author = ", ".join(a["authors"])
    byline = (f'<div class="bylineDetails"><span class="authorName">{esc(author)}</span> · '
              f'Borealis News · <time datetime="{local.isoformat()}">Posted: {esc(stamp)}</time>'
              f' | Last Updated: {local:%B} {local.day}, {local:%Y}</div>')
    program = (f'<div class="program-bar"><a href="#">{esc(a["program"])}</a></div>'
               if a.get("program") else '<div class="section-bar"><a href="#">World</a></div>')
    correction = ""
    if ex.get("correction"):
        correction = ('<div class="corrections"><h3>Corrections and clarifications</h3>'
                      f'<p>{esc(ex["correction"])}</p></div>')
    related = ('<section class="related"><h3>Related Stories</h3><ul>'
               + "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in ex["related"])
               + "</ul></section>")
    body = [
        "<body>",
        '<div class="skip"><a href="#content">Skip to Main Content</a></div>',
        '<header class="bpr-header"><a class="bpr-logo" href="/borealis-radio/">Borealis</a>'
        '<nav><ul><li><a href="#">News</a></li><li><a href="#">Sports</a></li>'
        '<li><a href="#">Radio</a></li><li><a href="#">Podcasts</a></li>'
        '<li><a href="#">Listen Live</a></li><li><a href="#">Local</a></li></ul></nav>'
        '<a class="signin" href="#">Sign In</a> <a class="search" href="#">Search</a></header>',
        '<div class="station-select">Your local station: '
        + " · ".join(esc(s) for s in BR_STATIONS) + "</div>",
        '<main id="content">',
        program,
        f'<h1 class="{v["title"]}">{esc(a["title"])}</h1>',
        f'<h2 class="{v["dek"]}">{esc(a["dek"])}</h2>',
        byline,
        '<div class="share-top"><a href="#">Social Sharing</a></div>',
        *top,
        f'<div class="{v["story"]}">',
        *story,
        "</div>",
        correction,
        '<div class="share"><a href="#">Share on Facebook</a> | <a href="#">Share on X</a> | '
        '<a href="#">Email</a></div>',
        related,
        '<div class="audience">Borealis Public Radio’s Journalistic Standards and Practices | '
        '<a href="#">About Borealis News</a> | <a href="#">Report an error</a></div>',
        "</main>",
        '<footer class="bpr-footer"><ul><li><a href="#">Contact Borealis</a></li>'
        '<li><a href="#">Accessibility</a></li><li><a href="#">Privacy</a></li>'
        '<li><a href="#">Terms of Use</a></li><li><a href="#">Corrections and clarifications</a></li>'
        '<li><a href="#" lang="fr">Visitez Radio-Boréal</a></li></ul>'
        f"<p>&copy;{dt.year} Borealis Public Radio. All rights reserved.</p></footer>",
        "</body>",
    ]
    return ('<!DOCTYPE html>\n<html lang="en-CA">\n<head>\n' + "\n".join(head)
            + "\n</head>\n" + "\n".join(x for x in body if x) + "\n</html>\n")


# --- SISA Commentaries (Singapore think tank) -----------------------------------------------

SC_VARIANTS = [
    {"body": "commentary-body", "title": "entry-title", "h": "h3"},
    {"body": "entry-content wp-block-post-content", "title": "wp-block-post-title", "h": "h2"},
    {"body": "co-text", "title": "co-title", "h": "h3"},
    {"body": "entry-content", "title": "entry-title", "h": "h2"},
]


def render_sisa(a: dict) -> str:
    m, ex = a["markup"], a["extras"]
    v = SC_VARIANTS[m["variant"]]
    dt = utc(a["published"])
    local = dt.astimezone(SGT)
    date = f"{local.day} {local:%B %Y}"
    url = url_of(a)
    author = ", ".join(a["authors"])
    head = ['<meta charset="UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(a['title'])} – SISA Commentaries</title>",
            f'<meta name="description" content="{attr(a["dek"])}">',
            f'<meta name="author" content="{attr(author)}">',
            f'<link rel="canonical" href="{url}">',
            '<link rel="alternate" type="application/rss+xml" title="SISA Commentaries" '
            'href="/straits-institute/feed.xml">']
    if m["og"]:
        head += ['<meta property="og:locale" content="en_GB">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(a["title"])}">',
                 f'<meta property="og:description" content="{attr(a["dek"])}">',
                 f'<meta property="og:url" content="{url}">',
                 '<meta property="og:site_name" content="Straits Institute of Strategic Affairs">',
                 f'<meta property="article:published_time" content="{local.isoformat()}">',
                 '<meta property="article:publisher" content="https://www.facebook.com/">']
    if m["jsonld"]:
        person = {"@type": "Person", "name": author, "description": a["bio"]}
        org = {"@type": "Organization", "name": "Straits Institute of Strategic Affairs",
               "alternateName": "SISA", "url": f"{BASE}/straits-institute/"}
        if m["variant"] == 2:   # Yoast-style graph
            obj = {"@context": "https://schema.org", "@graph": [
                {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " – SISA",
                 "datePublished": local.isoformat(), "inLanguage": "en-GB"},
                {"@type": "BlogPosting", "@id": url + "#article", "headline": a["title"],
                 "description": a["dek"], "datePublished": local.isoformat(),
                 "author": person, "publisher": org, "isPartOf": {"@id": url},
                 "keywords": ex["topics"], "articleSection": "Commentaries"},
                org]}
        else:
            obj = {"@context": "https://schema.org", "@type": "OpinionNewsArticle",
                   "headline": a["title"], "description": a["dek"],
                   "datePublished": local.isoformat(), "author": person, "publisher": org,
                   "mainEntityOfPage": url, "keywords": ", ".join(ex["topics"])}
        if m["article_body"]:
            obj["articleBody"] = gold_body(a)
        head.append(f'<script type="application/ld+json">{ld_json(obj)}</script>')
    head.append("<style>.fn{font-size:.7em}.synopsis{background:#f3f3f3}</style>")

    paras = []
    for p in a["body"]:
        h = heading(p)
        paras.append(f'<{v["h"]}>{esc(h)}</{v["h"]}>' if h else f"<p>{footnotes_html(p)}</p>")
    notes = "".join(f'<li id="fn-{i}"><a href="#ref-{i}">[{i}]</a> {esc(t)}</li>'
                    for i, t in enumerate(ex["endnotes"], 1))
    body = [
        '<body class="single single-commentary">',
        '<div class="topbar"><a href="#">Subscribe to our mailing list</a> | <a href="#">Careers</a>'
        ' | <a href="#">Contact</a></div>',
        '<header class="site-header"><a class="brand" href="/straits-institute/">SISA | Straits '
        'Institute of Strategic Affairs</a><nav><ul><li><a href="#">Research</a></li>'
        '<li><a href="#">Commentaries</a></li><li><a href="#">Publications</a></li>'
        '<li><a href="#">Events</a></li><li><a href="#">Media</a></li><li><a href="#">About</a></li>'
        '</ul></nav><a class="donate" href="#">Support Our Work</a></header>',
        f'<div class="crumbs"><a href="/straits-institute/">Home</a> / <a href="#">Commentaries</a>'
        f" / {local:%Y}</div>",
        '<article class="commentary">',
        f'<div class="meta-top"><span class="cat">Commentary</span> <span class="ref">'
        f'{esc(a["series"])}</span> <span class="date">{date}</span></div>',
        f'<h1 class="{v["title"]}">{esc(a["title"])}</h1>',
        f'<div class="author-line">By <a href="#">{esc(author)}</a></div>',
        f'<div class="synopsis"><h4>SYNOPSIS</h4><p>{esc(a["dek"])}</p></div>',
        f'<div class="{v["body"]}">',
        '<h4 class="lbl">COMMENTARY</h4>',
        *paras,
        "</div>",
        f'<div class="endnotes"><h4>Endnotes</h4><ol class="fn-list">{notes}</ol></div>',
        f'<div class="author-bio"><p>{esc(a["bio"])}</p></div>',
        '<div class="disclaimer"><p>Disclaimer: The views expressed in this commentary are those '
        "of the author and do not necessarily reflect the official position of the Straits "
        "Institute of Strategic Affairs. This commentary may be reproduced with prior permission "
        "from SISA and due credit to the author and the Institute.</p></div>",
        '<div class="tools"><a href="#">Download PDF</a> | <a href="#">Print</a> | Share: '
        '<a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · '
        '<a href="#">Email</a></div>',
        '<div class="topics">Topics: ' + ", ".join(f'<a href="#">{esc(t)}</a>' for t in ex["topics"])
        + "</div>",
        "</article>",
        '<section class="related"><h3>Related Commentaries</h3><ul>'
        + "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in ex["related"]) + "</ul></section>",
        '<div class="newsletter"><p>Get SISA Commentaries in your inbox.</p>'
        '<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>',
        '<footer class="site-footer"><p>Straits Institute of Strategic Affairs, 42 Kent Ridge '
        f'Crescent, Singapore 119276</p><p>&copy; {dt.year} SISA. All rights reserved. | '
        '<a href="#">Privacy Statement</a> | <a href="#">Terms of Use</a></p></footer>',
        "</body>",
    ]
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' + "\n".join(head)
            + "\n</head>\n" + "\n".join(body) + "\n</html>\n")


RENDERERS = {"prabhat-live": render_prabhat, "borealis-radio": render_borealis,
             "straits-institute": render_sisa}


# --- plain-text dump of a page --------------------------------------------------------------

class TextDump(HTMLParser):
    """A page as text the way a browser's "save as text" gives it: one block a line, a blank
    line after paragraphs and headings, list items bulleted (ul) or bare (ol)."""
    SKIP = {"head", "script", "style", "noscript", "template", "svg", "title"}
    BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
             "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav",
             "ol", "p", "section", "table", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6"}
    SPACED = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.skip = 0
        self.lists: list[str] = []

    def flush(self, blank: bool = False):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        self.cur = []
        if text:
            self.lines.append(text)
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self.flush()
        elif tag in self.BLOCK:
            self.flush()
            if tag in ("ul", "ol"):
                self.lists.append(tag)
            if tag == "li":
                self.cur.append("  • " if (self.lists and self.lists[-1] == "ul") else "")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in self.BLOCK:
            if tag == "li" and self.cur and self.cur[0] == "  • ":
                text = re.sub(r"\s+", " ", "".join(self.cur[1:])).strip()
                self.cur = []
                if text:
                    self.lines.append("  • " + text)
            else:
                self.flush(blank=tag in self.SPACED)
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def text(self) -> str:
        self.flush()
        lines = []
        for line in self.lines:
            if line == "" and (not lines or lines[-1] == ""):
                continue
            lines.append(line)
        while lines and lines[-1] == "":
            lines.pop()
        return "\n".join(lines) + "\n"


def dump(page: str) -> str:
    p = TextDump()
    p.feed(page)
    p.close()
    return p.text()


# --- feeds ----------------------------------------------------------------------------------

def xesc(s: str) -> str:
    return html.escape(s, quote=True)


def rss_feed(outlet: str, arts: list[dict]) -> str:
    o = A.OUTLETS[outlet]
    arts = sorted(arts, key=lambda a: a["published"], reverse=True)
    tz = IST if outlet == "prabhat-live" else timezone.utc
    newest = utc(arts[0]["published"]).astimezone(tz)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>",
           f"  <title>{xesc(o['name'])}</title>",
           f"  <link>{BASE}/{outlet}/</link>",
           f'  <atom:link href="{BASE}/{outlet}/feed.xml" rel="self" type="application/rss+xml"/>',
           f"  <description>{xesc(o['description'])}</description>",
           f"  <language>{o['language']}</language>",
           f"  <lastBuildDate>{format_datetime(newest)}</lastBuildDate>"]
    for a in arts:
        dt = utc(a["published"]).astimezone(tz)
        url = url_of(a)
        if outlet == "prabhat-live":
            guid = f'<guid isPermaLink="true">{url}</guid>'
            extra = [f'    <media:thumbnail url="{BASE}/prabhat-live/img/{a["slug"]}.jpg"/>']
            cats = [a["section"]]
        else:
            pid = uuid.uuid5(NS, a["id"]).int % 90000 + 10000
            guid = f'<guid isPermaLink="false">{BASE}/{outlet}/?p={pid}</guid>'
            extra = []
            cats = a["extras"]["topics"]
        out += ["  <item>",
                f"    <title><![CDATA[{a['title']}]]></title>",
                f"    <link>{url}</link>",
                f"    {guid}",
                f"    <pubDate>{format_datetime(dt)}</pubDate>",
                f"    <dc:creator><![CDATA[{', '.join(a['authors'])}]]></dc:creator>",
                *[f"    <category><![CDATA[{c}]]></category>" for c in cats],
                f"    <description><![CDATA[{a['dek']}]]></description>",
                *extra,
                "  </item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


def atom_feed(outlet: str, arts: list[dict]) -> str:
    o = A.OUTLETS[outlet]
    arts = sorted(arts, key=lambda a: a["published"], reverse=True)
    newest, _ = eastern(utc(arts[0]["published"]))
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o["language"]}">',
           f"  <title>{xesc(o['name'])}: World</title>",
           f"  <subtitle>{xesc(o['description'])}</subtitle>",
           f"  <id>{BASE}/{outlet}/</id>",
           f"  <updated>{newest.isoformat()}</updated>",
           f'  <link rel="self" type="application/atom+xml" href="{BASE}/{outlet}/feed.xml"/>',
           f'  <link rel="alternate" type="text/html" href="{BASE}/{outlet}/"/>']
    for a in arts:
        local, _ = eastern(utc(a["published"]))
        num = uuid.uuid5(NS, a["id"]).int % 9000000 + 1000000
        out += ["  <entry>",
                f"    <title>{xesc(a['title'])}</title>",
                f'    <link rel="alternate" type="text/html" href="{url_of(a)}"/>',
                f"    <id>tag:borealis.radio,{local:%Y}:1.{num}</id>",
                f"    <published>{local.isoformat()}</published>",
                f"    <updated>{local.isoformat()}</updated>",
                f"    <author><name>{xesc(', '.join(a['authors']))}</name></author>",
                f"    <summary>{xesc(a['dek'])}</summary>",
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


# --- checks ---------------------------------------------------------------------------------

def check_article(a: dict, page: str, text: str) -> None:
    body = gold_body(a)
    lines = set(text.splitlines())
    for para in gold_paragraphs(a):
        assert para in lines, f"{a['id']}: paragraph not a line of the dump: {para[:60]!r}"
    for ev in a["evidence"]:
        assert ev[2] in body, f"{a['id']}: evidence sentence not in body: {ev[2][:70]!r}"
    assert f">{esc(a['title'])}</h1>" in page, f"{a['id']}: headline not in <h1>"
    ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    bodies = [json.loads(x).get("articleBody") for x in ld]
    if a["markup"]["article_body"]:
        assert body in bodies, f"{a['id']}: articleBody differs from gold"
    else:
        assert not any(bodies), f"{a['id']}: unexpected articleBody"
    assert bool(ld) == a["markup"]["jsonld"], f"{a['id']}: JSON-LD presence"
    assert ('property="og:title"' in page) == a["markup"]["og"], f"{a['id']}: og presence"
    assert ('<div class="para">' in page) == a["markup"]["para_div"], f"{a['id']}: div.para"


def check_labels(a: dict) -> None:
    for signal, label, _ in a["evidence"]:
        if signal == "un-vote":
            assert label in ("abstain", "favor", "against"), (a["id"], signal, label)
        else:
            assert signal in ("military-aid", "economic-support", "sanctions", "condemnation",
                              "mediation", "partnership"), (a["id"], signal)
            assert label in ("asserted", "alleged", "hedged", "negated"), (a["id"], label)


# --- build ----------------------------------------------------------------------------------

def write(path: Path, data: bytes, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))


def evidence_record(ev: tuple) -> dict:
    signal, label, sentence = ev
    key = "value" if signal == "un-vote" else "state"
    return {"signal": signal, key: label, "sentence": sentence}


def build(shared: Path) -> None:
    sys.path.insert(0, str(shared / "eval" / "stance"))
    import baseline  # the shared reference baseline and shift rule

    ids = [a["id"] for a in A.ARTICLES]
    assert len(ids) == len(set(ids)) and ids == sorted(ids), "ids must be unique and ordered"
    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold = [], [], []
    by_outlet: dict[str, list[dict]] = {}
    for a in A.ARTICLES:
        check_labels(a)
        page = RENDERERS[a["outlet"]](a)
        text = dump(page)
        check_article(a, page, text)
        ts = utc(a["published"]).timestamp()
        enc = a["markup"]["charset"]
        data = page.encode(enc, "xmlcharrefreplace") if enc != "utf-8" else page.encode("utf-8")
        write(HERE / rel_path(a, "html"), data, ts)
        write(HERE / rel_path(a, "txt"), text.encode("utf-8"), ts)
        by_outlet.setdefault(a["outlet"], []).append(a)
        manifest.append({"id": a["id"], "url": url_of(a), "canonical_url": url_of(a),
                         "html": rel_path(a, "html"), "txt": rel_path(a, "txt"),
                         "outlet": a["outlet"], "published": a["published"]})
        labels.append({"id": a["id"], "split": A.SPLIT, "outlet": a["outlet"],
                       "evidence": [evidence_record(ev) for ev in a["evidence"]],
                       "syndication_group": a["syndication_group"],
                       "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": gold_body(a)})
    for outlet, arts in by_outlet.items():
        feed = atom_feed(outlet, arts) if A.OUTLETS[outlet]["kind"] == "atom" else rss_feed(outlet, arts)
        newest = max(utc(a["published"]).timestamp() for a in arts)
        write(site / outlet / "feed.xml", feed.encode("utf-8"), newest)

    def jsonl(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (HERE / "manifest.jsonl").write_text(jsonl(manifest), encoding="utf-8")
    (HERE / "labels.jsonl").write_text(jsonl(labels), encoding="utf-8")
    (HERE / "gold.jsonl").write_text(jsonl(gold), encoding="utf-8")
    shifts = baseline.expected_shifts(labels)
    (HERE / "expected_shifts.json").write_text(
        json.dumps(shifts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"built {len(manifest)} articles from {len(by_outlet)} outlets into {HERE}")


def self_check(shared: Path) -> int:
    """Gold against itself (extraction) and labels as a rules prediction (stance)."""
    sys.path.insert(0, str(shared / "eval" / "stance"))
    import baseline
    manifest = [json.loads(x) for x in (HERE / "manifest.jsonl").read_text().splitlines()]
    gold = {g["id"]: g for g in map(json.loads, (HERE / "gold.jsonl").read_text().splitlines())}
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text().splitlines()]
    lab = {r["id"]: r for r in labels}
    rc = 0
    with tempfile.TemporaryDirectory() as tmp:
        extract, rules = Path(tmp) / "extract.jsonl", Path(tmp) / "rules.jsonl"
        with extract.open("w") as fx, rules.open("w") as fr:
            for m in manifest:
                g, r = gold[m["id"]], lab[m["id"]]
                evidence = [{"topic": baseline.TOPIC, "signal": e["signal"],
                             "state": e.get("state"), "value": e.get("value"),
                             "actor": "china", "sentence": e["sentence"]} for e in r["evidence"]]
                shifts = [{"topic": baseline.TOPIC, "signal": s, "target": t, "severity": sev}
                          for (s, t), sev in baseline.article_shift_keys(r["evidence"]).items()]
                for kind in ("html", "txt"):
                    path = str(HERE / m[kind])
                    fx.write(json.dumps({"path": path, "title": g["title"], "text": g["body"]}) + "\n")
                    fr.write(json.dumps({"path": path, "evidence": evidence, "shifts": shifts}) + "\n")
        for cmd in ([sys.executable, str(shared / "eval/extraction/score_site.py"),
                     "--data", str(HERE), "--pred", str(extract)],
                    [sys.executable, str(shared / "eval/stance/score.py"), "rules",
                     "--data", str(HERE), "--pred", str(rules)]):
            print("$", Path(cmd[1]).name, *cmd[2:3], flush=True)
            rc |= subprocess.call(cmd)
    return rc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("STANCEWATCH_SHARED") or str(HERE.parents[3] / "shared")
    ap.add_argument("--shared", type=Path, default=Path(default),
                    help="shared directory with eval/ (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="run the self-check scorers")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "stance" / "baseline.py").exists():
        ap.error(f"{args.shared}: no eval/stance/baseline.py (use --shared)")
    build(args.shared)
    return self_check(args.shared) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
