"""Evidence vs baseline -> shift decisions: the DESIGN table, and nothing else. Pure.

=====================  ==================  ===================================
baseline               new evidence        result
=====================  ==================  ===================================
negated or hedged      asserted            shift ``present``, ``confirmed``
negated or hedged      alleged             shift ``present``, ``alleged``
alleged                asserted            shift ``present``, ``confirmed``
asserted               negated             shift ``absent`` (reversal), ``confirmed``
value X                value Y != X        shift ``Y``, ``confirmed``
anything else                              no shift (the evidence is still stored)
=====================  ==================  ===================================

Statements about the past (``Evidence.historical``: "China has abstained since 2022") are
evidence like any other while the baseline is the one built from the reference documents:
they usually restate it (no shift), and when they do not ("it also voted against in April")
they report a real departure from it. Once an operator has *accepted* a shift, the baseline has
moved on and the past is what it moved away from, so historical evidence for that signal opens
nothing; otherwise every retrospective paragraph would reopen the old state.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from .types import Evidence, Severity, ShiftDecision

SEVERITY_RANK: dict[str, int] = {"alleged": 1, "confirmed": 2}


def decide(evidence: Evidence, baseline: str | None, *, accepted: bool = False) -> ShiftDecision | None:
    """The shift one piece of evidence opens against ``baseline`` (state or value), if any.

    ``accepted``: the baseline comes from an accepted shift, so statements about the past no
    longer count against it.
    """
    if baseline is None or (evidence.historical and accepted):
        return None
    target: str
    severity: Severity
    if evidence.value is not None:
        if evidence.value == baseline:
            return None
        target, severity = evidence.value, "confirmed"
    else:
        state = evidence.state
        if baseline in ("negated", "hedged") and state in ("asserted", "alleged"):
            target, severity = "present", ("confirmed" if state == "asserted" else "alleged")
        elif baseline == "alleged" and state == "asserted":
            target, severity = "present", "confirmed"
        elif baseline == "asserted" and state == "negated":
            target, severity = "absent", "confirmed"
        else:
            return None
    return ShiftDecision(topic=evidence.topic, signal=evidence.signal, target=target,
                         severity=severity, baseline=baseline, evidence=evidence)


def decide_all(evidence: Iterable[Evidence], baselines: Mapping[tuple[str, str], str],
               accepted: Collection[tuple[str, str]] = ()) -> list[ShiftDecision]:
    """One decision per key (topic, signal, target), keeping the most severe.

    ``accepted`` holds the (topic, signal) keys whose baseline an operator accepted.
    """
    best: dict[tuple[str, str, str], ShiftDecision] = {}
    for ev in evidence:
        key_ = (ev.topic, ev.signal)
        decision = decide(ev, baselines.get(key_), accepted=key_ in accepted)
        if decision is None:
            continue
        key = (decision.topic, decision.signal, decision.target)
        held = best.get(key)
        if held is None or SEVERITY_RANK[decision.severity] > SEVERITY_RANK[held.severity]:
            best[key] = decision
    return list(best.values())


def stronger(a: str, b: str) -> bool:
    """Whether severity ``a`` outranks ``b``."""
    return SEVERITY_RANK.get(a, 0) > SEVERITY_RANK.get(b, 0)
