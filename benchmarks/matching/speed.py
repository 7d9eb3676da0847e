"""Matcher speed on one core: articles/s for the default topic, and the cost ratio with 50
synthetic topics (350 signals) against 1.  Printed, not asserted.

    python benchmarks/matching/speed.py [--rounds 20]

Articles: the stance-dev gold bodies and the two seed bodies (real news prose, 600-2,000
words).  Synthetic topics copy the default topic's signals (same verbs and objects, so the one
automaton really grows) with their own actor of interest:
  * "other actors": each synthetic topic watches a made-up country; the default topic's
    articles rarely name it, which is the realistic case for a desk with many topics;
  * "same actor": each synthetic topic also watches China, the worst case: every topic has
    to check every candidate sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor.matcher import Matcher  # noqa: E402
from monitor.rulebook import load_rulebook  # noqa: E402
from monitor.types import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "stance-dev" / "gold.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds" / "gold"
TOPIC = ROOT / "rules" / "china-russia-ukraine.toml"
CUES = ROOT / "rules" / "cues.toml"


def articles() -> list[Article]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        body = json.loads(line)["body"]
        out.append(Article(title="", paragraphs=tuple(p for p in body.split("\n\n") if p)))
    for path in sorted(SEEDS.glob("*.body.txt")):
        body = path.read_text(encoding="utf-8")
        out.append(Article(title="", paragraphs=tuple(p for p in body.split("\n") if p)))
    return out


def synthetic(n: int, same_actor: bool, where: Path) -> list[Path]:
    source = TOPIC.read_text(encoding="utf-8")
    paths = [TOPIC, CUES]
    for k in range(1, n):
        text = source.replace('id = "china-russia-ukraine"', f'id = "synthetic-{k}"')
        if not same_actor:
            # the whole alias list of the actor of interest becomes a made-up country's
            text, count = re.subn(
                r"(\[actors\.china\]\nnames = \[).*?(\n\])",
                lambda m, k=k: f'{m.group(1)}\n  "Zorland{k}", "Zorlandian{k}", "Zorburg{k}",{m.group(2)}',
                text, count=1, flags=re.S)
            if count != 1:
                raise SystemExit("synthetic topics: the [actors.china] names list was not found")
        path = where / f"synthetic-{k}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def rate(matcher: Matcher, docs: list[Article], rounds: int) -> float:
    for doc in docs:  # warm the lemma cache
        matcher.match(doc)
    started = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            matcher.match(doc)
    return rounds * len(docs) / (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    docs = articles()
    words = sum(len(a.text.split()) for a in docs) / len(docs)
    one = Matcher(load_rulebook([TOPIC, CUES]))
    base = rate(one, docs, args.rounds)
    print(f"articles: {len(docs)} (mean {words:.0f} words), rounds: {args.rounds}")
    print(f"1 topic (7 signals):            {base:8.0f} articles/s on one core")
    with tempfile.TemporaryDirectory() as tmp:
        for same in (False, True):
            t0 = time.perf_counter()
            rb = load_rulebook(synthetic(50, same, Path(tmp)))
            many = Matcher(rb)
            build = time.perf_counter() - t0
            signals = sum(len(t.signals) for t in rb.topics.values())
            r = rate(many, docs, args.rounds)
            label = "same actor" if same else "other actors"
            print(
                f"50 topics ({signals} signals, {label}): {r:8.0f} articles/s, "
                f"cost ratio {base / r:.2f} (load+compile {build:.2f}s)"
            )


if __name__ == "__main__":
    main()
