"""Extraction: a fetched page (HTML or a plain-text dump) becomes an ``Article`` or a ``Skip``.

The stage's promise to the pipeline: ``extract_page`` never raises. Every page gives either
an ``Article`` holding only the story's own text, or a ``Skip(reason, detail)`` saying why
not (``too-large``, ``empty``, ``non-html``, ``no-text``, ``error``), so one bad page stays
with its item and never stops the feed.

The stage runs in this order, one module a step:

    sniff (bytes: html / text / binary / feed)   -> sniff.py
    decode (the charset the bytes really use)    -> encoding.py
    extract with the registered ``Extractor``    -> html.py (+ metadata.py) | textdump.py
    judge blocks (phrases data, outlet template) -> phrases.py + boilerplate.toml, template.py

``learn`` folds one more page of an outlet into its ``OutletTemplate``; the pipeline stores
the template per outlet (``to_json``) and passes it back to ``extract_page``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..types import Article, Skip
from . import html as html_mod
from . import textdump
from .encoding import decode
from .sniff import binary_format, sniff
from .template import OutletTemplate

__all__ = ["EXTRACTORS", "Document", "Extractor", "OutletTemplate", "extract_page", "learn"]

#: Below this many non-space characters a page cannot hold a story.
MIN_CHARS = 20


@dataclass(frozen=True)
class Document:
    """A page after sniffing and decoding: what an ``Extractor`` reads."""

    text: str
    url: str | None = None
    encoding: str = "utf-8"


class Extractor(Protocol):
    """One way of reading a kind of page (the HTML and text-dump extractors are the two)."""

    name: str

    def extract(self, doc: Document, template: OutletTemplate | None) -> Article | Skip:
        """The article in ``doc``; blocks the outlet ``template`` knows are dropped."""
        ...

    def blocks(self, doc: Document) -> list[str]:
        """Every text block of the page, boilerplate included: what templates learn from."""
        ...


class HtmlExtractor:
    """HTML pages: prune, segment, locate the article container, filter its blocks."""

    name = "html"

    def extract(self, doc: Document, template: OutletTemplate | None) -> Article | Skip:
        root = html_mod.parse(doc.text)
        if root is None:
            return Skip("empty", "no parseable HTML")
        result = html_mod.extract(root, template)
        meta = result.meta
        if not result.paragraphs:
            return Skip("no-text", "no article text found in the page")
        return Article(
            title=meta.title,
            paragraphs=result.paragraphs,
            url=doc.url,
            canonical_url=meta.canonical_url,
            published=meta.published,
            byline=meta.byline,
            language=meta.language,
            kind="html",
        )

    def blocks(self, doc: Document) -> list[str]:
        root = html_mod.parse(doc.text)
        return [] if root is None else html_mod.all_blocks(root)


class TextDumpExtractor:
    """Text dumps: line roles, the densest prose stretch, subheads between prose."""

    name = "text"

    def extract(self, doc: Document, template: OutletTemplate | None) -> Article | Skip:
        result = textdump.extract(doc.text, template)
        if not result.paragraphs:
            return Skip("no-text", "no article text found in the text")
        return Article(
            title=result.title,
            paragraphs=result.paragraphs,
            url=doc.url,
            published=result.published,
            byline=result.byline,
            language=result.language,
            kind="text",
        )

    def blocks(self, doc: Document) -> list[str]:
        return textdump.all_lines(doc.text)


#: The extractors by the page kind ``sniff`` reports.
EXTRACTORS: dict[str, Extractor] = {"html": HtmlExtractor(), "text": TextDumpExtractor()}


def _prepare(
    content: bytes, url: str | None, content_type: str | None, max_bytes: int
) -> tuple[Extractor, Document] | Skip:
    if len(content) > max_bytes:
        return Skip("too-large", f"{len(content)} bytes, over the limit of {max_bytes}")
    if len(content.strip()) < MIN_CHARS:
        return Skip("empty", f"{len(content.strip())} bytes of content")
    kind = sniff(content)
    if kind == "binary":
        return Skip("non-html", f"binary content ({binary_format(content)}), Content-Type {content_type or 'unknown'}")
    if kind == "feed":
        return Skip("non-html", "an RSS/Atom feed, not a page")
    text, encoding = decode(content, content_type)
    if len("".join(text.split())) < MIN_CHARS:
        return Skip("empty", "no text after decoding")
    return EXTRACTORS[kind], Document(text=text, url=url, encoding=encoding)


def extract_page(
    content: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    template: OutletTemplate | None = None,
    max_bytes: int = 5_000_000,
) -> Article | Skip:
    """The article in a fetched page, or why there is none. Never raises.

    The kind of page (HTML or text dump) is decided by sniffing ``content``; ``content_type``
    only helps find the charset. Pages over ``max_bytes`` are refused before any parsing, so
    memory stays bounded by the limit.
    """
    try:
        prepared = _prepare(content, url, content_type, max_bytes)
        if isinstance(prepared, Skip):
            return prepared
        extractor, doc = prepared
        return extractor.extract(doc, template)
    except Exception as exc:  # noqa: BLE001 - the stage's promise: a Skip, never a raise
        return Skip("error", f"{type(exc).__name__}: {exc}"[:500])


def learn(
    template: OutletTemplate | None, content: bytes, *, content_type: str | None = None, max_bytes: int = 5_000_000
) -> OutletTemplate:
    """``template`` with one more page of its outlet counted; a page that cannot be read
    leaves it unchanged. Never raises."""
    base = template if template is not None else OutletTemplate()
    try:
        prepared = _prepare(content, None, content_type, max_bytes)
        if isinstance(prepared, Skip):
            return base
        extractor, doc = prepared
        return base.add_page(extractor.blocks(doc))
    except Exception:  # noqa: BLE001 - learning is best effort; the page is still extracted
        return base
