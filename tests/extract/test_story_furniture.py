"""Furniture around a story that the text of a dump alone must give away, on pages written
for the test (no real site is copied): a membership page's header with a rubric, a follow
button and a dek; its closing bio, sign-up box and "More from <author>" list; a wire's box
about its own standards; and a story sentence that merely says "sign up to".
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import ends_story, is_bio, is_boilerplate

from .prose import article, paragraph_maker

_SENTENCES = (
    "The river authority approved a new flood barrier for the lower town on Thursday evening",
    "Engineers told the authority that the old embankment would not survive another wet winter",
    "The barrier will cost more than the authority had budgeted when the plan was first tabled",
    "Shopkeepers on the quay said they had waited nearly a decade for the work to be approved",
    "Construction is due to begin in the summer and to take about eighteen months to complete",
    "The authority's chair said a public meeting on the route would be held within weeks",
)


para = paragraph_maker(_SENTENCES, "officials said on day {i} of the works.")


def test_membership_page_dump_header_and_closing_apparatus() -> None:
    dump = "\n".join(
        [
            "Lowland Policy Circle",
            "  • Home",
            "  • Research",
            "  • About",
            "Sign inSubscribe",
            "Commentary",
            "Why the lower town waited so long for its barrier",
            "",
            "A decade of delay, and what it cost the quay's shopkeepers",
            "",
            "  •",
            "Ruth Harlow",
            "Follow",
            "Mar 4, 2024 • 3 min read",
            "A flooded street in the lower town. Photo by Ann Vey / Unsplash",
            "",
            *[x for i in range(6) for x in (para(i), "")],
            "👏 42 Share Bookmark",
            "Ruth Harlow",
            "",
            "Senior fellow at the Lowland Policy Circle, working on water and planning. Views are the author's own.",
            "",
            "Follow",
            "Sign up for Lowland Policy Circle",
            "",
            "Short notes on planning and the river, every Monday.",
            "",
            "Subscribe",
            "More from Ruth Harlow",
            "Who pays when the river rises?",
            "",
            "The insurance market has quietly left the quay. The authority has not noticed yet, we argue.",
            "",
            "Ruth Harlow · Jan 9, 2024",
            "Lowland Policy Circle © 2025",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.title == "Why the lower town waited so long for its barrier"
    assert list(got.paragraphs) == [para(i) for i in range(6)]


def test_wire_dump_standards_box_after_the_story_is_dropped() -> None:
    dump = "\n".join(
        [
            "River Wire Log inRegisterSubscribe",
            "NewsRegionWorldOpinion",
            "Flood barrier for lower town approved after decade of delay",
            "Ann Vey Published: 9:10AM, 4 March 2024",
            "",
            *[x for i in range(6) for x in (para(i), "")],
            "Why you can trust us",
            "",
            "Our reporters work to a published code, and every story is read by two editors before it runs.",
            "",
            "Learn more about our standards",
            "Topics",
            "  • Flooding",
            "Advertisement",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.title == "Flood barrier for lower town approved after decade of delay"
    assert list(got.paragraphs) == [para(i) for i in range(6)]


def test_story_sentence_saying_sign_up_to_is_kept() -> None:
    sentence = "The mayor has since urged the other riverside towns to sign up to the plan."
    assert not is_boilerplate(sentence)
    assert is_boilerplate("Sign up for our free weekly newsletter")
    assert is_boilerplate("Learn more about our standards")
    html = f"""<html><head><title>Barrier approved</title></head><body>
<article><h1>Barrier approved</h1>
{"".join(f"<p>{para(i)}</p>" for i in range(3))}<p>{sentence}</p>{"".join(f"<p>{para(i)}</p>" for i in range(3, 6))}
</article></body></html>"""
    got = article(extract_page(html.encode()))
    assert sentence in got.paragraphs


def test_bio_without_the_name_and_more_from_heading() -> None:
    assert is_bio("Fellow at the Lowland Policy Circle, working on water and planning.")
    assert is_bio("She writes on planning. Views are the author's own.")
    assert not is_bio("The fellow at the back of the hall asked about the cost of the barrier.")
    assert ends_story("More from Ruth Harlow")
    assert not ends_story("More from the quay's shopkeepers was expected at the meeting.")
