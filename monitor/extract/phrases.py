"""Judging one block of text on its own: boilerplate phrases, captions, bylines, bios.

The phrases live in ``boilerplate.toml`` (data, not code) and are compiled once at import.
Both extractors call these predicates, so an HTML page and its text dump are judged alike.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from importlib import resources

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
#: Where a flattened layout glued two labels together: a lower-case letter directly followed
#: by a capital ("Read moreChina abstains", "Sign inSubscribe", "By Ann LeeUpdated May 2").
_SEAM = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # not "watchOS", "iPadOS"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


@dataclass(frozen=True)
class Phrases:
    """The compiled contents of a boilerplate phrase file."""

    exact: frozenset[str]
    patterns: re.Pattern[str]  # the unanchored ones, searched
    start_patterns: re.Pattern[str]  # the ones anchored at the start ("^..."), matched there only
    strip_suffix: tuple[str, ...]
    caption: re.Pattern[str]
    byline: re.Pattern[str]
    bio: re.Pattern[str]
    about: re.Pattern[str]
    call_to_action: re.Pattern[str]
    pattern_max_words: int
    consent: re.Pattern[str]
    consent_max_words: int
    section_end: frozenset[str]
    section_end_patterns: re.Pattern[str]
    stopwords: dict[str, frozenset[str]]
    box_headings: frozenset[str] = frozenset()
    contents_headings: frozenset[str] = frozenset()
    nav_words: frozenset[str] = frozenset()
    rubrics: frozenset[str] = frozenset()
    summary_labels: frozenset[str] = frozenset()
    post_stamp: re.Pattern[str] = re.compile("(?!)")
    letter: re.Pattern[str] = re.compile("(?!)")
    caption_credit: re.Pattern[str] = re.compile("(?!)")
    paywall: re.Pattern[str] = re.compile("(?!)")


def _alternation(items: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in items), flags)


def load(text: str) -> Phrases:
    """Compile a phrase file's TOML text (the packaged one, or a tuned copy in tests)."""
    data = tomllib.loads(text)
    block = data["block"]
    return Phrases(
        exact=frozenset(normalise(x) for x in block["exact"]),
        patterns=_alternation([x for x in block["patterns"] if not x.startswith("^")] or ["(?!)"]),
        start_patterns=_alternation([x[1:] for x in block["patterns"] if x.startswith("^")] or ["(?!)"]),
        strip_suffix=tuple(sorted(block["strip_suffix"], key=len, reverse=True)),
        caption=_alternation(block["caption"]),
        byline=_alternation(block["byline"] + block.get("byline_credit", []), 0),
        bio=_alternation(block["bio"], 0),
        about=_alternation(block["about"], 0),
        call_to_action=_alternation(block.get("call_to_action") or ["(?!)"]),
        pattern_max_words=int(data["limits"]["pattern_max_words"]),
        consent=_alternation(block.get("consent") or ["(?!)"]),
        consent_max_words=int(data["limits"].get("consent_max_words", 0)),
        section_end=frozenset(normalise(x) for x in data["section_end"]["phrases"]),
        section_end_patterns=_alternation(data["section_end"].get("patterns") or ["(?!)"]),
        stopwords={lang: frozenset(words.split()) for lang, words in data["language"].items()},
        box_headings=frozenset(normalise(x) for x in data.get("box", {}).get("headings", [])),
        contents_headings=frozenset(normalise(x) for x in data.get("box", {}).get("contents", [])),
        nav_words=frozenset(x.lower() for x in data.get("header", {}).get("nav", [])),
        rubrics=frozenset(normalise(x) for x in data.get("header", {}).get("rubric", [])),
        summary_labels=frozenset(normalise(x) for x in data.get("box", {}).get("summary", [])),
        post_stamp=_alternation(data.get("live", {}).get("stamp") or ["(?!)"]),
        letter=_alternation(block.get("letter") or ["(?!)"], 0),
        caption_credit=_alternation(block.get("caption_credit") or ["(?!)"], 0),
        paywall=_alternation(data.get("paywall", {}).get("patterns") or ["(?!)"]),
    )


def normalise(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation: the key for exact matches."""
    return _SPACE.sub(" ", text).strip().strip(":.!|›»•·-–—>").strip().lower()


PHRASES = load(resources.files(__package__).joinpath("boilerplate.toml").read_text("utf-8"))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def words(text: str) -> int:
    """Number of words; scripts written without spaces count two characters a word."""
    n = len(_WORD.findall(text))
    cjk = len(_CJK.findall(text)) if n * 8 < len(text) else 0
    return n + cjk // 2


def unglue(text: str) -> str:
    """``text`` with a space at each seam where a flattened layout glued two labels
    ("Europe CorrespondentMarch 8, 2023" -> "Europe Correspondent March 8, 2023")."""
    return _SEAM.sub(" ", text)


def strip_glued(text: str, phrases: Phrases = PHRASES) -> str:
    """Cut a player/button label the template glued onto the end of a paragraph."""
    stripped = text.rstrip()
    changed = True
    while changed:
        changed = False
        for suffix in phrases.strip_suffix:
            if stripped.endswith(suffix) and len(stripped) > len(suffix):
                before = stripped[: -len(suffix)]
                # Only when glued after a sentence end (or a space): "in Play Video" may be prose.
                if before.rstrip()[-1:] in '.!?"”’)' or not before[-1:].isalnum():
                    stripped = before.rstrip()
                    changed = True
    return stripped


def is_boilerplate(text: str, phrases: Phrases = PHRASES) -> bool:
    """A block that on its own reads as template text (menus, prompts, credits, bylines)."""
    key = normalise(text)
    if not key or key in phrases.exact:
        return True
    n = words(text)
    if n <= phrases.consent_max_words and phrases.consent.search(key):
        return True  # a cookie banner, however long
    if n > phrases.pattern_max_words:
        return "lorem ipsum dolor" in key
    if _matches(key, text, phrases):
        return True
    return _glued_label(text, n, phrases)


def _matches(key: str, text: str, phrases: Phrases) -> bool:
    return bool(
        phrases.start_patterns.match(key)
        or phrases.patterns.search(key)
        or phrases.caption.search(key)
        or phrases.byline.match(normalise_keep_case(text))
    )


def _glued_label(text: str, n: int, phrases: Phrases) -> bool:
    """Template labels a text dump glued together without a space: "Read moreChina abstains
    again" (a promo), "Sign inSubscribe for $1", "By Ann LeeUpdated May 2, 2023" (a byline
    row). The line is template when its first glued part is, or when any part is and the
    line is short. A long sentence after a glued label is a paragraph and stays."""
    parts = [p.strip() for p in _SEAM.split(text)]
    if len(parts) < 2:
        return False
    rest = text[len(parts[0]) :]
    if words(rest) >= 20 and _SENTENCE_END.search(rest):
        return False

    def label(part: str) -> bool:
        k = normalise(part)
        return len(k) >= 4 and (k in phrases.exact or _matches(k, part, phrases))

    return label(parts[0]) or (n <= 10 and any(label(p) for p in parts[1:]))


#: A footnote marker glued to the text it annotates: "... barely moved.[1] Beijing", "war[12],",
#: "[3][4]". Only bracketed numbers directly after a letter or punctuation mark count, so a
#: list item "[1] ..." or a year range "[2019]" standing alone stays.
_FOOTNOTE = re.compile(r"(?<=[^\s\[(])(?:\[\d{1,3}(?:[,–-]\d{1,3})*\])+")


def strip_markers(text: str) -> str:
    """``text`` without glued footnote markers ("moved.[1]" -> "moved.")."""
    return _FOOTNOTE.sub("", text) if "[" in text else text


#: A note number glued to the end of a sentence in a text dump, where the superscript lost its
#: markup: "... between the two sides.1 Beijing". Only after a word of three letters or more
#: (or a year) and a punctuation mark, so "No.1", "3.5" and "U.S." stay; see
#: ``strip_note_numbers``.
_NOTE_NUMBER = re.compile(
    r"((?:[^\W\d_]{3}|(?<![\d.,])(?:1[89]|20)\d\d)[.!?,;:][\"”’)]?|[^\W\d_]{3}[\"”’)])([1-9]\d?)(?=\s|$)"
)
_BARE_NUMBER = re.compile(r"^\s*[\[(]?\^?(\d{1,2})[.)\]]?\s*$")


def note_number(line: str) -> int | None:
    """The number of a line that is nothing but a note number ("1", "[2]", "3."), else None."""
    m = _BARE_NUMBER.match(line)
    return int(m[1]) if m else None


def strip_note_numbers(lines: list[str]) -> list[str]:
    """``lines`` without the note numbers glued to their sentences ("sides.1" -> "sides.").

    A digit after a sentence's last word is a note number only when the page numbers its
    notes: the glued numbers run 1, 2, 3 ... in reading order (a note may be cited again),
    and either there are two of them or the notes list below starts with a bare "1" line.
    Otherwise nothing changes ("scored in the 89th minute.2" alone proves nothing)."""
    found: list[tuple[int, int]] = []  # (line, number)
    for i, line in enumerate(lines):
        if any(c.isdigit() for c in line):
            found.extend((i, int(m[2])) for m in _NOTE_NUMBER.finditer(line))
    if not found or found[0][1] != 1:
        return lines
    top = 0
    for _, n in found:
        if n > top + 1:
            return lines
        top = max(top, n)
    first = found[0][0]
    if top < 2 and not any(note_number(ln) == 1 for ln in lines[first + 1 :]):
        return lines
    out = list(lines)
    for i in {i for i, _ in found}:
        out[i] = _NOTE_NUMBER.sub(r"\1", out[i])
    return out


_INITIAL_LINE = re.compile(r"^\s*([^\W\d_])\s*$")
_INITIAL_SPLIT = re.compile(r"^(\s*[\"“‘']?)([^\W\d_]) ([^\W\d_]+)")
_ARTICLE_LETTERS = frozenset("AIOaio")  # letters that are words on their own


def join_initials(lines: list[str]) -> list[str]:
    """Lines with a drop cap put back on its word: a magazine sets a story's first letter in
    its own element, and a dump splits it off ("C" on a line above "hina's envoy ...", or
    "C hina's envoy ..."). The letter joins the fragment after it when the fragment is no
    word elsewhere in the page ("hina" is not; "cells" in "T cells" is) and, for the letters
    that are words themselves (A, I, O), when the joined word is one ("Another")."""
    cands = [i for i, ln in enumerate(lines) if _INITIAL_LINE.match(ln) or _INITIAL_SPLIT.match(ln)]
    if not cands:
        return lines
    vocab = Counter(w.lower() for ln in lines for w in _WORD.findall(ln))
    out = list(lines)
    drop: set[int] = set()

    def fits(letter: str, fragment: str) -> bool:
        frag = _WORD.match(fragment)
        if frag is None or not fragment[:1].islower():
            return False
        word = frag.group().lower()
        if vocab[word] > 1:
            return False
        return letter not in _ARTICLE_LETTERS or vocab[letter.lower() + word] > 0

    for i in cands:
        m = _INITIAL_LINE.match(lines[i])
        if m:
            j = i + 1
            if j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and j not in drop and fits(m[1], lines[j].lstrip()) and m[1].isupper():
                out[j] = m[1] + lines[j].lstrip()
                drop.add(i)
                if j == i + 2:
                    drop.add(i + 1)
            continue
        m = _INITIAL_SPLIT.match(lines[i])
        if m and m[2].isupper() and fits(m[2], m[3]) and words(lines[i]) >= 8:
            out[i] = m[1] + m[2] + lines[i][m.end(2) + 1 :]
    return [ln for i, ln in enumerate(out) if i not in drop]


def is_nav_row(text: str, phrases: Phrases = PHRASES) -> bool:
    """A menu row of a text dump: five words or more, every one a capitalised section name
    ("Latest Politics Ideas Culture Books The Magazine Archive"; a subhead such as "Politics
    and the economy" is not one)."""
    toks = text.split()
    return len(toks) >= 5 and all(t[:1].isupper() or not t[:1].isalpha() for t in toks) and is_nav_words(text, phrases)


def is_nav_words(text: str, phrases: Phrases = PHRASES) -> bool:
    """Every word of ``text`` is a section name ("Business", "World News")."""
    toks = text.lower().split()
    return bool(toks) and all(t.strip(",|·•") in phrases.nav_words for t in toks)


def is_rubric(text: str, phrases: Phrases = PHRASES) -> bool:
    """A magazine's rubric over a title ("Feature", "Essay", "The Long Read") or a menu row."""
    return normalise(text) in phrases.rubrics or is_nav_row(text, phrases)


#: A label over a box or over the story is a word or three, never a sentence.
_LABEL_WORDS = 3
#: A summary box at the top holds at most this many paragraphs before the story's label.
_SUMMARY_PARAGRAPHS = 3


def _label(text: str) -> bool:
    """A short label set on its own ("COMMENTARY", "Synopsis"): no sentence end."""
    return 1 <= words(text) <= _LABEL_WORDS and not text.rstrip().endswith((".", "!", "?", ",", ";"))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def opening_labels(paragraphs: list[str], phrases: Phrases = PHRASES) -> int:
    """How many of the body's first paragraphs are the page's labels, not the story.

    A commentary page labels its text ("COMMENTARY", "Analysis") right above the first
    paragraph, and may set a summary box over it under its own label ("SYNOPSIS", two
    sentences, then "COMMENTARY"). The story label is a rubric word; the box is only
    taken when such a label closes it, so a blog's "Summary" heading over its own opening
    paragraphs (no second label) stays."""
    if not paragraphs or not _label(paragraphs[0]):
        return 0
    if normalise(paragraphs[0]) in phrases.rubrics:
        return 1
    if not (_caps(paragraphs[0]) or normalise(paragraphs[0]) in phrases.summary_labels):
        return 0
    for k in range(1, min(len(paragraphs), _SUMMARY_PARAGRAPHS + 2)):
        if _label(paragraphs[k]):
            return k + 1 if k >= 2 and normalise(paragraphs[k]) in phrases.rubrics else 0
    return 0


#: A turn of an interview set in Q&A form: the speaker's name, a colon, what they said.
_SPEAKER_TURN = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*:\s+\S")


def is_speaker_turn(text: str) -> bool:
    """A turn of a Q&A ("Ann Lee: My pleasure."): a short one closing an interview is still
    the interview's, however little it says."""
    return bool(_SPEAKER_TURN.match(text)) and not is_boilerplate(text)


def is_post_stamp(text: str, phrases: Phrases = PHRASES) -> bool:
    """A live page's post stamp alone on its line ("20.40 GMT", "9:05am")."""
    return bool(phrases.post_stamp.match(normalise(text)))


def is_box_heading(text: str, phrases: Phrases = PHRASES) -> bool:
    """The heading of a summary box ("Key takeaways", "At a glance")."""
    return words(text) <= 6 and normalise(text).rstrip(".…:! ") in phrases.box_headings


def is_contents_heading(text: str, phrases: Phrases = PHRASES) -> bool:
    """The heading of a table of contents ("Contents", "On this page")."""
    return words(text) <= 6 and normalise(text).rstrip(".…:! ") in phrases.contents_headings


def ends_story(text: str, phrases: Phrases = PHRASES) -> bool:
    """A heading such as "Related stories" or "You may also like...": the story is over."""
    if words(text) > 30:
        return False
    key = normalise(text).rstrip(".…:! ")
    if words(text) <= 8 and key in phrases.section_end:
        return True
    # a heading, not a sentence: "5 thoughts on “<headline>”", "Comments (12)"
    return text.rstrip()[-1:] not in ".!?" and bool(
        phrases.section_end_patterns.search(key) or phrases.paywall.search(key)
    )


def is_paywall(text: str, phrases: Phrases = PHRASES) -> bool:
    """A paywall divider ("Keep reading with a free trial", "Subscribe to read the full
    story"): the story ends there, unless its paragraphs go on below (``textdump``)."""
    return words(text) <= 30 and bool(phrases.paywall.search(normalise(text).rstrip(".…:! ")))


def is_caption(text: str, phrases: Phrases = PHRASES) -> bool:
    """A photo caption or credit line (ends with "Image: Reuters." and the like, or with a
    photographer's credit after the caption's last sentence: "... May 2. Agency/Name")."""
    if words(text) > 60:
        return False
    kept = normalise_keep_case(text)
    return bool(phrases.caption.search(kept.lower()) or phrases.caption_credit.search(kept))


def is_byline(text: str, phrases: Phrases = PHRASES) -> bool:
    return words(text) <= 25 and bool(phrases.byline.match(normalise_keep_case(text)))


#: A reader's letter is at most this long.
_LETTER_MAX_WORDS = 250


def is_letter(text: str, phrases: Phrases = PHRASES) -> bool:
    """A reader's letter to the editor printed beside the story ("Sir, — ... — A. NAME,
    Town"): the readers' view of the news, not the story's text."""
    return words(text) <= _LETTER_MAX_WORDS and bool(phrases.letter.search(normalise_keep_case(text)))


def is_bio(text: str, phrases: Phrases = PHRASES) -> bool:
    """An author bio ("Kris Osborn is the Defense Editor for ...")."""
    return words(text) <= 150 and bool(phrases.bio.match(normalise_keep_case(text)))


def is_about(text: str, phrases: Phrases = PHRASES) -> bool:
    """A press release's closing boilerplate: an "About <Company>" heading or the company
    description under it ("Acme is a global provider of ...", "Acme is headquartered in ...")."""
    return words(text) <= 150 and bool(phrases.about.search(normalise_keep_case(text)))


def is_call_to_action(text: str, phrases: Phrases = PHRASES) -> bool:
    """A sign-up prompt or button closing a box ("Subscribe", "Sign up", "Email address")."""
    return words(text) <= 25 and bool(phrases.call_to_action.search(normalise(" ".join(_SEAM.split(text)))))


_CLAUSE_SPLIT = re.compile(r"[.!?;:,()\[\]\"“”‘’«»—–…]+|\s'|'\s")


def clauses(text: str) -> list[str]:
    """A block's clauses of three words or more, lower-cased: the unit pull quotes repeat."""
    out = []
    for part in _CLAUSE_SPLIT.split(text):
        key = " ".join(part.lower().split())
        if key.count(" ") >= 2:
            out.append(key)
    return out


def repeats(texts: list[str], prose: list[bool], candidates: list[int] | None = None) -> set[int]:
    """Indices of blocks that repeat part of a longer prose block: a pull quote ("“We will
    not retreat,” she said" printed large beside the paragraph that says it) or a teaser
    of a paragraph. A block counts when all its clauses (one of four words or more) appear
    in one other, longer prose block. Linear in the text: clauses are looked up, not searched.
    """
    sizes = [words(t) for t in texts]
    todo = [i for i in (range(len(texts)) if candidates is None else candidates) if 6 <= sizes[i] <= 60]
    if not todo:
        return _contained(texts, prose, sizes, [], candidates)
    split = {i: clauses(texts[i]) for i in todo}
    where: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        if prose[i]:
            for c in split[i] if i in split else clauses(text):
                where.setdefault(c, set()).add(i)
    out: set[int] = set()
    for i in todo:
        n, mine = sizes[i], split[i]
        if not mine or max(c.count(" ") for c in mine) < 3:
            continue
        common: set[int] | None = None
        for c in mine:
            found = where.get(c, set()) - {i}
            common = found if common is None else common & found
            if not common:
                break
        if common and any(sizes[k] > n for k in common):
            out.add(i)
    out |= _quoted_copies(texts, sizes, candidates)
    return out | _contained(texts, prose, sizes, [i for i in todo if i not in out], candidates)


#: A block set entirely in quotation marks ("“...”"), a closing full stop allowed after them.
_QUOTED = re.compile(r"^[\"“‘«].*[\"”’»][.!?]?$", re.DOTALL)


def _quoted_copies(texts: list[str], sizes: list[int], candidates: list[int] | None) -> set[int]:
    """Pull quotes that repeat a whole block word for word, set in quotation marks ("“The
    talks failed.”" beside the paragraph "The talks failed."): the block not in quotation
    marks is the story's, the quoted copy is the layout's."""
    plain: dict[str, int] = {}
    for k, text in enumerate(texts):
        if not _QUOTED.match(text.strip()):
            plain.setdefault(_word_key(text), k)
    out: set[int] = set()
    for i in range(len(texts)) if candidates is None else candidates:
        text = texts[i].strip()
        if sizes[i] >= 4 and _QUOTED.match(text) and plain.get(_word_key(text), i) != i:
            out.add(i)
    return out


_NON_WORD = re.compile(r"\W+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")


def _word_key(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def _contained(
    texts: list[str], prose: list[bool], sizes: list[int], todo: list[int], candidates: list[int] | None
) -> set[int]:
    """Pull quotes the clause lookup misses: the quote starts inside a clause ("... and Li
    did not use the word once" printed as "Li did not use the word once."), or is one short
    sentence (four or five words) that a longer paragraph holds as a whole sentence."""
    short = [
        i
        for i in (range(len(texts)) if candidates is None else candidates)
        if 4 <= sizes[i] < 6 and texts[i].rstrip("\"”’)]")[-1:] in ".!?"
    ]
    if not todo and not short:
        return set()
    long_idx = [k for k in range(len(texts)) if prose[k]]
    keys = [f" {_word_key(texts[k])} " for k in long_idx]
    joined = "\n".join(keys)
    starts: list[int] = []
    pos = 0
    for key in keys:
        starts.append(pos)
        pos += len(key) + 1
    out: set[int] = set()
    for i in todo:
        key = _word_key(texts[i])
        if key.count(" ") < 3:
            continue
        at = joined.find(f" {key} ")
        while at >= 0:
            k = long_idx[bisect_right(starts, at) - 1]
            if k != i and sizes[k] > sizes[i]:
                out.add(i)
                break
            at = joined.find(f" {key} ", at + 1)
    for i in short:
        key = _word_key(texts[i])
        at = joined.find(f" {key} ")
        if at < 0:
            continue
        for k in long_idx:
            if k != i and sizes[k] > sizes[i] + 3 and any(_word_key(s) == key for s in _SENTENCE_SPLIT.split(texts[k])):
                out.add(i)
                break
    return out


def normalise_keep_case(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def guess_language(text: str, phrases: Phrases = PHRASES) -> str | None:
    """The language whose common words cover most of ``text``; None when nothing fits."""
    tokens = [t.lower() for t in _WORD.findall(text[:20_000])]
    if len(tokens) < 20:
        return None
    best, best_share = None, 0.0
    for lang, stop in phrases.stopwords.items():
        share = sum(1 for t in tokens if t in stop) / len(tokens)
        if share > best_share:
            best, best_share = lang, share
    return best if best_share >= 0.12 else None
