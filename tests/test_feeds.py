"""Feed parsing: canonical URLs, malformed feeds, relative links, repeated entries."""

from __future__ import annotations

import pytest

from monitor.feeds import canonical_url, parse_feed

from .conftest import DEV, TEST_SITE


@pytest.mark.parametrize("url, expected", [
    ("http://Example.com/a?utm_source=rss&utm_medium=feed", "http://example.com/a"),
    ("https://example.com:443/a?id=3&fbclid=x#top", "https://example.com/a?id=3"),
    ("http://127.0.0.1:8765/x.html?utm_campaign=y&page=2", "http://127.0.0.1:8765/x.html?page=2"),
    ("/wire/a.html", "http://host.test/wire/a.html"),
    ("http://example.com/article.php?cid=123&fbclid=x", "http://example.com/article.php?cid=123"),
], ids=["utm", "fbclid-fragment-port", "keeps-real-params", "relative", "keeps-content-ids"])
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url, "http://host.test/wire/feed.xml") == expected


def test_malformed_feed_still_yields_every_entry() -> None:
    parsed = parse_feed("eastern-review", (DEV / "site/eastern-review/feed.xml").read_bytes(),
                        "http://127.0.0.1:8765/eastern-review/feed.xml", "application/rss+xml")
    assert parsed.bozo and "not well-formed" in parsed.bozo
    assert len(parsed.entries) == 5


def test_well_formed_feed_is_not_bozo_with_its_content_type() -> None:
    parsed = parse_feed("globe-wire", (DEV / "site/globe-wire/feed.xml").read_bytes(),
                        "http://127.0.0.1:8765/globe-wire/feed.xml", "application/atom+xml")
    assert parsed.bozo is None
    # the newest entry is repeated under another id: same canonical URL, different guid
    assert parsed.entries[0].canonical_url == parsed.entries[1].canonical_url
    assert parsed.entries[0].guid != parsed.entries[1].guid


def test_relative_links_resolve_and_tracking_is_dropped() -> None:
    parsed = parse_feed("wire", (TEST_SITE / "site/wire/feed.xml").read_bytes(),
                        "http://127.0.0.1:9000/wire/feed.xml", "application/rss+xml")
    urls = [e.canonical_url for e in parsed.entries]
    assert urls[0] == "http://127.0.0.1:8765/wire/2026/05/china-sanctions-russian-arms-firms.html"  # utm_* dropped
    assert urls[1] == "http://127.0.0.1:9000/wire/2026/05/china-sanctions-russian-arms-firms.html"  # relative
    assert parsed.entries[0].published is not None
