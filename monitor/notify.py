"""The outbox sender: pending deliveries -> Apprise, with retries, backoff and dead letters.

A delivery row is written in the same transaction as the shift change (storage.repo); this
module only drains them. Each attempt is recorded with its error, secrets redacted. The row is
marked sent in the transaction right after Apprise returns, so a restart resends only what
was not confirmed (at-least-once, with the window reduced to that one commit).

Messages come from sandboxed Jinja2 templates, one per body format; for each Apprise URL the
template of the service's own format (text, markdown, HTML) is used, with page text escaped
for that format.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import apprise
from jinja2 import FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage import repo
from storage.db import session_scope
from storage.models import Delivery, DeliveryAttempt, Shift, Subscriber

from .config import Secret, Settings
from .shifts import SEVERITY_RANK
from .timeutil import as_utc, utcnow

log = logging.getLogger("stancewatch.notify")

#: Who is sending: rows claimed by this process carry it, so another process can tell whether
#: the claimant is still alive.
SENDER_ID = f"{socket.gethostname()}:{os.getpid()}"


def _sender_dead(sender: str, since: datetime | None, grace: timedelta) -> bool:
    host, _, pid = sender.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    started = as_utc(since)
    return started is None or utcnow() - started > grace

TEMPLATES = Path(__file__).with_name("templates") / "notify"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|>~])")


def _md(value: Any) -> str:
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _urlsafe(value: Any) -> str:
    url = str(value)
    return quote(url, safe=":/?#[]@!$&'()*+,;=%-._~") if urlsplit(url).scheme in ("http", "https") else "#"


def _environment(autoescape: bool) -> SandboxedEnvironment:
    env = SandboxedEnvironment(loader=FileSystemLoader(TEMPLATES), autoescape=autoescape, trim_blocks=False,
                               keep_trailing_newline=False)
    env.filters["md"] = _md
    env.filters["urlsafe"] = lambda v: Markup(_urlsafe(v)) if autoescape else _urlsafe(v)
    return env


_ENVS = {"text": _environment(False), "markdown": _environment(False), "html": _environment(True)}
_FILES = {"text": "message.txt.j2", "markdown": "message.md.j2", "html": "message.html.j2"}


def render(items: list[dict[str, Any]], fmt: str) -> str:
    # get_template caches the compiled template; the file is read once per process
    return _ENVS[fmt].get_template(_FILES[fmt]).render(items=items).strip()


def title_for(items: list[dict[str, Any]]) -> str:
    """Short enough for a phone's lock screen."""
    if len(items) == 1:
        item = items[0]
        shift = item["shift"]
        return f"[{shift['severity']}] {item['signal_label']}: {shift['baseline']} → {shift['target']}"
    return f"stancewatch digest: {len(items)} shifts"


def redact(text: str, secrets: list[str]) -> str:
    """Remove every secret URL, and its user/password/path parts, from ``text``."""
    for secret in secrets:
        parts = urlsplit(secret)
        pieces = [secret, parts.netloc, parts.path.strip("/"), parts.query, parts.password or "",
                  parts.username or ""]
        for piece in sorted((p for p in pieces if p and len(p) >= 4), key=len, reverse=True):
            text = text.replace(piece, "…")
    return text


class _RedactSecrets(logging.Filter):
    """Apprise logs request URLs (with tokens) at DEBUG: scrub the secrets being sent."""

    active: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.active:
            message = record.getMessage()
            cleaned = redact(message, list(self.active))
            if cleaned != message:
                record.msg, record.args = cleaned, ()
        return True


_REDACTOR = _RedactSecrets()
logging.getLogger("apprise").addFilter(_REDACTOR)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Sender:
    engine: Engine
    settings: Settings
    labels: Any = None               # callable (topic, signal) -> (topic title, signal label)
    timeout: float = 15.0

    def _labels(self, topic: str, signal: str) -> tuple[str, str]:
        if self.labels is not None:
            try:
                return self.labels(topic, signal)  # type: ignore[no-any-return]
            except Exception:
                pass
        return topic, signal

    def item(self, session: Session, shift: Shift) -> dict[str, Any]:
        data = repo.shift_json(session, shift)
        topic_title, signal_label = self._labels(shift.topic, shift.signal)
        seen_stories: set[Any] = set()
        sources = []
        for src in data["sources"]:
            if src["dismissed"] or src["story"] in seen_stories:
                continue
            seen_stories.add(src["story"])
            sources.append(src)
        return {"shift": data, "sources": sources, "topic_title": topic_title,
                "signal_label": signal_label,
                "link": f"{self.settings.dashboard.base_url}/shifts/{shift.id}"}

    def recover_in_doubt(self) -> int:
        """Rows whose sender died mid-request: the receiver may or may not have the message.

        There is no telling without the receiver's help, so the choice is the operator's:
        ``resend_in_doubt = true`` (default) sends again, preferring a rare duplicate to a lost
        alert; ``false`` parks the row as ``in-doubt`` for a person to check. Either way the
        attempt is recorded as in doubt. A sender is dead when it ran on this host and its
        process is gone, or when its claim is older than ``in_doubt_after``.
        """
        conf = self.settings.notifications
        recovered = 0
        with session_scope(self.engine) as session:
            rows = session.exec(select(Delivery).where(Delivery.status == "pending",
                                                       col(Delivery.sending_by).is_not(None))).all()
            for d in rows:
                if d.sending_by == SENDER_ID or not _sender_dead(d.sending_by or "", d.sending_since,
                                                                 conf.in_doubt_after):
                    continue
                error = "in doubt: the sender stopped during delivery; the receiver may already have it"
                session.add(DeliveryAttempt(delivery_id=d.id or 0, ok=False, error=error))
                d.attempts += 1
                d.sending_by, d.sending_since, d.last_error = None, None, error
                if not conf.resend_in_doubt:
                    d.status = "in-doubt"
                session.add(d)
                recovered += 1
        if recovered:
            log.warning("%d deliveries were in flight when a sender stopped; %s", recovered,
                        "sending them again" if conf.resend_in_doubt else "parked as in-doubt")
        return recovered

    def send_due(self, now: datetime | None = None) -> SendReport:
        """Deliver every due outbox row: one message per immediate row, one per digest."""
        now = now or utcnow()
        report = SendReport()
        self.recover_in_doubt()
        with Session(self.engine) as session:
            due = session.exec(
                select(Delivery, Subscriber)
                .join(Subscriber, col(Subscriber.id) == Delivery.subscriber_id)
                .where(Delivery.status == "pending").order_by(col(Delivery.id))
            ).all()
        # an unsent "alleged" message is superseded by a pending "confirmed" one for the same
        # subscriber and shift: the reader gets the current news once, not its history
        strongest: dict[tuple[int, int], int] = {}
        for delivery, _sub in due:
            k = (delivery.subscriber_id, delivery.shift_id)
            strongest[k] = max(strongest.get(k, 0), SEVERITY_RANK.get(delivery.severity, 0))
        superseded = [d.id for d, _s in due
                      if SEVERITY_RANK.get(d.severity, 0) < strongest[(d.subscriber_id, d.shift_id)]]
        if superseded:
            with session_scope(self.engine) as session:
                for did in superseded:
                    row = session.get(Delivery, did)
                    if row is not None and row.status == "pending":
                        row.status, row.last_error = "superseded", "a more severe message replaced it"
                        session.add(row)
        groups: dict[tuple[int, int | None], list[int]] = {}
        for delivery, sub in due:
            if delivery.id in superseded or delivery.sending_by is not None:
                continue
            if as_utc(delivery.next_attempt_at) > now:  # type: ignore[operator]
                continue
            key = (sub.id or 0, None if sub.mode == "digest" else delivery.id)
            groups.setdefault(key, []).append(delivery.id or 0)
        for (sub_id, _), ids in groups.items():
            self._send_group(sub_id, ids, report)
        return report

    def _claim(self, delivery_ids: list[int]) -> list[int]:
        """Mark rows as being sent by this process; rows another sender holds are skipped."""
        claimed = []
        with session_scope(self.engine) as session:
            for did in delivery_ids:
                result = session.execute(
                    update(Delivery)
                    .where(col(Delivery.id) == did, Delivery.status == "pending",
                           col(Delivery.sending_by).is_(None))
                    .values(sending_by=SENDER_ID, sending_since=utcnow()))
                if result.rowcount:  # type: ignore[attr-defined]
                    claimed.append(did)
        return claimed

    def _send_group(self, subscriber_id: int, delivery_ids: list[int], report: SendReport) -> None:
        delivery_ids = self._claim(delivery_ids)
        if not delivery_ids:
            return
        with Session(self.engine) as session:
            sub = session.get(Subscriber, subscriber_id)
            assert sub is not None
            deliveries = [session.get(Delivery, i) for i in delivery_ids]
            items = []
            for d in deliveries:
                assert d is not None
                shift = session.get(Shift, d.shift_id)
                if shift is not None:
                    item = self.item(session, shift)
                    item["shift"]["severity"] = d.severity  # what this message announces
                    items.append(item)
        ok, error = self.deliver(sub.urls, items)
        with session_scope(self.engine) as session:
            for did in delivery_ids:
                d = session.get(Delivery, did)
                assert d is not None
                d.sending_by, d.sending_since = None, None
                if d.status != "pending":
                    session.add(d)
                    continue
                d.attempts += 1
                session.add(DeliveryAttempt(delivery_id=did, ok=ok, error=error))
                if ok:
                    d.status, d.sent_at, d.last_error = "sent", utcnow(), None
                    report.sent += 1
                else:
                    d.last_error = error
                    conf = self.settings.notifications
                    if d.attempts >= conf.max_attempts:
                        d.status = "dead"
                        report.dead += 1
                        log.error("delivery %s to %s is dead after %d attempts: %s",
                                  did, sub.name, d.attempts, error)
                    else:
                        delay = min(conf.backoff * (2 ** (d.attempts - 1)), conf.backoff_max)
                        d.next_attempt_at = utcnow() + delay
                        report.failed += 1
                session.add(d)
        if error:
            report.errors.append(f"{sub.name}: {error}")

    def deliver(self, urls: list[str], items: list[dict[str, Any]]) -> tuple[bool, str | None]:
        """Send ``items`` to every URL in its service's own body format."""
        if not items:
            return True, None
        revealed: list[str] = []
        errors: list[str] = []
        title = title_for(items)
        for template in urls:
            try:
                url = Secret(template).reveal()
            except Exception as exc:
                errors.append(str(exc))
                continue
            revealed.append(url)
            _REDACTOR.active.add(url)
            with apprise.LogCapture(level=logging.WARNING) as captured:
                plugin = apprise.Apprise.instantiate(url)
                if not plugin:
                    errors.append(f"{Secret(template).masked}: not a valid Apprise URL")
                    continue
                fmt = str(getattr(plugin, "notify_format", "text"))
                fmt = fmt if fmt in _FILES else "text"
                body = render(items, fmt)
                try:
                    ok = plugin.notify(body=body, title=title, body_format=fmt)
                except Exception as exc:  # a plugin bug must not kill the sender
                    ok, captured_text = False, f"{type(exc).__name__}: {exc}"
                else:
                    captured_text = captured.getvalue() if hasattr(captured, "getvalue") else ""
            if not ok:
                lines = [ln.split(" - ", 2)[-1] for ln in str(captured_text).splitlines() if ln.strip()]
                errors.append(f"{Secret(template).masked}: " + ("; ".join(lines[-2:]) or "delivery failed"))
        for url in revealed:
            _REDACTOR.active.discard(url)
        error = redact(" | ".join(errors), revealed) if errors else None
        return (not errors), error


def test_subscriber(engine: Engine, settings: Settings, name: str) -> tuple[bool, str | None]:
    """Send a test message to one subscriber (``stancewatch subscribers test``)."""
    with Session(engine) as session:
        sub = session.exec(select(Subscriber).where(Subscriber.name == name)).first()
    if sub is None:
        from .errors import NotFound
        raise NotFound(f"subscriber {name!r}: no such subscriber")
    item = {"shift": {"baseline": "negated", "target": "present", "severity": "confirmed", "stories": 1},
            "sources": [], "topic_title": "stancewatch test message",
            "signal_label": "This is a test", "link": settings.dashboard.base_url}
    return Sender(engine, settings).deliver(sub.urls, [item])
