"""General signals for outlet templates the extractor has never seen.

Every fixture here is written for the test (an invented outlet, invented story), one general
behaviour a test: where a text dump's headline sits, glued UI labels, sign-up boxes with
unknown wording, pull quotes, author boxes, comment threads, republication notes, reading
times, and the HTML sign-up box found by its e-mail field whatever its class names.
"""

from __future__ import annotations

from monitor.extract import extract_page, phrases
from monitor.types import Article

P1 = (
    "The ministers of five countries agreed on Tuesday to extend the grain corridor for another "
    "twelve months, officials said after the meeting in Ankara."
)
P2 = (
    "The agreement keeps ports open for exports of wheat, maize and sunflower oil, which had been "
    "threatened by the fighting along the coast."
)
P3 = (
    "Shipping companies welcomed the decision but said insurance costs remained high for vessels "
    "calling at the ports in the region."
)
P4 = (
    "“We will not let the corridor close,” the Turkish minister said, adding that talks would "
    "continue next month with all the parties involved."
)
P5 = "Officials expect the first ships under the new terms to leave port within a fortnight, the statement said."
STORY = [P1, P2, P3, P4, P5]
HEADLINE = "Ministers agree to extend the grain corridor for another year"


def _text(*lines: str) -> Article:
    article = extract_page("\n".join(lines).encode())
    assert isinstance(article, Article), article
    return article


def _body(*paragraphs: str) -> list[str]:
    return [x for p in paragraphs for x in (p, "")]


# --- text dumps: the headline ----------------------------------------------------------------


def test_text_headline_is_the_line_before_the_byline_not_the_tagline_or_ticker() -> None:
    article = _text(
        "Harbour Ledger",
        "",
        "Independent reporting on ports, trade and the sea",
        "  • Home",
        "  • Trade",
        "Sign in",
        "Breaking: Freight rates climb for a third straight week",
        "Trade / Shipping",
        HEADLINE,
        "",
        "Deal keeps Black Sea exports moving through next spring",
        "",
        "By Jane Doe",
        "March 3, 2024, 9:00 AM UTC",
        *_body(*STORY),
    )
    assert article.title == HEADLINE
    assert list(article.paragraphs) == STORY


def test_text_headline_printed_twice_and_in_the_comment_heading() -> None:
    article = _text(
        f"{HEADLINE} | Harbour Ledger",
        "Home › Trade",
        HEADLINE,
        "Posted on March 3, 2024 by Jane Doe 2 Comments",
        *_body(*STORY),
        f"2 thoughts on “{HEADLINE}”",
        "",
        "Sam K. says:",
        "The corridor deal is the best news for farmers this year, if it holds.",
        "",
        "Reply",
    )
    assert article.title == HEADLINE
    assert list(article.paragraphs) == STORY


def test_text_headline_without_a_byline_is_the_first_headline_shaped_line() -> None:
    article = _text("Home | Trade | Ports", HEADLINE, "", *_body(*STORY))
    assert article.title == HEADLINE


def test_text_ticker_and_updated_lines_are_not_headlines() -> None:
    assert phrases.is_boilerplate("Breaking: Freight rates climb for a third straight week")
    assert phrases.is_boilerplate("Live: Markets react to the central bank decision")
    assert phrases.is_boilerplate("Updated 3 hours ago")
    assert phrases.is_boilerplate("4 min read")


# --- glued labels ------------------------------------------------------------------------------


def test_glued_ui_labels_are_template() -> None:
    for line in (
        "Read moreFreight rates climb for a third straight week",
        "Sign inSubscribe for $1",
        "By Jane DoeUpdated March 3, 2024, 9:00 AM UTC",
        "ShareXFacebookLinkedInCopy linkSave",
        "Accept allManage preferences",
        "Email addressSign up",
    ):
        assert phrases.is_boilerplate(line), line


def test_camel_case_words_are_not_glued_labels() -> None:
    for line in (
        "Watch sales rose on the new watchOS release",
        "The HomePod sold well in the holiday quarter",
        "McDonald said the plan would work",
        "iPhone shipments fell",
    ):
        assert not phrases.is_boilerplate(line), line


def test_a_paragraph_behind_a_glued_label_is_still_a_paragraph() -> None:
    line = "Advertisement" + P1
    assert not phrases.is_boilerplate(line)


# --- text dumps: boxes and furniture inside the story ----------------------------------------


def test_text_sign_up_box_with_unknown_wording_is_dropped() -> None:
    article = _text(
        HEADLINE,
        "By Jane Doe",
        *_body(P1, P2),
        "The Morning Dispatch",
        "",
        "Our editors pick the five stories that matter most, every weekday.",
        "",
        "Subscribe",
        *_body(P3, P4, P5),
    )
    assert list(article.paragraphs) == STORY


def test_text_subhead_and_short_paragraph_before_an_ad_label_are_kept() -> None:
    short = "Exports resumed within hours of the announcement, port officials in the city said."
    lines = [*_body(P1, P2), "What comes next", "", short, "", "Advertisement", *_body(P3)]
    article = _text(HEADLINE, "By Jane Doe", *lines)
    assert list(article.paragraphs) == [P1, P2, "What comes next", short, P3]


def test_text_pull_quote_repeating_a_paragraph_is_dropped() -> None:
    quote = "“We will not let the corridor close,” the Turkish minister said"
    article = _text(HEADLINE, "By Jane Doe", *_body(P1, P2, P3, quote, P4, P5))
    assert list(article.paragraphs) == STORY


def test_text_read_more_promos_author_box_and_comments_are_dropped() -> None:
    article = _text(
        HEADLINE,
        "By Jane DoeUpdated March 3, 2024, 9:00 AM UTC3 min read",
        "ShareXFacebookCopy link",
        *_body(P1, P2),
        "Read moreFreight rates climb for a third straight week",
        *_body(P3, P4, P5),
        "Jane Doe",
        "",
        "Jane Doe reports for the Ledger from Istanbul, where she has covered shipping since 2019.",
        "",
        "Follow",
        "Conversation (3)",
        "Sam K.",
        "The corridor deal is the best news for farmers this year, if it holds.",
        "2h ago · Reply · 12 likes",
    )
    assert list(article.paragraphs) == STORY


def test_republication_note_is_dropped() -> None:
    note = "This article is republished from Harbour Ledger under a content-sharing agreement."
    article = _text(HEADLINE, "By Jane Doe", *_body(*STORY, note, "Read the original on the Harbour Ledger site."))
    assert list(article.paragraphs) == STORY
    assert phrases.is_boilerplate("This story was originally published by Harbour Ledger.")


def test_comment_headings_end_the_story() -> None:
    headings = ("5 thoughts on “Ministers agree”", "Comments (12)", "Conversation (3)", "Leave a Reply", "12 comments")
    for heading in headings:
        assert phrases.ends_story(heading), heading
    assert not phrases.ends_story("Five thoughts on how the deal could fail were shared by experts at the meeting.")


# --- HTML --------------------------------------------------------------------------------------


def test_html_sign_up_box_is_found_by_its_email_field_whatever_its_classes() -> None:
    paras = "".join(f'<p class="c-9f2a">{p}</p>' for p in STORY[:3])
    rest = "".join(f'<p class="c-9f2a">{p}</p>' for p in STORY[3:])
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f'<div class="c-77b1">{paras}<div class="c-1d0e"><h4>The Morning Dispatch</h4>'
        "<p>Our editors pick the five stories that matter most, every weekday.</p>"
        '<form><input type="email" placeholder="you@example.com"><button>Go</button></form></div>'
        f"{rest}</div></article></body></html>"
    )
    article = extract_page(page.encode())
    assert isinstance(article, Article)
    assert list(article.paragraphs) == STORY


def test_html_reading_time_row_is_not_body() -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1>"
        "<div><span>By <a href='/a'>Jane Doe</a></span><span>Updated March 3, 2024</span>"
        f"<span>3 min read</span></div><div>{paras}</div></article></body></html>"
    )
    article = extract_page(page.encode())
    assert isinstance(article, Article)
    assert list(article.paragraphs) == STORY


def test_html_pull_quote_named_by_its_class_is_dropped() -> None:
    """(HTML pull quotes in unnamed markup stay: the public benchmark's gold keeps quotes a
    page prints twice, such as embedded posts; only the text-dump rule drops them.)"""
    quote = "“We will not let the corridor close,” the Turkish minister said"
    paras = "".join(f"<p>{p}</p>" for p in STORY[:3])
    rest = "".join(f"<p>{p}</p>" for p in STORY[3:])
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><div>{paras}"
        f'<blockquote class="c-pull-quote"><p>{quote}</p></blockquote>{rest}</div></article></body></html>'
    )
    article = extract_page(page.encode())
    assert isinstance(article, Article)
    assert list(article.paragraphs) == STORY


def test_a_short_paragraph_sharing_a_clause_with_a_longer_one_is_kept() -> None:
    texts = ["He said the talks would continue next month.", P4]
    assert phrases.repeats(texts, [True, True]) == set()
