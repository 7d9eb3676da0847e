#!/usr/bin/env python3
"""Build the unseen3 check corpus (standard library only): python3 build.py"""
from __future__ import annotations
import html, json, os, re, sys, uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3] / "shared" / "eval" / "stance"))
from articles import ARTICLES  # noqa: E402
import baseline  # noqa: E402

BASE = "http://127.0.0.1:8765"
OUTLETS = {
    "rhinecast": {"name": "Rhinecast News", "kind": "rss"},
    "lakeshore-tribune": {"name": "The Lakeshore Tribune", "kind": "atom"},
    "eastwind-notes": {"name": "East Wind Notes", "kind": "rss"},
}
e = lambda s: html.escape(s, quote=True)


def dt(a):
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rel(a, ext):
    d = dt(a)
    return f"site/{a['outlet']}/{d:%Y}/{d:%m}/{a['slug']}.{ext}"


# ---------------------------------------------------------------- broadcaster
def page_rhinecast(a, others):
    d = dt(a)
    url = f"{BASE}/{rel(a, 'html')[5:]}"
    top = ["Kyiv says Chinese components found in drone wreckage", "Ceasefire talks stall as envoys leave Riyadh",
           "Beijing 'obviously arming Moscow', says Baltic minister", "Energy prices fall for third month"]
    paras = a["body"]
    mid = len(paras) // 2
    h = [f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(a["title"])} - Rhinecast News</title>',
         f'<link rel="canonical" href="{url}"><meta name="viewport" content="width=device-width">',
         f'<meta property="og:title" content="{e(a["title"])}"><meta property="og:description" content="{e(a["dek"])}">',
         '<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": a["title"], "datePublished": d.isoformat(), "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "Rhinecast"}}) + '</script>',
         '</head><body><a class="skip" href="#main-content">Skip to content</a>',
         '<header class="rc-header"><a href="/" class="rc-logo">Rhinecast</a><nav><ul><li><a href="#">Home</a></li><li><a href="#">News</a></li><li><a href="#">Sport</a></li><li><a href="#">Business</a></li><li><a href="#">Culture</a></li><li><a href="#">Audio</a></li></ul></nav><a href="#" class="rc-signin">Your account</a></header>',
         '<nav class="rc-subnav"><ul><li><a href="#">World</a></li><li><a href="#">Europe</a></li><li><a href="#">Asia</a></li><li><a href="#">War in Ukraine</a></li></ul></nav>',
         '<main id="main-content"><article>',
         f'<header><h1 id="main-heading">{e(a["title"])}</h1><div class="rc-meta"><time datetime="{d.isoformat()}">{d.day} {d:%B %Y}</time><div class="rc-byline"><span class="rc-name">{e(a["author"])}</span><span class="rc-role">{e(a["role"])}</span></div></div></header>',
         f'<figure class="rc-lead"><span class="rc-copyright">Image source, {e(a["image_source"])}</span><img src="/img/{a["slug"]}.jpg" alt=""><figcaption><span class="vh">Image caption, </span>{e(a["image_caption"])}</figcaption></figure>',
         f'<div class="rc-text"><p><b>{e(a["dek"])}</b></p></div>' if False else '']
    for i, p in enumerate(paras):
        if i == mid:
            h.append(f'<figure class="rc-media"><div class="rc-player"><button>Play</button><span>Media caption, </span>{e(a["media_caption"])}</div></figure>')
        h.append(f'<div data-component="text-block" class="rc-text"><p>{e(p)}</p></div>')
    h.append('<section class="rc-topics"><h2>Related Topics</h2><ul><li><a href="#">China</a></li><li><a href="#">Russia</a></li><li><a href="#">War in Ukraine</a></li><li><a href="#">United Nations</a></li></ul></section>')
    h.append('<section class="rc-more"><h2>More on this story</h2><ul>' + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in others) + '</ul></section>')
    h.append('</article><aside class="rc-top"><h2>Top Stories</h2><ul>' + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in top) + '</ul></aside></main>')
    h.append('<footer><ul><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Cookies</a></li></ul><p>Copyright 2025 Rhinecast. Rhinecast is not responsible for the content of external sites. <a href="#">Read about our approach to external linking.</a></p></footer></body></html>')
    t = ["Skip to content", "Rhinecast", "", "  * Home", "  * News", "  * Sport", "  * Business", "  * Culture", "  * Audio", "", "Your account", "",
         "  * World", "  * Europe", "  * Asia", "  * War in Ukraine", "", a["title"], "", f"{d.day} {d:%B %Y}", "", a["author"], a["role"], "",
         f"Image source, {a['image_source']}", f"Image caption, {a['image_caption']}", ""]
    for i, p in enumerate(paras):
        if i == mid:
            t += ["Play", f"Media caption, {a['media_caption']}", ""]
        t += [p, ""]
    t += ["Related Topics", "", "  * China", "  * Russia", "  * War in Ukraine", "  * United Nations", "", "More on this story", ""]
    t += [f"  * {x}" for x in others] + ["", "Top Stories", ""] + [f"  * {x}" for x in top]
    t += ["", "  * Terms of Use", "  * Privacy Policy", "  * Cookies", "", "Copyright 2025 Rhinecast. Rhinecast is not responsible for the content of external sites. Read about our approach to external linking.", ""]
    return "".join(h), "\n".join(t)


# ---------------------------------------------------------------- AP wire on a newspaper site
def page_tribune(a, others):
    d = dt(a)
    url = f"{BASE}/{rel(a, 'html')[5:]}"
    stamp = d.strftime("%B %d, %Y %H:%M UTC").replace(" 0", " ")
    paras = a["body"]
    box = 3
    h = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(a["title"])} | The Lakeshore Tribune</title><link rel="canonical" href="{url}">',
         f'<meta name="description" content="{e(paras[0][:150])}"><meta name="author" content="{e(a["author"])}"><meta property="article:published_time" content="{d.isoformat()}">',
         '<script>var _sf_async_config={sections:"nation-world"};</script></head><body class="article wire">',
         '<div id="top-bar"><a href="#">Subscribe for $1</a> | <a href="#">Log in</a> | <a href="#">e-Edition</a></div>',
         '<div id="masthead"><a href="/">The Lakeshore Tribune</a><ul id="menu"><li><a href="#">Local</a></li><li><a href="#">Sports</a></li><li><a href="#">Nation &amp; World</a></li><li><a href="#">Business</a></li><li><a href="#">Opinion</a></li><li><a href="#">Obituaries</a></li></ul></div>',
         '<div id="ad-leader" class="adslot">Advertisement</div><div id="content"><div class="story">',
         '<div class="kicker"><a href="#">Nation &amp; World</a></div>',
         f'<h1 class="headline">{e(a["title"])}</h1>',
         f'<div class="byline">By {e(a["author"])} {e(a["role"])}</div><div class="dateline">Updated {stamp}</div>',
         '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>',
         '<div class="story-body">']
    for i, p in enumerate(paras):
        if i == box:
            h.append('<div class="related-box"><h4>RELATED COVERAGE</h4><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in a["related"]) + '</ul></div>')
        h.append(f'<p>{e(p)}</p>')
    h.append('</div>')
    h.append(f'<div class="story-footnote"><p>___</p><p>{e(a["contrib"])}</p><p>___</p><p>Follow AP\'s coverage at {e(a["follow"])}</p></div>')
    h.append(f'<p class="copyright">Copyright {d.year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>')
    h.append('</div><div id="rail"><h3>Most Read</h3><ol>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in others + ["High school football: scores from Friday night", "Lake levels drop ahead of boating season"]) + '</ol><div class="adslot">Advertisement</div></div></div>')
    h.append('<div id="footer"><p>&copy; The Lakeshore Tribune. All rights reserved. <a href="#">Terms</a> | <a href="#">Privacy</a> | <a href="#">Contact us</a></p></div></body></html>')
    t = ["Subscribe for $1 | Log in | e-Edition", "The Lakeshore Tribune", "", "  * Local", "  * Sports", "  * Nation & World", "  * Business", "  * Opinion", "  * Obituaries", "",
         "Advertisement", "", "Nation & World", "", a["title"], "", f"By {a['author']} {a['role']}", f"Updated {stamp}", "", "Facebook Twitter Email Print", ""]
    for i, p in enumerate(paras):
        if i == box:
            t += ["RELATED COVERAGE", ""] + [f"  * {x}" for x in a["related"]] + [""]
        t += [p, ""]
    t += ["___", "", a["contrib"], "", "___", "", f"Follow AP's coverage at {a['follow']}", "",
          f"Copyright {d.year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "",
          "Most Read", ""] + [f"  {n}. {x}" for n, x in enumerate(others + ["High school football: scores from Friday night", "Lake levels drop ahead of boating season"], 1)]
    t += ["", "Advertisement", "", "© The Lakeshore Tribune. All rights reserved. Terms | Privacy | Contact us", ""]
    return "".join(h), "\n".join(t)


# ---------------------------------------------------------------- blog
def page_blog(a, others):
    d = dt(a)
    url = f"{BASE}/{rel(a, 'html')[5:]}"
    ds = f"{d:%B} {d.day}, {d.year}"
    cats = ", ".join(a["categories"])
    n = len(a["comments"])
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>East Wind Notes &raquo; {e(a["title"])}</title>',
         f'<link rel="canonical" href="{url}" /><link rel="alternate" type="application/rss+xml" title="East Wind Notes RSS Feed" href="/eastwind-notes/feed.xml" /><meta name="generator" content="WordPress 3.2.1" /></head>',
         '<body><div id="page"><div id="header"><div id="headerimg"><h1><a href="/eastwind-notes/">East Wind Notes</a></h1><div class="description">Occasional writing on Russia, China and the spaces in between</div></div></div><hr />',
         '<div id="content" class="narrowcolumn"><div class="navigation"><div class="alignleft"><a href="#">&laquo; Previous post</a></div><div class="alignright"><a href="#">Next post &raquo;</a></div></div>',
         f'<div class="post" id="post-{int(a["id"][3:]) * 37 + 1200}"><h2>{e(a["title"])}</h2><small>Posted on {ds} by {e(a["author"])}</small><div class="entry">']
    h += [f"<p>{e(p)}</p>" for p in a["body"]]
    h.append(f'</div><p class="postmetadata">Filed under {e(cats)} | <a href="#comments">{n} Responses to &#8220;{e(a["title"])}&#8221;</a></p></div>')
    h.append(f'<h3 id="comments">{n} Responses to &#8220;{e(a["title"])}&#8221;</h3><ol class="commentlist">')
    for who, when, txt in a["comments"]:
        h.append(f'<li class="comment"><cite>{e(who)}</cite> Says:<br /><small class="commentmetadata">{e(when)}</small><p>{e(txt)}</p></li>')
    h.append('</ol><div id="respond"><h3>Leave a Reply</h3><form action="#"><p><input type="text" name="author" /> Name (required)</p><p><input type="text" name="email" /> Mail (will not be published) (required)</p><p><textarea name="comment"></textarea></p><p><input type="submit" value="Submit Comment" /></p></form></div></div>')
    side_recent = others
    h.append('<div id="sidebar"><ul><li><h2>Recent Posts</h2><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in side_recent) + '</ul></li>')
    h.append('<li><h2>Categories</h2><ul><li><a href="#">China</a> (41)</li><li><a href="#">Reposts</a> (9)</li><li><a href="#">Russia</a> (57)</li><li><a href="#">Sanctions</a> (14)</li><li><a href="#">Ukraine</a> (38)</li></ul></li>')
    h.append('<li><h2>Archives</h2><ul><li><a href="#">February 2024</a></li><li><a href="#">March 2023</a></li><li><a href="#">March 2022</a></li><li><a href="#">February 2022</a></li></ul></li>')
    h.append('<li><h2>Blogroll</h2><ul><li><a href="#">Sinocism</a></li><li><a href="#">Riddle of the Kremlin</a></li><li><a href="#">The Steppe Line</a></li></ul></li></ul></div>')
    h.append('<hr /><div id="footer"><p>East Wind Notes is proudly powered by <a href="#">WordPress</a><br /><a href="#">Entries (RSS)</a> and <a href="#">Comments (RSS)</a>.</p></div></div></body></html>')
    t = ["East Wind Notes", "Occasional writing on Russia, China and the spaces in between", "", "« Previous post", "Next post »", "", a["title"], "", f"Posted on {ds} by {a['author']}", ""]
    for p in a["body"]:
        t += [p, ""]
    t += [f"Filed under {cats} | {n} Responses to “{a['title']}”", "", f"{n} Responses to “{a['title']}”", ""]
    for k, (who, when, txt) in enumerate(a["comments"], 1):
        t += [f"  {k}. {who} Says:", f"     {when}", "", f"     {txt}", ""]
    t += ["Leave a Reply", "", "Name (required)", "Mail (will not be published) (required)", "", "Submit Comment", "", "Recent Posts", ""]
    t += [f"  * {x}" for x in side_recent]
    t += ["", "Categories", "", "  * China (41)", "  * Reposts (9)", "  * Russia (57)", "  * Sanctions (14)", "  * Ukraine (38)", "", "Archives", "",
          "  * February 2024", "  * March 2023", "  * March 2022", "  * February 2022", "", "Blogroll", "", "  * Sinocism", "  * Riddle of the Kremlin", "  * The Steppe Line", "",
          "East Wind Notes is proudly powered by WordPress", "Entries (RSS) and Comments (RSS).", ""]
    return "".join(h), "\n".join(t)


RENDER = {"rhinecast": page_rhinecast, "lakeshore-tribune": page_tribune, "eastwind-notes": page_blog}


def feed(outlet, arts):
    info = OUTLETS[outlet]
    arts = sorted(arts, key=dt, reverse=True)
    home = f"{BASE}/{outlet}/"
    if info["kind"] == "atom":
        x = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'  <title>{e(info["name"])}: Nation &amp; World</title>',
             f'  <id>{home}</id>', f'  <updated>{dt(arts[0]).isoformat()}</updated>', f'  <link rel="self" href="{home}feed.xml"/>', f'  <link rel="alternate" href="{home}"/>']
        for a in arts:
            x += ['  <entry>', f'    <title>{e(a["title"])}</title>', f'    <link rel="alternate" href="{BASE}/{rel(a, "html")[5:]}"/>',
                  f'    <id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, a["id"] + "unseen3")}</id>', f'    <published>{dt(a).isoformat()}</published>',
                  f'    <updated>{dt(a).isoformat()}</updated>', f'    <author><name>{e(a["author"])}</name></author>', f'    <summary>{e(a["body"][0][:200])}</summary>', '  </entry>']
        x.append('</feed>')
    else:
        x = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'  <title>{e(info["name"])}</title>', f'  <link>{home}</link>',
             f'  <description>Latest from {e(info["name"])}</description>', '  <language>en-gb</language>', f'  <lastBuildDate>{format_datetime(dt(arts[0]), usegmt=True)}</lastBuildDate>']
        for a in arts:
            x += ['  <item>', f'    <title>{e(a["title"])}</title>', f'    <link>{BASE}/{rel(a, "html")[5:]}</link>',
                  f'    <guid isPermaLink="false">{uuid.uuid5(uuid.NAMESPACE_URL, a["id"] + "unseen3")}</guid>',
                  f'    <pubDate>{format_datetime(dt(a), usegmt=True)}</pubDate>', f'    <description>{e(a.get("dek") or a["body"][0][:180])}</description>', '  </item>']
        x += ['</channel>', '</rss>']
    return "\n".join(x) + "\n"


def check(a, body):
    for ev in a["evidence"]:
        s = ev["sentence"]
        assert s in body, (a["id"], s)
        i = body.index(s)
        assert i == 0 or body[i - 1] in " \n", (a["id"], s)


def main():
    ids = [a["id"] for a in ARTICLES]
    assert len(set(ids)) == len(ids)
    man, lab, gold = [], [], []
    for a in ARTICLES:
        others = [b["title"] for b in ARTICLES if b["outlet"] == a["outlet"] and b["id"] != a["id"]]
        page, text = RENDER[a["outlet"]](a, others)
        body = "\n\n".join(a["body"])
        check(a, body)
        for p in a["body"]:
            assert p in text and e(p) in page, (a["id"], p[:40])
        ts = dt(a).timestamp()
        for ext, content in (("html", page), ("txt", text)):
            f = HERE / rel(a, ext)
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(content, encoding="utf-8")
            os.utime(f, (ts, ts))
        url = f"{BASE}/{rel(a, 'html')[5:]}"
        man.append({"id": a["id"], "url": url, "canonical_url": url, "html": rel(a, "html"), "txt": rel(a, "txt"), "outlet": a["outlet"], "published": a["published"]})
        lab.append({"id": a["id"], "split": "unseen3", "outlet": a["outlet"], "evidence": a["evidence"], "syndication_group": a["syndication_group"],
                    "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": body})
    for outlet in OUTLETS:
        arts = [a for a in ARTICLES if a["outlet"] == outlet]
        f = HERE / "site" / outlet / "feed.xml"
        f.write_text(feed(outlet, arts), encoding="utf-8")
        ts = max(dt(a) for a in arts).timestamp()
        os.utime(f, (ts, ts))
    w = lambda name, rows: (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    w("manifest.jsonl", man); w("labels.jsonl", lab); w("gold.jsonl", gold)
    (HERE / "expected_shifts.json").write_text(json.dumps(baseline.expected_shifts(lab), indent=2) + "\n", encoding="utf-8")
    print(f"built {len(ARTICLES)} articles")


if __name__ == "__main__":
    main()
