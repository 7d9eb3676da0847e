"""Metered pages and policy analyses, each on a small page or dump written for the test: the
locked paragraphs of a metered story hidden in the HTML or set after the gate in a dump,
numbered section headings between paragraphs, a summary box in the story's flow, figure
captions under a label, and a byline row with separators directly above the story. Every
page is synthetic; no real site is copied.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import ends_story, is_caption, is_paywall

from .prose import article, paragraph_maker

_SENTENCES = (
    "The harbour board agreed on Monday to lease the old grain terminal to a shipping cooperative",
    "Members of the cooperative said the lease would let them load timber without trucking it inland",
    "The board's finance officer said the rent would cover the cost of repairing the quay wall",
    "Two board members voted against the lease, arguing that the terminal should be sold outright",
    "The cooperative expects to start loading in the spring once the cranes have been inspected",
    "Local hauliers warned that the change would cost them a third of their winter contracts",
    "The port's chief engineer said the quay wall had not been surveyed since the last flood",
    "A public consultation on the terminal's future closed in January with few objections filed",
)


para = paragraph_maker(_SENTENCES, "according to the minutes of meeting {i} of the board.")


# -- metered paywalls -------------------------------------------------------------------------


def test_hidden_div_holding_the_rest_of_the_story_is_body() -> None:
    html = f"""<html><head><title>Harbour board leases grain terminal</title></head><body>
<div class="page"><h1>Harbour board leases grain terminal</h1>
<div class="copy"><p>{para(0)}</p><p>{para(1)}</p></div>
<div class="gate" role="dialog"><h3>Subscribe to read the full story</h3><p>First month free.</p></div>
<div class="copy locked" style="display:none"><p>{para(2)}</p><p>{para(3)}</p><p>{para(4)}</p></div>
<div class="menu" hidden><ul><li><a href="/a">Markets</a></li><li><a href="/b">Opinion</a></li></ul></div>
</div></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_hidden_menus_modals_and_single_lines_stay_pruned() -> None:
    html = f"""<html><head><title>Harbour board leases grain terminal</title></head><body>
<article><h1>Harbour board leases grain terminal</h1>
{"".join(f"<p>{para(i)}</p>" for i in range(4))}
<div style="display:none"><p>You have read all your free articles this month, so please log in now.</p></div>
<div hidden><a href="/x">{para(5)}</a> <a href="/y">{para(6)}</a></div>
</article></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_paywall_gate_in_a_dump_interrupts_when_the_story_goes_on() -> None:
    dump = "\n".join(
        [
            "The Port Ledger",
            "",
            "Harbour board leases grain terminal",
            "",
            "By Ann Carter",
            "",
            para(0),
            "",
            para(1),
            "",
            "Subscribe to read the full story",
            "Unlimited access to every story, first month free.",
            "Start your free trial",
            "Already a subscriber? Log in",
            "",
            para(2),
            "",
            para(3),
            "",
            para(4),
            "",
            "Read Next",
            "Cranes arrive at the new container berth",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(5)]


def test_paywall_gate_followed_by_a_teaser_still_ends_the_story() -> None:
    dump = "\n".join(
        [
            "The Port Ledger",
            "",
            "Harbour board leases grain terminal",
            "",
            "By Ann Carter",
            "",
            *[x for i in range(4) for x in (para(i), "")],
            "Keep reading with a 7-day free trial",
            "Start trial",
            "Paid subscribers get the rest: what the cooperative plans to do with the old silos next year.",
            "Start with the silos. Two people familiar with the plans told me that the board had…",
            "",
            "214 Likes",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_paywall_divider_phrases() -> None:
    assert is_paywall("Subscribe to read the full story")
    assert is_paywall("Keep reading with a free trial")
    assert ends_story("Sign in to read the rest of the article")
    assert not is_paywall("Readers who subscribe to the port's bulletin read the full story of the lease.")


# -- analyses: numbered sections, summary boxes, captions, byline rows ------------------------


def test_numbered_section_headings_between_paragraphs_are_kept_in_a_dump() -> None:
    dump = "\n".join(
        [
            "Harbour Institute",
            "",
            "The grain terminal lease, explained",
            "",
            "By Ann Carter",
            "",
            para(0),
            "1. What the board agreed",
            para(1),
            para(2),
            "2. Who objects",
            para(3),
            "3. What comes next",
            para(4),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [
        para(0), "1. What the board agreed", para(1), para(2), "2. Who objects", para(3),
        "3. What comes next", para(4),
    ]


def test_summary_box_after_the_story_has_begun_is_body_in_html() -> None:
    html = f"""<html><head><title>The grain terminal lease, explained</title></head><body>
<div class="analysis"><h1>The grain terminal lease, explained</h1>
<p>{para(0)}</p>
<div class="box"><h3>Key takeaways</h3><ul><li>The lease runs for ten years.</li>
<li>Two members voted against it.</li></ul></div>
<h3>The vote</h3><p>{para(1)}</p><p>{para(2)}</p>
</div></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [
        para(0), "Key takeaways", "The lease runs for ten years.", "Two members voted against it.",
        "The vote", para(1), para(2),
    ]


def test_summary_box_closing_the_story_is_body_in_html_and_in_a_dump() -> None:
    html = f"""<html><head><title>The grain terminal lease, explained</title></head><body>
<div class="analysis"><h1>The grain terminal lease, explained</h1>
{"".join(f"<p>{para(i)}</p>" for i in range(3))}
<h2>Key takeaways</h2><ul><li>The lease runs for ten years.</li><li>Two members voted against it.</li></ul>
</div><div class="author-box"><h3>About the author</h3><p>Ann Carter is a fellow at the institute.</p></div>
</body></html>"""
    points = ["The lease runs for ten years.", "Two members voted against it."]
    expected = [para(0), para(1), para(2), "Key takeaways", *points]
    assert list(article(extract_page(html.encode())).paragraphs) == expected
    dump = "\n".join(
        [
            "Harbour Institute",
            "The grain terminal lease, explained",
            "By Ann Carter",
            para(0),
            para(1),
            para(2),
            "Key takeaways",
            "• The lease runs for ten years.",
            "• Two members voted against it.",
            "Download this analysis (PDF, 300 KB)",
            "About the author",
            "Ann Carter is a fellow at the institute.",
        ]
    )
    got = [p.lstrip("• ") for p in article(extract_page(dump.encode())).paragraphs]
    assert got == expected


def test_figure_captions_under_a_label_are_captions() -> None:
    assert is_caption("Map: The harbour's berths and the grain terminal, as of May 2025. Source: the board.")
    assert is_caption("Chart 2: Timber exports by month, 2021-2024, in tonnes.")
    assert not is_caption("The map shows the harbour's berths and the terminal the board wants to lease.")


def test_caption_with_a_date_does_not_cut_the_lede_off_a_dump() -> None:
    dump = "\n".join(
        [
            "Harbour Institute",
            "The grain terminal lease, explained",
            "By Ann Carter",
            para(0),
            para(1),
            "Photo: The grain terminal seen from the breakwater, 2 May 2025. Board photo.",
            para(2),
            para(3),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_byline_row_with_separators_right_above_the_story_anchors_the_headline() -> None:
    dump = "\n".join(
        [
            "Harbour Institute",
            "Ports and shipping on the northern coast",
            "Research | Commentary | Events | About us",
            "Home › Research › Ports",
            "Analysis",
            "The grain terminal lease, explained",
            "Ann Carter · 20 June 2025 · Reading time: 3 min",
            "Map: The harbour's berths and the grain terminal, as of May 2025. Source: the board.",
            para(0),
            para(1),
            para(2),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.title == "The grain terminal lease, explained"
    assert list(got.paragraphs) == [para(i) for i in range(3)]
