"""Matcher cases as data (tests/cases/*.toml): sentence in, evidence out."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from monitor.matcher import Matcher
from monitor.types import Article

CASES = Path(__file__).resolve().parents[1] / "cases"


def _load() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES.glob("*.toml")):
        cases.extend(tomllib.loads(path.read_text(encoding="utf-8")).get("case", []))
    return cases


ALL = _load()


def _key(item: dict[str, Any]) -> tuple[str, str, str]:
    label = item.get("value") or item.get("state") or ""
    return (item["signal"], label, item.get("actor", "china"))


@pytest.mark.parametrize("case", ALL, ids=[c["id"] for c in ALL])
def test_case(matcher: Matcher, case: dict[str, Any]) -> None:
    text = case["text"]
    paragraphs = tuple(text) if isinstance(text, list) else (text,)
    evidence = matcher.match(Article(title="", paragraphs=paragraphs))
    found = {(e.signal, e.label, e.actor) for e in evidence}
    expected = {_key(x) for x in case.get("expect", [])}
    assert expected <= found, f"missing {expected - found}; found {found}"
    for x in case.get("expect", []):
        if "historical" in x:
            hist = {e.historical for e in evidence if (e.signal, e.label) == _key(x)[:2]}
            assert hist == {x["historical"]}
    for x in case.get("reject", []):
        signal, label, actor = _key(x)
        hits = {f for f in found if f[0] == signal and f[2] == actor and (not label or f[1] == label)}
        assert not hits, f"unexpected {hits}"  # no state or value given: none of that signal
    if case.get("exact"):
        assert found == expected


def test_evidence_offsets_point_into_the_article(matcher: Matcher) -> None:
    article = Article(
        title="",
        paragraphs=(
            "Nothing here.",
            "U.S. officials say Chinese firms are shipping drone engines to Russia.",
        ),
    )
    (ev,) = matcher.match(article)
    assert article.text[ev.start : ev.end] == ev.sentence
    kinds = {c.kind for c in ev.cues}
    assert {"actor", "verb", "object", "attribution"} <= kinds
    for cue in ev.cues:
        assert ev.sentence[cue.start : cue.end] == cue.text


def test_topics_filter(matcher: Matcher) -> None:
    article = Article(title="", paragraphs=("China condemned the invasion.",))
    assert matcher.match(article, topics=["no-such-topic"]) == []
    assert matcher.match(article, topics=["china-russia-ukraine"])
