"""Finding a syndicated copy's original among many stored articles.

Stores N articles (random bodies drawn from the seed articles' words) in a fresh SQLite
database the way the pipeline does, then looks up 200 new articles, half of them edited
copies of stored ones, two ways on the same rows:

- ``buckets``: stancewatch's LSH bucket table (``repo.find_story``);
- ``full scan``: every signature in the window read and compared, which is what a store
  without an index must do (and what stancewatch did before the bucket table, capped at
  5,000 signatures, so it missed copies beyond the cap).

Prints ms per lookup, the ratio, rows read and copies found. Usage:
    python benchmarks/dedup/bench.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from monitor import dedup
from monitor.timeutil import utcnow
from storage import repo
from storage.db import make_engine, session_scope, upgrade
from storage.models import Article, ArticleBucket

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "gold"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    args = ap.parse_args()
    rng = random.Random(7)
    vocabulary = " ".join(p.read_text() for p in SEEDS.glob("*.body.txt")).split()
    bodies = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(250, 700))) for _ in range(args.articles)]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade(engine)
        start = time.perf_counter()
        with session_scope(engine) as s:
            for i, body in enumerate(bodies):
                art = Article(feed="f", outlet="o", url=f"u{i}", canonical_url=f"u{i}", status="done")
                s.add(art)
                s.flush()
                repo.store_fingerprint(s, art, dedup.fingerprint(body))
                art.story_id = art.id
        print(f"stored {args.articles} articles in {time.perf_counter() - start:.1f} s")

        probes: list[tuple[str, int | None]] = []
        for _ in range(100):
            i = rng.randrange(len(bodies))
            words = bodies[i].split()
            cut = rng.randint(10, 40)   # a lead-in replaced and the tail trimmed
            copy = " ".join(["Wire", "copy", "for", "partners"] + words[cut:len(words) - cut])
            probes.append((copy, i + 1))
            probes.append((" ".join(rng.choice(vocabulary) for _ in range(400)), None))
        since = utcnow() - timedelta(days=30)
        fps = [(dedup.fingerprint(text), want) for text, want in probes]

        with Session(engine) as s:
            start = time.perf_counter()
            found = read = 0
            for fp, want in fps:
                rows = repo.syndication_candidates(s, fp, article_id=0, since=since)
                read += len(rows)
                got = dedup.find_original(fp, [(c, h, m) for c, h, m, _st in rows])
                found += got == want and want is not None
            lsh_ms = (time.perf_counter() - start) / len(fps) * 1000
            lsh = (found, read / len(fps))

            start = time.perf_counter()
            found = read = 0
            for fp, want in fps:
                rows = s.exec(select(Article.id, Article.content_hash, Article.minhash)
                              .where(Article.status == "done", col(Article.discovered_at) >= since)).all()
                read += len(rows)
                got = dedup.find_original(fp, [(c, h, m) for c, h, m in rows if c is not None])
                found += got == want and want is not None
            scan_ms = (time.perf_counter() - start) / len(fps) * 1000
            scan = (found, read / len(fps))
            buckets = s.exec(select(func.count()).select_from(ArticleBucket)).one()
        print(f"{len(fps)} lookups (100 copies), {buckets} bucket rows")
        print(f"{'method':<10} {'ms/lookup':>10} {'rows read':>10} {'copies found':>13}")
        print(f"{'buckets':<10} {lsh_ms:>10.2f} {lsh[1]:>10.1f} {lsh[0]:>9}/100")
        print(f"{'full scan':<10} {scan_ms:>10.2f} {scan[1]:>10.1f} {scan[0]:>9}/100")
        print(f"buckets take {lsh_ms / scan_ms:.3f}x the time of a full scan")
        engine.dispose()


if __name__ == "__main__":
    main()
