"""Runs feeds and their entries through the stages; the only place that sequences them.

    poll feed -> new entries -> fetch page -> extract -> dedup -> match -> compare -> store
                                                                  (+ outbox, same transaction)

Every step is an idempotent function of the database state, so a crash at any point is
repaired by running it again, and the same functions serve ``once``, the scheduler's jobs and
(later) a procrastinate worker. Failures stay with their feed or article, recorded.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage import repo
from storage.db import session_scope
from storage.models import Article as ArticleRow
from storage.models import EvidenceRow, Feed, OutletTemplateRow, SeenEntry

from . import dedup, shifts
from .config import FeedSettings, Settings
from .errors import FetchError
from .feeds import parse_feed
from .fetch import Fetcher
from .rulesource import RuleSource
from .timeutil import as_utc, utcnow
from .types import Article, Evidence, FeedEntry, Skip

log = logging.getLogger("stancewatch.pipeline")

#: How far back near-duplicate candidates are looked for (syndication happens within days).
DEDUP_WINDOW = timedelta(days=30)
#: How often the bucket rows of articles older than the window are dropped.
PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class EntryOutcome:
    article_id: int
    url: str
    status: str                       # done | error | failed | busy (in hand elsewhere)
    reason: str | None = None
    evidence: int = 0
    shifts: tuple[str, ...] = ()


@dataclass(frozen=True)
class PollOutcome:
    feed: str
    status: str                       # ok | unchanged | bozo | error | backoff
    error: str | None = None
    new_entries: int = 0
    articles: tuple[EntryOutcome, ...] = ()


@dataclass
class Pipeline:
    settings: Settings
    engine: Engine
    fetcher: Fetcher
    rules: RuleSource
    stop: threading.Event = field(default_factory=threading.Event)
    private_feeds: frozenset[str] = frozenset()   # feeds allowed on private addresses (demo)
    _in_hand: set[int] = field(default_factory=set)
    _hand_lock: threading.Lock = field(default_factory=threading.Lock)
    _pruned_at: datetime | None = None

    # --- feeds -------------------------------------------------------------------------------

    def poll_all(self, *, force: bool = True) -> list[PollOutcome]:
        return [self.poll_feed(feed, force=force) for feed in self.settings.feeds if not self.stop.is_set()]

    def feed_settings(self, name: str) -> FeedSettings | None:
        return next((f for f in self.settings.feeds if f.name == name), None)

    def poll_feed(self, feed: FeedSettings, *, force: bool = False) -> PollOutcome:
        """Fetch one feed, store its new entries, then process its due articles."""
        with session_scope(self.engine) as session:
            row = session.exec(select(Feed).where(Feed.name == feed.name)).first()
            if row is None:
                row = Feed(name=feed.name, url=feed.url)
                session.add(row)
                session.flush()
            # only a failing feed is held back: a healthy one polls whenever its job fires (the
            # scheduler owns the interval; gating on next_poll_at would skip every other tick)
            if (not force and row.consecutive_failures and row.next_poll_at
                    and as_utc(row.next_poll_at) > utcnow()):  # type: ignore[operator]
                return PollOutcome(feed.name, "backoff", row.last_error)
            etag, last_modified = row.etag, row.last_modified
        allow = True if feed.name in self.private_feeds else None
        try:
            page = self.fetcher.get(feed.url, etag=etag, last_modified=last_modified, allow_private=allow)
            if page.status >= 400:
                raise FetchError(feed.url, f"HTTP {page.status}")
        except FetchError as exc:
            return self._feed_failed(feed, str(exc))
        except Exception as exc:  # never let one feed stop the others
            log.exception("feed %s: unexpected error", feed.name)
            return self._feed_failed(feed, f"{feed.url}: {type(exc).__name__}: {exc}")
        new = 0
        status = "unchanged" if page.status == 304 else "ok"
        bozo = None
        if page.status != 304:
            parsed = parse_feed(feed.name, page.content, page.final_url, page.content_type)
            if parsed.bozo:
                bozo = parsed.bozo
                status = "bozo"
                log.warning("feed %s is malformed (%s); using the %d entries recovered",
                            feed.name, parsed.bozo, len(parsed.entries))
            new = self._store_entries(feed, parsed.entries)
        with session_scope(self.engine) as session:
            row = session.exec(select(Feed).where(Feed.name == feed.name)).one()
            now = utcnow()
            row.last_polled_at = row.last_success_at = now
            row.next_poll_at = now + feed.interval
            row.last_status, row.last_error = status, bozo
            row.consecutive_failures, row.healthy = 0, True
            row.polls += 1
            if page.status != 304:
                row.etag, row.last_modified = page.etag, page.last_modified
            row.articles_seen += new
            session.add(row)
        articles = self.process_due(feed.name)
        return PollOutcome(feed.name, status, bozo, new, tuple(articles))

    def _feed_failed(self, feed: FeedSettings, error: str) -> PollOutcome:
        log.warning("feed %s failed: %s", feed.name, error)
        with session_scope(self.engine) as session:
            row = session.exec(select(Feed).where(Feed.name == feed.name)).one()
            row.consecutive_failures += 1
            row.healthy = False
            row.polls += 1
            now = utcnow()
            backoff = min(feed.interval * (2 ** min(row.consecutive_failures - 1, 10)), timedelta(hours=6))
            row.last_polled_at, row.next_poll_at = now, now + max(backoff, feed.interval)
            row.last_status, row.last_error = "error", error
            session.add(row)
        # articles already found keep being retried even while the feed itself fails
        articles = self.process_due(feed.name)
        return PollOutcome(feed.name, "error", error, 0, tuple(articles))

    def _store_entries(self, feed: FeedSettings, entries: list[FeedEntry]) -> int:
        """New entries become pending articles: de-duplicated by guid and canonical URL."""
        new = 0
        for entry in entries:
            with session_scope(self.engine) as session:
                if session.exec(select(SeenEntry).where(SeenEntry.feed == feed.name,
                                                        SeenEntry.guid == entry.guid)).first():
                    continue
                existing = session.exec(select(ArticleRow).where(
                    ArticleRow.canonical_url == entry.canonical_url)).first()
                if existing is None:
                    existing = ArticleRow(feed=feed.name, outlet=feed.outlet or feed.name, url=entry.url,
                                          canonical_url=entry.canonical_url, title=entry.title,
                                          published=entry.published, next_attempt_at=utcnow())
                    session.add(existing)
                    session.flush()
                    new += 1
                session.add(SeenEntry(feed=feed.name, guid=entry.guid, article_id=existing.id))
        return new

    # --- articles ----------------------------------------------------------------------------

    def process_due(self, feed_name: str | None = None) -> list[EntryOutcome]:
        """Process pending articles and errored ones whose retry time has come."""
        self._prune_old_buckets()
        with Session(self.engine) as session:
            query = select(ArticleRow.id, ArticleRow.next_attempt_at).where(
                col(ArticleRow.status).in_(["pending", "error"]))
            if feed_name:
                query = query.where(ArticleRow.feed == feed_name)
            rows = session.exec(query.order_by(col(ArticleRow.id))).all()
        now = utcnow()
        due = [aid for aid, at in rows if at is None or as_utc(at) <= now]  # type: ignore[operator]
        outcomes = []
        for article_id in due:
            if self.stop.is_set():
                break  # graceful shutdown: the article in hand is finished, the rest wait
            assert article_id is not None
            outcomes.append(self.process_article(article_id))
        return outcomes

    def _prune_old_buckets(self) -> None:
        now = utcnow()
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        try:
            with session_scope(self.engine) as session:
                dropped = repo.forget_buckets_before(session, now - DEDUP_WINDOW)
            if dropped:
                log.info("dropped %d near-duplicate buckets older than %s", dropped, DEDUP_WINDOW)
        except Exception:  # housekeeping: never stop processing over it
            log.exception("pruning near-duplicate buckets failed")

    def process_article(self, article_id: int) -> EntryOutcome:
        """Fetch, extract, match and store one article; never raises.

        The scheduler runs poll jobs and the retry job in parallel threads that may reach the
        same article: the first takes it in hand and the others pass it by.
        """
        with self._hand_lock:
            if article_id in self._in_hand:
                return EntryOutcome(article_id, "", "busy")
            self._in_hand.add(article_id)
        try:
            return self._process_article(article_id)
        finally:
            with self._hand_lock:
                self._in_hand.discard(article_id)

    def _process_article(self, article_id: int) -> EntryOutcome:
        with Session(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            assert row is not None
            url, feed_name, outlet = row.url, row.feed, row.outlet
            if row.status == "done":
                return EntryOutcome(article_id, url, "done")
        feed = self.feed_settings(feed_name)
        allow = True if feed_name in self.private_feeds else None
        try:
            page = self.fetcher.get(url, allow_private=allow)
            if page.status >= 400:
                return self._article_failed(article_id, url, f"HTTP {page.status}")
        except FetchError as exc:
            return self._article_failed(article_id, url, exc.reason)
        except Exception as exc:
            log.exception("article %s: unexpected fetch error", url)
            return self._article_failed(article_id, url, f"{type(exc).__name__}: {exc}")
        try:
            return self._extract_and_store(article_id, url, outlet, page.content, page.content_type, feed)
        except Exception as exc:  # a bad page never stops the poll
            log.exception("article %s: processing failed", url)
            return self._article_failed(article_id, url, f"{type(exc).__name__}: {exc}")

    def _extract_and_store(self, article_id: int, url: str, outlet: str, content: bytes,
                           content_type: str | None, feed: FeedSettings | None) -> EntryOutcome:
        from .extract import OutletTemplate, extract_page, learn

        with Session(self.engine) as session:
            trow = session.get(OutletTemplateRow, outlet)
            template = OutletTemplate.from_json(trow.data) if trow else None
        result = extract_page(content, url=url, content_type=content_type, template=template,
                              max_bytes=self.settings.fetch.max_bytes)
        if isinstance(result, Skip):
            reason = f"{result.reason}: {result.detail}" if result.detail else result.reason
            return self._article_failed(article_id, url, reason)
        article: Article = result
        try:
            learned = learn(template, content, content_type=content_type)
        except Exception:  # learning is an optimisation; never lose the article over it
            log.exception("outlet %s: template learning failed", outlet)
            learned = template
        matcher = self.rules.matcher
        topics = feed.topics if feed and feed.topics else None
        evidence: list[Evidence] = matcher.match(article, topics) if matcher else []
        fp = dedup.fingerprint(article.text)
        decisions_made: list[str] = []
        with session_scope(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            assert row is not None
            if row.status == "done":  # processed meanwhile (another worker): nothing to do
                return EntryOutcome(article_id, url, "done")
            if learned is not None:
                trow = session.get(OutletTemplateRow, outlet) or OutletTemplateRow(outlet=outlet, data="")
                trow.data, trow.pages, trow.updated_at = learned.to_json(), (trow.pages or 0) + 1, utcnow()
                session.add(trow)
            original, story = repo.find_story(session, fp, article_id=article_id, since=utcnow() - DEDUP_WINDOW)
            row.title = article.title or row.title
            row.published = row.published or article.published
            row.kind, row.body = article.kind, article.text
            repo.store_fingerprint(session, row, fp)
            row.duplicate_of, row.story_id = original, story
            row.status, row.error, row.processed_at = "done", None, utcnow()
            row.attempts += 1
            session.add(row)
            stored: list[tuple[Evidence, int]] = []
            for ev in evidence:
                erow = EvidenceRow(
                    article_id=article_id, topic=ev.topic, signal=ev.signal, state=ev.state,
                    value=ev.value, label=ev.label, actor=ev.actor, sentence=ev.sentence,
                    cues=[{"kind": c.kind, "text": c.text, "start": c.start, "end": c.end} for c in ev.cues],
                    start=ev.start, end=ev.end, historical=ev.historical)
                if any(e.label == ev.label and e.signal == ev.signal and e.topic == ev.topic
                       and e.start == ev.start for e, _ in stored):
                    continue
                session.add(erow)
                session.flush()
                assert erow.id is not None
                stored.append((ev, erow.id))
            base = repo.baselines(session)
            accepted = repo.accepted_baselines(session)
            for decision in shifts.decide_all([e for e, _ in stored], base, accepted):
                evidence_id = next(i for e, i in stored if e is decision.evidence)
                what = repo.apply_decision(session, decision, article=row, evidence_id=evidence_id)
                decisions_made.append(f"{decision.signal}:{decision.target}:{decision.severity}:{what}")
        return EntryOutcome(article_id, url, "done", evidence=len(stored), shifts=tuple(decisions_made))

    def _article_failed(self, article_id: int, url: str, reason: str) -> EntryOutcome:
        log.warning("article %s: %s", url, reason)
        fetch = self.settings.fetch
        try:
            with session_scope(self.engine) as session:
                row = session.get(ArticleRow, article_id)
                assert row is not None
                if row.status == "done":  # stored by another worker meanwhile: keep it
                    return EntryOutcome(article_id, url, "done")
                row.attempts += 1
                row.error = reason
                if row.attempts >= fetch.page_retry_attempts:
                    row.status, row.next_attempt_at = "failed", None
                else:
                    row.status = "error"
                    row.next_attempt_at = utcnow() + fetch.page_retry_after * (2 ** (row.attempts - 1))
                session.add(row)
                status = row.status
        except IntegrityError:
            status = "error"
        return EntryOutcome(article_id, url, status, reason)

