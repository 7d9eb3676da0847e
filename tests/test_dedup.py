"""Syndicated copies count once: what is a copy, and finding one among many stored articles
by LSH buckets (SQLite and PostgreSQL) without reading every stored signature."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor import dedup
from monitor.timeutil import utcnow
from storage import repo
from storage.db import _alembic_config, make_engine, session_scope, upgrade
from storage.models import Article, ArticleBucket

from .conftest import SHARED

GOLD = SHARED / "seeds" / "gold"
WINDOW = timedelta(days=30)


def gold_body() -> str:
    return sorted(GOLD.glob("*.body.txt"))[0].read_text(encoding="utf-8")


def words(rng: random.Random, n: int) -> str:
    vocabulary = gold_body().split()
    return " ".join(rng.choice(vocabulary) for _ in range(n))


# --- what counts as a copy (pure) -------------------------------------------------------------

def test_a_wire_copy_with_its_own_lead_in_and_a_trimmed_end_is_a_copy() -> None:
    body = gold_body()
    paragraphs = [p for p in body.split("\n") if p.strip()]
    copy = "\n".join(["(Reuters) - From our correspondents in Beijing, updated this morning.",
                      *paragraphs[:-1]])
    original, copied = dedup.fingerprint(body), dedup.fingerprint(copy)
    assert original.content_hash != copied.content_hash
    assert dedup.similarity(original.minhash, copied.minhash) >= dedup.NEAR_DUPLICATE
    assert set(original.buckets) & set(copied.buckets)
    assert dedup.find_original(copied, [(7, original.content_hash, original.minhash)]) == 7


def test_the_same_event_in_other_words_is_another_story() -> None:
    rng = random.Random(3)
    sentences = [s for s in gold_body().replace("\n", " ").split(". ") if s]
    rewrite = ". ".join(" ".join(reversed(s.split())) for s in rng.sample(sentences, len(sentences)))
    original, other = dedup.fingerprint(gold_body()), dedup.fingerprint(rewrite)
    assert dedup.similarity(original.minhash, other.minhash) < 0.2
    assert dedup.find_original(other, [(7, original.content_hash, original.minhash)]) is None


def test_whitespace_and_case_do_not_make_a_new_body() -> None:
    body = gold_body()
    assert dedup.fingerprint(body).content_hash == dedup.fingerprint("  " + body.upper() + "\n\n").content_hash


def test_one_bucket_per_band_and_bands_do_not_collide() -> None:
    keys = dedup.fingerprint(gold_body()).buckets
    assert len(keys) == dedup.BANDS == len(set(keys))
    assert all(0 <= k < 2 ** 63 for k in keys)        # fits a signed BIGINT on both backends
    assert dedup.buckets(b"short") == []


# --- finding the original among many stored articles (real database) --------------------------

@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def store(engine: Engine, n: int, *bodies: str, age: timedelta = timedelta(0), look: bool = True) -> int:
    """Store one article per body, numbered from ``n``, as the pipeline does (``look=False``:
    without looking for an original, to fill the database fast); the last id."""
    with session_scope(engine) as s:
        for i, body in enumerate(bodies, start=n):
            fp = dedup.fingerprint(body)
            art = Article(feed="f", outlet=f"o{i}", url=f"http://e/{i}", canonical_url=f"http://e/{i}",
                          status="done", discovered_at=utcnow() - age)
            s.add(art)
            s.flush()
            assert art.id is not None
            original, story = (repo.find_story(s, fp, article_id=art.id, since=utcnow() - WINDOW)
                               if look else (None, art.id))
            art.duplicate_of, art.story_id = original, story
            repo.store_fingerprint(s, art, fp)
        return art.id


def test_a_copy_is_found_among_a_thousand_reading_only_its_look_alikes(engine: Engine) -> None:
    rng = random.Random(11)
    store(engine, 0, *(words(rng, 300) for _ in range(1000)), look=False)
    first = store(engine, 5000, gold_body())
    paragraphs = gold_body().split("\n")
    copy = "Wire copy, shared with partners.\n" + "\n".join(paragraphs[1:])
    fp = dedup.fingerprint(copy)
    with Session(engine) as s:
        candidates = repo.syndication_candidates(s, fp, article_id=0, since=utcnow() - WINDOW)
    assert first in [c[0] for c in candidates]
    assert len(candidates) < 30, len(candidates)       # not 1,001 signatures
    second = store(engine, 5001, copy)
    third = store(engine, 5002, copy + "\nAn editor's note added by the third outlet.")
    with Session(engine) as s:
        stories = {a.id: (a.duplicate_of, a.story_id) for a in s.exec(select(Article).where(
            Article.id.in_([first, second, third]))).all()}  # type: ignore[union-attr]
    assert stories[first] == (None, first)
    assert stories[second] == (first, first)
    assert stories[third][1] == first                 # a copy of a copy is the same story


def test_an_article_older_than_the_window_is_no_original_and_its_buckets_are_dropped(engine: Engine) -> None:
    old = store(engine, 1, gold_body(), age=timedelta(days=45))
    new = store(engine, 2, gold_body())
    with Session(engine) as s:
        assert s.get(Article, new).story_id == new   # type: ignore[union-attr]
    with session_scope(engine) as s:
        dropped = repo.forget_buckets_before(s, utcnow() - WINDOW)
    assert dropped == dedup.BANDS
    with Session(engine) as s:
        left = s.exec(select(ArticleBucket.article_id).distinct()).all()
        assert list(left) == [new]
        assert s.get(Article, old).minhash is not None  # type: ignore[union-attr]


def test_the_bucket_migration_backfills_articles_stored_before_it(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(_alembic_config(engine), "0002")
    fp = dedup.fingerprint(gold_body())
    with session_scope(engine) as s:
        s.connection().exec_driver_sql(
            "INSERT INTO articles (feed, outlet, url, canonical_url, title, discovered_at, status, attempts, "
            "content_hash, minhash) VALUES ('f', 'o', 'u', 'u', '', '2026-11-01', 'done', 1, ?, ?)",
            (fp.content_hash, fp.minhash))
    upgrade(engine)
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(ArticleBucket)).one() == dedup.BANDS
        found = repo.syndication_candidates(s, fp, article_id=0, since=utcnow() - timedelta(days=3650))
    assert [c[0] for c in found] == [1]
    engine.dispose()
