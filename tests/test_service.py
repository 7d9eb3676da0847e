"""``stancewatch run`` as a real process: health, the demo within a minute, rule reloads,
graceful shutdown on SIGTERM, and refusing an open bind without a password."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import BIN, ROOT, Site, wait_for, write_config

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except Exception as exc:  # not up yet
        return 0, str(exc)


class Running:
    def __init__(self, config: Path, *args: str) -> None:
        self.port = free_port()
        self.log = config.parent / "service.log"
        self._log = self.log.open("w")
        self.proc = subprocess.Popen([str(BIN), "--config", str(config), "run", "--port", str(self.port), *args],
                                     stdout=self._log, stderr=subprocess.STDOUT, cwd=config.parent,
                                     env={**os.environ})
        self.base = f"http://127.0.0.1:{self.port}"

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return int(self.proc.returncode)

    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log.read_text()


@pytest.fixture
def running() -> Iterator[list[Running]]:
    procs: list[Running] = []
    yield procs
    for p in procs:
        p.stop(signal.SIGKILL)


def test_demo_shows_a_shift_within_a_minute_and_stops_gracefully(tmp_path: Path, running: list[Running]) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'data' / 'sw.db'}")
    service = Running(config, "--demo")
    running.append(service)
    assert wait_for(lambda: get(service.base + "/healthz")[0] == 200, timeout=30), service.output()
    assert json.loads(get(service.base + "/healthz")[1])["status"] == "ok"
    assert wait_for(lambda: json.loads(get(service.base + "/api/shifts")[1] or "[]"), timeout=60), service.output()
    shifts = json.loads(get(service.base + "/api/shifts")[1])
    assert any(s["signal"] == "sanctions" and s["target"] == "present" for s in shifts)
    status, page = get(service.base + "/")
    assert status == 200 and "sanctions" in page
    assert service.stop(signal.SIGTERM) == 0
    out = service.output()
    assert "shutting down" in out and "stopped" in out
    assert "Traceback" not in out


def test_a_broken_rule_file_keeps_the_last_good_rules(tmp_path: Path, site_factory: object,
                                                      running: list[Running]) -> None:
    site: Site = site_factory()  # type: ignore[operator]
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copytree(ROOT / "baseline", tmp_path / "baseline")
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=["wire"],
                          extra="")
    text = config.read_text().replace(str(ROOT / "rules" / "*.toml"), "rules/*.toml")
    text = text.replace("[rules]\n", '[rules]\nreload_interval = "1s"\n')
    config.write_text(text)
    service = Running(config)
    running.append(service)
    assert wait_for(lambda: get(service.base + "/healthz")[0] == 200, timeout=30), service.output()
    topic_file = next(p for p in rules.glob("*.toml") if "[topic]" in p.read_text())
    topic_file.write_text(topic_file.read_text() + "\n[[signals]]\nid = 3\n")
    assert wait_for(lambda: "keeping the last good version" in service.output(), timeout=20), service.output()
    assert topic_file.name in service.output().split("keeping the last good version")[1].splitlines()[0]
    assert get(service.base + "/healthz")[0] == 200          # still serving
    assert service.stop() == 0


def test_refuses_to_serve_beyond_loopback_without_a_password(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}")
    result = subprocess.run([str(BIN), "--config", str(config), "run", "--host", "0.0.0.0", "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "refusing to serve on 0.0.0.0 without dashboard.password" in result.stderr
