"""Fact-check pages, paywalled newsletters, wire pages and trade-magazine boxes, each on a
small page or dump written for the test: claim boxes and verdict labels, a methodology box,
a paywall divider and its teaser, spec tables and sponsored boxes set without blank lines, a
dateline above the headline, deks in the header, "Key points" that are the story's own
paragraphs, a numbered series of sections. Every page is synthetic; no real site is copied.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import ends_story, is_boilerplate, is_caption

from .prose import article, paragraph_maker

_SENTENCES = (
    "The county council voted on Tuesday to close the old ferry landing at the end of the season",
    "Engineers told the council that the pilings had rotted faster than the last survey predicted",
    "Ferry operators said the closure would add forty minutes to the crossing for most passengers",
    "The council promised a temporary pontoon before the summer timetable starts next year",
    "Residents of the island have asked for a public meeting before the landing is demolished",
    "The council's transport chair said the meeting would be held before any contract is let",
)


para = paragraph_maker(_SENTENCES, "a spokesperson said on day {i} of the review.")


def test_claim_box_labels_and_rating_headings_are_boilerplate() -> None:
    assert is_boilerplate("CLAIM: The ferry landing will be sold to a hotel chain.")
    assert is_boilerplate("Verdict: Misleading")
    assert is_boilerplate("Our ruling")
    assert not is_boilerplate("The claim spread quickly on local message boards last week.")


def test_methodology_heading_and_paywall_divider_end_the_story() -> None:
    assert ends_story("How we rate claims")
    assert ends_story("Keep reading with a 14-day free trial")
    assert ends_story("This post is for paid subscribers")
    assert not ends_story("How we got here")


def test_translation_credit_sponsor_line_and_initials_in_photo_credit() -> None:
    assert is_boilerplate("Translated from Portuguese by the World desk. Quotes are ours.")
    assert is_boilerplate("In partnership with Acme Analytics")
    assert is_boilerplate("Sources: county minutes, ferry operator data.")
    assert is_caption("The old landing at low tide. Photo: Ann B. Carter.")


def test_fact_check_page_drops_claim_box_ruling_heading_methodology_and_sources() -> None:
    body = "".join(f"<p>{para(i)}</p>" for i in range(4))
    html = f"""<html><head><title>Fact check: the ferry landing is not being sold</title>
<meta property="og:description" content="A council vote is being misread online."></head><body>
<div class="check"><h1>Fact check: the ferry landing is not being sold</h1>
<p class="summary">A council vote is being misread online.</p>
<div class="box"><div><span>CLAIM:</span> <span>The council sold the ferry landing to a hotel chain.</span></div>
<div><span>VERDICT:</span> <b>False</b></div></div>
<div class="text">{body}<h2>Our ruling</h2><p>{para(4)}</p></div>
<div class="well"><h3>How we rate claims</h3><p>We rate claims on a five-point scale, and every check is read
by a second editor before it is published on this site.</p></div>
<div><h3>Sources</h3><ul><li><a href="/a">County council minutes, 3 May</a></li></ul></div>
</div></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_key_points_that_are_long_paragraphs_stay_in_the_story() -> None:
    points = "".join(f"<li>{para(i)}</li>" for i in range(2))
    rest = "".join(f"<p>{para(i)}</p>" for i in range(2, 5))
    html = f"""<html><head><title>Landing to close</title></head><body><article><h1>Landing to close</h1>
<div class="text"><h2>Key points</h2><ol>{points}</ol>{rest}</div></article></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_key_points_in_a_dump_without_blank_lines() -> None:
    dump = "\n".join(["Island Times", "Landing to close", "By Ann Carter", "Key points"] + [para(i) for i in range(5)])
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_standfirst_in_the_header_repeating_the_description_is_not_the_lede() -> None:
    body = "".join(f"<p>{para(i)}</p>" for i in range(4))
    html = f"""<html><head><title>Landing to close</title>
<meta name="description" content="The pilings rotted faster than expected."></head><body>
<div class="story"><h1>Landing to close</h1><p class="intro">The pilings rotted faster than expected.</p>
<div class="story-text">{body}</div></div></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_dek_ending_on_a_quoted_phrase_is_not_a_sentence() -> None:
    body = "".join(f"<p>{para(i)}</p>" for i in range(4))
    html = f"""<html><head><title>Landing to close</title>
<meta name="description" content='Council says the landing is "beyond repair"'></head><body>
<article><h1>Landing to close</h1><p>Council says the landing is "beyond repair"</p>{body}</article></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def _blank_separated(lines: list[str]) -> str:
    return "\n\n".join(lines)


def test_paywall_teaser_after_the_divider_is_not_the_story() -> None:
    dump = _blank_separated(
        ["The Island Letter", "Landing to close", "Ann Carter", "May 2, 2024"]
        + [para(i) for i in range(4)]
        + ["Keep reading with a 14-day free trial", "Paid members get the rest: the costs, the contract and the vote."]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_spec_table_and_sponsored_box_set_without_blank_lines() -> None:
    table = "\n".join(
        ["Specifications: harbour pontoon", "Length 40 m", "Load up to 12 t (est.)", "Figures are estimates."]
    )
    dump = _blank_separated(
        ["Harbour Trade News", "Landing to close", "By Ann Carter", "May 2, 2024"]
        + [para(i) for i in range(2)]
        + [table]
        + [para(i) for i in range(2, 5)]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_numbered_series_keeps_its_shorter_sections() -> None:
    long_one = "1. The cost. " + para(0)
    short_one = "2. The vote. Councillors said the decision was the hardest of the year."
    dump = _blank_separated(
        [
            "The Island Letter",
            "Landing to close: two things to watch",
            "Ann Carter",
            "May 2, 2024",
            para(5),
            long_one,
            short_one,
            para(3),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert short_one in got.paragraphs


def test_wire_dump_headline_under_the_dateline_and_vertical_menu_above() -> None:
    dump = "\n".join(
        [
            "Portugues Deutsch English Lisbon 17:30",
            "WIRE",
            "News",
            "World",
            "Economy",
            "Sport",
            "12 May 2024, 17:30",
            "Council to close ferry landing — spokesperson",
            "",
        ]
        + [p + "\n" for p in (para(i) for i in range(4))]
    )
    assert article(extract_page(dump.encode())).title == "Council to close ferry landing — spokesperson"


def test_dump_title_under_a_vertical_menu_and_ending_in_an_abbreviation() -> None:
    dump = "\n".join(
        [
            "Island Checks",
            "Politics",
            "Health",
            "World",
            "Donate",
            "FACT CHECK",
            "Fact check: the landing was not sold to a firm from the U.S.",
            "By Ann Carter | Published May 2, 2024",
        ]
        + [para(i) for i in range(4)]
    )
    assert article(extract_page(dump.encode())).title == "Fact check: the landing was not sold to a firm from the U.S."


def test_byline_row_with_a_glued_date_anchors_the_headline_under_a_kicker() -> None:
    dump = "\n".join(
        [
            "Island 18°SubscribeLog in",
            "EXCLUSIVE",
            "Landing to close within weeks, engineers warn",
            "",
            "Ann CarterIsland ReporterMay 2, 2024 - 8:15AM",
            "Up next Ferry queues stretch for hours",
            "",
        ]
        + [para(i) for i in range(4)]
    )
    assert article(extract_page(dump.encode())).title == "Landing to close within weeks, engineers warn"
