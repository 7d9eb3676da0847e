"""HTML pages: find the article's own blocks in the DOM.

Why not just call trafilatura? It is accurate but slow (it runs readability and jusText as
fallbacks on most pages), and it keeps things this project must drop (captions, glued
"Play Video" labels, bylines in the body). This module is a single pass over lxml's tree:

1. *prune*: elements that are never article text (scripts, navigation, forms, figures,
   hidden nodes) and elements whose class/id names a boilerplate role (comments, share bars,
   related lists, newsletter boxes, captions, bylines). Role names are generic web
   vocabulary, not one outlet's markup; an element holding most of the page's text is never
   pruned on its name alone, since wrappers like ``<body class="has-sidebar">`` exist.
2. *segment*: a flat list of text blocks (paragraphs, headings, list items, quotes, and
   ``<br><br>``-separated runs in table layouts), each with its link-text share; a paragraph
   an e-paper replica cut at a column break is joined again.
3. *locate*: readability-style scoring, each paragraph-like block votes for its ancestors;
   the best container plus its paragraph-like siblings is the article. When the page's
   JSON-LD carries ``articleBody``, blocks that it confirms decide instead.
4. *filter*: inside the article, blocks that read as boilerplate on their own (phrases
   data), that the outlet template has learned, captions, bylines, bios, link lists, and
   the other items of a printed page (what a jumping story skips over, briefs and readers'
   letters under their own kicker and headline).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from . import phrases, reflow
from .metadata import Metadata, extract_metadata
from .template import OutletTemplate, fingerprint

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_PARA_SPLIT = re.compile(r"\n\s*\n")
_SENTENCE_END = '.!?"”’)。！？…'
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)

#: Never article text: removed with their content (their tails are kept).
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "source",
    "picture",
    "img",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "nav",
    "aside",
    "figcaption",
    "dialog",
    "menu",
    "link",
    "meta",
    "head",
    "map",
    "area",
    "label",
)
#: Usually not article text, but some pages wrap the article in them: pruned when small.
_MAYBE_DROP_TAGS = frozenset({"form", "header", "footer", "figure"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "header",
        "footer",
        "figure",
        "address",
        "center",
        "hr",
        "form",
        "fieldset",
        "details",
        "summary",
        "caption",
        "body",
        "html",
        "hgroup",
        "aside",
        "nav",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Class/id words naming a boilerplate role (split on -, _ and spaces; whole words only).
#: Strong ones prune whatever they name; weak ones only when no content word is beside them
#: (``widget Blog``, ``entry-content-read-more`` and ``article modal-enabled`` hold stories).
_STRONG = re.compile(
    r"(?:^|[-_\s])(?:comments?|commentlist|disqus|share|sharing|sharebar|share-tools|social|"
    r"socials|related|recommended|recommendations?|newsletter|newsletter-signup|subscribe|"
    r"subscription|promo|promos|advert|advertisement|ads?|adslot|adunit|inline-ad|dfp|"
    r"sponsor|sponsored|cookie|cookies|consent|gdpr|breadcrumbs?|byline|bylines|caption|"
    r"captions|credit|credits|outbrain|taboola|signup|masthead|navbar|footer|"
    r"most-read|mostread|recirc|affiliate|pullquote|pull-quote)(?:$|[-_\s])",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"(?:^|[-_\s])(?:sidebar|popup|modal|author|authors|bio|nav|navigation|menu|tags|"
    r"toolbar|login|popular|trending|readmore|read-more|more-from|teaser|teasers|widget|"
    r"banner|disclaimer|pagination|pager|dateline|timestamp|standfirst|dek|deck|strapline|"
    r"kicker|sr-only|visually-hidden|skip|print|rating|player|gallery|slideshow|carousel|"
    r"topics|meta|follow|toc|hidden-print|header)(?:$|[-_\s])",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"article|content|entry|post(?!er)|story|body|main|text|blog|prose", re.IGNORECASE)
#: Table structure: rows and cells carry data-row classes ("oddrow", "player-123") that are
#: not boilerplate roles, so only hiding prunes them (the table as a whole is still judged).
_TABLE_PARTS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "col"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: How many ancestor levels a block's votes and sizes reach (bounded for deep trees).
_MAX_UP = 40


@dataclass(eq=False)
class Block:
    """One run of text the page shows as a unit, and where it sits in the tree."""

    text: str
    owner: etree._Element
    tag: str
    link_chars: int
    words: int = 0
    link_density: float = 0.0
    in_quote: bool = False
    ancestors: list[etree._Element] = field(default_factory=list)

    @property
    def heading(self) -> bool:
        return self.tag in _HEADINGS

    def paragraph_like(self) -> bool:
        """Prose: a few words, mostly not links, shaped like a sentence or more."""
        if self.link_density > 0.35 or self.heading:
            return False
        return self.words >= 12 or (self.words >= 5 and self.text[-1:] in '.!?"”’。！？')


def parse(text: str) -> etree._Element | None:
    """lxml's forgiving HTML parser; None when nothing parseable is left."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


def _text_len(el: etree._Element) -> int:
    return len(_SPACE.sub("", "".join(el.itertext())))


#: A sign-up box is at most this many characters of text around its e-mail field.
_SIGNUP_BOX_CHARS = 400
_EMAIL_FIELD = re.compile(r"e-?mail", re.IGNORECASE)


def _signup_boxes(root: etree._Element) -> list[etree._Element]:
    """The boxes around e-mail fields: a newsletter or comment form with its heading and
    pitch ("The China Brief / What Beijing is doing, every Tuesday / [email] Sign up").

    Whatever the box's class names are (hashed ones say nothing), an e-mail field means a
    form to fill in, and the small container around it is that form's box: the largest
    ancestor of the field with at most ``_SIGNUP_BOX_CHARS`` characters of text, never the
    article, main or body element.
    """
    boxes: list[etree._Element] = []
    for box_field in root.iter("input"):
        attrib = box_field.attrib
        if (attrib.get("type") or "").lower() != "email" and not _EMAIL_FIELD.search(
            f"{attrib.get('name') or ''} {attrib.get('placeholder') or ''} {attrib.get('id') or ''}"
        ):
            continue
        box = None
        for anc in box_field.iterancestors():
            if anc.tag in ("html", "body", "article", "main") or _text_len(anc) > _SIGNUP_BOX_CHARS:
                break
            box = anc
        if box is not None:
            boxes.append(box)
    return boxes


_NOTE_NUMBER = re.compile(r"^[\[(]?\d{1,3}[\])]?$")


def _note_link(a: etree._Element) -> etree._Element | None:
    """What to remove for a link to a note or back from one, judged by its shape: an
    in-page link (``href="#..."``) whose whole text is a number ("1", "[2]").

    In a sentence (text before it) it is the note's number glued to the sentence: the link
    goes. Opening its block (nothing before it) it is the number of the note itself, in the
    notes list under the story: the whole note goes."""
    if a.tail and a.tail[:1].isalnum():
        return None  # "<a>1</a>st": part of a word
    if not _NOTE_NUMBER.match("".join(a.itertext()).strip()):
        return None
    parent = a.getparent()
    if parent is None:
        return None
    node, block = a, parent
    while block.tag not in _BLOCK_TAGS and block.getparent() is not None:
        node, block = block, block.getparent()  # out of <sup>, <span>
    before = (block.text or "").strip() or any(
        (sib.tail or "").strip() or "".join(sib.itertext()).strip() for sib in node.itersiblings(preceding=True)
    )
    if before:
        return a
    if block.tag in ("body", "html", "article", "main"):
        return a
    return block


def _initial(el: etree._Element) -> bool:
    """A drop cap: the first letter of a paragraph set in its own element (often hidden from
    screen readers), glued to the rest of its word ("<span>C</span>hina")."""
    text = (el.text or "").strip()
    return len(text) == 1 and text.isalpha() and len(el) == 0 and (el.tail or "")[:1].isalpha()


def _post_header(el: etree._Element) -> bool:
    """The header of one post in a run of posts (a live page's updates, each an ``<article>``
    with its time and heading): the heading is part of the story, unlike the page's own
    header (title, byline) that the metadata already gives."""
    parent = el.getparent()
    if parent is None or parent.tag != "article":
        return False
    outer = parent.getparent()
    return outer is not None and sum(1 for sib in outer if sib.tag == "article") >= 3


#: A hidden element holding the rest of a metered story: at least this many paragraphs of
#: prose, nearly no links, after visible prose of the same story.
_LOCKED_PARAGRAPHS = 2
_LOCKED_LINK_SHARE = 0.1
_LOCKED_PROSE_SHARE = 0.8


def _prose_paragraphs(el: etree._Element) -> list[str]:
    """The texts of the ``<p>`` elements under ``el`` that read as sentences of prose."""
    out: list[str] = []
    for p in el.iter("p"):
        text = _SPACE.sub(" ", "".join(p.itertext())).strip()
        if phrases.words(text) >= 12 and _ends_sentence(text):
            out.append(text)
    return out


def _locked_story(el: etree._Element) -> bool:
    """A hidden element that holds the rest of the story: a metered paywall hides the
    paragraphs after the first few until the reader subscribes, but they are the story's
    own. Hidden menus, modals and pull quotes are links, labels or a single line; this is
    several paragraphs of prose with hardly a link, and visible prose of the story comes
    before it in the same container (so it continues a story rather than duplicating a
    page elsewhere)."""
    paragraphs = _prose_paragraphs(el)
    if len(paragraphs) < _LOCKED_PARAGRAPHS:
        return False
    size = _text_len(el) or 1
    if sum(len(_SPACE.sub("", t)) for t in paragraphs) < _LOCKED_PROSE_SHARE * size:
        return False
    links = sum(_text_len(a) for a in el.iter("a"))
    if links > _LOCKED_LINK_SHARE * size:
        return False
    parent = el.getparent()
    if parent is None:
        return False
    return any(_prose_paragraphs(sib) for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)) or any(
        _prose_paragraphs(sib)
        for sib in parent.itersiblings(preceding=True)
        if isinstance(sib.tag, str) and sib.tag not in ("header", "nav", "aside")
    )


def prune(root: etree._Element) -> None:
    """Remove what is never article text, in place (see the module docstring, step 1)."""
    for box in _signup_boxes(root):
        box.attrib["hidden"] = ""  # pruned below like any hidden element, its tail kept
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    body = root.find("body")
    total = _text_len(body if body is not None else root) or 1
    doomed: list[etree._Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main"):
            continue
        attrib = el.attrib
        if not attrib and el.tag not in _MAYBE_DROP_TAGS:
            continue  # most elements: no name, no role, not hidden
        role = attrib.get("role")
        names = f"{attrib.get('class') or ''} {attrib.get('id') or ''} {role or ''}"
        if names.strip():
            names = _CAMEL.sub(" ", names)  # "newsCaption", "shareBar": the same role words
        negative = (
            el.tag not in _TABLE_PARTS
            and bool(names.strip())
            and (
                bool(_STRONG.search(names))
                or bool(_WEAK.search(names) and not _CONTENT.search(names))
                or role in ("navigation", "banner", "contentinfo", "complementary", "dialog", "alert")
            )
        )
        if el.tag == "a" and (attrib.get("href") or "").startswith("#"):
            note = _note_link(el)
            if note is not None:
                doomed.append(note)
                continue
        hidden = (
            attrib.get("hidden") is not None
            or (attrib.get("aria-hidden") == "true" and not _initial(el))
            or bool(_HIDDEN_STYLE.search(attrib.get("style") or ""))
        )
        if hidden and not negative and _locked_story(el):
            hidden = False  # a metered paywall's locked paragraphs: the rest of the story
        if not (negative or hidden or el.tag in _MAYBE_DROP_TAGS):
            continue
        if el.tag == "header" and not (negative or hidden) and _post_header(el):
            continue
        size = _text_len(el)
        if el.tag in _MAYBE_DROP_TAGS and not (negative or hidden):
            # a form/header/footer/figure is kept only when it clearly holds prose
            if size < 0.4 * total or el.tag == "figure" and size < 0.6 * total:
                doomed.append(el)
        elif size < 0.5 * total:
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            # keep the tail text: it belongs to the parent, not to the pruned element
            tail = el.tail
            prev = el.getprevious()
            parent.remove(el)
            if tail and tail.strip():
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail


#: Inline elements that give a line of a table layout its own type: the kicker, headline and
#: dek of an old page each sit in a ``<font>`` or ``<b>`` ended by a ``<br>``.
_STYLE_TAGS = frozenset({"font", "b", "strong", "big", "i", "em", "span", "small"})


def _styled_line(br: etree._Element) -> bool:
    """A ``<br>`` ending a line that is one styled element on its own ("<font size=5><b>
    Headline</b></font><br>"): a line set in its own type is a block, not part of a run."""
    prev = br.getprevious()
    if prev is None or prev.tag not in _STYLE_TAGS or (prev.tail or "").strip():
        return False
    before = prev.getprevious()
    if before is None:
        parent = prev.getparent()
        return parent is not None and not (parent.text or "").strip()
    return before.tag == "br" and not (before.tail or "").strip()


#: Where a link starts and ends in the text buffer of ``segment`` (never in page text: the
#: parser drops control characters).
_LINK_ON, _LINK_OFF = "\x01", "\x02"
_LINK_SPLIT = re.compile("([\x01\x02])")
def segment(root: etree._Element) -> list[Block]:
    """The page as a flat list of text blocks in reading order (step 2)."""
    blocks: list[Block] = []
    stack: list[etree._Element] = []
    buf: list[str] = []
    in_link = 0
    in_quote = 0
    link_open = False  # inside a link where the buffer starts

    def flush() -> None:
        nonlocal link_open
        raw = "".join(buf)
        buf.clear()
        starts_in_link = link_open
        link_open = in_link > 0
        if not raw.strip() or not stack:
            return
        owner = stack[-1]
        state = starts_in_link
        for part in _PARA_SPLIT.split(raw) if "\n" in raw else [raw]:
            for line in (part,):
                lc = 0
                if _LINK_ON in line or _LINK_OFF in line or state:
                    pieces = _LINK_SPLIT.split(line)
                    for piece in pieces:
                        if piece == _LINK_ON:
                            state = True
                        elif piece == _LINK_OFF:
                            state = False
                        elif state:
                            lc += len(piece.strip())
                    line = "".join(p for p in pieces if p not in (_LINK_ON, _LINK_OFF))
                text = _SPACE.sub(" ", line).strip()
                if text:
                    blocks.append(
                        Block(
                            text=text,
                            owner=owner,
                            tag=str(owner.tag),
                            link_chars=min(lc, len(text)),
                            in_quote=in_quote > 0,
                        )
                    )

    def add(text: str | None) -> None:
        if text:
            buf.append(text.replace("\n", " "))

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
                stack.append(el)
            elif tag == "br":
                buf.append("\n\n" if _styled_line(el) else "\n")
            elif tag == "a":
                in_link += 1
                if in_link == 1:
                    buf.append(_LINK_ON)
            if tag == "blockquote":
                in_quote += 1
            add(el.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
                if stack:
                    stack.pop()
            elif tag == "a":
                in_link -= 1
                if in_link == 0:
                    buf.append(_LINK_OFF)
            if tag == "blockquote":
                in_quote -= 1
            add(el.tail)
    flush()
    blocks = _join_columns(blocks)
    for b in blocks:
        b.words = phrases.words(b.text)
        b.link_density = b.link_chars / max(1, len(b.text))
        anc: list[etree._Element] = []
        node: etree._Element | None = b.owner
        while node is not None and len(anc) < _MAX_UP:
            anc.append(node)
            node = node.getparent()
        b.ancestors = anc
    return blocks


#: A paragraph cut off by a column or page break: it ends inside a sentence (a letter, digit,
#: comma or dash), and its rest opens the next block, in lower case or in the next column.
_OPEN_END = re.compile(r"[\w,;\-–—]$")
_LOWER_START = re.compile(r"^[\"“‘(]?[a-z]")
#: ... a web address in lower case is a link of its own, not the rest of a sentence.
_ADDRESS = re.compile(r"^(?:https?:|www\.)", re.IGNORECASE)
_COLUMN_TAGS = frozenset({"p", "div"})


def _next_column(a: etree._Element, b: etree._Element) -> bool:
    """``b`` opens the column after the one ``a`` closes: the two parents are adjacent
    siblings set in the same markup (tag and class), ``a`` the last element of its parent
    and ``b`` the first of its own."""
    pa, pb = a.getparent(), b.getparent()
    if pa is None or pb is None or pa is pb or pa.getnext() is not pb:
        return False
    return pa.tag == pb.tag and pa.get("class") == pb.get("class") and a.getnext() is None and b.getprevious() is None


def _continues(a: Block, b: Block) -> bool:
    """``b`` is the rest of paragraph ``a``, cut by a column or page break of a replica
    layout (e-paper pages set the text in columns, as print does): ``a`` breaks off
    mid-sentence and ``b`` carries on in lower case, or opens the next column. Template
    lines (a credit row, a byline, a jump line, a kicker) never join the story's text."""
    if a.tag != b.tag or a.tag not in _COLUMN_TAGS or a.owner is b.owner or a.in_quote != b.in_quote:
        return False
    if not _OPEN_END.search(a.text) or len(a.text.split()) < 3 or any(reflow.is_caps(t) for t in (a.text, b.text)):
        return False
    if reflow.is_jump(a.text) or reflow.is_jump(b.text) or _ADDRESS.match(b.text):
        return False
    if not (_LOWER_START.match(b.text) or _next_column(a.owner, b.owner)):
        return False
    return not any(phrases.is_boilerplate(t) or phrases.is_caption(t) for t in (a.text, b.text))


def _join_columns(blocks: list[Block]) -> list[Block]:
    """The blocks with paragraphs split across columns joined again (see ``_continues``):
    one paragraph is one block, to vote, to be confirmed and to be kept as a whole."""
    out: list[Block] = []
    for b in blocks:
        if out and _continues(out[-1], b):
            a = out[-1]
            out[-1] = Block(
                text=f"{a.text} {b.text}", owner=a.owner, tag=a.tag, link_chars=a.link_chars + b.link_chars,
                in_quote=a.in_quote,
            )
        else:
            out.append(b)
    return out


def _vote(block: Block) -> float:
    """A block's readability vote: prose with commas and length counts, links do not."""
    if not block.paragraph_like():
        return 0.0
    return (1.0 + block.text.count(",") + min(len(block.text) / 100, 3.0)) * (1.0 - block.link_density)


def locate(blocks: list[Block]) -> list[Block]:
    """The blocks of the article's container and its prose siblings (step 3)."""
    score: dict[etree._Element, float] = {}
    chars: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    for b in blocks:
        v = _vote(b)
        for depth, el in enumerate(b.ancestors):
            chars[el] = chars.get(el, 0) + len(b.text)
            links[el] = links.get(el, 0) + b.link_chars
            if v and depth < 4:
                # the owner's container gets the full vote, its ancestors a fading share
                weight = 1.0 if depth <= 1 else 1.0 / depth
                score[el] = score.get(el, 0.0) + v * weight
    if not score:
        return []

    def final(el: etree._Element) -> float:
        return score.get(el, 0.0) * (1.0 - links.get(el, 0) / max(1, chars.get(el, 1)))

    top, parts = _widen(max(score, key=final), blocks)
    chosen = {top, *parts}
    parent = top.getparent()
    if parent is not None:
        threshold = max(3.0, final(top) * 0.2)
        for sib in parent:
            if sib is top or not isinstance(sib.tag, str):
                continue
            if sib in score and final(sib) >= threshold:
                chosen.add(sib)
    out = [b for b in blocks if any(a in chosen for a in b.ancestors)]
    if parent is not None:
        # prose paragraphs sitting directly beside the container (split bodies)
        for b in blocks:
            if b.owner.getparent() is parent and b.owner not in chosen and b.paragraph_like() and b.link_density < 0.25:
                out.append(b)
        order = {id(b): i for i, b in enumerate(blocks)}
        out.sort(key=lambda b: order[id(b)])
    return out


def _signature(block: Block) -> tuple[tuple[str, frozenset[str]], ...]:
    """Tag and class words of a block and its two containers: what a template repeats for
    every paragraph of one body."""
    return tuple((str(el.tag), frozenset((el.get("class") or "").split())) for el in block.ancestors[:3])


def _same_markup(a: tuple[tuple[str, frozenset[str]], ...], b: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Same tags, and class lists that agree on at least half their words: the parts of one
    body often differ by a modifier class (``text``, ``text text--first``)."""
    if len(a) != len(b):
        return False
    for (tag_a, cls_a), (tag_b, cls_b) in zip(a, b, strict=True):
        if tag_a != tag_b:
            return False
        if cls_a != cls_b and 2 * len(cls_a & cls_b) < max(len(cls_a), len(cls_b)):
            return False
    return True


#: How far above the best container the parts of a split body may meet: near enough to
#: widen to their common ancestor, or (further up, through wrappers around figures and
#: ads) near enough to take each part's own container.
_WIDEN_LEVELS = 4
_PART_LEVELS = 8


def _widen(top: etree._Element, blocks: list[Block]) -> tuple[etree._Element, list[etree._Element]]:
    """Climb from the best container to the one holding every part of a split body.

    Templates cut a body into several containers (around ads, inline videos, figures). The
    parts repeat the markup of the paragraphs in ``top``; when prose with that markup sits
    outside ``top`` but within a few levels above it, the common ancestor is the article.
    Parts that meet ``top`` only further up are returned on their own (their container at
    the depth ``top`` has above its paragraphs). A part whose branch comes after the story's
    and holds an ``h1`` is the next story (infinite scroll renders it in the same markup)
    and joins neither way.
    """
    inside = [b for b in blocks if b.paragraph_like() and top in b.ancestors]
    if not inside:
        return top, []
    sigs = Counter(_signature(b) for b in inside)
    main, _ = sigs.most_common(1)[0]
    if not any(cls for _, cls in main):
        return top, []  # bare <p> in bare <div>s: too common to mean "same body"
    depth = Counter(b.ancestors.index(top) for b in inside if _signature(b) == main).most_common(1)[0][0]
    lineage = [top]
    node = top.getparent()
    while node is not None and len(lineage) <= _PART_LEVELS:
        lineage.append(node)
        node = node.getparent()
    best = top
    parts: list[etree._Element] = []
    later_story: dict[etree._Element, bool] = {}
    for b in blocks:
        if not b.paragraph_like() or top in b.ancestors or not _same_markup(_signature(b), main):
            continue
        for level, anc in enumerate(lineage):
            if anc not in b.ancestors:
                continue
            at = b.ancestors.index(anc)
            if at == 0:
                break  # text loose in a wrapper of the story, not a part of it
            branch = b.ancestors[at - 1]
            if branch not in later_story:
                # a branch after the story's own, holding a headline: the next story
                later_story[branch] = anc.index(branch) > anc.index(lineage[level - 1]) and (
                    next(branch.iter("h1"), None) is not None
                )
            if later_story[branch]:
                break
            if level <= _WIDEN_LEVELS:
                if level > lineage.index(best):
                    best = anc
            elif depth < len(b.ancestors) and b.ancestors[depth] not in parts:
                parts.append(b.ancestors[depth])
            break
    parts = [p for p in parts if best not in p.iterancestors()]
    return best, parts


def _confirmed_by(body: str, blocks: list[Block]) -> list[Block] | None:
    """Blocks the JSON-LD ``articleBody`` vouches for, when it vouches for enough."""
    body_tokens = [t.lower() for t in _WORD.findall(body)]
    if len(body_tokens) < 40:
        return None
    grams = {tuple(body_tokens[i : i + 3]) for i in range(len(body_tokens) - 2)}
    kept: list[Block] = []
    covered = 0
    for b in blocks:
        toks = [t.lower() for t in _WORD.findall(b.text)]
        if len(toks) < 3:
            continue
        mine = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
        hit = sum(1 for g in mine if g in grams) / len(mine)
        if hit >= 0.6:
            kept.append(b)
            covered += len(toks)
    return kept if covered >= 0.6 * len(body_tokens) else None


_FULL_STOP = re.compile(r"[.!?…。！？][\"”’)\]]*$")


def _ends_sentence(text: str) -> bool:
    """Ends on a full stop, maybe inside a closing quote: a dek that ends on a quoted phrase
    (... will "play a constructive role") is a headline's second line, not a sentence."""
    return bool(_FULL_STOP.search(text))


def _apart(first: Block, rest: list[Block]) -> bool:
    """``first`` sits a level above the container of the prose after it: a standfirst in
    the article's header, over the body's own container, not the lede (a site's
    description often repeats the lede, set in the body with the rest)."""
    nxt = next((b for b in rest if b.paragraph_like()), None)
    parent = first.owner.getparent()
    if nxt is None or parent is None:
        return False
    return nxt.owner.getparent() is not parent and parent in nxt.ancestors


def _prose_words(blocks: list[Block]) -> int:
    return sum(b.words for b in blocks if b.paragraph_like())


def _same(a: str, b: str) -> bool:
    return phrases.normalise(a) == phrases.normalise(b)


def _max_link_density(block: Block, text: str) -> float:
    """How much of a block may be link text before it reads as a link list.

    A sentence (a dozen words or more, ending in a full stop) stays prose even when most of
    its words are links: news sites link names and "last month" inside their paragraphs.
    """
    if block.words >= 12 and text[-1:] in _SENTENCE_END and not block.heading:
        return 0.85
    return 0.5 if block.words < 25 else 0.7


#: A summary box's points are short; a longer block after its heading is the story again.
_BOX_ITEM_WORDS = 40


def _jumped(blocks: list[Block]) -> set[int]:
    """Indices of what a printed page sets between a story's jump line ("Continued on
    Page 7") and the line where it resumes ("Continued from Page 1"): other items of the
    page (briefs, an index), the running head and the jump's own label. Only when the story
    does resume on the page: a jump line alone sends the reader to a page that is not here."""
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        text = blocks[i].text
        if reflow.is_jump(text) and not reflow.is_jump_in(text):
            end = next((j for j in range(i + 1, len(blocks)) if reflow.is_jump_in(blocks[j].text)), None)
            if end is not None:
                out.update(range(i, end + 1))
                i = end
        i += 1
    return out


#: A short item of another story printed beside this one: its text runs to at most this many
#: words in at most this many blocks under its headline.
_ITEM_WORDS = 80
_ITEM_BLOCKS = 3
_ITEM_HEADLINE_WORDS = 16


#: A kicker is a word or words: at least this many letters (not a table's "DL", "CB").
_KICKER_LETTERS = 4


def _kicker(block: Block) -> bool:
    """A label in capitals over an item ("IN BRIEF", "LETTERS", "WEATHER"): it says the
    item that follows is one of a kind of its own, not a section of this story. Words only:
    a live post's stamp ("20.40 GMT") heads a post of this story; and never a table cell or
    list item (a roster's position column)."""
    text = block.text
    return (
        block.words <= 3
        and block.tag not in _ITEM_TAGS
        and sum(c.isalpha() for c in text) >= _KICKER_LETTERS
        and reflow.is_caps(text)
        and not text.endswith(".")
        and not any(c.isdigit() for c in text)
    )


def _headline(block: Block) -> bool:
    return block.heading or (
        block.words <= _ITEM_HEADLINE_WORDS and block.text[-1:] not in _SENTENCE_END and not block.paragraph_like()
    )


def _other_items(blocks: list[Block], meta: Metadata) -> set[int]:
    """Indices of items of other stories set on the same page: a kicker, the item's own
    headline, then a short self-contained text, all in one container of their own ("IN
    BRIEF / Petrol prices ease / Pump prices fell ..."; a reader's letter under "LETTERS").

    A story's section never opens with a kicker over its subhead, and the story's own head
    (kicker, headline, then the long body) is too long to be an item; an item whose headline
    is the page's title, or that holds most of the prose, is the story itself."""
    out: set[int] = set()
    total = _prose_words(blocks)
    for i in range(len(blocks) - 2):
        kicker, head = blocks[i], blocks[i + 1]
        box = kicker.owner.getparent()
        if box is None or not _kicker(kicker) or not _headline(head) or box not in head.ancestors:
            continue
        if (meta.title and _same(head.text, meta.title)) or reflow.is_jump(head.text):
            continue  # the story itself, or its part resuming under its jump label
        j = i + 2
        while j < len(blocks) and box in blocks[j].ancestors:
            j += 1
        body = blocks[i + 2 : j]
        words = sum(b.words for b in body)
        if (
            body
            and len(body) <= _ITEM_BLOCKS
            and words <= _ITEM_WORDS
            and all(b.paragraph_like() and b.tag not in _ITEM_TAGS for b in body)
            and 2 * _prose_words(body) < total
        ):
            out.update(range(i, j))
    return out


#: A summary box's points are short; points this long on average are paragraphs.
_PARAGRAPH_POINT_WORDS = 18


def _points_are_paragraphs(blocks: list[Block], n: int) -> bool:
    """The list under the box heading at ``n`` holds the story's own opening paragraphs:
    the heading sits in the body's container (prose follows the list there) and the
    points are full sentences as long as paragraphs. Only the heading is then dropped; a
    box of short points restating the story goes whole."""
    box = blocks[n].owner.getparent()
    items: list[Block] = []
    j = n + 1
    while j < len(blocks) and blocks[j].tag in _ITEM_TAGS:
        items.append(blocks[j])
        j += 1
    if not items or j >= len(blocks) or box is None:
        return False
    follows = blocks[j]
    return (
        box in follows.ancestors
        and follows.paragraph_like()
        and all(_ends_sentence(b.text) for b in items)
        and sum(b.words for b in items) >= _PARAGRAPH_POINT_WORDS * len(items)
    )


#: A story has begun once this many words of its prose are kept.
_BEGUN_WORDS = 25


def _story_begun(kept: list[Block]) -> bool:
    """The story's prose has started: a summary box ("Key takeaways") set after it, inside
    the story's container, is the author's own text in the flow of the analysis (its
    conclusion, or a summary after the lede). A box above the story's first paragraph sits
    in the header beside the dek, and restates the story from outside it."""
    return sum(k.words for k in kept if k.paragraph_like()) >= _BEGUN_WORDS


def select(blocks: list[Block], meta: Metadata, template: OutletTemplate | None) -> list[str]:
    """Filter the located blocks down to the article's own text (step 4)."""
    kept: list[Block] = []
    texts: list[str] = []
    box: etree._Element | None = None  # the container of a summary box or contents list
    initial = ""  # a drop cap set as a block of its own ("<div class=initial>C</div><p>hina")
    elsewhere = _jumped(blocks) | _other_items(blocks, meta)
    bylines: set[int] = set()  # positions in ``kept`` right after a dropped byline
    for n, b in enumerate(blocks):
        if n in elsewhere:
            continue
        text = phrases.strip_markers(phrases.strip_glued(b.text))
        if initial:
            text, initial = initial + text, ""
        if len(text) == 1 and text.isupper() and n + 1 < len(blocks) and blocks[n + 1].text[:1].islower():
            initial = text
            continue
        if not text:
            continue
        if box is not None:
            # the box runs on through its list items and its own container, to a heading
            if not b.heading and b.words <= _BOX_ITEM_WORDS and (b.tag in _ITEM_TAGS or box in b.ancestors):
                continue
            box = None
        if (b.heading or b.words <= 6) and (phrases.is_box_heading(text) or phrases.is_contents_heading(text)):
            if phrases.is_box_heading(text) and _story_begun(kept):
                kept.append(b)  # the author's own summary, set in the story's flow
                texts.append(text)
                continue
            if not _points_are_paragraphs(blocks, n):
                box = b.owner.getparent()
            continue
        if phrases.ends_story(text) and any(k.paragraph_like() for k in kept):
            break
        if b.link_density > _max_link_density(b, text):
            continue  # a link list or a "Related: ..." line, not prose with a few links
        if template is not None and template.is_boilerplate(text):
            continue
        if b.tag == "h1" or (meta.title and _same(text, meta.title)):
            continue
        if phrases.is_boilerplate(text) or phrases.is_caption(text) or phrases.is_letter(text):
            if phrases.is_byline(text):
                bylines.add(len(kept))
            continue
        kept.append(b)
        texts.append(text)
    dek = next((i for i, b in enumerate(kept) if b.paragraph_like()), None)
    if (
        dek is not None
        and meta.description
        and _same(texts[dek], meta.description)
        and (
            any(_same(t, texts[dek]) for t in texts[dek + 1 :])
            or not _ends_sentence(texts[dek])
            or dek + 1 in bylines  # the byline under it: the story starts below
            or _apart(kept[dek], kept[dek + 1 :])
        )
        and any(b.paragraph_like() for b in kept[dek + 1 :])
    ):
        # the dek (standfirst) repeats the description and is not a sentence: it is not where
        # the story starts, so the dateline and credit rows under it go with it
        del kept[dek], texts[dek]
    # Edges: the story starts and ends with prose; short non-heading blocks there are
    # datelines, kickers, "Topics" rows; headings only count when prose follows them.
    good = [i for i, b in enumerate(kept) if b.paragraph_like()]
    if not good:
        return texts if sum(b.words for b in kept) >= 30 else []
    first, last = good[0], _trailing_list(kept, good[-1])
    while last + 1 < len(kept) and phrases.is_speaker_turn(texts[last]) and phrases.is_speaker_turn(texts[last + 1]):
        last += 1  # an interview's closing turns ("Ann Lee: Thank you."), short as they are
    out: list[str] = []
    seen: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for i in range(first, last + 1):
        key = phrases.normalise(texts[i])
        sig = _signature(kept[i])
        if key in seen and kept[i].words >= 5 and seen[key] != sig:
            # a pull quote repeats a paragraph in other markup; a repeat in the body's own
            # markup (a recipe line, a menu for each day) is the story's text
            continue
        seen.setdefault(key, sig)
        out.append(texts[i])
    for i in range(first - 1, -1, -1):
        # leading subheads directly before the first paragraph stay
        if kept[i].heading and i == first - 1 and not phrases.is_byline(texts[i]):
            out.insert(0, texts[i])
            break
    # a closing author bio, or a press release's "about the company" boilerplate, is not
    # the story
    while len(out) > 2 and (phrases.is_bio(out[-1]) or phrases.is_about(out[-1])):
        out.pop()
    if (
        meta.description
        and len(out) > 1
        and _same(out[0], meta.description)
        and (any(_same(t, out[0]) for t in out[1:]) or not _ends_sentence(out[0]))
    ):
        out.pop(0)  # the dek (standfirst) repeats the description and is not a sentence
    return out


#: Tags of list and table items: data a story can end with (a list of results, a table).
_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th"})


def _trailing_list(kept: list[Block], last: int) -> int:
    """The index the story ends at: ``last`` (its last prose block), or the end of a list
    or table that follows it in the article ("Qualified teams:" and the teams).

    Only a run of plain items counts (mostly not links, with subheads between them), so a
    link list or a "Topics" row after the story still ends it.
    """
    end = last
    items = words = link_chars = chars = 0
    for i in range(last + 1, len(kept)):
        b = kept[i]
        if b.tag in _ITEM_TAGS:
            items += 1
        elif not (b.heading or phrases.is_box_heading(b.text)):
            break
        words += b.words
        link_chars += b.link_chars
        chars += len(b.text)
        if b.tag in _ITEM_TAGS and items >= 2 and words >= 8 and link_chars <= 0.2 * chars:
            end = i
    return end


@dataclass(frozen=True)
class HtmlResult:
    """What the HTML extractor found: metadata and body blocks."""

    meta: Metadata
    paragraphs: tuple[str, ...]


def all_blocks(root: etree._Element) -> list[str]:
    """Every block's text after pruning: the unit templates learn from."""
    prune(root)
    return [b.text for b in segment(root)]


def extract(root: etree._Element, template: OutletTemplate | None) -> HtmlResult:
    """Metadata, then prune, segment, locate and select (the module docstring's steps)."""
    meta = extract_metadata(root)
    prune(root)
    blocks = segment(root)
    located = locate(blocks)
    if meta.article_body:
        confirmed = _confirmed_by(meta.article_body, blocks)
        # JSON-LD bodies are often truncated teasers: they only win when they cover about as
        # much prose as the layout found.
        if confirmed is not None and _prose_words(confirmed) >= 0.8 * _prose_words(located):
            located = confirmed
    paragraphs = select(located, meta, template)
    # a commentary's "COMMENTARY" label (and a summary box above it) heads the body
    return HtmlResult(meta=meta, paragraphs=tuple(paragraphs[phrases.opening_labels(paragraphs) :]))


def fingerprints(blocks: Iterable[str]) -> set[str]:
    return {fingerprint(t) for t in blocks}
