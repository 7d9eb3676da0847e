"""Magazine long-reads and newsletter posts, each on a small page or dump written for the test.

Magazines: a rubric over a short title, an epigraph, a drop cap set apart from its word,
quotations set as blockquotes (story text), pull quotes repeating a sentence, a print-edition
note and an author bio. Newsletters: like and comment counts, buttons inside the post, note
numbers glued to sentences and the notes under the post. Every page is synthetic.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import (
    is_boilerplate,
    is_nav_row,
    join_initials,
    repeats,
    strip_note_numbers,
)

from .prose import article

_GRAFS = (
    "The canal authority spent most of the winter arguing about the locks at the northern end of the waterway",
    "Engineers warned that the gates, installed in the nineteen-sixties, would not survive another decade",
    "The ministry, which owns the canal, has twice postponed the tender for their replacement",
    "Barge operators say the delays already cost them a day on every trip through the valley",
    "A consultant's report, published in March, put the cost of doing nothing at twice the repair bill",
    "Local councils have asked to be consulted before any of the older bridges are closed for work",
    "The authority's new director has promised a decision before the summer recess ends",
)


def graf(i: int) -> str:
    return f"{_GRAFS[i % len(_GRAFS)]}, people involved in round {i} of the talks said."


# --- phrases -----------------------------------------------------------------------------


def test_join_initials_puts_a_split_drop_cap_back_on_its_word() -> None:
    text = "anals are slow to change. The canal board knows that, and canals outlast boards."
    assert join_initials(["C", text])[0] == "C" + text
    assert join_initials(["C", "", text]) == ["C" + text]
    assert join_initials(["C " + text])[0] == "C" + text
    # a real one-letter word, or a fragment that is a word elsewhere, stays
    cells = "T cells were counted twice by the lab, and the cells were then frozen for the study."
    assert join_initials([cells]) == [cells]
    man = "A man walked along the towpath at dawn, counting the barges moored for the night there."
    assert join_initials([man]) == [man]


def test_note_numbers_are_stripped_only_when_the_page_numbers_its_notes() -> None:
    lines = ["The gates are old.1 Engineers agree on that.", "The bill doubled,2 the report says.", "", "1", "A note."]
    assert strip_note_numbers(lines)[:2] == [
        "The gates are old. Engineers agree on that.",
        "The bill doubled, the report says.",
    ]
    # a single glued digit without a notes list, or numbers out of order, prove nothing
    alone = ["He scored in the final minute.2 The crowd left."]
    assert strip_note_numbers(alone) == alone
    odd = ["It rose sharply.3 Then it fell.1"]
    assert strip_note_numbers(odd) == odd
    # abbreviations and decimals are not sentence ends
    assert strip_note_numbers(["Ranked No.1 again.1 And again.2 Yes."])[0] == "Ranked No.1 again. And again. Yes."
    assert strip_note_numbers(["Adopted in March 2031.1 Later,2 too."])[0] == "Adopted in March 2031. Later, too."
    assert strip_note_numbers(["It grew 2.1 per cent and then 3.2 per cent."])[0].count(".") == 3


def test_print_edition_notes_are_boilerplate() -> None:
    assert is_boilerplate("This article appeared in the print edition of the May 2031 issue with the headline “Locks.”")
    assert is_boilerplate("A version of this article appears in print on May 2, 2031, Section B, Page 4.")
    assert not is_boilerplate("The ministry said the print edition of the report would be published in May.")


def test_menu_rows_of_section_names() -> None:
    assert is_nav_row("Latest World Politics Culture Books Archive")
    assert not is_nav_row("Canal locks to close for the summer")
    assert not is_nav_row("Politics and the economy of the world")


def test_pull_quote_starting_inside_a_clause_or_one_short_sentence() -> None:
    long = "The board met twice, and nobody could say when the gates would be replaced. It voted against them."
    quote = "Nobody could say when the gates would be replaced."
    texts = [long, quote, "The board voted no.", "It voted against them."]
    found = repeats(texts, [True, False, False, False])
    assert found == {1, 3}


# --- text dumps ------------------------------------------------------------------------------

_MAG_DUMP = """THE TOWPATH REVIEW
Subscribe Give a gift Log in
Latest Politics Ideas Culture Books The Magazine Archive
Essay
The Locks
The canal authority has argued about its gates for a decade. Nobody has yet agreed to pay for them
By Ines Marlow
April 2, 2031 · From the May 2031 issue
Illustration by Tom Vale

“Water always finds a way.”
— old boatmen's saying

T
he {g0}

{g1}

The director put the authority's position this way at a hearing in the spring, to a room of barge operators:

We will not close the canal for a single season while the tender is still open.

Nobody could say when the gates would be replaced.

{g2} By then the board was divided, and nobody could say when the gates would be replaced.

{g3}

Subscribe to The Towpath Review from $1 a week. Subscribe

{g4}

{g5}

This article appeared in the print edition of the May 2031 issue with the headline “The Locks.”
Ines Marlow writes about rivers, canals and the people who work on them.
Share Save Gift this article
More From This Issue
A Summer on the Barges
© 2031 The Towpath Review
"""


def test_magazine_dump_rubric_short_title_drop_cap_quotes_and_print_note() -> None:
    g = {f"g{i}": graf(i) for i in range(6)}
    g["g0"] = "he " + graf(0)[4:]  # "The canal authority..." with its T set apart
    dump = _MAG_DUMP.format(**{k: v[3:] if k == "g0" else v for k, v in g.items()})
    a = article(extract_page(dump.encode()))
    assert a.title == "The Locks"
    assert a.paragraphs[0] == graf(0)
    assert "We will not close the canal for a single season while the tender is still open." in a.paragraphs
    assert any(p.endswith("to a room of barge operators:") for p in a.paragraphs)
    text = "\n".join(a.paragraphs)
    assert "Water always finds a way" not in text  # the epigraph
    assert "Nobody could say when the gates would be replaced." not in a.paragraphs  # the pull quote
    assert "print edition" not in text and "writes about rivers" not in text and "Subscribe" not in text
    assert a.paragraphs[-1] == graf(5)


_LETTER_DUMP = """The Canal Letter
Subscribe
Sign in
What the lock tender tells us
Three things the ministry's new document says, and one it leaves out
Ines Marlow
Apr 2, 2031
214
37
Share

{g0}

{g1}.1 {g2}

Subscribe now

{g3}.2

Share

{g4}

1

Ministry of Transport, "Tender notice for the northern locks," March 30, 2031.

2

Canal Authority annual report, 2030, page 14.

214 Likes
Restacks
Leave a comment
Share
Discussion about this post
River Rat
The locks are fine, the ministry is lying about all of it.
Like Reply
"""


def test_newsletter_dump_counts_buttons_note_numbers_and_notes() -> None:
    g = {f"g{i}": graf(i) for i in range(5)}
    g["g1"] = graf(1)[:-1]
    g["g3"] = graf(3)[:-1]
    a = article(extract_page(_LETTER_DUMP.format(**g).encode()))
    assert a.title == "What the lock tender tells us"
    assert a.paragraphs == (graf(0), f"{graf(1)} {graf(2)}", graf(3), graf(4))


# --- HTML --------------------------------------------------------------------------------------


def test_magazine_html_drop_cap_blockquotes_epigraph_pull_quote() -> None:
    body = "".join(f"<p>{graf(i)}</p>" for i in range(1, 5))
    html = f"""<html><head><title>The Locks | The Towpath Review</title>
<meta property="og:title" content="The Locks"></head><body>
<article><header><p class="rubric">Essay</p><h1>The Locks</h1>
<p class="dek">The authority has argued for a decade</p></header>
<div class="epigraph"><p>“Water always finds a way.”</p><p>— old boatmen's saying</p></div>
<section class="feature-body">
<p><span class="initial" aria-hidden="true">T</span>{graf(0)[1:]}</p>
<p>The director put the authority's position this way at a hearing in the spring, to a room of barge operators:</p>
<aside class="pullquote"><p>Nobody could say when the gates would be replaced.</p></aside>
<blockquote><p>We will not close the canal for a single season while the tender is still open.</p></blockquote>
{body}
<div class="caps"><span>{graf(5)[0]}</span></div><p>{graf(5)[1:]}</p>
</section>
<footer><p><em>This article appeared in the print edition of the May 2031 issue
with the headline “The Locks.”</em></p></footer>
</article></body></html>"""
    a = article(extract_page(html.encode()))
    assert a.title == "The Locks"
    assert a.paragraphs[0] == graf(0)
    assert "We will not close the canal for a single season while the tender is still open." in a.paragraphs
    text = "\n".join(a.paragraphs)
    assert "Water always finds" not in text and "print edition" not in text
    assert "Nobody could say" not in text
    assert a.paragraphs[-1] == graf(5)  # a drop cap in a block of its own


def test_newsletter_html_note_links_and_notes_list_by_their_shape() -> None:
    html = f"""<html><head><title>What the lock tender tells us</title></head><body><article>
<h1>What the lock tender tells us</h1>
<div class="body">
<p>{graf(0)}</p>
<p>{graf(1)}<a class="x1" href="#n-1" id="r-1">1</a></p>
<p>{graf(2)}<sup><a href="#n-2">[2]</a></sup></p>
<p>{graf(3)}</p>
<div class="x2"><a class="x3" href="#r-1">1</a><div>
<p>Ministry of Transport, "Tender notice for the northern locks," March 30, 2031.</p></div></div>
<div class="x2"><a class="x3" href="#r-2">2</a><div>
<p>Canal Authority annual report for the year 2030, page 14, table three.</p></div></div>
</div></article></body></html>"""
    a = article(extract_page(html.encode()))
    assert a.paragraphs == tuple(graf(i) for i in range(4))
