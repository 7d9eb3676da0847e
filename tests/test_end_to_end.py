"""The whole path: a served site of feeds and pages in, a stored shift and one notification out.

Runs the real ``stancewatch`` command against ``tests/data/site-a`` served on 127.0.0.1, on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Site, stancewatch, write_config

pytestmark = pytest.mark.slow


def shifts(config: Path) -> list[dict[str, object]]:
    return json.loads(stancewatch(config, "shifts", "--json").stdout)  # type: ignore[no-any-return]


def test_once_opens_the_expected_shift_and_notifies_once(tmp_path: Path, db_url: str, test_site: Site) -> None:
    config = write_config(tmp_path, db_url, test_site, feeds=["wire", "mirror"])
    first = stancewatch(config, "once")
    assert "wire: ok, 3 new" in first.stdout          # 4 entries, one a utm_* duplicate
    assert "withdrawn-story.html: error: HTTP 404" in first.stdout

    stored = shifts(config)
    keys = [(s["signal"], s["target"], s["severity"]) for s in stored]
    assert keys == [("sanctions", "present", "confirmed")]
    shift = stored[0]
    assert shift["baseline"] == "negated" and shift["status"] == "open"
    assert shift["stories"] == 1                          # the mirror's copy is the same story
    outlets = sorted(src["outlet"] for src in shift["sources"])  # type: ignore[attr-defined]
    assert outlets == ["mirror", "wire"]

    received = test_site.received()
    assert len(received) == 1
    assert "sanctions" in str(received[0]["title"]).lower()
    assert "China imposed sanctions" in str(received[0]["message"])

    second = stancewatch(config, "once")
    assert "wire: unchanged, 0 new" in second.stdout     # conditional GET: 304
    assert shifts(config) == stored
    assert len(test_site.received()) == 1
    feed_requests = [r for r in test_site.requests() if r["path"] == "/wire/feed.xml"]
    assert [r["status"] for r in feed_requests] == [200, 304]


def test_failed_page_is_retried_on_a_later_poll(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(faults={  # type: ignore[operator]
        "/wire/2026/05/india-abstains-un-vote.html": [503]})
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=["wire"], subscriber=False)
    first = stancewatch(config, "once")
    assert "india-abstains-un-vote.html: error: HTTP 503" in first.stdout
    import time
    time.sleep(1.2)                                       # page_retry_after = 1s in the test config
    stancewatch(config, "once")
    page_hits = [r["status"] for r in site.requests() if r["path"].endswith("india-abstains-un-vote.html")]
    assert page_hits == [503, 200]


def test_a_broken_feed_does_not_stop_the_others(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(faults={"/mirror/feed.xml": [500, 500, 500]})  # type: ignore[operator]
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=["mirror", "wire"],
                          subscriber=False)
    out = stancewatch(config, "once").stdout
    assert "mirror: error" in out and "HTTP 500" in out
    assert "wire: ok, 3 new" in out
    health = {f["name"]: f for f in json.loads(stancewatch(config, "feeds", "--json").stdout)}
    assert health["mirror"]["healthy"] is False and health["mirror"]["consecutive_failures"] == 1
    assert health["wire"]["healthy"] is True
