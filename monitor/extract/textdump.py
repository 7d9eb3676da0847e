"""Plain-text page dumps: a saved page as text, one block a line, no markup left.

Without markup, only the text itself tells story from template, and it tells a lot:

* story lines are long and shaped like sentences (capital start, end punctuation);
* navigation, related lists and link lists come as runs of bullets, numbers or short lines;
* template lines repeat (author names twice, "By Fortune Editors" under every teaser), and
  known phrases mark prompts, credits and footers (``boilerplate.toml``);
* the story is one dense stretch: the extractor takes the stretch of lines with the best
  balance of prose over boilerplate (a maximum-sum segment), then keeps its prose lines and
  the subheads that sit between prose lines;
* boxes inside the story (a short heading and pitch above a "Subscribe" call to action),
  pull quotes (a line repeating part of a longer one) and a closing author box are dropped;
* the headline is the first headline-shaped line after the last piece of site furniture
  above the byline or dateline (not the site's tagline or a "Breaking:" ticker).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from . import phrases, reflow
from .template import OutletTemplate

_BULLET = re.compile(r"^\s*(?:[•·▪◦●■□➤►»›>*+\-–—]|\d{1,2}[.)])\s+")
#: A numbered item ("1. ", "2) "): a list entry, or a numbered section of a story.
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
#: A numbered line this long, ending a sentence, is a numbered section of the story (a
#: newsletter's "1. Beijing votes no. China voted against ..."), not a list entry.
_NUMBERED_PROSE_WORDS = 25
#: ... and once one of a series is, the series' shorter sections down to this length are too.
_NUMBERED_SERIES_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[\"”’]$")
_MENU = re.compile(r"\s[|›»/]\s|\s·\s")
_MONTHS = ("january february march april may june july august september october november december").split()
_DATE = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d\d)\s*(?P<ampm>[ap]\.?m\.?)?)?"
    # day first: "21 March 2023, 17:45 GMT"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+"
    r"(?P<year2>(?:19|20)\d\d)(?:,?\s+(?:at\s+)?(?P<hour2>\d{1,2}):(?P<minute2>\d\d)\s*(?P<ampm2>[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
#: A sentence leading into a quotation set below it ("..., put it this way in April:").
_LEAD_IN = re.compile(r"\w[\"”’)]?:$")
_BY = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)


class Role(Enum):
    """What one line is, judged on its own and against the rest of the dump."""

    PROSE = "prose"  # a paragraph of the story, most likely
    SENTENCE = "sentence"  # a short sentence: story text when it sits among prose
    SHORT = "short"  # a short line without end punctuation: subhead or template
    BOILER = "boiler"  # template: bullet, phrase, caption, repeated line, learned
    BLANK = "blank"


@dataclass(frozen=True)
class Line:
    text: str
    role: Role
    words: int


@dataclass(frozen=True)
class TextResult:
    title: str
    paragraphs: tuple[str, ...]
    byline: str | None
    published: datetime | None
    language: str | None


def _weight(line: Line) -> float:
    """How much a line pulls the story stretch towards itself (or pushes it away)."""
    if line.role is Role.PROSE:
        return float(min(line.words, 80))
    if line.role is Role.SENTENCE:
        return 2.0
    if line.role is Role.SHORT:
        return -1.0
    if line.role is Role.BOILER:
        return -float(min(line.words, 40) + 3)
    return 0.0


def _numbered_prose(raw: str, text: str, n: int, min_words: int = _NUMBERED_PROSE_WORDS) -> bool:
    """A numbered paragraph of the story: long, several sentences, ending one."""
    return bool(
        _NUMBERED.match(raw)
        and n >= min_words
        and _SENTENCE_END.search(text)
        and len(re.findall(r"[.!?][\"”’)]?\s+[A-Z\"“‘]", text)) >= 1
    )


def _numbered_series(raw_lines: list[str], texts: list[str]) -> int:
    """How long a numbered line must be to count as a section of the story.

    A newsletter numbers its sections ("1. The money. China has ..."); the first long ones
    prove the series is prose, and then a shorter section of the same series ("3. The war.
    Officials claim ...") is prose too, where alone it could be a list entry."""
    series = any(_numbered_prose(r, t, phrases.words(t)) for r, t in zip(raw_lines, texts, strict=True) if t)
    return _NUMBERED_SERIES_WORDS if series else _NUMBERED_PROSE_WORDS


def classify(raw_lines: list[str], template: OutletTemplate | None) -> list[Line]:
    """Give every line a role (see ``Role``)."""
    texts = [phrases.strip_markers(phrases.strip_glued(" ".join(r.split()))) for r in raw_lines]
    counts = Counter(phrases.normalise(t) for t in texts if t)
    last_index = {phrases.normalise(t): i for i, t in enumerate(texts) if t}
    numbered_words = _numbered_series(raw_lines, texts)
    out: list[Line] = []
    for i, (raw, text) in enumerate(zip(raw_lines, texts, strict=True)):
        if not text:
            out.append(Line("", Role.BLANK, 0))
            continue
        n = phrases.words(text)
        key = phrases.normalise(text)
        repeated = counts[key] > 1
        if (
            (_BULLET.match(raw) and not _numbered_prose(raw, text, n, numbered_words))
            or phrases.is_boilerplate(text)
            or phrases.is_caption(text)
            or (template is not None and template.is_boilerplate(text))
            or (repeated and n < 12)
            or (repeated and last_index[key] != i)
            or phrases.is_nav_row(text)
        ):  # a dek repeated later: keep the later
            role = Role.BOILER
        elif (_SENTENCE_END.search(text) or _LEAD_IN.search(text)) and n >= 12 or n >= 30:
            role = Role.PROSE
        elif (
            (_SENTENCE_END.search(text) and n >= 4 or _LEAD_IN.search(text) and n >= 6)
            and text[0].isupper() | (text[0] in "\"“‘'")
        ):
            role = Role.SENTENCE
        else:
            role = Role.SHORT
        out.append(Line(text, role, n))
    return out


def story_span(lines: list[Line]) -> tuple[int, int]:
    """The [start, end) stretch of lines with the largest total weight (Kadane)."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, line in enumerate(lines):
        if run <= 0:
            run, start = 0.0, i
        run += _weight(line)
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


#: A stretch of story split off the main one only by a line or two of short template (an
#: "Also Read: <headline>" link, a player label, an ad slot) is the same story: joined when
#: it opens with a paragraph and holds at least this much prose.
_JOIN_GAP_LINES = 2
_JOIN_GAP_WORDS = 12
_JOIN_MIN_PROSE = 2
_JOIN_MIN_WEIGHT = 20.0


def join_stretches(lines: list[Line], span: tuple[int, int]) -> tuple[int, int]:
    """Extend the span over later stretches of story split off by short template lines."""
    lo, hi = span
    while True:
        j, gap = hi, 0
        while j < len(lines) and lines[j].role is not Role.PROSE:
            line = lines[j]
            if line.role is not Role.BLANK:
                if (
                    line.role is not Role.BOILER
                    or line.words > _JOIN_GAP_WORDS
                    or gap >= _JOIN_GAP_LINES
                    or phrases.ends_story(line.text)
                    or phrases.is_call_to_action(line.text)
                ):
                    return lo, hi
                gap += 1
            j += 1
        if j >= len(lines) or not gap:
            return lo, hi
        run = best = 0.0
        end = j
        prose = best_prose = 0
        for k in range(j, len(lines)):
            if phrases.ends_story(lines[k].text):
                break
            run += _weight(lines[k])
            prose += lines[k].role is Role.PROSE
            if run <= 0:
                break
            if run > best:
                best, end, best_prose = run, k + 1, prose
        if best < _JOIN_MIN_WEIGHT or best_prose < _JOIN_MIN_PROSE:
            return lo, hi
        hi = end


def _neighbour_role(lines: list[Line], i: int, step: int, lo: int, hi: int) -> Role | None:
    j = i + step
    while lo <= j < hi:
        if lines[j].role is not Role.BLANK:
            return lines[j].role
        j += step
    return None


#: An inline link set between two paragraphs ("More: <headline>") is a label and a headline:
#: this many words at least (a bare "Advertisement" is an ad slot, and what follows an ad
#: slot may be the ad's own line), and at most that many.
_INLINE_LINK_MIN_WORDS = 4
_INLINE_LINK_WORDS = 20


def _role_before(lines: list[Line], i: int, lo: int) -> Role | None:
    """The role of the story line before ``i``, looking past one short template line (an
    inline "More: <headline>" link set between the paragraphs): a subhead after such a
    link still follows the story's prose."""
    j = i - 1
    while j >= lo and lines[j].role is Role.BLANK:
        j -= 1
    if j >= lo and lines[j].role is Role.BOILER and _INLINE_LINK_MIN_WORDS <= lines[j].words <= _INLINE_LINK_WORDS:
        before = _neighbour_role(lines, j, -1, lo, i)
        return before if before in (Role.PROSE, Role.SENTENCE) else Role.BOILER
    return lines[j].role if j >= lo else None


#: Up to this many lines of pitch sit between a box's heading and its call to action.
_BOX_PITCH_LINES = 2
_BOX_PITCH_WORDS = 30
_BOX_FORM_LINES = 3
_BOX_HEADING_WORDS = 8


def mark_boxes(lines: list[Line]) -> list[Line]:
    """Sign-up boxes inside the story: a short heading, a line or two of pitch, then a call
    to action ("Get the Weekly Brief / One email a week, free. / Subscribe"). The call to
    action is template by its phrase; the heading and pitch only by where they sit, since
    their words are the outlet's own. They become template too."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.role is not Role.BOILER or not phrases.is_call_to_action(line.text):
            continue
        form = pitch = 0  # the box's other labels and buttons; its lines of pitch
        box: list[int] = []
        for j in range(i - 1, -1, -1):
            cand = out[j]
            if cand.role is Role.BLANK:
                continue
            if cand.role is Role.BOILER and pitch and phrases.is_call_to_action(cand.text):
                # the heading is a call to action itself ("Sign up for <the outlet>")
                for k in box:
                    out[k] = Line(out[k].text, Role.BOILER, out[k].words)
                break
            if cand.role is Role.BOILER and not pitch and form < _BOX_FORM_LINES:
                form += 1  # "Email address", "By signing up you agree to ..."
            elif cand.role is Role.SHORT and cand.words <= _BOX_HEADING_WORDS and not _MENU.search(cand.text):
                for k in (*box, j):
                    out[k] = Line(out[k].text, Role.BOILER, out[k].words)
                break
            elif cand.role is not Role.BOILER and pitch < _BOX_PITCH_LINES and cand.words <= _BOX_PITCH_WORDS:
                pitch += 1
            else:
                break
            box.append(j)
    return out


#: A run of this many lines or more, set without blank lines between them in a dump that
#: parts its paragraphs with blank lines, is a table or a box when most of it is short.
_RUN_MIN_LINES = 3
#: A line of prose this long is a paragraph set directly under a box: it ends the run.
_RUN_PROSE_WORDS = 30
#: A dump parts its paragraphs with blank lines when this share of its prose lines is.
_SEPARATED_SHARE = 0.8


def _blank_separated(lines: list[Line]) -> bool:
    """Does the dump set a blank line after its paragraphs (as most saved pages do)?"""
    prose = [i for i, ln in enumerate(lines) if ln.role is Role.PROSE]
    if len(prose) < _RUN_MIN_LINES:
        return False
    parted = sum(1 for i in prose if i + 1 == len(lines) or lines[i + 1].role is Role.BLANK)
    return parted >= _SEPARATED_SHARE * len(prose)


def table_runs(lines: list[Line]) -> set[int]:
    """Tables and boxes in a dump whose paragraphs are parted by blank lines: a run of lines
    with no blank between them, mostly short ("Specifications" and its "Range 40 km (est.)"
    rows, a sponsored box's label, headline, pitch and button, a "Read also" list). The
    story's paragraphs each stand alone, so the run's short sentences (a table's "Figures
    are estimates." note, a "Read also" headline) are the run's, not the story's; a full
    paragraph set against a caption or a heading stays the story's."""
    if not _blank_separated(lines):
        return set()
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, Line("", Role.BLANK, 0)]):
        if line.role is not Role.BLANK and not (line.role is Role.PROSE and line.words > _RUN_PROSE_WORDS):
            run.append(i)
            continue
        short = sum(1 for k in run if lines[k].role in (Role.SHORT, Role.BOILER))
        if len(run) >= _RUN_MIN_LINES and 2 * short >= len(run):
            out.update(k for k in run if lines[k].role is not Role.PROSE)
        run = []
    return out


#: A summary box holds a few short points; past these it is the story again.
_BOX_ITEMS = 8
_BOX_ITEM_WORDS = 40


#: A summary box's points are short; points this long are the story's paragraphs.
_PARAGRAPH_POINT_WORDS = 18
_POINTS_CHECKED = 2


def _points_are_paragraphs(lines: list[Line], i: int) -> bool:
    """The lines under the box heading at ``i`` are the story's opening paragraphs (a
    fact check's "Key points" set as its lede): the first of them are prose as long as
    paragraphs, not a box's short points."""
    after = [ln for ln in lines[i + 1 :] if ln.role is not Role.BLANK][:_POINTS_CHECKED]
    return len(after) == _POINTS_CHECKED and all(
        ln.role is Role.PROSE and ln.words >= _PARAGRAPH_POINT_WORDS for ln in after
    )


def mark_sections(lines: list[Line]) -> list[Line]:
    """Boxes announced by their heading: a summary box ("Key takeaways" and the points under
    it, which restate the story) and a table of contents ("Contents" and its entries). The
    heading and its items become template. The items run until the next heading-like line,
    a long paragraph, or (when the items sit on consecutive lines, as a list does) the first
    blank line after them."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.role is Role.BLANK:
            continue
        box = phrases.is_box_heading(line.text)
        if not box and not phrases.is_contents_heading(line.text):
            continue
        in_story = box and _after_prose(lines, i)
        # a summary box set right after a paragraph is the author's own, in the story's flow:
        # its heading and points are kept as the story's short lines
        role = Role.SENTENCE if in_story else Role.BOILER
        out[i] = Line(line.text, role, line.words)
        if box and _points_are_paragraphs(lines, i):
            continue
        items = 0
        blank_before = False  # a blank line since the last item
        gap: bool | None = None  # are the items separated by blank lines?
        for j in range(i + 1, len(lines)):
            cand = lines[j]
            if cand.role is Role.BLANK:
                blank_before = blank_before or items > 0
                continue
            if items == 1:
                gap = blank_before
            elif items >= 2 and blank_before and not gap:
                break  # a list on consecutive lines ends at the first blank line
            if items >= _BOX_ITEMS or cand.words > _BOX_ITEM_WORDS:
                break
            if cand.role is Role.SHORT and _neighbour_role(lines, j, 1, j, len(lines)) is Role.PROSE:
                break  # a heading over a paragraph: the story's first section
            if box and items and cand.role is Role.SHORT:
                break  # the next heading
            if not box and cand.role not in (Role.BOILER, Role.SHORT):
                break  # contents entries are short labels (numbered ones are bullets)
            out[j] = Line(cand.text, role, cand.words)
            items += 1
            blank_before = False
    return out


def _after_prose(lines: list[Line], i: int) -> bool:
    """The line at ``i`` comes right after a paragraph of the story (a box heading there
    sits in the story's flow, not in the header above it)."""
    prev = _next_text(lines, i, -1)
    return prev is not None and lines[prev].role is Role.PROSE


#: A numbered section heading is a label: at most this many words, no sentence end.
_NUMBERED_HEADING_WORDS = 12
_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+")


def _next_text(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the nearest non-blank line from ``i`` in direction ``step``."""
    j = i + step
    while 0 <= j < len(lines) and lines[j].role is Role.BLANK:
        j += step
    return j if 0 <= j < len(lines) else None


def mark_numbered_headings(raw_lines: list[str], lines: list[Line]) -> list[Line]:
    """Numbered section headings of an analysis ("1. What was said", "2. Why now"): short
    numbered lines that the bullet rule took for list entries. A list's entries follow
    one another; a section heading stands alone over its section's prose, and the series
    counts up 1, 2, 3 through the story with prose between its numbers. Such lines become
    subheads (``Role.SHORT``), which the body keeps between paragraphs."""
    cands: list[tuple[int, int]] = []  # (line, number)
    for i, (raw, line) in enumerate(zip(raw_lines, lines, strict=True)):
        m = _NUMBER.match(raw)
        if (
            m is None
            or line.role is not Role.BOILER
            or line.words > _NUMBERED_HEADING_WORDS
            or _SENTENCE_END.search(line.text)
            or phrases.is_boilerplate(line.text)
        ):
            continue
        nxt, prev = _next_text(lines, i, 1), _next_text(lines, i, -1)
        if nxt is None or lines[nxt].role is not Role.PROSE or (prev is not None and _NUMBER.match(raw_lines[prev])):
            continue
        cands.append((i, int(m[1])))
    series = [c for k, c in enumerate(cands) if c[1] == k + 1]
    if len(series) < 2:
        return lines
    out = list(lines)
    for i, _ in series:
        out[i] = Line(lines[i].text, Role.SHORT, lines[i].words)
    return out


def _pull_quotes(lines: list[Line], lo: int, hi: int) -> set[int]:
    """Lines of the span repeating part of a longer prose line (``phrases.repeats``)."""
    idx = [i for i in range(lo, hi) if lines[i].role is not Role.BLANK and lines[i].role is not Role.BOILER]
    found = phrases.repeats([lines[i].text for i in idx], [lines[i].role is Role.PROSE for i in idx])
    return {idx[k] for k in found}


#: A box of links set inside a story: at most this many items, each this short.
_INLINE_BOX_ITEMS = 8
_INLINE_BOX_ITEM_WORDS = 20
#: The story must go on for this many paragraphs after the box.
_INLINE_BOX_RESUME = 2


def _inline_box_end(lines: list[Line], i: int, hi: int) -> int | None:
    """Where a box of links set inside the story ends, if the "Related ..." heading at ``i``
    opens one: a few short headline-like items (bullets, no sentence end), then the
    story's prose again, several paragraphs of it before anything else ends the story.
    None when the heading ends the story instead (a list at the bottom, comments, notes)."""
    items = 0
    j = i + 1
    while j < hi:
        cand = lines[j]
        if cand.role is Role.BLANK:
            j += 1
            continue
        if cand.role is not Role.BOILER:
            break
        if (
            items >= _INLINE_BOX_ITEMS
            or cand.words > _INLINE_BOX_ITEM_WORDS
            or cand.text.endswith(".")
            or phrases.ends_story(cand.text)
        ):
            return None
        items += 1
        j += 1
    if not items or j >= hi or lines[j].role is not Role.PROSE:
        return None
    resumed = 0
    for k in range(j, hi):
        if phrases.ends_story(lines[k].text):
            break
        resumed += lines[k].role is Role.PROSE
    return j if resumed >= _INLINE_BOX_RESUME else None


#: A paywall's gate holds at most this many lines of furniture (pitch, buttons, sign-in).
_GATE_LINES = 5
#: The story goes on after the gate when this many full paragraphs follow it; a teaser of
#: the paid part is a line or two.
_RESUME_PARAGRAPHS = 3
_RESUME_WORDS = 20


def _paywall_resume(lines: list[Line], i: int, hi: int) -> int | None:
    """Where the story resumes after the paywall divider at ``i``, if it does: a text dump
    of a metered page holds the locked paragraphs after the gate's few lines (its pitch,
    "Start your free trial", "Already a subscriber? Log in"), and they are the story's own.
    None when the divider ends the story: nothing, a short teaser or furniture follows."""
    j, gate = i + 1, 0
    while j < hi and (
        lines[j].role is not Role.PROSE or phrases.is_paywall(lines[j].text) or phrases.is_call_to_action(lines[j].text)
    ):
        if lines[j].role is not Role.BLANK:
            gate += 1
            if gate > _GATE_LINES or (phrases.ends_story(lines[j].text) and not phrases.is_paywall(lines[j].text)):
                return None
        j += 1
    resumed = 0
    for k in range(j, hi):
        if phrases.ends_story(lines[k].text):
            break
        resumed += lines[k].role is Role.PROSE and lines[k].words >= _RESUME_WORDS
    return j if resumed >= _RESUME_PARAGRAPHS else None


def _kicker(line: Line) -> bool:
    """A printed page's kicker in capitals ("WORLD", "LETTERS", "IN BRIEF"): it labels the
    next item on the page."""
    return line.role is not Role.BLANK and line.words <= 3 and reflow.is_caps(line.text) and not line.text.endswith(".")


#: A live post's heading is at most this long.
_POST_HEADING_WORDS = 16


def _post_heading(lines: list[Line], i: int, hi: int) -> bool:
    """The heading of a live page's post: a short line right under the post's time stamp
    ("20.40 GMT") with the post's prose under it. The stamp is template, the heading not."""
    line = lines[i]
    if line.role is not Role.SHORT or line.words > _POST_HEADING_WORDS or _MENU.search(line.text):
        return False
    j = i - 1
    while j >= 0 and lines[j].role is Role.BLANK:
        j -= 1
    return j >= 0 and phrases.is_post_stamp(lines[j].text) and _neighbour_role(lines, i, 1, i, hi) is Role.PROSE


def body(
    lines: list[Line],
    span: tuple[int, int],
    cited: bool = False,
    printed: bool = False,
    tables: frozenset[int] = frozenset(),
) -> list[Line]:
    """The story's lines inside the span: prose, short sentences, and subheads between them.
    ``tables``: lines of tables and boxes (``table_runs``), never the story's.
    ``cited``: the story's sentences carried note numbers (a notes list may follow).
    ``printed``: a print-layout dump, where a kicker after the story opens the page's next
    item (a letter, a brief, the weather), however prose-like it reads."""
    lo, hi = span
    prose = (Role.PROSE, Role.SENTENCE)
    out: list[Line] = []
    quotes = _pull_quotes(lines, lo, hi)
    # a numbered notes list: a bare "1" line, and a bare "2" after it or note numbers cited
    numbered = [phrases.note_number(lines[i].text) for i in range(lo, hi) if lines[i].role is not Role.BLANK]
    notes = 1 in numbered and (2 in numbered[numbered.index(1) :] or cited)
    skip_to = lo
    for i in range(lo, hi):
        line = lines[i]
        if i < skip_to:
            continue
        if out and phrases.ends_story(line.text) and (after := _inline_box_end(lines, i, hi)) is not None:
            skip_to = after  # a "Related coverage" list inside the story: the story goes on
            continue
        if out and phrases.is_paywall(line.text) and (after := _paywall_resume(lines, i, hi)) is not None:
            skip_to = after  # a metered page's gate: the dump holds the rest of the story
            continue
        if out and (
            phrases.ends_story(line.text)
            or (notes and phrases.note_number(line.text) == 1)
            or (printed and _kicker(line))
        ):
            break  # "Related stories", or the first of the notes under the story
        if line.role is Role.BLANK or i in quotes or i in tables:
            continue
        if line.role in prose:
            out.append(line)
        elif (
            line.role is Role.SHORT
            and line.words <= 12
            and any(c.isalnum() for c in line.text)  # not a rule ("___", "* * *")
            and not _MENU.search(line.text)
            and _role_before(lines, i, lo) in prose
            and _neighbour_role(lines, i, 1, lo, hi) is Role.PROSE
        ) or _post_heading(lines, i, hi):
            out.append(line)
    # the author box closing a story: the bio, and the name above it (a subhead only
    # while prose followed it)
    while out and (phrases.is_bio(out[-1].text) or out[-1].role is Role.SHORT):
        out.pop()
    return out


def _leading_subhead(lines: list[Line], start: int, body_lines: list[Line], title: str) -> str | None:
    """The heading of the story's first section, just above the span's first paragraph.

    Only in a story that has section headings (a subhead kept between its paragraphs): then
    a short heading-shaped line directly above the first paragraph is the first of them,
    not a dek, kicker or byline."""
    if not any(ln.role is Role.SHORT for ln in body_lines):
        return None
    j = start - 1
    while j >= 0 and lines[j].role is Role.BLANK:
        j -= 1
    if j < 0:
        return None
    if _post_heading(lines, j, len(lines)):
        return lines[j].text
    line = lines[j]
    text = line.text
    if (
        line.role is not Role.SHORT
        or line.words > 10
        or _MENU.search(text)
        or _meta_line(text)
        or phrases.normalise(text) == phrases.normalise(title)
        or phrases.ends_story(text)  # "Cite this", "Comments": a link to the apparatus, not a section
        or text.endswith((".", ",", ":", ";"))
        or _neighbour_role(lines, j, -1, 0, j) in (Role.PROSE, Role.SENTENCE, Role.SHORT)
    ):
        return None
    return text


#: A headline may end in an abbreviation ("... at the U.N."), never in a full stop.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")


def _unfinished(text: str) -> bool:
    """Ends like a sentence or a clause, not a headline (which may end in "U.N.")."""
    return text.endswith((".", ",", ":", ";")) and not _ABBREVIATION_END.search(text)


def _headline_shaped(raw: str, line: Line) -> bool:
    text = line.text
    if _BULLET.match(raw) or line.role is Role.BLANK or not 4 <= line.words <= 30:
        return False
    if phrases.is_boilerplate(text) or phrases.is_caption(text):
        return False  # a repeated line may still be the headline (printed twice)
    return not (_MENU.search(text) or _meta_line(text) or _unfinished(text))


def _short_title(raw: str, line: Line) -> bool:
    """Shaped like a headline of any length, down to a magazine's two words."""
    text = line.text
    if _BULLET.match(raw) or not 1 <= line.words <= 30 or not text[:1].isupper() and text[:1] not in "\"“‘'":
        return False
    if phrases.is_boilerplate(text) or phrases.is_caption(text):
        return False
    if phrases.is_rubric(text) or phrases.is_nav_words(text):
        return False
    return not (_MENU.search(text) or _meta_line(text) or _unfinished(text))


def _meta_line(text: str) -> bool:
    """A byline or dateline row ("By Ann Lee", "Posted on May 2, 2023 by ..."), also when a
    flattened layout glued the date to the author's title ("Europe CorrespondentMarch 8, 2023")."""
    return bool(_DATE.search(text) or _DATE.search(phrases.unglue(text))) or phrases.is_byline(text)


#: The words a story's own byline row stamps its date with; a masthead's dateline row shows
#: today's date bare ("The Weekly Brief | May 9, 2025").
_STAMPED = re.compile(r"\b(?:posted|published|updated|first published)\b\s*:?\s*(?:on\s+)?[\w,]*\s*\d", re.IGNORECASE)


def _template_line(raw: str, line: Line) -> bool:
    """Site furniture above a headline: menus, bullets, sign-in rows, tickers, a masthead's
    dateline row ("The Weekly Brief | May 9, 2025") (not captions, bylines or deks, which
    sit between a headline and its story)."""
    text = line.text
    if line.role is Role.BLANK or phrases.is_caption(text):
        return False
    if reflow.is_running_head(raw):
        return True
    if _meta_line(text):
        # a row stamping the story ("Ann Lee · News · Posted: May 2, 2023") is its byline row
        return bool(
            _MENU.search(text) and _DATE.search(text) and not phrases.is_byline(text) and not _STAMPED.search(text)
        )
    return bool(
        _BULLET.match(raw)
        or _MENU.search(text)
        or phrases.is_boilerplate(text)
        or phrases.is_nav_row(text)
    )


#: A vertical menu: at least this many consecutive lines of at most this many words each.
_MENU_RUN_LINES = 4
_MENU_ITEM_WORDS = 3


def _menu_runs(lines: list[Line]) -> set[int]:
    """Lines of a menu set one entry a line ("News", "Sport", "What's On", ...): a run of
    consecutive short lines, none ending a sentence."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, Line("", Role.BLANK, 0)]):
        if line.role is not Role.BLANK and line.words <= _MENU_ITEM_WORDS and not _SENTENCE_END.search(line.text):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN_LINES:
            out.update(run)
        run = []
    return out


def _section_menus(lines: list[Line], menu: set[int]) -> set[int]:
    """The runs of ``menu`` whose every entry is a capitalised name ("Politics", "Ask us",
    "FACT CHECK"): a site's section menu, not a byline split over lines ("By", "Ann Lee",
    "and", "Bo Chen") or a row of counts ("312", "48")."""
    out: set[int] = set()
    run: list[int] = []
    for i in sorted(menu) + [-2]:
        if run and i != run[-1] + 1:
            if all(lines[k].text[:1].isupper() for k in run):
                out.update(run)
            run = []
        run.append(i)
    return out


#: How many lines above the header's last furniture a rubric and its title may sit.
_RUBRIC_REACH = 6


def _title(raw_lines: list[str], lines: list[Line], start: int) -> str:
    """The headline: the first headline-shaped line of the story's header.

    A page's header is the run of lines between the last piece of site furniture (menu,
    bullets, sign-in row, a "Breaking:" ticker) and the byline or dateline: headline, dek,
    caption, byline. Above it sit the site name, its tagline and the menus, so the first
    headline-shaped line of the whole page is often the tagline or a ticker. Without a
    byline or dateline the first headline-shaped line above the story is taken.
    """
    head = list(zip(raw_lines[:start], lines[:start], strict=True))
    # a masthead's dateline row or a print page's running head is furniture, not the byline
    anchor = max(
        (
            i
            for i, (raw, ln) in enumerate(head)
            if ln.role is not Role.BLANK and _meta_line(ln.text) and not _template_line(raw, ln)
        ),
        default=-1,
    )
    if anchor <= 0:
        anchor = _dateline_row(head)
    if anchor > 0:
        menu = _menu_runs([ln for _, ln in head])
        # a vertical menu ended above the byline is furniture too: the site's name above it
        # is no headline (a run going on into the byline is the byline's own row of counts)
        nav = _section_menus([ln for _, ln in head], menu)
        top = max(
            (
                i
                for i in range(anchor)
                if _template_line(*head[i]) or (i in nav and any(k not in nav for k in range(i + 1, anchor + 1)))
            ),
            default=-1,
        )
        rows = [i for i in range(top + 1, anchor) if head[i][1].role is not Role.BLANK]
        for a, b in zip(rows, rows[1:], strict=False):
            # a rubric or kicker ("Feature", "Essay", "Politics") sits right above the title,
            # which may be as short as a magazine's ("The Envoy"); not a menu's entry above
            # the next one ("Opinion" over "What's On")
            if phrases.is_rubric(head[a][1].text) and a not in menu and _short_title(*head[b]):
                return head[b][1].text
        for i in range(top + 1, anchor):
            if _headline_shaped(*head[i]):
                return head[i][1].text
        # a wire page sets its dateline above the headline ("17 March 2023, 17:30 / Xi to
        # visit Russia"): a headline right under the anchor, with none above it
        below = next((i for i in range(anchor + 1, len(head)) if head[i][1].role is not Role.BLANK), None)
        if below is not None and _headline_shaped(*head[below]):
            return head[below][1].text
        # a button or separator between the dek and the byline ("Follow", a lone "•") put
        # the header's furniture mark below the headline: a rubric right above a title just
        # over it still names the headline, not the dek under it
        above = [i for i in range(top, -1, -1) if head[i][1].role is not Role.BLANK][: _RUBRIC_REACH + 1]
        for b, a in zip(above, above[1:], strict=False):
            if phrases.is_rubric(head[a][1].text) and not _template_line(*head[a]) and _headline_shaped(*head[b]):
                return head[b][1].text
        for i in range(top, -1, -1):
            if _headline_shaped(*head[i]):
                return head[i][1].text
    # no byline or dateline: the header starts after the last furniture (a masthead's
    # dateline row, a print page's running head), if a headline follows it
    top = max((i for i, (raw, ln) in enumerate(head) if _template_line(raw, ln)), default=-1)
    after = (ln.text for raw, ln in head[top + 1 :] if _headline_shaped(raw, ln))
    return next(after, None) or next((ln.text for raw, ln in head if _headline_shaped(raw, ln)), "")


def _dateline_row(head: list[tuple[str, Line]]) -> int:
    """The index of a dateline row set directly above the story ("Ann Lee · 20 June 2025 ·
    Reading time: 2 min"), else -1. Shaped like a masthead's dateline row (separators, a
    date), but a masthead's row sits above the headline; one with nothing after it but the
    story (and the lead photo's caption) is the header's own byline row, so the headline is
    above it."""
    last = next(
        (
            i
            for i in range(len(head) - 1, -1, -1)
            if head[i][1].role is not Role.BLANK and not phrases.is_caption(head[i][1].text)
        ),
        -1,
    )
    return last if last > 0 and _meta_line(head[last][1].text) else -1


def parse_date(text: str) -> datetime | None:
    """The first "March 18, 2022, 6:05 AM" style date in ``text``."""
    m = _DATE.search(text)
    if not m:
        return None
    g = {k: m[k] or m[f"{k}2"] for k in ("month", "day", "year", "hour", "minute", "ampm")}
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(g["month"].lower()[:3]))
    hour, minute = int(g["hour"] or 0), int(g["minute"] or 0)
    ampm = (g["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(int(g["year"]), month, int(g["day"]), hour, minute)
    except ValueError:
        return None


#: An embedded post's attribution line, as a dump renders a social embed: "— Ann Lee
#: (@annlee) May 2, 2023" under the post's text.
_EMBED_CREDIT = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+.{0,40}\b(?:19|20)\d\d$")
#: An embedded post is at most this long (a tweet, a short statement).
_EMBED_WORDS = 80


def mark_embeds(lines: list[Line]) -> list[Line]:
    """Social posts embedded in the story: the post's text above its attribution line.
    The story quotes or reports what it needs in its own paragraphs; the embed is a widget,
    and only its attribution line shows it is one. Both lines drop out of the reading order
    (blank, not template: a widget inside the story must not split the story's stretch)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.role is Role.BLANK or not _EMBED_CREDIT.match(line.text):
            continue
        out[i] = Line("", Role.BLANK, 0)
        post = _next_text(lines, i, -1)
        if post is not None and lines[post].words <= _EMBED_WORDS:
            out[post] = Line("", Role.BLANK, 0)
    return out


def mark_jumps(raw_lines: list[str], lines: list[Line]) -> list[Line]:
    """A printed story jumping pages: from its jump line ("Continued on Page 7") to the line
    where it resumes ("Continued from Page 1") the page holds other items (briefs, an
    index, the next page's running head and kicker). Those lines drop out of the dump's
    reading order, so the story's two parts read as one stretch."""
    out = list(lines)
    i = 0
    while i < len(raw_lines):
        if reflow.is_jump(raw_lines[i]) and not reflow.is_jump_in(raw_lines[i]):
            end = next((j for j in range(i + 1, len(raw_lines)) if reflow.is_jump_in(raw_lines[j])), None)
            if end is not None:
                for k in range(i, end + 1):
                    out[k] = Line("", Role.BLANK, 0)
                i = end
        i += 1
    return out


#: At most this many paragraphs (a dek, a standfirst) may sit above a byline in the header.
_DEK_LINES = 2


def skip_dek(lines: list[Line], span: tuple[int, int]) -> tuple[int, int]:
    """The span without the header it swallowed: a dek or standfirst as long as a paragraph
    sits above the byline or dateline, so the stretch may open on it. A byline or dateline
    after at most ``_DEK_LINES`` paragraphs, with the story's prose going on below it,
    marks where the story starts; the dek stays in the header (where the title is sought)."""
    lo, hi = span
    seen = 0
    for i in range(lo, hi):
        line = lines[i]
        if line.role is Role.BLANK:
            continue
        if _meta_line(line.text) and line.words <= 25 and not phrases.is_caption(line.text):
            # (a caption's date says when the photo was taken, not where the story starts)
            if seen and any(lines[k].role is Role.PROSE for k in range(i + 1, hi)):
                return i + 1, hi
            return span
        if line.role in (Role.PROSE, Role.SENTENCE):
            seen += 1
            if seen > _DEK_LINES:
                return span
    return span


def _opening_labels(lines: list[Line], start: int, paragraphs: list[str]) -> int:
    """How many leading ``paragraphs`` are labels (``phrases.opening_labels``), the label of
    a summary box counted too when it sits just above the span, outside the body."""
    above = _next_text(lines, start, -1)
    if above is not None and lines[above].role is Role.SHORT:
        boxed = phrases.opening_labels([lines[above].text, *paragraphs])
        if boxed > 1:
            return boxed - 1
    return phrases.opening_labels(paragraphs)


def extract(text: str, template: OutletTemplate | None) -> TextResult:
    """Title, body and what the header lines say about author and date."""
    unwrapped, printed = reflow.reflow(text.splitlines(), lambda: phrases.guess_language(text))
    split = phrases.join_initials(unwrapped)
    raw_lines = phrases.strip_note_numbers(split)
    lines = mark_sections(mark_boxes(mark_numbered_headings(raw_lines, mark_embeds(classify(raw_lines, template)))))
    if printed:
        lines = mark_jumps(raw_lines, lines)
    span = join_stretches(lines, story_span(lines))
    # ... and the lede split off above it the same way (read the dump bottom up)
    n = len(lines)
    back = join_stretches(lines[::-1], (n - span[1], n - span[0]))
    span = skip_dek(lines, (n - back[1], span[1]))
    # tables and boxes only once the stretch is found: a table inside the story must not
    # split it in two
    body_lines = body(lines, span, cited=raw_lines is not split, printed=printed, tables=frozenset(table_runs(lines)))
    head = lines[: span[0]]
    title = _title(raw_lines, lines, span[0])
    paragraphs = [ln.text for ln in body_lines]
    subhead = _leading_subhead(lines, span[0], body_lines, title)
    if subhead is not None:
        paragraphs.insert(0, subhead)
    # a commentary's "COMMENTARY" label (and a summary box above it) heads the body
    if body_lines and subhead is None:
        first = next(i for i in range(span[0], span[1]) if lines[i] is body_lines[0])
        del paragraphs[: _opening_labels(lines, first, paragraphs)]
    else:
        del paragraphs[: phrases.opening_labels(paragraphs)]
    byline = next((_BY.sub("", ln.text) for ln in head if phrases.is_byline(ln.text)), None)
    published = next((d for ln in head if (d := parse_date(ln.text)) is not None), None)
    return TextResult(
        title=title,
        paragraphs=tuple(paragraphs),
        byline=byline,
        published=published,
        language=phrases.guess_language(" ".join(paragraphs)),
    )


def all_lines(text: str) -> list[str]:
    """Every non-blank line, normalised: the unit templates learn from."""
    return [t for t in (" ".join(r.split()) for r in text.splitlines()) if t]
