#!/usr/bin/env python3
"""Build the unseen4 check corpus (standard library only): python3 build.py"""
import json, os, sys, html as H
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "shared" / "eval" / "stance"))
sys.path.insert(0, "/work/shared/eval/stance")
import baseline
from articles import ARTICLES

ROOT = Path(__file__).resolve().parent
BASE = "http://127.0.0.1:8765"
OUTLETS = {"lcn": "Liberty Cable News", "bharat": "The Bharat Chronicle", "front-brief": "The Eastern Front Brief"}
e = H.escape

def dt(a): return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
def rel(a): d = dt(a); return f"site/{a['outlet']}/{d:%Y}/{d:%m}/{a['slug']}"

def lcn(a, url):
    d = dt(a); body = a["body"]; parts = []; txt = []
    for i, p in enumerate(body):
        parts.append(f'<div class="zn-body__paragraph">{e(p)}</div>'); txt.append(p)
        if i == 1:
            parts.append('<div class="media__video"><span class="media__video-label">Now playing</span><span class="media__video-headline">How the vote unfolded at the UN</span><span class="media__video-duration">02:14</span></div><div class="media__video"><span>Up next</span><span>Analyst: What Beijing wants from this war</span><span>03:41</span></div>')
            txt += ["Now playing", "How the vote unfolded at the UN", "02:14", "Up next", "Analyst: What Beijing wants from this war", "03:41"]
        if i == 3:
            parts.append('<div class="el__gallery"><img src="/img/g1.jpg" alt=""><div class="el__gallery-caption">Diplomats gather before the session. Photo: Spencer Platt/Getty Images</div><div class="el__gallery-count">Hide Caption 1 of 4</div></div>')
            txt += ["Diplomats gather before the session. Photo: Spencer Platt/Getty Images", "Hide Caption", "1 of 4"]
    hl = "".join(f"<li>{e(h)}</li>" for h in a["highlights"])
    credit = f'<p class="zn-body__footer">{e(a["credit"])}</p>' if a["credit"] else ""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(a['title'])} | LCN Politics</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{e(a['title'])}"><meta name="description" content="{e(a['dek'])}">
<script type="application/ld+json">{json.dumps({"@type":"NewsArticle","headline":a['title'],"datePublished":a['published'],"author":{"@type":"Person","name":a['author']}})}</script></head>
<body><header class="nav"><a href="/lcn/">LCN</a><ul><li>US</li><li>World</li><li>Politics</li><li>Business</li><li>Video</li><li>Live TV</li></ul><a href="#">Sign in</a></header>
<main><article class="pg-rail-tall"><h1 class="pg-headline">{e(a['title'])}</h1><p class="metadata__byline">By {e(a['author'])}, LCN</p><p class="update-time">Updated {d:%-I:%M %p} GMT, {d:%a %B %-d, %Y}</p>
<div class="el__storyhighlights"><h3>Story highlights</h3><ul>{hl}</ul></div>
<section class="zn-body-text">{''.join(parts)}{credit}</section></article>
<aside class="paid"><h3>Paid Content</h3><ul><li><a href="#">Retirees are switching to this 3-step budget plan</a></li><li><a href="#">Top-rated SUVs under $30k</a></li></ul></aside>
<aside class="related"><h3>More from LCN</h3><ul><li>China ships drones to Russia, Kyiv says</li><li>Beijing condemns invasion? Not quite, analysts say</li></ul></aside></main>
<footer>Terms of Use | Privacy Policy | © {d:%Y} Liberty Cable News. All Rights Reserved.</footer></body></html>"""
    dump = ["LCN", "US\nWorld\nPolitics\nBusiness\nVideo\nLive TV", "Sign in", a["title"], f"By {a['author']}, LCN", f"Updated {d:%-I:%M %p} GMT, {d:%a %B %-d, %Y}", "Story highlights"] + a["highlights"] + txt + ([a["credit"]] if a["credit"] else []) + ["Paid Content", "Retirees are switching to this 3-step budget plan", "Top-rated SUVs under $30k", "More from LCN", "China ships drones to Russia, Kyiv says", "Beijing condemns invasion? Not quite, analysts say", f"Terms of Use | Privacy Policy | © {d:%Y} Liberty Cable News. All Rights Reserved."]
    return page, "\n".join(dump) + "\n"

def bharat(a, url):
    d = dt(a); parts = []; txt = []; ar = list(a.get("also_read", []))
    for i, p in enumerate(a["body"]):
        parts.append(f"<p>{e(p)}</p>"); txt.append(p)
        if i in (1, 4) and ar:
            x = ar.pop(0); parts.append(f'<p class="also-read"><strong>Also Read:</strong> <a href="#">{e(x[len("Also Read: "):])}</a></p>'); txt.append(x)
    stamp = f"Published on {d:%b %d, %Y %I:%M %p} IST | Updated on {d:%b %d, %Y %I:%M %p} IST"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - The Bharat Chronicle</title><link rel="canonical" href="{url}">
<meta property="og:title" content="{e(a['title'])}"></head><body>
<div class="topbar">e-Paper | Subscribe | Sign In</div><nav>India | World | Cities | Cricket | Business | Entertainment</nav>
<div class="storyArea"><h1 class="hdg1">{e(a['title'])}</h1><h2 class="sortDec">{e(a['dek'])}</h2>
<div class="byline">By {e(a['author'])}</div><div class="dateTime">{stamp}</div>
<div class="storyDetails">{''.join(parts)}</div>
<div class="follow">Follow us on: Facebook | X | Instagram | WhatsApp Channel</div>
<div class="catch">Catch all the World News, Breaking News and Latest Updates on The Bharat Chronicle.</div></div>
<div class="trending"><h3>Trending Topics</h3><ul><li>Gold price today</li><li>IPL 2023</li><li>Chinese weapons for Russia</li></ul></div>
<footer>Copyright © {d:%Y} The Bharat Chronicle. All rights reserved.</footer></body></html>"""
    dump = ["e-Paper | Subscribe | Sign In", "India | World | Cities | Cricket | Business | Entertainment", a["title"], a["dek"], f"By {a['author']}", stamp] + txt + ["Follow us on: Facebook | X | Instagram | WhatsApp Channel", "Catch all the World News, Breaking News and Latest Updates on The Bharat Chronicle.", "Trending Topics", "Gold price today", "IPL 2023", "Chinese weapons for Russia", f"Copyright © {d:%Y} The Bharat Chronicle. All rights reserved."]
    return page, "\n\n".join(dump) + "\n"

def brief(a, url):
    d = dt(a); parts = []
    for p in a["body"]:
        if p[0].isdigit() and ". " in p:
            num, rest = p.split(". ", 1); kick, rest2 = rest.split(". ", 1) if not rest.startswith("Sanctions?") else ("Sanctions? Not from Beijing", rest[len("Sanctions? Not from Beijing. "):])
            sep = "." if not kick.endswith("?") and not kick.endswith("Beijing") else "."
            assert p == f"{num}. {kick}{sep} {rest2}", p
            parts.append(f'<p style="margin:0 0 12px"><strong>{num}. {e(kick)}{sep}</strong> {e(rest2)}</p>')
        else:
            parts.append(f'<p style="margin:0 0 12px">{e(p)}</p>')
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}</title><link rel="canonical" href="{url}"></head>
<body><table width="100%" class="bodyTable"><tr><td class="preheader">View this email in your browser</td></tr>
<tr><td class="header"><img src="/img/efb-logo.png" alt="The Eastern Front Brief"><br>The Eastern Front Brief | {d:%B %-d, %Y}</td></tr>
<tr><td class="bodyContent"><h1>{e(a['title'])}</h1><p class="by">By {e(a['author'])}</p>{''.join(parts)}
<p>That's all for this week. Reply to this email with tips, corrections or complaints.</p></td></tr>
<tr><td class="reading"><h3>Worth reading</h3><ul><li>Is China quietly arming Russia? (Foreign Desk Quarterly)</li><li>Beijing's neutrality, explained</li></ul></td></tr>
<tr><td class="footer"><a href="#">Forward to a friend</a><br>Copyright © {d:%Y} The Eastern Front Brief, All rights reserved.<br>You are receiving this email because you signed up at our website.<br><a href="#">Unsubscribe</a> | <a href="#">Update preferences</a></td></tr></table></body></html>"""
    dump = ["View this email in your browser", "The Eastern Front Brief", f"The Eastern Front Brief | {d:%B %-d, %Y}", a["title"], f"By {a['author']}"] + a["body"] + ["That's all for this week. Reply to this email with tips, corrections or complaints.", "Worth reading", "Is China quietly arming Russia? (Foreign Desk Quarterly)", "Beijing's neutrality, explained", "Forward to a friend", f"Copyright © {d:%Y} The Eastern Front Brief, All rights reserved.", "You are receiving this email because you signed up at our website.", "Unsubscribe | Update preferences"]
    return page, "\n\n".join(dump) + "\n"

RENDER = {"lcn": lcn, "bharat": bharat, "front-brief": brief}

def main():
    manifest, labels, gold = [], [], []
    for a in ARTICLES:
        body = "\n\n".join(a["body"])
        for s, st, sent in a["evidence"]:
            assert sent in body, (a["id"], sent)
        r = rel(a); url = f"{BASE}/{r[len('site/'):]}.html"
        page, dump = RENDER[a["outlet"]](a, url)
        for ext, content in ((".html", page), (".txt", dump)):
            p = ROOT / (r + ext); p.parent.mkdir(parents=True, exist_ok=True); p.write_text(content, encoding="utf-8")
            ts = dt(a).timestamp(); os.utime(p, (ts, ts))
        manifest.append({"id": a["id"], "url": url, "canonical_url": url, "html": r + ".html", "txt": r + ".txt", "outlet": a["outlet"], "published": a["published"]})
        ev = [({"signal": s, "value": st, "sentence": t} if s in baseline.VALUE_SIGNALS else {"signal": s, "state": st, "sentence": t}) for s, st, t in a["evidence"]]
        labels.append({"id": a["id"], "split": "unseen4", "outlet": a["outlet"], "evidence": ev, "syndication_group": a.get("syndication_group"), "source_event": a["source_event"], "traps": a["traps"]})
        gold.append({"id": a["id"], "title": a["title"], "body": body})
    for name, rows in (("manifest.jsonl", manifest), ("labels.jsonl", labels), ("gold.jsonl", gold)):
        (ROOT / name).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    (ROOT / "expected_shifts.json").write_text(json.dumps(baseline.expected_shifts(labels), indent=2) + "\n", encoding="utf-8")
    for o, oname in OUTLETS.items():
        arts = sorted([a for a in ARTICLES if a["outlet"] == o], key=dt, reverse=True)
        items = "".join(f"""  <item>\n    <title>{e(a['title'])}</title>\n    <link>{BASE}/{rel(a)[5:]}.html</link>\n    <guid isPermaLink="false">{a['id']}</guid>\n    <pubDate>{format_datetime(dt(a), usegmt=True)}</pubDate>\n    <description>{e(a['dek'] or a['body'][0][:160])}</description>\n  </item>\n""" for a in arts)
        feed = f"""<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n  <title>{e(oname)}</title>\n  <link>{BASE}/{o}/</link>\n  <description>Latest from {e(oname)}</description>\n  <lastBuildDate>{format_datetime(dt(arts[0]), usegmt=True)}</lastBuildDate>\n{items}</channel>\n</rss>\n"""
        fp = ROOT / "site" / o / "feed.xml"; fp.write_text(feed, encoding="utf-8"); ts = dt(arts[0]).timestamp(); os.utime(fp, (ts, ts))
    print(f"built {len(ARTICLES)} articles")

if __name__ == "__main__":
    main()
