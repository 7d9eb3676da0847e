"""Commentary labels and summary boxes, stamped byline rows, embedded posts, player
durations, interview credits and corrections boxes (invented examples)."""

from __future__ import annotations

from monitor.extract import extract_page
from monitor.extract.phrases import ends_story, is_boilerplate, is_speaker_turn, opening_labels
from monitor.extract.textdump import extract as extract_text
from monitor.types import Article

_PARAS = (
    "The harbour board voted on Monday to delay the dredging contract until the spring, citing the rising costs.",
    "Members of the board said the estimate had risen by a third since the tender was first drafted last autumn.",
    "The port's operators, who had pressed for the work to start this year, called the delay a costly mistake.",
    "A final decision is expected at the board's next meeting, scheduled for early March, the chair told reporters.",
)


def test_opening_labels() -> None:
    assert opening_labels(["COMMENTARY", *_PARAS]) == 1
    box = ["SYNOPSIS", "The board delays the dredging. The port is unhappy.", "COMMENTARY"]
    assert opening_labels([*box, *_PARAS]) == 3
    # a blog's "Summary" over its own opening paragraphs, no second label: kept
    assert opening_labels(["Summary", *_PARAS]) == 0
    assert opening_labels(["The costs", *_PARAS]) == 0


def test_phrase_signals() -> None:
    assert is_boilerplate("▶ 05:31") and is_boilerplate("► 1:02:10")
    assert is_boilerplate("Q&A edited for length and clarity. Produced by Ann Lee.")
    assert is_boilerplate("This interview has been condensed and edited for clarity.")
    assert ends_story("Corrections and clarifications") and ends_story("Correction")
    assert is_speaker_turn("Ann Lee: My pleasure.") and not is_speaker_turn("The board said: no.")


def _dump(*middle: str) -> str:
    return "\n".join(
        [
            "Skip to Main Content",
            "  • News",
            "  • Sport",
            "  • Radio",
            "Harbour Radio Evening",
            "Board delays dredging as port operators warn of lost trade",
            "",
            "The estimate rose by a third; a decision is due in March",
            "",
            "Ann Lee · Harbour News · Posted: May 2, 2023 5:30 PM | Last Updated: May 2, 2023",
            "Social Sharing",
            "LISTEN | 4:12",
            "Evening news: the dredging vote",
            "",
            *middle,
            "Share on Facebook | Share on X | Email",
        ]
    )


def test_stamped_byline_row_anchors_the_title() -> None:
    body = [p for para in _PARAS for p in (para, "")]
    result = extract_text(_dump(*body), None)
    assert result.title == "Board delays dredging as port operators warn of lost trade"


def test_embedded_post_and_corrections_box_leave_the_text() -> None:
    post = "We are disappointed by the board's decision and will keep pressing for the work to start."
    credit = "— Port Users (@portusers) May 2, 2023"
    lines = [_PARAS[0], "", _PARAS[1], "", post, "", credit, _PARAS[2], "", _PARAS[3], ""]
    fix = "An earlier version of this story misstated the size of the rise."
    lines += ["Corrections and clarifications", "", fix, ""]
    result = extract_text(_dump(*lines), None)
    assert result.paragraphs == _PARAS


def test_summary_box_and_label_leave_the_dump() -> None:
    dek = "The board delays the dredging. The port's operators are unhappy with it."
    lines = ["By Ann Lee", "SYNOPSIS", "", dek, ""]
    lines += ["COMMENTARY", ""] + [p for para in _PARAS for p in (para, "")]
    result = extract_text("\n".join(["Harbour Institute", "Board delays dredging again", "", *lines]), None)
    assert result.paragraphs == _PARAS


def test_html_label_player_and_closing_turn() -> None:
    turns = "".join(f"<p><b>{who}:</b> {p}</p>" for who, p in zip(("Ann Lee", "Bo Chen") * 2, _PARAS, strict=True))
    page = (
        "<html><head><title>Dredging delay</title></head><body><article><h1>Board delays dredging</h1>"
        f"<h4>COMMENTARY</h4>{turns}<p>▶ 05:31</p><p>Ann Lee: Bo Chen, thank you.</p><p>Bo Chen: My pleasure.</p>"
        "<p>Q&amp;A edited for length and clarity. Produced by Cy Dane.</p></article></body></html>"
    )
    art = extract_page(page.encode())
    assert isinstance(art, Article)
    assert art.paragraphs[0].startswith("Ann Lee: The harbour board")
    assert art.paragraphs[-1] == "Bo Chen: My pleasure."
    assert not any("05:31" in p or "edited for length" in p for p in art.paragraphs)
