"""Pure helpers for the pages: cue highlighting, dates, the topic timeline as SVG.

Everything that comes from feeds or pages goes through :func:`markupsafe.escape` here or
through Jinja2's autoescape in the templates; nothing is marked safe unescaped.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from monitor.types import STATE_STRENGTH

_KIND = re.compile(r"[^a-z0-9-]")

#: Presence states from bottom to top of a timeline lane.
PRESENCE_LEVELS = ["negated", "hedged", "alleged", "asserted"]


def highlight(sentence: str, cues: list[dict[str, Any]] | tuple[Any, ...] | None) -> Markup:
    """``sentence`` escaped, with each cue's span wrapped in ``<mark class="cue cue-KIND">``.

    Cues carry ``kind``/``text``/``start``/``end`` offsets into the sentence (dicts from the
    JSON column or :class:`monitor.types.Cue`). Out-of-range or overlapping cues are skipped,
    so the markup always nests properly.
    """
    spans = []
    for cue in cues or ():
        get = cue.get if isinstance(cue, dict) else lambda k, c=cue: getattr(c, k, None)
        try:
            start, end = int(get("start")), int(get("end"))
        except (TypeError, ValueError):
            continue
        if 0 <= start < end <= len(sentence):
            spans.append((start, end, _KIND.sub("", str(get("kind") or "cue").lower())[:20] or "cue"))
    spans.sort()
    out, pos = [], 0
    for start, end, kind in spans:
        if start < pos:
            continue
        out.append(escape(sentence[pos:start]))
        out.append(Markup('<mark class="cue cue-{0}" title="{0}">{1}</mark>').format(kind, sentence[start:end]))
        pos = end
    out.append(escape(sentence[pos:]))
    return Markup("").join(out)


def safe_url(value: str | None) -> str:
    """A link target from a feed: only http(s) URLs; anything else (``javascript:``) becomes ``#``."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value
    return "#"


def fmt_dt(value: datetime | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value.strftime("%Y-%m-%d %H:%M UTC")


def _parse(at: str | None) -> datetime | None:
    if not at:
        return None
    try:
        return datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return None


def _levels(signal: dict[str, Any]) -> list[str]:
    labels = {p["label"] for p in signal["points"]} | {signal.get("baseline") or ""}
    labels |= {c["to"] for c in signal["baseline_changes"]} | {c["from"] or "" for c in signal["baseline_changes"]}
    labels.discard("")
    if labels <= set(STATE_STRENGTH):
        return PRESENCE_LEVELS
    return sorted(labels)


def timeline_svg(timeline: dict[str, Any], *, width: int = 760, lane: int = 120, max_points: int = 2000) -> Markup:
    """One lane per signal: evidence as dots at (date, state), the baseline as a dashed step line.

    Server-side SVG (no script, no external resources); text is escaped.
    """
    signals = timeline["signals"]
    if not signals:
        return Markup('<p class="empty">No baseline or evidence for this topic yet.</p>')
    times = [t for s in signals.values() for t in
             [_parse(p["at"]) for p in s["points"][-max_points:]] + [_parse(c["at"]) for c in s["baseline_changes"]]
             if t is not None]
    lo = min(times) if times else datetime(2000, 1, 1)
    hi = max(times) if times else lo
    span = (hi - lo).total_seconds() or 86400.0
    left, right, top_pad = 110, 20, 28
    plot_w = width - left - right

    def x(t: datetime | None) -> float:
        if t is None:
            return float(left)
        return left + plot_w * (t - lo).total_seconds() / span

    height = lane * len(signals) + 30
    parts: list[Markup] = [Markup(
        '<svg class="timeline" viewBox="0 0 {w} {h}" role="img" aria-labelledby="tl-title" '
        'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
        '<title id="tl-title">State of each signal over time, with its baseline</title>').format(w=width, h=height)]
    for i, (name, sig) in enumerate(sorted(signals.items())):
        y0 = i * lane + top_pad
        levels = _levels(sig)
        step = (lane - top_pad - 14) / max(len(levels) - 1, 1)

        def y(label: str | None, y0: float = y0, levels: list[str] = levels, step: float = step) -> float:
            idx = levels.index(label) if label in levels else 0
            return y0 + (len(levels) - 1 - idx) * step

        parts.append(Markup('<g class="lane" data-signal="{0}"><text class="lane-title" x="4" y="{1}">{0}</text>')
                     .format(name, y0 - 10))
        for lvl in levels:
            parts.append(Markup('<line class="grid" x1="{l}" x2="{r}" y1="{y}" y2="{y}"/>'
                                '<text class="level" x="{tx}" y="{ty}" text-anchor="end">{lvl}</text>')
                         .format(l=left, r=width - right, y=round(y(lvl), 1), tx=left - 6, ty=round(y(lvl) + 4, 1),
                                 lvl=lvl))
        # baseline: the current label, with its changes as steps
        changes = [(c, _parse(c["at"])) for c in sig["baseline_changes"]]
        base_now = sig.get("baseline")
        if base_now or changes:
            pts: list[tuple[float, float]] = []
            first = changes[0][0]["from"] if changes and changes[0][0]["from"] else (
                changes[0][0]["to"] if changes else base_now)
            cur = first
            pts.append((left, y(cur)))
            for c, at in changes:
                pts.append((x(at), y(cur)))
                cur = c["to"]
                pts.append((x(at), y(cur)))
            pts.append((width - right, y(base_now or cur)))
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in pts)
            parts.append(Markup('<polyline class="baseline" points="{0}"/>'
                                '<text class="baseline-label" x="{1}" y="{2}" text-anchor="end">baseline: {3}</text>')
                         .format(path, width - right, round(y(base_now or cur) - 5, 1), base_now or cur))
        for p in sig["points"][-max_points:]:
            at = _parse(p["at"])
            state = p["label"] if p["label"] in STATE_STRENGTH else "value"
            cls = "point point-" + state + (" historical" if p.get("historical") else "")
            parts.append(Markup('<circle class="{0}" cx="{1:.1f}" cy="{2:.1f}" r="5">'
                                '<title>{3} · {4} · {5}</title></circle>').format(
                cls, x(at), y(p["label"]), fmt_dt(at), p["label"], p.get("outlet") or ""))
        parts.append(Markup("</g>"))
    axis_y = height - 8
    parts.append(Markup('<text class="axis" x="{0}" y="{1}">{2}</text><text class="axis" x="{3}" y="{1}" '
                        'text-anchor="end">{4}</text>').format(left, axis_y, fmt_dt(lo)[:10], width - right,
                                                               fmt_dt(hi)[:10]))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
