"""Sentences, tokens and lemmas shared by rule compilation and matching.

Rules and articles go through the same normaliser, so a rule term matches every inflection of
itself: ``supplied`` -> ``supply``, ``were shipping`` -> ``be ship``.  Lemmas come from simplemma
(a lookup lemmatiser with no model to download), sentences from pysbd.  Both are only run where
they are needed: lemmas are cached per word form, and pysbd only sees paragraphs that hold more
than one sentence candidate.

Special lemmas: four-digit years become ``<year>`` and month names ``<month>``, so cue lists can
say "in <month>" or "since <year>".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd
import simplemma

__all__ = [
    "Tokens",
    "lemma",
    "lemmatize_phrase",
    "pysbd_spans",
    "sentence_spans",
    "tokenize",
]

# U.S. / U.N. abbreviations; word-internal hyphens; "n't" and "'s" split off; any other symbol.
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\w+(?=n['’]t\b)"
    r"|n['’]t\b"
    r"|['’]s\b"
    r"|\w+(?:[-‑]\w+)*"
    r"|[^\w\s]"
)

_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
# Word forms that simplemma folds into something else that matters here ("US" -> "we").
_FIXED = {
    "is": "be",
    "am": "be",
    "us": "us",
    "u.s.": "u.s.",
    "u.n.": "u.n.",
    "n't": "not",
    "n’t": "not",
    "’s": "'s",
    "arms": "arms",
    "'s": "'s",
    "its": "its",
    "data": "data",
    "news": "news",
    "talks": "talks",
    "forces": "force",
    "ties": "tie",
    "parts": "part",
    "remains": "remain",
    "may": "may",
    "will": "will",
    "might": "might",
    "can": "can",
    "could": "could",
    "would": "would",
    "should": "should",
    "must": "must",
    "shall": "shall",
    "left": "leave",
    "saw": "see",
    "lay": "lie",
    "united": "united",
    "nations": "nations",
    "states": "states",
    "limits": "limit",
    "chinese": "chinese",
    "russian": "russian",
    "means": "means",
    "lethal": "lethal",
    "dual-use": "dual-use",
    "wound": "wound",
    "shelling": "shelling",
    "briefing": "briefing",
    # past forms the lookup table gets wrong
    "shied": "shy",
    "swore": "swear",
    "broke": "break",
}
_QUOTES = frozenset('"“”')


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The normal form of one word: lower case, lemmatised, years and months folded."""
    low = word.lower().replace("’", "'")
    if word == "May":
        return "<month>"
    if low in _FIXED:
        return _FIXED[low]
    if len(low) == 4 and low.isdigit() and low[:2] in ("19", "20"):
        return "<year>"
    if low.rstrip(".") in _MONTHS and (word[:1].isupper() or low == "may."):
        return "<month>"
    if not low[:1].isalpha() or len(low) < 3:
        return low
    out = str(simplemma.lemmatize(low, lang="en"))
    if out == low and low.endswith("ing") and len(low) > 6 and "-" not in low:
        # forms the lookup table lacks ("handling", "barring", "mediating"): undo -ing
        stem = low[:-3]
        doubled = stem[-1:] == stem[-2:-1] and stem[-1:] not in "lsz"
        for cand in (stem[:-1], stem) if doubled else (stem + "e", stem):
            if cand and simplemma.is_known(cand, lang="en"):
                return cand
    return out


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text cut into tokens: parallel tuples of surface form, lemma and offsets."""

    text: str
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quoted: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.words)

    def lemma_line(self) -> tuple[str, list[int]]:
        """The lemmas joined as ``" a b c "`` and, per character, the index of its token.

        Double quotes are left out, so a term reads through them: 'avoid the word "invasion"'
        holds "word invasion" as '"no limits" partnership' holds "no limit partnership"."""
        parts: list[str] = [" "]
        owner: list[int] = [-1]
        for i, lem in enumerate(self.lemmas):
            if self.words[i] in _QUOTES:
                continue
            parts.append(lem)
            owner.extend([i] * len(lem))
            parts.append(" ")
            owner.append(-1)
        return "".join(parts), owner


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Tokens of ``text``; offsets are shifted by ``offset`` (for a paragraph in an article)."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quoted: list[bool] = []
    inside = False
    for m in _TOKEN_RE.finditer(text):
        w = m.group()
        if w in _QUOTES:
            if w == "“":
                inside = True
            elif w == "”":
                inside = False
            else:
                inside = not inside
        words.append(w)
        starts.append(m.start() + offset)
        ends.append(m.end() + offset)
        quoted.append(inside)
    return Tokens(
        text=text,
        words=tuple(words),
        lemmas=tuple(lemma(w) for w in words),
        starts=tuple(starts),
        ends=tuple(ends),
        quoted=tuple(quoted),
    )


_PLACEHOLDER = re.compile(r"<(year|month)>")


def lemmatize_phrase(phrase: str) -> tuple[str, ...]:
    """A rule term in the normal form the matcher compares against (``<year>`` kept)."""
    out: list[str] = []
    for i, piece in enumerate(_PLACEHOLDER.split(phrase)):
        if i % 2:
            out.append(f"<{piece}>")
        else:
            out.extend(tokenize(piece).lemmas)
    return tuple(out)


_SEGMENTER = pysbd.Segmenter(language="en", clean=False)
# A place where a sentence could end: . ! ? (maybe closing quotes) then space and an upper case
# letter, a digit or an opening quote.
# A footnote marker may follow the end: 'when necessary".[5] Beijing', "... in 2022.¹ The".
_FOOTNOTE = r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
# In text dumps a footnote is often a bare number glued to the end: "the two sides.1 Beijing",
# 'as "the crisis."2 Since' (after a word's period or a closing quote, never after a digit).
_BARE_NOTE = r"(?:(?<=[a-z)][.!?])|(?<=[.!?][\"'”’]))(?P<fn>\d{1,2})(?=[\"'”’)]*\s+[\"“‘(]?[A-Z])"
_MAYBE_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?:" + _FOOTNOTE + r"|" + _BARE_NOTE + r")?[\"'”’)]*(\s+)(?=[\"“‘(\[]?[A-Z0-9])"
)
# A sure end inside a span pysbd left whole: punctuation, a footnote marker, a capital.
_FOOTNOTE_END = re.compile(r"[.!?][\"'”’)]*(?:" + _FOOTNOTE + r"|" + _BARE_NOTE + r")[\"'”’)]*(\s+)(?=[\"“‘(]?[A-Z])")
# ... and one that ends the paragraph: "exactly as it did in March.2"
_LAST_NOTE = re.compile(r"(?:(?<=[a-z)][.!?])|(?<=[.!?][\"'”’]))\d{1,2}\s*$")
# Abbreviations that never end a sentence before a capital ("Mr. Wang", "Feb. 24").
_NEVER_LAST = frozenset(
    "mr mrs ms dr gen sen rep gov lt col capt maj sgt st prof rev hon pres adm cmdr ft mt "
    "vs v jr sr e.g i.e approx".split()
)
# ... and those that do not end one before a number ("No. 5", "Feb. 24").
_BEFORE_NUMBER = frozenset("no nos fig est jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may or may not end one ("... the U.S. The next ..."): ask pysbd.
_AMBIGUOUS = frozenset("inc corp co ltd etc al bros".split())


def _fast_spans(paragraph: str) -> list[tuple[int, int]] | None:
    """Split at sure boundaries; None when one of them is ambiguous (left to pysbd)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _MAYBE_END.finditer(paragraph):
        end = m.start(2)
        if m.group("fn"):
            end = m.start("fn")  # the footnote number belongs to no sentence
        if paragraph[m.start()] == ".":
            word = paragraph[: m.start()].rsplit(None, 1)[-1].lstrip("\"'“‘([").lower()
            if word in _NEVER_LAST or (len(word) == 1 and word.isalpha()):
                continue
            if m.group("fn") and word.rstrip(".") in _BEFORE_NUMBER:
                continue  # "No.1 Bank": a number, no footnote
            if word in _BEFORE_NUMBER and paragraph[m.end() : m.end() + 1].isdigit():
                continue
            if word in _AMBIGUOUS or "." in word:
                return None
        spans.extend(_trim(paragraph, start, end))
        start = m.end()
    spans.extend(_trim(paragraph, start, len(paragraph)))
    return spans


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (leading/trailing space trimmed).

    Measured on the stance-dev and seed bodies, pysbd costs about 3 ms a paragraph, more than
    the rest of matching together; so sure boundaries are split here, and pysbd (made for
    the hard cases: "U.S.", "Inc.", initials) decides the paragraphs that have an ambiguous
    one.
    """
    fast = _fast_spans(paragraph)
    if fast is None:
        fast = _footnote_split(paragraph, pysbd_spans(paragraph))
    for k, (start, end) in enumerate(fast):
        if paragraph[end - 1].isdigit():  # "... in March.2" at the end of the paragraph
            note = _LAST_NOTE.search(paragraph[:end], start)
            if note is not None and note.start() > start:
                fast[k] = (start, note.start())
    return fast


def _footnote_split(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split pysbd's spans at footnote-marked ends it left whole."""
    if "[" not in paragraph and not any(c in paragraph for c in "¹²³⁴⁵⁶⁷⁸⁹⁰") and not _HAS_DIGIT_END.search(paragraph):
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _FOOTNOTE_END.finditer(paragraph, start, end):
            out.extend(_trim(paragraph, start, m.start("fn") if m.group("fn") else m.start(2)))
            start = m.end()
        out.extend(_trim(paragraph, start, end))
    return out


_HAS_DIGIT_END = re.compile(r"[.!?][\"'”’]?\d")


def pysbd_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans by pysbd alone."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sent in _SEGMENTER.segment(paragraph):
        piece = str(sent).strip()
        if not piece:
            continue
        at = paragraph.find(piece, pos)
        if at < 0:  # pysbd changed the text; fall back to the rest of the paragraph
            spans.extend(_trim(paragraph, pos, len(paragraph)))
            return spans
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    return spans


def _trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []
