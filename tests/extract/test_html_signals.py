"""General HTML signals of the extraction stage, each on a small page written for the test.

Every page here is synthetic: the markup imitates common template shapes (a body split
around a figure, a standings table, a paywalled remainder, a press release's closing
boilerplate) without copying any real site, so the tests pin the behaviour, not one outlet.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import is_about, is_boilerplate, is_caption
from monitor.types import Article

_TOPICS = (
    "the harbour authority",
    "the regional council",
    "the transport ministry",
    "the city's planning office",
    "the school board",
    "the water utility",
    "the port workers' union",
    "the chamber of commerce",
    "the hospital trust",
    "the housing agency",
    "the rail operator",
    "the airport board",
)


def prose(i: int, words: str = "") -> str:
    """A distinct, sentence-shaped paragraph of about forty words."""
    topic = _TOPICS[i % len(_TOPICS)]
    return (
        f"On day {i} {topic} said{words} that the review of the budget, which began in the spring, "
        f"would be published before the end of the month, and that residents could comment on "
        f"paragraph {i} of the draft at public meetings, officials said."
    )


def page(body: str, title: str = "Council publishes its review") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<div class="site-header"><a href="/">Home</a> <a href="/news">News</a></div>'
        f"<main>{body}</main>"
        f'<div class="site-footer"><a href="/about">About us</a></div></body></html>'
    ).encode()


def paragraphs(content: bytes) -> tuple[str, ...]:
    article = extract_page(content)
    assert isinstance(article, Article), article
    return article.paragraphs


def text(content: bytes) -> str:
    return "\n".join(paragraphs(content))


# --- tables --------------------------------------------------------------------------------


def test_table_rows_with_data_classes_are_kept() -> None:
    """Rows named like "oddrow player-12" are data, not a video player or a promo."""
    rows = "".join(
        f'<tr class="{"odd" if i % 2 else "even"}row player-{i}"><td>{i}</td><td>Driver {chr(64 + i)}</td>'
        f"<td>{5000 - 10 * i}</td></tr>"
        for i in range(1, 9)
    )
    body = (
        '<article class="entry"><h1>Standings</h1>'
        + "".join(f"<p>{prose(i)}</p>" for i in range(3))
        + f'<table class="standings"><tbody><tr class="colhead"><td>Pos</td><td>Driver</td><td>Points</td></tr>{rows}'
        "</tbody></table>" + f"<p>{prose(3)}</p></article>"
    )
    out = text(page(body))
    for i in range(1, 9):
        assert f"Driver {chr(64 + i)}" in out
    assert prose(3) in out


# --- paywalls ------------------------------------------------------------------------------


def test_body_inside_a_paywall_container_is_kept_and_the_prompt_is_not() -> None:
    body = (
        '<article class="story"><h1>Review</h1><div class="story-body">'
        f"<p>{prose(0)}</p><p>{prose(1)}</p>"
        '<div class="paywall-teaser"><h3>You have 1 free article left</h3>'
        "<p>Subscribe for unlimited access to our reporting.</p></div>"
        f'<div class="paywall">{"".join(f"<p>{prose(i)}</p>" for i in range(2, 7))}</div>'
        "</div></article>"
    )
    out = paragraphs(page(body))
    assert out == tuple(prose(i) for i in range(7))


# --- split bodies --------------------------------------------------------------------------


def test_leading_paragraphs_in_a_sibling_container_with_a_modifier_class_are_kept() -> None:
    """A template renders the first paragraphs in ``body-text body-text--intro`` and the
    rest, after a video, in ``body-text``: one body."""
    body = (
        "<article><h1>Review</h1>"
        '<div class="body-text body-text--intro"><div class="inner">'
        f"<p>{prose(0)}</p><p>{prose(1)}</p></div></div>"
        '<div class="video-embed"><p>Watch</p></div>'
        '<div class="body-text"><div class="inner">'
        + "".join(f"<p>{prose(i)}</p>" for i in range(2, 9))
        + "</div></div>"
        "</article>"
    )
    assert paragraphs(page(body)) == tuple(prose(i) for i in range(9))


def _section(paras: range, heading: str = "") -> str:
    head = f"<h2>{heading}</h2>" if heading else ""
    inner = "".join(f"<p>{prose(i)}</p>" for i in paras)
    return (
        '<div class="band"><section class="post-section"><div class="col">'
        f'<div class="post-body rich-text">{head}{inner}</div></div></section></div>'
    )


def test_parts_of_a_body_far_apart_in_the_tree_are_all_kept() -> None:
    """Full-width figures split the body into parts that only meet many levels up."""
    figure = '<div class="band"><div class="wide"><div><p>Illustration by a staff artist</p></div></div></div>'
    body = (
        '<div class="page"><div class="post-head"><h1>Review</h1></div>'
        + _section(range(0, 3))
        + figure
        + _section(range(3, 10), "What the review found")
        + figure
        + _section(range(10, 13))
        + "</div>"
    )
    out = paragraphs(page(body))
    assert out == (*(prose(i) for i in range(3)), "What the review found", *(prose(i) for i in range(3, 13)))


def test_a_second_story_below_in_the_same_markup_is_not_joined() -> None:
    """Infinite scroll renders the next story with the same markup; its own h1 marks it."""
    second = (
        '<div class="next-story"><div class="post-head"><h1>Another story</h1></div>'
        + _section(range(20, 26))
        + "</div>"
    )
    body = '<div class="page"><div class="post-head"><h1>Review</h1></div>' + _section(range(0, 8)) + second + "</div>"
    out = text(page(body, title="Review"))
    assert prose(7) in out
    assert prose(20) not in out


# --- repeats -------------------------------------------------------------------------------


def test_a_line_repeated_in_the_body_markup_is_kept_but_a_pull_quote_is_not() -> None:
    menu = "Portion: one cup of rice, two eggs and a handful of spinach, cooked without oil."
    body = (
        '<article class="post"><h1>Menus</h1><div class="post-content">'
        f"<p>{prose(0)}</p><h3>Monday</h3><p>{menu}</p><p>{prose(1)}</p>"
        f'<blockquote class="pullquote"><p>{prose(1)}</p></blockquote>'
        f"<h3>Tuesday</h3><p>{menu}</p><p>{prose(2)}</p></div></article>"
    )
    out = paragraphs(page(body))
    assert out.count(menu) == 2
    assert out.count(prose(1)) == 1


# --- edges ---------------------------------------------------------------------------------


def test_a_plain_list_closing_the_story_is_kept_but_a_link_list_is_not() -> None:
    teams = "".join(f"<li>Team {chr(65 + i)} (Group {i + 1}): appearance number {i + 2}</li>" for i in range(6))
    links = "".join(f'<li><a href="/s/{i}">Other headline number {i} about something</a></li>' for i in range(5))
    body = (
        '<article class="story"><h1>Qualifying</h1><div class="story-body">'
        + "".join(f"<p>{prose(i)}</p>" for i in range(4))
        + f"<h3>Qualified teams</h3><ul>{teams}</ul><ul>{links}</ul></div></article>"
    )
    out = text(page(body))
    assert "Qualified teams" in out
    assert "Team F (Group 6): appearance number 7" in out
    assert "Other headline number" not in out


def test_a_press_release_ends_before_its_company_boilerplate() -> None:
    mid = "Northwind is headquartered in Leeds, the company said, and will keep its plant there."
    body = (
        '<article class="release"><h1>Northwind expands</h1><div class="release-body">'
        f"<p>{prose(0)}</p><p>{mid}</p><p>{prose(1)}</p><p>{prose(2)}</p>"
        "<h3>About Northwind Foods</h3>"
        "<p>Northwind Foods is a leading European producer of frozen vegetables, with plants in six "
        "countries and more than 4,000 employees.</p>"
        "<p>Northwind Foods is headquartered in Leeds and listed on the London Stock Exchange.</p>"
        "</div></article>"
    )
    out = paragraphs(page(body))
    assert out == (prose(0), mid, prose(1), prose(2))


def test_is_about_needs_a_company_description_shape() -> None:
    assert is_about("About Northwind Foods")
    assert is_about("Acme Corp. is a global provider of logistics software for retailers.")
    assert not is_about("The council is a body of twelve elected members.")  # no company noun
    assert not is_about("About 40 people attended the meeting, the organisers said.")


def test_a_sentence_with_many_links_is_prose() -> None:
    linked = (
        '<p><a href="/a">The inquiry</a> into <a href="/b">the harbour contract</a> had been '
        '<a href="/c">shelved in 2017</a> but was <a href="/d">reopened earlier this year</a> '
        "after new evidence emerged.</p>"
    )
    body = '<article class="story"><h1>Inquiry</h1><div class="story-body">' + "".join(
        f"<p>{prose(i)}</p>" for i in range(3)
    )
    body += linked + f"<p>{prose(3)}</p></div></article>"
    out = text(page(body))
    assert "shelved in 2017 but was reopened earlier this year after new evidence emerged." in out


def test_agency_credit_is_a_caption_but_a_sentence_naming_the_agency_is_not() -> None:
    assert is_caption("Smoke rises over the port on Tuesday. Reuters")
    assert is_caption("Workers at the plant in March. Getty Images")
    assert not is_caption("The company is cooperating, a spokesperson said when contacted by Reuters.")
    assert not is_caption("The plan was first reported by Reuters.")


def test_a_reporting_credit_in_brackets_is_boilerplate() -> None:
    assert is_boilerplate("(Reporting by Jane Doe and John Roe; editing by Sam Poe)")
    assert is_boilerplate("Reporting by Jane Doe")


def test_camel_case_class_names_name_their_role() -> None:
    """``newsCaption`` is a caption as much as ``news-caption`` is."""
    body = (
        '<article class="story"><h1>Review</h1><div class="storyBody">'
        f"<p>{prose(0)}</p>"
        '<div class="photoBox"><span class="newsCaption">Workers unload a ship at the harbour</span></div>'
        + "".join(f"<p>{prose(i)}</p>" for i in range(1, 4))
        + "</div></article>"
    )
    out = paragraphs(page(body))
    assert out == tuple(prose(i) for i in range(4))


def test_template_phrases_inside_the_body_are_dropped() -> None:
    for phrase in (
        "Advert",
        "DON'T MISS",
        "This slideshow requires JavaScript.",
        '[button link="/submit" type="big"] Send us your review[/button]',
    ):
        assert is_boilerplate(phrase), phrase
    assert not is_boilerplate("The [redacted] report was released on Monday.")
