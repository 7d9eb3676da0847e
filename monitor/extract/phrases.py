"""Judging one block of text on its own: boilerplate phrases, captions, bylines, bios.

The phrases live in ``boilerplate.toml`` (data, not code) and are compiled once at import.
Both extractors call these predicates, so an HTML page and its text dump are judged alike.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Phrases:
    """The compiled contents of a boilerplate phrase file."""

    exact: frozenset[str]
    patterns: re.Pattern[str]
    strip_suffix: tuple[str, ...]
    caption: re.Pattern[str]
    byline: re.Pattern[str]
    bio: re.Pattern[str]
    about: re.Pattern[str]
    pattern_max_words: int
    section_end: frozenset[str]
    stopwords: dict[str, frozenset[str]]


def _alternation(items: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in items), flags)


def load(text: str) -> Phrases:
    """Compile a phrase file's TOML text (the packaged one, or a tuned copy in tests)."""
    data = tomllib.loads(text)
    block = data["block"]
    return Phrases(
        exact=frozenset(normalise(x) for x in block["exact"]),
        patterns=_alternation(block["patterns"]),
        strip_suffix=tuple(sorted(block["strip_suffix"], key=len, reverse=True)),
        caption=_alternation(block["caption"]),
        byline=_alternation(block["byline"], 0),
        bio=_alternation(block["bio"], 0),
        about=_alternation(block["about"], 0),
        pattern_max_words=int(data["limits"]["pattern_max_words"]),
        section_end=frozenset(normalise(x) for x in data["section_end"]["phrases"]),
        stopwords={lang: frozenset(words.split()) for lang, words in data["language"].items()},
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
    if n > phrases.pattern_max_words:
        return "lorem ipsum dolor" in key
    return bool(
        phrases.patterns.search(key) or phrases.caption.search(key) or phrases.byline.match(normalise_keep_case(text))
    )


def ends_story(text: str, phrases: Phrases = PHRASES) -> bool:
    """A heading such as "Related stories" or "You may also like...": the story is over."""
    return words(text) <= 8 and normalise(text).rstrip(".…:! ") in phrases.section_end


def is_caption(text: str, phrases: Phrases = PHRASES) -> bool:
    """A photo caption or credit line (ends with "Image: Reuters." and the like)."""
    return words(text) <= 60 and bool(phrases.caption.search(normalise_keep_case(text).lower()))


def is_byline(text: str, phrases: Phrases = PHRASES) -> bool:
    return words(text) <= 25 and bool(phrases.byline.match(normalise_keep_case(text)))


def is_bio(text: str, phrases: Phrases = PHRASES) -> bool:
    """An author bio ("Kris Osborn is the Defense Editor for ...")."""
    return words(text) <= 150 and bool(phrases.bio.match(normalise_keep_case(text)))


def is_about(text: str, phrases: Phrases = PHRASES) -> bool:
    """A press release's closing boilerplate: an "About <Company>" heading or the company
    description under it ("Acme is a global provider of ...", "Acme is headquartered in ...")."""
    return words(text) <= 150 and bool(phrases.about.search(normalise_keep_case(text)))


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
