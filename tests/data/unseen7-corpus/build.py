#!/usr/bin/env python3
"""Build the unseen7 stance corpus (topic china-russia-ukraine) from articles.py.

Usage:
    python3 build.py [--shared DIR]

Writes, next to this file: site/<outlet>/<yyyy>/<mm>/<slug>.html and .txt, site/<outlet>/feed.xml,
manifest.jsonl, labels.jsonl, gold.jsonl and expected_shifts.json (computed with
DIR/eval/stance/baseline.py; DIR defaults to ../shared beside the repository root). Pages are
built for http://127.0.0.1:8765; every page's and dump's mtime is its article's publication time,
a feed's mtime that of its newest article. Standard library only; the output is deterministic.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES, OUTLETS  # noqa: E402

BASE = "http://127.0.0.1:8765"
SPLIT = "unseen7"
TOPIC = "china-russia-ukraine"
PRESENCE = {"military-aid", "economic-support", "sanctions", "condemnation", "mediation",
            "partnership"}
STATES = {"asserted", "alleged", "hedged", "negated"}
VOTE_VALUES = {"abstain", "favor", "against"}
MARK = re.compile(r"\[\[([^|\]]+)\|(.*?)\]\]", re.S)


def e(text: str) -> str:
    return html.escape(text, quote=True)


# --- text preparation -----------------------------------------------------------------------

def smart_quotes(s: str) -> str:
    """Typographic quotes, one character for one character (offsets are kept)."""
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else ""
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch == '"':
            out.append("\u201c" if (not prev or prev.isspace() or prev in "([{\u2014\u2013-/'")
                       else "\u201d")
        elif ch == "'":
            if prev.isalnum() or (prev and prev in ".,!?;:%\""):
                out.append("\u2019")
            elif s[i + 1:i + 3] == "em" and not s[i + 3:i + 4].isalnum():
                out.append("\u2019")  # 'em
            elif (not prev or prev.isspace() or prev in "([{\u2014\u2013-/\"") and nxt.isalnum():
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    assert len(out) == len(s)
    return "".join(out)


def parse_body(body: str, smart: bool) -> tuple[list[dict], list[dict]]:
    """-> (blocks, evidence). A block is {"kind": "p", "text"} or an insert {"kind", ...}."""
    blocks, evidence = [], []
    for raw in re.split(r"\n\s*\n", body.strip()):
        text = " ".join(raw.split())
        if text.startswith("@"):
            kind, _, arg = text[1:].partition(":")
            arg = arg.strip()
            if smart:
                arg = smart_quotes(arg)
            items = [a.strip() for a in arg.split("; ")] if kind == "readalso" else [arg]
            blocks.append({"kind": kind.strip(), "items": items})
            continue
        plain, spans, pos = [], [], 0
        for m in MARK.finditer(text):
            plain.append(text[pos:m.start()])
            start = sum(map(len, plain))
            plain.append(m.group(2))
            spans.append((start, start + len(m.group(2)), m.group(1)))
            pos = m.end()
        plain.append(text[pos:])
        para = "".join(plain)
        assert "[[" not in para and "]]" not in para, para
        if smart:
            para = smart_quotes(para)
        for start, end, labels in spans:
            sentence = para[start:end]
            for label in labels.split(";"):
                signal, _, state = (x.strip() for x in label.partition(":"))
                if signal == "un-vote":
                    assert state in VOTE_VALUES, label
                    evidence.append({"signal": signal, "value": state, "sentence": sentence})
                else:
                    assert signal in PRESENCE and state in STATES, label
                    evidence.append({"signal": signal, "state": state, "sentence": sentence})
        blocks.append({"kind": "p", "text": para})
    return blocks, evidence


# --- dates ----------------------------------------------------------------------------------

def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def local(art: dict) -> tuple[datetime, str]:
    outlet = OUTLETS[art["outlet"]]
    hours = art.get("tz", outlet["tz"])
    name = art.get("tz_name", outlet["tz_name"])
    return utc(art["published"]).astimezone(timezone(timedelta(hours=hours))), name


def h12(dt: datetime) -> str:
    return f"{dt.hour % 12 or 12}:{dt.minute:02d}"


def short_hash(*parts: str) -> str:
    return hashlib.md5("/".join(parts).encode()).hexdigest()[:8]


# --- page templates -------------------------------------------------------------------------

GC_NAV = ["UAE", "Gulf", "World", "Business", "Sport", "Tech", "Lifestyle", "Opinion", "Videos"]


def gulf_page(art: dict, blocks: list[dict], url: str) -> str:
    dt, _ = local(art)
    h = short_hash(art["id"])
    micro = art["layout"] == "microdata"
    published = f"{dt:%a} {dt.day} {dt:%b %Y}, {h12(dt)} {dt:%p}"
    upd = dt + timedelta(minutes=47)
    updated = f"{upd:%a} {upd.day} {upd:%b %Y}, {h12(upd)} {upd:%p}"
    head = [
        '<!DOCTYPE html>', '<html lang="en" dir="ltr">', '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{e(art["title"])} | The Gulf Courier</title>',
        f'<link rel="canonical" href="{url}">',
        f'<meta name="description" content="{e(art["dek"])}">',
        '<meta property="og:site_name" content="The Gulf Courier">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(art["title"])}">',
        f'<meta property="og:description" content="{e(art["dek"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{BASE}/gulf-courier/static/img/{h}.jpg">',
        '<link rel="alternate" type="application/rss+xml" title="The Gulf Courier" '
        'href="/gulf-courier/feed.xml">',
        '<link rel="stylesheet" href="/gulf-courier/static/css/main.4f1c.css">',
    ]
    if art.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": art["title"], "description": art["dek"],
              "datePublished": dt.isoformat(), "dateModified": upd.isoformat(),
              "author": {"@type": "Person", "name": art["author"]},
              "publisher": {"@type": "Organization", "name": "The Gulf Courier",
                            "logo": {"@type": "ImageObject",
                                     "url": f"{BASE}/gulf-courier/static/img/logo.png"}},
              "image": [f"{BASE}/gulf-courier/static/img/{h}.jpg"],
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "articleSection": art["section"], "keywords": ", ".join(art["tags"])}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
                    + '</script>')
    head += ['<script async src="/gulf-courier/static/js/gpt-loader.js"></script>',
             '<script>window.gcData={page:"article",section:"' + art["section"].lower()
             + '"};</script>', '</head>']

    ticker = "".join(f"<li><a href=\"#\">{e(t)}</a></li>" for t in art["ticker"])
    nav = "".join(f'<li><a href="#">{n}</a></li>' for n in GC_NAV)
    crumbs = "".join(f'<li><a href="#">{e(c)}</a></li>' for c in art["crumbs"])
    body_parts = []
    for b in blocks:
        if b["kind"] == "p":
            body_parts.append(f"<p>{e(b['text'])}</p>")
        elif b["kind"] == "ad":
            body_parts.append(f'<div class="gc-ad gc-ad--inarticle" id="div-gpt-ad-{h}">'
                              '<span class="gc-ad__label">Advertisement</span></div>')
        elif b["kind"] == "alsoread":
            body_parts.append(f'<p class="gc-alsoread"><strong>ALSO READ:</strong> '
                              f'<a href="#">{e(b["items"][0])}</a></p>')
        else:
            raise ValueError(f"{art['id']}: insert {b['kind']} not in the gulf template")
    tags = "".join(f'<a href="#" rel="tag">{e(t)}</a>' for t in art["tags"])
    yml = "".join(
        f'<article class="gc-card"><a href="#"><img src="/gulf-courier/static/img/'
        f'{short_hash(art["id"], t)}.jpg" alt="" loading="lazy"><h3 class="gc-card__title">'
        f'{e(t)}</h3></a><p class="gc-card__blurb">{e(blurb)}</p></article>'
        for t, blurb in art["yml"])
    trending = "".join(f'<li><a href="#">{e(t)}</a></li>' for t in art["trending"])
    prayer = "".join(f"<tr><th>{n}</th><td>{t}</td></tr>" for n, t in art["prayer"])
    rail = {
        "trending": f'<section class="gc-trending"><h2>Trending now</h2><ol>{trending}</ol>'
                    '</section>',
        "prayer": f'<section class="gc-prayer"><h2>Prayer times</h2><p class="gc-prayer__city">'
                  f'Dubai, {dt.day} {dt:%B %Y}</p><table class="gc-prayer__table">{prayer}</table>'
                  '</section>',
        "app": '<section class="gc-app"><h2>Download our app</h2><p>Breaking news alerts, '
               'prayer reminders and the daily e-paper, wherever you are.</p><a href="#">App '
               'Store</a> <a href="#">Google Play</a> <a href="#">AppGallery</a></section>',
    }
    order = ["trending", "prayer", "app"] if int(h, 16) % 2 else ["prayer", "trending", "app"]

    if micro:
        art_open = ('<article class="gc-article" itemscope '
                    'itemtype="https://schema.org/NewsArticle">')
        title = f'<h1 class="gc-article__title" itemprop="headline">{e(art["title"])}</h1>'
        summary = f'<p class="gc-article__summary" itemprop="description">{e(art["dek"])}</p>'
        meta = (f'<div class="gc-article__meta"><span class="gc-author" itemprop="author" '
                f'itemscope itemtype="https://schema.org/Person">By <a href="#" itemprop="name">'
                f'{e(art["author"])}</a></span><meta itemprop="datePublished" '
                f'content="{dt.isoformat()}"><meta itemprop="dateModified" '
                f'content="{upd.isoformat()}"><span class="gc-published">Published: '
                f'{published}</span><span class="gc-updated">Last updated: {updated}</span>'
                '<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
                '<meta itemprop="name" content="The Gulf Courier"></span></div>')
        body_open = f'<div class="gc-article__body gc-body-{h[:4]}" itemprop="articleBody">'
    else:
        art_open = f'<article class="gc-article" data-article-id="{h}">'
        title = f'<h1 class="gc-article__title">{e(art["title"])}</h1>'
        summary = f'<p class="gc-article__summary">{e(art["dek"])}</p>'
        meta = (f'<div class="gc-article__meta"><span class="gc-author">By <a href="#">'
                f'{e(art["author"])}</a></span><span class="gc-published">Published: '
                f'{published}</span><span class="gc-updated">Last updated: {updated}</span></div>')
        body_open = f'<div class="gc-article__body" id="article-body-{h[:6]}">'

    page = head + [
        '<body class="gc-article-page">',
        f'<div class="gc-ticker" role="marquee" aria-label="Breaking news"><span '
        f'class="gc-ticker__label">Breaking News</span><ul class="gc-ticker__list">{ticker}</ul>'
        '</div>',
        f'<header class="gc-header"><div class="gc-header__top"><span class="gc-date">'
        f'{dt:%A}, {dt.day} {dt:%B %Y}</span><span class="gc-weather">Dubai 34\u00b0C</span>'
        '<a href="#">E-paper</a><a href="#">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a>'
        '<a href="#">Sign in</a></div><a class="gc-logo" href="/gulf-courier/">The Gulf Courier'
        f'</a><nav class="gc-nav"><ul>{nav}</ul></nav></header>',
        '<div class="gc-layout"><main class="gc-main">',
        art_open,
        f'<ol class="gc-crumbs">{crumbs}</ol>',
        title, summary, meta,
        '<div class="gc-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp'
        '</a><a href="#">LinkedIn</a><a href="#">Copy link</a></div>',
        f'<figure class="gc-hero"><img src="/gulf-courier/static/img/{h}.jpg" alt="" '
        f'width="1280" height="720"><figcaption>{e(art["hero"])}</figcaption></figure>',
        body_open, *body_parts, '</div>',
        f'<div class="gc-tags"><span class="gc-tags__label">Tags</span>{tags}</div>',
        '</article>',
        f'<section class="gc-yml"><h2>You might also like</h2><div class="gc-grid">{yml}</div>'
        '</section>',
        '</main>',
        '<aside class="gc-rail">' + "".join(rail[k] for k in order) + '</aside>',
        '</div>',
        '<footer class="gc-footer"><ul class="gc-footer__links"><li><a href="#">About us</a>'
        '</li><li><a href="#">Contact</a></li><li><a href="#">Advertise</a></li><li><a href="#">'
        'Privacy policy</a></li><li><a href="#">Terms of use</a></li></ul><p>\u00a9 '
        f'{dt.year} Gulf Courier Media LLC. All rights reserved. Licensed by the UAE Media '
        'Council.</p></footer>',
        '</body>', '</html>',
    ]
    return "\n".join(page) + "\n"


DW_NAV = ["News", "National", "World", "Sport", "Entertainment", "Lifestyle", "Money", "Video"]
DW_POPULAR = [
    "Tradie's $9 lunch hack has Aussies divided",
    "Cyclone warning issued for Queensland coast",
    "Reality star's shock exit from the villa",
    "Petrol prices: the cheapest day to fill up this week",
    "Council slaps $1,100 fine on driveway parking",
]


def wattle_page(art: dict, blocks: list[dict], url: str) -> str:
    dt, tzname = local(art)
    h = short_hash(art["id"])
    stamp = f"{dt:%B} {dt.day}, {dt.year} - {h12(dt)}{dt:%p} {tzname}"
    sq = smart_quotes
    body_parts = []
    for b in blocks:
        if b["kind"] == "p":
            if art["layout"] == "divtxt":
                body_parts.append(f'<div class="txt">{e(b["text"])}</div>')
            else:
                body_parts.append(f'<p class="dw-p">{e(b["text"])}</p>')
        elif b["kind"] == "readmore":
            body_parts.append(f'<p class="dw-readmore"><strong>READ MORE:</strong> '
                              f'<a href="#">{e(b["items"][0])}</a></p>')
        elif b["kind"] == "video":
            body_parts.append(f'<div class="dw-inline-video" data-video="{h}"><p '
                              f'class="dw-inline-video__label">WATCH</p><p>{e(b["items"][0])}'
                              '</p></div>')
        else:
            raise ValueError(f"{art['id']}: insert {b['kind']} not in the wattle template")
    comments = "".join(
        f'<div class="dw-comment"><p class="dw-comment__name">{e(name)}</p><p '
        f'class="dw-comment__time">{e(when)}</p><p class="dw-comment__text">{e(sq(text))}</p><p '
        f'class="dw-comment__actions">Reply \u00b7 Like ({likes})</p></div>'
        for name, when, text, likes in art["comments"])
    kicker_cls = "exclusive" if art["kicker"] == "EXCLUSIVE" else "section"
    role = f'<span class="dw-byline__role">{e(art["role"])}</span>' if art.get("role") else ""
    popular = "".join(f'<li><a href="#">{e(sq(p))}</a></li>' for p in DW_POPULAR)
    page = [
        '<!doctype html>', '<html lang="en-AU">', '<head>', '<meta charset="utf-8">',
        f'<title>{e(art["title"])} | Daily Wattle</title>',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:site_name" content="The Daily Wattle">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(art["title"])}">',
        f'<meta property="og:description" content="{e(art["dek"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{BASE}/daily-wattle/img/{h}-1200x630.jpg">',
        f'<meta property="article:published_time" content="{dt.isoformat()}">',
        f'<meta property="article:author" content="{e(art["author"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<link rel="alternate" type="application/atom+xml" href="/daily-wattle/feed.xml">',
        '<script>window.__DW__={"platform":"web","paywall":false,"autoplay":true};</script>',
        '</head>',
        '<body class="dw dw--article">',
        '<div class="dw-topbar"><span class="dw-weather">Sydney 24\u00b0</span><a href="#">'
        'Subscribe</a><a href="#">Log in</a></div>',
        '<header class="dw-masthead"><a class="dw-logo" href="/daily-wattle/">THE DAILY WATTLE'
        '</a><nav class="dw-nav">' + "".join(f'<a href="#">{n}</a>' for n in DW_NAV)
        + '</nav></header>',
        '<div class="dw-container">',
        f'<article class="dw-article" id="story-{h}">',
        f'<div class="dw-kicker dw-kicker--{kicker_cls}">{e(art["kicker"])}</div>',
        f'<h1 class="dw-headline">{e(art["title"])}</h1>',
        f'<h2 class="dw-standfirst">{e(art["dek"])}</h2>',
        f'<div class="dw-byline"><span class="dw-byline__name">{e(art["author"])}</span>{role}'
        f'<time datetime="{dt.isoformat()}">{stamp}</time></div>',
        f'<div class="dw-share"><button>Share</button><button>Save</button><a href="#comments">'
        f'Comments ({len(art["comments"])})</a></div>',
        f'<div class="dw-video dw-video--autoplay" data-autoplay="true" data-muted="true">'
        f'<div class="dw-video__player" data-id="{h}"></div><p class="dw-video__next"><span>Up '
        f'next</span> {e(sq(art["video"]))}</p><button class="dw-video__unmute">Tap to unmute'
        '</button></div>',
        f'<div class="dw-body">', *body_parts, '</div>',
        '<aside class="dw-tips"><h3>Share your story</h3><p>Seen something? Know something? '
        'Email <a href="mailto:tips@dailywattle.com.au">tips@dailywattle.com.au</a> or message '
        'us on 0400 000 123.</p></aside>',
        '<section class="dw-comments" id="comments"><h3>Join the conversation</h3><p '
        'class="dw-comments__rules">Comments are moderated and may take a few minutes to '
        f'appear.</p>{comments}</section>',
        '</article>',
        f'<aside class="dw-rail"><h3>Most popular</h3><ol>{popular}</ol></aside>',
        '</div>',
        '<footer class="dw-footer"><p>\u00a9 2025 Daily Wattle Pty Ltd. All times AEST/AEDT.'
        '</p><p><a href="#">Privacy</a> | <a href="#">Terms of use</a> | <a href="#">Editorial '
        'standards</a> | <a href="#">Contact us</a></p></footer>',
        '</body>', '</html>',
    ]
    return "\n".join(page) + "\n"


KT_MENU = ["News", "Russia", "World", "Economy", "Politics", "Special operation", "Society",
           "Sport", "Photo"]


def kontinent_page(art: dict, blocks: list[dict], url: str) -> str:
    dt, _ = local(art)
    h = short_hash(art["id"])
    upd = dt + timedelta(minutes=18)
    head = [
        '<!DOCTYPE html>', '<html lang="en" prefix="og: http://ogp.me/ns#">', '<head>',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f'<title>{e(art["title"])} - Kontinent</title>',
        f'<link rel="canonical" href="{url}">',
        f'<meta name="description" content="{e(art["dek"])}">',
        f'<meta name="keywords" content="{e(", ".join(art["tags"]))}">',
        '<meta property="og:site_name" content="Kontinent">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(art["title"])}">',
        f'<meta property="og:description" content="{e(art["dek"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{BASE}/kontinent-en/i/{h}.jpg">',
        '<meta property="og:locale" content="en_US">',
        '<meta property="og:locale:alternate" content="ru_RU">',
        f'<meta property="article:published_time" content="{dt.isoformat()}">',
        '<link rel="alternate" type="application/rss+xml" href="/kontinent-en/feed.xml">',
    ]
    if art.get("jsonld"):
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": art["title"],
             "inLanguage": "en"},
            {"@type": "NewsArticle", "headline": art["title"], "description": art["dek"],
             "datePublished": dt.isoformat(), "dateModified": upd.isoformat(),
             "mainEntityOfPage": url, "author": {"@type": "Organization", "name": "Kontinent"},
             "publisher": {"@type": "NewsMediaOrganization", "name": "Kontinent",
                           "url": f"{BASE}/kontinent-en/"},
             "keywords": art["tags"]}]}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
                    + '</script>')
    head += ['<script src="/kontinent-en/js/counter.js" async></script>', '</head>']

    text_parts = []
    table = art["layout"] == "table"
    for b in blocks:
        if b["kind"] == "p":
            text_parts.append(f"<p>{e(b['text'])}</p>")
        elif b["kind"] == "readalso":
            if table:
                rows = "".join(f'<tr><td><a href="#">{e(i)}</a></td></tr>' for i in b["items"])
                text_parts.append('<table class="readalso" width="100%" cellpadding="4"><tr><td>'
                                  f'<b>Read also</b></td></tr>{rows}</table>')
            else:
                items = "".join(f'<li><a href="#">{e(i)}</a></li>' for i in b["items"])
                text_parts.append('<div class="b-readalso"><div class="b-readalso__title">Read '
                                  f'also</div><ul>{items}</ul></div>')
        else:
            raise ValueError(f"{art['id']}: insert {b['kind']} not in the kontinent template")
    tags = ", ".join(f'<a href="#">{e(t)}</a>' for t in art["tags"])
    sidebar = "".join(f'<li><a href="#">{e(s)}</a></li>' for s in art["sidebar"])
    legal = [
        f'\u00a9 2005\u2013{max(dt.year, 2025)} Kontinent news agency. All rights reserved.',
        'The online publication Kontinent is registered by the Federal Service for Supervision '
        'of Communications, Information Technology and Mass Media (Roskomnadzor), registration '
        'certificate El No. FS77-81932. Founder: Kontinent Media JSC. Editor-in-chief: '
        'A. V. Sokolova. Age rating 18+.',
        'Reproduction of materials in full or in part is permitted only with an active hyperlink '
        'to Kontinent. Materials marked "Source" are published under agreements with the news '
        'agencies named.',
    ]
    date_line = f"{dt.day} {dt:%B %Y}, {dt:%H:%M}"
    if table:
        menu = "".join(f'<li><a href="#">{m}</a></li>' for m in KT_MENU)
        body = [
            '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">',
            '<table class="layout" width="100%" cellpadding="0" cellspacing="0" border="0">',
            f'<tr><td colspan="3" class="hdr"><a class="logo" href="/kontinent-en/">KONTINENT</a>'
            f' <span class="ed">English edition</span> <span class="clock">Moscow {dt:%H:%M}'
            '</span> <a href="#">\u0420\u0443\u0441\u0441\u043a\u0430\u044f '
            '\u0432\u0435\u0440\u0441\u0438\u044f</a></td></tr>',
            '<tr>',
            f'<td class="lcol" width="160" valign="top"><ul class="rubrics">{menu}</ul></td>',
            '<td class="ccol" valign="top">',
            '<table class="news" width="100%" cellpadding="6" cellspacing="0" border="0">',
            f'<tr><td class="news-date">{dt:%d.%m.%Y %H:%M} | {e(art["rubric"])}</td></tr>',
            f'<tr><td class="news-title"><h1>{e(art["title"])}</h1></td></tr>',
            f'<tr><td class="news-lead"><b>{e(art["dek"])}</b></td></tr>',
            '<tr><td class="news-body">', *text_parts, '</td></tr>',
            f'<tr><td class="news-src">{e(art["source"])}</td></tr>',
            f'<tr><td class="news-tags">Tags: {tags}</td></tr>',
            '</table>',
            '</td>',
            f'<td class="rcol" width="220" valign="top"><b>Most read</b><ul>{sidebar}</ul></td>',
            '</tr>',
            '<tr><td colspan="3" class="ftr">' + "".join(f"<p>{e(x)}</p>" for x in legal)
            + '</td></tr>',
            '</table>',
            '</body>', '</html>',
        ]
    else:
        menu = "".join(f'<li><a href="#">{m}</a></li>' for m in KT_MENU)
        body = [
            '<body class="page-article">',
            f'<div class="b-topline"><a href="#">\u0420\u0443\u0441\u0441\u043a\u0430\u044f '
            '\u0432\u0435\u0440\u0441\u0438\u044f</a> <a href="#">Deutsch</a> <span '
            f'class="b-topline__cur">English</span> <span class="b-topline__time">Moscow '
            f'{dt:%H:%M}</span></div>',
            '<div class="b-header"><a class="b-logo" href="/kontinent-en/">KONTINENT</a><div '
            'class="b-slogan">News agency \u00b7 English edition</div><ul class="b-menu">'
            f'{menu}</ul></div>',
            '<div class="b-wrap"><div class="b-content">',
            f'<div class="b-article" data-id="{h}">',
            f'<div class="b-article__rubric"><a href="#">{e(art["rubric"])}</a></div>',
            f'<div class="b-article__date">{date_line} <span class="b-article__upd">(updated: '
            f'{upd:%H:%M})</span></div>',
            f'<h1 class="b-article__title">{e(art["title"])}</h1>',
            f'<div class="b-article__lead">{e(art["dek"])}</div>',
            '<div class="b-article__text">', *text_parts, '</div>',
            f'<div class="b-article__source">{e(art["source"])}</div>',
            '<div class="b-article__translation">Translated from Russian by the Kontinent '
            'English desk. Quotations are given in translation.</div>',
            f'<div class="b-article__tags">Tags: {tags}</div>',
            '<div class="b-article__share">Share: <a href="#">VK</a> <a href="#">Telegram</a> '
            '<a href="#">OK</a> <a href="#">X</a></div>',
            '</div>',
            '</div>',
            f'<div class="b-sidebar"><div class="b-sidebar__title">Most read</div><ul>{sidebar}'
            '</ul><div class="b-sidebar__tg">Subscribe to Kontinent on Telegram</div></div>',
            '</div>',
            '<div class="b-footer">' + "".join(f"<p>{e(x)}</p>" for x in legal) + '</div>',
            '</body>', '</html>',
        ]
    return "\n".join(head + body) + "\n"


TEMPLATES = {"gulf-courier": gulf_page, "daily-wattle": wattle_page,
             "kontinent-en": kontinent_page}


# --- plain-text dump ------------------------------------------------------------------------

class TextDump(HTMLParser):
    """What "select all, copy" gives: one block a line, list items bulleted, paragraphs
    followed by a blank line, table cells of a row on one line."""
    BLOCK = {"div", "section", "article", "header", "footer", "aside", "nav", "main", "ul",
             "ol", "figure", "table", "tr", "form", "dl", "dt", "dd", "hr", "address", "li"}
    PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption"}
    SKIP = {"head", "script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.prefix = ""
        self.skip = 0

    def flush(self, blank: bool = False) -> None:
        line = " ".join("".join(self.cur).split())
        if line:
            self.lines.append(self.prefix + line)
        self.cur, self.prefix = [], ""
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
        elif tag in self.BLOCK or tag in self.PARA:
            self.flush()
            if tag == "li":
                self.prefix = "  \u2022 "
        elif tag in ("td", "th") and "".join(self.cur).strip():
            self.cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self.skip:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
            return
        if self.skip:
            return
        if tag in self.PARA:
            self.flush(blank=True)
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def text(self) -> str:
        self.flush()
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def dump(page: str) -> str:
    parser = TextDump()
    parser.feed(page)
    parser.close()
    return parser.text()


# --- feeds ----------------------------------------------------------------------------------

def guid(art: dict) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "unseen7:" + art["outlet"] + "/" + art["slug"]))


def rss_gulf(items: list[tuple[dict, str]]) -> str:
    newest = utc(items[0][0]["published"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           '  <title>The Gulf Courier - World</title>',
           f'  <link>{BASE}/gulf-courier/</link>',
           f'  <atom:link href="{BASE}/gulf-courier/feed.xml" rel="self" '
           'type="application/rss+xml"/>',
           '  <description>News from the UAE, the Gulf and the world</description>',
           '  <language>en</language>',
           f'  <lastBuildDate>{format_datetime(newest, usegmt=True)}</lastBuildDate>',
           '  <ttl>15</ttl>']
    for art, url in items:
        out += ['  <item>',
                f'    <title>{xml_escape(art["title"])}</title>',
                f'    <link>{url}</link>',
                f'    <guid isPermaLink="true">{url}</guid>',
                f'    <dc:creator>{xml_escape(art["author"])}</dc:creator>',
                f'    <pubDate>{format_datetime(utc(art["published"]), usegmt=True)}</pubDate>',
                f'    <category>{xml_escape(art["section"])}</category>',
                f'    <description><![CDATA[{art["dek"]}]]></description>',
                '  </item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"


def rss_kontinent(items: list[tuple[dict, str]]) -> str:
    msk = timezone(timedelta(hours=3))
    newest = utc(items[0][0]["published"]).astimezone(msk)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>',
           '<title>Kontinent \u2014 English edition</title>',
           f'<link>{BASE}/kontinent-en/</link>',
           '<description>News agency Kontinent: news from Russia and the world in English'
           '</description>',
           '<language>en</language>',
           f'<pubDate>{format_datetime(newest)}</pubDate>',
           f'<image><url>{BASE}/kontinent-en/i/logo.png</url><title>Kontinent</title>'
           f'<link>{BASE}/kontinent-en/</link></image>']
    for art, url in items:
        dt = utc(art["published"]).astimezone(msk)
        out += ['<item>',
                f'<title>{xml_escape(art["title"])}</title>',
                f'<link>{url}</link>',
                f'<guid isPermaLink="false">kontinent-en-{guid(art)[:8]}</guid>',
                f'<description>{xml_escape(art["dek"])}</description>',
                f'<category>{xml_escape(art["rubric"])}</category>',
                f'<enclosure url="{BASE}/kontinent-en/i/{short_hash(art["id"])}.jpg" '
                'type="image/jpeg" length="0"/>',
                f'<pubDate>{format_datetime(dt)}</pubDate>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"


def atom_wattle(items: list[tuple[dict, str]]) -> str:
    newest, _ = local(items[0][0])
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU">',
           '  <title>The Daily Wattle</title>',
           '  <subtitle>News, sport and yarns from around Australia and the world</subtitle>',
           '  <id>tag:dailywattle.example,2020:/feed</id>',
           f'  <updated>{newest.isoformat()}</updated>',
           f'  <link rel="self" type="application/atom+xml" href="{BASE}/daily-wattle/feed.xml"/>',
           f'  <link rel="alternate" type="text/html" href="{BASE}/daily-wattle/"/>']
    for art, url in items:
        dt, _ = local(art)
        out += ['  <entry>',
                f'    <title type="text">{xml_escape(art["title"])}</title>',
                f'    <link rel="alternate" type="text/html" href="{url}"/>',
                f'    <id>urn:uuid:{guid(art)}</id>',
                f'    <published>{dt.isoformat()}</published>',
                f'    <updated>{dt.isoformat()}</updated>',
                f'    <author><name>{xml_escape(art["author"])}</name></author>',
                f'    <category term="{xml_escape(art["kicker"].title())}"/>',
                f'    <summary type="text">{xml_escape(art["dek"])}</summary>',
                '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n"


FEEDS = {"gulf-courier": rss_gulf, "daily-wattle": atom_wattle, "kontinent-en": rss_kontinent}


# --- build ----------------------------------------------------------------------------------

def write(path: Path, text: str, when: datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    ts = when.timestamp()
    os.utime(path, (ts, ts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[3] / "shared",
                    help="the shared directory holding eval/stance/baseline.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval" / "stance"))
    import baseline  # noqa: E402

    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    arts = sorted(ARTICLES, key=lambda a: a["published"])
    ids = [a["id"] for a in arts]
    assert len(set(ids)) == len(ids)
    manifest, labels, gold, by_outlet = [], [], [], {}
    problems: list[str] = []
    for art in arts:
        smart = OUTLETS[art["outlet"]]["smart_quotes"]
        if smart:
            art = dict(art, title=smart_quotes(art["title"]), dek=smart_quotes(art["dek"]))
        blocks, evidence = parse_body(art["body"], smart)
        when = utc(art["published"])
        rel = f"{art['outlet']}/{when:%Y}/{when:%m}/{art['slug']}"
        url = f"{BASE}/{rel}.html"
        page = TEMPLATES[art["outlet"]](art, blocks, url)
        text = dump(page)
        write(site / f"{rel}.html", page, when)
        write(site / f"{rel}.txt", text, when)
        by_outlet.setdefault(art["outlet"], []).append((art, url))
        paragraphs = [b["text"] for b in blocks if b["kind"] == "p"]
        body = "\n\n".join(paragraphs)
        page_text = html.unescape(re.sub(r"<[^>]+>", " ", page))
        text_lines = set(text.splitlines())
        for p in paragraphs:
            if p not in text_lines:
                problems.append(f"{art['id']}: paragraph is not a line of the dump: {p[:60]}")
        if art["title"] not in text_lines:
            problems.append(f"{art['id']}: headline is not a line of the dump")
        for ev in evidence:
            s = ev["sentence"]
            if s not in body or s not in text or s not in page_text:
                problems.append(f"{art['id']}: evidence sentence not found: {s[:60]}")
        manifest.append({"id": art["id"], "url": url, "canonical_url": url,
                         "html": f"site/{rel}.html", "txt": f"site/{rel}.txt",
                         "outlet": art["outlet"], "published": art["published"]})
        labels.append({"id": art["id"], "split": SPLIT, "outlet": art["outlet"],
                       "evidence": evidence, "syndication_group": art["syndication_group"],
                       "source_event": art["source_event"], "traps": art["traps"]})
        gold.append({"id": art["id"], "title": art["title"], "body": body})

    for outlet, items in by_outlet.items():
        items.sort(key=lambda it: it[0]["published"], reverse=True)
        write(site / outlet / "feed.xml", FEEDS[outlet](items), utc(items[0][0]["published"]))

    def jsonl(name: str, rows: list[dict]) -> None:
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")

    jsonl("manifest.jsonl", manifest)
    jsonl("labels.jsonl", labels)
    jsonl("gold.jsonl", gold)
    shifts = baseline.expected_shifts(labels)
    (HERE / "expected_shifts.json").write_text(json.dumps(shifts, indent=2) + "\n",
                                               encoding="utf-8")
    for p in problems:
        print("problem:", p, file=sys.stderr)
    n_ev = sum(len(r["evidence"]) for r in labels)
    print(f"built {len(arts)} articles ({len(by_outlet)} outlets), {n_ev} evidence labels, "
          f"{len(shifts)} expected shifts -> {HERE}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
