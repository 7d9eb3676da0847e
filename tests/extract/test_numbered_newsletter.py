"""A mailed newsletter's archive page and a daily's inline links, on pages written for the
test (no real site is copied): numbered sections with a bold kicker ("2. Harbour fees. The
port board ..."), the newsletter's masthead dateline row above its issue title, its frame
("View this email in your browser", "Forward to a friend", "Unsubscribe | ..."), a sign-off
asking for replies, "Also Read:" links between paragraphs, a "Catch all the ... news" footer
and a video player's "Now playing" label.
"""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import is_boilerplate

from .prose import article

_SECTIONS = (
    "1. Harbour fees. The port board voted on Tuesday to raise berthing fees for the first time in "
    "six years, citing the cost of dredging the outer channel. Fishing crews said the increase would "
    "fall hardest on the smallest boats.",
    "2. The ferry timetable. Operators confirmed that the winter timetable will keep the early "
    "crossing after all, reversing a plan announced last month. Commuters had collected more than "
    "two thousand signatures against the change.",
    "3. Lighthouse repairs. Contractors began work on the north light this week, and the keepers' "
    "cottage will open to visitors again in the spring once the scaffolding comes down for good.",
)


def newsletter_dump() -> str:
    return "\n\n".join(
        [
            "View this email in your browser",
            "The Harbour Letter",
            "The Harbour Letter | March 3, 2024",
            "Harbour Letter #12: Fees go up, the early ferry stays",
            "By Tom Reeve",
            "Good morning from the quay. A busy week on the waterfront, so we start with the port board.",
            *_SECTIONS,
            "That's all for this week. Reply to this email with your tips and corrections.",
            "Worth reading",
            "Why small ports are struggling (Coastal Review)",
            "Forward to a friend",
            "Copyright © 2024 The Harbour Letter, All rights reserved.",
            "You are receiving this email because you signed up at our website.",
            "Unsubscribe | Update preferences",
        ]
    )


def test_numbered_sections_are_story_text() -> None:
    got = article(extract_page(newsletter_dump().encode()))
    for section in _SECTIONS:
        assert section in got.paragraphs
    assert got.paragraphs[0].startswith("Good morning from the quay.")


def test_newsletter_title_sits_below_the_masthead_dateline() -> None:
    got = article(extract_page(newsletter_dump().encode()))
    assert got.title == "Harbour Letter #12: Fees go up, the early ferry stays"


def test_newsletter_frame_and_sign_off_are_template() -> None:
    got = article(extract_page(newsletter_dump().encode()))
    text = "\n".join(got.paragraphs)
    for phrase in ("That's all for this week", "Forward to a friend", "Unsubscribe", "View this email"):
        assert phrase not in text
    for line in (
        "View this email in your browser",
        "Forward to a friend",
        "You are receiving this email because you signed up at our website.",
        "Unsubscribe | Update preferences",
        "That's all for this week. Reply to this email with your tips and corrections.",
    ):
        assert is_boilerplate(line), line


def test_short_numbered_items_stay_a_list() -> None:
    dump = "\n\n".join(
        [
            "Harbour board raises berthing fees",
            "By Tom Reeve",
            "The port board voted on Tuesday to raise berthing fees for the first time in six years, "
            "citing the cost of dredging.",
            "Fishing crews said the increase would fall hardest on the smallest boats in the harbour this winter.",
            "Most read",
            "1. Ferry keeps its early crossing.",
            "2. North light to reopen in the spring.",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert not any(p.startswith(("1.", "2.")) for p in got.paragraphs)


def test_inline_links_footer_and_player_label_are_template() -> None:
    for line in (
        "Also Read: Port board names a new chair",
        "Catch all the Business News, Breaking News and Latest Updates on The Daily Quay.",
        "Now playingHow the harbour vote unfolded02:14",
        "This story was reported by the Coastal Wire Service.",
    ):
        assert is_boilerplate(line), line
    paras = [
        "The port board voted on Tuesday to raise berthing fees for the first time in six years, "
        "citing the cost of dredging the channel.",
        "Fishing crews said the increase would fall hardest on the smallest boats, "
        "and asked the board to phase it in over two years.",
        "The board's chair said the fees would be reviewed again next spring "
        "once the dredging contract had been signed.",
    ]
    dump = "\n\n".join(
        [
            "Harbour board raises berthing fees",
            "By Tom Reeve",
            paras[0],
            "Also Read: Port board names a new chair",
            paras[1],
            paras[2],
            "Catch all the Business News, Breaking News and Latest Updates on The Daily Quay.",
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.paragraphs == tuple(paras)


def _long(i: int) -> str:
    return (
        f"Harbour story paragraph {i}: the port board heard from crews, shopkeepers and ferry operators about "
        "the dredging plan, the fee rise and the timetable, and promised a further public meeting before the "
        "summer season begins."
    )


def test_lede_split_off_by_an_inline_link_is_kept() -> None:
    # two short opening paragraphs: together lighter than the two template lines under them
    lede = (
        "The port board raised berthing fees on Tuesday for the first time.",
        "Fishing crews said the rise would fall hardest on the smallest boats.",
    )
    dump = "\n\n".join(
        [
            "Harbour board raises berthing fees",
            "By Tom Reeve",
            *lede,
            "Also Read: Port board names a new chair for the coming year",
            "Now playing: The harbour vote in two minutes",
            _long(1),
            _long(2),
            _long(3),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.paragraphs == (*lede, _long(1), _long(2), _long(3))


def test_story_resuming_after_short_template_lines_is_joined() -> None:
    short = "Crews said they would appeal."
    dump = "\n\n".join(
        [
            "Harbour board raises berthing fees",
            "By Tom Reeve",
            _long(1),
            _long(2),
            short,
            "Also Read: Port board names a new chair for the coming year",
            "Now playing: The harbour vote in two minutes",
            "Engineers told the board that the outer channel must be dredged again soon.",
            "The board will publish its dredging plan for comment before the summer.",
            "Related stories",
            _long(4),
        ]
    )
    got = article(extract_page(dump.encode()))
    assert got.paragraphs[:3] == (_long(1), _long(2), short)
    assert got.paragraphs[3:] == (
        "Engineers told the board that the outer channel must be dredged again soon.",
        "The board will publish its dredging plan for comment before the summer.",
    )  # the paragraphs after the template lines; a "Related" heading still ends the story
