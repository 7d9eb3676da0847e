"""Print-layout text dumps: hard-wrapped column lines put back into paragraphs.

An e-paper or PDF text export keeps the printed page's line breaks: every paragraph is cut
into column-width lines, words are split at line ends by print hyphenation ("sanc-" /
"tions") or at their own hyphen ("European-" / "backed"), and layout notes sit between the
lines (a column break marker, a page's running head). Each such line on its own looks like
a short fragment, so the line classifier would see no prose at all. This module:

* recognises such a dump by its wrap pairs (a line ending mid-sentence followed by a line
  going on in lower case) — a web page's dump keeps one paragraph a line and has almost none;
* drops column break markers (the patterns are data: ``[layout]`` in ``boilerplate.toml``);
* joins the lines of one paragraph, where a paragraph ends at a blank line, at an indented
  line (when the dump indents its paragraphs), at a line outside the column's width, at a
  line in capitals (kicker, byline) and at a layout line (jump line, running head);
* undoes end-of-line hyphenation with a word-frequency list (``wordfreq``) and the
  document's own vocabulary: "sanc-"+"tions" is "sanctions", "European-"+"backed" keeps its
  hyphen because both halves are words and the joined form is not one.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A line ending inside a sentence: a letter, digit, comma, hyphen or an opening quote.
_OPEN_END = re.compile(r"[\w,;\-–—(\"“‘]$")
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])-$")
_LOWER_START = re.compile(r"^[\"“‘(]?[a-z]")
#: Wrap pairs needed, absolute and as a share of the dump's lines of words, to call it hard-wrapped.
_MIN_WRAPS = 4
_MIN_WRAP_SHARE = 0.2
#: A line is a column line when its length is within these shares of the column width.
_COLUMN_MIN = 0.5
_COLUMN_SLACK = 1.1
#: Word frequencies (Zipf scale) deciding a split word: a joined form this common is a word.
_ZIPF_WORD = 3.0
#: Both halves this common (and the joined form rarer): a compound keeping its hyphen.
_ZIPF_HALF = 3.0


@dataclass(frozen=True)
class Layout:
    """The layout patterns of ``boilerplate.toml``: what a printed page puts between lines."""

    column_break: re.Pattern[str]
    jump: re.Pattern[str]
    jump_in: re.Pattern[str]


def _alternation(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in items) or "(?!)", re.IGNORECASE)


def load_layout(text: str) -> Layout:
    """Compile the ``[layout]`` table of a phrase file."""
    data = tomllib.loads(text).get("layout", {})
    jump_in = data.get("jump_in", [])
    return Layout(
        column_break=_alternation(data.get("column_break", [])),
        jump=_alternation(data.get("jump_out", []) + jump_in),
        jump_in=_alternation(jump_in),
    )


LAYOUT = load_layout(resources.files(__package__).joinpath("boilerplate.toml").read_text("utf-8"))


def is_column_break(line: str, layout: Layout = LAYOUT) -> bool:
    """A column or page break marker the export left between two lines ("[col. 2]")."""
    return bool(layout.column_break.fullmatch(line.strip()))


def is_jump(line: str, layout: Layout = LAYOUT) -> bool:
    """A jump line sending the reader to the rest of the story ("Continued on Page 7")."""
    return bool(layout.jump.fullmatch(" ".join(line.split())))


def is_jump_in(line: str, layout: Layout = LAYOUT) -> bool:
    """The jump line where a story resumes on a later page ("Continued from Page 1")."""
    return bool(layout.jump_in.fullmatch(" ".join(line.split())))


def is_running_head(raw: str) -> bool:
    """A page's running head or a table row: fields set apart by wide runs of spaces
    ("PAGE 7    WORLD    THE COURIER    MAY 2, 2024"); prose never has such gaps."""
    return len(re.findall(r"\S {3,}(?=\S)", raw.strip())) >= 2


def is_caps(line: str) -> bool:
    """A line in capitals (a kicker, a byline, a section heading), not a sentence."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _wrap_pair(line: str, nxt: str) -> bool:
    """``line`` breaks off mid-sentence and ``nxt`` carries on in lower case."""
    a, b = line.strip(), nxt.strip()
    return bool(a and b and _OPEN_END.search(a) and _LOWER_START.match(b)) and not is_caps(a)


def hard_wrapped(lines: list[str]) -> bool:
    """Is this dump cut into column-width lines (see the module docstring)?"""
    wordy = [ln for ln in lines if len(ln.split()) >= 3]
    if len(wordy) < _MIN_WRAPS * 2:
        return False
    # a wrap pair's second line starts in lower case: test that cheap condition first
    nexts = zip(lines, lines[1:], strict=False)
    pairs = sum(_wrap_pair(a, b) for a, b in nexts if any(c.islower() for c in b.lstrip()[:2]))
    return pairs >= _MIN_WRAPS and pairs >= _MIN_WRAP_SHARE * len(wordy)


def _column_width(lines: list[str]) -> int:
    """The printed column's width: the usual length of a line that wraps onto the next."""
    widths = sorted(len(a.strip()) for a, b in zip(lines, lines[1:], strict=False) if _wrap_pair(a, b))
    return widths[int(len(widths) * 0.9)] if widths else 0


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def _indents_paragraphs(lines: list[str]) -> bool:
    """Does the dump mark paragraph starts by indenting them? Continuation lines are not
    indented, and several lines are."""
    conts = [b for a, b in zip(lines, lines[1:], strict=False) if _wrap_pair(a, b)]
    indented = sum(1 for ln in lines if ln.strip() and _indent(ln) >= 2)
    return indented >= 2 and sum(_indent(b) >= 2 for b in conts) * 4 < len(conts)


@lru_cache(maxsize=1)
def _zipf() -> Callable[[str, str], float] | None:
    """wordfreq's Zipf frequency, loaded on first use (a print dump is rare)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a pinned dependency; the vocabulary still decides
        return None
    return zipf_frequency


def _frequency(word: str, language: str) -> float:
    zipf = _zipf()
    if zipf is None:
        return 0.0
    try:
        return float(zipf(word.lower(), language))
    except LookupError:  # a language wordfreq does not know
        return 0.0


def join_split_word(head: str, tail: str, vocab: Counter[str], language: str | None) -> str:
    """``head`` ending in "-" glued to ``tail``: with the hyphen kept or dropped.

    The page's own words decide first (the joined word or the hyphenated compound used
    elsewhere in the dump); then word frequencies: a common joined form is a word split
    by print hyphenation ("sanc-tions"); two common halves whose joined form is rare are a
    compound ("European-backed"); anything else, a name or a rare word ("Kys-lytsya"), was
    hyphenated by the printer. A capital or digit after the hyphen keeps it ("anti-EU")."""
    left = _WORD.findall(head)
    right = _WORD.match(tail)
    if not left or right is None or not tail[:1].islower() or not head[-2:-1].isalpha():
        return head + tail
    a, b = left[-1], right.group()
    joined = (a + b).lower()
    if vocab[joined]:
        return head[:-1] + tail
    if vocab[f"{a}-{b}".lower()]:
        return head + tail
    lang = language or "en"
    if _frequency(re.sub(r"['’]s$", "", joined), lang) >= _ZIPF_WORD:
        return head[:-1] + tail
    if min(_frequency(a, lang), _frequency(b, lang)) >= _ZIPF_HALF:
        return head + tail
    return head[:-1] + tail


def _vocabulary(lines: list[str]) -> Counter[str]:
    """The dump's words and hyphenated compounds, lower-cased, leaving out the halves of
    words split at a line end (so a split word does not vouch for itself)."""
    vocab: Counter[str] = Counter()
    split_before = False  # the line above ended in a hyphen
    for line in lines:
        toks = line.split()
        split_after = bool(toks) and bool(_HYPHEN_END.search(toks[-1]))
        for tok in toks[int(split_before) : len(toks) - int(split_after)]:
            vocab[tok.strip(".,;:!?\"“”‘’()").lower()] += 1
            vocab.update(w.lower() for w in _WORD.findall(tok))
        split_before = split_after if toks else split_before
    return vocab


def _breaks_before(prev: str, raw: str, width: int, indents: bool, layout: Layout) -> bool:
    """Does a new block start at ``raw``, the line after ``prev`` (both non-blank)?"""
    a, b = prev.strip(), raw.strip()
    if any(is_caps(x) or is_jump(x, layout) or is_running_head(x) for x in (a, b)):
        return True
    if not _COLUMN_MIN * width <= len(a) <= _COLUMN_SLACK * width or len(b) > _COLUMN_SLACK * width:
        return True
    if _wrap_pair(a, b):
        return False
    if indents:
        return _indent(raw) >= 2
    return not _OPEN_END.search(a)


def reflow(
    lines: list[str], language: Callable[[], str | None] | None = None, layout: Layout = LAYOUT
) -> tuple[list[str], bool]:
    """``lines`` with each wrapped paragraph on one line, and whether the dump was
    hard-wrapped (unchanged if not); column break markers go in any case. ``language``
    names the dump's language, asked only for a hard-wrapped dump (it reads the whole text)."""
    # a marker is short and bracketed: only such lines are matched
    kept = [ln for ln in lines if len(ln) > 40 or not ("[" in ln or "(" in ln) or not is_column_break(ln, layout)]
    if not hard_wrapped(kept):
        return (kept if len(kept) != len(lines) else lines), False
    width = _column_width(kept)
    indents = _indents_paragraphs(kept)
    vocab = _vocabulary(kept)
    lang = language() if language is not None else None
    out: list[str] = []
    prev: str | None = None  # the last raw line joined into out[-1]
    for raw in kept:
        if not raw.strip():
            out.append(raw)
            prev = None
            continue
        if prev is None or _breaks_before(prev, raw, width, indents, layout):
            out.append(raw.rstrip())
        else:
            head, tail = out[-1].rstrip(), raw.strip()
            out[-1] = join_split_word(head, tail, vocab, lang) if _HYPHEN_END.search(head) else f"{head} {tail}"
        prev = raw
    return out, True
