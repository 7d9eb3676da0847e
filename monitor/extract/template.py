"""Per-outlet templates: blocks that recur across an outlet's pages are its boilerplate.

One page cannot tell "Sign up for our weekly newsletter on China and the world." from a
sentence of the story; ten pages of the same outlet can, because the story changes and the
template does not. An ``OutletTemplate`` counts, for each block fingerprint, on how many of
the outlet's pages it appeared. It is pure data: the pipeline stores ``to_json()`` per outlet
and passes it back in; nothing here does I/O.

Fingerprints are short hashes of the normalised block text with digits folded
("Comments (4)" and "Comments (12)" are one block), so the stored template stays small and
holds no article text. The table is bounded: past ``MAX_ENTRIES`` the blocks seen on one page
only are forgotten first.

A recurring block is boilerplate when it appeared on at least ``MIN_PAGES`` pages and on a
``MIN_SHARE`` of them. Long blocks need one page more: an outlet that republishes an updated
story repeats its paragraphs on two pages, and those must survive.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

MIN_PAGES = 2
MIN_SHARE = 0.3
LONG_BLOCK_WORDS = 40
MAX_ENTRIES = 5000
VERSION = 1


def fingerprint(text: str) -> str:
    """A 12-hex-digit key for a block: case, spacing and numbers do not matter."""
    norm = _DIGITS.sub("0", _SPACE.sub(" ", text).strip().lower())
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=6).hexdigest()


@dataclass
class OutletTemplate:
    """How often each block fingerprint occurred across the pages of one outlet."""

    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    long: set[str] = field(default_factory=set)

    def add_page(self, blocks: list[str]) -> OutletTemplate:
        """A new template with one more page's blocks counted (each block once a page)."""
        counts = dict(self.counts)
        long = set(self.long)
        page: dict[str, str] = {}
        for text in blocks:
            page.setdefault(fingerprint(text), text)
        for key, text in page.items():
            counts[key] = counts.get(key, 0) + 1
            if len(_WORD.findall(text)) > LONG_BLOCK_WORDS:
                long.add(key)
        if len(counts) > MAX_ENTRIES:
            ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:MAX_ENTRIES]
            counts = dict(ranked)
            long &= counts.keys()
        return OutletTemplate(pages=self.pages + 1, counts=counts, long=long)

    def occurrences(self, text: str) -> int:
        return self.counts.get(fingerprint(text), 0)

    def is_boilerplate(self, text: str) -> bool:
        """True when ``text`` recurs across enough of the outlet's pages to be template."""
        key = fingerprint(text)
        n = self.counts.get(key, 0)
        needed = MIN_PAGES + (1 if key in self.long else 0)
        return n >= needed and n >= MIN_SHARE * self.pages

    def to_dict(self) -> dict[str, object]:
        return {"version": VERSION, "pages": self.pages, "counts": self.counts, "long": sorted(self.long)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> OutletTemplate:
        """Read ``to_dict`` output; an unknown version or a bad shape gives an empty template."""
        counts = data.get("counts")
        pages = data.get("pages")
        long = data.get("long", [])
        if (
            data.get("version") != VERSION
            or not isinstance(counts, dict)
            or not isinstance(pages, int)
            or not isinstance(long, list)
        ):
            return cls()
        return cls(
            pages=pages,
            counts={str(k): int(v) for k, v in counts.items() if isinstance(v, int)},
            long={str(x) for x in long},
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, s: str) -> OutletTemplate:
        try:
            data = json.loads(s)
        except ValueError:
            return cls()
        return cls.from_dict(data) if isinstance(data, dict) else cls()
