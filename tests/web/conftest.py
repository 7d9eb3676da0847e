"""Real parts for the dashboard tests, set up once per session.

The corpus under ``data/site-x`` (an XSS-carrying sanctions story, its syndicated copy and an
alleged drone-engine story) is served by ``serve.py`` and run through the real pipeline with
``stancewatch once``; each consumer that changes the database gets its own copy of the result.
The app is served either by ``stancewatch run`` (browser tests) or by uvicorn in a thread
over a real :class:`monitor.service.Service` (HTTP tests): no mocks.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from ..conftest import BIN, Site, stancewatch, start_site, write_config

HERE = Path(__file__).resolve().parent
SITE_X = HERE / "data" / "site-x"
PASSWORD = "operator-test-password"
ARTIFACTS = HERE.parent.parent / "test-artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Corpus:
    site: Site
    db: Path          # the SQLite file after one `stancewatch once`
    dir: Path

    def config(self, tmp: Path, *, password: bool = True, extra: str = "") -> Path:
        """A config in ``tmp`` over a private copy of the populated database."""
        tmp.mkdir(parents=True, exist_ok=True)
        db = tmp / "sw.db"
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.db) + suffix)
            if src.exists():
                shutil.copy(src, str(db) + suffix)
        dash = f'\n[dashboard]\npassword = "{PASSWORD}"\n' if password else ""
        return write_config(tmp, f"sqlite:///{db}", self.site, feeds=["ledger", "echo"], subscriber=False,
                            extra=dash + extra)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    base = tmp_path_factory.mktemp("web-corpus")
    site = start_site(SITE_X, base / "site")
    try:
        config = write_config(base, f"sqlite:///{base / 'sw.db'}", site, feeds=["ledger", "echo"], subscriber=False)
        out = stancewatch(config, "once").stdout
        assert "ledger: ok, 2 new, 2 processed" in out, out
        yield Corpus(site, base / "sw.db", base)
    finally:
        site.stop()


class ThreadServer:
    """uvicorn serving an app in a thread on 127.0.0.1 (the httpx test-suite pattern)."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Live:
    url: str
    service: Any
    config: Path

    def client(self, **kw: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10, **kw)


def _serve(config: Path, **app_kw: Any) -> Iterator[Live]:
    from monitor.config import load_settings
    from monitor.service import Service
    from monitor.web import create_app

    service = Service.open(load_settings(config))
    try:
        with ThreadServer(create_app(service, **app_kw)) as server:
            yield Live(server.url, service, config)
    finally:
        service.close()


@pytest.fixture(scope="module")
def live(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """The app over a copy of the populated database, read-mostly (module-scoped)."""
    yield from _serve(corpus.config(tmp_path_factory.mktemp("live")))


@pytest.fixture
def live_rw(corpus: Corpus, tmp_path: Path) -> Iterator[Live]:
    """The app over a fresh copy, for tests that log in and change things."""
    yield from _serve(corpus.config(tmp_path / "rw"))


@dataclass
class Process:
    url: str
    proc: subprocess.Popen[bytes]
    config: Path


@pytest.fixture(scope="module")
def service_process(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Process]:
    """``stancewatch run`` itself, as a process, over a copy of the populated database."""
    tmp = tmp_path_factory.mktemp("run")
    config = corpus.config(tmp)
    port = free_port()
    log = (tmp / "run.log").open("wb")
    proc = subprocess.Popen([str(BIN), "--config", str(config), "run", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(f"stancewatch run did not start:\n{(tmp / 'run.log').read_text()[-3000:]}")
            time.sleep(0.1)
        yield Process(url, proc, config)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def login(client: httpx.Client, password: str = PASSWORD) -> httpx.Response:
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"csrf": token, "password": password, "next": "/"})


def csrf_from(html: str) -> str:
    import re

    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)
