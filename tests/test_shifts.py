"""The shift contract of DESIGN.md as a table of cases (baseline, evidence -> key, severity)."""

from __future__ import annotations

import pytest

from monitor.baseline import baseline_states
from monitor.shifts import decide, decide_all
from monitor.types import Evidence

T = "china-russia-ukraine"


def ev(signal: str, state: str | None = None, value: str | None = None, historical: bool = False) -> Evidence:
    return Evidence(topic=T, signal=signal, state=state, value=value, actor="china",
                    sentence=f"{signal} {state or value}", historical=historical)


CASES = [
    # baseline, state, value, expected (target, severity) or None
    ("negated", "asserted", None, ("present", "confirmed")),
    ("hedged", "asserted", None, ("present", "confirmed")),
    ("negated", "alleged", None, ("present", "alleged")),
    ("hedged", "alleged", None, ("present", "alleged")),
    ("alleged", "asserted", None, ("present", "confirmed")),
    ("asserted", "negated", None, ("absent", "confirmed")),
    ("abstain", None, "against", ("against", "confirmed")),
    ("abstain", None, "favor", ("favor", "confirmed")),
    ("abstain", None, "abstain", None),
    ("negated", "negated", None, None),
    ("negated", "hedged", None, None),
    ("hedged", "hedged", None, None),
    ("alleged", "alleged", None, None),
    ("asserted", "asserted", None, None),
    ("asserted", "alleged", None, None),
    ("asserted", "hedged", None, None),
]


@pytest.mark.parametrize("baseline, state, value, expected", CASES,
                         ids=[f"{b}+{s or v}" for b, s, v, _ in CASES])
def test_shift_table(baseline: str, state: str | None, value: str | None, expected: tuple[str, str] | None) -> None:
    decision = decide(ev("x", state, value), baseline)
    if expected is None:
        assert decision is None
    else:
        assert decision is not None
        assert (decision.target, decision.severity, decision.baseline) == (*expected, baseline)


def test_statements_about_the_past_count_against_the_documents_baseline() -> None:
    decision = decide(ev("un-vote", value="against", historical=True), "abstain")
    assert decision is not None and decision.target == "against"


def test_statements_about_the_past_open_nothing_once_a_shift_was_accepted() -> None:
    assert decide(ev("un-vote", value="abstain", historical=True), "against", accepted=True) is None
    assert decide(ev("un-vote", value="abstain"), "against", accepted=True) is not None
    decisions = decide_all([ev("un-vote", value="abstain", historical=True)], {(T, "un-vote"): "against"},
                           accepted={(T, "un-vote")})
    assert decisions == []


def test_no_baseline_no_shift() -> None:
    assert decide(ev("sanctions", "asserted"), None) is None


def test_one_decision_per_key_keeps_the_most_severe() -> None:
    decisions = decide_all([ev("military-aid", "alleged"), ev("military-aid", "asserted"),
                            ev("military-aid", "negated")], {(T, "military-aid"): "hedged"})
    assert [(d.signal, d.target, d.severity) for d in decisions] == [("military-aid", "present", "confirmed")]


def test_baseline_strongest_state_wins_and_values_by_support() -> None:
    states = baseline_states([ev("military-aid", "negated"), ev("military-aid", "hedged"),
                              ev("sanctions", "negated"), ev("un-vote", value="abstain"),
                              ev("un-vote", value="abstain"), ev("un-vote", value="favor")])
    assert {k[1]: v.label for k, v in states.items()} == {
        "military-aid": "hedged", "sanctions": "negated", "un-vote": "abstain"}
