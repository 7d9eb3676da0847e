"""What a response body is, judged by its bytes rather than its name or Content-Type.

Servers send PDFs as text/html, saved pages lose their extension, a text dump may be served
as text/html. Binary formats announce themselves in their first bytes (magic numbers) or by
NUL bytes; HTML announces itself by markup near the top. Everything else that decodes as text
is a text dump.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["html", "text", "binary", "feed"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"GIF8", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"fLaC", "flac"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"%!PS", "postscript"),
    (b"\x7fELF", "elf"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
    (b"\x00asm", "wasm"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(
    rb"</?(?:p|div|span|a|br|table|td|tr|li|ul|h[1-6]|meta|title|script|img|"
    rb"article|section|header|footer|nav|link|style|form|b|i|em|strong)\b[^>]*>",
    re.IGNORECASE,
)


def binary_format(content: bytes) -> str | None:
    """The name of a binary format ``content`` starts like, else None."""
    head = content[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return head[8:12].decode("ascii").strip().lower()
    if head[4:8] == b"ftyp":
        return "mp4"
    sample = content[:4096]
    if sample and not _looks_utf16(sample) and sample.count(b"\x00") > len(sample) // 100:
        return "binary"
    return None


def _looks_utf16(sample: bytes) -> bool:
    return sample[:2] in (b"\xff\xfe", b"\xfe\xff")


def sniff(content: bytes) -> Kind:
    """Classify a body as html, feed (RSS/Atom), binary or plain text."""
    if binary_format(content):
        return "binary"
    head = content[:2048]
    if _looks_utf16(head):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    if _FEED_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    sample = content[:20_000]
    tags = len(_TAG.findall(sample))
    # A text dump may mention a tag or two; a page without a doctype has them everywhere.
    if tags >= 3 and tags * 200 >= len(sample):
        return "html"
    return "text"
