"""The seed documents' gold bodies yield the reference baseline of SIGNALS.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.matcher import Matcher
from monitor.types import STATE_STRENGTH, Article

SEEDS = Path("/work/shared/seeds/gold")
REFERENCE = {
    "military-aid": "hedged",
    "economic-support": "hedged",
    "sanctions": "negated",
    "condemnation": "negated",
    "un-vote": "abstain",
    "mediation": "hedged",
    "partnership": "asserted",
}


def strongest(matcher: Matcher, bodies: list[str]) -> dict[str, str]:
    """Strongest state per presence signal; the first value seen for a value signal."""
    best: dict[str, str] = {}
    for body in bodies:
        paras = tuple(p for p in body.split("\n") if p.strip())
        for ev in matcher.match(Article(title="", paragraphs=paras)):
            if ev.value is not None:
                best.setdefault(ev.signal, ev.value)
            elif ev.state is not None and (
                ev.signal not in best or STATE_STRENGTH[ev.state] > STATE_STRENGTH[best[ev.signal]]
            ):
                best[ev.signal] = ev.state
    return best


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seed documents not present")
def test_seed_gold_bodies_give_the_reference_baseline(matcher: Matcher) -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.body.txt"))]
    assert strongest(matcher, bodies) == REFERENCE
