"""``/metrics`` for Prometheus: counts from the tables at scrape time, request latency in-process.

Every name starts with ``stancewatch_``. Counters that the pipeline keeps in its tables (feed
polls, delivery attempts) are exported as counters read from those tables, so they survive
restarts and agree with the CLI; states (queue depths, shifts by status) are gauges.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlmodel import Session, col, select

from monitor.timeutil import as_utc, utcnow
from storage import repo
from storage.models import Article


class TableCollector(Collector):
    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Any]:
        with Session(self.engine) as session:
            c = repo.metric_counts(session)
            recent = session.exec(
                select(Article.discovered_at, Article.processed_at)
                .where(col(Article.processed_at).is_not(None))
                .order_by(col(Article.id).desc()).limit(1000)).all()
        polls = CounterMetricFamily("stancewatch_feed_polls", "Feed polls made", labels=["feed"])
        failures = GaugeMetricFamily("stancewatch_feed_consecutive_failures",
                                     "Failed polls in a row (0 when the last poll worked)", labels=["feed"])
        healthy = GaugeMetricFamily("stancewatch_feed_healthy", "1 when the feed is healthy", labels=["feed"])
        seen = CounterMetricFamily("stancewatch_feed_articles", "Articles taken from the feed", labels=["feed"])
        errors = GaugeMetricFamily("stancewatch_feed_errors", "Feeds whose last poll failed", labels=["status"])
        err_by_status: dict[str, int] = {}
        for name, n_polls, fails, ok, n_seen, status in c["feeds"]:
            polls.add_metric([name], n_polls or 0)
            failures.add_metric([name], fails or 0)
            healthy.add_metric([name], 1 if ok else 0)
            seen.add_metric([name], n_seen or 0)
            if status in ("error", "bozo"):
                err_by_status[status] = err_by_status.get(status, 0) + 1
        for status in ("error", "bozo"):
            errors.add_metric([status], err_by_status.get(status, 0))
        yield from (polls, failures, healthy, seen, errors)

        articles = GaugeMetricFamily("stancewatch_articles", "Stored articles by status", labels=["status"])
        pending = 0
        for status, n in c["articles"]:
            articles.add_metric([status], n)
            if status in ("pending", "error"):
                pending += n
        yield articles
        yield GaugeMetricFamily("stancewatch_article_queue_depth", "Articles waiting to be fetched or retried",
                                value=pending)

        evidence = CounterMetricFamily("stancewatch_evidence", "Stored evidence", labels=["topic", "signal"])
        for topic, signal, n in c["evidence"]:
            evidence.add_metric([topic, signal], n)
        yield evidence

        shifts = GaugeMetricFamily("stancewatch_shifts", "Shifts by status and severity", labels=["status", "severity"])
        by_key = {("open", "alleged"): 0, ("open", "confirmed"): 0} | {(st, sv): n for st, sv, n in c["shifts"]}
        for (status, severity), n in sorted(by_key.items()):
            shifts.add_metric([status, severity], n)
        yield shifts

        deliveries = GaugeMetricFamily("stancewatch_deliveries", "Outbox rows by status", labels=["status"])
        depth = 0
        for status, n in sorted(({"pending": 0, "sent": 0, "dead": 0} | dict(c["deliveries"])).items()):
            deliveries.add_metric([status], n)
            if status == "pending":
                depth = n
        yield deliveries
        yield GaugeMetricFamily("stancewatch_outbox_queue_depth", "Deliveries waiting to be sent", value=depth)
        attempts = CounterMetricFamily("stancewatch_delivery_attempts", "Notification attempts", labels=["outcome"])
        outcomes = {"ok": 0, "failed": 0} | {("ok" if ok else "failed"): n for ok, n in c["attempts"]}
        for outcome, n in sorted(outcomes.items()):
            attempts.add_metric([outcome], n)
        yield attempts
        oldest = as_utc(c["oldest_pending_delivery"])
        yield GaugeMetricFamily("stancewatch_outbox_oldest_pending_seconds",
                                "Age of the oldest due delivery (0 when none is due)",
                                value=max(0.0, (utcnow() - oldest).total_seconds()) if oldest else 0.0)

        lags = sorted((as_utc(p) - as_utc(d)).total_seconds() for d, p in recent if d and p)  # type: ignore[operator]
        lag = GaugeMetricFamily("stancewatch_article_latency_seconds",
                                "Discovery-to-processed time over the last 1000 processed articles",
                                labels=["quantile"])
        for q in (0.5, 0.95):
            lag.add_metric([str(q)], lags[min(len(lags) - 1, int(q * len(lags)))] if lags else 0.0)
        yield lag


def make_registry(engine: Any) -> tuple[CollectorRegistry, Histogram]:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(TableCollector(engine))
    latency = Histogram("stancewatch_http_request_duration_seconds", "Dashboard and API response time",
                        ["route", "method"], registry=registry,
                        buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0))
    return registry, latency
