"""Print-layout text dumps (hard-wrapped columns, print hyphenation, column markers, jump
lines, running heads, other items on the page), cookie banners and deks above a byline,
and live pages (a post's heading under its time stamp). Every page here is invented."""

from __future__ import annotations

from collections import Counter

from monitor.extract import extract_page, phrases, reflow

from .prose import article

_PRINTED = """The Harbour Gazette e-Paper
Edition: Monday, 3 March 2025 · City edition
Text view · Zoom in · Zoom out · Download PDF
================================================================
PAGE 1    THE HARBOUR GAZETTE    MONDAY, MARCH 3, 2025
TOWN

Council delays harbour dredging plan again

Costs have risen by a third since the tender was first drafted
ANN LEE
Portside

  PORTSIDE — The harbour board voted on
Monday to delay the dredging contract un-
til the spring, citing a sharp rise in the
estimated costs of the government-
backed scheme since the tender went out.
  Members of the board said the new esti-
mate was a third higher than the figure
[col. 2]
they had been given last year, and that
the operators would have to wait.
Continued on Page 4

IN BRIEF
Ferry timetable changes
The morning ferry to the islands will
leave ten minutes earlier from next
week, the operator said on Friday.

================================================================
PAGE 4    TOWN    THE HARBOUR GAZETTE    MONDAY, MARCH 3, 2025

DREDGING
Continued from Page 1

  The port's operators, who had pressed
for the work to start this year, called
the delay a mistake and said ships would
keep running aground at low tide.
  Residents living near the quay have
asked for a study of the noise the dred-
gers would make, the board's chair said.

LETTERS
Parking at the quay
Sir, — The new parking charges at the quay
are far too high for the people who work
there every single day of the week. —
B. SMITH, Portside
"""


def test_printed_page_reflows_columns_and_follows_the_jump() -> None:
    art = article(extract_page(_PRINTED.encode()))
    assert art.title == "Council delays harbour dredging plan again"
    assert art.paragraphs == (
        "PORTSIDE — The harbour board voted on Monday to delay the dredging contract until the spring, citing a "
        "sharp rise in the estimated costs of the government-backed scheme since the tender went out.",
        "Members of the board said the new estimate was a third higher than the figure they had been given last "
        "year, and that the operators would have to wait.",
        "The port's operators, who had pressed for the work to start this year, called the delay a mistake and "
        "said ships would keep running aground at low tide.",
        "Residents living near the quay have asked for a study of the noise the dredgers would make, the board's "
        "chair said.",
    )


def test_split_word_joins_or_keeps_its_hyphen() -> None:
    empty: Counter[str] = Counter()
    assert reflow.join_split_word("new sanc-", "tions on", empty, "en") == "new sanctions on"
    assert reflow.join_split_word("the Western-", "backed plan", empty, "en") == "the Western-backed plan"
    assert reflow.join_split_word("minister Vol-", "shenkova", empty, "en") == "minister Volshenkova"
    assert reflow.join_split_word("an anti-", "EU vote", empty, "en") == "an anti-EU vote"
    # the page's own spelling wins: "well-" + "known" written hyphenated elsewhere
    assert reflow.join_split_word("a well-", "known", Counter({"well-known": 1}), "en") == "a well-known"


def test_web_dumps_are_not_reflowed() -> None:
    lines = [
        "A headline about the harbour",
        "The harbour board voted on Monday to delay the dredging contract until the spring, citing costs.",
        "",
        "Members of the board said the estimate had risen by a third since the tender was first drafted.",
    ]
    assert reflow.reflow(lines) == (lines, False)


def test_layout_lines() -> None:
    assert reflow.is_column_break("[col. 3]") and reflow.is_column_break("(Column 2)")
    assert reflow.is_jump("Continued on Page 12") and reflow.is_jump("See HARBOUR, Page A6")
    assert reflow.is_jump_in("Continued from Page 1") and not reflow.is_jump_in("Continued on Page 4")
    assert reflow.is_running_head("PAGE 4    TOWN    THE GAZETTE    MONDAY, MARCH 3, 2025")
    assert not reflow.is_running_head("The board met on Monday.    It voted no.")
    assert phrases.is_caption("Boats moored at the quay on Sunday. Photo / Staff")


def test_cookie_banner_is_template_at_any_length_a_story_about_cookies_is_not() -> None:
    banner = (
        "We and our 80 partners store and access cookies and similar trackers on your device to measure "
        "audiences, show you personalised adverts and improve the site. You can accept them, refuse the ones "
        "that are not strictly necessary or pick your own settings, and you can change your mind at any time "
        "from the link at the bottom of every page of this site."
    )
    assert phrases.words(banner) > 45
    assert phrases.is_boilerplate(banner)
    story = (
        "The regulator said sites that use cookies to follow visitors must let them reject all of them as "
        "easily as they accept them, a rule that took effect on Monday across the bloc after years of delay."
    )
    assert not phrases.is_boilerplate(story)


_LIVE = """The Valley Post
News
Sport
Business
Opinion
What's On
Live
Harbour strike: ferries stop as talks fail - live
Union and operators trade blame after a night of talks
By Ann Lee
Updated Monday 3 March 2025, 6.10pm

Key events
17.40 GMT Ferries halted
Show key events only

17.40 GMT
Ferries halted for the evening
The operator said the last three ferries of the day would not sail, leaving hundreds of commuters on the quay.
Buses have been laid on for the islands, though the operator warned they would be slow and crowded tonight.
Share

15.05 GMT
Talks break up without a deal
The union's negotiators walked out of the talks after six hours, saying the operator had offered nothing new.
The operator said it had put a fair offer on the table and called on the union to put it to its members.
Share

Readers' comments (2)
Ferry Fan
Typical. They never think about the people who actually use the boats every single day of the week.
Most read
"""


def test_live_page_keeps_post_headings_and_drops_stamps_and_comments() -> None:
    art = article(extract_page(_LIVE.encode()))
    assert art.title == "Harbour strike: ferries stop as talks fail - live"
    assert art.paragraphs[0] == "Ferries halted for the evening"
    assert "Talks break up without a deal" in art.paragraphs
    assert not any("GMT" in p or "Typical" in p for p in art.paragraphs)
    assert len(art.paragraphs) == 6


def test_dek_above_the_byline_is_not_body() -> None:
    page = "\n".join(
        [
            "Harbour board delays dredging again",
            "",
            "The board's members said costs had risen by a third since the tender, and the operators are not "
            "happy about waiting another season for the work.",
            "By Ann Lee, Portside",
            "",
            "The harbour board voted on Monday to delay the dredging contract until the spring, citing costs that "
            "had risen sharply.",
            "",
            "Members of the board said the estimate had risen by a third since the tender was first drafted last "
            "year, and that they had no choice.",
            "",
            "A final decision is expected at the board's next meeting, which is scheduled for early March, the "
            "board's chair told reporters.",
        ]
    )
    art = article(extract_page(page.encode()))
    assert art.title == "Harbour board delays dredging again"
    assert art.paragraphs[0].startswith("The harbour board voted")
