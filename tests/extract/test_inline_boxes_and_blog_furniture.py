"""A links box set inside a wire story, a wire story's trailer, and an old blog theme's
furniture, on pages written for the test (no real site is copied): the story goes on after
an inline "Related coverage" list; "___" rules, the "... contributed to this report" credit
and the "Follow ... coverage at" line are not the story; a blog's "« Previous post" links
and tagline sit above the headline, its "Filed under ... | N Responses to" footer below the
story; and a blog theme's <h1> holds the blog's name, not the headline.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import is_boilerplate

from .prose import article, paragraph_maker

_SENTENCES = (
    "The harbour board approved a new ferry timetable for the northern islands on Friday",
    "Island councillors said the winter sailings had been cut twice in the past three years",
    "The operator told the board that two of its older vessels would be retired next spring",
    "Fishermen on the outer pier said the new schedule would suit the early catch better",
    "The board's chair said fares would be frozen until the new boats entered service",
    "A public consultation on the evening crossings will open at the start of next month",
)


para = paragraph_maker(_SENTENCES, "officials said on day {i} of the review.")


def wire_dump(box_items: list[str], paras_after: int) -> tuple[str, list[str]]:
    body = [para(i) for i in range(3 + paras_after)]
    lines = [
        "Subscribe | Log in",
        "The Coastal Gazette",
        "",
        "Nation",
        "",
        "Ferry timetable overhaul approved for the northern islands",
        "",
        "By ANN LEE Wire Service",
        "Updated May 2, 2024 10:00 UTC",
        "",
        *[x for p in body[:3] for x in (p, "")],
        "RELATED COVERAGE",
        "",
        *[f"  * {item}" for item in box_items],
        "",
        *[x for p in body[3:] for x in (p, "")],
        "___",
        "",
        "Wire Service writers Bo Chan in Leith and Cy Dee in Oban contributed to this report.",
        "",
        "___",
        "",
        "Follow the wire's coverage at https://example.org/hub/ferries",
        "",
        "Copyright 2024 The Wire Service. All rights reserved.",
        "",
        "Most Read",
        "  1. Council votes on harbour car park charges",
        "  2. School sports results from the weekend",
    ]
    return "\n".join(lines), body


def test_related_box_inside_a_wire_story_does_not_end_it() -> None:
    dump, body = wire_dump(["Old ferries to be sold abroad", "Islanders protest winter cuts"], paras_after=4)
    got = article(extract_page(dump.encode()))
    assert got.title == "Ferry timetable overhaul approved for the northern islands"
    assert list(got.paragraphs) == body  # no box items, no "___", credit, follow or copyright


def test_related_list_under_the_story_still_ends_it() -> None:
    # nothing but one line of prose follows the list: it is teaser text, not the story
    dump, body = wire_dump(["Old ferries to be sold abroad", "Islanders protest winter cuts"], paras_after=1)
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == body[:3]


def test_wire_trailer_phrases_are_boilerplate() -> None:
    assert is_boilerplate("Wire Service writers Bo Chan and Cy Dee contributed to this report.")
    assert is_boilerplate("Follow AP's coverage at https://example.org/hub/x")
    assert is_boilerplate("Filed under Ferries, Islands | 3 Responses to “Will the ferries run?”")
    assert is_boilerplate("« Previous post")
    assert is_boilerplate("Next post »")
    assert not is_boilerplate("The two ministers contributed to this report's findings, the board said on Friday.")


BLOG_DUMP = "\n".join(
    [
        "Harbour Lights",
        "Occasional notes on boats, islands and the people who run them",
        "",
        "« Previous post",
        "Next post »",
        "",
        "Will the winter ferries run again?",
        "",
        "Posted on March 15, 2022 by Dana Roe",
        "",
        *[x for i in range(5) for x in (para(i), "")],
        "Filed under Ferries, Islands | 2 Responses to “Will the winter ferries run again?”",
        "",
        "2 Responses to “Will the winter ferries run again?”",
        "",
        "  1. Sam Says:",
        "     March 16, 2022 at 8:02 am",
        "",
        "     The winter boats were always late anyway, and nobody on the island trusted them.",
        "",
        "Leave a Reply",
        "",
        "Recent Posts",
        "",
        "  * What the harbour board did, and what it did not",
    ]
)


def test_old_blog_dump_title_under_post_links_and_footer_dropped() -> None:
    got = article(extract_page(BLOG_DUMP.encode()))
    assert got.title == "Will the winter ferries run again?"
    assert list(got.paragraphs) == [para(i) for i in range(5)]


BLOG_HTML = (
    "<html><head><title>Harbour Lights &raquo; Will the winter ferries run again?</title>"
    '<link rel="alternate" type="application/rss+xml" title="Harbour Lights RSS Feed" href="/feed" />'
    '</head><body><div id="header"><h1><a href="/">Harbour Lights</a></h1>'
    "<div>Occasional notes on boats, islands and the people who run them</div></div>"
    '<div class="post"><h2>Will the winter ferries run again?</h2><small>Posted on March 15, 2022</small>'
    '<div class="entry">' + "".join(f"<p>{para(i)}</p>" for i in range(5)) + "</div></div>"
    '<div id="sidebar"><h2>Recent Posts</h2><ul><li><a href="#">Another post about boats</a></li></ul></div>'
    "</body></html>"
)


def test_blog_theme_h1_with_the_blog_name_is_not_the_headline() -> None:
    got = article(extract_page(BLOG_HTML.encode()))
    assert got.title == "Will the winter ferries run again?"
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_h1_headline_that_matches_the_title_is_kept() -> None:
    html = BLOG_HTML.replace('<h1><a href="/">Harbour Lights</a></h1>', "").replace(
        "<h2>Will the winter ferries run again?</h2>", "<h1>Will the winter ferries run again?</h1>"
    )
    got = article(extract_page(html.encode()))
    assert got.title == "Will the winter ferries run again?"
