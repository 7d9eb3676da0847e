"""The pure helpers behind the pages: cue highlighting and the timeline picture."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from monitor.types import Cue
from monitor.web.render import highlight, safe_url, timeline_svg

XSS = 'China <script>alert(1)</script> sent <img src=x onerror=alert(1)> drones'


@pytest.mark.parametrize(("cues", "expected"), [
    ([], "China &lt;script&gt;alert(1)&lt;/script&gt; sent &lt;img src=x onerror=alert(1)&gt; drones"),
    ([{"kind": "actor", "text": "China", "start": 0, "end": 5}],
     '<mark class="cue cue-actor" title="actor">China</mark> &lt;script&gt;'),
    ([{"kind": "verb", "text": "<script>", "start": 6, "end": 14}],
     '<mark class="cue cue-verb" title="verb">&lt;script&gt;</mark>'),
    ([{"kind": "x\" onmouseover=\"alert(1)", "text": "China", "start": 0, "end": 5}],
     '<mark class="cue cue-xonmouseoveralert1" title="xonmouseoveralert1">China</mark>'),
], ids=["no-cues", "actor", "cue-over-markup", "hostile-kind"])
def test_highlight_escapes_everything_and_marks_cues(cues: list[dict[str, object]], expected: str) -> None:
    html = str(highlight(XSS, cues))
    assert expected in html
    assert "<script>" not in html and "<img" not in html


def test_highlight_skips_overlapping_and_out_of_range_cues() -> None:
    cues = [Cue("actor", "China", 0, 5), Cue("verb", "hina", 1, 5), Cue("object", "drones", 60, 99),
            {"kind": "object", "start": "x", "end": 3}]
    html = str(highlight("China sent drones", cues))  # type: ignore[arg-type]
    assert html == '<mark class="cue cue-actor" title="actor">China</mark> sent drones'


def test_safe_url_allows_only_http() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") == "#"
    assert safe_url(None) == "#"


def test_timeline_is_well_formed_svg_with_baseline_and_points() -> None:
    data = {"topic": "t", "signals": {
        "aid<x>": {"baseline": "hedged", "baseline_source": "documents",
                   "baseline_changes": [{"at": "2026-05-01T00:00:00Z", "from": None, "to": "hedged", "reason": "r"}],
                   "points": [{"at": "2026-05-02T00:00:00Z", "label": "alleged", "historical": False,
                               "outlet": "<b>o</b>", "url": "u", "sentence": "s", "story": 1},
                              {"at": "2026-05-09T00:00:00Z", "label": "asserted", "historical": True,
                               "outlet": "o", "url": "u", "sentence": "s", "story": 2}]},
        "vote": {"baseline": "abstain", "baseline_source": "documents", "baseline_changes": [],
                 "points": [{"at": "2026-05-03T00:00:00Z", "label": "favor", "historical": False,
                             "outlet": "o", "url": "u", "sentence": "s", "story": 3}]}}}
    svg = str(timeline_svg(data))
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(root.findall(".//s:circle", ns)) == 3
    assert len(root.findall(".//s:polyline[@class='baseline']", ns)) == 2
    assert "aid&lt;x&gt;" in svg and "&lt;b&gt;o&lt;/b&gt;" in svg
    assert "<script" not in svg


def test_timeline_without_data_says_so() -> None:
    assert "No baseline" in str(timeline_svg({"topic": "t", "signals": {}}))
