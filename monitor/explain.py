"""The human "rules test" view: each sentence with evidence, its cues highlighted (rich)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from monitor.types import Article, Evidence

__all__ = ["CUE_STYLES", "render"]

#: How each cue kind is shown.
CUE_STYLES: dict[str, str] = {
    "actor": "bold cyan",
    "verb": "bold green",
    "object": "green",
    "target": "magenta",
    "context": "blue",
    "value": "bold green",
    "negation": "bold red",
    "hedge": "yellow",
    "attribution": "italic bright_blue",
    "past": "dim",
}
_STATE_STYLES = {"asserted": "bold green", "alleged": "bright_blue", "hedged": "yellow", "negated": "bold red"}


def _highlight(ev: Evidence) -> Text:
    text = Text(ev.sentence)
    for cue in ev.cues:
        if 0 <= cue.start < cue.end <= len(ev.sentence):
            text.stylize(CUE_STYLES.get(cue.kind, "underline"), cue.start, cue.end)
    return text


def render(article: Article, evidence: list[Evidence]) -> RenderableType:
    """One panel per sentence with evidence, listing what it says and the deciding cues."""
    title = article.title or article.url or "(untitled)"
    if not evidence:
        return Panel(Text("no evidence", style="dim"), title=title)
    by_sentence: dict[tuple[int, int, str], list[Evidence]] = {}
    for ev in evidence:
        by_sentence.setdefault((ev.start, ev.end, ev.sentence), []).append(ev)
    parts: list[RenderableType] = []
    for (start, end, _), evs in sorted(by_sentence.items(), key=lambda kv: kv[0][:2]):
        table = Table.grid(padding=(0, 1))
        for ev in evs:
            label = ev.value if ev.value is not None else (ev.state or "")
            row = Text()
            row.append(f"{ev.topic}/{ev.signal}", style="bold")
            row.append(" = ")
            row.append(label, style=_STATE_STYLES.get(label, "bold"))
            row.append(f"  actor={ev.actor}")
            if ev.historical:
                row.append("  (historical)", style="dim")
            cues = Text(", ").join(Text(f"{c.kind}:{c.text}", style=CUE_STYLES.get(c.kind, "")) for c in ev.cues)
            table.add_row(row)
            table.add_row(Text("  ") + cues)
        parts.append(Panel(Group(_highlight(evs[0]), table), title=f"chars {start}-{end}", title_align="left"))
    return Panel(Group(*parts), title=title)
