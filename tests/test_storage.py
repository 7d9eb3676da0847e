"""Storage on both backends: migrations applied on start and idempotent, SQLite in WAL mode,
uniqueness that makes every stage idempotent, and a clear one-line error for a dead database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from monitor.errors import StorageError
from storage.db import current_revision, make_engine, session_scope, upgrade
from storage.models import Article, Shift

from .conftest import stancewatch, write_config

TABLES = {"feeds", "articles", "seen_entries", "evidence", "baselines", "baseline_history", "shifts",
          "shift_sources", "shift_history", "subscribers", "deliveries", "delivery_attempts", "outlet_templates",
          "article_buckets"}


def test_migrations_create_every_table_and_are_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        first = current_revision(engine)
        upgrade(engine)
        assert current_revision(engine) == first is not None
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b.db'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()


def test_one_article_per_canonical_url_and_one_shift_per_key(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with session_scope(engine) as s:
            s.add(Article(feed="f", outlet="o", url="http://a/1?utm_source=x", canonical_url="http://a/1"))
            s.add(Shift(topic="t", signal="s", target="present", baseline="negated", severity="alleged"))
        with pytest.raises(IntegrityError), session_scope(engine) as s:
            s.add(Article(feed="g", outlet="o", url="http://a/1", canonical_url="http://a/1"))
        with pytest.raises(IntegrityError), session_scope(engine) as s:
            s.add(Shift(topic="t", signal="s", target="present", baseline="negated", severity="confirmed"))
        with Session(engine) as s:  # the failed transactions lost nothing already stored
            assert s.get(Article, 1) is not None and s.get(Shift, 1) is not None
    finally:
        engine.dispose()


def test_unreachable_database_is_one_clear_line() -> None:
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(StorageError) as info:
        upgrade(engine)
    assert "127.0.0.1:1" in str(info.value) and "\n" not in str(info.value)


def test_db_upgrade_and_status_commands(tmp_path: Path, db_url: str) -> None:
    config = write_config(tmp_path, db_url)
    assert stancewatch(config, "db", "status").stdout.strip() == "empty (no migrations applied)"
    assert "database at revision" in stancewatch(config, "db", "upgrade").stdout
    assert stancewatch(config, "db", "status").stdout.strip() not in ("", "empty (no migrations applied)")


def test_the_migrations_build_exactly_the_tables_the_models_describe(db_url: str) -> None:
    """A model changed without a migration would work in tests (fresh tables) and break an
    operator's existing database: compare what the migrations built with the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401  (registers the tables)

    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == []
    finally:
        engine.dispose()
