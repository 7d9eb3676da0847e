#!/usr/bin/env python3
"""Build the held-out stance corpus from articles.py: pages, text dumps, feeds, manifest,
labels, gold and expected shifts. Standard library only; deterministic.

    python3 build.py    # (re)writes site/, *.jsonl, expected_shifts.json here; exits 1 if a
                        # label sentence is not in its body or a body paragraph is missing
                        # from the page or is not a line of its text dump

expected_shifts.json uses article_shift_keys() of ../../../../shared/eval/stance/baseline.py
when it can be found (or $STANCE_BASELINE), else an identical copy of the rule below.
"""
from __future__ import annotations

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
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

BASE = "http://127.0.0.1:8765"
E = html.escape


def h(*parts: object, n: int = 6) -> str:
    """A short stable hash for React-ish class names."""
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:n]


def when(a: dict) -> datetime:
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def paras(a: dict) -> list[str]:
    return [p.strip() for p in a["body"].split("\n\n") if p.strip()]


def rel_path(a: dict) -> str:
    d = when(a)
    return f"{a['outlet']}/{d:%Y}/{d:%m}/{a['slug']}"


def url(a: dict) -> str:
    return f"{BASE}/{rel_path(a)}.html"


def nice_date(d: datetime) -> str:
    hour = d.strftime("%I").lstrip("0")
    return f"{d:%B} {d.day}, {d:%Y}, {hour}:{d:%M} {d:%p} UTC"


def by(authors: list[str]) -> str:
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]


# --- trap material (claims about China outside the article body) --------------------------

TRAP_HEADLINES = [
    "China quietly ships artillery shells to Moscow, leaked documents show",
    "Beijing joins EU sanctions on Russian oil tankers",
    "Xi condemns Russia's invasion in call with European leaders",
    "China votes in favour of UN demand for Russian withdrawal",
    "Chinese envoy to host Russia-Ukraine peace talks in Beijing",
    "Beijing ends 'no limits' partnership with Moscow",
    "Chinese state banks are bankrolling Russia's war, analysts say",
    "China denies sending drones to Russia as Kyiv shows wreckage",
    "Why Beijing will never sanction Moscow",
    "China abstains again: inside the UN vote count",
]
FILLER_HEADLINES = [
    "Five things to watch as central banks meet this week",
    "Storm batters coastal towns, thousands without power",
    "The best budget laptops of the year, tested",
    "City approves new tram line after decade-long debate",
    "Heat records fall across southern Europe",
    "How to read a nutrition label, according to dietitians",
    "Chip stocks slide as demand forecasts soften",
    "A quiet revolution in rural broadband",
]
COMMENTS = [
    ("oldsailor61", "China is obviously sending weapons to Russia, everyone knows it. Stop pretending."),
    ("M. Petrenko", "Beijing condemned the invasion from day one, the Western press just won't report it."),
    ("truth_seeker", "Xi will never sanction Putin. They are best friends, no limits."),
    ("Grace L.", "China voted against Ukraine at the UN yet again. Shameful."),
    ("kbarnes", "Chinese banks are financing the whole war machine, that's the real story here."),
    ("Arjun", "China is the only country actually trying to broker peace, give them credit."),
    ("northern_lad", "Good reporting. I'd like to see more on what the EU is doing."),
    ("Wei", "China has sent no weapons at all. This is propaganda."),
    ("Lisa_H", "Honestly the Chinese special envoy is a joke, nothing will come of it."),
]


def pick(seq: list, i: int, k: int, step: int = 3) -> list:
    return [seq[(i * step + j * 7) % len(seq)] for j in range(k)]


def mixed(i: int, k_trap: int = 3, k_fill: int = 2) -> list[str]:
    out = pick(TRAP_HEADLINES, i, k_trap) + pick(FILLER_HEADLINES, i, k_fill, step=2)
    # interleave deterministically
    return [out[j] for j in sorted(range(len(out)), key=lambda j: h(i, j))]


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def head(a: dict, outlet_name: str, sep: str, extra: str = "", feed_type: str = "rss") -> str:
    d = when(a)
    desc = a["dek"] or paras(a)[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d.isoformat(), "mainEntityOfPage": url(a),
          "author": [{"@type": "Person", "name": n} for n in a["authors"]],
          "publisher": {"@type": "Organization", "name": outlet_name}, "description": desc}
    ftype = "application/atom+xml" if feed_type == "atom" else "application/rss+xml"
    return (f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{E(a["title"])} {sep} {E(outlet_name)}</title>'
            f'<link rel="canonical" href="{url(a)}">'
            f'<meta name="description" content="{E(desc)}">'
            f'<meta property="og:title" content="{E(a["title"])}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{url(a)}">'
            f'<meta property="article:published_time" content="{d.isoformat()}">'
            f'<link rel="alternate" type="{ftype}" title="{E(outlet_name)}" href="/{a["outlet"]}/feed.xml">'
            f'{extra}<script type="application/ld+json">{json.dumps(ld)}</script>'
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article'});</script>"
            "</head>")


# --- outlet 1: continental-wire (wire service) ---------------------------------------------

def page_wire(a: dict, i: int) -> str:
    d = when(a)
    body_cls = ["article-body__content__17Yit", "ArticleBody-module__body__Xq2", "story-body-text"][i % 3]
    ps = paras(a)
    parts = []
    for k, p in enumerate(ps):
        parts.append(f'<p class="text__text__1FZLe" data-testid="paragraph-{k}">{E(p)}</p>')
        if k == 1:
            parts.append('<div class="ad-slot" data-ad="mid-article"><span>Advertisement · Scroll to continue</span></div>')
        if k == 3 and i % 2 == 0:
            parts.append(f'<figure class="inline-figure"><img src="/img/cw-{i}-2.jpg" alt=""><figcaption>'
                         f'<span>Smoke rises after a strike in the Donetsk region. </span>'
                         f'<span class="credit">CONTINENTAL WIRE/Stringer</span> '
                         f'<a href="#">Purchase Licensing Rights</a></figcaption></figure>')
    lead = (f'<figure class="lead-media"><img src="/img/cw-{i}.jpg" alt="">'
            f'<figcaption><span>{E(a["caption"])} </span><span class="credit">{E(a["credit"])}</span> '
            f'<a href="#">Purchase Licensing Rights</a></figcaption></figure>')
    authors = " and ".join(f'<a href="/authors/{slugify(n)}/" rel="author">{E(n)}</a>' for n in a["authors"])
    hdr = (f'<header class="article-header"><nav class="breadcrumb"><a href="#">World</a> <a href="#">'
           f'{"Asia Pacific" if i % 2 else "Europe"}</a></nav>'
           f'<h1 data-testid="Heading">{E(a["title"])}</h1>'
           f'<div class="info"><div class="byline">By {authors}</div>'
           f'<time datetime="{d.isoformat()}">{d:%B} {d.day}, {d:%Y} {d.strftime("%I").lstrip("0")}:{d:%M} {d:%p} UTC</time>'
           f'<span class="updated">Updated {["2 hours ago", "a day ago", "3 hours ago"][i % 3]}</span></div>'
           f'<div class="share"><button>Share</button><button>Save</button></div></header>')
    # the reporting trailer
    reporters = "; ".join([f"Reporting by {by(a['authors'])}", a.get("editors", "")]).strip("; ")
    signoff = f'<p class="sign-off" data-testid="SignOffLine">{E(reporters)}</p>'
    trust = ('<p class="trust">Our Standards: <a href="#">The Continental Wire Trust Principles.</a></p>')
    related = ('<section class="related-coverage"><h2>Related coverage</h2><ul>'
               + "".join(f'<li><a href="/{a["outlet"]}/{slugify(t)}.html">{E(t)}</a></li>' for t in mixed(i, 3, 1))
               + "</ul></section>")
    more = ('<aside class="more-from"><h2>More from Continental Wire</h2><ol>'
            + "".join(f'<li><a href="/{a["outlet"]}/{slugify(t)}.html">{E(t)}</a><span>{k + 1}h ago</span></li>'
                      for k, t in enumerate(mixed(i + 7, 2, 3)))
            + "</ol></aside>")
    after = [signoff, trust, related] if i % 2 == 0 else [related, signoff, trust]
    top = ('<div class="site-header"><div class="brand"><a href="/">Continental Wire</a></div>'
           '<nav class="site-nav"><ul><li><a href="#">World</a></li><li><a href="#">Business</a></li>'
           '<li><a href="#">Markets</a></li><li><a href="#">Sustainability</a></li><li><a href="#">Legal</a></li>'
           '<li><a href="#">Technology</a></li><li><a href="#">Investigations</a></li></ul></nav>'
           '<div class="account"><a href="#">Register</a> <a href="#">My News</a></div></div>')
    ticker = ('<div class="ticker">Breaking: <a href="#">Oil edges higher as traders weigh supply outlook</a></div>'
              if i % 2 else "")
    return ("<!DOCTYPE html><html lang=\"en\">" + head(a, "Continental Wire", "|")
            + "<body>" + top + ticker + '<main class="article-page"><article class="story">'
            + hdr + lead + f'<div class="{body_cls}">' + "".join(parts) + "</div>"
            + "".join(after) + "</article>" + more + "</main>"
            + '<footer class="site-footer"><ul><li><a href="#">About Continental Wire</a></li>'
            '<li><a href="#">Careers</a></li><li><a href="#">Advertise with us</a></li>'
            '<li><a href="#">Cookie settings</a></li><li><a href="#">Terms of use</a></li>'
            '<li><a href="#">Privacy</a></li></ul><p>All quotes delayed a minimum of 15 minutes. '
            '© 2025 Continental Wire. All rights reserved.</p></footer></body></html>')


# --- outlet 2: northlight-news (modern, hashed classes) ------------------------------------

def page_modern(a: dict, i: int) -> str:
    d = when(a)
    c = lambda role: f"css-{h(a['id'], role)} e{h(role, n=4)}0"  # noqa: E731
    ps = paras(a)
    promos = pick(TRAP_HEADLINES, i + 2, 2)
    body = []
    for k, p in enumerate(ps):
        body.append(f'<p class="{c("p")}" data-component="text-block">{E(p)}</p>')
        if k == 1:
            body.append(f'<aside class="{c("promo")}" data-component="inline-promo"><a href="/northlight-news/'
                        f'{slugify(promos[0])}"><span class="{c("promo-label")}">Read more</span>'
                        f'<span class="{c("promo-title")}">{E(promos[0])}</span></a></aside>')
        if k == (3 if i % 2 else 4):
            body.append(f'<div class="{c("nl")}" data-component="newsletter"><h4>The China Brief</h4>'
                        '<p>What Beijing is doing and why it matters, every Tuesday. Free for a limited time.</p>'
                        '<form><label>Email address<input type="email" placeholder="you@example.com"></label>'
                        '<button type="submit">Sign up</button></form>'
                        '<small>By signing up you agree to our Terms of Service and Privacy Policy.</small></div>')
        if k == 5 and len(ps) > 6:
            body.append(f'<aside class="{c("promo")}" data-component="inline-promo"><a href="/northlight-news/'
                        f'{slugify(promos[1])}"><span class="{c("promo-label")}">Read more</span>'
                        f'<span class="{c("promo-title")}">{E(promos[1])}</span></a></aside>')
    cookie = (f'<div class="{c("cookie")}" role="dialog" aria-label="Cookie consent"><p>We and our 143 partners '
              'store and access information on your device to personalise content and ads and measure audiences.'
              '</p><button>Accept all</button><button>Manage preferences</button></div>')
    header = (f'<header class="{c("hdr")}"><a class="{c("logo")}" href="/">Northlight</a><nav><ul>'
              + "".join(f"<li><a href=\"#\">{s}</a></li>" for s in
                        ["World", "U.S.", "Politics", "Business", "Tech", "Climate", "Opinion", "Video"])
              + f'</ul></nav><div class="{c("acct")}"><button>Sign in</button><a href="#">Subscribe for $1</a>'
              '</div></header>')
    authors = " and ".join(f'<a href="/northlight-news/by/{slugify(n)}">{E(n)}</a>' for n in a["authors"])
    byline = (f'<div class="{c("byline")}"><span>By {authors}</span>'
              f'<span><time datetime="{d.isoformat()}">Updated {nice_date(d)}</time></span>'
              f'<span>{len(a["body"].split()) // 200 + 1} min read</span></div>')
    share = (f'<div class="{c("share")}" data-sticky="true"><button>Share</button><button aria-label="Share on X">'
             'X</button><button>Facebook</button><button>LinkedIn</button><button>Copy link</button>'
             '<button>Save</button><button>Gift this article</button></div>')
    fig = (f'<figure class="{c("fig")}"><picture><img src="/img/nl-{i}.webp" alt=""></picture><figcaption>'
           f'<span>{E(a["caption"])}</span> <span class="{c("credit")}">{E(a["credit"])}</span></figcaption></figure>')
    top = [byline, share, fig] if i % 2 == 0 else [fig, byline, share]
    bio = (f'<div class="{c("bio")}" data-component="author-bio"><img src="/img/author-{i}.jpg" alt="">'
           f'<div><p class="{c("bio-name")}">{E(a["authors"][-1])}</p><p>{E(a["bio"])}</p>'
           '<a href="#">Follow</a></div></div>')
    tags = f'<div class="{c("tags")}">Topics: <a href="#">China</a> <a href="#">Russia</a> <a href="#">Ukraine war</a></div>'
    cms = pick(COMMENTS, i, 3)
    comments = (f'<section class="{c("comments")}"><h3>Conversation ({17 + 9 * i})</h3>'
                + "".join(f'<div class="{c("cm")}"><span class="{c("cm-user")}">{E(u)}</span><p>{E(t)}</p>'
                          f'<span>{k + 2}h ago · Reply · {12 * (k + 1)} likes</span></div>'
                          for k, (u, t) in enumerate(cms))
                + "<button>Show more comments</button></section>")
    popular = (f'<aside class="{c("popular")}"><h3>Most Popular</h3><ol>'
               + "".join(f'<li><a href="/northlight-news/{slugify(t)}">{E(t)}</a></li>' for t in mixed(i + 3))
               + "</ol></aside>")
    tail = [comments, popular] if i % 2 else [popular, comments]
    footer = (f'<footer class="{c("ftr")}"><div><a href="/">Northlight</a><ul><li><a href="#">About us</a></li>'
              '<li><a href="#">Contact</a></li><li><a href="#">Careers</a></li><li><a href="#">Ethics policy</a>'
              '</li><li><a href="#">Do not sell or share my personal information</a></li></ul></div>'
              '<p>© 2025 Northlight Media, Inc.</p></footer>')
    return ("<!doctype html><html lang=\"en\">"
            + head(a, "Northlight", "—", '<link rel="preload" as="font" href="/_next/static/media/a1.woff2">',
                   feed_type="atom")
            + f'<body><div id="__next"><div class="{c("root")}">' + cookie + header
            + f'<main class="{c("main")}"><article class="{c("article")}">'
            + f'<div class="{c("kicker")}"><a href="#">World</a> / <a href="#">China</a></div>'
            + f'<h1 class="{c("h1")}">{E(a["title"])}</h1><p class="{c("dek")}">{E(a["dek"])}</p>'
            + "".join(top) + f'<section class="{c("body")}" data-component="article-body">' + "".join(body)
            + "</section>" + bio + tags + "</article>" + "".join(tail) + "</main>" + footer
            + '</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script>'
            "</body></html>")


# --- outlet 3: riverbend-journal (WordPress blog) ------------------------------------------

def page_blog(a: dict, i: int) -> str:
    d = when(a)
    pid = 4100 + 37 * i
    ps = paras(a)
    content = []
    for k, p in enumerate(ps):
        cls = ' class="has-drop-cap"' if k == 0 and i % 2 == 0 else ""
        content.append(f"<p{cls}>{E(p)}</p>")
        if k == (2 if i % 2 else 3):
            content.append('<div class="wp-block-group rj-newsletter"><h3 class="wp-block-heading">'
                           'Get the Riverbend Briefing</h3><p>One email a week on Europe, Russia and Asia. '
                           'No spam, unsubscribe any time.</p><form class="mc4wp-form"><input type="email" '
                           'placeholder="Your email"><button>Subscribe</button></form></div>')
        if k == 4 and i % 2 == 1:
            content.append('<figure class="wp-block-image size-large"><img src="/wp-content/uploads/'
                           f'{d:%Y}/{d:%m}/inline-{i}.jpg" alt=""><figcaption class="wp-element-caption">'
                           'A Chinese flag flies outside the embassy in Moscow. (Photo: AFP)</figcaption></figure>')
    if a.get("syndicated_from"):
        content.append('<p class="rj-syndication"><em>This article is republished from Continental Wire '
                       'under a content-sharing agreement. Read the original on the Continental Wire site.</em></p>')
    cookie = ('<div id="cookie-notice" class="cn-position-bottom"><span id="cn-notice-text">We use cookies to '
              'ensure that we give you the best experience on our website. If you continue to use this site we '
              'will assume that you are happy with it.</span><a href="#" id="cn-accept-cookie">Ok</a>'
              '<a href="#" id="cn-more-info">Privacy policy</a></div>')
    header = ('<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
              '<a href="/riverbend-journal/" rel="home">Riverbend Journal</a></p><p class="site-description">'
              'Independent notes on Europe, Russia and Asia</p></div><nav id="site-navigation" '
              'class="main-navigation"><button class="menu-toggle">Menu</button><ul id="primary-menu" class="menu">'
              + "".join(f'<li class="menu-item"><a href="#">{s}</a></li>' for s in
                        ["Home", "World", "Europe", "Asia", "Analysis", "Podcast", "About", "Support us"])
              + '</ul></nav><a class="rj-login" href="#">Log in</a></header>')
    author = E(a["authors"][0])
    ncom = 3 + i % 3
    entry_header = (f'<header class="entry-header"><span class="cat-links"><a href="#" rel="category tag">World'
                    f'</a>, <a href="#" rel="category tag">China watch</a></span>'
                    f'<h1 class="entry-title">{E(a["title"])}</h1><div class="entry-meta">'
                    f'<span class="posted-on">Posted on <a href="{url(a)}" rel="bookmark"><time class="entry-date '
                    f'published" datetime="{d.isoformat()}">{d:%B} {d.day}, {d:%Y}</time></a></span>'
                    f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="#">{author}'
                    f'</a></span></span> <span class="comments-link"><a href="#comments">{ncom} Comments</a>'
                    '</span></div></header>')
    thumb = (f'<figure class="post-thumbnail"><img src="/wp-content/uploads/{d:%Y}/{d:%m}/lead-{i}.jpg" alt="">'
             f'<figcaption class="wp-caption-text">{E(a["caption"])} {E(a["credit"])}</figcaption></figure>')
    share = ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
             '<li><a href="#">Share on X</a></li><li><a href="#">Share on Facebook</a></li>'
             '<li><a href="#">Email a link to a friend</a></li><li><a href="#">Print</a></li></ul></div>')
    related = ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>'
               + "".join(f'<div class="jp-relatedposts-post"><a href="/riverbend-journal/{slugify(t)}/">{E(t)}</a>'
                         f'<p>In "China watch"</p></div>' for t in mixed(i + 1, 2, 1))
               + "</div>")
    footer_e = ('<footer class="entry-footer"><span class="tags-links">Tagged <a href="#" rel="tag">China</a>, '
                '<a href="#" rel="tag">Russia</a>, <a href="#" rel="tag">Ukraine</a>, <a href="#" rel="tag">UN</a>'
                '</span></footer>')
    prev_next = pick(TRAP_HEADLINES, i + 5, 2)
    postnav = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">'
               'Post navigation</h2><div class="nav-links">'
               f'<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous post</span> '
               f'{E(prev_next[0])}</a></div><div class="nav-next"><a href="#" rel="next"><span class="meta-nav">'
               f'Next post</span> {E(prev_next[1])}</a></div></div></nav>')
    cms = pick(COMMENTS, i + 4, ncom, step=2)
    comments = (f'<div id="comments" class="comments-area"><h2 class="comments-title">{ncom} thoughts on '
                f'&ldquo;{E(a["title"])}&rdquo;</h2><ol class="comment-list">'
                + "".join(f'<li id="comment-{pid + k}" class="comment even thread-even depth-1"><article '
                          f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                          f'<b class="fn">{E(u)}</b> <span class="says">says:</span></div>'
                          f'<div class="comment-metadata"><time>{d:%B} {min(d.day + 1, 28)}, {d:%Y} at '
                          f'{7 + k}:{10 + 7 * k:02d} am</time></div></footer><div class="comment-content"><p>{E(t)}</p>'
                          '</div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
                          "</article></li>" for k, (u, t) in enumerate(cms))
                + '</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
                'Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your email address will not '
                'be published. Required fields are marked *</p><p><label>Comment *</label><textarea></textarea></p>'
                '<p><label>Name *</label><input></p><p><label>Email *</label><input></p><p class="form-submit">'
                '<input type="submit" value="Post Comment"></p></form></div></div>')
    recent = pick(TRAP_HEADLINES, i + 8, 3) + pick(FILLER_HEADLINES, i, 2)
    sidebar = ('<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search">'
               '<label><span class="screen-reader-text">Search for:</span><input type="search" placeholder="Search '
               '&hellip;"></label><button>Search</button></form></section>'
               '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
               + "".join(f'<li><a href="#">{E(t)}</a></li>' for t in recent)
               + '</ul></section><section class="widget widget_recent_comments"><h2 class="widget-title">Recent '
               'Comments</h2><ul>'
               + "".join(f'<li><span class="comment-author-link">{E(u)}</span> on <a href="#">{E(t)}</a></li>'
                         for (u, _), t in zip(pick(COMMENTS, i + 1, 2), pick(TRAP_HEADLINES, i + 4, 2)))
               + '</ul></section><section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
               + "".join(f'<li><a href="#">{m}</a></li>' for m in
                         ["December 2025", "November 2025", "June 2024", "April 2023", "February 2023",
                          "November 2022"])
               + '</ul></section><section class="widget widget_text"><h2 class="widget-title">Support independent '
               'writing</h2><div class="textwidget"><p>Riverbend Journal is reader-funded. Become a member from '
               '$4 a month.</p></div></section></aside>')
    article = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard '
               'has-post-thumbnail hentry category-world category-china-watch">'
               + (entry_header + thumb if i % 2 == 0 else thumb + entry_header)
               + '<div class="entry-content">' + "".join(content) + share + related + "</div>"
               + footer_e + "</article>")
    main_parts = [article, postnav, comments] if i % 3 else [article, comments, postnav]
    primary = ('<div id="primary" class="content-area"><main id="main" class="site-main">'
               + "".join(main_parts) + "</main></div>")
    layout = primary + sidebar if i % 2 == 0 else sidebar + primary
    return ('<!DOCTYPE html><html lang="en-US">'
            + head(a, "Riverbend Journal", "&#8211;",
                   "<link rel='stylesheet' id='riverline-style-css' href='/wp-content/themes/riverline/style.css?ver=2.4' "
                   "media='all'><meta name=\"generator\" content=\"WordPress 6.4.2\">")
            + f'<body class="post-template-default single single-post postid-{pid} single-format-standard '
            f'{"right-sidebar" if i % 2 == 0 else "left-sidebar"}"><div id="page" class="site">'
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            + header + '<div id="content" class="site-content">' + layout + "</div>"
            + '<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Riverbend Journal · '
            '<a href="#">Privacy</a> · <a href="#">Contact</a> · Proudly powered by <a href="#">WordPress</a> '
            '| Theme: Riverline</div></footer></div>' + cookie + "</body></html>")


TEMPLATES = {"continental-wire": page_wire, "northlight-news": page_modern, "riverbend-journal": page_blog}
OUTLET_NAMES = {"continental-wire": "Continental Wire", "northlight-news": "Northlight",
                "riverbend-journal": "Riverbend Journal"}


# --- "save page as text" --------------------------------------------------------------------

class Dump(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "textarea"}
    PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
    BLOCK = {"div", "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol",
             "figure", "figcaption", "form", "table", "tr", "blockquote", "address", "dl", "dd", "dt",
             "fieldset", "legend"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif self.skip:
            return
        elif tag == "li":
            self.out.append("\n\x01")
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.PARA or tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif self.skip:
            return
        elif tag in self.PARA:
            self.out.append("\n\x00\n")
        elif tag in self.BLOCK or tag == "li":
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines, blank = [], False
        for raw in "".join(self.out).split("\n"):
            line = raw.strip()
            if line == "\x00":
                if lines and not blank:
                    lines.append("")
                    blank = True
                continue
            line = line.replace("\x00", "").strip()
            if not line or line == "\x01":
                continue
            lines.append(line.replace("\x01", "  • ") if line.startswith("\x01") else line)
            blank = False
        return "\n".join(lines).rstrip() + "\n"


def to_text(page: str) -> str:
    d = Dump()
    d.feed(page)
    d.close()
    return d.text()


# --- feeds ----------------------------------------------------------------------------------

def summary(a: dict) -> str:
    return a["dek"] or (paras(a)[0][:180].rsplit(" ", 1)[0] + " …")


def feed_rss_wp(outlet: str, arts: list[dict]) -> str:
    items = []
    for k, a in enumerate(arts):
        pid = 4100 + 37 * k + int(h(a['id'], n=3), 16) % 29
        items.append(f"""  <item>
    <title>{E(a['title'])}</title>
    <link>{url(a)}</link>
    <dc:creator><![CDATA[{a['authors'][0]}]]></dc:creator>
    <pubDate>{format_datetime(when(a), usegmt=True)}</pubDate>
    <category><![CDATA[China watch]]></category>
    <guid isPermaLink="false">{BASE}/{outlet}/?p={pid}</guid>
    <description><![CDATA[{summary(a)}]]></description>
    <comments>{url(a)}#comments</comments>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Riverbend Journal</title>
  <atom:link href="{BASE}/{outlet}/feed.xml" rel="self" type="application/rss+xml" />
  <link>{BASE}/{outlet}/</link>
  <description>Independent notes on Europe, Russia and Asia</description>
  <lastBuildDate>{format_datetime(when(arts[0]), usegmt=True)}</lastBuildDate>
  <language>en-US</language>
  <generator>https://wordpress.org/?v=6.4.2</generator>
{chr(10).join(items)}
</channel>
</rss>
"""


def feed_atom(outlet: str, arts: list[dict]) -> str:
    entries = []
    for a in arts:
        u = uuid.uuid5(uuid.NAMESPACE_URL, url(a))
        authors = "".join(f"<author><name>{E(n)}</name></author>" for n in a["authors"])
        entries.append(f"""  <entry>
    <title>{E(a['title'])}</title>
    <link rel="alternate" type="text/html" href="{url(a)}"/>
    <id>urn:uuid:{u}</id>
    <published>{when(a).isoformat()}</published>
    <updated>{when(a).isoformat()}</updated>
    {authors}
    <summary>{E(summary(a))}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northlight — World</title>
  <id>{BASE}/{outlet}/</id>
  <updated>{when(arts[0]).isoformat()}</updated>
  <link rel="self" href="{BASE}/{outlet}/feed.xml"/>
  <link rel="alternate" href="{BASE}/{outlet}/"/>
{chr(10).join(entries)}
</feed>
"""


def feed_rss_wire(outlet: str, arts: list[dict], links: dict[str, str]) -> str:
    items = []
    for a in arts:
        items.append(f"""  <item>
    <title>{E(a['title'])}</title>
    <link>{E(links[a['id']])}</link>
    <guid isPermaLink="false">CW-{h(a['id'], a['slug'], n=12).upper()}</guid>
    <pubDate>{format_datetime(when(a), usegmt=True)}</pubDate>
    <description>{E(summary(a))}</description>
    <category>World</category>
  </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Continental Wire: World News</title>
  <link>{BASE}/{outlet}/</link>
  <description>Top world news from Continental Wire</description>
  <language>en</language>
  <ttl>15</ttl>
  <lastBuildDate>{format_datetime(when(arts[0]), usegmt=True)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""


# --- shift rule -----------------------------------------------------------------------------

def load_baseline():
    cands = [os.environ.get("STANCE_BASELINE", "")] + [
        str(p / "shared/eval/stance") for p in HERE.parents] + ["/work/shared/eval/stance"]
    for c in cands:
        if c and (Path(c) / "baseline.py").exists():
            sys.path.insert(0, c)
            import baseline  # noqa: F401
            return baseline
    raise SystemExit("baseline.py not found; set STANCE_BASELINE=/path/to/shared/eval/stance")


# --- build ----------------------------------------------------------------------------------

def sentences_ok(a: dict) -> list[str]:
    body = "\n\n".join(paras(a))
    return [s for _, _, s in a["labels"] if s not in body]


def main() -> int:
    bl = load_baseline()
    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    arts = sorted(ARTICLES, key=lambda a: a["published"])
    idx = {a["id"]: k for k, a in enumerate(sorted(ARTICLES, key=lambda a: (a["outlet"], a["published"])))}
    problems = []
    manifest, labels, gold = [], [], []

    # feed links: continental-wire has one relative link and one utm-tagged link
    cw = [a for a in arts if a["outlet"] == "continental-wire"]
    links = {a["id"]: url(a) for a in arts}
    links[cw[1]["id"]] = f"/{rel_path(cw[1])}.html"  # relative
    utm_id = cw[3]["id"]
    links[utm_id] = url(cw[3]) + "?utm_source=rss&utm_medium=feed&utm_campaign=world"

    for a in arts:
        i = idx[a["id"]] % 5
        page = TEMPLATES[a["outlet"]](a, i)
        text = to_text(page)
        base = site / rel_path(a)
        base.parent.mkdir(parents=True, exist_ok=True)
        base.with_suffix(".html").write_text(page, encoding="utf-8")
        base.with_suffix(".txt").write_text(text, encoding="utf-8")
        ts = when(a).timestamp()
        for suf in (".html", ".txt"):
            os.utime(base.with_suffix(suf), (ts, ts))
        # checks: labels in body; every body paragraph is a line of the dump and in the page
        problems += [f"{a['id']}: label sentence not in body: {s[:60]}" for s in sentences_ok(a)]
        tlines = set(text.splitlines())
        for p in paras(a):
            if p not in tlines:
                problems.append(f"{a['id']}: paragraph not a line of the txt dump: {p[:60]}")
            if E(p) not in page:
                problems.append(f"{a['id']}: paragraph not in html: {p[:60]}")
        if a["title"] not in tlines:
            problems.append(f"{a['id']}: title not a line of the dump")
        manifest.append({"id": a["id"], "url": links[a["id"]] if links[a["id"]].startswith("http") else url(a),
                         "canonical_url": url(a), "html": f"site/{rel_path(a)}.html",
                         "txt": f"site/{rel_path(a)}.txt", "outlet": a["outlet"], "published": a["published"]})
        ev = []
        for sig, lab, sent in a["labels"]:
            key = "value" if sig in bl.VALUE_SIGNALS else "state"
            if key == "state" and lab not in bl.PRESENCE_STATES or key == "value" and lab not in bl.UN_VOTE_VALUES:
                problems.append(f"{a['id']}: bad label {sig}={lab}")
            ev.append({"signal": sig, key: lab, "sentence": sent})
        labels.append({"id": a["id"], "split": "heldout", "outlet": a["outlet"], "evidence": ev,
                       "syndication_group": a["syndication_group"], "source_event": a["source_event"],
                       "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": "\n\n".join(paras(a))})

    # feeds, newest first
    for outlet in TEMPLATES:
        oa = sorted((a for a in arts if a["outlet"] == outlet), key=lambda a: a["published"], reverse=True)
        if outlet == "riverbend-journal":
            xml = feed_rss_wp(outlet, oa)
        elif outlet == "northlight-news":
            xml = feed_atom(outlet, oa)
        else:
            xml = feed_rss_wire(outlet, oa, links)
        f = site / outlet / "feed.xml"
        f.write_text(xml, encoding="utf-8")
        ts = when(oa[0]).timestamp()
        os.utime(f, (ts, ts))

    def jl(name, rows):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    jl("manifest.jsonl", manifest)
    jl("labels.jsonl", labels)
    jl("gold.jsonl", gold)
    (HERE / "expected_shifts.json").write_text(json.dumps(bl.expected_shifts(labels), indent=2) + "\n",
                                               encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"built {len(arts)} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
