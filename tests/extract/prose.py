"""Small builders shared by the extraction specs: invented prose and an Article check."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from monitor.types import Article


def article(result: object) -> Article:
    """The extraction result, which must be an Article (not a Skip)."""
    assert isinstance(result, Article), result
    return result


def paragraph_maker(sentences: Sequence[str], tail: str) -> Callable[[int], str]:
    """Paragraph ``i``: one of ``sentences`` and a ``tail`` holding ``{i}``, so every paragraph
    is sentence-shaped prose and different from the others."""
    def para(i: int) -> str:
        return f"{sentences[i % len(sentences)]}, {tail.format(i=i)}"

    return para
