"""Atom 1.0 (RFC 4287) feeds of shifts: one entry per shift, updated when it last grew."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

#: Characters XML 1.0 does not allow, even escaped (page text may carry them).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    return _escape(_INVALID.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_INVALID.sub("", text))


def _ts(value: str | None) -> str:
    return value or datetime(1970, 1, 1, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def shifts_feed(shifts: list[dict[str, Any]], *, base_url: str, self_path: str, title: str,
                labels: Any = None) -> str:
    """The feed document for ``shifts`` (``repo.shift_json`` objects, newest first)."""
    base = base_url.rstrip("/")
    updated = max((s["last_seen"] or "" for s in shifts), default="") or None
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{escape(title)}</title>",
           f"<id>{escape(base + self_path)}</id>",
           f"<link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(base + self_path)}/>",
           f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(base + '/')}/>",
           f"<updated>{_ts(updated)}</updated>",
           "<author><name>stancewatch</name></author>",
           "<generator>stancewatch</generator>"]
    for s in shifts:
        topic_title, signal_label = labels(s["topic"], s["signal"]) if labels else (s["topic"], s["signal"])
        url = f"{base}/shifts/{s['id']}"
        base_state, target, severity = s["baseline"], s["target"], s["severity"]
        lines = [f"{signal_label}: {s['baseline']} -> {s['target']} ({s['severity']}, {s['status']}); "
                 f"{s['stories']} stories."]
        for src in s["sources"][:10]:
            lines.append(f"{src['outlet']}: \u201c{src['sentence']}\u201d <{src['url']}>")
        out += ["<entry>",
                f"<title>{escape(f'{topic_title}: {signal_label} {base_state} -> {target} ({severity})')}</title>",
                f"<id>{escape(url)}</id>",
                f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(url)}/>",
                f"<published>{_ts(s['first_seen'])}</published>",
                f"<updated>{_ts(s['last_seen'])}</updated>",
                f"<category term={quoteattr(s['topic'])}/>",
                f"<category term={quoteattr(s['signal'])}/>",
                f"<category term={quoteattr(s['severity'])}/>",
                f"<summary type=\"text\">{escape(chr(10).join(lines))}</summary>",
                "</entry>"]
    out.append("</feed>\n")
    return "\n".join(out)
