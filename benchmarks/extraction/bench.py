"""Extraction benchmark: stancewatch against trafilatura and resiliparse, in one run.

Prints, for the public Scrapinghub benchmark (181 pages) and the dev corpus pages:
precision / recall / F1 (the benchmark's word 4-shingle metric, imported from
``../shared/eval/extraction/score.py``), pages per second on one core, peak memory, and the
ratios against trafilatura. Then the stancewatch-only figures: the two seed articles against
their gold bodies, the dev corpus split by kind (html / txt), sentences in the output that
are not in the gold body (boilerplate leaks such as trap headlines and comments), what
per-outlet template learning adds, and memory on a page at the byte limit.

Each extractor runs in its own pinned process (``run.py --one-core``) so its peak RSS is its
own. Usage (from the repository root):

    python benchmarks/extraction/bench.py [--only stancewatch] [--quick]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = (REPO / "../shared").resolve()
BENCH = SHARED / "data/extraction/scrapinghub"
DEV = SHARED / "data/stance-dev"
SEEDS = SHARED / "seeds"
sys.path.insert(0, str(REPO))

PEERS = ("stancewatch", "trafilatura", "resiliparse")


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


score = load("extraction_score", SHARED / "eval/extraction/score.py")
score_site = load("extraction_score_site", SHARED / "eval/extraction/score_site.py")


def run(extractor: str, paths: list[Path], repeat: int = 1) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "out.jsonl"
        cmd = [
            sys.executable,
            str(HERE / "run.py"),
            "--extractor",
            extractor,
            "--stats",
            "--one-core",
            "--repeat",
            str(repeat),
            *map(str, paths),
        ]
        with listing.open("w") as out:
            proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True, check=True)
        rows = [json.loads(x) for x in listing.read_text().splitlines() if x.strip()]
    stats = json.loads(proc.stderr.strip().splitlines()[-1])
    return rows, stats


def bench_scores(rows: list[dict[str, Any]]) -> dict[str, float]:
    gold = json.loads((BENCH / "ground-truth.json").read_text())
    pred = {score.path_to_id(r["path"]): {"articleBody": r["text"]} for r in rows}
    import random

    m = score.evaluate(gold, pred, 0, random.Random(0))
    return {k: m[k] for k in ("precision", "recall", "f1", "accuracy")}


def dev_scores(rows: list[dict[str, Any]], kind: str) -> dict[str, float]:
    corpus = score_site.Corpus(DEV)
    summary, _, _ = score_site.score(corpus, rows, [kind])
    m = summary["by_kind"][kind]
    return {k: m[k] for k in ("precision", "recall", "f1", "title_exact")}


def table(title: str, results: dict[str, tuple[dict[str, float], dict[str, Any]]]) -> None:
    print(f"\n{title}")
    print(
        f"  {'extractor':<12} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9} {'peak MB':>8}"
        f"  {'F1 vs traf.':>11} {'speed vs traf.':>14}"
    )
    base = results.get("trafilatura")
    for name, (m, st) in results.items():
        ratio_f1 = f"{m['f1'] / base[0]['f1']:.3f}x" if base else "-"
        ratio_speed = f"{st['pages_per_s'] / base[1]['pages_per_s']:.2f}x" if base else "-"
        print(
            f"  {name:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
            f"{st['pages_per_s']:9.1f} {st['peak_rss_mb']:8.1f}  {ratio_f1:>11} "
            f"{ratio_speed:>14}"
        )


def dev_paths(kind: str) -> list[Path]:
    return sorted((DEV / "site").glob(f"*/*/*/*.{kind}"))


_SENT = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def leaks(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Output sentences that are nowhere in the page's gold body."""
    corpus = score_site.Corpus(DEV)
    found = []
    for r in rows:
        doc = corpus.doc_for_path(r["path"])
        if doc is None:
            continue
        gold = " ".join(corpus.gold[doc[0]]["body"].split())
        for sent in _SENT.split(r["text"]):
            sent = " ".join(sent.split())
            if len(sent.split()) >= 4 and sent not in gold:
                found.append((Path(r["path"]).name, sent))
    return found


def seeds() -> None:
    from monitor.extract import extract_page
    from monitor.types import Article

    print("\nseed articles (stancewatch vs gold)")
    for path in sorted(SEEDS.glob("*.txt")):
        gold = (SEEDS / "gold" / f"{path.stem}.body.txt").read_text()
        gold_title = (SEEDS / "gold" / f"{path.stem}.title.txt").read_text().strip()
        art = extract_page(path.read_bytes())
        text = art.text if isinstance(art, Article) else ""
        t = score.string_shingle_matching(true=gold, pred=text)
        p, r = score.precision_score(*t), score.recall_score(*t)
        title_ok = isinstance(art, Article) and " ".join(art.title.split()) == gold_title
        print(
            f"  {path.name:<36} P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}  "
            f"title {'ok' if title_ok else 'WRONG'}"
        )


def template_delta() -> None:
    """Leave-one-out: each dev page extracted with a template learned from its outlet's
    other pages (both renderings of them), against no template."""
    from monitor.extract import OutletTemplate, extract_page, learn
    from monitor.types import Article

    corpus = score_site.Corpus(DEV)
    print("\ntemplate learning (dev corpus, leave-one-out per outlet)")
    for kind in ("html", "txt"):
        plain, learned, removed = [], [], 0
        for doc_id, m in sorted(corpus.manifest.items()):
            gold = corpus.gold[doc_id]["body"]
            others = [o for o in corpus.manifest.values() if o["outlet"] == m["outlet"] and o["id"] != doc_id]
            tmpl: OutletTemplate | None = None
            for o in others:
                tmpl = learn(tmpl, (DEV / o[kind]).read_bytes())
            content = (DEV / m[kind]).read_bytes()
            for bucket, t in ((plain, None), (learned, tmpl)):
                art = extract_page(content, template=t)
                text = art.text if isinstance(art, Article) else ""
                tp_fp_fn = score.string_shingle_matching(true=gold, pred=text)
                bucket.append(tp_fp_fn)
            a = extract_page(content)
            b = extract_page(content, template=tmpl)
            if isinstance(a, Article) and isinstance(b, Article):
                removed += len(set(a.paragraphs) - set(b.paragraphs))
        mp, ml = score.metrics_from_tp_fp_fns(plain), score.metrics_from_tp_fp_fns(learned)
        print(
            f"  {kind:<4} without P {mp['precision']:.3f} R {mp['recall']:.3f} "
            f"F1 {mp['f1']:.3f} | with template P {ml['precision']:.3f} "
            f"R {ml['recall']:.3f} F1 {ml['f1']:.3f} | blocks removed {removed}"
        )
    # the raw-stripper view: how much template boilerplate a template finds on its own
    from monitor.extract import textdump
    from monitor.extract.template import OutletTemplate as T

    lines_total = flagged = 0
    for outlet in sorted({m["outlet"] for m in corpus.manifest.values()}):
        pages = [DEV / m["txt"] for m in corpus.manifest.values() if m["outlet"] == outlet]
        t = T()
        for p in pages:
            t = t.add_page(textdump.all_lines(p.read_text()))
        for p in pages:
            lines = textdump.all_lines(p.read_text())
            lines_total += len(lines)
            flagged += sum(t.is_boilerplate(x) for x in lines)
    print(f"  txt lines flagged as template by a full-outlet template: {flagged} of {lines_total}")


def memory_at_limit() -> None:
    """Peak RSS of extracting one page just under the 5 MB limit, in a fresh process."""
    code = r"""
import resource, sys
sys.path.insert(0, sys.argv[1])
from monitor.extract import extract_page
para = "<p>Paragraph {}: " + "the ministry said the talks would continue next week, officials said. " * 6 + "</p>"
n = (5_000_000 - 200) // (len(para) + 6)
page = ("<html><head><title>Big page</title></head><body><article><h1>Big page</h1>"
        + "".join(para.format(i) for i in range(n)) + "</article></body></html>").encode()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import time; t = time.perf_counter()
r = extract_page(page)
el = time.perf_counter() - t
over = extract_page(page + b" " * (5_000_001 - len(page)))
print(len(page), before / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      type(r).__name__, len(getattr(r, "paragraphs", ())), el, over)
"""
    out = subprocess.run(
        [sys.executable, "-c", code, str(REPO)], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=7)
    print(
        f"\npage at the byte limit: {int(out[0]):,} bytes -> {out[3]} with {out[4]} "
        f"paragraphs in {float(out[5]):.2f}s; peak RSS {float(out[2]):.0f} MB "
        f"(baseline {float(out[1]):.0f} MB); over the limit -> {out[6].strip()}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=PEERS, action="append", help="run only these peers")
    ap.add_argument("--quick", action="store_true", help="skip peers on the dev corpus")
    ap.add_argument("--leaks", action="store_true", help="print every leaked sentence")
    args = ap.parse_args(argv)
    peers = args.only or list(PEERS)
    pages = sorted((BENCH / "html").glob("*.html.gz"))
    results = {}
    for name in peers:
        rows, stats = run(name, pages)
        results[name] = (bench_scores(rows), stats)
    table(f"public benchmark (Scrapinghub, {len(pages)} pages, one core)", results)
    for kind in ("html", "txt"):
        res = {}
        for name in peers if not args.quick else ["stancewatch"]:
            if kind == "txt" and name != "stancewatch":
                continue  # the peers read HTML only
            rows, stats = run(name, dev_paths(kind), repeat=5)
            res[name] = (dev_scores(rows, kind), stats)
            if name == "stancewatch":
                found = leaks(rows)
                print(f"\n[{kind}] stancewatch sentences not in the gold body: {len(found)}")
                for page, sent in found if args.leaks else found[:5]:
                    print(f"    {page}: {sent[:110]}")
                titles = res[name][0]["title_exact"]
                print(f"[{kind}] stancewatch title exact-match rate: {titles:.3f}")
        table(f"dev corpus, {kind} ({len(dev_paths(kind))} pages, mean over pages)", res)
    if "stancewatch" in peers:
        seeds()
        template_delta()
        memory_at_limit()
    print(
        f"\n(bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
        f" MB; CPUs available {len(os.sched_getaffinity(0))}; "
        f"python {sys.version.split()[0]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
