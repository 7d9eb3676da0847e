"""The rules-test view highlights each deciding cue of each sentence."""

from __future__ import annotations

from rich.console import Console

from monitor.explain import render
from monitor.matcher import Matcher
from monitor.types import Article


def test_render_shows_sentence_state_and_cues(matcher: Matcher) -> None:
    article = Article(
        title="Drones",
        paragraphs=("U.S. officials say Chinese firms are shipping drone engines to Russia; Beijing denies it.",),
    )
    console = Console(record=True, width=160, color_system="truecolor")
    console.print(render(article, matcher.match(article)))
    text = console.export_text(clear=False)
    assert "military-aid = alleged" in text and "military-aid = negated" in text
    assert "negation:denies" in text and "attribution:officials say" in text
    assert "\x1b[" in console.export_text(styles=True)


def test_render_without_evidence() -> None:
    console = Console(record=True, width=80)
    console.print(render(Article(title="Empty", paragraphs=("Nothing.",)), []))
    assert "no evidence" in console.export_text()
