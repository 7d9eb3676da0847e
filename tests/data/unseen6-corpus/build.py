#!/usr/bin/env python3
"""Build the unseen6 stance corpus from articles.py.

Usage:
    python3 build.py [--shared DIR]

Writes, next to this file: site/<outlet>/feed.xml, site/<outlet>/<yyyy>/<mm>/<slug>.html and
.txt, manifest.jsonl, labels.jsonl, gold.jsonl and expected_shifts.json (computed with
shared/eval/stance/baseline.py). Pages are built for http://127.0.0.1:8765; every page's and
dump's mtime is its article's publication time, a feed's mtime its newest entry's.
--shared defaults to $STANCEWATCH_SHARED, else the `shared` directory beside the repository
(/work/shared for /work/main). Python 3.11, standard library only; the output is
deterministic.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import os
import shutil
import sys
import textwrap
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__
sys.path.insert(0, str(HERE))
import articles as A  # noqa: E402

BASE = "http://127.0.0.1:8765"
SPLIT = "unseen6"
NS = uuid.UUID("6f1d8a3c-5b7e-4c2a-9e0f-0a6b7c8d9e10")

PRESENCE = {"military-aid", "economic-support", "sanctions", "condemnation", "mediation",
            "partnership"}
STATES = {"asserted", "alleged", "hedged", "negated"}
VOTES = {"abstain", "favor", "against"}


def esc(s: str) -> str:
    """Escape text content (quotes stay literal, as most CMSs leave them)."""
    return html.escape(s, quote=False)


def escq(s: str) -> str:
    """Escape an attribute value."""
    return html.escape(s, quote=True)


def h5(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()[:5]


def utc(a: dict) -> datetime:
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def local(a: dict) -> datetime:
    return utc(a).astimezone(ZoneInfo(A.OUTLETS[a["outlet"]]["tz"]))


def page_url(a: dict) -> str:
    return f"{BASE}/{a['outlet']}/{a['slug']}.html"


def ld_script(obj: dict) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def og_tags(a: dict, site_name: str, image: str) -> str:
    tags = [("og:type", "article"), ("og:site_name", site_name), ("og:title", a["title"]),
            ("og:description", a["dek"]), ("og:url", page_url(a)), ("og:image", image),
            ("article:published_time", utc(a).isoformat().replace("+00:00", "Z")),
            ("article:section", a.get("section", "World"))]
    for t in a.get("tags") or []:
        tags.append(("article:tag", t))
    return "\n".join(f'<meta property="{k}" content="{escq(v)}">' for k, v in tags)


def news_article_ld(a: dict, publisher: str, image: str, body: bool) -> dict:
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["dek"],
        "datePublished": utc(a).isoformat(),
        "dateModified": utc(a).isoformat(),
        "author": [{"@type": "Person", "name": a["byline"].split(",")[0].title()
                    if a["byline"].isupper() else a["byline"].split(",")[0]}],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": f"{BASE}/{a['outlet']}/logo.png"}},
        "image": [image],
        "mainEntityOfPage": {"@type": "WebPage", "@id": page_url(a)},
        "inLanguage": "en",
    }
    if body:
        obj["articleBody"] = "\n\n".join(a["paragraphs"])
    return obj


def join_txt(lines: list[str]) -> str:
    return "\n".join(lines).rstrip("\n") + "\n"


# =============================================================================================
# Outlet 1: HBC English (European public broadcaster)
# =============================================================================================

HBC_NAV = ["News", "Switzerland", "World", "Business", "Culture", "Science", "Video",
           "Podcasts"]
HBC_CONSENT = ("HBC and our 142 partners use cookies and similar technologies to measure "
               "audiences, personalise content and show you relevant offers. You can accept "
               "all cookies, reject the ones that are not essential or choose your own "
               "settings. You can change your choice at any time under \"Privacy settings\" "
               "at the bottom of every page.")
HBC_FOOTER = ["HBC English is the international service of the Helvetic Broadcasting "
              "Corporation, a public service media company.",
              "About us | Contact | Jobs | Terms of use | Privacy settings | Accessibility"]


def render_hbc(a: dict) -> tuple[str, str]:
    h = h5(a["id"])
    loc = local(a)
    stamp = loc.strftime("%d.%m.%Y, %H:%M ") + loc.tzname()
    secs = a["audio_min"] * 60 + int(h, 16) % 50
    audio_total = f"{secs // 60}:{secs % 60:02d}"
    image = f"{BASE}/hbc-english/media/{h}.jpg"
    year = utc(a).year

    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>{esc(a["title"])} - HBC English</title>',
            f'<link rel="canonical" href="{page_url(a)}">',
            f'<link rel="alternate" hreflang="de" href="{BASE}/hbc-deutsch/{a["slug"]}.html">',
            f'<link rel="alternate" hreflang="fr" href="{BASE}/hbc-francais/{a["slug"]}.html">',
            '<link rel="alternate" type="application/atom+xml" title="HBC English - World" '
            'href="/hbc-english/feed.xml">',
            f'<meta name="description" content="{escq(a["dek"])}">',
            og_tags(a, "HBC English", image)]
    if a["meta"] == "jsonld":
        head.append(ld_script(news_article_ld(a, "HBC English", image, body=False)))
    head += ['<style>.cmp-overlay{position:fixed;inset:0;background:rgba(0,0,0,.6)}'
             '.skip-link{position:absolute;left:-999px}.car__track{display:flex}</style>',
             '<script>window.hbcConfig={"consent":"pending","player":"v4"};</script>',
             '</head>']

    out = head + [
        '<body class="hbc page-article">',
        f'<div class="cmp-overlay cmp-{h}" id="consent" role="dialog" aria-modal="true">',
        '<div class="cmp-box">', '<h2 class="cmp-title">Your privacy choices</h2>',
        f'<p class="cmp-text">{esc(HBC_CONSENT)}</p>',
        '<div class="cmp-buttons"><button type="button">Accept all</button>'
        '<button type="button">Reject all</button><button type="button">Settings</button></div>',
        '</div>', '</div>',
        '<a class="skip-link" href="#main-content">Skip to content</a>',
        f'<header class="site-head sh-{h}">',
        '<ul class="lang-switch"><li><a href="/hbc-deutsch/" lang="de">Deutsch</a></li> | '
        '<li><a href="/hbc-francais/" lang="fr">Français</a></li> | '
        '<li><a href="/hbc-english/" aria-current="true">English</a></li></ul>',
        '<a class="logo" href="/hbc-english/">HBC English</a>',
        '<nav class="main-nav"><ul>' + "".join(f'<li><a href="#">{n}</a></li>'
                                              for n in HBC_NAV) + '</ul></nav>',
        '<a class="login" href="#">Log in</a>', '</header>',
        '<main id="main-content">',
        f'<nav class="breadcrumb"><a href="/hbc-english/">Home</a> › <a href="#">'
        f'{esc(a["section"])}</a></nav>',
        f'<article class="story story-{h}">',
        '<header class="story__head">',
        f'<span class="story__kicker">{esc(a["section"])}</span>',
        f'<h1 class="story__title">{esc(a["title"])}</h1>',
        f'<p class="story__lead">{esc(a["dek"])}</p>',
        f'<div class="story__meta"><span class="byline">By {esc(a["byline"])}</span> '
        f'<time datetime="{utc(a).isoformat()}">{stamp}</time></div>',
        '</header>',
        f'<div class="audio-player ap-{h}" data-src="/audio/{h}.mp3">',
        '<span class="ap__label">Listen to this article</span> '
        f'<span class="ap__duration">{a["audio_min"]} min</span>',
        '<button class="ap__play" type="button">Play</button>',
        f'<span class="ap__time">0:00 / {audio_total}</span>',
        '<button class="ap__speed" type="button">1x</button>',
        '<small class="ap__note">Audio generated with a synthetic voice.</small>', '</div>',
        f'<figure class="story__media"><img src="{image}" alt="">'
        f'<figcaption>{esc(a["caption"])}</figcaption></figure>',
        f'<div class="story__body rt-{h}">',
    ]
    txt = ["Your privacy choices", HBC_CONSENT, "Accept all", "Reject all", "Settings",
           "Skip to content", "Deutsch | Français | English", "HBC English"] + HBC_NAV + [
        "Log in", f"Home › {a['section']}", a["section"], "", a["title"], "", a["dek"],
        f"By {a['byline']}", stamp, "Listen to this article", f"{a['audio_min']} min", "Play",
        f"0:00 / {audio_total}", "1x", "Audio generated with a synthetic voice.",
        a["caption"], ""]

    subheads = set(a.get("subheads") or [])
    inline_at = 4 if len(a["paragraphs"]) > 6 else 2
    for i, p in enumerate(a["paragraphs"]):
        if i == inline_at:
            out.append(f'<aside class="inline-more"><span>More:</span> <a href="#">'
                       f'{esc(a["inline_more"])}</a></aside>')
            txt += [f"More: {a['inline_more']}", ""]
        if i in subheads:
            if a["para_style"] == "div":
                out.append(f'<div class="rt__subhead"><div><strong>{esc(p)}</strong></div></div>')
            else:
                out.append(f'<h2 class="rt__h2">{esc(p)}</h2>')
        elif a["para_style"] == "div":
            out.append(f'<div class="rt__block"><div class="rt__text" data-block="{i}">'
                       f'<div class="rt__para">{esc(p)}</div></div></div>')
        else:
            out.append(f'<p>{esc(p)}</p>')
        txt += [p, ""]
    out += ['</div>',
            '<div class="share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> '
            '<a href="#">LinkedIn</a> <a href="#">E-mail</a> <a href="#">Copy link</a></div>',
            '</article>']
    txt += ["Share", "Facebook", "X", "LinkedIn", "E-mail", "Copy link"]

    carousel = [f'<section class="carousel car-{h}" aria-label="More on this topic">',
                '<h2>More on this topic</h2>', '<div class="car__track">']
    ctxt = ["More on this topic"]
    for j, r in enumerate(a["related"]):
        carousel.append(f'<a class="car__card" href="#"><img src="{BASE}/hbc-english/media/'
                        f'{h5(r)}.jpg" alt=""><h3>{esc(r)}</h3>'
                        f'<span class="car__meta">{2 + j % 3} min read</span></a>')
        ctxt += [r, f"{2 + j % 3} min read"]
    carousel += ['</div>', '<button type="button" class="car__prev">Previous</button>',
                 '<button type="button" class="car__next">Next</button>', '</section>']
    ctxt += ["Previous", "Next"]

    comments, mtxt = [], []
    if a["comments"]:
        comments = [f'<section class="comments cm-{h}">',
                    f'<h2>Comments ({len(a["comments"])})</h2>']
        mtxt = [f"Comments ({len(a['comments'])})"]
        for name, text in a["comments"]:
            comments.append(f'<div class="comment"><span class="comment__author">{esc(name)}'
                            f'</span><div class="comment__text">{esc(text)}</div>'
                            f'<a href="#" class="comment__reply">Reply</a></div>')
            mtxt += [name, text, "Reply"]
        comments += ['<p class="comments__rules">Comments are moderated according to our '
                     '<a href="#">community guidelines</a>.</p>', '</section>']
        mtxt += ["Comments are moderated according to our community guidelines."]
    else:
        comments = ['<p class="comments-closed">Comments are closed for this article.</p>']
        mtxt = ["Comments are closed for this article."]

    # section order varies per article
    if int(h, 16) % 2:
        out += carousel + comments
        txt += ctxt + mtxt
    else:
        out += comments + carousel
        txt += mtxt + ctxt
    out += ['</main>', '<footer class="site-foot">',
            f'<p>{esc(HBC_FOOTER[0])}</p>',
            '<p><a href="#">About us</a> | <a href="#">Contact</a> | <a href="#">Jobs</a> | '
            '<a href="#">Terms of use</a> | <a href="#">Privacy settings</a> | '
            '<a href="#">Accessibility</a></p>',
            f'<p>© HBC {year}</p>', '</footer>', '</body>', '</html>']
    txt += HBC_FOOTER + [f"© HBC {year}"]
    return "\n".join(out) + "\n", join_txt(txt)


# =============================================================================================
# Outlet 2: The Straits Ledger (South-East Asian business daily)
# =============================================================================================

SL_NAV = ["Singapore", "Asean", "Companies & Markets", "Property", "Opinion", "Lifestyle",
          "Podcasts"]
SL_MOST_READ = ["Bank earnings: what to expect from the big three",
                "HDB resale prices rise for 17th straight quarter",
                "Five dividend stocks for a choppy market",
                "Changi Airport traffic back above pre-pandemic levels",
                "Why family offices are flocking to Singapore"]
SL_PAYWALL = ("Unlock unlimited access to premium stories, the Daily Briefing newsletter and "
              "the e-paper. From S$0.99 for the first month.")


def render_sl(a: dict) -> tuple[str, str]:
    h = h5(a["id"])
    loc = local(a)
    stamp = "Published " + loc.strftime("%a, %b ") + str(loc.day) + loc.strftime(", %Y · ") \
        + loc.strftime("%I:%M %p").lstrip("0")
    image = f"{BASE}/straits-ledger/img/{h}.jpg"
    year = utc(a).year
    ticker = " | ".join(f"{n} {v}{(' ' + c) if c else ''}" for n, v, c in a["ticker"])
    enc = a["encoding"]

    head = ['<!doctype html>', '<html lang="en-SG">', '<head>']
    if enc == "windows-1252":
        head.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    else:
        head.append('<meta charset="utf-8">')
    head += [f'<title>{esc(a["title"])} | The Straits Ledger</title>',
             f'<link rel="canonical" href="{page_url(a)}">',
             og_tags(a, "The Straits Ledger", image),
             f'<meta property="article:author" content="{escq(a["byline"])}">',
             '<meta name="twitter:card" content="summary_large_image">',
             '<link rel="alternate" type="application/rss+xml" href="/straits-ledger/feed.xml">',
             '<style>.tkr{white-space:nowrap;overflow:hidden}.gate{border:1px solid #c00}</style>',
             '</head>']
    out = head + [
        f'<body class="sl article-page sl-{h}">',
        '<div class="tkr" aria-label="Market data"><ul>' + "".join(
            f'<li><span class="tkr-n">{esc(n)}</span> <span class="tkr-v">{esc(v)}</span>'
            + (f' <span class="tkr-c {"up" if c.startswith("+") else "dn"}">{esc(c)}</span>'
               if c else '') + '</li>' for n, v, c in a["ticker"]) + '</ul></div>',
        '<header class="mast"><a class="brand" href="/straits-ledger/">The Straits Ledger</a>',
        '<nav><ul>' + "".join(f'<li><a href="#">{esc(n)}</a></li>' for n in SL_NAV)
        + '</ul></nav>',
        '<a class="btn-sub" href="#">SUBSCRIBE</a> <a class="btn-login" href="#">Login</a>',
        '</header>',
        '<div class="wrap"><main class="col-main">',
        f'<article class="art a-{h}">',
        f'<div class="art-kicker">{esc(a["kicker"])}</div>',
        f'<h1 class="art-hl">{esc(a["title"])}</h1>',
        f'<h2 class="art-standfirst">{esc(a["dek"])}</h2>',
        f'<div class="art-meta"><span class="art-author">{esc(a["byline"])}</span> '
        f'<span class="art-date">{stamp}</span></div>',
        '<div class="art-tools"><a href="#">Gift this article</a> <a href="#">Share</a> '
        '<a href="#">A+ Text size</a></div>',
        f'<figure class="art-fig"><img src="{image}" alt=""><figcaption>{esc(a["caption"])}'
        '</figcaption></figure>',
        '<div class="art-body">',
    ]
    txt = [ticker, "The Straits Ledger"] + SL_NAV + ["SUBSCRIBE", "Login", a["kicker"],
                                                     a["title"], a["dek"], a["byline"], stamp,
                                                     "Gift this article", "Share",
                                                     "A+ Text size", a["caption"], ""]
    for i, p in enumerate(a["paragraphs"]):
        if i == 2:
            out.append('<div class="ad-slot" data-ad="mid1">ADVERTISEMENT</div>')
            txt += ["ADVERTISEMENT", ""]
        if i == 3:
            out += [f'<div class="read-also">READ ALSO: <a href="#">{esc(a["inline_read_also"])}'
                    '</a></div>',
                    '<div class="gate"><h3>SUBSCRIBE to unlock</h3>'
                    f'<p>{esc(SL_PAYWALL)}</p><a class="gate-btn" href="#">Subscribe now</a>'
                    '<p class="gate-login">Already a subscriber? <a href="#">Log in</a></p></div>',
                    '<div class="premium" data-locked="false">']
            txt += [f"READ ALSO: {a['inline_read_also']}", "", "SUBSCRIBE to unlock",
                    SL_PAYWALL, "Subscribe now", "Already a subscriber? Log in", ""]
        out.append(f'<p>{esc(p)}</p>')
        txt += [p, ""]
    out.append('</div>' if len(a["paragraphs"]) > 3 else '')
    out.append('</div>')
    if a.get("author_bio"):
        out.append(f'<div class="art-bio">{esc(a["author_bio"])}</div>')
        txt.append(a["author_bio"])
    out.append('<div class="art-topics">Topics: ' + ", ".join(
        f'<a href="#">{esc(t)}</a>' for t in a["tags"]) + '</div>')
    txt.append("Topics: " + ", ".join(a["tags"]))
    out.append('</article>')
    rn_h, rn_t = a["read_next"]
    out += ['<section class="read-next"><span class="rn-label">Read next</span>',
            f'<a href="#"><h3>{esc(rn_h)}</h3><p>{esc(rn_t)}</p></a></section>']
    txt += ["Read next", rn_h, rn_t]
    if a["comments"]:
        out += ['<section class="cmts">', f'<h4>Comments ({len(a["comments"])})</h4>']
        txt.append(f"Comments ({len(a['comments'])})")
        for name, text in a["comments"]:
            out.append(f'<div class="cmt"><b>{esc(name)}</b><p>{esc(text)}</p>'
                       '<span class="cmt-like">Like</span></div>')
            txt += [name, text, "Like"]
        out.append('</section>')
    out += ['</main>', '<aside class="col-side"><h3>Most Read</h3><ol>' + "".join(
        f'<li><a href="#">{esc(m)}</a></li>' for m in SL_MOST_READ) + '</ol></aside></div>']
    txt += ["Most Read"] + [f"{i}. {m}" for i, m in enumerate(SL_MOST_READ, 1)]
    copy = (f"Copyright © {year} Straits Ledger Media Pte Ltd. All rights reserved. "
            f"Reg. No. 201934567K | MCI (P) 031/08/{year}")
    out += ['<footer class="foot"><p class="foot-brand">The Straits Ledger</p>',
            '<p><a href="#">About Us</a> | <a href="#">Advertise</a> | <a href="#">Contact</a> | '
            '<a href="#">Terms &amp; Conditions</a> | <a href="#">Privacy Policy</a></p>',
            f'<p class="foot-copy">{esc(copy)}</p></footer>', '</body>', '</html>']
    txt += ["The Straits Ledger",
            "About Us | Advertise | Contact | Terms & Conditions | Privacy Policy", copy]
    return "\n".join(x for x in out if x != '') + "\n", join_txt(txt)


# =============================================================================================
# Outlet 3: The Tasman Courier e-Paper (print replica; text export of the pages)
# =============================================================================================

VOWELS = set("aeiouyAEIOUY")
COL_WIDTH = 40
COL_LINES = 15


def _split_point(word: str, room: int) -> int | None:
    """Where to break `word` so that word[:k] plus its line-end hyphen fits in `room`
    columns, or None.

    Breaks after an existing hyphen as they come (the dump then shows "dual-" / "use");
    otherwise only inside a run of letters, leaving at least 2 letters (one a vowel) before
    and 4 after, at vowel|consonant-vowel or consonant|consonant boundaries (a crude
    stand-in for dictionary hyphenation)."""
    if len(word) < 7:
        return None
    tail_strip = ".,;:!?\"'”’)"
    for k in range(min(room, len(word) - 3), 1, -1):
        pre, nxt = word[k - 1], word[k]
        rest = word[k:].rstrip(tail_strip)
        if pre == "-":
            if word[:k - 1].isalpha() and rest.isalpha() and len(rest) >= 2:
                return k
            continue
        if k + 1 > room or not word[:k].isalpha() or len(rest) < 4 or not rest[:4].isalpha():
            continue
        if not any(c in VOWELS for c in word[:k]):
            continue
        if pre in VOWELS and nxt not in VOWELS and word[k + 1] in VOWELS:
            return k
        if pre not in VOWELS and nxt not in VOWELS and word[k - 1:k + 1].lower() not in (
                "ch", "sh", "th", "ph", "ck", "gh", "qu", "ng", "wh"):
            return k
    return None


def hyphen_wrap(text: str, width: int, indent: str = "  ") -> list[str]:
    """Greedy wrap with print-style hyphenation; the first line is indented."""
    lines, cur = [], indent
    for word in text.split():
        while word:
            sep = "" if cur.strip() == "" else " "
            if len(cur) + len(sep) + len(word) <= width:
                cur = cur + sep + word
                word = ""
                break
            room = width - len(cur) - len(sep)
            k = _split_point(word, room) if room > 3 else None
            if k:
                pre = word[:k]
                lines.append(cur + sep + pre + ("" if pre.endswith("-") else "-"))
                word, cur = word[k:], ""
                continue
            if cur.strip():
                lines.append(cur)
                cur = ""
            else:  # a word longer than the column
                lines.append(word)
                word = ""
    if cur.strip():
        lines.append(cur)
    return lines


def plain_wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def columns_txt(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        lines += hyphen_wrap(p, COL_WIDTH)
    out: list[str] = []
    for n, start in enumerate(range(0, len(lines), COL_LINES)):
        if n:
            out.append(f"[col. {n + 1}]")
        out += lines[start:start + COL_LINES]
    return out


def columns_html(paragraphs: list[str], ncols: int) -> list[str]:
    """Split paragraphs into ncols <div class="col">, breaking a paragraph mid-way where a
    column ends (the continuation is a <p class="cont">)."""
    words = [(i, w) for i, p in enumerate(paragraphs) for w in p.split()]
    total = sum(len(w) + 1 for _, w in words)
    target = total / ncols
    cols: list[list[tuple[int, str]]] = [[]]
    acc = 0
    for i, w in words:
        if acc >= target * len(cols) and len(cols) < ncols:
            cols.append([])
        cols[-1].append((i, w))
        acc += len(w) + 1
    html_cols = []
    prev_last = None
    for col in cols:
        parts, cur_i, buf = [], None, []
        for i, w in col:
            if i != cur_i and buf:
                parts.append((cur_i, " ".join(buf)))
                buf = []
            cur_i = i
            buf.append(w)
        if buf:
            parts.append((cur_i, " ".join(buf)))
        inner = []
        for j, (i, text) in enumerate(parts):
            cls = ' class="cont"' if j == 0 and i == prev_last else ""
            inner.append(f"<p{cls}>{esc(text)}</p>")
        prev_last = col[-1][0]
        html_cols.append('<div class="col">' + "".join(inner) + '</div>')
    return html_cols


def render_tc(a: dict) -> tuple[str, str]:
    h = h5(a["id"])
    loc = local(a)
    day_long = loc.strftime("%A, ") + str(loc.day) + loc.strftime(" %B %Y")
    day_caps = (loc.strftime("%A, %B ") + str(loc.day) + loc.strftime(", %Y")).upper()
    year = loc.year
    image = f"{BASE}/tasman-courier/replica/{h}.jpg"
    paras = a["paragraphs"]
    cut = a["jump_after"] if a["jump_after"] else len(paras)
    first, rest = paras[:cut], paras[cut:]
    page = a["page"]

    head = ['<!DOCTYPE html>', '<html lang="en-NZ">', '<head>', '<meta charset="utf-8">']
    if a["meta"] == "none":
        head.append(f'<title>The Tasman Courier e-Paper - {esc(day_long)} - Page {page}</title>')
    else:
        head += [f'<title>{esc(a["title"])} | The Tasman Courier e-Paper</title>',
                 f'<link rel="canonical" href="{page_url(a)}">',
                 og_tags(a, "The Tasman Courier", image)]
        if a["meta"] == "jsonld-body":
            head.append(ld_script(news_article_ld(a, "The Tasman Courier", image, body=True)))
    head += ['<link rel="alternate" type="application/rss+xml" href="/tasman-courier/feed.xml">',
             '<style>.pg{border:1px solid #999;margin:8px}.cols{display:flex}.col{flex:1;'
             'padding:0 6px;text-align:justify;hyphens:auto}</style>', '</head>']
    hl_tag = ("h1", "h1") if a["meta"] == "none" else ('div class="hl"', "div")

    out = head + [
        f'<body class="epaper ep-{h}">',
        '<div class="viewer-bar"><span class="brand">The Tasman Courier e-Paper</span> | '
        f'<span class="edition">Edition: {esc(day_long)} · Main edition</span> | '
        '<a href="#">Zoom in</a> <a href="#">Zoom out</a> <a href="#">Download PDF</a> '
        '<a href="#">Clip</a> <a href="#">Share</a> <a href="#">Text view</a></div>',
        '<div class="thumbs">' + " ".join(f'<a href="#p{n}">Page {n}</a>' for n in range(1, 7))
        + ' …</div>',
        '<div class="replica">',
        f'<div class="pg" id="p{page}" data-page="{page}">',
        f'<div class="running-head"><span>THE TASMAN COURIER</span> <span>{day_caps}</span> '
        f'<span class="folio">PAGE {page}</span></div>',
        f'<div class="story s-{h}">',
        f'<div class="section-tag">{esc(a["section"])}</div>',
        f'<{hl_tag[0]}>{esc(a["title"])}</{hl_tag[1]}>',
        f'<div class="standfirst">{esc(a["dek"])}</div>',
        f'<div class="byline">{esc(a["byline"])}<br><span class="place">'
        f'{esc(a["dateline_place"])}</span></div>',
        f'<figure><img src="{image}" alt=""><div class="cap">{esc(a["caption"])}</div></figure>',
        '<div class="cols">' + "".join(columns_html(first, 3 if not rest else 2)) + '</div>',
    ]
    rule = "=" * 64
    txt = ["The Tasman Courier e-Paper", f"Edition: {day_long} · Main edition",
           "Text view · Zoom in · Zoom out · Download PDF · Clip · Share", rule,
           f"PAGE {page}    THE TASMAN COURIER    {day_caps}", a["section"], "", a["title"],
           "", a["dek"], a["byline"], a["dateline_place"], a["caption"], ""]
    txt += columns_txt(first)
    if rest:
        out.append(f'<div class="jump-out">Continued on Page {a["jump_page"]}</div>')
        txt += [f"Continued on Page {a['jump_page']}", ""]
    out.append('</div>')
    for label, hd, body in a.get("front_briefs") or []:
        out.append(f'<div class="story brief"><div class="brief-label">{esc(label)}</div>'
                   f'<h3>{esc(hd)}</h3><p>{esc(body)}</p></div>')
        txt += [label, hd] + plain_wrap(body, COL_WIDTH) + [""]
    if rest:
        jp = a["jump_page"]
        out += ['</div>', f'<div class="pg" id="p{jp}" data-page="{jp}">',
                f'<div class="running-head"><span class="folio">PAGE {jp}</span> '
                f'<span>{esc(a["section"])}</span> <span>THE TASMAN COURIER</span> '
                f'<span>{day_caps}</span></div>',
                f'<div class="story s-{h}-cont">',
                f'<div class="jump-head">{esc(a["jump_word"])}</div>',
                '<div class="jump-in">Continued from Page 1</div>',
                '<div class="cols">' + "".join(columns_html(rest, 3)) + '</div>', '</div>']
        txt += [rule, f"PAGE {jp}    {a['section']}    THE TASMAN COURIER    {day_caps}", "",
                a["jump_word"], "Continued from Page 1", ""]
        txt += columns_txt(rest) + [""]
    for label, hd, body in a.get("back_items") or []:
        out.append(f'<div class="story item"><div class="brief-label">{esc(label)}</div>'
                   f'<h3>{esc(hd)}</h3><p>{esc(body)}</p></div>')
        txt += [label, hd] + plain_wrap(body, COL_WIDTH) + [""]
    foot = (f"© {year} Tasman Courier Ltd. Digital replica edition. Reproduction and "
            "redistribution are not permitted.")
    out += ['</div>', '</div>', f'<div class="ep-foot">{esc(foot)}</div>', '</body>', '</html>']
    txt += [rule, foot]
    return "\n".join(out) + "\n", join_txt(txt)


RENDER = {"hbc-english": render_hbc, "straits-ledger": render_sl, "tasman-courier": render_tc}


# =============================================================================================
# Feeds
# =============================================================================================

def rfc822(dt: datetime) -> str:
    return format_datetime(dt, usegmt=True)


def feed_atom(outlet: str, items: list[dict]) -> str:
    o = A.OUTLETS[outlet]
    newest = utc(items[0]).isoformat()
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
             f'  <title>{esc(o["name"])} - World</title>',
             '  <subtitle>News from Switzerland and the world</subtitle>',
             f'  <id>tag:hbc-english.example,2022:/{outlet}/world</id>',
             f'  <link rel="self" type="application/atom+xml" href="{BASE}/{outlet}/feed.xml"/>',
             f'  <link rel="alternate" type="text/html" href="{BASE}/{outlet}/"/>',
             f'  <updated>{newest}</updated>',
             f'  <rights>© HBC {utc(items[0]).year}</rights>']
    for a in items:
        lines += ['  <entry>',
                  f'    <title type="text">{esc(a["title"])}</title>',
                  f'    <link rel="alternate" type="text/html" href="{page_url(a)}"/>',
                  f'    <id>tag:hbc-english.example,{a["published"][:10]}:{a["slug"]}</id>',
                  f'    <published>{utc(a).isoformat()}</published>',
                  f'    <updated>{utc(a).isoformat()}</updated>',
                  f'    <author><name>{esc(a["byline"])}</name></author>',
                  f'    <category term="{escq(a["section"])}"/>',
                  f'    <summary type="text">{esc(a["dek"])}</summary>',
                  '  </entry>']
    lines.append('</feed>')
    return "\n".join(lines) + "\n"


def feed_rss(outlet: str, items: list[dict]) -> str:
    o = A.OUTLETS[outlet]
    sl = outlet == "straits-ledger"
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if sl else ''
    desc = ("Business, markets and politics from Singapore and South-East Asia" if sl else
            "Stories from the printed edition of The Tasman Courier")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<rss version="2.0"{ns}>', '<channel>',
             f'  <title>{esc(o["name"])}</title>', f'  <link>{BASE}/{outlet}/</link>',
             f'  <description>{esc(desc)}</description>',
             f'  <language>{"en-sg" if sl else "en-nz"}</language>',
             f'  <lastBuildDate>{rfc822(utc(items[0]))}</lastBuildDate>', '  <ttl>30</ttl>']
    for a in items:
        lines += ['  <item>', f'    <title>{esc(a["title"])}</title>',
                  f'    <link>{page_url(a)}</link>']
        if sl:
            lines += [f'    <guid isPermaLink="true">{page_url(a)}</guid>',
                      f'    <dc:creator>{esc(a["byline"])}</dc:creator>',
                      f'    <description>{esc(a["dek"])}</description>']
            lines += [f'    <category>{esc(t)}</category>' for t in a["tags"]]
        else:
            guid = uuid.uuid5(NS, a["id"])
            lines += [f'    <guid isPermaLink="false">tc-epaper-{guid}</guid>',
                      f'    <description>{esc("Page %d | %s | %s" % (a["page"], a["section"], a["dek"]))}'
                      '</description>',
                      f'    <category>{esc(a["section"].title())}</category>']
        lines += [f'    <pubDate>{rfc822(utc(a))}</pubDate>', '  </item>']
    lines += ['</channel>', '</rss>']
    return "\n".join(lines) + "\n"


# =============================================================================================
# Checks, build
# =============================================================================================

def validate() -> None:
    ids = [a["id"] for a in A.ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for n, a in enumerate(sorted(A.ARTICLES, key=lambda x: x["id"]), 1):
        assert a["id"] == f"u6-{n:02d}", a["id"]
        assert a["outlet"] in A.OUTLETS, a["id"]
        body = "\n\n".join(a["paragraphs"])
        for e in a["evidence"]:
            s = e["signal"]
            assert s in PRESENCE or s == "un-vote", (a["id"], s)
            if s == "un-vote":
                assert e.get("value") in VOTES and "state" not in e, (a["id"], e)
            else:
                assert e.get("state") in STATES and "value" not in e, (a["id"], e)
            assert any(e["sentence"] in p for p in a["paragraphs"]), \
                f"{a['id']}: evidence sentence not in body: {e['sentence'][:80]}"
        assert a["title"] not in body and a["dek"] not in body, a["id"]
        if a["encoding"] != "utf-8":
            for p in a["paragraphs"] + [a["title"], a["dek"]]:
                p.encode(a["encoding"])  # raises if the page could not carry it natively
                assert all(ord(c) < 128 or not c.isalpha() for c in p), \
                    f"{a['id']}: non-ASCII letter in a {a['encoding']} page"


def set_mtime(path: Path, dt: datetime) -> None:
    ts = dt.timestamp()
    os.utime(path, (ts, ts))


def find_shared(arg: str | None) -> Path:
    cands = [arg, os.environ.get("STANCEWATCH_SHARED"), str(HERE.parents[3] / "shared")]
    for c in cands:
        if c and (Path(c) / "eval" / "stance" / "baseline.py").exists():
            return Path(c)
    raise SystemExit("cannot find shared/eval/stance/baseline.py; pass --shared DIR")


def load_baseline(shared: Path):
    spec = importlib.util.spec_from_file_location(
        "stance_baseline", shared / "eval" / "stance" / "baseline.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", help="the shared/ directory (holds eval/stance/baseline.py)")
    args = ap.parse_args(argv)
    validate()
    baseline = load_baseline(find_shared(args.shared))

    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    arts = sorted(A.ARTICLES, key=lambda a: (a["published"], a["id"]))
    manifest, labels, gold = [], [], []
    for a in arts:
        page, dump = RENDER[a["outlet"]](a)
        rel = Path("site") / a["outlet"] / f"{a['slug']}.html"
        html_path = HERE / rel
        html_path.parent.mkdir(parents=True, exist_ok=True)
        html_path.write_bytes(page.encode(a["encoding"], errors="xmlcharrefreplace"))
        txt_path = html_path.with_suffix(".txt")
        txt_path.write_text(dump, encoding="utf-8")
        for p in (html_path, txt_path):
            set_mtime(p, utc(a))
        manifest.append({"id": a["id"], "url": page_url(a), "canonical_url": page_url(a),
                         "html": rel.as_posix(), "txt": rel.with_suffix(".txt").as_posix(),
                         "outlet": a["outlet"], "published": a["published"]})
        labels.append({"id": a["id"], "split": SPLIT, "outlet": a["outlet"],
                       "evidence": a["evidence"], "syndication_group": a["syndication_group"],
                       "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": "\n\n".join(a["paragraphs"])})

    for outlet, o in A.OUTLETS.items():
        items = sorted((a for a in arts if a["outlet"] == outlet),
                       key=lambda a: a["published"], reverse=True)
        text = feed_atom(outlet, items) if o["feed"] == "atom" else feed_rss(outlet, items)
        fp = site / outlet / "feed.xml"
        fp.write_text(text, encoding="utf-8")
        set_mtime(fp, utc(items[0]))

    write_jsonl(HERE / "manifest.jsonl", manifest)
    write_jsonl(HERE / "labels.jsonl", labels)
    write_jsonl(HERE / "gold.jsonl", gold)
    shifts = baseline.expected_shifts(labels)
    (HERE / "expected_shifts.json").write_text(json.dumps(shifts, indent=2) + "\n",
                                               encoding="utf-8")
    print(f"built {len(arts)} articles, {len(A.OUTLETS)} feeds, {len(shifts)} expected shifts "
          f"in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
