"""The dashboard over HTTP on a real server: pages, the JSON API and its error shape, Atom,
metrics, and the security rules (escaping, CSP, login, sessions, CSRF, rate limit)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest
from sqlmodel import Session, select

from storage.models import Shift

from ..conftest import stancewatch
from .conftest import PASSWORD, Corpus, Live, _serve, csrf_from, login

PAGES = ["/", "/?status=all", "/shifts/1", "/shifts/2", "/topics", "/topics/china-russia-ukraine", "/feeds",
         "/rules", "/login"]


@pytest.fixture(scope="module")
def client(live: Live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c


# --- pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_escaped_with_security_headers(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert '<meta name="viewport"' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "script-src" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in r.text.lower() and "onerror=alert" not in r.text.replace("onerror=alert(1)&gt;", "")


def test_shift_page_escapes_feed_text_and_highlights_cues(client: httpx.Client) -> None:
    html = client.get("/shifts/2" if "sanctions" in client.get("/shifts/2").text else "/shifts/1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert re.search(r'<mark class="cue cue-actor" title="actor">(China|Beijing)</mark>', html)
    assert "1 syndicated copy" in html          # the echo copy folded under the ledger story


def test_list_filters_and_rows(client: httpx.Client) -> None:
    both = client.get("/").text
    assert both.count('class="shift-link"') == 2
    alleged = client.get("/", params={"severity": "alleged"}).text
    assert alleged.count('class="shift-link"') == 1 and "military-aid" in alleged
    assert client.get("/", params={"signal": "sanctions"}).text.count('class="shift-link"') == 1
    assert client.get("/", params={"topic": "nope"}).text.count('class="shift-link"') == 0
    assert client.get("/", params={"status": "dismissed"}).text.count('class="shift-link"') == 0
    assert client.get("/", params={"since": "2999-01-01"}).text.count('class="shift-link"') == 0
    assert client.get("/", params={"until": "2000-01-01"}).text.count('class="shift-link"') == 0
    bad = client.get("/", params={"since": "yesterday"})
    assert bad.status_code == 400 and "since" in bad.text


def test_pagination(corpus: Corpus, tmp_path: Path) -> None:
    live_gen = _serve(corpus.config(tmp_path / "many"))
    live = next(live_gen)
    try:
        with Session(live.service.engine) as s:
            for i in range(120):
                s.add(Shift(topic="bulk", signal=f"s{i:03d}", target="present", baseline="negated",
                            severity="alleged"))
            s.commit()
        with live.client() as c:
            first = c.get("/", params={"topic": "bulk"}).text
            assert "120 shifts, page 1 of 3" in first and first.count('class="shift-link"') == 50
            assert 'rel="next" href="/?topic=bulk&amp;status=open&amp;page=2"' in first
            last = c.get("/", params={"topic": "bulk", "page": 3}).text
            assert last.count('class="shift-link"') == 20 and 'rel="prev"' in last
    finally:
        live_gen.close()


def test_unknown_topic_and_shift_are_404_pages(client: httpx.Client) -> None:
    for path in ("/topics/nope", "/shifts/999", "/nope"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


# --- JSON API -------------------------------------------------------------------------------


def test_api_shifts_are_the_cli_objects(client: httpx.Client, live: Live) -> None:
    api = client.get("/api/shifts").json()
    cli = json.loads(stancewatch(live.config, "shifts", "--json").stdout)
    assert api == cli
    assert {s["signal"] for s in api} == {"sanctions", "military-aid"}
    assert [s["signal"] for s in client.get("/api/shifts", params={"severity": "confirmed"}).json()] == ["sanctions"]
    one = client.get(f"/api/shifts/{api[0]['id']}").json()
    assert {k: v for k, v in one.items() if k != "history"} == api[0]
    assert one["history"][0]["event"] == "opened"


def test_api_topics_and_feeds(client: httpx.Client) -> None:
    topics = client.get("/api/topics").json()
    assert topics[0]["id"] == "china-russia-ukraine" and topics[0]["baseline"]["sanctions"] == "negated"
    assert topics[0]["shifts"] == {"open": 2}
    feeds = {f["name"]: f for f in client.get("/api/feeds").json()}
    assert set(feeds) == {"ledger", "echo"}
    assert feeds["ledger"]["healthy"] is True and feeds["ledger"]["articles_seen"] == 2


@pytest.mark.parametrize(("method", "path", "status", "type_"), [
    ("GET", "/api/shifts/999", 404, "not_found"),
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/shifts?severity=huge", 400, "bad_request"),
    ("GET", "/api/shifts?limit=0", 400, "bad_request"),
    ("GET", "/api/shifts?status=maybe", 400, "bad_request"),
    ("POST", "/api/shifts", 405, "method_not_allowed"),
], ids=["no-shift", "no-route", "bad-severity", "bad-limit", "bad-status", "bad-method"])
def test_api_errors_have_one_shape(client: httpx.Client, method: str, path: str, status: int, type_: str) -> None:
    r = client.request(method, path)
    assert r.status_code == status
    body = r.json()
    assert list(body) == ["error"] and sorted(body["error"]) == ["message", "type"]
    assert body["error"]["type"] == type_ and isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_openapi_document(client: httpx.Client) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/shifts", "/api/shifts/{id}", "/api/topics", "/api/feeds"} <= set(doc["paths"])


# --- Atom, health, metrics -------------------------------------------------------------------


def test_atom_feeds_parse(client: httpx.Client) -> None:
    r = client.get("/feeds/shifts.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 2
    titles = " ".join(e.title for e in feed.entries)
    assert "sanctions" in titles.lower() or "Sanctions" in titles
    sanctions = next(e for e in feed.entries if "sanctions" in e.title.lower())
    assert "<script>alert(1)</script>" in sanctions.summary or "&lt;script&gt;" in sanctions.summary
    assert sanctions.link.startswith(client.base_url.__str__().rstrip("/") + "/shifts/")
    topic = feedparser.parse(client.get("/feeds/topics/china-russia-ukraine.atom").content)
    assert not topic.bozo and len(topic.entries) == 2
    assert client.get("/feeds/topics/nope.atom").status_code == 404


def test_healthz_and_metrics(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    client.get("/")
    text = client.get("/metrics").text
    names = {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line and not line.startswith("#")}
    assert all(n.startswith("stancewatch_") for n in names), names
    for family in ("stancewatch_feed_polls_total", "stancewatch_feed_consecutive_failures", "stancewatch_articles",
                   "stancewatch_evidence_total", "stancewatch_shifts", "stancewatch_deliveries",
                   "stancewatch_outbox_queue_depth", "stancewatch_article_queue_depth",
                   "stancewatch_http_request_duration_seconds_bucket", "stancewatch_article_latency_seconds"):
        assert family in names, family
    assert 'stancewatch_feed_polls_total{feed="ledger"} 1.0' in text
    assert 'stancewatch_shifts{severity="confirmed",status="open"} 1.0' in text


# --- security ---------------------------------------------------------------------------------


def test_reading_is_open_but_actions_need_login_and_csrf(live_rw: Live) -> None:
    with live_rw.client() as c:
        # no session, no token
        r = c.post("/shifts/1/dismiss", data={"reason": "x"})
        assert r.status_code == 403
        # a token but no login
        token = csrf_from(c.get("/login").text)
        r = c.post("/shifts/1/dismiss", data={"reason": "x", "csrf": token})
        assert r.status_code == 403 and "log in" in r.text
        r = c.post("/rules", data={"text": "China sent drones to Russia.", "csrf": token})
        assert r.status_code == 403
        assert login(c).status_code == 303
        token = csrf_from(c.get("/shifts/1").text)
        # logged in, wrong token
        assert c.post("/shifts/1/dismiss", data={"reason": "x", "csrf": token + "x"}).status_code == 403
        assert c.post("/shifts/1/dismiss", data={"reason": "", "csrf": token}).status_code == 400
        r = c.post("/shifts/1/dismiss", data={"reason": "false positive", "csrf": token})
        assert r.status_code == 303 and r.headers["location"] == "/shifts/1"
        assert c.get("/api/shifts/1").json()["status"] == "dismissed"
        r = c.post("/shifts/2/accept", data={"note": "confirmed by the desk", "csrf": token})
        assert r.status_code == 303 and c.get("/api/shifts/2").json()["status"] == "accepted"
        r = c.post("/rules", data={"text": "China supplied drones to Russia, U.S. officials said.", "csrf": token})
        assert r.status_code == 200 and 'mark class="cue' in r.text
        # logout needs the token too, and ends the session
        assert c.post("/logout", data={}).status_code == 403
        assert c.post("/logout", data={"csrf": token}).status_code == 303
        assert c.post("/shifts/1/accept", data={"csrf": token}).status_code == 403


def test_session_cookie_flags_and_safe_redirect(live_rw: Live) -> None:
    with live_rw.client() as c:
        token = csrf_from(c.get("/login").text)
        r = c.post("/login", data={"csrf": token, "password": PASSWORD, "next": "//evil.example/"})
        assert r.status_code == 303 and r.headers["location"] == "/"
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie


def test_secure_cookie_when_configured(corpus: Corpus, tmp_path: Path) -> None:
    gen = _serve(corpus.config(tmp_path / "sec"), secure_cookies=True)
    live = next(gen)
    try:
        with live.client() as c:
            assert "; secure" in c.get("/login").headers["set-cookie"].lower()
    finally:
        gen.close()


def test_login_is_rate_limited(live_rw: Live) -> None:
    with live_rw.client() as c:
        token = csrf_from(c.get("/login").text)
        for _ in range(5):
            assert c.post("/login", data={"csrf": token, "password": "guess"}).status_code == 401
        r = c.post("/login", data={"csrf": token, "password": PASSWORD})
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_without_a_password_nobody_can_log_in(corpus: Corpus, tmp_path: Path) -> None:
    gen = _serve(corpus.config(tmp_path / "nopw", password=False))
    live = next(gen)
    try:
        with live.client() as c:
            page = c.get("/login").text
            assert "disabled" in page and 'name="password"' not in page
            assert "Log in" not in c.get("/").text
    finally:
        gen.close()


def test_batched_shift_objects_give_each_shift_its_own_sources(live: Live) -> None:
    """Several shifts' sources come from one query; each must get exactly its own rows."""
    from storage import repo
    from storage.models import ShiftSource

    with Session(live.service.engine) as s:
        rows = repo.list_shifts(s)
        assert len(rows) >= 2
        for obj in repo.shifts_json(s, rows):
            expected = s.exec(select(ShiftSource).where(ShiftSource.shift_id == obj["id"])).all()
            assert len(obj["sources"]) == len(expected) >= 1
            assert {src["story"] for src in obj["sources"]} == {e.story_id for e in expected}
