"""Crash safety: ``stancewatch once`` killed with SIGKILL at random points, 20 times.

After a final uninterrupted run, every expected shift exists exactly once with the same
stories and sources as a run that was never interrupted, and every notification reached the
receiver exactly once. (The one window this cannot close: a kill after the receiver accepted
a message but before the commit that marks it sent; it is a single fast local commit, and
any duplicate would fail this test.)
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from .conftest import BIN, DEV, Site, stancewatch, write_config

pytestmark = pytest.mark.slow
FEEDS = ["harbor-times", "eastern-review", "policy-desk", "meridian-post", "globe-wire"]
KILLS = 20


def summary(config: Path) -> list[tuple[object, ...]]:
    shifts = json.loads(stancewatch(config, "shifts", "--json").stdout)
    return sorted((s["signal"], s["target"], s["severity"], s["stories"],
                   tuple(sorted(src["url"].split("/", 3)[-1] for src in s["sources"]))) for s in shifts)


def test_killed_twenty_times_then_every_shift_once_and_every_message_once(
        tmp_path: Path, site_factory: object) -> None:
    reference_site: Site = site_factory(DEV)  # type: ignore[operator]
    reference = write_config(tmp_path / "ref", f"sqlite:///{tmp_path / 'ref.db'}", reference_site, feeds=FEEDS) \
        if (tmp_path / "ref").mkdir() is None else None
    assert reference is not None
    stancewatch(reference, "once")
    expected = summary(reference)
    expected_messages = len(reference_site.received())
    assert expected and expected_messages

    # every page answers slowly, so kills land in fetching, extracting, storing and sending
    site: Site = site_factory(DEV, faults={"delay_ms": {"*": 60}})  # type: ignore[operator]
    (tmp_path / "crash").mkdir()
    config = write_config(tmp_path / "crash", f"sqlite:///{tmp_path / 'crash.db'}", site, feeds=FEEDS)
    rng = random.Random(20261129)
    killed_during = Counter[str]()
    for _ in range(KILLS):
        proc = subprocess.Popen([str(BIN), "--config", str(config), "once"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 3.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_during["run"] += 1
        else:
            killed_during["after-exit"] += 1
        proc.wait()
    final = stancewatch(config, "once")
    assert "notifications:" in final.stdout
    print(f"kills: {dict(killed_during)}; messages: {len(site.received())} (expected {expected_messages})")

    assert summary(config) == expected
    titles = [m["title"] for m in site.received()]
    assert len(titles) == expected_messages
    assert len(set(titles)) == len(titles), Counter(titles).most_common(3)
    assert killed_during["run"] >= 10   # the test really interrupted work
