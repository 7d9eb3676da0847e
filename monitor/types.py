"""The typed records that flow between the pipeline's stages.

Every stage takes and returns these frozen dataclasses, so the pure core (extract, match,
shifts) can be tested without a network or a database, and the shell (pipeline, scheduler,
notify, web) only moves them between I/O and storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

PresenceState = Literal["asserted", "alleged", "hedged", "negated"]
Severity = Literal["alleged", "confirmed"]

#: Presence states from strongest to weakest claim that a signal holds (DESIGN: baseline rule).
STATE_STRENGTH: dict[str, int] = {"asserted": 3, "alleged": 2, "hedged": 1, "negated": 0}


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, with its link already made absolute and canonical."""

    feed: str
    guid: str
    url: str
    canonical_url: str
    title: str = ""
    published: datetime | None = None
    summary: str = ""


@dataclass(frozen=True)
class Page:
    """What the fetcher brought back for one URL (the bytes, undecoded)."""

    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Article:
    """A page reduced to the article's own text: what the matcher reads.

    ``paragraphs`` holds body blocks only (paragraphs, subheads, quotes); the title, byline,
    captions and every kind of boilerplate stay out of it.
    """

    title: str
    paragraphs: tuple[str, ...]
    url: str | None = None
    canonical_url: str | None = None
    published: datetime | None = None
    byline: str | None = None
    language: str | None = None
    kind: Literal["html", "text"] = "html"

    @property
    def text(self) -> str:
        """The body as paragraphs joined by a blank line (the gold-body format)."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Skip:
    """A page that yields no article, and why (``non-html``, ``empty``, ``too-large``, ...)."""

    reason: str
    detail: str = ""


@dataclass(frozen=True)
class Cue:
    """A word or phrase that decided something about a piece of evidence.

    ``kind`` is one of: actor, verb, object, target, context, value, negation, hedge,
    attribution, past. Offsets are into ``Evidence.sentence``.
    """

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """One sentence that speaks to one signal of one topic.

    ``state`` is set for presence signals and ``value`` for value signals (never both).
    ``start``/``end`` are the sentence's offsets in ``Article.text``. ``historical`` marks a
    statement about the past ("has abstained since 2022"): evidence of the state, but it
    opens no shift on its own.
    """

    topic: str
    signal: str
    state: str | None
    value: str | None
    actor: str
    sentence: str
    cues: tuple[Cue, ...] = ()
    start: int = 0
    end: int = 0
    historical: bool = False

    @property
    def label(self) -> str:
        """The state (presence signal) or value (value signal) this evidence holds."""
        return self.value if self.value is not None else (self.state or "")


@dataclass(frozen=True)
class ShiftDecision:
    """What one piece of evidence means against the baseline: a key and a severity."""

    topic: str
    signal: str
    target: str
    severity: Severity
    baseline: str
    evidence: Evidence = field(compare=False)
