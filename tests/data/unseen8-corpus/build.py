#!/usr/bin/env python3
"""Build the unseen8 stance corpus from articles.py.

Usage: python3 build.py [--shared PATH]   (default: ../../../../shared, i.e. /work/shared)

Writes, beside this file: site/<outlet>/<yyyy>/<mm>/<slug>.html and .txt, site/<outlet>/feed.xml,
manifest.jsonl, labels.jsonl, gold.jsonl and expected_shifts.json (computed with
shared/eval/stance/baseline.py). Pages are built for http://127.0.0.1:8765; every page's and
text dump's mtime is its article's publication time, a feed's mtime its newest article's.
Standard library only; the output is deterministic.
"""
from __future__ import annotations

import argparse
import calendar
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
BASE = "http://127.0.0.1:8765"
SPLIT = "unseen8"
sys.path.insert(0, str(HERE))
import articles  # noqa: E402

LABEL_RE = re.compile(r"\{\{([^|{}]+)\|(.*?)\}\}")
FN_RE = re.compile(r"\{fn:(\d+)\}")


# --- text helpers ----------------------------------------------------------------------------

def plain(text: str) -> str:
    """Paragraph text as it reads (gold): labels unwrapped, footnote anchors dropped."""
    return FN_RE.sub("", LABEL_RE.sub(lambda m: m.group(2), text))


def dump_text(text: str) -> str:
    """Paragraph text in a text dump: footnote anchors stay as their digit."""
    return FN_RE.sub(lambda m: m.group(1), LABEL_RE.sub(lambda m: m.group(2), text))


def para_html(text: str, quote: bool) -> str:
    out = html.escape(LABEL_RE.sub(lambda m: m.group(2), text), quote=quote)
    return FN_RE.sub(lambda m: (f'<sup><a class="footnote-anchor" id="footnote-anchor-{m.group(1)}" '
                                f'href="#footnote-{m.group(1)}" target="_self">{m.group(1)}</a></sup>'),
                     out)


def esc(text: str, quote: bool = True) -> str:
    return html.escape(text, quote=quote)


def labels_of(body: list, value_signals: set[str]) -> list[dict]:
    evidence = []
    for text in body_paragraphs(body):
        for m in LABEL_RE.finditer(text):
            sentence = FN_RE.sub("", m.group(2))
            for item in m.group(1).split(","):
                signal, label = (s.strip() for s in item.split("="))
                key = "value" if signal in value_signals else "state"
                evidence.append({"signal": signal, key: label, "sentence": sentence})
    return evidence


def body_paragraphs(body: list) -> list[str]:
    paras = []
    for block in body:
        if isinstance(block, str):
            paras.append(block)
        elif block[0] == "ol":
            paras.extend(block[1])
    return paras


def parse_time(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def human_date(dt: datetime, style: str) -> str:
    if style == "short":  # Mar 21, 2022
        return f"{dt:%b} {dt.day}, {dt.year}"
    if style == "long":  # 21 March 2022, 09:00 GMT
        return f"{dt.day} {dt:%B %Y}, {dt:%H:%M} GMT"
    return f"{dt:%B} {dt.day}, {dt.year}"  # March 16, 2022


def page_url(a: dict) -> str:
    dt = parse_time(a["published"])
    return f"{BASE}/{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}.html"


def rel_path(a: dict, ext: str) -> str:
    dt = parse_time(a["published"])
    return f"site/{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}.{ext}"


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(parts)))


class Page:
    """An HTML page and its text dump, built side by side (one block per dump line)."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.lines: list[str] = []

    def h(self, s: str) -> None:
        self.html.append(s)

    def t(self, *lines: str) -> None:
        self.lines.extend(lines)

    def text(self) -> str:
        out = "\n".join(self.lines)
        out = re.sub(r"\n{3,}", "\n\n", out).strip("\n")
        return out + "\n"


# --- outlet 1: a Substack-like newsletter ----------------------------------------------------

def render_newsletter(a: dict, outlet: dict) -> Page:
    p = Page()
    name = outlet["name"]
    dt = parse_time(a["published"])
    url = page_url(a)
    q = False  # this template leaves quotes unescaped
    p.h("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(a['title'])} - by {esc(a['author'])}</title>"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<link rel=\"canonical\" href=\"{url}\">"
        f"<meta property=\"og:title\" content=\"{esc(a['title'])}\">"
        f"<meta property=\"og:description\" content=\"{esc(a['dek'])}\">"
        f"<meta property=\"og:type\" content=\"article\">"
        f"<meta property=\"og:url\" content=\"{url}\">"
        f"<meta property=\"og:site_name\" content=\"{esc(name)}\">"
        f"<meta property=\"article:published_time\" content=\"{dt.isoformat()}\">"
        f"<meta property=\"article:author\" content=\"{esc(a['author'])}\">"
        f"<meta name=\"twitter:card\" content=\"summary_large_image\">"
        f"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{esc(name)}\" "
        f"href=\"{BASE}/{a['outlet']}/feed.xml\">"
        "<link rel=\"stylesheet\" href=\"/static/css/main.8f3a1c.css\">"
        "<script>window._preloads = {\"isPaywalled\": %s, \"pub\": {\"name\": %s}};</script>"
        % ("true" if a.get("paywall") else "false", json.dumps(name))
        + "</head>\n<body class=\"pencraft pc-reset\"><div id=\"entry\"><div id=\"main\" class=\"main typography use-theme-bg\">")
    # top bar
    p.h("<div class=\"main-menu\"><div class=\"topbar-content\">"
        f"<a href=\"{BASE}/{a['outlet']}/\" class=\"navbar-title-link\">{esc(name)}</a>"
        "<div class=\"navbar-buttons\"><button class=\"button primary subscribe-btn\" type=\"button\">Subscribe</button>"
        "<button class=\"button sign-in-link\" type=\"button\">Sign in</button></div></div></div>")
    p.t(name, "Subscribe", "Sign in", "")
    # post header
    p.h("<div class=\"container\"><div class=\"single-post-container\"><div class=\"single-post\">"
        "<article class=\"typography newsletter-post post\"><div class=\"post-header\">"
        f"<h1 class=\"post-title published\" dir=\"auto\">{esc(a['title'], q)}</h1>"
        f"<h3 class=\"subtitle\" dir=\"auto\">{esc(a['dek'], q)}</h3>"
        "<div class=\"post-meta\"><div class=\"post-meta-item\"><div class=\"profile-hover-card-target\">"
        f"<a href=\"#\" class=\"pencraft frontend-pencraft-Text-module__decoration-hover-underline\">{esc(a['author'])}</a>"
        f"</div></div><div class=\"post-meta-item post-date\" title=\"{dt.isoformat()}\">{human_date(dt, 'short')}</div></div>"
        "<div class=\"post-ufi\">"
        f"<button class=\"like-button-container post-ufi-button\" aria-label=\"Like ({a['likes']})\"><span class=\"label\">{a['likes']}</span></button>"
        f"<button class=\"post-ufi-comment-button post-ufi-button\" aria-label=\"View comments ({a['comment_count']})\"><span class=\"label\">{a['comment_count']}</span></button>"
        "<button class=\"post-ufi-button restack\" type=\"button\">Restack</button>"
        "<button class=\"post-ufi-button share\" type=\"button\">Share</button></div></div>")
    p.t(a["title"], a["dek"], a["author"], human_date(dt, "short"),
        str(a["likes"]), str(a["comment_count"]), "Restack", "Share", "")
    p.h("<div class=\"available-content\"><div dir=\"auto\" class=\"body markup\">")
    if a.get("crosspost"):
        p.h(f"<div class=\"callout-block\" data-callout=\"true\"><p><em>{esc(a['crosspost'], q)}</em></p></div>")
        p.t(a["crosspost"], "")
    cta = f"Thanks for reading {name}! Subscribe for free to receive new posts and support my work."
    paywall_done = False
    for block in a["body"]:
        if isinstance(block, str):
            p.h(f"<p>{para_html(block, q)}</p>")
            p.t(dump_text(block), "")
        elif block == ("box", "subscribe"):
            p.h("<div class=\"subscription-widget-wrap-editor\" data-attrs='{\"url\":\"\",\"text\":\"Subscribe\"}'>"
                f"<div class=\"subscription-widget show-subscribe\"><div class=\"preamble\"><p class=\"cta-caption\">{esc(cta, q)}</p></div>"
                "<form class=\"subscription-widget-subscribe\"><input type=\"email\" class=\"email-input\" name=\"email\" placeholder=\"Type your email…\">"
                "<input type=\"submit\" class=\"button primary\" value=\"Subscribe\"></form></div></div>")
            p.t(cta, "Type your email…", "Subscribe", "")
        elif block == ("box", "paywall"):
            # the free part ends: footnotes first, then the paywall
            render_footnotes(p, a, q)
            p.h("</div></div>")
            render_paywall(p, a, name, q)
            paywall_done = True
    if not paywall_done:
        render_footnotes(p, a, q)
        p.h("</div></div>")
    # post footer
    p.h("<div class=\"post-footer\"><div class=\"post-ufi\">"
        f"<button class=\"post-ufi-button\">{a['likes']} Likes</button>"
        "<button class=\"post-ufi-button restack\">Restack</button>"
        "<button class=\"post-ufi-button share\">Share</button></div></div>")
    p.t(f"{a['likes']} Likes", "Restack", "Share", "")
    if a.get("comments"):
        p.h(f"<div class=\"comments-section\"><h4 class=\"comments-heading\">Discussion about this post</h4>"
            "<div class=\"comment-input\"><textarea placeholder=\"Write a comment...\"></textarea></div>")
        p.t("Discussion about this post", "Write a comment...")
        for who, when, text in a["comments"]:
            p.h(f"<div class=\"comment\"><div class=\"comment-meta\"><a class=\"commenter-name\">{esc(who)}</a>"
                f"<span class=\"comment-date\">{esc(when)}</span></div><div class=\"comment-body\"><p>{esc(text, q)}</p></div>"
                "<div class=\"comment-actions\"><button>Like</button><button>Reply</button><button>Share</button></div></div>")
            p.t(who, when, text, "Like", "Reply", "Share")
        p.h("</div>")
        p.t("")
    p.h("</article></div></div></div>")
    more = f"Ready for more?"
    p.h(f"<div class=\"subscribe-footer\"><h3>{more}</h3><form><input type=\"email\" placeholder=\"Type your email…\">"
        "<input type=\"submit\" value=\"Subscribe\"></form></div>"
        f"<div class=\"footer-wrap\"><div class=\"footer\">© {dt.year} {esc(a['author'])} · "
        "<a href=\"#\">Privacy</a> ∙ <a href=\"#\">Terms</a> ∙ <a href=\"#\">Collection notice</a></div>"
        "<div class=\"footer-buttons\"><a class=\"button\">Start writing</a><a class=\"button\">Get the app</a></div>"
        "<div class=\"footer-slogan\">Substack is the home for great culture</div></div>"
        "</div></div></body></html>\n")
    p.t(more, "Type your email…", "Subscribe",
        f"© {dt.year} {a['author']} · Privacy ∙ Terms ∙ Collection notice",
        "Start writing", "Get the app", "Substack is the home for great culture")
    return p


def render_footnotes(p: Page, a: dict, q: bool) -> None:
    if not a.get("footnotes"):
        return
    p.h("<div class=\"footnotes\">")
    for n, text in enumerate(a["footnotes"], 1):
        p.h(f"<div class=\"footnote\" data-component-name=\"FootnoteToDOM\"><a id=\"footnote-{n}\" "
            f"href=\"#footnote-anchor-{n}\" class=\"footnote-number\" contenteditable=\"false\" target=\"_self\">{n}</a>"
            f"<div class=\"footnote-content\"><p>{esc(text, q)}</p></div></div>")
        p.t(str(n), text)
    p.h("</div>")
    p.t("")


def render_paywall(p: Page, a: dict, name: str, q: bool) -> None:
    title = "Keep reading with a 7-day free trial"
    desc = (f"Subscribe to {name} to keep reading this post and get 7 days of free access to the "
            "full post archives.")
    p.h("<div class=\"paywall\" data-testid=\"paywall\"><div class=\"paywall-divider\"></div>"
        f"<h2 class=\"paywall-title\">{title}</h2><p class=\"paywall-description\">{esc(desc, q)}</p>"
        "<a class=\"button primary paywall-cta\" href=\"#\">Start trial</a>"
        "<p class=\"paywall-login\">Already a paid subscriber? <a href=\"#\">Sign in</a></p>"
        "<div class=\"paywall-teaser\" aria-hidden=\"true\">")
    p.t(title, desc, "Start trial", "Already a paid subscriber? Sign in")
    for i, text in enumerate(a["paywall"]["teaser"]):
        cls = "teaser" if i == 0 else "teaser faded"
        p.h(f"<p class=\"{cls}\">{esc(text, q)}</p>")
        p.t(text)
    p.h("</div></div>")
    p.t("")


# --- outlet 2: a defence-trade magazine ------------------------------------------------------

DIN_NAV = ["Land", "Air", "Naval", "Space & Cyber", "Industry", "Events", "Whitepapers", "Jobs"]


def render_defence(a: dict, outlet: dict) -> Page:
    p = Page()
    name = outlet["name"]
    dt = parse_time(a["published"])
    url = page_url(a)
    mk = a["markup"]
    head = ["<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"]
    if mk.get("h1_only"):
        head.append(f"<title>{esc(name)} – {esc(a['section'][0])}</title>")
    else:
        head.append(f"<title>{esc(a['title'])} | {esc(name)}</title>"
                    f"<meta name=\"description\" content=\"{esc(a['dek'])}\">")
    head.append(f"<link rel=\"canonical\" href=\"{url}\">"
                f"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{BASE}/{a['outlet']}/feed.xml\">")
    if mk.get("og"):
        head.append(f"<meta property=\"og:title\" content=\"{esc(a['title'])}\">"
                    f"<meta property=\"og:description\" content=\"{esc(a['dek'])}\">"
                    "<meta property=\"og:type\" content=\"article\">"
                    f"<meta property=\"og:url\" content=\"{url}\">"
                    f"<meta property=\"og:image\" content=\"{BASE}/{a['outlet']}/img/{a['slug']}.jpg\">"
                    f"<meta property=\"article:published_time\" content=\"{dt.isoformat()}\">"
                    f"<meta property=\"article:section\" content=\"{esc(a['section'][0])}\">")
    if mk.get("jsonld", "").startswith("newsarticle"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "description": a["dek"], "datePublished": dt.isoformat(), "dateModified": dt.isoformat(),
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "author": {"@type": "Person", "name": a["author"]},
              "publisher": {"@type": "Organization", "name": name,
                            "logo": {"@type": "ImageObject", "url": f"{BASE}/{a['outlet']}/logo.png"}},
              "articleSection": a["section"][0]}
        if mk["jsonld"] == "newsarticle-body":
            ld["articleBody"] = gold_body(a)
        head.append("<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False) + "</script>")
    head.append("<link rel=\"stylesheet\" href=\"/assets/din.min.css?v=4.2\">"
                "<script async src=\"/assets/ads.js\"></script></head>\n")
    p.h("".join(head))
    p.h("<body class=\"single single-post din\">")
    # utility bar, masthead, nav
    p.h("<div class=\"utility-bar\"><a href=\"#\">Subscribe to DIN Weekly</a> <a href=\"#\">Advertise</a> "
        "<a href=\"#\">Log in</a></div>"
        f"<header class=\"masthead\"><a class=\"logo\" href=\"{BASE}/{a['outlet']}/\">{esc(name)}</a>"
        f"<p class=\"tagline\">{esc(outlet['tagline'])}</p></header>"
        "<nav class=\"primary-nav\"><ul>" + "".join(f"<li><a href=\"#\">{esc(n)}</a></li>" for n in DIN_NAV)
        + "</ul></nav>")
    p.t("Subscribe to DIN Weekly", "Advertise", "Log in", name, outlet["tagline"], *DIN_NAV)
    ev_name, ev_where, ev_cta = a["event"]
    p.h(f"<div class=\"event-banner\" role=\"banner\"><span class=\"event-label\">Event</span> "
        f"<strong>{esc(ev_name)}</strong> <span>{esc(ev_where)}</span> <a class=\"btn\" href=\"#\">{esc(ev_cta)}</a></div>")
    p.t(f"EVENT {ev_name}", ev_where, ev_cta)
    p.h("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"#\">Home</a></li>"
        f"<li><a href=\"#\">{esc(a['section'][0])}</a></li><li><a href=\"#\">{esc(a['section'][1])}</a></li></ol></nav>")
    p.t(f"Home › {a['section'][0]} › {a['section'][1]}")
    # article header
    p.h("<div class=\"layout\"><main id=\"content\"><article class=\"post\">"
        f"<header class=\"entry-header\"><p class=\"kicker\">{esc(a['section'][1])}</p>"
        f"<h1 class=\"entry-title\">{esc(a['title'], False)}</h1>"
        f"<p class=\"standfirst\">{esc(a['dek'], False)}</p>"
        f"<div class=\"byline\">By <a rel=\"author\" href=\"#\">{esc(a['author'])}</a> "
        f"<time datetime=\"{dt.isoformat()}\">{human_date(dt, 'long')}</time> <span class=\"read-time\">4 min read</span></div>"
        "<ul class=\"share\"><li>LinkedIn</li><li>X</li><li>Email</li></ul></header>")
    p.t(a["section"][1], a["title"], a["dek"], f"By {a['author']}", human_date(dt, "long"), "4 min read",
        "LinkedIn", "X", "Email")
    p.h(f"<figure class=\"lead-image\"><img src=\"/{a['outlet']}/img/{a['slug']}.jpg\" alt=\"\" width=\"1200\" height=\"675\">"
        f"<figcaption>{esc(a['caption'], False)}</figcaption></figure>")
    p.t(a["caption"], "")
    p.h("<div class=\"entry-content\">")
    asides = mk.get("asides")
    sidebar_boxes = []
    for block in a["body"]:
        if isinstance(block, str):
            p.h(f"<p>{para_html(block, False)}</p>")
            p.t(dump_text(block), "")
        elif block[0] == "box":
            kind = block[1]
            if kind == "spec":
                spec_box(p, a["spec"], "aside" if asides else "figure")
            elif kind == "whitepaper":
                whitepaper_box(p, a["whitepaper"], "aside" if asides else "div")
            elif kind == "readalso":
                p.h(f"<aside class=\"read-also\"><span>Read also</span> <a href=\"#\">{esc(a['readalso'], False)}</a></aside>")
                p.t(f"Read also: {a['readalso']}", "")
    # boxes not placed in the body go to the sidebar
    placed = {b[1] for b in a["body"] if isinstance(b, tuple) and b[0] == "box"}
    for kind in ("spec", "whitepaper"):
        if kind not in placed and a.get(kind):
            sidebar_boxes.append(kind)
    p.h("</div>")
    p.h("<div class=\"tags\"><span>Tags:</span> <a href=\"#\">Russia</a> <a href=\"#\">Ukraine</a> "
        "<a href=\"#\">China</a> <a href=\"#\">Supply chain</a></div>")
    p.t("Tags: Russia, Ukraine, China, Supply chain")
    bio = a["author_bio"]
    p.h(f"<section class=\"author-box\"><h4>About the author</h4><p class=\"author-name\">{esc(a['author'])}, "
        f"{esc(bio['role'])}</p><p>{esc(bio['text'], False)}</p><ul class=\"credentials\">"
        + "".join(f"<li>{esc(c, False)}</li>" for c in bio["credentials"]) + "</ul></section>")
    p.t("About the author", f"{a['author']}, {bio['role']}", bio["text"], *bio["credentials"])
    p.h("<section class=\"related\"><h3>Related articles</h3><ul>"
        + "".join(f"<li><a href=\"#\">{esc(r, False)}</a></li>" for r in a["related"]) + "</ul></section>")
    p.t("Related articles", *a["related"])
    p.h("</article></main><aside class=\"sidebar\">")
    for kind in sidebar_boxes:
        if kind == "spec":
            spec_box(p, a["spec"], "div")
        else:
            whitepaper_box(p, a["whitepaper"], "div")
    most = ["Army picks new loitering munition for brigade trials", "Shipyards warn of welding skills gap",
            "Five takeaways from the NATO industry forum", "Inside the race for cheaper interceptors"]
    p.h("<div class=\"most-read\"><h3>Most read</h3><ol>" + "".join(f"<li><a href=\"#\">{esc(m)}</a></li>" for m in most)
        + "</ol></div>")
    p.t("Most read", *[f"{i}. {m}" for i, m in enumerate(most, 1)])
    p.h("<div class=\"newsletter-signup\"><h3>DIN Weekly</h3><p>The week's procurement news in your inbox every Friday.</p>"
        "<form><input type=\"email\" placeholder=\"Work email\"><button>Sign up</button></form></div></aside></div>")
    p.t("DIN Weekly", "The week's procurement news in your inbox every Friday.", "Sign up")
    p.h(f"<footer class=\"site-footer\"><p>© {dt.year} {esc(name)}. Part of Aldgate Trade Media Ltd.</p>"
        "<ul><li><a href=\"#\">About</a></li><li><a href=\"#\">Editorial standards</a></li><li><a href=\"#\">Privacy</a></li>"
        "<li><a href=\"#\">Cookie settings</a></li></ul></footer></body></html>\n")
    p.t(f"© {dt.year} {name}. Part of Aldgate Trade Media Ltd.", "About", "Editorial standards", "Privacy",
        "Cookie settings")
    return p


def spec_box(p: Page, spec: dict, tag: str) -> None:
    p.h(f"<{tag} class=\"spec-box\"><h4>Specifications: {esc(spec['name'])}</h4><table class=\"spec\"><tbody>"
        + "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in spec["rows"])
        + f"</tbody></table><p class=\"spec-note\">{esc(spec['note'])}</p></{tag}>")
    p.t(f"Specifications: {spec['name']}", *[f"{k}\t{v}" for k, v in spec["rows"]], spec["note"], "")


def whitepaper_box(p: Page, wp: dict, tag: str) -> None:
    p.h(f"<{tag} class=\"sponsored whitepaper\"><span class=\"sponsored-label\">Sponsored</span>"
        f"<h4>{esc(wp['title'])}</h4><p>{esc(wp['text'], False)}</p>"
        f"<a class=\"btn download\" href=\"#\">Whitepaper download</a><small>In partnership with {esc(wp['sponsor'])}</small></{tag}>")
    p.t("Sponsored", wp["title"], wp["text"], "Whitepaper download", f"In partnership with {wp['sponsor']}", "")


# --- outlet 3: a fact-check site -------------------------------------------------------------

SIFT_NAV = ["Politics", "Health", "World", "Viral", "Ask us"]
VERDICT_SCALE = ["True", "Mostly true", "Missing context", "Misleading", "Mostly false", "False"]


def render_factcheck(a: dict, outlet: dict) -> Page:
    p = Page()
    name = outlet["name"]
    dt = parse_time(a["published"])
    url = page_url(a)
    mk = a["markup"]
    claim = a["claim"]
    head = ["<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(a['title'])} – {esc(name)}</title>\n<link rel=\"canonical\" href=\"{url}\">\n"
            f"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{BASE}/{a['outlet']}/feed.xml\">\n"]
    if mk.get("og"):
        head.append(f"<meta property=\"og:title\" content=\"{esc(a['title'])}\">\n"
                    f"<meta property=\"og:description\" content=\"{esc(a['dek'])}\">\n"
                    "<meta property=\"og:type\" content=\"article\">\n"
                    f"<meta property=\"og:site_name\" content=\"{esc(name)}\">\n"
                    f"<meta property=\"article:published_time\" content=\"{dt.isoformat()}\">\n")
    if mk.get("jsonld") == "claimreview":
        rating = {"False": 1, "Misleading": 2}.get(claim["verdict"], 3)
        ld = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
              "datePublished": dt.date().isoformat(), "claimReviewed": claim["text"],
              "author": {"@type": "Organization", "name": name, "url": f"{BASE}/{a['outlet']}/"},
              "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": claim["source"]},
                               "datePublished": dt.date().isoformat()},
              "reviewRating": {"@type": "Rating", "ratingValue": rating, "bestRating": 6, "worstRating": 1,
                               "alternateName": claim["verdict"]}}
        if a["id"] == "u8-01":
            ld["headline"] = a["title"]
        head.append("<script type=\"application/ld+json\">\n" + json.dumps(ld, indent=1, ensure_ascii=False)
                    + "\n</script>\n")
    head.append("<link rel=\"stylesheet\" href=\"/css/bootstrap.min.css\"><link rel=\"stylesheet\" href=\"/css/sift.css\">\n</head>\n")
    p.h("".join(head))
    p.h("<body class=\"factcheck-template\">\n<div class=\"navbar navbar-default\"><div class=\"container\">"
        f"<a class=\"navbar-brand\" href=\"{BASE}/{a['outlet']}/\">{esc(name)} <small>Fact Check</small></a>"
        "<ul class=\"nav navbar-nav\">" + "".join(f"<li><a href=\"#\">{esc(n)}</a></li>" for n in SIFT_NAV)
        + "</ul><a class=\"btn btn-warning navbar-btn\" href=\"#\">Donate</a></div></div>\n")
    p.t(f"{name} Fact Check", *SIFT_NAV, "Donate")
    p.h("<div class=\"container\"><div class=\"row\"><div class=\"col-md-8\">\n<div class=\"fc-article\">\n"
        "<span class=\"label label-fc\">FACT CHECK</span>\n"
        f"<h1 class=\"fc-title\">{esc(a['title'])}</h1>\n"
        f"<p class=\"fc-summary\">{esc(a['dek'])}</p>\n"
        f"<p class=\"fc-meta\">By <a href=\"#\">{esc(a['author'])}</a> | Published {human_date(dt, 'us')}</p>\n")
    p.t("FACT CHECK", a["title"], a["dek"], f"By {a['author']} | Published {human_date(dt, 'us')}")
    verdict_cls = claim["verdict"].lower().replace(" ", "-")
    p.h("<div class=\"claim-box panel\">"
        f"<div class=\"claim\"><span class=\"claim-label\">CLAIM:</span> <span class=\"claim-text\">{esc(claim['text'])}</span></div>"
        f"<div class=\"verdict verdict-{verdict_cls}\"><span class=\"claim-label\">VERDICT:</span> <strong>{esc(claim['verdict'])}</strong></div>"
        f"<p class=\"claim-source\">Where it spread: {esc(claim['source'])}</p></div>\n")
    p.t(f"CLAIM: {claim['text']}", f"VERDICT: {claim['verdict']}", f"Where it spread: {claim['source']}")
    p.h("<div class=\"fc-body\">\n")
    for block in a["body"]:
        if isinstance(block, str):
            p.h(f"<p>{para_html(block, True)}</p>\n")
            p.t(dump_text(block))
        elif block[0] == "h":
            p.h(f"<h2 class=\"fc-subhead\">{esc(block[1])}</h2>\n")
            p.t(block[1])
        elif block[0] == "ol":
            p.h("<ol class=\"key-points\">\n" + "".join(f"  <li>{para_html(t, True)}</li>\n" for t in block[1]) + "</ol>\n")
            p.t(*[dump_text(t) for t in block[1]])
    p.h("</div>\n")
    method = ("The Sift rates claims on a six-point scale: " + ", ".join(VERDICT_SCALE) + ". "
              "Every fact check is reviewed by a second editor before publication, and we contact the people "
              "or organisations whose statements we check. Read our full methodology and corrections policy.")
    p.h(f"<div class=\"methodology well\"><h3>How we rate claims</h3><p>{esc(method)}</p></div>\n")
    p.t("How we rate claims", method)
    p.h("<div class=\"sources\"><h3>Sources</h3><ul>\n")
    p.t("Sources")
    for title, link in a["sources"]:
        if link:
            p.h(f"<li><a href=\"{esc(link)}\" rel=\"nofollow\">{esc(title)}</a></li>\n")
        else:
            p.h(f"<li>{esc(title)}</li>\n")
        p.t(title)
    p.h("</ul></div>\n")
    p.h("<div class=\"share-row\">Share this fact check: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> "
        "<a href=\"#\">WhatsApp</a></div>\n</div>\n</div>\n")
    p.t("Share this fact check: Facebook X WhatsApp")
    p.h("<div class=\"col-md-4\"><div class=\"related-checks\"><h3>More fact checks</h3><ul>\n"
        + "".join(f"<li><a href=\"#\">{esc(r)}</a></li>\n" for r in a["related"]) + "</ul></div>\n")
    p.t("More fact checks", *a["related"])
    ask = "Seen a claim you want checked? Send it to us on WhatsApp or by email."
    donate = "The Sift is independent and reader-funded. Support our work."
    p.h(f"<div class=\"ask-box\"><p>{esc(ask)}</p></div><div class=\"donate-box\"><p>{esc(donate)}</p>"
        "<a class=\"btn btn-warning\" href=\"#\">Donate</a></div></div></div></div>\n")
    p.t(ask, donate, "Donate")
    p.h(f"<footer class=\"footer\"><div class=\"container\"><p>© {dt.year} {esc(name)}. "
        "Signatory of the IFCN Code of Principles.</p><p><a href=\"#\">About</a> · <a href=\"#\">Funding</a> · "
        "<a href=\"#\">Corrections</a> · <a href=\"#\">Privacy</a></p></div></footer>\n</body>\n</html>\n")
    p.t(f"© {dt.year} {name}. Signatory of the IFCN Code of Principles.", "About · Funding · Corrections · Privacy")
    return p


RENDERERS = {"rotunda-letter": render_newsletter, "defence-industry-news": render_defence,
             "sift-factcheck": render_factcheck}


def gold_body(a: dict) -> str:
    return "\n\n".join(plain(t) for t in body_paragraphs(a["body"]))


# --- feeds -----------------------------------------------------------------------------------

def rss_feed(slug: str, outlet: dict, items: list[dict]) -> str:
    newest = parse_time(items[0]["published"])
    out = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
           "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:atom=\"http://www.w3.org/2005/Atom\">",
           "<channel>",
           f"  <title>{esc(outlet['name'])}</title>",
           f"  <link>{BASE}/{slug}/</link>",
           f"  <description>{esc(outlet['tagline'])}</description>",
           "  <language>en</language>",
           f"  <atom:link href=\"{BASE}/{slug}/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>",
           f"  <lastBuildDate>{format_datetime(newest, usegmt=True)}</lastBuildDate>"]
    for a in items:
        dt = parse_time(a["published"])
        out += ["  <item>",
                f"    <title>{esc(a['title'])}</title>",
                f"    <link>{page_url(a)}</link>",
                f"    <guid isPermaLink=\"false\">{stable_id(slug, a['slug'])}</guid>",
                f"    <dc:creator>{esc(a['author'])}</dc:creator>",
                f"    <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>",
                f"    <description>{esc(a['dek'])}</description>"]
        if slug == "sift-factcheck":
            out.append("    <category>Fact Check</category>")
        out.append("  </item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def atom_feed(slug: str, outlet: dict, items: list[dict]) -> str:
    newest = parse_time(items[0]["published"])
    out = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
           f"  <title>{esc(outlet['name'])}</title>",
           f"  <subtitle>{esc(outlet['tagline'])}</subtitle>",
           f"  <id>{BASE}/{slug}/</id>",
           f"  <updated>{newest.isoformat()}</updated>",
           f"  <link rel=\"self\" href=\"{BASE}/{slug}/feed.xml\"/>",
           f"  <link rel=\"alternate\" href=\"{BASE}/{slug}/\"/>"]
    for a in items:
        dt = parse_time(a["published"])
        out += ["  <entry>",
                f"    <title>{esc(a['title'])}</title>",
                f"    <link rel=\"alternate\" href=\"{page_url(a)}\"/>",
                f"    <id>urn:uuid:{stable_id(slug, a['slug'])}</id>",
                f"    <published>{dt.isoformat()}</published>",
                f"    <updated>{dt.isoformat()}</updated>",
                f"    <author><name>{esc(a['author'])}</name></author>",
                f"    <summary>{esc(a['dek'])}</summary>",
                "  </entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


# --- checks ----------------------------------------------------------------------------------

def html_visible_text(doc: str) -> str:
    """Rough visible text of a page: scripts dropped, tags removed, entities decoded."""
    doc = re.sub(r"<script.*?</script>", " ", doc, flags=re.S)
    doc = re.sub(r"<sup>.*?</sup>", "", doc, flags=re.S)
    doc = re.sub(r"<[^>]+>", " ", doc)
    return " ".join(html.unescape(doc).split())


def check(a: dict, page: Page, evidence: list[dict], gold: str, base_mod) -> None:
    """Every label sentence and gold paragraph is on the page and in the dump, labels are valid."""
    where = a["id"]
    html_text = html_visible_text("".join(page.html))
    txt = " ".join(page.text().split())
    for ev in evidence:
        s = ev["sentence"]
        assert s in gold, f"{where}: sentence not in gold body: {s}"
        assert " ".join(s.split()) in html_text, f"{where}: sentence not in html: {s}"
        assert " ".join(s.split()) in txt, f"{where}: sentence not in txt: {s}"
        label = ev.get("state") or ev.get("value")
        if ev["signal"] in base_mod.VALUE_SIGNALS:
            assert label in base_mod.UN_VOTE_VALUES, f"{where}: bad value {label}"
        else:
            assert ev["signal"] in base_mod.BASELINE, f"{where}: unknown signal {ev['signal']}"
            assert label in base_mod.PRESENCE_STATES, f"{where}: bad state {label}"
    for para in body_paragraphs(a["body"]):
        assert " ".join(plain(para).split()) in html_text, f"{where}: paragraph not in html: {para[:60]}"
        assert " ".join(dump_text(para).split()) in txt, f"{where}: paragraph not in txt: {para[:60]}"
    assert a["title"] in html.unescape("".join(page.html)), f"{where}: title not on page"
    assert "{{" not in "".join(page.html) + page.text(), f"{where}: unrendered label markup"


# --- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[3] / "shared",
                    help="the shared/ directory (default: %(default)s)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval" / "stance"))
    import baseline  # noqa: E402  (shared/eval/stance/baseline.py)

    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, golds = [], [], []
    mtimes: dict[Path, float] = {}
    by_outlet: dict[str, list[dict]] = {k: [] for k in articles.OUTLETS}
    ids = [a["id"] for a in articles.ARTICLES]
    assert ids == [f"u8-{i:02d}" for i in range(1, len(ids) + 1)], ids
    for a in articles.ARTICLES:
        outlet = articles.OUTLETS[a["outlet"]]
        page = RENDERERS[a["outlet"]](a, outlet)
        gold = gold_body(a)
        evidence = labels_of(a["body"], baseline.VALUE_SIGNALS)
        check(a, page, evidence, gold, baseline)
        ts = calendar.timegm(parse_time(a["published"]).timetuple())
        for ext, content in (("html", "".join(page.html)), ("txt", page.text())):
            path = HERE / rel_path(a, ext)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            mtimes[path] = ts
        url = page_url(a)
        manifest.append({"id": a["id"], "url": url, "canonical_url": url, "html": rel_path(a, "html"),
                         "txt": rel_path(a, "txt"), "outlet": a["outlet"], "published": a["published"]})
        labels.append({"id": a["id"], "split": SPLIT, "outlet": a["outlet"], "evidence": evidence,
                       "syndication_group": a.get("syndication_group"), "source_event": a["source_event"],
                       "traps": a["traps"]})
        golds.append({"id": a["id"], "title": a["title"], "body": gold})
        by_outlet[a["outlet"]].append(a)
    for slug, items in by_outlet.items():
        items = sorted(items, key=lambda a: a["published"], reverse=True)
        outlet = articles.OUTLETS[slug]
        feed = rss_feed(slug, outlet, items) if outlet["feed"] == "rss" else atom_feed(slug, outlet, items)
        path = site / slug / "feed.xml"
        path.write_text(feed, encoding="utf-8")
        mtimes[path] = calendar.timegm(parse_time(items[0]["published"]).timetuple())

    def write_jsonl(name: str, rows: list[dict]) -> None:
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")

    write_jsonl("manifest.jsonl", manifest)
    write_jsonl("labels.jsonl", labels)
    write_jsonl("gold.jsonl", golds)
    shifts = baseline.expected_shifts(labels)
    (HERE / "expected_shifts.json").write_text(json.dumps(shifts, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
    for path, ts in mtimes.items():
        os.utime(path, (ts, ts))
    n_ev = sum(len(r["evidence"]) for r in labels)
    print(f"built {len(manifest)} articles ({n_ev} evidence labels, {len(shifts)} expected shifts) "
          f"in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
