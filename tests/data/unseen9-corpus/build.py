#!/usr/bin/env python3
"""Build the unseen9 stance corpus (topic china-russia-ukraine) from articles.py.

Usage:
    python3 build.py [--shared DIR] [--out DIR]

Writes, next to this file (or into --out):
  site/<outlet>/feed.xml                          RSS 2.0 (tokai-daily, lens-wire) or Atom
                                                  (eastern-flank), newest first
  site/<outlet>/<yyyy>/<mm>/<slug>.html / .txt    the page and a plain-text dump of it
  manifest.jsonl, labels.jsonl, gold.jsonl        same layout as shared/data/stance-dev
  expected_shifts.json                            computed with shared/eval/stance/baseline.py

Pages are built for http://127.0.0.1:8765; every page, dump and feed gets its article's
publication time (the newest one for a feed) as its modification time. The build is
deterministic. Standard library only (Python 3.11).
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
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__
sys.path.insert(0, str(HERE))
from articles import ARTICLES, OUTLETS  # noqa: E402

BASE = "http://127.0.0.1:8765"
SPLIT = "unseen9"
SIGNALS = {"military-aid", "economic-support", "sanctions", "condemnation", "un-vote",
           "mediation", "partnership"}
STATES = {"asserted", "alleged", "hedged", "negated"}
VOTES = {"abstain", "favor", "against"}
BODY_KINDS = ("p", "h", "li")
UUID_NS = uuid.UUID("5b0c8c1e-6a35-4d7e-9f55-0f5e7a9c2b19")


# --- helpers ---------------------------------------------------------------------------------

def find_shared(explicit: str | None) -> Path:
    candidates = []
    if explicit:
        candidates.append(Path(explicit))
    if os.environ.get("STANCEWATCH_SHARED"):
        candidates.append(Path(os.environ["STANCEWATCH_SHARED"]))
    for parent in HERE.parents:
        candidates.append(parent / "shared")
    for c in candidates:
        if (c / "eval" / "stance" / "baseline.py").exists():
            return c
    raise SystemExit("cannot find shared/eval/stance/baseline.py; pass --shared DIR")


def load_baseline(shared: Path):
    spec = importlib.util.spec_from_file_location(
        "stance_baseline", shared / "eval" / "stance" / "baseline.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def curly(text: str) -> str:
    """Typographic quotes, as Tokai Business Daily prints them."""
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        opening = prev == "" or prev.isspace() or prev in "([{\u2014-/"
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
        elif ch == "'":
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parse_time(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(dt: datetime) -> str:
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def jsonld(obj: dict) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


class Names:
    """Per-article class names: semantic, BEM-like or hashed, so markup varies by page."""

    def __init__(self, doc_id: str, prefix: str):
        h = hashlib.sha1(doc_id.encode()).hexdigest()
        self.style = int(h[:2], 16) % 3
        self.seed = h
        self.prefix = prefix

    def __call__(self, name: str) -> str:
        if self.style == 0:
            return name
        if self.style == 1:
            return f"{self.prefix}__{name}"
        digest = hashlib.sha1((self.seed + name).encode()).hexdigest()[:6]
        return f"{name[:2]}-{digest}"


def page_path(a: dict) -> str:
    dt = parse_time(a["published"])
    return f"{a['outlet']}/{dt:%Y}/{dt:%m}/{a['slug']}"


def prepare(article: dict) -> dict:
    """Apply the outlet's typography to every text of an article (labels included)."""
    a = json.loads(json.dumps(article))  # deep copy; tuples become lists
    if OUTLETS[a["outlet"]]["typography"] != "curly":
        return a
    for key in ("title", "dek", "lead_caption"):
        if a.get(key):
            a[key] = curly(a[key])
    a["body"] = [[b[0], curly(b[1])] if len(b) > 1 else b for b in a["body"]]
    for ev in a["evidence"]:
        ev["sentence"] = curly(ev["sentence"])
    if "read_next" in a:
        a["read_next"] = [[curly(t), s] for t, s in a["read_next"]]
    return a


def body_blocks(a: dict) -> list[tuple[str, str]]:
    return [(b[0], b[1]) for b in a["body"] if b[0] in BODY_KINDS]


def gold_body(a: dict) -> str:
    return "\n\n".join(text for _, text in body_blocks(a))


def validate(a: dict) -> None:
    blocks = [t for _, t in body_blocks(a)]
    seen = set()
    for ev in a["evidence"]:
        sig = ev["signal"]
        if sig not in SIGNALS:
            raise SystemExit(f"{a['id']}: unknown signal {sig}")
        if sig == "un-vote":
            if ev.get("value") not in VOTES or "state" in ev:
                raise SystemExit(f"{a['id']}: bad un-vote evidence {ev}")
            label = ev["value"]
        else:
            if ev.get("state") not in STATES or "value" in ev:
                raise SystemExit(f"{a['id']}: bad evidence {ev}")
            label = ev["state"]
        if (sig, label) in seen:
            raise SystemExit(f"{a['id']}: duplicate evidence {sig}={label}")
        seen.add((sig, label))
        if not any(ev["sentence"] in b for b in blocks):
            raise SystemExit(f"{a['id']}: evidence sentence not in body: {ev['sentence']!r}")


# --- Tokai Business Daily: business daily, "Asia Insight", paywall with hidden remainder ----

TOKAI_NAV = ["Markets", "Business", "Tech", "Politics", "Asia Insight", "Economy", "Opinion",
             "Life & Arts"]


def render_tokai(a: dict, canon: str) -> tuple[str, list[str]]:
    k = Names(a["id"], "tbd")
    dt = parse_time(a["published"])
    jst = dt + timedelta(hours=9)
    shown = f"{jst:%B} {jst.day}, {jst:%Y} {jst:%H:%M} JST"
    author = a["byline"].split(",")[0].strip()
    title, dek = a["title"], a["dek"]
    locked_cls = k("locked")
    hide_attr = ('hidden aria-hidden="true"' if k.style != 1
                 else 'style="display:none" aria-hidden="true"')

    head = [
        '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
        f'<title>{esc(title)} - Tokai Business Daily</title>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<link rel="canonical" href="{canon}">',
        f'<meta name="description" content="{esc(dek)}">',
    ]
    if a["markup"].get("og"):
        head += [
            '<meta property="og:site_name" content="Tokai Business Daily">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(title)}">',
            f'<meta property="og:description" content="{esc(dek)}">',
            f'<meta property="og:url" content="{canon}">',
            f'<meta property="og:image" content="{BASE}/tokai-daily/img/{a["slug"]}.jpg">',
            f'<meta property="article:published_time" content="{dt.isoformat()}">',
            f'<meta property="article:section" content="{esc(a["section"])}">',
        ]
    if a["markup"].get("jsonld"):
        head.append(jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": title, "description": dek,
            "datePublished": dt.isoformat(), "dateModified": dt.isoformat(),
            "author": ({"@type": "Organization", "name": "Lens Wire"}
                       if author.upper() == "LENS WIRE" else
                       {"@type": "Person", "name": author.title()}),
            "publisher": {"@type": "Organization", "name": "Tokai Business Daily",
                          "logo": {"@type": "ImageObject",
                                   "url": f"{BASE}/tokai-daily/static/logo.png"}},
            "mainEntityOfPage": canon, "image": [f"{BASE}/tokai-daily/img/{a['slug']}.jpg"],
            "articleSection": a["section"], "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": f".{locked_cls}"},
        }))
    head += [
        '<link rel="alternate" type="application/rss+xml" title="Asia Insight" '
        'href="/tokai-daily/feed.xml">',
        '<link rel="stylesheet" href="/tokai-daily/static/app.4f9c2e.css">',
        '<script>window.__TBD__={"page":"article","paywall":"metered","meter":3};</script>',
        '</head>',
    ]
    nav = "".join(f'<li><a href="/tokai-daily/{n.lower().replace(" & ", "-").replace(" ", "-")}/">'
                  f'{esc(n)}</a></li>' for n in TOKAI_NAV)
    b = [
        f'<body class="{k("page")}">',
        f'<a class="{k("skip")}" href="#story">Skip to main content</a>',
        f'<header class="{k("masthead")}">',
        f'<div class="{k("editions")}"><span>English edition</span> <a href="#">日本語版</a> '
        f'<a href="#">中文版</a></div>',
        f'<a class="{k("logo")}" href="/tokai-daily/">Tokai Business Daily</a>',
        f'<nav class="{k("nav")}"><ul>{nav}</ul></nav>',
        f'<div class="{k("account")}"><a href="#">Log in</a> <a class="{k("cta")}" href="#">Subscribe</a></div>',
        '</header>',
        f'<main class="{k("grid")}">',
        f'<div class="{k("story")}" id="story">',
        f'<p class="{k("kicker")}"><a href="/tokai-daily/asia-insight/">Asia Insight</a> '
        f'<span>{esc(a["section"])}</span></p>' if a["section"] != "Asia Insight" else
        f'<p class="{k("kicker")}"><a href="/tokai-daily/asia-insight/">Asia Insight</a></p>',
        f'<h1 class="{k("headline")}">{esc(title)}</h1>',
        f'<p class="{k("standfirst")}">{esc(dek)}</p>',
        f'<div class="{k("byline")}"><span class="{k("author")}">{esc(a["byline"])}</span> '
        f'<time datetime="{dt.isoformat()}">{shown}</time></div>',
        f'<figure class="{k("lead")}"><img src="/tokai-daily/img/{a["slug"]}.jpg" alt="" '
        f'width="1200" height="675"><figcaption>{esc(a["lead_caption"])}</figcaption></figure>',
    ]
    txt = ["English edition 日本語版 中文版", "Tokai Business Daily"] + TOKAI_NAV + \
          ["Log in", "Subscribe", ""]
    txt += ["Asia Insight"] + ([a["section"]] if a["section"] != "Asia Insight" else [])
    txt += ["", title, "", dek, "", a["byline"], shown, "", a["lead_caption"], ""]

    visible, locked, after_gate = [], [], False
    for block in a["body"]:
        if block[0] == "paywall":
            after_gate = True
            continue
        (locked if after_gate else visible).append(block[1])
    b.append(f'<div class="{k("body")}" data-paywall="metered">')
    b += [f"<p>{esc(p)}</p>" for p in visible]
    b.append('</div>')
    b += [
        f'<div class="{k("gate")}" role="dialog">',
        '<h3>Subscribe to read the full story</h3>',
        '<p>Unlimited access to Asia Insight, our markets data and the Japanese-language '
        'edition. First month free, cancel anytime.</p>',
        f'<a class="{k("cta")}" href="#">Start your free trial</a>',
        '<p>Already a subscriber? <a href="#">Log in</a></p>',
        '</div>',
        f'<div class="{k("body")} {locked_cls}" {hide_attr}>',
    ]
    b += [f"<p>{esc(p)}</p>" for p in locked]
    b.append('</div>')
    for p in visible:
        txt += [p, ""]
    txt += ["Subscribe to read the full story",
            "Unlimited access to Asia Insight, our markets data and the Japanese-language "
            "edition. First month free, cancel anytime.",
            "Start your free trial", "Already a subscriber? Log in", ""]
    for p in locked:
        txt += [p, ""]

    b.append(f'<div class="{k("tools")}"><button>Share</button> <button>Save</button> '
             f'<button>Gift this article</button></div>')
    b.append(f'<section class="{k("readnext")}"><h2>Read Next</h2><ul>')
    for i, (head_line, sec) in enumerate(a["read_next"]):
        b.append(f'<li><a href="/tokai-daily/asia-insight/read-next-{i + 1}.html">'
                 f'{esc(head_line)}</a> <span>{esc(sec)}</span></li>')
    b.append('</ul></section>')
    txt += ["Share", "Save", "Gift this article", "", "Read Next"]
    for head_line, sec in a["read_next"]:
        txt += [head_line, sec]
    txt.append("")
    b.append('</div>')  # story
    b.append(f'<aside class="{k("rail")}"><h4>Markets</h4>')
    b.append(f'<table class="{k("quotes")}"><tr><th>Name</th><th>Code</th><th>Last</th>'
             f'<th>Chg</th></tr>')
    txt.append("Markets")
    for name, code, last, chg in a["quotes"]:
        cls = "up" if chg.startswith("+") else "down"
        b.append(f'<tr><td>{esc(name)}</td><td>{esc(code)}</td><td>{last}</td>'
                 f'<td class="{cls}">{chg}</td></tr>')
        txt.append(f"{name} {code} {last} {chg}")
    b += ['</table>',
          '<p class="delay">Prices delayed by at least 20 minutes. Source: Tokai Market Data</p>',
          f'<div class="{k("promo")}"><b>Asia Insight Daily</b><p>The stories that move Asian '
          'markets, in your inbox every morning.</p><a href="#">Sign up</a></div>',
          '</aside>', '</main>']
    txt += ["Prices delayed by at least 20 minutes. Source: Tokai Market Data", "",
            "Asia Insight Daily",
            "The stories that move Asian markets, in your inbox every morning.", "Sign up", ""]
    year = dt.year
    b += [f'<footer class="{k("footer")}"><ul><li><a href="#">About us</a></li><li><a href="#">'
          'Contact</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Privacy</a></li>'
          '<li><a href="#">Cookie settings</a></li></ul>',
          f'<p>&copy; {year} Tokai Business Daily Inc. No reproduction without permission.</p>'
          '</footer>', '</body>', '</html>']
    txt += ["About us", "Contact", "Terms of use", "Privacy", "Cookie settings",
            f"© {year} Tokai Business Daily Inc. No reproduction without permission."]
    return "\n".join(head + b) + "\n", txt


# --- Eastern Flank Monitor: security-policy portal, numbered sections, takeaways --------------

EFM_NAV = ["Analyses", "Commentaries", "Maps", "Events", "Podcast", "About us"]


def efm_date(dt: datetime) -> str:
    return f"{dt.day} {dt:%B %Y}"


def render_efm(a: dict, canon: str) -> tuple[str, list[str]]:
    k = Names(a["id"], "efm")
    dt = parse_time(a["published"])
    layout = a["markup"]["layout"]
    title, dek = a["title"], a["dek"]
    words = sum(len(t.split()) for _, t in body_blocks(a))
    minutes = max(1, round(words / 200))
    meta_line = f"{a['byline']} · {efm_date(dt)} · Reading time: {minutes} min"

    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            f'<title>{esc(title)} | Eastern Flank Monitor</title>',
            f'<link rel="canonical" href="{canon}">',
            '<meta name="viewport" content="width=device-width,initial-scale=1">']
    if a["markup"].get("og"):
        head += ['<meta property="og:type" content="article">',
                 '<meta property="og:site_name" content="Eastern Flank Monitor">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:description" content="{esc(dek)}">',
                 f'<meta property="og:url" content="{canon}">',
                 f'<meta property="article:published_time" content="{dt.isoformat()}">',
                 f'<meta property="article:author" content="{esc(a["byline"])}">']
    if a["markup"].get("jsonld"):
        head.append(jsonld({
            "@context": "https://schema.org", "@type": "AnalysisNewsArticle",
            "headline": title, "alternativeHeadline": dek,
            "datePublished": dt.isoformat(),
            "author": {"@type": "Person", "name": a["byline"]},
            "publisher": {"@type": "Organization", "name": "Eastern Flank Monitor Foundation"},
            "inLanguage": "en", "mainEntityOfPage": canon,
            "associatedMedia": {"@type": "MediaObject", "encodingFormat": "application/pdf",
                                "contentUrl": f"{BASE}/eastern-flank/pdf/{a['slug']}.pdf"},
        }))
    head += ['<link rel="alternate" type="application/atom+xml" href="/eastern-flank/feed.xml">',
             '<link rel="stylesheet" href="/eastern-flank/assets/main.css?v=2025.3">',
             '</head>']

    nav = " ".join(f'<a href="/eastern-flank/{n.lower().replace(" ", "-")}/">{n}</a>'
                   for n in EFM_NAV)
    b = [f'<body class="{k("analysis-page")}">',
         f'<header class="{k("top")}"><div class="{k("brand")}"><a href="/eastern-flank/">'
         'Eastern Flank Monitor</a> <span>Security policy from Warsaw to Tallinn</span></div>',
         f'<nav class="{k("menu")}">{nav}</nav>',
         f'<div class="{k("lang")}"><a href="#">PL</a> <a class="active" href="#">EN</a></div>',
         '<form class="search" action="/eastern-flank/search"><input name="q" '
         'placeholder="Search analyses"></form></header>',
         f'<div class="{k("crumbs")}"><a href="/eastern-flank/">Home</a> › '
         '<a href="/eastern-flank/analyses/">Analyses</a> › China and Russia</div>']
    txt = ["Eastern Flank Monitor", "Security policy from Warsaw to Tallinn",
           " | ".join(EFM_NAV), "PL EN", "Home › Analyses › China and Russia"]

    outer = "article" if layout == "sections" else "div"
    b += [f'<main class="{k("main")}">',
          f'<{outer} class="{k("analysis")}">',
          f'<header class="{k("head")}">' if layout == "sections" else f'<div class="{k("head")}">',
          f'<div class="{k("type")}">Analysis</div>',
          f'<h1 class="{k("title")}">{esc(title)}</h1>',
          f'<p class="{k("lead-in")}">{esc(dek)}</p>',
          f'<div class="{k("meta")}">{esc(meta_line)}</div>',
          '</header>' if layout == "sections" else '</div>',
          f'<figure class="{k("map")}"><img src="/eastern-flank/maps/{a["slug"]}-1.png" '
          f'alt="Map"><figcaption>{esc(a["lead_caption"])}</figcaption></figure>']
    txt += ["Analysis", title, dek, meta_line, a["lead_caption"]]

    blocks = a["body"]
    if layout == "sections":
        b.append(f'<div class="{k("body")}">')
        section_open = False
        in_list = False
        n = 0
        b.append(f'<section class="{k("intro")}">')
        section_open = True
        for blk in blocks:
            kind = blk[0]
            if kind != "li" and in_list:
                b.append('</ul>')
                in_list = False
            if kind == "h":
                if section_open:
                    b.append('</section>')
                n += 1
                sec_cls = k("takeaways") if blk[1] == "Key takeaways" else k("part")
                b.append(f'<section class="{sec_cls}" id="s{n}"><h2>{esc(blk[1])}</h2>')
                section_open = True
            elif kind == "p":
                b.append(f'<p>{esc(blk[1])}</p>')
            elif kind == "li":
                if not in_list:
                    b.append('<ul>')
                    in_list = True
                b.append(f'<li>{esc(blk[1])}</li>')
            elif kind == "fig":
                b.append(f'<figure class="{k("chart")}"><img src="/eastern-flank/maps/'
                         f'{a["slug"]}-{n + 2}.png" alt=""><figcaption>{esc(blk[1])}'
                         '</figcaption></figure>')
        if in_list:
            b.append('</ul>')
        if section_open:
            b.append('</section>')
        b.append('</div>')
    elif layout in ("divs", "divs-h2"):
        htag = "h3" if layout == "divs" else "h2"
        body_cls = k("entry-content") if layout == "divs" else k("field-body")
        b.append(f'<div class="{body_cls}">')
        in_list = False
        for blk in blocks:
            kind = blk[0]
            if kind != "li" and in_list:
                b.append('</ul></div>')
                in_list = False
            if kind == "h" and blk[1] == "Key takeaways":
                b.append(f'<div class="{k("box-takeaways")}"><{htag}>{esc(blk[1])}</{htag}>'
                         f'<ul class="{k("key-points")}">')
                in_list = True
            elif kind == "h":
                b.append(f'<{htag} class="{k("numbered")}">{esc(blk[1])}</{htag}>')
            elif kind == "p":
                b.append(f'<p>{esc(blk[1])}</p>')
            elif kind == "li":
                b.append(f'<li>{esc(blk[1])}</li>')
            elif kind == "fig":
                if layout == "divs":
                    b.append(f'<div class="{k("wp-caption")}"><img src="/eastern-flank/maps/'
                             f'{a["slug"]}-2.png" alt=""><p class="{k("wp-caption-text")}">'
                             f'{esc(blk[1])}</p></div>')
                else:
                    b.append(f'<figure><img src="/eastern-flank/maps/{a["slug"]}-2.jpg" '
                             f'alt=""><figcaption>{esc(blk[1])}</figcaption></figure>')
        if in_list:
            b.append('</ul></div>')
        b.append('</div>')
    elif layout == "br":
        parts = []
        i = 0
        while i < len(blocks):
            blk = blocks[i]
            kind = blk[0]
            if kind == "p":
                parts.append(esc(blk[1]) + "<br><br>")
            elif kind == "h" and i + 1 < len(blocks) and blocks[i + 1][0] == "li":
                items = []
                i += 1
                while i < len(blocks) and blocks[i][0] == "li":
                    items.append(f"<li>{esc(blocks[i][1])}</li>")
                    i += 1
                parts.append(f'<b>{esc(blk[1])}</b><ul class="{k("tk")}">{"".join(items)}</ul>')
                continue
            elif kind == "h":
                parts.append(f"<b>{esc(blk[1])}</b><br><br>")
            elif kind == "fig":
                parts.append(f'<span class="{k("fig")}"><img src="/eastern-flank/maps/'
                             f'{a["slug"]}-2.jpg" alt=""><br><i>{esc(blk[1])}</i></span><br><br>')
            i += 1
        b.append(f'<div class="{k("txt")}">\n' + "\n".join(parts) + "\n</div>")
    else:
        raise SystemExit(f"unknown layout {layout}")
    for blk in blocks:
        if blk[0] == "li":
            txt.append("• " + blk[1])
        elif blk[0] in ("p", "h", "fig"):
            txt.append(blk[1])

    pdf_line = f"Download this analysis (PDF, {a['pdf']})"
    b += [f'<div class="{k("pdf")}"><a href="/eastern-flank/pdf/{a["slug"]}.pdf">'
          f'{esc(pdf_line)}</a></div>',
          f'<div class="{k("author-box")}"><h3>About the author</h3><p>{esc(a["about"])}</p></div>',
          f'<div class="{k("tags")}">Tags: <a href="#">China</a>, <a href="#">Russia</a>, '
          '<a href="#">Ukraine</a></div>',
          f'</{outer}>',
          f'<aside class="{k("related")}"><h3>Related analyses</h3><ul>']
    txt += [pdf_line, "About the author", a["about"], "Tags: China, Russia, Ukraine",
            "Related analyses"]
    for i, rel in enumerate(a["related"]):
        b.append(f'<li><a href="/eastern-flank/analyses/rel-{i + 1}.html">{esc(rel)}</a></li>')
        txt.append(rel)
    b += ['</ul></aside>', '</main>',
          f'<div class="{k("newsletter")}"><p>Get EFM analyses by e-mail</p>'
          '<input type="email" placeholder="Your e-mail"> <button>Subscribe</button></div>',
          f'<footer class="{k("foot")}"><p>&copy; {dt.year} Eastern Flank Monitor Foundation, '
          'Warsaw. ISSN 2719-4471.</p><p><a href="#">Privacy policy</a> · <a href="#">Contact'
          '</a> · <a href="#">Donate</a></p></footer>', '</body>', '</html>']
    txt += ["Get EFM analyses by e-mail", "Subscribe",
            f"© {dt.year} Eastern Flank Monitor Foundation, Warsaw. ISSN 2719-4471.",
            "Privacy policy · Contact · Donate"]
    return "\n".join(head + b) + "\n", txt


# --- Lens Wire: photo-heavy wire site, captions between paragraphs, timeline box --------------

LW_NAV = ["World", "Business", "Sport", "Photos", "Video", "Fact check"]


def lw_date(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{dt:%b} {dt.day}, {dt.year} · {hour}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'} UTC"


def render_lens(a: dict, canon: str) -> tuple[str, list[str]]:
    k = Names(a["id"], "lw")
    dt = parse_time(a["published"])
    title, dek = a["title"], a["dek"]
    html_title = a.get("html_title") or f"{title} | Lens Wire"
    shown = lw_date(dt)
    image = f"{BASE}/lens-wire/photos/{a['slug']}-1.jpg"
    head = ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            f'<title>{esc(html_title)}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<link rel="canonical" href="{canon}">']
    if not a["markup"].get("h1_only"):
        head.append(f'<meta name="description" content="{esc(dek)}">')
    if a["markup"].get("og"):
        head += ['<meta property="og:type" content="article">',
                 '<meta property="og:site_name" content="Lens Wire">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:description" content="{esc(dek)}">',
                 f'<meta property="og:image" content="{image}">',
                 f'<meta property="og:url" content="{canon}">',
                 f'<meta property="article:published_time" content="{dt.isoformat()}">',
                 '<meta name="twitter:card" content="summary_large_image">']
    if a["markup"].get("jsonld"):
        head.append(jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": title, "description": dek, "image": [image],
            "datePublished": dt.isoformat(), "dateModified": dt.isoformat(),
            "author": [{"@type": "Person", "name": n.strip()}
                       for n in a["byline"].removeprefix("By ").split(" and ")],
            "publisher": {"@type": "Organization", "name": "Lens Wire"},
            "dateline": a["place"], "mainEntityOfPage": canon,
        }))
    head += ['<link rel="alternate" type="application/rss+xml" href="/lens-wire/feed.xml">',
             '<link rel="stylesheet" href="/lens-wire/css/lw.min.css">',
             '<script async src="/lens-wire/js/ads.js"></script>', '</head>']

    nav = "".join(f'<a href="/lens-wire/{n.lower().replace(" ", "-")}/">{n}</a>' for n in LW_NAV)
    b = [f'<body class="{k("article")}">',
         f'<div class="{k("consent")}">We and our partners use cookies to personalise ads. '
         '<button>Accept all</button> <button>Manage choices</button></div>',
         f'<header class="{k("header")}"><a class="{k("logo")}" href="/lens-wire/">LENS WIRE</a>'
         f'<nav>{nav}</nav><a href="#" class="{k("signin")}">Sign in</a></header>',
         f'<div class="{k("ad")} {k("ad-leader")}"><span>Advertisement</span>'
         '<div id="div-gpt-top"></div></div>',
         f'<div class="{k("wrap")}">',
         f'<div class="{k("story")}">',
         f'<div class="{k("kicker")}">World · Ukraine war</div>',
         f'<h1 class="{k("headline")}">{esc(title)}</h1>',
         f'<p class="{k("summary")}">{esc(dek)}</p>',
         f'<div class="{k("meta")}"><span>{esc(a["byline"])}</span> · <span>{esc(a["place"])}'
         f'</span> · <time datetime="{dt.isoformat()}">{shown}</time></div>',
         f'<div class="{k("gallery")}"><figure><img src="{image}" alt=""><figcaption>'
         f'{esc(a["lead_caption"])}</figcaption></figure><span class="{k("count")}">1 / 6</span>'
         '<button>View gallery</button></div>',
         f'<div class="{k("text")}">']
    txt = ["We and our partners use cookies to personalise ads. Accept all Manage choices",
           "LENS WIRE", " ".join(LW_NAV), "Sign in", "Advertisement",
           "World · Ukraine war", title, dek, f"{a['byline']} · {a['place']} · {shown}",
           a["lead_caption"], "1 / 6", "View gallery", ""]
    photo = 1
    ad = 1
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            b.append(f"<p>{esc(blk[1])}</p>")
            txt += [blk[1], ""]
        elif kind == "fig":
            photo += 1
            b.append(f'<figure class="{k("photo")}"><img src="/lens-wire/photos/{a["slug"]}-'
                     f'{photo}.jpg" alt="" loading="lazy"><figcaption>{esc(blk[1])}'
                     '</figcaption></figure>')
            txt += [blk[1], ""]
        elif kind == "ad":
            ad += 1
            b.append(f'<div class="{k("ad")}"><span>Advertisement</span><div id="div-gpt-{ad}">'
                     '</div></div>')
            txt += ["Advertisement", ""]
        elif kind == "timeline":
            items = "".join(f"<li><strong>{esc(d)}</strong> — {esc(t)}</li>"
                            for d, t in a["timeline"])
            b.append(f'<aside class="{k("timeline")}"><h3>Timeline: China and the war</h3>'
                     f'<ul>{items}</ul></aside>')
            txt.append("Timeline: China and the war")
            txt += [f"{d} — {t}" for d, t in a["timeline"]]
            txt.append("")
        else:
            raise SystemExit(f"{a['id']}: block {kind} not supported by lens-wire")
    b += ['</div>',
          f'<div class="{k("topics")}">Topics: <a href="#">China</a> · <a href="#">Russia</a> · '
          '<a href="#">Ukraine</a> · <a href="#">United Nations</a></div>',
          f'<div class="{k("share")}"><a href="#">Share on Facebook</a> <a href="#">Share on X'
          '</a> <a href="#">Copy link</a></div>',
          '</div>',
          f'<aside class="{k("most-viewed")}"><h2>Most viewed</h2><ol>']
    txt += ["Topics: China · Russia · Ukraine · United Nations",
            "Share on Facebook Share on X Copy link", "", "Most viewed"]
    for i, mv in enumerate(a["most_viewed"]):
        b.append(f'<li><a href="/lens-wire/world/most-viewed-{i + 1}.html">{esc(mv)}</a></li>')
        txt.append(f"{i + 1}. {mv}")
    b += ['</ol>', f'<div class="{k("ad")}"><span>Advertisement</span></div>', '</aside>',
          '</div>',
          f'<footer class="{k("footer")}"><p>&copy; {dt.year} Lens Wire. All rights reserved. '
          'Photos are the property of their agencies.</p><p><a href="#">About</a> · '
          '<a href="#">Terms</a> · <a href="#">Privacy</a> · <a href="#">Licensing</a></p>'
          '</footer>', '</body>', '</html>']
    txt += ["Advertisement", "",
            f"© {dt.year} Lens Wire. All rights reserved. Photos are the property of their "
            "agencies.", "About · Terms · Privacy · Licensing"]
    return "\n".join(head + b) + "\n", txt


RENDER = {"tokai-daily": render_tokai, "eastern-flank": render_efm, "lens-wire": render_lens}


# --- feeds -----------------------------------------------------------------------------------

def feed_rss(outlet: str, items: list[dict]) -> str:
    meta = OUTLETS[outlet]
    newest = parse_time(items[0]["published"])
    ns = ' xmlns:atom="http://www.w3.org/2005/Atom"'
    if outlet == "lens-wire":
        ns += (' xmlns:dc="http://purl.org/dc/elements/1.1/"'
               ' xmlns:media="http://search.yahoo.com/mrss/"')
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<rss version="2.0"{ns}>', '<channel>',
           f'  <title>{esc(meta["name"])}</title>',
           f'  <link>{BASE}/{outlet}/</link>',
           f'  <description>{esc(meta["description"])}</description>',
           '  <language>en</language>',
           f'  <lastBuildDate>{rfc822(newest)}</lastBuildDate>',
           f'  <atom:link href="{BASE}/{outlet}/feed.xml" rel="self" '
           'type="application/rss+xml"/>']
    for a in items:
        dt = parse_time(a["published"])
        link = f"{BASE}/{page_path(a)}.html" + a.get("feed_query", "")
        out.append('  <item>')
        out.append(f'    <title>{esc(a["title"])}</title>')
        out.append(f'    <link>{esc(link)}</link>')
        if outlet == "lens-wire":
            guid = uuid.uuid5(UUID_NS, a["id"])
            first = body_blocks(a)[0][1]
            summary = first if len(first) <= 220 else first[:217].rsplit(" ", 1)[0] + " …"
            out.append(f'    <guid isPermaLink="false">{guid}</guid>')
            out.append(f'    <pubDate>{rfc822(dt)}</pubDate>')
            out.append(f'    <dc:creator>{esc(a["byline"].removeprefix("By "))}</dc:creator>')
            out.append(f'    <description>{esc(summary)}</description>')
            out.append(f'    <media:content url="{BASE}/lens-wire/photos/{a["slug"]}-1.jpg" '
                       'medium="image" type="image/jpeg"/>')
        else:
            out.append(f'    <guid isPermaLink="true">{esc(link)}</guid>')
            out.append(f'    <pubDate>{rfc822(dt)}</pubDate>')
            out.append(f'    <description>{esc(a["dek"])}</description>')
            out.append(f'    <category>{esc(a.get("section", "World"))}</category>')
        out.append('  </item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"


def feed_atom(outlet: str, items: list[dict]) -> str:
    meta = OUTLETS[outlet]
    newest = parse_time(items[0]["published"])
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'  <title>{esc(meta["name"])}: Analyses</title>',
           f'  <subtitle>{esc(meta["description"])}</subtitle>',
           f'  <id>tag:eastern-flank.example,2022:analyses</id>',
           f'  <updated>{newest.isoformat()}</updated>',
           f'  <link rel="self" type="application/atom+xml" href="{BASE}/{outlet}/feed.xml"/>',
           f'  <link rel="alternate" type="text/html" href="{BASE}/{outlet}/"/>']
    for a in items:
        dt = parse_time(a["published"])
        link = f"{BASE}/{page_path(a)}.html" + a.get("feed_query", "")
        out += ['  <entry>',
                f'    <title>{esc(a["title"])}</title>',
                f'    <link rel="alternate" type="text/html" href="{esc(link)}"/>',
                f'    <id>tag:eastern-flank.example,{dt:%Y-%m-%d}:analyses/{a["slug"]}</id>',
                f'    <published>{dt.isoformat()}</published>',
                f'    <updated>{dt.isoformat()}</updated>',
                f'    <author><name>{esc(a["byline"])}</name></author>',
                '    <category term="china-russia"/>',
                f'    <summary>{esc(a["dek"])}</summary>',
                '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n"


# --- build -----------------------------------------------------------------------------------

def write(path: Path, text: str, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def build(out: Path, shared: Path) -> dict:
    baseline = load_baseline(shared)
    arts = [prepare(a) for a in ARTICLES]
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    if [a["published"] for a in arts] != sorted(a["published"] for a in arts):
        raise SystemExit("articles must be listed in publication order")
    for a in arts:
        validate(a)

    site = out / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold = [], [], []
    for a in arts:
        rel = page_path(a)
        canon = f"{BASE}/{rel}.html"
        page, txt_lines = RENDER[a["outlet"]](a, canon)
        txt = "\n".join(txt_lines).rstrip("\n") + "\n"
        # every evidence sentence and every body block must be on both documents
        for _, block in body_blocks(a):
            if esc(block) not in page or block not in txt:
                raise SystemExit(f"{a['id']}: body block missing from page: {block[:60]!r}")
        mtime = parse_time(a["published"]).timestamp()
        write(site / f"{rel}.html", page, mtime)
        write(site / f"{rel}.txt", txt, mtime)
        manifest.append({"id": a["id"], "url": canon + a.get("feed_query", ""),
                         "canonical_url": canon, "html": f"site/{rel}.html",
                         "txt": f"site/{rel}.txt", "outlet": a["outlet"],
                         "published": a["published"]})
        labels.append({"id": a["id"], "split": SPLIT, "outlet": a["outlet"],
                       "evidence": a["evidence"], "syndication_group": a["syndication_group"],
                       "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": gold_body(a)})

    for outlet, meta in OUTLETS.items():
        items = sorted((a for a in arts if a["outlet"] == outlet),
                       key=lambda a: a["published"], reverse=True)
        text = feed_rss(outlet, items) if meta["feed"] == "rss" else feed_atom(outlet, items)
        write(site / outlet / "feed.xml", text, parse_time(items[0]["published"]).timestamp())

    write_jsonl(out / "manifest.jsonl", manifest)
    write_jsonl(out / "labels.jsonl", labels)
    write_jsonl(out / "gold.jsonl", gold)
    shifts = baseline.expected_shifts(labels)
    (out / "expected_shifts.json").write_text(
        json.dumps(shifts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"articles": len(arts), "shifts": len(shifts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", help="the shared/ directory (default: found above this file)")
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: here)")
    args = ap.parse_args(argv)
    stats = build(args.out, find_shared(args.shared))
    print(f"built {stats['articles']} articles, {stats['shifts']} expected shifts "
          f"into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
