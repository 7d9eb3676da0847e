"""Build once, pass in: the engine, HTTP client, rules, pipeline and sender of one process.

``cli.py`` builds a :class:`Service` from settings and hands its parts to the pipeline,
scheduler and web app; tests build the same object against 127.0.0.1 servers instead of
patching anything.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage import repo
from storage.db import make_engine, session_scope, upgrade
from storage.models import Baseline

from .config import Settings
from .fetch import Fetcher
from .notify import Sender
from .pipeline import Pipeline
from .rulesource import RuleSource

log = logging.getLogger("stancewatch")


@dataclass
class Service:
    settings: Settings
    engine: Engine
    fetcher: Fetcher
    rules: RuleSource
    pipeline: Pipeline
    sender: Sender
    stop: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def open(cls, settings: Settings, *, private_feeds: frozenset[str] = frozenset(),
             load_rules: bool = True) -> Service:
        engine = make_engine(settings.database_url)
        upgrade(engine)
        with session_scope(engine) as session:
            repo.sync_feeds(session, settings.feeds)
            repo.sync_subscribers(session, settings.subscribers)
        rules = RuleSource(settings)
        if load_rules:
            rules.load()
        fetcher = Fetcher(settings.fetch)
        stop = threading.Event()
        pipeline = Pipeline(settings, engine, fetcher, rules, stop=stop, private_feeds=private_feeds)
        sender = Sender(engine, settings, labels=lambda t, s: labels(rules, t, s))
        return cls(settings, engine, fetcher, rules, pipeline, sender, stop)

    def close(self) -> None:
        self.fetcher.close()
        self.engine.dispose()

    def ensure_baselines(self) -> None:
        """Build a topic's baseline on first start, so a fresh install detects shifts at once."""
        from .baselinebuild import build_baselines

        if self.rules.rulebook is None:
            return
        with Session(self.engine) as session:
            have = {b.topic for b in session.exec(select(Baseline)).all()}
        missing = [t for t in self.rules.rulebook.topics if t not in have]
        if missing:
            log.info("building baselines for %s", ", ".join(missing))
            build_baselines(self, missing)


def labels(rules: RuleSource, topic: str, signal: str) -> tuple[str, str]:
    book = rules.rulebook
    if book is None or topic not in book.topics:
        return topic, signal
    t = book.topics[topic]
    label = next((s.label for s in t.signals if s.id == signal), signal)
    return t.title or topic, label or signal


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
