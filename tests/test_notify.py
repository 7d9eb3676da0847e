"""Delivery through Apprise ``json://`` to real receivers on 127.0.0.1: retries, a receiver
that is down at first, digests, filters, and secrets kept out of errors and logs."""

from __future__ import annotations

import json
import logging
import socket
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor.config import load_settings
from monitor.service import Service
from storage.models import Delivery, DeliveryAttempt

from .conftest import DEV, Site, write_config

pytestmark = pytest.mark.slow


def subscriber(name: str, receiver: Site | str, **extra: object) -> str:
    """A ``[[subscribers]]`` block; the test site's subscribers watch only ``sanctions``, the one
    signal its sanctions story is about, so counts do not depend on other signals."""
    host = receiver if isinstance(receiver, str) else receiver.base.split("//", 1)[1].rstrip("/")
    lines = [f'[[subscribers]]\nname = "{name}"\nnotify = ["json://{host}/_notify"]']
    lines += [f"{k} = {json.dumps(v)}" for k, v in extra.items()]
    return "\n" + "\n".join(lines) + "\n"


def service_for(tmp_path: Path, site: Site, feeds: list[str], subscribers: str, notifications: str = "") -> Service:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=feeds, subscriber=False,
                          extra=subscribers)
    config.write_text(config.read_text().replace("[notifications]\n", f"[notifications]\n{notifications}\n", 1))
    service = Service.open(load_settings(config))
    service.ensure_baselines()
    service.pipeline.poll_all()
    return service


def attempts(service: Service) -> list[tuple[int, bool, str | None]]:
    with Session(service.engine) as s:
        return [(a.delivery_id, a.ok, a.error) for a in s.exec(select(DeliveryAttempt).order_by(DeliveryAttempt.id))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_receiver_failing_twice_gets_the_message_on_the_third_attempt(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    receiver: Site = site_factory(faults={"/_notify": [500, 500]})  # type: ignore[operator]
    service = service_for(tmp_path, site, ["wire"], subscriber("flaky", receiver, signals=["sanctions"]))
    try:
        for _ in range(3):
            service.sender.send_due(now=service_now(service))
        tries = attempts(service)
        first = tries[0][0]
        assert [ok for did, ok, _err in tries if did == first] == [False, False, True]
        assert "500" in str(tries[0][2])
        delivered = {did for did, ok, _err in tries if ok}
        assert len(receiver.received()) == len(delivered) >= 1
        service.sender.send_due(now=service_now(service))
        assert len(receiver.received()) == len(delivered)         # sent is sent
    finally:
        service.close()


def service_now(service: Service) -> object:
    """A clock past every backoff, so the test does not sleep through them."""
    from monitor.timeutil import utcnow
    return utcnow() + timedelta(hours=1)


def test_receiver_down_at_first_is_delivered_to_once_it_is_up(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    port = free_port()
    service = service_for(tmp_path, site, ["wire"], subscriber("late", f"127.0.0.1:{port}", signals=["sanctions"]))
    try:
        report = service.sender.send_due()
        assert report.sent == 0 and report.failed == 1
        with Session(service.engine) as s:
            d = s.exec(select(Delivery)).one()
            assert d.status == "pending" and d.attempts == 1 and d.next_attempt_at is not None
        receiver: Site = site_factory(port=port)  # type: ignore[operator]
        assert service.sender.send_due().sent == 0                # still backing off
        assert service.sender.send_due(now=service_now(service)).sent == 1  # type: ignore[arg-type]
        assert len(receiver.received()) == 1
    finally:
        service.close()


def test_gives_up_after_max_attempts_and_keeps_a_dead_letter(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    service = service_for(tmp_path, site, ["wire"], subscriber("gone", f"127.0.0.1:{free_port()}",
                                                               signals=["sanctions"]))
    try:
        for _ in range(service.settings.notifications.max_attempts):
            service.sender.send_due(now=service_now(service))  # type: ignore[arg-type]
        with Session(service.engine) as s:
            d = s.exec(select(Delivery)).one()
        assert d.status == "dead" and d.attempts == service.settings.notifications.max_attempts
        assert len(attempts(service)) == d.attempts
    finally:
        service.close()


def test_digest_subscriber_gets_one_message_with_every_shift(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(DEV)  # type: ignore[operator]
    feeds = ["harbor-times", "eastern-review", "policy-desk", "meridian-post", "globe-wire"]
    service = service_for(tmp_path, site, feeds, subscriber("morning", site, mode="digest", digest_at="08:00",
                                                            timezone="Europe/Berlin"))
    try:
        assert service.sender.send_due().sent == 0                # not 08:00 in Berlin yet
        with Session(service.engine) as s:
            pending = s.exec(select(Delivery)).all()
        assert len(pending) >= 2
        due = {d.next_attempt_at for d in pending}
        assert len(due) == 1                                       # all at the same digest time
        report = service.sender.send_due(now=service_now(service) + timedelta(days=1))  # type: ignore[operator]
        shifts = {d.shift_id for d in pending}
        assert report.sent == len(shifts)        # an alleged row superseded by its confirmed one is not sent
        with Session(service.engine) as s:
            assert {d.status for d in s.exec(select(Delivery))} <= {"sent", "superseded"}
        messages = site.received()
        assert len(messages) == 1
        assert f"digest: {len(shifts)} shifts" in str(messages[0]["title"])
    finally:
        service.close()


def test_severity_and_topic_filters(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(DEV)  # type: ignore[operator]
    receiver: Site = site_factory()  # type: ignore[operator]
    subs = (subscriber("confirmed-only", receiver, min_severity="confirmed")
            + subscriber("elsewhere", receiver, topics=["another-topic"]))
    service = service_for(tmp_path, site, ["meridian-post", "globe-wire"], subs)
    try:
        service.sender.send_due()
        with Session(service.engine) as s:
            rows = s.exec(select(Delivery)).all()
        assert rows and all(d.severity == "confirmed" for d in rows)
        assert len(receiver.received()) == len(rows)
    finally:
        service.close()


def test_secrets_never_reach_errors_or_logs(tmp_path: Path, site_factory: object,
                                            caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    monkeypatch.setenv("HOOK_TOKEN", "sup3rs3cr3tt0ken")
    port = free_port()
    subs = (f'\n[[subscribers]]\nname = "hook"\nsignals = ["sanctions"]\n'
            f'notify = ["json://bot:${{HOOK_TOKEN}}@127.0.0.1:{port}/hooks/${{HOOK_TOKEN}}"]\n')
    caplog.set_level(logging.DEBUG)
    service = service_for(tmp_path, site, ["wire"], subs)
    try:
        service.sender.send_due()
        errors = [err for _i, _ok, err in attempts(service)]
        assert errors and errors[0] and "json://" in errors[0]
        assert all("sup3rs3cr3tt0ken" not in (e or "") for e in errors)
        assert "sup3rs3cr3tt0ken" not in caplog.text
        with Session(service.engine) as s:
            assert "sup3rs3cr3tt0ken" not in json.dumps([d.last_error for d in s.exec(select(Delivery))])
    finally:
        service.close()
    time.sleep(0)


@pytest.mark.parametrize("resend", [True, False], ids=["resend-in-doubt", "park-in-doubt"])
def test_a_delivery_whose_sender_died_mid_request_is_in_doubt(tmp_path: Path, site_factory: object,
                                                               resend: bool) -> None:
    """A row claimed by a process that no longer exists: resent by default, or parked."""
    import subprocess
    import sys

    from sqlalchemy import update

    site: Site = site_factory()  # type: ignore[operator]
    service = service_for(tmp_path, site, ["wire"], subscriber("desk", site, signals=["sanctions"]),
                          notifications=f"resend_in_doubt = {str(resend).lower()}")
    try:
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True).stdout.strip()
        with Session(service.engine) as s:
            s.execute(update(Delivery).values(sending_by=f"{socket.gethostname()}:{dead}"))
            s.commit()
        report = service.sender.send_due()
        with Session(service.engine) as s:
            d = s.exec(select(Delivery)).one()
        assert any(err and err.startswith("in doubt") for _i, _ok, err in attempts(service))
        if resend:
            assert report.sent == 1 and d.status == "sent" and len(site.received()) == 1
        else:
            assert report.sent == 0 and d.status == "in-doubt" and site.received() == []
    finally:
        service.close()
