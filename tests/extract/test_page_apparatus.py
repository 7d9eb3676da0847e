"""Page apparatus around a story, each on a small page or dump written for the test.

Table-layout newspapers (headline in a big ``<font>``, ``<br>``-separated lines, no
``<h1>``), analysis pages (footnote markers, a summary box, a table of contents, notes and
"cite this"), and live pages (post timestamps, video cards, a LIVE kicker over the
headline). Every page is synthetic: the shapes are generic, no real site is copied.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import ends_story, is_boilerplate, is_box_heading, is_caption, strip_markers
from monitor.extract.textdump import parse_date

from .prose import article, paragraph_maker

_SENTENCES = (
    "The harbour board voted on Monday to delay the dredging contract until the spring, citing costs",
    "Members of the board said the estimate had risen by a third since the tender was first drafted",
    "The port's operators, who had pressed for the work to start this year, called the delay a mistake",
    "A final decision is expected at the board's next meeting, which is scheduled for early March",
    "Residents living near the quay have asked for a study of the noise the dredgers would make",
    "The board's chair said the study would be commissioned before any contract is signed",
)


para = paragraph_maker(_SENTENCES, "officials said on day {i} of the review.")


def test_table_layout_headline_in_big_font_and_br_lines() -> None:
    body = "<br><br>\n".join(para(i) for i in range(6))
    html = f"""<html><head><title>The Valley Courier - Harbour board delays dredging contract</title>
<link rel="alternate" type="application/rss+xml" title="The Valley Courier" href="/feed.xml">
<meta name="description" content="Costs have risen by a third since the tender was drafted"></head>
<body><table><tr><td colspan="2"><font size="7"><b>The Valley Courier</b></font></td></tr>
<tr><td width="150"><a href="/">Home</a><br><a href="/local">Local</a><br><a href="/sports">Sports</a></td>
<td><font size="2"><b>LOCAL NEWS</b></font><br>
<font size="5"><b>Harbour board delays dredging contract</b></font><br>
<font size="3"><i>Costs have risen by a third since the tender was drafted</i></font><br><br>
<font size="2">From staff and wire reports<br>Published: Monday, March 3, 2025</font><br><br>
<font size="1">The quay at low tide. (Courier file photo)</font><br><br>
<font size="3">{body}</font><br><br>
<font size="1"><a href="/print">Print this story</a> | <a href="/mail">E-mail to a friend</a> |
<a href="/letters">Letters to the editor</a></font>
<hr><b>In other news</b><br>
&bull; <a href="/a">Library extends its weekend hours</a><br>&bull; <a href="/b">School fair raises record sum</a>
</td></tr></table></body></html>"""
    got = article(extract_page(html.encode()))
    assert got.title == "Harbour board delays dredging contract"
    assert list(got.paragraphs) == [para(i) for i in range(6)]


def test_feed_title_names_the_site_in_the_document_title() -> None:
    html = f"""<html><head><title>Harbour board delays dredging contract | Valley Courier</title>
<link rel="alternate" type="application/atom+xml" title="Valley Courier" href="/feed.xml"></head>
<body><div class="story">{"".join(f"<p>{para(i)}</p>" for i in range(5))}</div></body></html>"""
    assert article(extract_page(html.encode())).title == "Harbour board delays dredging contract"


def test_analysis_page_footnotes_takeaways_contents_notes_and_citation() -> None:
    html = f"""<html><head><title>Dredging and the port's future</title></head><body>
<article><h1>Dredging and the port's future</h1>
<div class="box"><h2>Key takeaways</h2><ul><li>The board has delayed the contract.</li>
<li>Costs rose by a third.</li></ul></div>
<div><h2>Contents</h2><ol><li><a href="#s1">The delay</a></li><li><a href="#s2">What next</a></li></ol></div>
<h2 id="s1">The delay</h2>
<p>{para(0)}<sup><a href="#fn1">[1]</a></sup></p><p>{para(1)}</p>
<h2 id="s2">What next</h2>
<p>{para(2)}<sup><a href="#fn2">[2]</a></sup></p><p>{para(3)}</p>
<h2>Notes</h2><ol><li>Board minutes, 3 March 2025, published by the clerk of the harbour board.</li></ol>
<h2>Cite this analysis</h2><p>A. Writer, "Dredging and the port's future", Harbour Institute, 2025.</p>
</article></body></html>"""
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == ["The delay", para(0), para(1), "What next", para(2), para(3)]


def test_analysis_text_dump_keeps_section_headings_and_drops_the_apparatus() -> None:
    dump = "\n".join(
        [
            "Harbour Institute",
            "Research",
            "Experts",
            "",
            "Dredging and the port's future",
            "",
            "A. Writer Senior Fellow",
            "3 March 2025 4 min read",
            "",
            "Key takeaways",
            "",
            "The board has delayed the contract until the spring at the earliest.",
            "Costs have risen by a third since the tender was first drafted last year.",
            "",
            "Contents",
            "",
            "1. The delay",
            "2. What next",
            "3. Notes",
            "",
            "The delay",
            "",
            para(0) + "[1]",
            "",
            para(1),
            "",
            "What next",
            "",
            para(2) + "[2]",
            "",
            para(3),
            "",
            "Notes",
            "",
            "1. Board minutes, 3 March 2025.",
            "",
            "Cite this analysis",
            "",
            "A. Writer, “Dredging and the port's future”, Harbour Institute, 3 March 2025.",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.title == "Dredging and the port's future"
    assert list(got.paragraphs) == ["The delay", para(0), para(1), "What next", para(2), para(3)]


def test_live_page_dump_headline_under_a_live_kicker_and_account_row() -> None:
    dump = "\n".join(
        [
            "CBN Coastal Broadcast News",
            "Home",
            "News",
            "Video",
            "Watch Live Sign in",
            "LIVE Local",
            "",
            "Harbour board delays dredging contract as costs climb",
            "",
            "Live coverage of the board's meeting on the dredging contract",
            "",
            "By Coastal Broadcast News staff",
            "Updated 2 hours ago Published 3 March 2025, 14:05 GMT",
            "Play Video 1:12",
            "",
            "Watch: the board votes on the dredging contract",
            "",
            "14:00 GMT",
            "",
            para(0),
            "",
            "Copy link Share",
            "13:20 GMT",
            "",
            para(1),
            "",
            para(2),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.title == "Harbour board delays dredging contract as costs climb"
    assert list(got.paragraphs) == [para(0), para(1), para(2)]


def test_live_page_html_drops_post_timestamps() -> None:
    posts = "".join(f'<div class="post"><p class="stamp">1{i}:05 GMT</p><p>{para(i)}</p></div>' for i in range(4))
    html = (
        "<html><head><title>Live: harbour board meeting</title></head><body>"
        f"<h1>Live: harbour board meeting</h1><main>{posts}</main></body></html>"
    )
    got = article(extract_page(html.encode()))
    assert list(got.paragraphs) == [para(i) for i in range(4)]


def test_phrase_signals() -> None:
    assert strip_markers("the contract.[3] Members said") == "the contract. Members said"
    assert strip_markers("rose[1][2], officials said") == "rose, officials said"
    assert strip_markers("[1] Board minutes") == "[1] Board minutes"
    assert is_boilerplate("17:40 GMT") and is_boilerplate("Play Video 2:31")
    assert is_boilerplate("Watch: the board votes") and is_boilerplate("LIVE World")
    assert not is_boilerplate("4:14 p.m.")  # a bare time may be a live blog's own text
    assert is_caption("The quay at low tide. (Courier file photo)")
    assert ends_story("Notes") and ends_story("Cite this analysis") and ends_story("In other news")
    assert is_box_heading("Key takeaways") and not is_box_heading("Key takeaways for the port are costs")
    d = parse_date("Published 21 March 2023, 17:45 GMT")
    assert d is not None and (d.year, d.month, d.day, d.hour) == (2023, 3, 21, 17)
