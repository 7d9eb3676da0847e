"""The tables. One row type per thing an operator can point at; JSON columns for lists.

Uniqueness constraints carry the idempotency the DESIGN promises: an article is stored once
per canonical URL, evidence once per (article, topic, signal, label, offset), a shift once per
key (topic, signal, target), a delivery once per (subscriber, shift, severity).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _ts(**kw: Any) -> Any:
    return Field(sa_column=Column(DateTime(timezone=True), **kw))


class Feed(SQLModel, table=True):
    __tablename__ = "feeds"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = _ts(nullable=True)
    last_success_at: datetime | None = _ts(nullable=True)
    next_poll_at: datetime | None = _ts(nullable=True)
    last_status: str | None = None          # ok | unchanged | error | bozo
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    consecutive_failures: int = 0
    healthy: bool = True
    polls: int = 0
    articles_seen: int = 0


class Article(SQLModel, table=True):
    """A feed entry's page: pending -> done | error (retried) | failed (gave up) | skipped."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_status_next", "status", "next_attempt_at"),)
    id: int | None = Field(default=None, primary_key=True)
    feed: str = Field(index=True)
    outlet: str = Field(index=True)
    url: str
    canonical_url: str = Field(unique=True)
    title: str = ""
    published: datetime | None = _ts(nullable=True)
    discovered_at: datetime = _ts(nullable=False, default=utcnow)
    processed_at: datetime | None = _ts(nullable=True)
    status: str = "pending"
    error: str | None = Field(default=None, sa_column=Column(Text))
    attempts: int = 0
    next_attempt_at: datetime | None = _ts(nullable=True)
    kind: str | None = None
    body: str | None = Field(default=None, sa_column=Column(Text))
    content_hash: str | None = Field(default=None, index=True)
    minhash: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    story_id: int | None = Field(default=None, index=True)   # first article of its story
    duplicate_of: int | None = None                           # set for syndicated copies


class ArticleBucket(SQLModel, table=True):
    """The LSH band keys of an article's MinHash (see ``monitor.dedup``).

    Finding an article's syndicated original reads only the articles that share a bucket,
    through this table's primary key, instead of every stored signature."""

    __tablename__ = "article_buckets"
    bucket: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    article_id: int = Field(foreign_key="articles.id", primary_key=True, index=True)


class SeenEntry(SQLModel, table=True):
    """(feed, guid) pairs already taken, so a re-listed entry under its old id is skipped."""

    __tablename__ = "seen_entries"
    __table_args__ = (UniqueConstraint("feed", "guid"),)
    id: int | None = Field(default=None, primary_key=True)
    feed: str
    guid: str
    article_id: int | None = Field(default=None, foreign_key="articles.id")


class EvidenceRow(SQLModel, table=True):
    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("article_id", "topic", "signal", "label", "start"),
        Index("ix_evidence_topic_signal", "topic", "signal"),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int | None = Field(default=None, foreign_key="articles.id", index=True)
    topic: str
    signal: str
    state: str | None = None
    value: str | None = None
    label: str
    actor: str
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    cues: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    start: int = 0
    end: int = 0
    historical: bool = False
    created_at: datetime = _ts(nullable=False, default=utcnow)


class Baseline(SQLModel, table=True):
    """A signal's reference state; ``source`` is ``documents`` or ``accepted`` (from a shift)."""

    __tablename__ = "baselines"
    __table_args__ = (UniqueConstraint("topic", "signal"),)
    id: int | None = Field(default=None, primary_key=True)
    topic: str
    signal: str
    label: str
    source: str = "documents"
    sentence: str | None = Field(default=None, sa_column=Column(Text))
    updated_at: datetime = _ts(nullable=False, default=utcnow)


class BaselineHistory(SQLModel, table=True):
    __tablename__ = "baseline_history"
    id: int | None = Field(default=None, primary_key=True)
    topic: str = Field(index=True)
    signal: str
    old_label: str | None = None
    new_label: str
    reason: str
    at: datetime = _ts(nullable=False, default=utcnow)


class Shift(SQLModel, table=True):
    __tablename__ = "shifts"
    __table_args__ = (
        UniqueConstraint("topic", "signal", "target"),
        Index("ix_shifts_status_last_seen", "status", "last_seen"),
    )
    id: int | None = Field(default=None, primary_key=True)
    topic: str
    signal: str
    target: str
    baseline: str
    severity: str
    status: str = "open"                    # open | accepted | dismissed
    stories: int = 0
    sources_count: int = 0
    first_seen: datetime = _ts(nullable=False, default=utcnow)
    last_seen: datetime = _ts(nullable=False, default=utcnow)
    reason: str | None = Field(default=None, sa_column=Column(Text))


class ShiftSource(SQLModel, table=True):
    __tablename__ = "shift_sources"
    __table_args__ = (UniqueConstraint("shift_id", "article_id"),)
    id: int | None = Field(default=None, primary_key=True)
    shift_id: int = Field(foreign_key="shifts.id", index=True)
    article_id: int = Field(foreign_key="articles.id")
    evidence_id: int = Field(foreign_key="evidence.id")
    story_id: int
    state: str
    dismissed: bool = False                 # evidence seen when the shift was dismissed
    added_at: datetime = _ts(nullable=False, default=utcnow)


class ShiftHistory(SQLModel, table=True):
    __tablename__ = "shift_history"
    id: int | None = Field(default=None, primary_key=True)
    shift_id: int = Field(foreign_key="shifts.id", index=True)
    event: str                               # opened | escalated | source | accepted | dismissed | reopened
    severity: str | None = None
    note: str | None = Field(default=None, sa_column=Column(Text))
    at: datetime = _ts(nullable=False, default=utcnow)


class Subscriber(SQLModel, table=True):
    __tablename__ = "subscribers"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    urls: list[str] = Field(default_factory=list, sa_column=Column(JSON))  # templates; ${ENV} kept
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    signals: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    min_severity: str = "alleged"
    mode: str = "immediate"
    digest_at: str = "08:00"
    timezone: str = "UTC"
    origin: str = "cli"                      # config | cli
    active: bool = True


class Delivery(SQLModel, table=True):
    """The outbox: written in the shift's transaction, drained by the sender job."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "shift_id", "severity"),
        Index("ix_deliveries_status_next", "status", "next_attempt_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    subscriber_id: int = Field(foreign_key="subscribers.id")
    shift_id: int = Field(foreign_key="shifts.id")
    severity: str
    status: str = "pending"                  # pending | sent | dead
    attempts: int = 0
    next_attempt_at: datetime = _ts(nullable=False, default=utcnow)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = _ts(nullable=False, default=utcnow)
    sent_at: datetime | None = _ts(nullable=True)
    #: Set while a sender is delivering the row ("host:pid"): claims it against other senders
    #: and, if that sender dies mid-request, marks the row *in doubt* for the next one.
    sending_by: str | None = None
    sending_since: datetime | None = _ts(nullable=True)


class DeliveryAttempt(SQLModel, table=True):
    __tablename__ = "delivery_attempts"
    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="deliveries.id", index=True)
    at: datetime = _ts(nullable=False, default=utcnow)
    ok: bool
    error: str | None = Field(default=None, sa_column=Column(Text))


class OutletTemplateRow(SQLModel, table=True):
    """What extraction learned about an outlet's page template (boilerplate blocks)."""

    __tablename__ = "outlet_templates"
    outlet: str = Field(primary_key=True)
    data: str = Field(sa_column=Column(Text, nullable=False))
    pages: int = 0
    updated_at: datetime = _ts(nullable=False, default=utcnow)
