#!/usr/bin/env python3
"""Build the unseen check corpus (stance-dev layout) from articles.py.

    python3 build.py            # writes manifest.jsonl, labels.jsonl, gold.jsonl,
                                # expected_shifts.json and site/ next to this file

Standard library only. expected_shifts.json is computed with the shared baseline
(shared/eval/stance/baseline.py: article_shift_keys / expected_shifts).
"""
from __future__ import annotations

import calendar
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import re
import shutil
import sys
import uuid
from datetime import datetime, timezone
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES, LEDGER, MAG, NEWS  # noqa: E402

SHARED = HERE.parents[3] / "shared"
if not (SHARED / "eval").exists():
    SHARED = Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval" / "stance"))
import baseline  # noqa: E402

BASE = "http://127.0.0.1:8765"
NAMES = {LEDGER: "Lakeshore Ledger", MAG: "The Long View", NEWS: "Steppe Dispatch"}
FN = re.compile(r"\[\^(\d+)\]")


def e(s: str) -> str:
    return escape(s, quote=False)


def a(s: str) -> str:
    return escape(s, quote=True)


def dt(pub: str) -> datetime:
    return datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def is_quote(p: str) -> bool:
    return p.startswith("> ")


def plain(p: str) -> str:
    """Gold text of a paragraph: no blockquote marker, no footnote anchors."""
    return FN.sub("", p[2:] if is_quote(p) else p)


def uid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(parts)))


def hour(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]


# --- the regional newspaper (Brightspot/Arc-like) -------------------------------------------

def ledger(art: dict, url: str) -> tuple[str, str]:
    d = dt(art["published"])
    date_h = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {hour(d)} UTC"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "description": art["dek"], "datePublished": art["published"],
          "dateModified": art["published"], "mainEntityOfPage": url,
          "author": [{"@type": "Person", "name": art["author"]}],
          "publisher": {"@type": "Organization", "name": NAMES[LEDGER],
                        "logo": {"@type": "ImageObject", "url": BASE + "/lakeshore-ledger/logo.png"}},
          "isAccessibleForFree": not art["exclusive"],
          "articleSection": art["section"]}
    nav = ["News", "Local", "Nation & World", "Sports", "Business", "Opinion", "Obituaries", "e-Edition"]
    h = [f'<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="utf-8">',
         f'<title>{e(art["title"])} | {NAMES[LEDGER]}</title>',
         f'<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<link rel="canonical" href="{a(url)}">',
         f'<meta name="description" content="{a(art["dek"])}">',
         f'<meta property="og:title" content="{a(art["title"])}">',
         f'<meta property="og:site_name" content="{NAMES[LEDGER]}">',
         f'<meta property="article:published_time" content="{art["published"]}">',
         f'<link rel="alternate" type="application/rss+xml" href="/{LEDGER}/feed.xml">',
         f'<script type="application/ld+json">{json.dumps(ld)}</script>',
         '<script>window.Fusion=window.Fusion||{};Fusion.arcSite="lakeshore";Fusion.deployment="1187";'
         'window.googletag=window.googletag||{cmd:[]};</script>',
         '<style>.ad-slot{min-height:280px;text-align:center}.c-badge{background:#b00;color:#fff}'
         '.PageList-items{list-style:none}</style></head>',
         '<body class="Page-body"><a class="skip-link" href="#main">Skip to main content</a>',
         '<header class="Page-header"><div class="Page-header-bar">'
         f'<a class="Page-logo" href="/{LEDGER}/">{NAMES[LEDGER]}</a>'
         '<div class="Page-header-actions"><a href="#" class="sign-in">Sign In</a>'
         '<a href="#" class="btn btn-subscribe">Subscribe</a></div></div>'
         '<nav class="Navigation"><ul>' + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in nav)
         + '</ul></nav></header>',
         '<div class="ad-slot ad-top"><span class="ad-label">ADVERTISEMENT</span><div id="gpt-top"></div></div>',
         '<main id="main" class="Page-main"><div class="Page-two-column"><article class="ArticlePage">',
         '<div class="ArticlePage-headline-area">']
    t = ["Skip to main content", NAMES[LEDGER], "Sign In", "Subscribe", *nav, "ADVERTISEMENT"]
    if art["exclusive"]:
        h.append('<span class="c-badge c-badge--exclusive"><svg class="icon-lock"></svg>Subscriber exclusive</span>')
        t.append("Subscriber exclusive")
    h += [f'<a class="ArticlePage-section" href="#">{e(art["section"])}</a>',
          f'<h1 class="ArticlePage-headline">{e(art["title"])}</h1>',
          f'<h2 class="ArticlePage-subHeadline">{e(art["dek"])}</h2>',
          f'<div class="ArticlePage-authors"><span class="ArticlePage-authorBy">By </span>'
          f'<a class="ArticlePage-authorName" href="#">{e(art["author"])}</a></div>',
          f'<div class="ArticlePage-datePublished"><time datetime="{art["published"]}">'
          f'Published {e(date_h)}</time></div>',
          '<div class="ActionBar"><button class="share">Share</button><a href="#">Facebook</a>'
          '<a href="#">X</a><a href="#">Email</a><a href="#">Print</a></div></div>']
    t += [art["section"], art["title"], art["dek"], f"By {art['author']}", f"Published {date_h}",
          "Share", "Facebook", "X", "Email", "Print"]
    h.append('<div class="RichTextArticleBody article-body" data-module="article-body">')
    t.append("")
    paras = [plain(p) for p in art["paras"]]
    gallery_at = min(4, len(paras) - 1)
    ads_at = {2, 6}
    for i, p in enumerate(paras, 1):
        h.append(f'<p class="RichTextBody-paragraph">{e(p)}</p>')
        t += [p, ""]
        if i == gallery_at:
            n = len(art["gallery"])
            h.append('<div class="Enhancement"><div class="Carousel gallery" data-slides="%d">' % n
                     + f'<div class="Carousel-header"><span class="Carousel-title">Photos</span>'
                     f'<span class="Carousel-count">1 of {n}</span></div>')
            t += ["Photos", f"1 of {n}"]
            for k, (cap, credit) in enumerate(art["gallery"], 1):
                h.append(f'<figure class="Carousel-slide"><img src="/img/{art["slug"]}-{k}.jpg" alt="">'
                         f'<figcaption class="Figure-caption"><span class="Figure-captionText">{e(cap)}</span> '
                         f'<span class="Figure-credit">{e(credit)}</span></figcaption></figure>')
                t += [f"{cap} {credit}"]
            h.append('</div></div>')
            t.append("")
        if i in ads_at and i < len(paras):
            h.append(f'<div class="ad-slot ad-inline" id="ad-inline-{i}"><span class="ad-label">'
                     'ADVERTISEMENT</span><div class="gpt-ad"></div></div>')
            t += ["ADVERTISEMENT", ""]
    h.append('</div>')
    if art.get("republished"):
        h.append(f'<p class="ArticlePage-republish"><em>{e(art["republished"])}</em></p>')
        t += [art["republished"], ""]
    h += ['<div class="ArticlePage-tags"><span>Topics:</span> <a href="#">China</a> '
          '<a href="#">Russia</a> <a href="#">Ukraine</a> <a href="#">Foreign policy</a></div>',
          '<div class="NewsletterSignup"><h3>The Morning Ledger</h3><p>Get the day\'s top stories in your '
          'inbox every weekday.</p><input type="email" placeholder="Email address"><button>Sign up</button></div>',
          '</article><aside class="Page-aside"><div class="List trending"><h3 class="List-title">Trending</h3>'
          '<ol class="PageList-items">']
    t += ["Topics: China Russia Ukraine Foreign policy", "The Morning Ledger",
          "Get the day's top stories in your inbox every weekday.", "Sign up", "Trending"]
    for k, head in enumerate(art["trending"], 1):
        h.append(f'<li class="PageList-items-item"><span class="rank">{k}</span>'
                 f'<a href="/{LEDGER}/trending-{k}.html">{e(head)}</a></li>')
        t.append(f"{k}")
        t.append(head)
    h += ['</ol></div><div class="ad-slot ad-rail"><span class="ad-label">ADVERTISEMENT</span></div>'
          '</aside></div></main>',
          '<footer class="Page-footer"><a href="#">About us</a> <a href="#">Contact</a> '
          '<a href="#">Terms of Service</a> <a href="#">Privacy Policy</a> '
          '<a href="#">Your Privacy Choices</a><p>&copy; ' + str(d.year)
          + f' {NAMES[LEDGER]}. All rights reserved.</p></footer></body></html>']
    t += ["ADVERTISEMENT", "About us", "Contact", "Terms of Service", "Privacy Policy",
          "Your Privacy Choices", f"© {d.year} {NAMES[LEDGER]}. All rights reserved."]
    return "\n".join(h) + "\n", "\n".join(t) + "\n"


# --- the magazine long-read --------------------------------------------------------------

def magazine(art: dict, url: str) -> tuple[str, str]:
    d = dt(art["published"])
    date_h = d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": art["title"],
          "alternativeHeadline": art["dek"], "datePublished": art["published"],
          "author": {"@type": "Person", "name": art["author"]},
          "publisher": {"@type": "Organization", "name": NAMES[MAG]}, "url": url}
    nav = ["Latest", "Politics", "Ideas", "Culture", "Books", "The Magazine", "Archive"]
    h = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
         f'<title>{e(art["title"])} - {NAMES[MAG]}</title>',
         f'<link rel="canonical" href="{a(url)}">',
         f'<meta name="description" content="{a(art["dek"])}">',
         f'<meta property="og:title" content="{a(art["title"])}">',
         f'<meta property="og:description" content="{a(art["dek"])}">',
         f'<meta name="author" content="{a(art["author"])}">',
         f'<link rel="alternate" type="application/atom+xml" title="{NAMES[MAG]}" href="/{MAG}/feed.xml">',
         f'<script type="application/ld+json">{json.dumps(ld)}</script>',
         '<style>.dropcap{float:left;font-size:4.2em;line-height:.8;margin:.05em .08em 0 0}'
         '.pullquote{font-size:1.6em;border-top:2px solid}</style></head>',
         '<body class="template-longform"><div class="tlv-masthead"><a href="/the-long-view/" '
         'class="tlv-logo">THE LONG VIEW</a><div class="tlv-account"><a href="#">Subscribe</a> '
         '<a href="#">Give a gift</a> <a href="#">Log in</a></div></div>',
         '<nav class="tlv-nav">' + " ".join(f'<a href="#">{e(n)}</a>' for n in nav) + '</nav>',
         '<article class="tlv-feature"><header class="tlv-feature__header">',
         '<p class="tlv-rubric">Feature</p>',
         f'<h1 class="tlv-feature__title">{e(art["title"])}</h1>',
         f'<p class="tlv-feature__dek">{e(art["dek"])}</p>',
         f'<p class="tlv-feature__byline">By <a rel="author" href="#">{e(art["author"])}</a></p>',
         f'<p class="tlv-feature__meta"><time datetime="{art["published"]}">{date_h}</time> &middot; '
         f'From the {e(art["issue"])} issue</p>',
         '<figure class="tlv-hero"><img src="/img/%s.jpg" alt=""><figcaption>Illustration by '
         'Mira Castell</figcaption></figure></header>' % art["slug"]]
    t = ["THE LONG VIEW", "Subscribe Give a gift Log in", " ".join(nav), "Feature", art["title"],
         art["dek"], f"By {art['author']}", f"{date_h} · From the {art['issue']} issue",
         "Illustration by Mira Castell", ""]
    ep, src = art["epigraph"]
    h.append(f'<div class="tlv-epigraph"><p class="tlv-epigraph__text">{e(ep)}</p>'
             f'<p class="tlv-epigraph__source">&mdash; {e(src)}</p></div>')
    t += [ep, f"— {src}", ""]
    h.append('<section class="tlv-feature__body">')
    paras = art["paras"]
    for i, p in enumerate(paras):
        if is_quote(p):
            h.append(f'<blockquote class="tlv-quote"><p>{e(plain(p))}</p></blockquote>')
        elif i == 0:
            h.append(f'<p class="tlv-graf tlv-graf--first"><span class="dropcap" aria-hidden="true">'
                     f'{e(p[0])}</span>{e(p[1:])}</p>')
        else:
            h.append(f'<p class="tlv-graf">{e(p)}</p>')
        t += [plain(p), ""]
        if i == 4:
            h.append(f'<aside class="pullquote" role="presentation"><p>{e(art["pullquote"])}</p></aside>')
            t += [art["pullquote"], ""]
        if i == 6:
            h.append('<div class="tlv-inline-promo"><p>Subscribe to The Long View from $1 a week. '
                     '<a href="#">Subscribe</a></p></div>')
            t += ["Subscribe to The Long View from $1 a week. Subscribe", ""]
    h.append('</section>')
    print_note = (f'This article appeared in the print edition of the {art["issue"]} issue with the '
                  f'headline \u201c{art["title"]}.\u201d')
    h += ['<footer class="tlv-feature__footer">',
          f'<p class="tlv-print-note"><em>{e(print_note)}</em></p>',
          f'<div class="tlv-bio"><img src="/img/authors/{uid(art["author"])[:8]}.jpg" alt="">'
          f'<p class="tlv-bio__text">{e(art["bio"])}</p></div>'
          '<div class="tlv-share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Gift this article</a></div>',
          '</footer></article>',
          '<section class="tlv-more"><h2>More From This Issue</h2><ul>'
          '<li><a href="#">The Last Summer of the Grain Corridor</a></li>'
          '<li><a href="#">What Central Asia Wants</a></li>'
          '<li><a href="#">A Poet of the Donbas</a></li></ul></section>',
          '<footer class="tlv-footer"><p>The Long View is published ten times a year.</p>'
          '<a href="#">About</a> <a href="#">Masthead</a> <a href="#">Privacy</a> <a href="#">Terms</a>'
          f'<p>&copy; {d.year} The Long View Foundation</p></footer></body></html>']
    t += [print_note, art["bio"], "Share Save Gift this article",
          "More From This Issue", "The Last Summer of the Grain Corridor", "What Central Asia Wants",
          "A Poet of the Donbas", "The Long View is published ten times a year.",
          "About Masthead Privacy Terms", f"© {d.year} The Long View Foundation"]
    return "\n".join(h) + "\n", "\n".join(t) + "\n"


# --- the newsletter (Substack-like) --------------------------------------------------------

def news_body_html(art: dict) -> list[str]:
    out = []
    for i, p in enumerate(art["paras"], 1):
        html_p = FN.sub(lambda m: f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
                        f'id="footnote-anchor-{m.group(1)}" href="#footnote-{m.group(1)}" '
                        f'target="_self">{m.group(1)}</a>', e(p))
        out.append(f"<p>{html_p}</p>")
        if i == 3:
            out.append('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;/subscribe&quot;}">'
                       '<a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>')
        if i == 7:
            out.append('<p class="button-wrapper"><a class="button primary" href="?utm_source=substack&amp;'
                       'utm_medium=email&amp;utm_content=share"><span>Share</span></a></p>')
    for k, note in enumerate(art["footnotes"], 1):
        out.append(f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{k}" '
                   f'href="#footnote-anchor-{k}" class="footnote-number" contenteditable="false" '
                   f'target="_self">{k}</a><div class="footnote-content"><p>{e(note)}</p></div></div>')
    return out


def newsletter(art: dict, url: str) -> tuple[str, str]:
    d = dt(art["published"])
    date_h = d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
          "mainEntityOfPage": url, "headline": art["title"], "description": art["subtitle"],
          "datePublished": art["published"], "dateModified": art["published"],
          "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": art["author"]}],
          "publisher": {"@type": "Organization", "name": NAMES[NEWS]}}
    h = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
         f'<title>{e(art["title"])} - by {e(art["author"])} - {NAMES[NEWS]}</title>',
         f'<link rel="canonical" href="{a(url)}">',
         f'<meta name="description" content="{a(art["subtitle"])}">',
         f'<meta property="og:title" content="{a(art["title"])}">',
         f'<meta property="og:description" content="{a(art["subtitle"])}">',
         f'<link rel="alternate" type="application/rss+xml" href="/{NEWS}/feed.xml" title="{NAMES[NEWS]}">',
         f'<script type="application/ld+json">{json.dumps(ld)}</script>',
         '<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\"}")</script>'
         '</head><body class="pc-root">',
         '<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/steppe-dispatch/">'
         f'{NAMES[NEWS]}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe'
         '</button><button class="button sign-in-link">Sign in</button></div></div></div>',
         '<div class="single-post-container"><div class="container"><div class="single-post">'
         '<article class="typography newsletter-post post"><div class="post-header">',
         f'<h1 class="post-title published">{e(art["title"])}</h1>',
         f'<h3 class="subtitle">{e(art["subtitle"])}</h3>',
         f'<div class="post-meta"><div class="profile-hover-card-target"><a href="#">{e(art["author"])}</a></div>'
         f'<div class="post-date" title="{art["published"]}">{date_h}</div></div>',
         f'<div class="post-ufi"><a class="post-ufi-button like-button" role="button"><svg></svg>'
         f'<div class="label">{art["likes"]}</div></a><a class="post-ufi-button post-ufi-comment-button" href="#comments">'
         f'<svg></svg><div class="label">{art["comments"]}</div></a><a class="post-ufi-button" role="button">'
         '<svg></svg><div class="label">Share</div></a></div></div>',
         '<div class="available-content"><div dir="auto" class="body markup">']
    h += news_body_html(art)
    h += ['</div></div>',
          f'<div class="post-footer"><div class="post-ufi"><a class="like-button"><div class="label">'
          f'{art["likes"]} Likes</div></a><a class="restack-button"><div class="label">Restacks</div></a></div>'
          '<div class="post-footer-buttons"><a class="button primary" href="#comments"><span>Leave a comment'
          '</span></a><a class="button" href="#"><span>Share</span></a></div></div>',
          '<div class="subscribe-widget"><p>Steppe Dispatch is a reader-supported publication. To receive new '
          'posts and support my work, consider becoming a free or paid subscriber.</p>'
          '<input type="email" placeholder="Type your email..."><button>Subscribe</button></div>',
          '</article>', f'<div id="comments" class="comments-page"><h4>Discussion about this post</h4>']
    t = [NAMES[NEWS], "Subscribe", "Sign in", art["title"], art["subtitle"], art["author"], date_h,
         str(art["likes"]), str(art["comments"]), "Share", ""]
    for i, p in enumerate(art["paras"], 1):
        t += [FN.sub(lambda m: m.group(1), p), ""]
        if i == 3:
            t += ["Subscribe now", ""]
        if i == 7:
            t += ["Share", ""]
    for k, note in enumerate(art["footnotes"], 1):
        t += [str(k), "", note, ""]
    t += [f"{art['likes']} Likes", "Restacks", "Leave a comment", "Share",
          "Steppe Dispatch is a reader-supported publication. To receive new posts and support my work, "
          "consider becoming a free or paid subscriber.", "Subscribe", "Discussion about this post"]
    for who, text in art["thread"]:
        h.append(f'<div class="comment"><div class="comment-meta"><a href="#">{e(who)}</a></div>'
                 f'<div class="comment-body"><p>{e(text)}</p></div><div class="comment-actions">'
                 '<a>Like</a> <a>Reply</a></div></div>')
        t += [who, text, "Like Reply"]
    h += ['</div></div></div></div>',
          f'<div class="footer-wrap"><p>&copy; {d.year} {e(art["author"])}</p><a href="#">Privacy</a> '
          '<a href="#">Terms</a> <a href="#">Collection notice</a><a class="button">Start writing</a>'
          '<a class="button">Get the app</a><p>Substack is the home for great culture</p></div></body></html>']
    t += [f"© {d.year} {art['author']}", "Privacy ∙ Terms ∙ Collection notice", "Start writing",
          "Get the app", "Substack is the home for great culture"]
    return "\n".join(h) + "\n", "\n".join(t) + "\n"


TEMPLATES = {LEDGER: ledger, MAG: magazine, NEWS: newsletter}


# --- feeds ----------------------------------------------------------------------------------

def rfc822(pub: str) -> str:
    d = dt(pub)
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def feed_ledger(items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'  <title>{NAMES[LEDGER]} - Nation &amp; World</title>',
           f'  <link>{BASE}/{LEDGER}/</link>',
           '  <description>News from the Lakeshore Ledger</description>',
           '  <language>en-US</language>',
           f'  <lastBuildDate>{rfc822(items[0]["published"])}</lastBuildDate>']
    for it in items:
        out += ['  <item>', f'    <title>{e(it["title"])}</title>', f'    <link>{e(it["url"])}</link>',
                f'    <guid isPermaLink="true">{e(it["url"])}</guid>',
                f'    <dc:creator>{e(it["author"])}</dc:creator>',
                f'    <pubDate>{rfc822(it["published"])}</pubDate>',
                f'    <description>{e(it["dek"])}</description>',
                f'    <category>{e(it["section"])}</category>',
                f'    <media:content url="{BASE}/img/{it["slug"]}-1.jpg" medium="image"/>', '  </item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"


def feed_mag(items: list[dict]) -> str:
    upd = items[0]["published"].replace("Z", "+00:00")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f'  <title>{NAMES[MAG]}</title>', f'  <subtitle>Features and essays</subtitle>',
           f'  <id>{BASE}/{MAG}/</id>', f'  <updated>{upd}</updated>',
           f'  <link rel="self" href="{BASE}/{MAG}/feed.xml"/>',
           f'  <link rel="alternate" href="{BASE}/{MAG}/"/>']
    for it in items:
        p = it["published"].replace("Z", "+00:00")
        out += ['  <entry>', f'    <title>{e(it["title"])}</title>',
                f'    <link rel="alternate" type="text/html" href="{a(it["url"])}"/>',
                f'    <id>tag:thelongview.example,{it["published"][:10]}:{it["slug"]}</id>',
                f'    <published>{p}</published>', f'    <updated>{p}</updated>',
                f'    <author><name>{e(it["author"])}</name></author>',
                f'    <summary>{e(it["dek"])}</summary>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n"


def feed_news(items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">', '<channel>',
           f'  <title><![CDATA[{NAMES[NEWS]}]]></title>',
           '  <description><![CDATA[Notes on Russia, Eurasia and the war, by Ilya Brandt]]></description>',
           f'  <link>{BASE}/{NEWS}/</link>', '  <generator>Substack</generator>',
           f'  <lastBuildDate>{rfc822(items[0]["published"])}</lastBuildDate>',
           f'  <atom:link href="{BASE}/{NEWS}/feed.xml" rel="self" type="application/rss+xml"/>']
    for it in items:
        body = "".join(news_body_html(it))
        out += ['  <item>', f'    <title><![CDATA[{it["title"]}]]></title>',
                f'    <description><![CDATA[{it["subtitle"]}]]></description>',
                f'    <link>{e(it["url"])}</link>',
                f'    <guid isPermaLink="false">{uid(it["url"])}</guid>',
                f'    <dc:creator><![CDATA[{it["author"]}]]></dc:creator>',
                f'    <pubDate>{rfc822(it["published"])}</pubDate>',
                f'    <content:encoded><![CDATA[{body}]]></content:encoded>', '  </item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"


FEEDS = {LEDGER: feed_ledger, MAG: feed_mag, NEWS: feed_news}


# --- build ----------------------------------------------------------------------------------

def resolve(arts: list[dict]) -> list[dict]:
    by_id = {x["id"]: x for x in arts}
    out = []
    for art in arts:
        art = dict(art)
        if art["paras"] is None:  # a syndicated copy of the newsletter post in the same group
            src = next(x for x in arts if x["syndication_group"] == art["syndication_group"]
                       and x["paras"] is not None)
            paras = [FN.sub("", p) for p in src["paras"]]
            art["paras"] = paras[:len(paras) - art.get("drop_last", 0)]
            kept = " ".join(art["paras"])
            art["evidence"] = [ev for ev in src["evidence"] if ev[2] in kept]
        out.append(art)
    assert len(by_id) == len(arts)
    return out


def main() -> int:
    arts = resolve(ARTICLES)
    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold = [], [], []
    per_outlet: dict[str, list[dict]] = {}
    for art in arts:
        d = dt(art["published"])
        rel = f"site/{art['outlet']}/{d:%Y}/{d:%m}/{art['slug']}"
        url = f"{BASE}/{art['outlet']}/{d:%Y}/{d:%m}/{art['slug']}.html"
        body = "\n\n".join(plain(p) for p in art["paras"])
        for sig, lab, sent in art["evidence"]:
            assert sent in body, (art["id"], sent)
            assert sig in baseline.BASELINE, sig
            if sig in baseline.VALUE_SIGNALS:
                assert lab in baseline.UN_VOTE_VALUES
            else:
                assert lab in baseline.PRESENCE_STATES
        html_text, txt_text = TEMPLATES[art["outlet"]](art, url)
        for p in art["paras"]:  # every gold paragraph appears in both documents
            assert plain(p) in txt_text.replace("\n", " ") or art["outlet"] == NEWS, (art["id"], p)
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        (HERE / f"{rel}.html").write_text(html_text, encoding="utf-8")
        (HERE / f"{rel}.txt").write_text(txt_text, encoding="utf-8")
        ts = calendar.timegm(d.timetuple())
        for ext in ("html", "txt"):
            os.utime(HERE / f"{rel}.{ext}", (ts, ts))
        manifest.append({"id": art["id"], "url": url, "canonical_url": url, "html": f"{rel}.html",
                         "txt": f"{rel}.txt", "outlet": art["outlet"], "published": art["published"]})
        evidence = []
        for sig, lab, sent in art["evidence"]:
            key = "value" if sig in baseline.VALUE_SIGNALS else "state"
            evidence.append({"signal": sig, key: lab, "sentence": sent})
        labels.append({"id": art["id"], "split": "unseen", "outlet": art["outlet"],
                       "evidence": evidence, "syndication_group": art["syndication_group"],
                       "source_event": art["source_event"], "traps": art["traps"]})
        gold.append({"id": art["id"], "title": art["title"], "body": body})
        per_outlet.setdefault(art["outlet"], []).append(dict(art, url=url))
    for outlet, items in per_outlet.items():
        items.sort(key=lambda x: x["published"], reverse=True)
        fp = site / outlet / "feed.xml"
        fp.write_text(FEEDS[outlet](items), encoding="utf-8")
        ts = calendar.timegm(dt(items[0]["published"]).timetuple())
        os.utime(fp, (ts, ts))

    def jl(name: str, rows: list[dict]) -> None:
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")
    jl("manifest.jsonl", manifest)
    jl("labels.jsonl", labels)
    jl("gold.jsonl", gold)
    (HERE / "expected_shifts.json").write_text(
        json.dumps(baseline.expected_shifts(labels), indent=2) + "\n", encoding="utf-8")
    print(f"built {len(manifest)} articles in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
