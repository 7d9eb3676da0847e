"""Run the matcher over the stance-dev corpus and write `rules test --json` lines.

    python benchmarks/matching/run_dev.py --source gold|trafilatura|extract [--out FILE]
        [--keyword]  (the Google-Alerts-style keyword baseline instead of the matcher)

Articles come from the gold bodies (`gold.jsonl`), from trafilatura (HTML and text dumps),
or from the extraction stage (`monitor.extract.extract_page`) when it exists.  Shifts are
computed from the evidence against the reference baseline of SIGNALS.md, skipping
historical evidence, with the DESIGN table.  Score with:

    python ../shared/eval/stance/score.py rules --data ../shared/data/stance-dev --pred FILE
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor.matcher import Matcher  # noqa: E402
from monitor.rulebook import load_rulebook  # noqa: E402
from monitor.ruletest import DocumentResult  # noqa: E402
from monitor.shifts import decide_all  # noqa: E402
from monitor.types import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "stance-dev"
# the reference baseline and value signals, from the scorers' own module (one place)
sys.path.insert(0, str(ROOT.parent / "shared" / "eval" / "stance"))
from baseline import BASELINE, VALUE_SIGNALS  # noqa: E402


def gold_articles() -> dict[str, Article]:
    out = {}
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        paras = tuple(p for p in rec["body"].split("\n\n") if p.strip())
        out[rec["id"]] = Article(title=rec["title"], paragraphs=paras)
    return out


def load_article(path: Path, source: str, gold: dict[str, Article], doc_id: str) -> Article | None:
    if source == "gold":
        return gold[doc_id]
    if source == "extract":
        from monitor.extract import extract_page

        got = extract_page(path.read_bytes())
        return got if isinstance(got, Article) else None
    import trafilatura

    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".txt":
        raw = "<html><body>" + "".join(f"<p>{p}</p>" for p in raw.split("\n\n")) + "</body></html>"
    text = trafilatura.extract(raw, include_comments=False, favor_precision=True) or ""
    paras = tuple(p.strip() for p in text.split("\n") if p.strip())
    return Article(title="", paragraphs=paras)


KEYWORDS = {
    "military-aid": ["weapon", "arms", "drone", "ammunition", "military aid", "lethal"],
    "economic-support": ["lifeline", "payment", "evade sanctions", "loan", "economic support"],
    "sanctions": ["sanction"],
    "condemnation": ["condemn", "invasion"],
    "un-vote": ["abstain", "voted against", "voted in favor"],
    "mediation": ["peace plan", "mediat", "talks", "envoy"],
    "partnership": ["partnership", "no limits", "friendship"],
}
KEYWORD_STATE = {  # an alert says "it's there": the state it implies against the baseline
    "un-vote": ("value", "abstain"),
}


def keyword_evidence(article: Article) -> list[dict[str, object]]:
    """Google-Alerts style: 'China' and a signal keyword in the same article -> asserted."""
    text = article.text.lower()
    if "china" not in text and "chinese" not in text and "beijing" not in text:
        return []
    out: list[dict[str, object]] = []
    for sig, words in KEYWORDS.items():
        hit = next((w for w in words if w in text), None)
        if hit is None:
            continue
        if sig == "un-vote":
            value = "against" if "voted against" in text else ("favor" if "voted in favor" in text else "abstain")
            out.append(
                {
                    "topic": "china-russia-ukraine",
                    "signal": sig,
                    "state": None,
                    "value": value,
                    "actor": "china",
                    "sentence": hit,
                }
            )
        else:
            out.append(
                {
                    "topic": "china-russia-ukraine",
                    "signal": sig,
                    "state": "asserted",
                    "value": None,
                    "actor": "china",
                    "sentence": hit,
                }
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", choices=["gold", "trafilatura", "extract"], default="extract")
    ap.add_argument("--out", default="-")
    ap.add_argument("--keyword", action="store_true")
    args = ap.parse_args()
    rulebook = load_rulebook(sorted((ROOT / "rules").glob("*.toml")))
    matcher = Matcher(rulebook)
    gold = gold_articles()
    lines: list[dict[str, object]] = []
    for line in (DATA / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for kind in ("html", "txt"):
            path = DATA / rec[kind]
            article = load_article(path, args.source, gold, rec["id"])
            if article is None:
                lines.append({"path": str(path), "evidence": [], "shifts": []})
                continue
            if args.keyword:
                evs = keyword_evidence(article)
                keys: dict[tuple[str, str], str] = {}
                for e in evs:
                    base = BASELINE[str(e["signal"])]
                    lab = str(e["value"] or e["state"])
                    if e["signal"] in VALUE_SIGNALS:
                        if lab != base:
                            keys[(str(e["signal"]), lab)] = "confirmed"
                    elif base in ("negated", "hedged"):
                        keys[(str(e["signal"]), "present")] = "confirmed"
                lines.append(
                    {
                        "path": str(path),
                        "evidence": evs,
                        "shifts": [
                            {"topic": "china-russia-ukraine", "signal": s, "target": t, "severity": v}
                            for (s, t), v in keys.items()
                        ],
                    }
                )
                continue
            evidence = matcher.match(article)
            decisions = decide_all(evidence, {(e.topic, e.signal): BASELINE[e.signal] for e in evidence
                                              if e.signal in BASELINE})
            lines.append(DocumentResult(str(path), article, evidence, decisions).as_json())
    out = "\n".join(json.dumps(x) for x in lines) + "\n"
    if args.out == "-":
        sys.stdout.write(out)
    else:
        Path(args.out).write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
