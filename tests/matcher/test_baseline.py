"""The seed documents' gold bodies yield the reference baseline of SIGNALS.md.

The reference table is read from ``../shared/eval/stance/baseline.py`` (the one the scorers
use), and the states are combined by ``monitor.baseline.baseline_states``, the same function
``stancewatch baseline build`` uses.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from monitor.baseline import baseline_states
from monitor.matcher import Matcher
from monitor.types import Article

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds" / "gold"


def reference_baseline() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("eval_baseline", SHARED / "eval" / "stance" / "baseline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.BASELINE)


def test_seed_gold_bodies_give_the_reference_baseline(matcher: Matcher) -> None:
    evidence = []
    for path in sorted(SEEDS.glob("*.body.txt")):
        paragraphs = tuple(p for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
        evidence.extend(matcher.match(Article(title="", paragraphs=paragraphs)))
    states = {signal: state.label for (_topic, signal), state in baseline_states(evidence).items()}
    assert states == reference_baseline()
