"""The queries the service uses, in one place, so CLI, web and pipeline read the same way.

Functions take an open ``Session`` and never commit: the caller owns the transaction, which is
how a shift change and its outbox rows land together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert
from sqlmodel import Session, col, select

from monitor.dedup import Fingerprint, find_original
from monitor.shifts import SEVERITY_RANK, stronger
from monitor.timeutil import as_utc, iso, utcnow
from monitor.types import ShiftDecision

from .models import (
    Article,
    ArticleBucket,
    Baseline,
    BaselineHistory,
    Delivery,
    EvidenceRow,
    Feed,
    Shift,
    ShiftHistory,
    ShiftSource,
    Subscriber,
)

# --- syndicated copies -------------------------------------------------------------------------

#: At most this many candidates are compared; only a page of boilerplate shares buckets with
#: more, and its exact copies are found by hash first.
SYNDICATION_CANDIDATES = 2000


def syndication_candidates(session: Session, fp: Fingerprint, *, article_id: int,
                           since: datetime) -> list[tuple[int, str | None, bytes | None, int | None]]:
    """``(id, content_hash, minhash, story_id)`` of the processed articles since ``since``
    that may be copies of ``fp``: the same body hash or a shared LSH bucket. The cost follows
    the number of look-alikes, not the number of articles kept."""
    # Two index lookups (bucket primary key, body hash), then the few rows they name: one
    # query with OR over both would let the planner scan the articles table instead.
    ids = set(session.exec(select(ArticleBucket.article_id).where(col(ArticleBucket.bucket).in_(fp.buckets))
                           .distinct().limit(SYNDICATION_CANDIDATES)).all())
    ids.update(i for i in session.exec(select(Article.id).where(Article.content_hash == fp.content_hash)
                                       .limit(SYNDICATION_CANDIDATES)).all() if i is not None)
    ids.discard(article_id)
    if not ids:
        return []
    rows = session.exec(
        select(Article.id, Article.content_hash, Article.minhash, Article.story_id)
        .where(col(Article.id).in_(sorted(ids)), Article.status == "done", col(Article.discovered_at) >= since)
        .order_by(col(Article.id)).limit(SYNDICATION_CANDIDATES)
    ).all()
    return [(cid, chash, cmin, story) for cid, chash, cmin, story in rows if cid is not None]


def find_story(session: Session, fp: Fingerprint, *, article_id: int, since: datetime) -> tuple[int | None, int]:
    """``(original, story)`` for an article about to be stored: the earlier article it
    copies (or None) and the story it belongs to (the original's, else its own id)."""
    rows = syndication_candidates(session, fp, article_id=article_id, since=since)
    original = find_original(fp, [(cid, chash, cmin) for cid, chash, cmin, _story in rows])
    if original is None:
        return None, article_id
    story = next(story for cid, _h, _m, story in rows if cid == original)
    return original, story or original


def store_fingerprint(session: Session, article: Article, fp: Fingerprint) -> None:
    assert article.id is not None
    article.content_hash, article.minhash = fp.content_hash, fp.minhash
    session.exec(delete(ArticleBucket).where(col(ArticleBucket.article_id) == article.id))
    keys = sorted(set(fp.buckets))
    if keys:
        session.execute(insert(ArticleBucket), [{"bucket": b, "article_id": article.id} for b in keys])


def forget_buckets_before(session: Session, since: datetime) -> int:
    """Drop the bucket rows of articles older than the look-back window (they are never
    candidates again); the articles and their signatures stay."""
    old = select(Article.id).where(col(Article.discovered_at) < since)
    result = session.exec(delete(ArticleBucket).where(col(ArticleBucket.article_id).in_(old)))
    return int(result.rowcount or 0)


# --- feeds and subscribers from config -------------------------------------------------------


def sync_feeds(session: Session, feeds: Iterable[Any]) -> None:
    for conf in feeds:
        row = session.exec(select(Feed).where(Feed.name == conf.name)).first()
        if row is None:
            session.add(Feed(name=conf.name, url=conf.url))
        elif row.url != conf.url:
            row.url, row.etag, row.last_modified = conf.url, None, None
            session.add(row)


def upsert_subscriber(session: Session, conf: Any, origin: str) -> Subscriber:
    """Store a ``SubscriberSettings`` by name (URLs kept as templates: ``${ENV}`` unexpanded)."""
    row = session.exec(select(Subscriber).where(Subscriber.name == conf.name)).first() or Subscriber(name=conf.name)
    row.urls = [u.template for u in conf.notify]
    row.topics, row.signals = list(conf.topics), list(conf.signals)
    row.min_severity, row.mode = conf.min_severity, conf.mode
    row.digest_at, row.timezone = conf.digest_at, conf.timezone
    row.origin, row.active = origin, True
    session.add(row)
    return row


def sync_subscribers(session: Session, subscribers: Iterable[Any]) -> None:
    """Config subscribers are upserted by name; ones removed from config are deactivated."""
    names = set()
    for conf in subscribers:
        names.add(conf.name)
        upsert_subscriber(session, conf, "config")
    for row in session.exec(select(Subscriber).where(Subscriber.origin == "config")).all():
        if row.name not in names and row.active:
            row.active = False
            session.add(row)


# --- baselines ----------------------------------------------------------------------------


def baselines(session: Session) -> dict[tuple[str, str], str]:
    return {(b.topic, b.signal): b.label for b in session.exec(select(Baseline)).all()}


def accepted_baselines(session: Session) -> set[tuple[str, str]]:
    """(topic, signal) keys whose baseline came from an accepted shift."""
    return {(b.topic, b.signal) for b in session.exec(select(Baseline).where(Baseline.source == "accepted")).all()}


def set_baseline(session: Session, topic: str, signal: str, label: str, *, source: str,
                 reason: str, sentence: str | None = None) -> bool:
    """Set one signal's baseline; returns whether it changed (history is kept either way)."""
    row = session.exec(select(Baseline).where(Baseline.topic == topic, Baseline.signal == signal)).first()
    old = row.label if row else None
    if row is not None and source == "documents" and row.source == "accepted":
        return False  # an operator's accepted shift outranks a rebuild from documents
    if row is None:
        row = Baseline(topic=topic, signal=signal, label=label)
    if old == label and row.source == source:
        return False
    row.label, row.source, row.sentence, row.updated_at = label, source, sentence, utcnow()
    session.add(row)
    session.add(BaselineHistory(topic=topic, signal=signal, old_label=old, new_label=label, reason=reason))
    return True


# --- shifts --------------------------------------------------------------------------------


def _subscribers_for(session: Session, shift: Shift, severity: str) -> list[Subscriber]:
    out = []
    for sub in session.exec(select(Subscriber).where(Subscriber.active == True)).all():  # noqa: E712
        if sub.topics and shift.topic not in sub.topics:
            continue
        if sub.signals and shift.signal not in sub.signals:
            continue
        if SEVERITY_RANK.get(severity, 0) < SEVERITY_RANK.get(sub.min_severity, 0):
            continue
        out.append(sub)
    return out


def next_digest_time(sub: Subscriber, now: datetime) -> datetime:
    """The next ``digest_at`` wall-clock time in the subscriber's zone, as UTC."""
    zone = ZoneInfo(sub.timezone)
    local = now.astimezone(zone)
    hour, minute = (int(x) for x in sub.digest_at.split(":"))
    due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if due <= local:
        due += timedelta(days=1)
    return as_utc(due)  # type: ignore[return-value]


def enqueue_deliveries(session: Session, shift: Shift, severity: str) -> int:
    """Outbox rows for every matching subscriber; one per (subscriber, shift, severity)."""
    assert shift.id is not None
    count = 0
    now = utcnow()
    for sub in _subscribers_for(session, shift, severity):
        exists = session.exec(select(Delivery).where(
            Delivery.subscriber_id == sub.id, Delivery.shift_id == shift.id,
            Delivery.severity == severity)).first()
        if exists:
            continue
        due = next_digest_time(sub, now) if sub.mode == "digest" else now
        session.add(Delivery(subscriber_id=sub.id, shift_id=shift.id, severity=severity, next_attempt_at=due))
        count += 1
    return count


def apply_decision(session: Session, decision: ShiftDecision, *, article: Article,
                   evidence_id: int) -> str:
    """Open, grow, escalate or reopen the shift for ``decision``; returns what happened.

    Rules (DESIGN "States and what counts as a shift", issue 6):
    - one shift per key; later evidence joins as a source;
    - syndicated copies (same ``story_id``) add a source but not a story, and never escalate;
    - a dismissed shift stays dismissed for evidence of stories it already had; a new
      independent story reopens it and says so in the history.
    """
    assert article.id is not None and article.story_id is not None
    now = utcnow()
    shift = session.exec(select(Shift).where(
        Shift.topic == decision.topic, Shift.signal == decision.signal,
        Shift.target == decision.target)).first()
    outcome = "source"
    if shift is None:
        shift = Shift(topic=decision.topic, signal=decision.signal, target=decision.target,
                      baseline=decision.baseline, severity=decision.severity,
                      first_seen=now, last_seen=now)
        session.add(shift)
        session.flush()
        session.add(ShiftHistory(shift_id=shift.id, event="opened", severity=decision.severity,
                                 note=f"{decision.baseline} -> {decision.target} from {article.outlet}: {article.url}"))
        outcome = "opened"
    assert shift.id is not None
    if session.exec(select(ShiftSource).where(ShiftSource.shift_id == shift.id,
                                              ShiftSource.article_id == article.id)).first():
        return "unchanged"
    known_stories = set(session.exec(select(ShiftSource.story_id).where(ShiftSource.shift_id == shift.id)).all())
    new_story = article.story_id not in known_stories
    if shift.status == "dismissed":
        if not new_story:
            session.add(ShiftSource(shift_id=shift.id, article_id=article.id, evidence_id=evidence_id,
                                    story_id=article.story_id, state=decision.evidence.label, dismissed=True))
            return "dismissed"
        shift.status = "open"
        session.add(ShiftHistory(shift_id=shift.id, event="reopened", severity=decision.severity,
                                 note=f"new independent evidence from {article.outlet}: {article.url}"))
        outcome = "reopened"
    session.add(ShiftSource(shift_id=shift.id, article_id=article.id, evidence_id=evidence_id,
                            story_id=article.story_id, state=decision.evidence.label))
    if outcome == "source" and new_story:
        session.add(ShiftHistory(shift_id=shift.id, event="source", severity=decision.severity,
                                 note=f"{article.outlet}: {article.url}"))
    if new_story and stronger(decision.severity, shift.severity):
        shift.severity = decision.severity
        session.add(ShiftHistory(shift_id=shift.id, event="escalated", severity=decision.severity,
                                 note=f"first asserting source: {article.outlet}: {article.url}"))
        outcome = "escalated"
    shift.stories = len(known_stories | {article.story_id})
    shift.sources_count = (shift.sources_count or 0) + 1
    shift.last_seen = now
    session.add(shift)
    session.flush()
    if shift.status == "open":
        enqueue_deliveries(session, shift, shift.severity)
    return outcome


def sources_of(session: Session, shift_ids: Sequence[int]) -> list[tuple[ShiftSource, Article, EvidenceRow]]:
    """Each source of the given shifts with its article and evidence, in the order they joined."""
    if not shift_ids:
        return []
    rows = session.exec(
        select(ShiftSource, Article, EvidenceRow)
        .where(col(ShiftSource.shift_id).in_(list(shift_ids)))
        .join(Article, col(Article.id) == ShiftSource.article_id)
        .join(EvidenceRow, col(EvidenceRow.id) == ShiftSource.evidence_id)
        .order_by(col(ShiftSource.id))
    ).all()
    return [(s, a, e) for s, a, e in rows]


def shift_sources(session: Session, shift_id: int) -> list[tuple[ShiftSource, Article, EvidenceRow]]:
    return sources_of(session, [shift_id])


def shift_json(session: Session, shift: Shift) -> dict[str, Any]:
    """The DESIGN contract object for ``shifts --json`` and ``GET /api/shifts``."""
    return shifts_json(session, [shift])[0]


def list_shifts(session: Session, *, topic: str | None = None, signal: str | None = None,
                severity: str | None = None, status: str | Sequence[str] | None = None,
                since: datetime | None = None, until: datetime | None = None,
                limit: int | None = None, offset: int = 0) -> list[Shift]:
    query = _shift_filters(select(Shift), topic=topic, signal=signal, severity=severity, status=status,
                           since=since, until=until)
    query = query.order_by(col(Shift.last_seen).desc(), col(Shift.id).desc()).offset(offset)
    if limit:
        query = query.limit(limit)
    return list(session.exec(query).all())


def get_shift(session: Session, shift_id: int) -> Shift:
    from monitor.errors import NotFound

    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(f"shift {shift_id}: no such shift")
    return shift


def accept_shift(session: Session, shift_id: int, note: str = "") -> Shift:
    """The shift's new state becomes the baseline from now on; the baseline's history says why."""
    shift = get_shift(session, shift_id)
    label = shift.target
    if shift.target == "present":
        label = "asserted" if shift.severity == "confirmed" else "alleged"
    elif shift.target == "absent":
        label = "negated"
    set_baseline(session, shift.topic, shift.signal, label, source="accepted",
                 reason=f"accepted shift {shift.id}" + (f": {note}" if note else ""))
    shift.status = "accepted"
    session.add(shift)
    session.add(ShiftHistory(shift_id=shift.id, event="accepted", severity=shift.severity, note=note or None))
    # an accepted shift needs no more alerts
    for d in session.exec(select(Delivery).where(Delivery.shift_id == shift.id, Delivery.status == "pending")).all():
        d.status, d.last_error = "cancelled", "shift accepted before delivery"
        session.add(d)
    return shift


def dismiss_shift(session: Session, shift_id: int, reason: str) -> Shift:
    """A false positive: kept with its evidence for rule tuning; its stories cannot reopen it."""
    shift = get_shift(session, shift_id)
    shift.status, shift.reason = "dismissed", reason
    session.add(shift)
    session.add(ShiftHistory(shift_id=shift.id, event="dismissed", severity=shift.severity, note=reason))
    for src in session.exec(select(ShiftSource).where(ShiftSource.shift_id == shift.id)).all():
        src.dismissed = True
        session.add(src)
    for d in session.exec(select(Delivery).where(Delivery.shift_id == shift.id, Delivery.status == "pending")).all():
        d.status, d.last_error = "cancelled", "shift dismissed before delivery"
        session.add(d)
    return shift


def shift_history(session: Session, shift_id: int) -> list[ShiftHistory]:
    return list(session.exec(select(ShiftHistory).where(ShiftHistory.shift_id == shift_id)
                             .order_by(col(ShiftHistory.id))).all())


def timeline(session: Session, topic: str) -> dict[str, Any]:
    """A topic's signal states over time: baseline changes and dated evidence per signal."""
    base = {b.signal: b for b in session.exec(select(Baseline).where(Baseline.topic == topic)).all()}
    history = session.exec(select(BaselineHistory).where(BaselineHistory.topic == topic)
                           .order_by(col(BaselineHistory.id))).all()
    rows = session.exec(
        select(EvidenceRow, Article).join(Article, col(Article.id) == EvidenceRow.article_id)
        .where(EvidenceRow.topic == topic)
    ).all()
    signals: dict[str, dict[str, Any]] = {}
    for signal, b in base.items():
        signals[signal] = {"baseline": b.label, "baseline_source": b.source, "points": [], "baseline_changes": []}
    for h in history:
        signals.setdefault(h.signal, {"baseline": None, "baseline_source": None, "points": [], "baseline_changes": []})
        signals[h.signal]["baseline_changes"].append({"at": iso(h.at), "from": h.old_label, "to": h.new_label,
                                                      "reason": h.reason})
    for ev, art in rows:
        entry = signals.setdefault(ev.signal, {"baseline": None, "baseline_source": None, "points": [],
                                               "baseline_changes": []})
        entry["points"].append({"at": iso(art.published or art.discovered_at), "label": ev.label,
                                "historical": ev.historical, "outlet": art.outlet, "url": art.url,
                                "sentence": ev.sentence, "story": art.story_id})
    for entry in signals.values():
        entry["points"].sort(key=lambda p: p["at"] or "")
    return {"topic": topic, "signals": signals}


# --- dashboard (monitor/web) ---------------------------------------------------------------


def _shift_filters(query: Any, *, topic: str | None = None, signal: str | None = None,
                   severity: str | None = None, status: str | Sequence[str] | None = None,
                   since: datetime | None = None, until: datetime | None = None) -> Any:
    if topic:
        query = query.where(Shift.topic == topic)
    if signal:
        query = query.where(Shift.signal == signal)
    if severity:
        query = query.where(Shift.severity == severity)
    if isinstance(status, str):
        query = query.where(Shift.status == status)
    elif status:
        query = query.where(col(Shift.status).in_(list(status)))
    if since:
        query = query.where(Shift.last_seen >= since)
    if until:
        query = query.where(Shift.first_seen <= until)
    return query


def count_shifts_where(session: Session, **filters: Any) -> int:
    """How many shifts ``list_shifts`` would return without limit/offset (same filters)."""
    query = _shift_filters(select(func.count()).select_from(Shift), **filters)
    return int(session.exec(query).one())


def shift_outlet_counts(session: Session, shift_ids: Sequence[int]) -> dict[int, int]:
    """Distinct outlets among each shift's sources, for a page of shifts in one query."""
    if not shift_ids:
        return {}
    rows = session.exec(
        select(ShiftSource.shift_id, func.count(func.distinct(Article.outlet)))
        .join(Article, col(Article.id) == ShiftSource.article_id)
        .where(col(ShiftSource.shift_id).in_(list(shift_ids)))
        .group_by(ShiftSource.shift_id)
    ).all()
    return {int(sid): int(n) for sid, n in rows}


def shift_facets(session: Session, limit: int = 200) -> dict[str, list[str]]:
    """The distinct topics and signals present (at most ``limit`` of each), for filter menus."""
    out: dict[str, list[str]] = {}
    for name, column in (("topic", Shift.topic), ("signal", Shift.signal)):
        query = select(column).distinct().order_by(column).limit(limit)
        out[name] = [str(v) for v in session.exec(query).all() if v]
    return out


def topic_summaries(session: Session) -> dict[str, dict[str, Any]]:
    """Per topic: baseline states and shift counts by status (topics seen in the tables)."""
    out: dict[str, dict[str, Any]] = {}
    for b in session.exec(select(Baseline).order_by(Baseline.topic, Baseline.signal)).all():
        entry = out.setdefault(b.topic, {"baseline": {}, "shifts": {}})
        entry["baseline"][b.signal] = b.label
    rows = session.exec(select(Shift.topic, Shift.status, func.count()).group_by(Shift.topic, Shift.status)).all()
    for topic, status, n in rows:
        entry = out.setdefault(topic, {"baseline": {}, "shifts": {}})
        entry["shifts"][status] = int(n)
    return out


def list_feeds(session: Session) -> list[Feed]:
    return list(session.exec(select(Feed).order_by(Feed.name)).all())


def metric_counts(session: Session) -> dict[str, Any]:
    """Counts the /metrics scrape turns into gauges and counters (grouped queries only)."""
    from .models import DeliveryAttempt

    def grouped(*columns: Any) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in session.exec(select(*columns, func.count()).group_by(*columns)).all()]

    return {
        "feeds": [(f.name, f.polls, f.consecutive_failures, f.healthy, f.articles_seen, f.last_status)
                  for f in session.exec(select(Feed)).all()],
        "articles": grouped(Article.status),
        "evidence": grouped(EvidenceRow.topic, EvidenceRow.signal),
        "shifts": grouped(Shift.status, Shift.severity),
        "deliveries": grouped(Delivery.status),
        "attempts": grouped(DeliveryAttempt.ok),
        "oldest_pending_delivery": session.exec(
            select(func.min(Delivery.next_attempt_at)).where(Delivery.status == "pending")).one(),
    }


def shifts_json(session: Session, shifts: Sequence[Shift]) -> list[dict[str, Any]]:
    """The contract objects of several shifts, with the sources of all of them in one query."""
    ids = [s.id for s in shifts if s.id is not None]
    by_shift: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for s, a, e in sources_of(session, ids):
        by_shift[s.shift_id].append(
            {"url": a.url, "canonical_url": a.canonical_url, "outlet": a.outlet,
             "published": iso(a.published), "sentence": e.sentence, "state": e.label,
             "story": s.story_id, "copy": a.duplicate_of is not None, "dismissed": s.dismissed,
             "title": a.title})
    return [{
        "id": shift.id, "topic": shift.topic, "signal": shift.signal, "baseline": shift.baseline,
        "target": shift.target, "severity": shift.severity, "status": shift.status,
        "stories": shift.stories, "sources": by_shift.get(shift.id, []) if shift.id is not None else [],
        "first_seen": iso(shift.first_seen), "last_seen": iso(shift.last_seen),
    } for shift in shifts]
