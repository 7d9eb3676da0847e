"""The shift lifecycle in a real database (SQLite and PostgreSQL): open, grow, copies,
escalate, dismiss, reopen, accept, and the outbox rows written with each change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor.shifts import decide
from monitor.types import Evidence
from storage import repo
from storage.db import make_engine, session_scope, upgrade
from storage.models import Article, Baseline, BaselineHistory, Delivery, EvidenceRow, ShiftHistory, Subscriber

T = "china-russia-ukraine"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine)
    with session_scope(engine) as s:
        s.add(Baseline(topic=T, signal="military-aid", label="hedged"))
        s.add(Subscriber(name="all", urls=["json://127.0.0.1:1/x"]))
        s.add(Subscriber(name="confirmed-only", urls=["json://127.0.0.1:1/y"], min_severity="confirmed"))
        s.add(Subscriber(name="other-topic", urls=["json://127.0.0.1:1/z"], topics=["elsewhere"]))
    yield engine
    engine.dispose()


def add_article(engine: Engine, n: int, state: str, *, copy_of: int | None = None) -> str:
    """Store article ``n`` with one military-aid evidence and apply its decision."""
    with session_scope(engine) as s:
        art = Article(feed="f", outlet=f"outlet{n}", url=f"http://e/{n}", canonical_url=f"http://e/{n}",
                      status="done")
        s.add(art)
        s.flush()
        assert art.id is not None
        art.story_id = copy_of if copy_of is not None else art.id
        art.duplicate_of = copy_of
        ev = Evidence(topic=T, signal="military-aid", state=state, value=None, actor="china",
                      sentence=f"sentence {n}")
        row = EvidenceRow(article_id=art.id, topic=T, signal=ev.signal, state=state, label=state,
                          actor="china", sentence=ev.sentence)
        s.add(row)
        s.flush()
        assert row.id is not None
        decision = decide(ev, repo.baselines(s)[(T, "military-aid")])
        assert decision is not None
        return repo.apply_decision(s, decision, article=art, evidence_id=row.id)


def deliveries(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as s:
        rows = s.exec(select(Delivery, Subscriber).join(Subscriber)).all()
        return sorted((sub.name, d.severity) for d, sub in rows)


def the_shift(engine: Engine) -> dict[str, object]:
    with Session(engine) as s:
        shifts = repo.list_shifts(s)
        assert len(shifts) == 1
        return repo.shift_json(s, shifts[0])


def test_alleged_opens_then_a_copy_adds_a_source_but_no_story(engine: Engine) -> None:
    assert add_article(engine, 1, "alleged") == "opened"
    assert deliveries(engine) == [("all", "alleged")]
    first_story = the_shift(engine)["sources"][0]["story"]  # type: ignore[index]
    add_article(engine, 2, "asserted", copy_of=first_story)   # a copy never escalates on its own
    shift = the_shift(engine)
    assert shift["severity"] == "alleged" and shift["stories"] == 1 and len(shift["sources"]) == 2  # type: ignore[arg-type]


def test_first_asserting_story_escalates_and_notifies_again(engine: Engine) -> None:
    add_article(engine, 1, "alleged")
    assert add_article(engine, 2, "asserted") == "escalated"
    shift = the_shift(engine)
    assert shift["severity"] == "confirmed" and shift["stories"] == 2
    assert deliveries(engine) == [("all", "alleged"), ("all", "confirmed"), ("confirmed-only", "confirmed")]
    with Session(engine) as s:
        events = [h.event for h in s.exec(select(ShiftHistory).order_by(ShiftHistory.id)).all()]
    assert events == ["opened", "source", "escalated"]


def test_reprocessing_the_same_article_changes_nothing(engine: Engine) -> None:
    add_article(engine, 1, "asserted")
    with session_scope(engine) as s:
        art = s.exec(select(Article)).one()
        ev_row = s.exec(select(EvidenceRow)).one()
        ev = Evidence(topic=T, signal="military-aid", state="asserted", value=None, actor="china", sentence="x")
        decision = decide(ev, "hedged")
        assert decision is not None
        assert repo.apply_decision(s, decision, article=art, evidence_id=ev_row.id or 0) == "unchanged"
    assert len(the_shift(engine)["sources"]) == 1  # type: ignore[arg-type]
    assert deliveries(engine) == [("all", "confirmed"), ("confirmed-only", "confirmed")]


def test_dismissed_shift_is_not_reopened_by_its_own_story_but_is_by_a_new_one(engine: Engine) -> None:
    add_article(engine, 1, "alleged")
    shift_id = the_shift(engine)["id"]
    with session_scope(engine) as s:
        repo.dismiss_shift(s, shift_id, "caption, not the story")  # type: ignore[arg-type]
    story = the_shift(engine)["sources"][0]["story"]  # type: ignore[index]
    assert add_article(engine, 2, "alleged", copy_of=story) == "dismissed"
    assert the_shift(engine)["status"] == "dismissed"
    assert add_article(engine, 3, "alleged") == "reopened"
    assert the_shift(engine)["status"] == "open"
    with Session(engine) as s:
        notes = [h.note for h in s.exec(select(ShiftHistory).where(ShiftHistory.event == "reopened")).all()]
    assert notes and "new independent evidence from outlet3" in str(notes[0])


def test_accepting_makes_the_new_state_the_baseline_with_history(engine: Engine) -> None:
    add_article(engine, 1, "asserted")
    shift_id = the_shift(engine)["id"]
    with session_scope(engine) as s:
        repo.accept_shift(s, shift_id, "Beijing confirmed it")  # type: ignore[arg-type]
    with Session(engine) as s:
        assert repo.baselines(s)[(T, "military-aid")] == "asserted"
        history = s.exec(select(BaselineHistory)).all()
        assert history[-1].old_label == "hedged" and history[-1].new_label == "asserted"
        assert "accepted shift" in history[-1].reason and "Beijing confirmed it" in history[-1].reason
    assert the_shift(engine)["status"] == "accepted"
