"""Baseline states from a topic's reference documents. Pure: evidence in, states out.

The baseline is built by the same extract and match stages as live coverage, so a rule change
moves baseline and detection together. Where documents disagree the strongest claim that the
signal holds wins (asserted > alleged > hedged > negated); for a value signal, the value with
the most non-historical support, ties to the first seen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .types import STATE_STRENGTH, Evidence


@dataclass(frozen=True)
class BaselineState:
    topic: str
    signal: str
    label: str
    sentence: str


def baseline_states(evidence: Iterable[Evidence]) -> dict[tuple[str, str], BaselineState]:
    presence: dict[tuple[str, str], Evidence] = {}
    values: dict[tuple[str, str], Counter[str]] = {}
    first_value: dict[tuple[str, str, str], Evidence] = {}
    for ev in evidence:
        key = (ev.topic, ev.signal)
        if ev.value is not None:
            values.setdefault(key, Counter())[ev.value] += 1
            first_value.setdefault((*key, ev.value), ev)
        elif ev.state is not None:
            held = presence.get(key)
            if held is None or STATE_STRENGTH[ev.state] > STATE_STRENGTH[held.state or "negated"]:
                presence[key] = ev
    out = {k: BaselineState(k[0], k[1], ev.state or "", ev.sentence) for k, ev in presence.items()}
    for key, counts in values.items():
        label = counts.most_common(1)[0][0]
        out[key] = BaselineState(key[0], key[1], label, first_value[(*key, label)].sentence)
    return out
