#!/usr/bin/env python3
"""Build the unseen2 check corpus (standard library only).

    python3 build.py            # writes site/, manifest.jsonl, labels.jsonl, gold.jsonl,
                                # expected_shifts.json next to this file

expected_shifts.json is computed with ../../../../shared/eval/stance/baseline.py
(or --shared DIR pointing at the shared/ folder).
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import shutil
import sys
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

BASE = "http://127.0.0.1:8765"
E = html.escape


def ts(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def h(s: str, n: int = 7) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def rel(a: dict, ext: str) -> str:
    d = ts(a["published"])
    return f"site/{a['outlet']}/{d:%Y}/{d:%m}/{a['slug']}.{ext}"


def url(a: dict) -> str:
    return f"{BASE}/{rel(a, 'html')[len('site/'):]}"


def others(a: dict) -> list[dict]:
    return [b for b in ARTICLES if b["outlet"] == a["outlet"] and b["id"] != a["id"]]


# --------------------------------------------------------------------------- outlet 1
def ledger(a: dict) -> str:
    d = ts(a["published"])
    body = a["body"]
    teaser = "".join(f"<p>{E(p)}</p>" for p in body[:1])
    full = []
    for i, p in enumerate(body):
        full.append(f'<p class="n-content-body__p" data-para="{i}">{E(p)}</p>')
        if i == 2:
            full.append('<div class="o-ads" data-o-ads-name="mpu-inline"><span class="o-ads__label">'
                        'Advertisement</span></div>')
        if i == 5:
            full.append('<aside class="n-content-pullquote"><p>Sign up to our Emerging Markets '
                        'newsletter: the week\'s essential reads in one email.</p><a href="#">Sign up</a></aside>')
    tickers = [("Shanghai Composite", "3,284.12", "-0.41%"), ("Hang Seng", "19,456.30", "+0.87%"),
               ("USD/CNY", "7.0712", "+0.05%"), ("USD/RUB", "80.45", "-1.12%"),
               ("Brent", "$75.63", "+0.34%"), ("Euro Stoxx 50", "4,352.90", "-0.22%")]
    ticker_html = "".join(f'<li class="mkt-tick"><span class="mkt-name">{E(n)}</span> '
                          f'<span class="mkt-val">{v}</span> <span class="mkt-chg">{c}</span></li>'
                          for n, v, c in tickers)
    quotes = [("ICBC", "601398:SHH", "5.12", "+0.39%"), ("Bank of China", "3988:HKG", "3.41", "-0.29%"),
              ("Sberbank", "SBER:MCX", "251.20", "+1.05%"), ("Raiffeisen Bank Intl", "RBI:VIE", "17.84", "-0.67%")]
    quote_rows = "".join(f"<tr><td><a href=\"#\">{E(n)}</a><br><small>{s}</small></td><td>{p}</td><td>{c}</td></tr>"
                         for n, s, p, c in quotes)
    read_next = "".join(f'<li><a href="{url(b)}">{E(b["title"])}</a></li>' for b in others(a))
    read_next += ('<li><a href="#">Kyiv says Chinese rifle scopes found on Russian positions near Bakhmut</a></li>'
                  '<li><a href="#">Yuan loans to Russia: is Beijing bankrolling the war?</a></li>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a["dek"], "datePublished": d.isoformat(), "isAccessibleForFree": False,
          "author": [{"@type": "Person", "name": n.split(" in ")[0]} for n in a["authors"].split(" and ")],
          "publisher": {"@type": "Organization", "name": "The Northgate Ledger"}}
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="js core"><head><meta charset="utf-8">
<title>{E(a['title'])} | The Northgate Ledger</title>
<link rel="canonical" href="{url(a)}">
<meta name="description" content="{E(a['dek'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="article:published_time" content="{d.isoformat()}">
<link rel="alternate" type="application/rss+xml" href="/northgate-ledger/feed.xml">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>.o-header{{background:#fff1e5}}.mkt-tick{{display:inline-block}}</style>
<script>window.FT_FLAGS={{"paywall":true,"barrier":"trial"}};</script>
</head><body>
<a class="skip" href="#site-content">Skip to main content</a>
<header class="o-header"><div class="o-header__top"><a href="#">Menu</a> <a href="#">Search</a>
<a class="o-header__logo" href="/">The Northgate Ledger</a> <a href="#">Sign In</a> <a href="#">Subscribe</a></div>
<nav class="o-header__nav"><ul><li><a href="#">Home</a></li><li><a href="#">World</a></li><li><a href="#">Markets</a></li><li><a href="#">Companies</a></li><li><a href="#">Tech</a></li><li><a href="#">Opinion</a></li><li><a href="#">Lex</a></li></ul></nav>
<div class="mkt-strip"><ul>{ticker_html}</ul><a href="#">Markets data delayed by at least 15 minutes</a></div>
</header>
<div id="site-content" class="article-grid">
<section class="barrier" data-trackable="barrier">
<div class="barrier__teaser"><span class="o-topper__topic">{E(a['section'])}</span>
<h2 class="barrier__headline">{E(a['title'])}</h2>{teaser}<p class="barrier__fade">…</p></div>
<div class="barrier__offer"><h3>Subscribe to read</h3><p>Try unlimited access: only $1 for 4 weeks. Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.</p>
<a class="o-buttons" href="#">Subscribe to read</a> <a href="#">Already a subscriber? Sign in</a></div>
</section>
<article class="article" id="article-{h(a['id'])}">
<div class="o-topper"><a class="o-topper__topic" href="#">{E(a['section'])}</a>
<h1 class="o-topper__headline"><span>{E(a['title'])}</span></h1>
<div class="o-topper__standfirst">{E(a['dek'])}</div></div>
<figure class="n-content-image"><img src="/img/{h(a['slug'])}.jpg" alt=""><figcaption>The People's Bank of China headquarters in Beijing. Some Chinese lenders have expanded trade finance for Russian clients © Bloomberg</figcaption></figure>
<div class="article-info"><p class="article-info__byline">{E(a['authors'])}</p>
<time class="article-info__timestamp" datetime="{d.isoformat()}">{d:%B} {d.day} {d:%Y}</time></div>
<div class="share-nav"><a href="#">Save</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Gift this article</a></div>
<div class="n-content-body js-article__content-body" id="article-body">
{''.join(full)}
</div>
<p class="article__copyright-notice">Copyright The Northgate Ledger Limited 2025. All rights reserved.</p>
<div class="concept-list"><h3>Follow the topics in this article</h3><ul><li><a href="#">Chinese politics &amp; policy</a> <button>+ Add to myFT</button></li><li><a href="#">War in Ukraine</a> <button>+ Add to myFT</button></li></ul></div>
<section class="read-next"><h2>Read next</h2><ul>{read_next}</ul></section>
</article>
<aside class="markets-sidebar"><h2>Markets</h2><table class="mkt-quotes"><thead><tr><th>Name</th><th>Price</th><th>Change</th></tr></thead><tbody>{quote_rows}</tbody></table>
<p><a href="#">View more market data</a></p></aside>
</div>
<footer class="o-footer"><ul><li><a href="#">Help</a></li><li><a href="#">Accessibility</a></li><li><a href="#">Cookies</a></li><li><a href="#">Manage cookies</a></li><li><a href="#">Privacy</a></li><li><a href="#">Terms &amp; Conditions</a></li></ul>
<p>Markets data delayed by at least 15 minutes. © THE NORTHGATE LEDGER LTD 2025. NL and ‘The Northgate Ledger’ are trademarks of The Northgate Ledger Ltd.</p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- outlet 2
def wire(a: dict) -> str:
    d = ts(a["published"])
    rec = others(a)
    parts = []
    for i, p in enumerate(a["body"]):
        parts.append(f'<p data-qa="Component-Component" class="e1{h(str(i),4)} css-{h(p,6)}">{E(p)}</p>')
        if i == 1:
            parts.append('<div class="ad-slot css-inline" data-qa="AdSlot"><div>Advertisement</div></div>')
        if i == 3 and rec:
            parts.append(f'<div class="explore-more" data-qa="InlineLink"><strong>Explore more</strong>'
                         f'<a href="{url(rec[0])}">{E(rec[0]["title"])}</a></div>')
        if i == 5:
            parts.append('<div class="ad-slot css-inline" data-qa="AdSlot"><div>Advertisement</div></div>')
            parts.append('<div class="explore-more" data-qa="InlineLink"><strong>Explore more</strong>'
                         '<a href="#">Ukraine says North Korean and Chinese shells found at front</a></div>')
    tags = ["China-Russia relations", "Ukraine war", "Diplomacy", "Xi Jinping"]
    tag_html = "".join(f'<li><a href="#" class="topic-tag">{E(t)}</a></li>' for t in tags)
    carousel = "".join(f'<div class="carousel-card"><a href="{url(b)}"><span class="card-topic">China</span>'
                       f'<h3>{E(b["title"])}</h3></a><time>{ts(b["published"]):%d %b %Y}</time></div>' for b in rec)
    carousel += ('<div class="carousel-card"><a href="#"><span class="card-topic">Opinion</span>'
                 '<h3>China is quietly arming Russia, and Europe knows it</h3></a><time>3 Mar 2025</time></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": {"@type": "Person", "name": a["authors"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Pacific Affairs Wire"},
          "keywords": ", ".join(tags)}
    hkt = d.astimezone(timezone.utc)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{E(a['title'])} | Pacific Affairs Wire</title>
<link rel="canonical" href="{url(a)}"><link rel="alternate" type="application/atom+xml" href="/pacific-affairs-wire/feed.xml">
<meta property="og:title" content="{E(a['title'])}"><meta name="description" content="{E(a['dek'])}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];</script>
</head><body class="paw-article"><div id="root">
<header class="css-hdr"><div class="css-top"><a href="/">Pacific Affairs Wire</a><span class="edition"> International Edition </span>
<a href="#">Log in</a><a href="#">Register</a><a href="#" class="cta">Subscribe</a></div>
<nav class="css-nav"><a href="#">News</a><a href="#">China</a><a href="#">Asia</a><a href="#">World</a><a href="#">Economy</a><a href="#">Tech</a><a href="#">Opinion</a><a href="#">Video</a></nav></header>
<div class="ad-slot leaderboard"><div>Advertisement</div></div>
<main class="css-main"><article class="css-article">
<div class="breadcrumb"><a href="#">{E(a['section'].split(' / ')[0])}</a><span>›</span><a href="#">{E(a['section'].split(' / ')[-1])}</a></div>
<h1 class="css-headline" data-qa="ContentHeadline-Headline">{E(a['title'])}</h1>
<ul class="css-summary" data-qa="ContentSummary"><li>{E(a['dek'])}</li></ul>
<div class="css-author"><span>{E(a['authors'])}</span> <span class="dateline">Published: {hkt:%-I:%M%p}, {hkt.day} {hkt:%b %Y}</span>
<button>Why you can trust PAW</button></div>
<div class="share"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copy link</button><button>Print</button></div>
<figure class="css-hero"><img src="/img/{h(a['slug'])}.webp" alt=""><figcaption>Chinese and Russian flags ahead of a meeting in Beijing. Photo: Xinhua</figcaption></figure>
<section class="css-body" data-qa="GenericArticle-Body">
{''.join(parts)}
</section>
<div class="trust-box"><h4>Why you can trust us</h4><p>Our journalists follow an editorial code of conduct. Stories are checked by at least two editors, and corrections are published at the foot of the article.</p><a href="#">Learn more about our standards</a></div>
<div class="topics"><h4>Topics</h4><ul>{tag_html}</ul></div>
<div class="ad-slot"><div>Advertisement</div></div>
<section class="recommended"><h2>Recommended</h2><div class="carousel">{carousel}</div></section>
<section class="comments"><h3>Conversation</h3><p>Join the conversation. Comments are reviewed before publication.</p></section>
</article></main>
<footer class="css-footer"><div><a href="#">About us</a><a href="#">Contact</a><a href="#">Newsletters</a><a href="#">Advertise</a><a href="#">Privacy policy</a><a href="#">Terms &amp; conditions</a></div>
<p>Copyright © 2025 Pacific Affairs Wire Publishers Ltd. All rights reserved.</p></footer>
</div></body></html>
"""


# --------------------------------------------------------------------------- outlet 3
def forum(a: dict) -> str:
    d = ts(a["published"])
    words = sum(len(p.split()) for p in a["body"])
    minutes = max(2, -(-words // 230))
    claps = 40 + int(h(a["id"], 3), 16) % 900
    paras = "".join(f"<p>{E(p)}</p>" for p in a["body"])
    more = "".join(f'<article class="post-card"><a class="post-card-content-link" href="{url(b)}">'
                   f'<h2 class="post-card-title">{E(b["title"])}</h2><p class="post-card-excerpt">{E(b["dek"])}</p></a>'
                   f'<footer class="post-card-meta">{b["authors"]} · {ts(b["published"]):%b %-d, %Y}</footer></article>'
                   for b in others(a) if b["authors"] == a["authors"])
    more += ('<article class="post-card"><a class="post-card-content-link" href="#">'
             '<h2 class="post-card-title">Is China about to join the sanctions regime?</h2>'
             '<p class="post-card-excerpt">Some in Brussels think Beijing is ready to move. We are not convinced.</p></a></article>')
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": a["title"],
          "datePublished": d.isoformat(), "author": {"@type": "Person", "name": a["authors"]},
          "publisher": {"@type": "Organization", "name": "Commons Policy Forum"}}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Ghost 5.82">
<title>{E(a['title'])}</title>
<link rel="canonical" href="{url(a)}"><link rel="alternate" type="application/rss+xml" title="Commons Policy Forum" href="/commons-forum/feed.xml">
<meta property="og:site_name" content="Commons Policy Forum"><meta property="og:type" content="article"><meta property="og:title" content="{E(a['title'])}">
<meta property="article:published_time" content="{d.isoformat()}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>:root{{--ghost-accent-color:#1a5d57}}.gh-canvas{{max-width:720px}}</style>
</head><body class="post-template tag-commentary"><div class="viewport">
<header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">Commons Policy Forum</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="#">Home</a></li><li><a href="#">Research</a></li><li><a href="#">Commentary</a></li><li><a href="#">Events</a></li><li><a href="#">About</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="#">{E(a['section'])}</a></span></section>
<h1 class="article-title">{E(a['title'])}</h1>
<p class="article-excerpt">{E(a['dek'])}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="#" class="author-avatar"><img class="author-profile-image" src="/img/avatar-{h(a['authors'])}.jpg" alt="{E(a['authors'])}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="#">{E(a['authors'])}</a></h4> <button class="follow-btn">Follow</button>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{d:%Y-%m-%d}">{d:%b} {d.day}, {d:%Y}</time><span class="byline-reading-time"><span class="bull"> • </span>{minutes} min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/{d:%Y}/{d:%m}/{h(a['slug'])}.jpg" alt=""><figcaption>Flags outside a Chinese government building. Photo by Li Wen / <a href="#">Unsplash</a></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{paras}
</section>
<div class="gh-canvas post-actions"><button class="clap" aria-label="clap">👏 {claps}</button> <button>Share</button> <button>Bookmark</button></div>
<section class="gh-canvas author-card"><h3>{E(a['authors'])}</h3><p>Fellow at the Commons Policy Forum, working on China's foreign policy and Eurasian security. Views are the author's own.</p><button class="follow-btn">Follow</button></section>
<section class="gh-canvas newsletter"><h3>Sign up for Commons Policy Forum</h3><p>Analysis of the ideas shaping Europe's security, every Friday.</p><form><input type="email" placeholder="jamie@example.com"><button>Subscribe</button></form></section>
</article>
<aside class="read-more-wrap"><div class="read-more inner"><h2>More from {E(a['authors'])}</h2><div class="post-feed">{more}</div></div></aside>
</main>
<footer class="site-footer"><div class="inner"><section class="copyright"><a href="/">Commons Policy Forum</a> © 2025</section><nav><a href="#">Sign up</a> <a href="#">Privacy</a></nav><div><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer>
</div></body></html>
"""


TEMPLATES = {"northgate-ledger": ledger, "pacific-affairs-wire": wire, "commons-forum": forum}
OUTLET_NAMES = {"northgate-ledger": "The Northgate Ledger", "pacific-affairs-wire": "Pacific Affairs Wire",
                "commons-forum": "Commons Policy Forum"}


# --------------------------------------------------------------------------- text dumps
class TextDump(HTMLParser):
    """A browser-like 'save as text': block elements break lines, paragraphs leave a blank line."""
    BLOCK = {"div", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
             "figcaption", "ul", "ol", "table", "tr", "form", "h1", "h2", "h3", "h4", "h5", "h6"}
    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def nl(self, n: int):
        text = "".join(self.out)
        have = len(text) - len(text.rstrip("\n"))
        if text and have < n:
            self.out.append("\n" * (n - have))

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "p":
            self.nl(2)
        elif tag == "li":
            self.nl(1)
            self.out.append("  • ")
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag in self.BLOCK:
            self.nl(1)

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag == "p":
            self.nl(2)
        elif tag in self.BLOCK or tag == "li":
            self.nl(1)

    def handle_data(self, data):
        if self.skip:
            return
        text = " ".join(data.split())
        if not text:
            if self.out and not self.out[-1].endswith(("\n", " ", "\t")):
                self.out.append(" ")
            return
        if data[:1].isspace() and self.out and not self.out[-1].endswith(("\n", " ", "\t")):
            text = " " + text
        if data[-1:].isspace():
            text += " "
        self.out.append(text)


def dump_text(page: str) -> str:
    p = TextDump()
    p.feed(page)
    lines = []
    for ln in "".join(p.out).split("\n"):
        ln = ln.rstrip()
        body = ln.lstrip(" ")
        lines.append("  " + body if body.startswith("•") else body)
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


# --------------------------------------------------------------------------- feeds
def rss(outlet: str, items: list[dict]) -> str:
    name = OUTLET_NAMES[outlet]
    newest = ts(items[0]["published"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "<channel>", f"  <title>{E(name)}</title>", f"  <link>{BASE}/{outlet}/</link>",
           f"  <description>Latest from {E(name)}</description>", "  <language>en</language>",
           f"  <lastBuildDate>{format_datetime(newest, usegmt=True)}</lastBuildDate>"]
    for a in items:
        out += ["  <item>", f"    <title>{E(a['title'])}</title>", f"    <link>{url(a)}</link>",
                f'    <guid isPermaLink="false">{uuid.uuid5(uuid.NAMESPACE_URL, url(a))}</guid>',
                f"    <dc:creator>{E(a['authors'])}</dc:creator>",
                f"    <pubDate>{format_datetime(ts(a['published']), usegmt=True)}</pubDate>",
                f"    <description>{E(a['dek'])}</description>", f"    <category>{E(a['section'])}</category>", "  </item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def atom(outlet: str, items: list[dict]) -> str:
    name = OUTLET_NAMES[outlet]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"  <title>{E(name)}</title>", f"  <id>{BASE}/{outlet}/</id>",
           f'  <link rel="self" href="{BASE}/{outlet}/feed.xml"/>',
           f"  <updated>{ts(items[0]['published']).isoformat()}</updated>"]
    for a in items:
        out += ["  <entry>", f"    <title>{E(a['title'])}</title>", f'    <link rel="alternate" href="{url(a)}"/>',
                f"    <id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url(a))}</id>",
                f"    <published>{ts(a['published']).isoformat()}</published>",
                f"    <updated>{ts(a['published']).isoformat()}</updated>",
                f"    <author><name>{E(a['authors'])}</name></author>",
                f"    <summary>{E(a['dek'])}</summary>", "  </entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


FEEDS = {"northgate-ledger": rss, "pacific-affairs-wire": atom, "commons-forum": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=HERE.parents[3] / "shared",
                    help="the shared/ folder (holds eval/stance/baseline.py)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.shared / "eval" / "stance"))
    import baseline  # noqa: E402

    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold = [], [], []
    for a in ARTICLES:
        for sig, lab, sent in a["evidence"]:
            hits = [p for p in a["body"] if sent in p]
            assert len(hits) == 1, (a["id"], sent)
            assert sig in baseline.BASELINE, sig
        page = TEMPLATES[a["outlet"]](a)
        text = dump_text(page)
        for p in a["body"]:
            assert p in text, (a["id"], p[:60])
        mtime = ts(a["published"]).timestamp()
        for ext, content in (("html", page), ("txt", text)):
            path = HERE / rel(a, ext)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            os.utime(path, (mtime, mtime))
        manifest.append({"id": a["id"], "url": url(a), "canonical_url": url(a), "html": rel(a, "html"),
                         "txt": rel(a, "txt"), "outlet": a["outlet"], "published": a["published"]})
        ev = []
        for sig, lab, sent in a["evidence"]:
            key = "value" if sig in baseline.VALUE_SIGNALS else "state"
            ev.append({"signal": sig, key: lab, "sentence": sent})
        labels.append({"id": a["id"], "split": "unseen2", "outlet": a["outlet"], "evidence": ev,
                       "syndication_group": a["syndication_group"], "source_event": a["source_event"],
                       "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": "\n\n".join(a["body"])})
    for outlet, fn in FEEDS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == outlet), key=lambda a: a["published"], reverse=True)
        path = site / outlet / "feed.xml"
        path.write_text(fn(outlet, items), encoding="utf-8")
        t = ts(items[0]["published"]).timestamp()
        os.utime(path, (t, t))

    def jl(name, rows):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    jl("manifest.jsonl", manifest)
    jl("labels.jsonl", labels)
    jl("gold.jsonl", gold)
    (HERE / "expected_shifts.json").write_text(
        json.dumps(baseline.expected_shifts(labels), indent=2) + "\n", encoding="utf-8")
    print(f"built {len(ARTICLES)} articles, {len(FEEDS)} feeds in {HERE}")


if __name__ == "__main__":
    main()
