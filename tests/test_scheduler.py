"""The scheduler's wiring: one poll job per feed with interval and jitter, one instance at a
time, coalesced; the outbox, rule-reload and retry jobs; and a failing job that the
scheduler survives."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import parse_settings
from monitor.scheduler import _guard, build_scheduler
from monitor.service import Service

from .conftest import ROOT


def test_jobs_and_their_options(tmp_path: Path) -> None:
    settings = parse_settings(f'''
        [database]
        url = "sqlite:///{tmp_path / "sw.db"}"
        [rules]
        paths = ["{ROOT / "rules" / "*.toml"}"]
        [[feeds]]
        name = "a"
        url = "http://127.0.0.1:9/a.xml"
        interval = "10m"
        jitter = "45s"
        [[feeds]]
        name = "b"
        url = "http://127.0.0.1:9/b.xml"
        interval = "1h"
        '''.replace("\n        ", "\n"))
    service = Service.open(settings)
    try:
        scheduler = build_scheduler(service)
        scheduler.start(paused=True)   # jobs get their final options when added to a store
        jobs = {job.id: job for job in scheduler.get_jobs()}
        scheduler.shutdown(wait=False)
        assert set(jobs) == {"poll:a", "poll:b", "outbox", "rules", "retries"}
        poll_a = jobs["poll:a"]
        assert isinstance(poll_a.trigger, IntervalTrigger)
        assert poll_a.trigger.interval == timedelta(minutes=10) and poll_a.trigger.jitter == 45
        assert jobs["poll:b"].trigger.interval == timedelta(hours=1)
        for job in jobs.values():
            assert job.max_instances == 1 and job.coalesce is True
    finally:
        service.close()


def test_a_failing_job_is_logged_not_raised(caplog: object) -> None:
    def boom() -> None:
        raise RuntimeError("feed exploded")

    _guard("poll:x", boom)()   # does not raise
    assert "job poll:x failed" in caplog.text  # type: ignore[attr-defined]
