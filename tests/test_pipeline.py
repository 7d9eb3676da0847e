"""The pipeline's own promises: a failing feed backs off without being fetched again, a bad
page is recorded and never stops the poll, and shutdown stops between articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor.config import load_settings
from monitor.service import Service
from storage.models import Article, Feed

from .conftest import Site, write_config

pytestmark = pytest.mark.slow


def open_service(tmp_path: Path, site: Site, feeds: list[str]) -> Service:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=feeds, subscriber=False)
    service = Service.open(load_settings(config))
    service.ensure_baselines()
    return service


def test_a_failing_feed_backs_off_and_is_not_fetched_during_backoff(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(faults={"/wire/feed.xml": [503, 503, 503]})  # type: ignore[operator]
    service = open_service(tmp_path, site, ["wire"])
    try:
        feed = service.settings.feeds[0]
        assert service.pipeline.poll_feed(feed).status == "error"
        assert service.pipeline.poll_feed(feed).status == "backoff"   # the scheduler's next tick
        hits = [r for r in site.requests() if r["path"] == "/wire/feed.xml"]
        assert len(hits) == 1
        with Session(service.engine) as s:
            row = s.exec(select(Feed)).one()
        assert not row.healthy and row.consecutive_failures == 1 and "HTTP 503" in (row.last_error or "")
        assert service.pipeline.poll_feed(feed, force=True).status == "error"
        with Session(service.engine) as s:
            assert s.exec(select(Feed)).one().consecutive_failures == 2
    finally:
        service.close()


def test_bad_pages_are_recorded_with_their_reason(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(faults={  # type: ignore[operator]
        "/wire/2026/05/india-abstains-un-vote.html": ["drop"]})
    service = open_service(tmp_path, site, ["wire"])
    try:
        outcome = service.pipeline.poll_feed(service.settings.feeds[0])
        reasons = {Path(a.url.split("?")[0]).name: (a.status, a.reason) for a in outcome.articles}
        assert reasons["withdrawn-story.html"] == ("error", "HTTP 404")
        assert reasons["india-abstains-un-vote.html"][0] == "error"
        assert reasons["china-sanctions-russian-arms-firms.html"] == ("done", None)
        with Session(service.engine) as s:
            failed = s.exec(select(Article).where(Article.status == "error")).all()
        assert {a.attempts for a in failed} == {1} and all(a.next_attempt_at for a in failed)
    finally:
        service.close()


def test_stop_is_honoured_between_articles(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    service = open_service(tmp_path, site, ["wire"])
    try:
        service.stop.set()
        outcome = service.pipeline.poll_feed(service.settings.feeds[0])
        assert outcome.new_entries == 3 and outcome.articles == ()   # stored, left for the next start
        with Session(service.engine) as s:
            assert {a.status for a in s.exec(select(Article))} == {"pending"}
    finally:
        service.close()


def test_an_article_in_hand_is_not_processed_twice_at_once(tmp_path: Path, site_factory: object) -> None:
    """Poll jobs and the retry job run in parallel threads; they must not race on one article."""
    import threading

    site: Site = site_factory(faults={"delay_ms": {"*": 300}})  # type: ignore[operator]
    service = open_service(tmp_path, site, ["wire"])
    try:
        service.stop.set()
        service.pipeline.poll_feed(service.settings.feeds[0])    # store the entries only
        service.stop.clear()
        with Session(service.engine) as s:
            article_id = s.exec(select(Article).where(Article.url.contains("india"))).one().id  # type: ignore[attr-defined]
        results: list[str] = []
        threads = [threading.Thread(target=lambda: results.append(service.pipeline.process_article(article_id).status))
                   for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == ["busy", "busy", "done"]
        page_hits = [r for r in site.requests() if "india" in str(r["path"])]
        assert len(page_hits) == 1
    finally:
        service.close()


def test_a_healthy_feed_polls_on_every_tick_of_its_job(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    service = open_service(tmp_path, site, ["wire"])
    try:
        feed = service.settings.feeds[0]
        assert service.pipeline.poll_feed(feed).status == "ok"
        assert service.pipeline.poll_feed(feed).status == "unchanged"   # polled again (a 304), not skipped
        assert len([r for r in site.requests() if r["path"] == "/wire/feed.xml"]) == 2
    finally:
        service.close()
