#!/usr/bin/env python3
"""Build the unseen5 stance corpus (topic china-russia-ukraine) from articles.py.

Usage:
    python3 build.py [--shared DIR] [--base-url URL]

Writes, beside this file:
  site/<outlet>/feed.xml                         one feed per outlet, newest first
  site/<outlet>/<yyyy>/<mm>/<slug>.html|.txt     article page and its plain-text dump
  manifest.jsonl, labels.jsonl, gold.jsonl, expected_shifts.json

expected_shifts.json comes from shared/eval/stance/baseline.py (imported, not copied).
File modification times are set to the articles' publication times (a feed's to its newest
entry). Standard library only (Python 3.11). Written independently of the stancewatch
implementation, following shared/data/stance-dev/SIGNALS.md and shared/eval/README.md.
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
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__
sys.path.insert(0, str(HERE))
from articles import ARTICLES, OUTLETS  # noqa: E402

SPLIT = "unseen5"
BASE_URL = "http://127.0.0.1:8765"
PRESENCE = {"military-aid", "economic-support", "sanctions", "condemnation", "mediation",
            "partnership"}
STATES = {"asserted", "alleged", "hedged", "negated"}
UN_VALUES = {"abstain", "favor", "against"}
FN = re.compile(r"\[\^(\d+)\]")


# --- small helpers --------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def plain(t: str) -> str:
    """Text without footnote markers (gold body, evidence)."""
    return FN.sub("", t)


def txt_inline(t: str) -> str:
    """Text as a text browser shows it: footnote markers as [N]."""
    return FN.sub(lambda m: f"[{m.group(1)}]", t)


def html_inline(t: str, cls: str = "fn") -> str:
    return FN.sub(lambda m: (f'<sup class="{cls}"><a href="#fn-{m.group(1)}" id="fnref-'
                             f'{m.group(1)}">{m.group(1)}</a></sup>'), esc(t))


def when(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def iso_offset(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def h12(dt: datetime) -> tuple[int, str]:
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def wire_date(dt: datetime) -> str:
    h, ampm = h12(dt)
    return f"{dt:%B} {dt.day}, {dt.year} {h}:{dt:%M} {ampm} UTC"


def blog_date(dt: datetime) -> str:
    return f"{dt.day} {dt:%B} {dt.year}"


def herald_date(dt: datetime) -> str:
    h, ampm = h12(dt)
    return f"{dt:%A} {dt.day} {dt:%B} {dt.year}, {h}.{dt:%M}{ampm.lower()}"


def lb_time(iso: str) -> str:
    return f"{when(iso):%H.%M} GMT"


def hashed(slug: str, n: int = 5) -> str:
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def path_of(a: dict, ext: str) -> str:
    dt = when(a["published"])
    return f"site/{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}.{ext}"


def url_of(a: dict, base: str) -> str:
    return f"{base}/{path_of(a, 'html')[len('site/'):]}"


def flat_paras(a: dict) -> list[str]:
    if "paras" in a:
        return a["paras"]
    if "sections" in a:
        return [p for s in a["sections"] for p in s["paras"]]
    return [p for b in a["blocks"] for p in b["paras"]]


def gold_blocks(a: dict) -> list[str]:
    """The article's own text blocks: paragraphs and in-body subheadings, nothing else."""
    if "paras" in a:
        return [plain(p) for p in a["paras"]]
    out = []
    if "sections" in a:
        for s in a["sections"]:
            if s["heading"]:
                out.append(s["heading"])
            out.extend(plain(p) for p in s["paras"])
        return out
    for b in a["blocks"]:
        out.append(b["heading"])
        out.extend(plain(p) for p in b["paras"])
    return out


def jsonld(obj: dict) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=None).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def by_line(authors: list[str]) -> str:
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


# --- outlet 1: Northstar, a wire agency -----------------------------------------------------

WIRE_NAV = ["World", "Business", "Markets", "Sustainability", "Legal", "Technology",
            "Investigations", "Sports", "More"]
WIRE_MOST_READ = ["Oil steadies as traders weigh supply outlook",
                  "Global shipping rates climb for third straight week",
                  "Central banks signal patience on rate cuts"]


def render_wire(a: dict, base: str) -> tuple[str, list[str]]:
    url, dt = url_of(a, base), when(a["published"])
    h = hashed(a["slug"])
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(a['headline'])} | Northstar</title>",
        f'<link rel="canonical" href="{attr(url)}">',
        f'<meta property="og:title" content="{attr(a["headline"])}">',
        f'<meta property="og:url" content="{attr(url)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="Northstar">',
        f'<meta property="og:description" content="{attr(a["summary"])}">',
        f'<meta property="article:published_time" content="{iso_offset(dt)}">',
        f'<meta property="article:section" content="{attr(a["section"].split(" / ")[-1])}">',
        f'<link rel="alternate" type="application/atom+xml" title="Northstar World News" href="{base}/northstar-wire/feed.xml">',
        f'<link rel="stylesheet" href="https://static.northstar.example/css/app.{h}.css">',
    ]
    if a["meta"] == "jsonld":
        head.append(jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a["headline"], "url": url, "mainEntityOfPage": url,
            "datePublished": iso_offset(dt), "dateModified": iso_offset(dt),
            "articleSection": a["section"].split(" / ")[-1],
            "author": [{"@type": "Person", "name": n} for n in a["authors"]],
            "publisher": {"@type": "Organization", "name": "Northstar",
                          "logo": {"@type": "ImageObject",
                                   "url": "https://static.northstar.example/logo.png"}},
            "description": a["summary"], "isAccessibleForFree": True}))
    body = []
    txt = ["Skip to main content", "Northstar"] + WIRE_NAV + ["My News", "Sign In", "Register"]
    ticker = "Markets · S&P 500 futures 0.2% · Brent crude $84.10 · Gold $2,391 · EUR/USD 1.0712"
    body.append(f'<a class="skip-{h}" href="#main-content">Skip to main content</a>')
    body.append(f'<header class="masthead__{h}"><a class="brand__{h}" href="{base}/northstar-wire/">Northstar</a>'
                '<nav aria-label="Sections"><ul>' + "".join(f'<li><a href="#">{n}</a></li>' for n in WIRE_NAV)
                + '</ul></nav><div class="account__{0}"><a href="#">My News</a><a href="#">Sign In</a>'
                '<a href="#">Register</a></div></header>'.format(h))
    body.append(f'<div class="ticker__{h}" role="marquee">{esc(ticker)}</div>')
    txt.append(ticker)

    crumbs = a["section"].split(" / ")
    cap, credit = a["caption"]
    art = [f'<article class="article__{h}" data-testid="Article">',
           f'<header class="article-header__{h}">',
           '<nav class="crumbs" aria-label="Breadcrumb">' + " / ".join(f'<a href="#">{esc(c)}</a>' for c in crumbs) + '</nav>',
           f'<h1 data-testid="Heading" class="heading__{h}">{esc(a["headline"])}</h1>',
           f'<div class="byline__{h}" data-testid="AuthorByline">By ' + ", ".join(f'<a rel="author" href="#">{esc(n)}</a>' for n in a["authors"]) + '</div>',
           f'<div class="dates__{h}"><time datetime="{iso_offset(dt)}">{wire_date(dt)}</time> <span>Updated {wire_date(dt)}</span></div>',
           '<a class="license" href="#">Purchase Licensing Rights</a>',
           '</header>',
           f'<figure class="lead-image__{h}"><img src="https://images.northstar.example/{a["slug"]}.jpg" alt="">'
           f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span> <a href="#">Purchase Licensing Rights</a></figcaption></figure>',
           f'<div class="article-body__{h}" data-testid="ArticleBody">']
    txt += [" / ".join(crumbs), a["headline"], "By " + by_line(a["authors"]),
            wire_date(dt), "Updated " + wire_date(dt), "Purchase Licensing Rights",
            f"{cap} {credit} Purchase Licensing Rights"]
    fig2 = a.get("figure2")
    for i, p in enumerate(a["paras"]):
        art.append(f'<p data-testid="paragraph-{i}" class="text__{h} body__p">{html_inline(p)}</p>')
        txt.append(txt_inline(p))
        if i == 2:
            art.append(f'<div class="ad-slot__{h}" data-ad="mid-article"><span>Advertisement · Scroll to continue</span></div>')
            txt.append("Advertisement · Scroll to continue")
        if fig2 and i == fig2["after"]:
            art.append(f'<figure class="inline-image__{h}"><img src="https://images.northstar.example/{a["slug"]}-2.jpg" alt="">'
                       f'<figcaption>{esc(fig2["caption"])} <span class="credit">{esc(fig2["credit"])}</span></figcaption></figure>')
            txt.append(f'{fig2["caption"]} {fig2["credit"]}')
    art.append(f'<p class="signoff__{h}" data-testid="SignOff">{esc(a["trailer"])}</p>')
    txt.append(a["trailer"])
    art.append('</div>')
    art.append(f'<footer class="article-footer__{h}"><a href="#" class="standards">Our Standards: The Northstar Trust Principles.</a>'
               '<div class="share"><button>Share</button><a href="#">X</a><a href="#">Facebook</a><a href="#">Linkedin</a><a href="#">Email</a><a href="#">Link</a></div>'
               '<a class="license" href="#">Purchase Licensing Rights</a></footer>')
    txt += ["Our Standards: The Northstar Trust Principles.", "Share", "X", "Facebook", "Linkedin",
            "Email", "Link", "Purchase Licensing Rights"]
    art.append('</article>')

    side = [f'<aside class="rail__{h}" aria-label="Related coverage"><h2>Related Coverage</h2><ul>']
    side += [f'<li><a href="#">{esc(r)}</a></li>' for r in a["related"]]
    side.append('</ul><h2>Most Read</h2><ol>')
    side += [f'<li><a href="#">{esc(r)}</a></li>' for r in WIRE_MOST_READ]
    side.append('</ol></aside>')
    side_txt = ["Related Coverage"] + a["related"] + ["Most Read"] + WIRE_MOST_READ

    # the rail comes before the article on even-numbered pages, after it on odd ones
    crumb_line = txt.index(" / ".join(crumbs))
    head_txt, art_txt = txt[:crumb_line], txt[crumb_line:]
    if int(a["id"][-2:]) % 2 == 0:
        body.append('<main id="main-content" class="layout">' + "\n".join(side + art) + '</main>')
        txt = head_txt + side_txt + art_txt
    else:
        body.append('<main id="main-content" class="layout">' + "\n".join(art + side) + '</main>')
        txt = head_txt + art_txt + side_txt
    foot = ["Northstar is an independent news agency serving newspapers, broadcasters and websites in more than 120 countries.",
            "All quotes delayed a minimum of 15 minutes.", "Terms of Use", "Privacy", "Accessibility",
            f"© {dt.year} Northstar. All rights reserved"]
    body.append(f'<footer class="site-footer__{h}">' + "".join(f"<p>{esc(f)}</p>" for f in foot) + '</footer>')
    txt += foot
    page = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n' + "\n".join(head) + '\n</head>\n<body class="ns">\n'
            + "\n".join(body) + '\n</body>\n</html>\n')
    return page, txt


# --- outlet 2: The Long Game, a think-tank analysis blog ------------------------------------

BLOG_NAV = ["Research", "Programmes", "Events", "Experts", "The Long Game", "Publications", "About"]


def render_blog(a: dict, base: str) -> tuple[str, list[str]]:
    url, dt = url_of(a, base), when(a["published"])
    pid = 4000 + int(hashed(a["slug"], 3), 16) % 900
    head = [
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(a['headline'])} - The Long Game | Halvorsen Institute</title>",
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{attr(url)}">',
        '<meta property="og:locale" content="en_GB">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{attr(a["headline"])}">',
        f'<meta property="og:description" content="{attr(a["dek"])}">',
        f'<meta property="og:url" content="{attr(url)}">',
        '<meta property="og:site_name" content="Halvorsen Institute">',
        f'<meta property="article:published_time" content="{iso_offset(dt)}">',
        f'<meta property="article:author" content="{attr(a["authors"][0])}">',
    ] + [f'<meta property="article:tag" content="{attr(t)}">' for t in a["tags"]] + [
        f'<link rel="alternate" type="application/rss+xml" title="The Long Game &raquo; Feed" href="{base}/halvorsen-analysis/feed.xml">',
        "<link rel='stylesheet' id='wp-block-library-css' href='https://halvorsen.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all'>",
        "<style id='hv-inline'>.pullquote{border-left:4px solid #b33;font-size:1.4em}.fn{font-size:.7em}</style>",
    ]
    author = a["authors"][0]
    t = ["Support independent research", "Donate", "Halvorsen Institute",
         "Independent research on security and statecraft"] + BLOG_NAV + ["Search …", "Search"]
    b = ['<div id="page" class="site">',
         '<div class="top-bar"><span>Support independent research</span> <a href="#" class="btn">Donate</a></div>',
         '<header id="masthead" class="site-header"><p class="site-title"><a href="#" rel="home">Halvorsen Institute</a></p>'
         '<p class="site-description">Independent research on security and statecraft</p>'
         '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
         + "".join(f'<li class="menu-item"><a href="#">{n}</a></li>' for n in BLOG_NAV)
         + '</ul></nav><form role="search" class="search-form"><input type="search" placeholder="Search …"><button>Search</button></form></header>',
         '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
         f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-commentary">',
         '<header class="entry-header">',
         f'<span class="cat-links">{esc(a["section"])} · Commentary</span>',
         f'<h1 class="entry-title">{esc(a["headline"])}</h1>',
         f'<p class="entry-summary">{esc(a["dek"])}</p>',
         f'<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="#">{esc(author)}</a></span></span> '
         f'<span class="posted-on"><time class="entry-date published" datetime="{iso_offset(dt)}">{blog_date(dt)}</time></span> '
         f'<span class="reading-time">{a["reading_time"]}</span></div>',
         '<div class="pdf-actions"><a class="button button-pdf" href="#">Download PDF</a> <a href="#" class="button">Print</a> <a href="#" class="button">Cite this</a></div>',
         '</header>',
         '<div class="entry-content">']
    t += [f"{a['section']} · Commentary", a["headline"], a["dek"],
          f"by {author} {blog_date(dt)} {a['reading_time']}", "Download PDF", "Print", "Cite this", ""]
    pq = a.get("pullquotes", {})

    def para_html(i: int, p: str) -> list[str]:
        out = [f"<p>{html_inline(p)}</p>"]
        if i in pq:
            out.append(f'<aside class="pullquote"><blockquote><p>&ldquo;{esc(pq[i])}&rdquo;</p></blockquote></aside>')
        return out

    def para_txt(i: int, p: str) -> list[str]:
        out = [txt_inline(p), ""]
        if i in pq:
            out += [f"“{pq[i]}”", ""]
        return out

    i = 0
    if "sections" in a:
        for k, s in enumerate(a["sections"]):
            sid = re.sub(r"[^a-z]+", "-", (s["heading"] or "introduction").lower()).strip("-")
            b.append(f'<section id="{sid}" class="analysis-part part-{k + 1}">')
            if s["heading"]:
                b.append(f'<h2 class="wp-block-heading">{esc(s["heading"])}</h2>')
                t += [s["heading"], ""]
            for p in s["paras"]:
                b += para_html(i, p)
                t += para_txt(i, p)
                i += 1
            b.append('</section>')
    else:
        for p in a["paras"]:
            b += para_html(i, p)
            t += para_txt(i, p)
            i += 1
    b.append('</div>')
    b.append('<section class="footnotes" aria-label="Notes"><h2>Notes</h2><ol>'
             + "".join(f'<li id="fn-{n}">{esc(f)} <a href="#fnref-{n}" class="fn-back">↩</a></li>'
                       for n, f in enumerate(a["footnotes"], 1)) + '</ol></section>')
    t += ["Notes"] + [f"{n}. {f} ↩" for n, f in enumerate(a["footnotes"], 1)] + [""]
    b.append(f'<div class="author-box"><img src="https://halvorsen.example/people/{hashed(author)}.jpg" alt="">'
             f'<h3>About the author</h3><p><strong>{esc(author)}</strong></p><p>{esc(a["author_bio"])}</p>'
             f'<a href="#">More from {esc(author.split()[0])}</a></div>')
    t += ["About the author", author, a["author_bio"], f"More from {author.split()[0]}", ""]
    sizes = [22, 11, 16, 9, 14, 12, 18, 10]
    b.append('<footer class="entry-footer"><div class="tagcloud"><h3>Tags</h3>'
             + "".join(f'<a href="#" class="tag-cloud-link" style="font-size:{sizes[n % 8]}pt">{esc(tag)}</a> '
                       for n, tag in enumerate(a["tags"]))
             + '</div><div class="share-links">Share: <a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">Email</a></div></footer>')
    t += ["Tags", " ".join(a["tags"]), "Share: LinkedIn Bluesky Email", ""]
    b.append('</article>')
    b.append('<section class="related-posts"><h2>Related analysis</h2><ul>'
             + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in a["related"]) + '</ul></section>')
    t += ["Related analysis"] + a["related"] + [""]
    if a.get("comments"):
        n = len(a["comments"])
        b.append(f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} responses to &ldquo;{esc(a["headline"])}&rdquo;</h2><ol class="comment-list">')
        t.append(f"{n} responses to “{a['headline']}”")
        for who, stamp, text in a["comments"]:
            b.append(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{esc(who)}</b> '
                     f'<time>{esc(stamp)}</time></footer><div class="comment-content"><p>{esc(text)}</p></div>'
                     '<a class="comment-reply-link" href="#">Reply</a></article></li>')
            t += [f"{who} {stamp}", text, "Reply"]
        b.append('</ol><div id="respond"><h3>Leave a reply</h3><p>Your email address will not be published.</p></div></div>')
        t += ["Leave a reply", "Your email address will not be published.", ""]
    b.append('</main></div>')
    b.append('<aside id="secondary" class="widget-area"><section class="widget widget_newsletter"><h2>The Long Game in your inbox</h2>'
             '<p>Analysis from our fellows, every Thursday.</p><input type="email" placeholder="Email address"><button>Subscribe</button></section>'
             '<section class="widget widget_tag_cloud"><h2>Topics</h2><a href="#">Arms control</a> <a href="#">China</a> '
             '<a href="#">Energy security</a> <a href="#">Russia</a> <a href="#">Sanctions</a></section></aside></div>')
    t += ["The Long Game in your inbox", "Analysis from our fellows, every Thursday.", "Subscribe",
          "Topics", "Arms control China Energy security Russia Sanctions", ""]
    foot = [f"© {dt.year} Halvorsen Institute for Strategic Studies. Registered charity no. 1094471.",
            "The views expressed are those of the author and not of the Institute.",
            "Privacy policy", "Cookie settings"]
    b.append('<footer id="colophon" class="site-footer">' + "".join(f"<p>{esc(f)}</p>" for f in foot) + '</footer></div>')
    t += foot
    page = ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' + "\n".join(head)
            + f'\n</head>\n<body class="post-template-default single single-post postid-{pid} single-format-standard">\n'
            + "\n".join(b) + '\n</body>\n</html>\n')
    return page, t


# --- outlet 3: The Westmarch Herald, a regional broadsheet -----------------------------------

HERALD_NAV = ["News", "Sport", "Business", "World", "Opinion", "What's On", "Family Notices", "Jobs"]
HERALD_MOST_READ = ["Westmarch bypass roadworks to run into spring",
                    "Vale Rovers part company with manager after derby defeat",
                    "Plans for 400 homes at Eastbrook farm approved",
                    "Weather warning as heavy rain forecast for the Vale"]


def herald_shell(a: dict, base: str, dt: datetime, inner: list[str], inner_txt: list[str],
                 head_extra: list[str], body_class: str) -> tuple[str, list[str]]:
    url = url_of(a, base)
    if a["meta"] == "none":
        head = ['<meta charset="utf-8">',
                "<title>The Westmarch Herald - News, sport and views from Westmarch and the Vale</title>",
                '<link rel="stylesheet" href="/static/herald.css">']
    else:
        head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width">',
                f"<title>{esc(a['headline'])} | The Westmarch Herald</title>",
                f'<link rel="canonical" href="{attr(url)}">',
                f'<link rel="alternate" type="application/rss+xml" title="The Westmarch Herald" href="{base}/westmarch-herald/feed.xml">'] + head_extra
    strip = f"{dt:%A} {dt.day} {dt:%B} {dt.year} · Westmarch 9°C, showers · e-Edition · Subscribe from £1"
    b = [f'<div class="wh-topstrip">{esc(strip)}</div>',
         '<header class="wh-mast"><a class="wh-logo" href="#">The Westmarch Herald</a>'
         '<nav class="wh-nav">' + "".join(f'<a href="#">{esc(n)}</a>' for n in HERALD_NAV) + '</nav></header>',
         '<div class="wh-wrap"><div class="wh-main">'] + inner + [
         '</div><div class="wh-rail"><h3>Most read</h3><ol>'
         + "".join(f"<li><a href=\"#\">{esc(m)}</a></li>" for m in HERALD_MOST_READ) + '</ol>'
         '<div class="wh-advert">Advertisement</div></div></div>']
    t = [strip, "The Westmarch Herald"] + HERALD_NAV + inner_txt + ["Most read"] + HERALD_MOST_READ + ["Advertisement"]
    foot = ["The Westmarch Herald, 12 Corn Exchange, Westmarch WM1 2AB.",
            "Member of the Independent Press Standards Organisation.",
            "Contact us · Advertise · Terms · Privacy",
            f"© {dt.year} Vale Newspapers Ltd"]
    b.append('<footer class="wh-foot">' + "".join(f"<p>{esc(f)}</p>" for f in foot) + '</footer>')
    t += foot
    page = ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' + "\n".join(head)
            + f'\n</head>\n<body class="{body_class}">\n' + "\n".join(b) + '\n</body>\n</html>\n')
    return page, t


def render_herald(a: dict, base: str) -> tuple[str, list[str]]:
    url, dt = url_of(a, base), when(a["published"])
    head_extra = []
    if a["meta"] == "og":
        head_extra = [f'<meta property="og:title" content="{attr(a["headline"])}">',
                      f'<meta property="og:description" content="{attr(a["dek"])}">',
                      '<meta property="og:type" content="article">',
                      f'<meta property="og:url" content="{attr(url)}">',
                      '<meta property="og:site_name" content="The Westmarch Herald">',
                      f'<meta property="article:published_time" content="{iso_offset(dt)}">']
    cap, credit = a["caption"]
    inner = [f'<div class="wh-kicker">{esc(a["section"])}</div>',
             f'<h1 class="wh-headline">{esc(a["headline"])}</h1>',
             f'<h2 class="wh-standfirst">{esc(a["dek"])}</h2>',
             f'<div class="wh-meta"><span class="wh-author">By {esc(by_line(a["authors"]))}</span> | '
             f'<span class="wh-date">{herald_date(dt)}</span></div>',
             f'<div class="wh-picture"><img src="/static/img/{a["slug"]}.jpg" alt=""><p class="wh-caption">{esc(cap)} {esc(credit)}</p></div>']
    t = [a["section"], a["headline"], a["dek"], f"By {by_line(a['authors'])} | {herald_date(dt)}", f"{cap} {credit}", ""]
    fig2 = a.get("figure2")
    if a["body_markup"] == "br":
        parts = []
        for i, p in enumerate(a["paras"]):
            parts.append(html_inline(p))
        inner.append('<div class="wh-text">\n' + "<br><br>\n".join(parts) + '\n</div>')
        for p in a["paras"]:
            t += [txt_inline(p), ""]
    else:
        inner.append('<div class="wh-text">')
        for i, p in enumerate(a["paras"]):
            inner.append(f"<p>{html_inline(p)}</p>")
            t += [txt_inline(p), ""]
            if fig2 and i == fig2["after"]:
                inner.append(f'<div class="wh-picture wh-inline"><img src="/static/img/{a["slug"]}-2.jpg" alt="">'
                             f'<p class="wh-caption">{esc(fig2["caption"])} {esc(fig2["credit"])}</p></div>')
                t += [f'{fig2["caption"]} {fig2["credit"]}', ""]
        inner.append('</div>')
    if a.get("source_note"):
        inner.append(f'<div class="wh-source"><em>{esc(a["source_note"])}</em></div>')
        t += [a["source_note"], ""]
    inner.append('<div class="wh-share">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>')
    t += ["Share this story: Facebook X WhatsApp Email"]
    if a.get("comments"):
        inner.append(f'<div class="wh-comments"><h3>Readers\' comments ({len(a["comments"])})</h3>')
        t.append(f"Readers' comments ({len(a['comments'])})")
        for who, stamp, text in a["comments"]:
            inner.append(f'<div class="wh-comment"><b>{esc(who)}</b> <span>{esc(stamp)}</span><p>{esc(text)}</p>'
                         '<a href="#">Report</a></div>')
            t += [f"{who} {stamp}", text, "Report"]
        inner.append('<p class="wh-note">Comments are moderated. Read our community rules.</p></div>')
        t.append("Comments are moderated. Read our community rules.")
    return herald_shell(a, base, dt, inner, t, head_extra, "wh-article")


def render_liveblog(a: dict, base: str) -> tuple[str, list[str]]:
    url, dt = url_of(a, base), when(a["published"])
    blocks = a["blocks"]
    last = when(blocks[0]["time"])
    head_extra = [
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{attr(a["headline"])}">',
        jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting",
                "headline": a["headline"], "url": url, "description": a["dek"],
                "datePublished": iso_offset(dt), "dateModified": iso_offset(last),
                "coverageStartTime": iso_offset(dt), "coverageEndTime": iso_offset(last),
                "author": [{"@type": "Person", "name": n.split(" (")[0]} for n in a["authors"]],
                "publisher": {"@type": "Organization", "name": "The Westmarch Herald"},
                "liveBlogUpdate": [{"@type": "BlogPosting", "headline": blk["heading"],
                                    "datePublished": iso_offset(when(blk["time"])),
                                    "url": f"{url}#block-{k + 1}"} for k, blk in enumerate(blocks)]}),
    ]
    inner = ['<div class="lb-header"><span class="lb-badge">As it happened</span>',
             f'<h1 class="lb-title">{esc(a["headline"])}</h1>',
             f'<p class="lb-standfirst">{esc(a["dek"])}</p>',
             f'<div class="lb-byline">{esc(" and ".join(a["authors"]))}</div>',
             f'<div class="lb-updated">Updated <time datetime="{iso_offset(last)}">{herald_date(last)}</time></div></div>']
    t = ["As it happened", a["headline"], a["dek"], " and ".join(a["authors"]), f"Updated {herald_date(last)}", ""]
    inner.append('<div class="lb-keyevents"><h2>Key events</h2><ul>'
                 + "".join(f'<li><a href="#block-{k + 1}"><time>{lb_time(blocks[k]["time"])}</time> <span>{esc(blocks[k]["heading"])}</span></a></li>'
                           for k in a["key_events"])
                 + '</ul><button class="lb-toggle">Show key events only</button></div>')
    t += ["Key events"] + [f"{lb_time(blocks[k]['time'])} {blocks[k]['heading']}" for k in a["key_events"]]
    t += ["Show key events only", ""]
    inner.append('<div class="lb-body">')
    for k, blk in enumerate(blocks):
        if k == a["show_more_after"]:
            inner.append('<button class="lb-more" data-action="show-more">Show more</button>')
            t += ["Show more", ""]
        inner.append(f'<article class="lb-block" id="block-{k + 1}"><header class="lb-block-head">'
                     f'<time datetime="{iso_offset(when(blk["time"]))}">{lb_time(blk["time"])}</time>'
                     f'<h3>{esc(blk["heading"])}</h3></header>')
        t += [lb_time(blk["time"]), blk["heading"]]
        for n, p in enumerate(blk["paras"]):
            inner.append(f"<p>{html_inline(p)}</p>")
            t.append(txt_inline(p))
            if n == 0 and blk.get("caption"):
                inner.append(f'<figure class="lb-figure"><img src="/static/img/{a["slug"]}-{k + 1}.jpg" alt="">'
                             f'<figcaption>{esc(blk["caption"])}</figcaption></figure>')
                t.append(blk["caption"])
        inner.append('<footer class="lb-share"><a href="#">Share</a> <a href="#">Copy link</a></footer></article>')
        t += ["Share", "Copy link", ""]
    inner.append('<nav class="lb-pagination"><a href="#">Newest</a> <a href="#">Previous</a> <span>1 of 1</span> '
                 '<a href="#">Next</a> <a href="#">Oldest</a></nav></div>')
    t += ["Newest", "Previous", "1 of 1", "Next", "Oldest", ""]
    inner.append('<div class="lb-related"><h3>More on this story</h3><ul>'
                 + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in a["related"]) + '</ul></div>')
    t += ["More on this story"] + a["related"]
    inner.append('<p class="lb-comments-closed">Comments on this live blog are now closed.</p>')
    t.append("Comments on this live blog are now closed.")
    return herald_shell(a, base, dt, inner, t, head_extra, "wh-liveblog")


RENDER = {"wire": render_wire, "blog": render_blog, "herald": render_herald, "liveblog": render_liveblog}


# --- feeds -----------------------------------------------------------------------------------

def feed_atom(outlet: str, arts: list[dict], base: str) -> str:
    o = OUTLETS[outlet]
    newest = when(arts[0]["published"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"  <title>{esc(o['description'])}</title>", f"  <id>{base}/{outlet}/</id>",
           f"  <updated>{iso_offset(newest)}</updated>",
           f'  <link rel="self" href="{base}/{outlet}/feed.xml"/>',
           f'  <link rel="alternate" href="{base}/{outlet}/"/>']
    for a in arts:
        dt = when(a["published"])
        out += ["  <entry>", f"    <title>{esc(a['headline'])}</title>",
                f'    <link rel="alternate" href="{attr(url_of(a, base))}"/>',
                f"    <id>tag:northstar.example,{dt:%Y-%m-%d}:{a['slug']}</id>",
                f"    <published>{iso_offset(dt)}</published>", f"    <updated>{iso_offset(dt)}</updated>"]
        out += [f"    <author><name>{esc(n)}</name></author>" for n in a["authors"]]
        out += [f"    <summary>{esc(a['summary'])}</summary>", "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def feed_rss(outlet: str, arts: list[dict], base: str) -> str:
    o = OUTLETS[outlet]
    newest = when(arts[0]["published"])
    dc = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if outlet == "halvorsen-analysis" else ""
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<rss version="2.0"{dc}>', "<channel>",
           f"  <title>{esc(o['name'])}</title>", f"  <link>{base}/{outlet}/</link>",
           f"  <description>{esc(o['description'])}</description>", "  <language>en-gb</language>",
           f"  <lastBuildDate>{format_datetime(newest, usegmt=True)}</lastBuildDate>"]
    for a in arts:
        dt, link = when(a["published"]), url_of(a, base)
        out += ["  <item>", f"    <title>{esc(a['headline'])}</title>", f"    <link>{esc(link)}</link>"]
        if outlet == "halvorsen-analysis":
            out.append(f'    <guid isPermaLink="true">{esc(link)}</guid>')
            out.append(f"    <dc:creator>{esc(a['authors'][0])}</dc:creator>")
            out += [f"    <category>{esc(t)}</category>" for t in a["tags"][:3]]
        else:
            out.append(f'    <guid isPermaLink="false">{uuid.uuid5(uuid.NAMESPACE_URL, link)}</guid>')
            out.append(f"    <category>{esc(a['section'])}</category>")
        out += [f"    <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>",
                f"    <description>{esc(a['dek'])}</description>", "  </item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


# --- checks ----------------------------------------------------------------------------------

def check(a: dict, body: str) -> list[str]:
    errs = []
    for ev in a["evidence"]:
        signal, label, sentence = ev
        if signal == "un-vote":
            if label not in UN_VALUES:
                errs.append(f"{a['id']}: bad un-vote value {label!r}")
        elif signal not in PRESENCE or label not in STATES:
            errs.append(f"{a['id']}: bad label {signal}/{label}")
        if sentence not in body:
            errs.append(f"{a['id']}: evidence sentence not in the gold body: {sentence[:80]!r}")
        if "[^" in sentence:
            errs.append(f"{a['id']}: footnote marker in an evidence sentence")
    return errs


# --- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("STANCE_SHARED", HERE.parents[3] / "shared")),
                    help="the shared/ directory holding eval/stance/baseline.py (default: %(default)s)")
    ap.add_argument("--base-url", default=BASE_URL)
    args = ap.parse_args(argv)
    base = args.base_url.rstrip("/")

    sys.path.insert(0, str(args.shared / "eval" / "stance"))
    import baseline  # noqa: E402  (shared/eval/stance/baseline.py)

    ids = [a["id"] for a in ARTICLES]
    assert ids == [f"u5-{n:02d}" for n in range(1, len(ARTICLES) + 1)], ids
    errors: list[str] = []

    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold, stamps = [], [], [], []
    for a in ARTICLES:
        assert a["outlet"] in OUTLETS and OUTLETS[a["outlet"]]["template"] in ("wire", "blog", "herald")
        page, txt_lines = RENDER[a["template"]](a, base)
        body = "\n\n".join(gold_blocks(a))
        errors += check(a, body)
        for kind, content in (("html", page), ("txt", "\n".join(txt_lines).rstrip("\n") + "\n")):
            p = HERE / path_of(a, kind)
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content, encoding="utf-8")
            stamps.append((p, when(a["published"]).timestamp()))
        if a["headline"] not in page and esc(a["headline"]) not in page:
            errors.append(f"{a['id']}: headline not on the page")
        url = url_of(a, base)
        manifest.append({"id": a["id"], "url": url, "canonical_url": url,
                         "html": path_of(a, "html"), "txt": path_of(a, "txt"),
                         "outlet": a["outlet"], "published": a["published"]})
        evidence = []
        for signal, label, sentence in a["evidence"]:
            key = "value" if signal in baseline.VALUE_SIGNALS else "state"
            evidence.append({"signal": signal, key: label, "sentence": sentence})
        labels.append({"id": a["id"], "split": SPLIT, "outlet": a["outlet"], "evidence": evidence,
                       "syndication_group": a["syndication_group"],
                       "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["headline"], "body": body})

    for outlet, o in OUTLETS.items():
        arts = sorted((a for a in ARTICLES if a["outlet"] == outlet),
                      key=lambda a: a["published"], reverse=True)
        text = feed_atom(outlet, arts, base) if o["feed"] == "atom" else feed_rss(outlet, arts, base)
        p = site / outlet / "feed.xml"
        p.write_text(text, encoding="utf-8")
        stamps.append((p, when(arts[0]["published"]).timestamp()))

    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1

    def write_jsonl(name: str, rows: list[dict]) -> None:
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")

    write_jsonl("manifest.jsonl", manifest)
    write_jsonl("labels.jsonl", labels)
    write_jsonl("gold.jsonl", gold)
    shifts = baseline.expected_shifts(labels)
    (HERE / "expected_shifts.json").write_text(json.dumps(shifts, indent=2) + "\n", encoding="utf-8")
    for p, ts in stamps:
        os.utime(p, (ts, ts))

    counts: dict[tuple[str, str], int] = {}
    for rec in labels:
        for ev in rec["evidence"]:
            k = (ev["signal"], ev.get("state") or ev.get("value"))
            counts[k] = counts.get(k, 0) + 1
    print(f"built {len(ARTICLES)} articles from {len(OUTLETS)} outlets into {HERE}")
    for (s, lab), n in sorted(counts.items()):
        print(f"  {s:<17} {lab:<9} {n}")
    print(f"  evidence labels: {sum(counts.values())}; expected shifts: {len(shifts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
