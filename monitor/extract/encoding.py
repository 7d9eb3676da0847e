"""Bytes to text: find the charset a page really uses.

Pages lie about their encoding: a header says ISO-8859-1 for UTF-8 bytes, a CMS declares
UTF-8 and writes Windows-1252, an old page declares nothing. Valid UTF-8 is almost never an
accident for non-ASCII text, so a strict UTF-8 decode is tried first (it is also the fastest
path); then the declared charsets (HTTP header, BOM, `<meta>`) if they decode cleanly; then a
statistical guess (charset-normalizer) on a bounded sample; and as a last resort Windows-1252
with replacement characters, which never fails. Nothing here raises.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
#: WHATWG: browsers decode these labels as Windows-1252, so pages written for browsers do too.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})
#: How much charset-normalizer reads: enough to decide, bounded so a huge page stays cheap.
_GUESS_SAMPLE = 64_000


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charsets(content: bytes, content_type: str | None) -> list[str]:
    """Codec names the HTTP header and the page's own `<meta>` declare, in that order."""
    found: list[str] = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and (name := _codec(m.group(1))):
            found.append(name)
    m2 = _META_CHARSET.search(content[:4096])
    if m2 and (name := _codec(m2.group(1).decode("ascii", "replace"))):
        found.append(name)
    return found


def decode(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, codec name)`` for ``content``; never raises."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            try:
                return content.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in declared_charsets(content, content_type):
        if name in ("utf-8", "utf-16", "utf-32"):
            continue  # already failed, or would need a BOM to be believable
        try:
            return content.decode(name), name
        except UnicodeDecodeError:
            continue
    matches = from_bytes(content[:_GUESS_SAMPLE])
    best = matches.best()
    if best is not None and best.encoding:
        name = _codec(best.encoding) or "cp1252"
        # Single-byte Western and Central European code pages often tie on short samples;
        # Windows-1252 is by far the most used on the web, so it wins a near tie.
        western = [m for m in matches if _codec(m.encoding) in _WESTERN]
        if western and name not in _WESTERN and western[0].chaos <= best.chaos + 0.02:
            name = "cp1252"
        return content.decode(name, errors="replace"), name
    return content.decode("cp1252", errors="replace"), "cp1252"
