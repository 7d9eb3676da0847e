"""Dashboard server time with 10,000 shifts and 200,000 evidence rows, on SQLite and PostgreSQL.

    python benchmarks/dashboard/bench.py [--pg postgresql://postgres@127.0.0.1:5432/test] [--repeat 20]

Fills a scratch database (a temp SQLite file; a fresh PostgreSQL database created next to
``--pg`` and dropped afterwards) through the real migrations, serves the real app with
uvicorn on 127.0.0.1 and times requests to the list and shift pages (and their API twins).
Prints medians and p95s; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from monitor.config import Settings  # noqa: E402
from monitor.rulesource import RuleSource  # noqa: E402
from monitor.web import create_app  # noqa: E402
from storage.db import make_engine, upgrade  # noqa: E402
from storage.models import Article, EvidenceRow, Shift, ShiftHistory, ShiftSource  # noqa: E402
from tests.web.conftest import ThreadServer  # noqa: E402

SHIFTS, EVIDENCE, SOURCES_PER_SHIFT = 10_000, 200_000, 4
SENTENCE = ("BEIJING — China imposed sanctions on three Russian arms manufacturers on Thursday, barring Chinese "
            "companies from selling them machine tools, the commerce ministry said.")
CUES = [{"kind": "actor", "text": "China", "start": 10, "end": 15}, {"kind": "verb", "text": "imposed", "start": 16,
                                                                     "end": 23}]


def fill(engine: Any) -> None:
    rnd = random.Random(7)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    articles_n = EVIDENCE // 4
    with engine.begin() as conn:
        rows = [{"id": i, "feed": f"feed-{i % 200}", "outlet": f"outlet-{i % 300}",
                 "url": f"https://n{i % 300}.example/a/{i}",
                 "canonical_url": f"https://n{i % 300}.example/a/{i}", "title": f"Story {i}", "status": "done",
                 "discovered_at": t0 + timedelta(minutes=i), "published": t0 + timedelta(minutes=i), "attempts": 1,
                 "story_id": i - (i % 3), "duplicate_of": None if i % 3 == 0 else i - (i % 3)}
                for i in range(1, articles_n + 1)]
        for k in range(0, len(rows), 10_000):
            conn.execute(insert(Article), rows[k:k + 10_000])
        rows = [{"id": i, "article_id": (i - 1) // 4 + 1, "topic": f"topic-{i % 20}", "signal": f"sig-{i % 500}",
                 "state": "asserted", "value": None, "label": "asserted", "actor": "china", "sentence": SENTENCE,
                 "cues": CUES, "start": i % 4, "end": 100, "historical": False, "created_at": t0}
                for i in range(1, EVIDENCE + 1)]
        for k in range(0, len(rows), 10_000):
            conn.execute(insert(EvidenceRow), rows[k:k + 10_000])
        shifts = [{"id": i, "topic": f"topic-{i % 20}", "signal": f"sig-{i}", "target": "present",
                   "baseline": "negated", "severity": rnd.choice(["alleged", "confirmed"]),
                   "status": rnd.choice(["open"] * 8 + ["dismissed", "accepted"]),
                   "stories": 2, "sources_count": SOURCES_PER_SHIFT, "first_seen": t0 + timedelta(minutes=i),
                   "last_seen": t0 + timedelta(minutes=i + rnd.randint(0, 5000))} for i in range(1, SHIFTS + 1)]
        conn.execute(insert(Shift), shifts)
        sources, history = [], []
        for i in range(1, SHIFTS + 1):
            arts = rnd.sample(range(1, articles_n + 1), SOURCES_PER_SHIFT)
            for art in arts:
                ev = (art - 1) * 4 + 1
                sources.append({"shift_id": i, "article_id": art, "evidence_id": ev, "story_id": art - (art % 3),
                                "state": "asserted", "dismissed": False, "added_at": t0})
            history.append({"shift_id": i, "event": "opened", "severity": "alleged", "note": "bench", "at": t0})
        for k in range(0, len(sources), 10_000):
            conn.execute(insert(ShiftSource), sources[k:k + 10_000])
        conn.execute(insert(ShiftHistory), history)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for table in ("articles", "evidence", "shifts", "shift_sources", "shift_history"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
                conn.exec_driver_sql(f"ANALYZE {table}")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def timed(client: httpx.Client, path: str, repeat: int) -> tuple[float, float]:
    client.get(path).raise_for_status()  # warm
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(path)
        times.append(time.perf_counter() - t)
        r.raise_for_status()
    times.sort()
    return statistics.median(times) * 1000, times[min(len(times) - 1, int(0.95 * len(times)))] * 1000


def datasette_peer(db_file: str, datasette: str, repeat: int, ours: dict[str, float]) -> None:
    """The same rows served by Datasette (a mature read-only SQLite browser), in the same run.

    Datasette's table page is the closest peer to our list page (one filtered, sorted page of
    rows) and its row page to our shift page; the ratio is ours / Datasette, median to median.
    """
    import shutil
    import socket
    import subprocess

    exe = shutil.which(datasette) or datasette
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([exe, "serve", db_file, "-p", str(port), "-h", "127.0.0.1", "--immutable", db_file],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(100):
                try:
                    client.get("/-/versions.json")
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            name = Path(db_file).stem
            pairs = [("/", f"/{name}/shifts?_size=50&_sort_desc=last_seen&status=open"),
                     ("/shifts/5000", f"/{name}/shifts/5000"),
                     ("/api/shifts?limit=50", f"/{name}/shifts.json?_size=50&_sort_desc=last_seen")]
            for our_path, peer_path in pairs:
                med, p95 = timed(client, peer_path, repeat)
                ratio = ours[our_path] / med if med else float("nan")
                print(f"[datasette] GET {peer_path:<52} median {med:7.1f} ms   p95 {p95:7.1f} ms"
                      f"   stancewatch {our_path}: {ours[our_path]:.1f} ms = {ratio:.2f}x")
    finally:
        proc.terminate()
        proc.wait()


def run(url: str, label: str, repeat: int, datasette: str | None = None) -> None:
    engine = make_engine(url)
    upgrade(engine)
    t = time.perf_counter()
    fill(engine)
    print(f"[{label}] filled {SHIFTS} shifts, {EVIDENCE} evidence rows, {SHIFTS * SOURCES_PER_SHIFT} sources "
          f"in {time.perf_counter() - t:.1f} s")
    settings = Settings()
    service = SimpleNamespace(engine=engine, settings=settings, rules=RuleSource(settings), fetcher=None)
    ours: dict[str, float] = {}
    with ThreadServer(create_app(service)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        for path in ("/", "/?status=all&page=150", "/?topic=topic-3&severity=confirmed", "/?since=2026-01-05",
                     "/shifts/5000", "/shifts/9999", "/api/shifts?limit=50", "/api/shifts/5000",
                     "/feeds/shifts.atom"):
            med, p95 = timed(client, path, repeat)
            ours[path] = med
            print(f"[{label}] GET {path:<40} median {med:7.1f} ms   p95 {p95:7.1f} ms")
    engine.dispose()
    if datasette and url.startswith("sqlite:///"):
        datasette_peer(url.removeprefix("sqlite:///"), datasette, repeat, ours)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--datasette", default=None,
                    help="a datasette executable (in its own virtualenv: pip install datasette) to serve the "
                         "same SQLite rows as a peer")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{tmp}/bench.db", "sqlite", args.repeat, args.datasette)
    if args.skip_pg:
        return
    import psycopg

    name = f"swbench_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(args.pg, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:
        print(f"[postgresql] skipped: {type(exc).__name__}: {exc}")
        return
    try:
        base = args.pg.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        run(f"{base}/{name}", "postgresql", args.repeat)
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
