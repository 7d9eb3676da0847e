"""Bare footnote numbers glued to sentence ends in text dumps ("the two sides.1 Beijing")."""

from __future__ import annotations

import pytest

from monitor.text import sentence_spans


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Trade grew fast.1 Since then, banks held back.2", ["Trade grew fast.", "Since then, banks held back."]),
        ('He called it "the crisis."3 The U.S. disagreed.', ['He called it "the crisis."', "The U.S. disagreed."]),
        ("Exports rose 2.1 In May they fell.", ["Exports rose 2.1 In May they fell."]),  # a decimal, no note
        ("It was the No.1 Bank in town.", ["It was the No.1 Bank in town."]),
        ("They met on Feb. 24. It went well.[5] Then", ["They met on Feb. 24.", "It went well.[5]", "Then"]),
    ],
)
def test_footnote_numbers(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences
