"""Notification messages: one template per body format, page text escaped for that format."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.notify import redact, render, title_for


def item(sentence: str, url: str = "http://127.0.0.1/a") -> dict[str, Any]:
    return {"shift": {"id": 1, "baseline": "hedged", "target": "present", "severity": "confirmed", "stories": 2},
            "sources": [{"sentence": sentence, "outlet": "Wire <b>", "url": url}],
            "topic_title": "China on Ukraine", "signal_label": "China supplies military aid",
            "link": "http://127.0.0.1:8080/shifts/1"}


EVIL = 'Beijing <script>alert(1)</script> **denies** [click](javascript:alert(1)) <img src=x onerror=alert(1)>'


def test_html_body_escapes_page_text() -> None:
    body = render([item(EVIL)], "html")
    assert "<script>" not in body and "<img" not in body and "&lt;script&gt;" in body


def test_markdown_body_escapes_markup_and_links() -> None:
    body = render([item(EVIL)], "markdown")
    assert "<script>" not in body and "\\*\\*denies\\*\\*" in body and "](javascript" not in body


def test_non_http_source_links_are_neutralised() -> None:
    for fmt in ("html", "markdown"):
        assert "javascript:" not in render([item("x", url="javascript:alert(1)")], fmt)


def test_text_body_reads_well() -> None:
    body = render([item("Beijing announced deliveries.")], "text")
    assert "China supplies military aid: hedged -> present (confirmed, 2 stories)" in body
    assert '"Beijing announced deliveries." (Wire <b>)' in body
    assert body.rstrip().endswith("http://127.0.0.1:8080/shifts/1")


@pytest.mark.parametrize("n, expected", [(1, "[confirmed] China supplies military aid: hedged → present"),
                                         (3, "stancewatch digest: 3 shifts")])
def test_titles_are_short_enough_for_a_phone(n: int, expected: str) -> None:
    title = title_for([item("x")] * n)
    assert title == expected and len(title) <= 80


def test_redaction_removes_tokens_in_every_form() -> None:
    secret = "json://bot:hunter22@hooks.example/abc/T0KEN123?key=SECRETKEY"
    text = f"failed {secret}; POST http://hooks.example/abc/T0KEN123?key=SECRETKEY as bot:hunter22"
    cleaned = redact(text, [secret])
    for token in ("hunter22", "T0KEN123", "SECRETKEY"):
        assert token not in cleaned
