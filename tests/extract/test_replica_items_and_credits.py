"""E-paper replica pages in HTML (paragraphs cut by column breaks, a story jumping pages,
briefs and readers' letters of other stories on the same page), and leaks shared by both
extractors: photo captions closing in an "Agency/Name" credit, pull quotes repeating a
paragraph word for word in quotation marks, a "Cite this" link above the first paragraph,
a subhead under an inline link, an audio player's note. Every page here is invented."""

from __future__ import annotations

from monitor.extract import extract_page, phrases
from monitor.types import Article


def _article(page: str) -> Article:
    result = extract_page(page.encode("utf-8"))
    assert isinstance(result, Article), result
    return result


_STORY = (
    "<p>GLENHAVEN — The regional council on Tuesday approved a new flood barrier for the lower river, "
    "ending two years of argument over who should pay for it and how high it should be.</p>"
)


def _replica(body: str, title: str = "Council backs river flood barrier") -> str:
    return (
        f"<html><head><title>{title} | The Valley Star e-Paper</title></head><body>"
        f'<div class="viewer">Zoom in Zoom out Download PDF</div><div class="sheets">{body}</div></body></html>'
    )


# --- HTML: a paragraph cut by a column break ------------------------------------------------


def test_a_paragraph_cut_by_a_column_break_is_one_paragraph_again() -> None:
    page = _replica(
        '<div class="sheet"><div class="piece"><div class="head">Council backs river flood barrier</div>'
        '<div class="columns"><div class="column">'
        + _STORY
        + "<p>Engineers said the barrier would protect about 900 homes and that building it would take</p>"
        '</div><div class="column"><p>three summers, starting next year once the consents are granted.</p>'
        "<p>The cost, put at $48 million, will be shared by the council and the government, which agreed "
        "last month to pay two thirds.</p></div></div></div></div>"
    )
    paragraphs = _article(page).paragraphs
    assert (
        "Engineers said the barrier would protect about 900 homes and that building it would take three "
        "summers, starting next year once the consents are granted." in paragraphs
    )
    assert len(paragraphs) == 3


def test_a_paragraph_resumes_in_the_next_column_with_a_capital() -> None:
    """A name opening the next column carries the sentence on: the columns' shared markup
    and the open end say it is one paragraph."""
    page = _replica(
        '<div class="columns"><div class="column">'
        + _STORY
        + "<p>The plan was first put forward by the former mayor</p></div>"
        '<div class="column"><p>Helen Carver, who lost her seat over it in the 2022 election and has since '
        "backed the scheme from outside the council.</p></div></div>"
    )
    assert (
        "The plan was first put forward by the former mayor Helen Carver, who lost her seat over it in the "
        "2022 election and has since backed the scheme from outside the council."
    ) in _article(page).paragraphs


def test_paragraphs_ending_with_a_full_stop_stay_apart() -> None:
    page = _replica(
        '<div class="columns"><div class="column">'
        + _STORY
        + "<p>The vote was eleven to four.</p></div>"
        '<div class="column"><p>Opponents said the barrier would move the flooding downstream to farmland '
        "that has no protection of its own.</p></div></div>"
    )
    paragraphs = _article(page).paragraphs
    assert "The vote was eleven to four." in paragraphs
    assert len(paragraphs) == 3


# --- HTML: a story jumping pages, other items on its pages -----------------------------------

_JUMPING = _replica(
    '<div class="sheet"><div class="piece"><div class="head">Council backs river flood barrier</div>'
    + _STORY
    + "<p>Councillors voted eleven to four after a debate that ran for most of the afternoon, with the "
    "opponents arguing that the money would be better spent on raising the stopbanks.</p>"
    '<div class="jump">Turn to Page 5</div></div>'
    '<div class="piece"><div class="label">IN BRIEF</div><h3>Library hours extended</h3>'
    "<p>The central library will stay open until 8pm on weekdays from next month, the council said.</p></div>"
    "</div>"
    '<div class="sheet"><div class="piece"><div class="jump-label">BARRIER</div>'
    '<div class="jump">Continued from Page 1</div>'
    "<p>The barrier will run for four kilometres along the eastern bank, and its gates will close "
    "automatically when the river rises above the warning level set by the regional council.</p>"
    "<p>Work is due to start in the spring, once the last of the land needed for it has been bought.</p>"
    "</div>"
    '<div class="piece"><div class="label">LETTERS</div><h3>Who pays?</h3>'
    "<p>Sir, — Once again the ratepayers of the valley are asked to foot the bill for the city. "
    "— M. OKAFOR, Riverton</p></div></div>"
)


def test_a_jumping_story_reads_on_without_the_other_items_of_its_page() -> None:
    paragraphs = _article(_JUMPING).paragraphs
    text = " ".join(paragraphs)
    assert paragraphs[0].startswith("GLENHAVEN")
    assert paragraphs[-1].startswith("Work is due to start")
    for leak in ("Library hours", "central library", "BARRIER", "Who pays", "ratepayers", "OKAFOR", "Page 5"):
        assert leak not in text


def test_a_brief_under_a_kicker_is_another_story() -> None:
    page = _replica(
        '<div class="piece"><div class="head">Council backs river flood barrier</div>' + _STORY + "<p>"
        "Councillors voted eleven to four after a debate that ran for most of the afternoon, with the "
        "opponents arguing that the money would be better spent on raising the stopbanks.</p></div>"
        '<div class="piece"><div class="label">WEATHER</div><h3>Frost for inland areas</h3>'
        "<p>Temperatures will drop below zero overnight in the upper valley, forecasters say.</p></div>"
    )
    text = _article(page).text
    assert "Councillors voted" in text
    assert "Frost" not in text and "forecasters" not in text


def test_a_section_under_a_subhead_without_a_kicker_stays() -> None:
    page = _replica(
        '<article><div class="head">Council backs river flood barrier</div>' + _STORY + "<p>"
        "Councillors voted eleven to four after a debate that ran for most of the afternoon.</p>"
        "<section><h3>What happens next</h3><p>Work is due to start in the spring, the council said.</p>"
        "</section></article>"
    )
    paragraphs = _article(page).paragraphs
    assert paragraphs[-2:] == ("What happens next", "Work is due to start in the spring, the council said.")


def test_a_live_posts_time_stamp_is_not_a_kicker() -> None:
    posts = "".join(
        f'<div class="post"><div class="stamp">{hour}.15 GMT</div><h3>Update number {hour}</h3>'
        f"<p>The council's debate on the flood barrier went on at {hour} o'clock, with speakers from both "
        f"sides of the river taking their turn.</p></div>"
        for hour in (14, 13, 12)
    )
    page = _replica(f'<div class="live"><h1>Flood barrier vote: live</h1>{posts}</div>', "Flood barrier vote: live")
    text = _article(page).text
    for hour in (14, 13, 12):
        assert f"Update number {hour}" in text and f"at {hour} o'clock" in text


# --- letters, captions, notes: judged on their own --------------------------------------------


def test_a_readers_letter_is_known_by_its_salutation_or_signature() -> None:
    assert phrases.is_letter("Sir, — The new bus lanes have made my commute longer, not shorter.")
    assert phrases.is_letter("Dear Editor, the new bus lanes have made my commute longer.")
    assert phrases.is_letter("The new bus lanes have made my commute longer, not shorter. — P. NAIR, Eastfield")
    assert phrases.is_letter("Bring back the old timetable. — JOAN MARSH, Upper Hutt")
    assert not phrases.is_letter("The new bus lanes have made commutes longer, said Joan Marsh, a councillor.")
    assert not phrases.is_letter("Sir Keir said the lanes would stay — at least until the next election.")
    assert not phrases.is_letter("Bus lanes were added on the main road — in Eastfield, Upper Hutt and Taita.")


def test_a_caption_ends_in_an_agency_slash_name_credit() -> None:
    assert phrases.is_caption("Farmers inspect a flooded paddock near Riverton, March 2, 2024. Valley Press/Tom Hale")
    assert phrases.is_caption(
        "The minister arrives for talks in Glenhaven on May 4, 2023. Regional Ministry/Handout via Wirepix"
    )
    assert phrases.is_caption(
        "Boats moored at the quay. Valley Press/Tom Hale Buy Reprint Rights"
    )
    assert not phrases.is_caption("The council approved the barrier on Tuesday. The vote was eleven to four.")
    assert not phrases.is_caption("Traders sold the NZD/USD pair after the announcement.")
    assert not phrases.is_caption("He said the plan was sound. Others disagreed")


def test_an_audio_players_note_is_boilerplate() -> None:
    assert phrases.is_boilerplate("This audio was generated by an automated voice.")
    assert phrases.is_boilerplate("Narration produced using artificial intelligence")
    assert phrases.is_boilerplate("Voiced by artificial intelligence.")
    assert not phrases.is_boilerplate("The audio of the meeting was released by the council on Friday.")


def test_a_pull_quote_repeating_a_short_paragraph_in_quotation_marks_is_dropped() -> None:
    found = phrases.repeats(
        ["The barrier will not move the flooding downstream.", "“The barrier will not move the flooding downstream.”"],
        [False, False],
    )
    assert found == {1}
    # two different quotations, or a quotation the story itself prints once, stay
    assert not phrases.repeats(["“We will build it,” she said.", "“We will not pay for it.”"], [True, False])


# --- text dumps ---------------------------------------------------------------------------

_PARAGRAPHS = [
    "When the regional council met on Tuesday, the flood barrier for the lower river had been on its "
    "agenda for two years, and few expected the vote to settle the argument.",
    "It did. Councillors approved the barrier by eleven votes to four after a debate that ran for most of "
    "the afternoon, with opponents arguing for higher stopbanks instead.",
    "The barrier will run for four kilometres along the eastern bank, and its gates will close "
    "automatically when the river rises above the warning level.",
    "Work is due to start in the spring, once the last of the land needed for it has been bought from the "
    "farmers along the bank.",
]


def _dump(*middle: str) -> str:
    head = ["The Valley Review", "Home", "Analysis", "", "Council backs river flood barrier", "",
            "By Ann Lee 4 March 2025 6 min read", "Download PDF", "Print"]
    return "\n".join([*head, *middle])


def test_a_cite_this_link_above_the_first_paragraph_is_not_its_subhead() -> None:
    text = _dump("Cite this", "", _PARAGRAPHS[0], "", _PARAGRAPHS[1], "", "The gates", "", _PARAGRAPHS[2],
                 "", _PARAGRAPHS[3], "", "© 2025 The Valley Review")
    paragraphs = _article(text).paragraphs
    assert "Cite this" not in paragraphs
    assert paragraphs[0] == _PARAGRAPHS[0] and "The gates" in paragraphs


def test_a_pull_quote_in_a_text_dump_is_dropped() -> None:
    quote = "The barrier will not move the flooding downstream."
    text = _dump("", _PARAGRAPHS[0], "", _PARAGRAPHS[1], "", quote, "", f"“{quote}”", "", _PARAGRAPHS[2], "",
                 _PARAGRAPHS[3], "", "© 2025 The Valley Review")
    paragraphs = _article(text).paragraphs
    assert quote in paragraphs and f"“{quote}”" not in paragraphs


def test_a_subhead_under_an_inline_link_stays() -> None:
    text = _dump("", _PARAGRAPHS[0], "", _PARAGRAPHS[1], "", "More: Stopbanks to be raised along the upper river",
                 "", "The gates", "", _PARAGRAPHS[2], "", _PARAGRAPHS[3], "", "© 2025 The Valley Review")
    paragraphs = _article(text).paragraphs
    assert "The gates" in paragraphs
    assert not any(p.startswith("More:") for p in paragraphs)


def test_a_line_under_an_ad_label_is_not_a_subhead() -> None:
    text = _dump("", _PARAGRAPHS[0], "", _PARAGRAPHS[1], "", "Advertisement", "Read nextStopbanks for the valley",
                 "", _PARAGRAPHS[2], "", _PARAGRAPHS[3], "", "© 2025 The Valley Review")
    assert not any("Stopbanks" in p for p in _article(text).paragraphs)


def test_a_caption_with_an_agency_credit_in_a_text_dump_is_dropped() -> None:
    caption = (
        "Members of the regional council vote on the flood barrier at the council chamber in Glenhaven, "
        "March 4, 2025, after a debate that ran for most of the afternoon. Valley Press/Tom Hale"
    )
    text = _dump("", caption, _PARAGRAPHS[0], "", _PARAGRAPHS[1], "", _PARAGRAPHS[2], "", _PARAGRAPHS[3], "",
                 "© 2025 The Valley Review")
    paragraphs = _article(text).paragraphs
    assert caption not in paragraphs and paragraphs[0] == _PARAGRAPHS[0]
