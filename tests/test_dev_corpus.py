"""Against the labelled dev corpus served on 127.0.0.1: every feed processed, scorer runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DEV, SHARED, Site, stancewatch, write_config

pytestmark = pytest.mark.slow
FEEDS = ["harbor-times", "eastern-review", "policy-desk", "meridian-post", "globe-wire"]


def test_once_over_the_dev_corpus(tmp_path: Path, site_factory: object) -> None:
    site: Site = site_factory(DEV)  # type: ignore[operator]
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'sw.db'}", site, feeds=FEEDS)
    outcomes = json.loads(stancewatch(config, "once", "--json").stdout)
    by_feed = {o["feed"]: o for o in outcomes}
    assert sorted(by_feed) == sorted(FEEDS)
    assert by_feed["eastern-review"]["status"] == "bozo"        # malformed, still processed
    assert by_feed["eastern-review"]["new_entries"] == 5
    assert by_feed["globe-wire"]["new_entries"] == 3            # repeated newest entry counted once
    failed = [a for o in outcomes for a in o["articles"] if a["status"] != "done"]
    assert [(Path(a["url"]).name, a["reason"]) for a in failed] == [("sanctions-explainer-withdrawn.html", "HTTP 404")]
    done = [a for o in outcomes for a in o["articles"] if a["status"] == "done"]
    assert len(done) == 18

    pred = tmp_path / "shifts.json"
    pred.write_text(stancewatch(config, "shifts", "--json").stdout)
    score = subprocess.run([sys.executable, str(SHARED / "eval/stance/score.py"), "shifts", "--data", str(DEV),
                            "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    report = json.loads(score.stdout)
    (tmp_path / "score.json").write_text(score.stdout)
    print(json.dumps(report, indent=1)[:3000])
    assert report["sources"]["precision"] >= 0.9 and report["sources"]["recall"] >= 0.9, report["sources"]
    # one message per shift at its final severity, however many sources and copies: an
    # alleged message still unsent when its shift escalated is superseded, not sent
    shifts = json.loads(pred.read_text())
    titles = [str(m["title"]) for m in site.received()]
    assert len(set(titles)) == len(titles) == len(shifts)
    for severity in ("alleged", "confirmed"):
        assert sum(t.startswith(f"[{severity}]") for t in titles) == sum(s["severity"] == severity for s in shifts)
