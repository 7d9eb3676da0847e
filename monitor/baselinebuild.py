"""``baseline build``: the topic's reference documents through extract + match, stored.

The documents go through exactly the stages live coverage does (``extract_page`` then the
matcher), so the baseline and detection always read text the same way.
"""

from __future__ import annotations

import glob
import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage import repo
from storage.db import session_scope

from .baseline import BaselineState, baseline_states
from .errors import NotFound, StancewatchError
from .types import Article, Evidence, Skip


@dataclass(frozen=True)
class BaselineReport:
    topic: str
    documents: list[str]
    states: dict[str, BaselineState]
    changed: list[str]


def read_saved_page(path: Path) -> bytes:
    """A saved page's bytes; ``.gz`` files (as the public benchmark ships) are decompressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def read_document(path: Path) -> Article:
    from .extract import extract_page

    result = extract_page(read_saved_page(path), url=path.resolve().as_uri())
    if isinstance(result, Skip):
        raise StancewatchError(f"{path}: no article extracted ({result.reason})")
    return result


def topic_documents(service: Any, topic_id: str) -> list[Path]:
    """The topic's baseline globs, relative to the config file's folder or, failing that, to
    the project folder holding the rule file (so a config elsewhere still finds them)."""
    topic = service.rules.rulebook.topics[topic_id]
    roots = [Path(service.settings.root)]
    if getattr(topic, "path", ""):
        roots.append(Path(topic.path).resolve().parent.parent)
    paths: list[Path] = []
    for pattern in topic.baseline:
        for root in roots:
            found = sorted(glob.glob(str(Path(pattern) if Path(pattern).is_absolute() else root / pattern)))
            if found:
                paths.extend(Path(p) for p in found)
                break
    return paths


def build_baselines(service: Any, topics: Sequence[str] | None = None) -> list[BaselineReport]:
    book = service.rules.rulebook
    reports = []
    for topic_id in topics or list(book.topics):
        if topic_id not in book.topics:
            raise NotFound(f"topic {topic_id!r}: not in the rule files ({', '.join(book.topics)})")
        docs = topic_documents(service, topic_id)
        if not docs:
            patterns = list(book.topics[topic_id].baseline)
            raise StancewatchError(f"topic {topic_id}: no baseline documents match {patterns}")
        evidence: list[Evidence] = []
        for doc in docs:
            evidence.extend(service.rules.matcher.match(read_document(doc), [topic_id]))
        # baseline documents state the reference position: past-tense statements count too
        states = {k[1]: v for k, v in baseline_states(evidence).items() if k[0] == topic_id}
        changed = []
        with session_scope(service.engine) as session:
            for signal, state in states.items():
                if repo.set_baseline(session, topic_id, signal, state.label, source="documents",
                                     reason=f"built from {len(docs)} documents", sentence=state.sentence):
                    changed.append(signal)
        reports.append(BaselineReport(topic_id, [str(d) for d in docs], states, changed))
    return reports
