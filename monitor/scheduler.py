"""APScheduler 3.x wiring: one poll job per feed, the outbox sender, rule reloads, retries.

Each job only *calls* an idempotent pipeline function (the seam DESIGN keeps for a
procrastinate worker later). Poll jobs run one instance at a time and coalesce missed runs;
a failing feed's backoff lives in its database row (``next_poll_at``), so a job that fires
during backoff returns at once. Shutdown sets the stop event (the article in hand is
finished, no new one is started) and waits for running jobs.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger("stancewatch.scheduler")


def _guard(name: str, fn: Any) -> Any:
    def run() -> None:
        try:
            fn()
        except Exception:  # a job's failure is logged; the scheduler and other jobs go on
            log.exception("job %s failed", name)
    run.__name__ = name
    return run


def build_scheduler(service: Any) -> BackgroundScheduler:
    settings = service.settings
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
        timezone=UTC,
    )
    now = datetime.now(UTC)
    for feed in settings.feeds:
        scheduler.add_job(
            _guard(f"poll:{feed.name}", lambda f=feed: service.pipeline.poll_feed(f)),
            IntervalTrigger(seconds=feed.interval.total_seconds(), jitter=int(feed.jitter.total_seconds()) or None),
            id=f"poll:{feed.name}", name=f"poll {feed.name}", next_run_time=now,
        )
    scheduler.add_job(_guard("outbox", service.sender.send_due),
                      IntervalTrigger(seconds=settings.notifications.send_interval.total_seconds()),
                      id="outbox", name="send notifications", next_run_time=now)
    scheduler.add_job(_guard("rules", service.rules.reload_if_changed),
                      IntervalTrigger(seconds=settings.rules.reload_interval.total_seconds()),
                      id="rules", name="reload rule files")
    scheduler.add_job(_guard("retries", service.pipeline.process_due),
                      IntervalTrigger(minutes=1), id="retries", name="retry failed pages")
    return scheduler


def shutdown(service: Any, scheduler: BackgroundScheduler) -> None:
    log.info("shutting down: finishing the article in hand")
    service.stop.set()
    if scheduler.running:
        scheduler.shutdown(wait=True)
