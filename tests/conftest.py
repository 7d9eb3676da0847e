"""Real parts, set up once: HTTP servers on 127.0.0.1, SQLite and PostgreSQL databases.

Nothing here mocks stancewatch. Sites are served by ``../shared/eval/serve.py`` (the
project's loopback corpus server, which also plays an Apprise ``json://`` receiver), the
database is a real SQLite file or a fresh PostgreSQL database on 127.0.0.1:5432, and the
``stancewatch`` command runs as a real process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
SERVE = SHARED / "eval" / "serve.py"
DEV = SHARED / "data" / "stance-dev"
TEST_SITE = ROOT / "tests" / "data" / "site-a"
PG_ADMIN = os.environ.get("STANCEWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BIN = Path(sys.executable).parent / "stancewatch"

_pg_state: dict[str, object] = {}


def postgres_available() -> bool:
    if "ok" not in _pg_state:
        try:
            import psycopg
            with psycopg.connect(PG_ADMIN, connect_timeout=3):
                _pg_state["ok"] = True
        except Exception as exc:
            _pg_state["ok"] = False
            _pg_state["why"] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return bool(_pg_state["ok"])


def pytest_report_header(config: pytest.Config) -> str:
    if postgres_available():
        return "postgresql: 127.0.0.1:5432 available; PostgreSQL cases run"
    return f"postgresql: NOT available on 127.0.0.1:5432 ({_pg_state.get('why')}); PostgreSQL cases are skipped"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'stancewatch.db'}"
        return
    if not postgres_available():
        pytest.skip("PostgreSQL not available on 127.0.0.1:5432")
    import psycopg
    name = f"sw_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    yield f"{base}/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Site:
    """A corpus served by serve.py: its base URL, request log and notification sink."""

    base: str
    log: Path
    notifications: Path
    proc: subprocess.Popen[str]

    def url(self, path: str) -> str:
        return self.base.rstrip("/") + "/" + path.lstrip("/")

    def requests(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()]

    def received(self) -> list[dict[str, object]]:
        if not self.notifications.exists():
            return []
        return [json.loads(line) for line in self.notifications.read_text().splitlines() if line.strip()]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        if self.proc.stdout:
            self.proc.stdout.close()


def start_site(corpus: Path, tmp: Path, faults: dict[str, object] | None = None, port: int = 0) -> Site:
    tmp.mkdir(parents=True, exist_ok=True)
    log, notes = tmp / "requests.jsonl", tmp / "notifications.jsonl"
    cmd = [sys.executable, str(SERVE), str(corpus), "--port", str(port), "--log", str(log),
           "--notifications", str(notes)]
    if faults is not None:
        fault_file = tmp / "faults.json"
        fault_file.write_text(json.dumps(faults))
        cmd += ["--faults", str(fault_file)]
    with (tmp / "serve.stderr").open("w") as stderr:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("http://127.0.0.1:"):
        proc.kill()
        proc.stdout.close()
        raise RuntimeError(f"serve.py did not start: {line!r} {(tmp / 'serve.stderr').read_text()}")
    return Site(line, log, notes, proc)


@pytest.fixture
def site_factory(tmp_path: Path) -> Iterator[object]:
    sites: list[Site] = []

    def make(corpus: Path = TEST_SITE, faults: dict[str, object] | None = None, port: int = 0) -> Site:
        site = start_site(corpus, tmp_path / f"site{len(sites)}", faults, port)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.stop()


@pytest.fixture
def test_site(site_factory: object) -> Site:
    return site_factory()  # type: ignore[operator, no-any-return]


def write_config(tmp: Path, db_url: str, site: Site | None = None, *, feeds: list[str] | None = None,
                 subscriber: bool = True, extra: str = "") -> Path:
    """A config.toml in ``tmp`` using the repo's rule files and baseline documents."""
    feed_blocks = ""
    for name in feeds or []:
        assert site is not None
        feed_blocks += textwrap.dedent(f"""
            [[feeds]]
            name = "{name}"
            url = "{site.url(name + '/feed.xml')}"
            interval = "15m"
            """)
    sub = ""
    if subscriber and site is not None:
        host = site.base.split("//", 1)[1].rstrip("/")
        sub = textwrap.dedent(f"""
            [[subscribers]]
            name = "desk"
            notify = ["json://{host}/_notify"]
            """)
    text = textwrap.dedent(f"""
        [database]
        url = "{db_url}"
        [rules]
        paths = ["{ROOT / 'rules' / '*.toml'}"]
        [fetch]
        timeout = "5s"
        allow_private_addresses = true
        page_retry_after = "1s"
        [notifications]
        backoff = "1s"
        """) + feed_blocks + sub + extra
    path = tmp / "config.toml"
    path.write_text(text)
    return path


def stancewatch(config: Path, *args: str, check: bool = True, timeout: float = 300,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``stancewatch`` command."""
    result = subprocess.run([str(BIN), "--config", str(config), *args], capture_output=True, text=True,
                            timeout=timeout, env={**os.environ, **(env or {})}, cwd=config.parent)
    if check and result.returncode != 0:
        raise AssertionError(f"stancewatch {' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


def wait_for(predicate: object, timeout: float = 30.0, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(interval)
    return False
