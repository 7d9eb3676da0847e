"""``rules test``: what the rules find in one saved document, against a baseline. Pure."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import shifts
from .types import Article, Evidence, ShiftDecision, Skip


@dataclass
class DocumentResult:
    path: str
    article: Article | None
    evidence: list[Evidence] = field(default_factory=list)
    shifts: list[ShiftDecision] = field(default_factory=list)
    skip: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The DESIGN contract object of ``rules test --json``."""
        return {
            "path": self.path,
            "title": self.article.title if self.article else None,
            "evidence": [{"topic": e.topic, "signal": e.signal, "state": e.state, "value": e.value,
                          "actor": e.actor, "sentence": e.sentence, "historical": e.historical,
                          "cues": [{"kind": c.kind, "text": c.text, "start": c.start, "end": c.end}
                                   for c in e.cues]}
                         for e in self.evidence],
            "shifts": [{"topic": d.topic, "signal": d.signal, "target": d.target, "severity": d.severity}
                       for d in self.shifts],
            **({"skip": self.skip} if self.skip else {}),
        }


def test_document(matcher: Any, content: bytes, baselines: Mapping[tuple[str, str], str], *,
                  path: str = "<text>", url: str | None = None,
                  accepted: Collection[tuple[str, str]] = ()) -> DocumentResult:
    from .extract import extract_page

    result = extract_page(content, url=url)
    if isinstance(result, Skip):
        return DocumentResult(path, None, skip=result.reason)
    evidence = matcher.match(result)
    return DocumentResult(path, result, evidence, shifts.decide_all(evidence, baselines, accepted))
