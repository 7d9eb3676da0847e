"""Held-out sentences (tests/cases/heldout.toml): accuracy with a floor, not all-pass.

Run as a script for the per-case report::

    python tests/matcher/test_heldout.py [-v]
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from monitor.matcher import Matcher
from monitor.types import Article

HELDOUT = Path(__file__).resolve().parents[1] / "cases" / "heldout.toml"
FLOOR = 0.92


def load() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = tomllib.loads(HELDOUT.read_text(encoding="utf-8"))["heldout"]
    return cases


def found(matcher: Matcher, case: dict[str, Any]) -> set[str]:
    text = case["text"]
    paragraphs = tuple(text) if isinstance(text, list) else (text,)
    evidence = matcher.match(Article(title="", paragraphs=paragraphs))
    return {f"{e.signal}:{e.label}" for e in evidence if e.actor == "china"}


def score(matcher: Matcher) -> dict[str, Any]:
    """Sentence-level exact-set accuracy, plus micro P/R per signal:label."""
    right = 0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong: list[tuple[str, str, set[str], set[str]]] = []
    cases = load()
    for case in cases:
        exp = set(case["expect"])
        got = found(matcher, case)
        if got == exp:
            right += 1
        else:
            text = case["text"] if isinstance(case["text"], str) else " | ".join(case["text"])
            wrong.append((case["id"], text, exp, got))
        for k in exp & got:
            tp[k] += 1
        for k in got - exp:
            fp[k] += 1
        for k in exp - got:
            fn[k] += 1
    return {"accuracy": right / len(cases), "n": len(cases), "tp": tp, "fp": fp, "fn": fn, "wrong": wrong}


def test_heldout_accuracy(matcher: Matcher) -> None:
    result = score(matcher)
    assert result["accuracy"] >= FLOOR, f"held-out accuracy {result['accuracy']:.3f} < {FLOOR}"


def main() -> None:
    from monitor.rulebook import load_rulebook

    rules = Path(__file__).resolve().parents[2] / "rules"
    r = score(Matcher(load_rulebook(sorted(rules.glob("*.toml")))))
    print(f"held-out accuracy {r['accuracy']:.3f} ({r['n']} cases)")
    labels = sorted(set(r["tp"]) | set(r["fp"]) | set(r["fn"]))
    for k in labels:
        tp, fp, fn = r["tp"][k], r["fp"][k], r["fn"][k]
        p = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        print(f"  {k:30s} P {p:.2f} R {rec:.2f}  (tp {tp}, fp {fp}, fn {fn})")
    if "-v" in sys.argv:
        for cid, text, exp, got in r["wrong"]:
            print(f"{cid}: {text}\n    expected {sorted(exp)} got {sorted(got)}")


if __name__ == "__main__":
    main()
