"""``stancewatch subscribers``: add, list (URLs masked, dead letters), test, remove."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Site, stancewatch, write_config


def test_subscriber_lifecycle_from_the_command_line(tmp_path: Path, test_site: Site) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}", test_site, subscriber=False)
    host = test_site.base.split("//", 1)[1].rstrip("/")
    stancewatch(config, "subscribers", "add", "oncall", "--url", f"json://{host}/_notify",
                "--topic", "china-russia-ukraine", "--min-severity", "confirmed",
                "--mode", "digest", "--digest-at", "07:30", "--timezone", "Asia/Tokyo")
    listed = json.loads(stancewatch(config, "subscribers", "list", "--json").stdout)["subscribers"]
    assert listed == [{"name": "oncall", "urls": ["json://…"], "topics": ["china-russia-ukraine"], "signals": [],
                       "min_severity": "confirmed", "mode": "digest", "digest_at": "07:30",
                       "timezone": "Asia/Tokyo", "origin": "cli", "active": True}]
    assert "test message sent to oncall" in stancewatch(config, "subscribers", "test", "oncall").stdout
    assert [m["title"] for m in test_site.received()] == ["[confirmed] This is a test: negated → present"]
    stancewatch(config, "subscribers", "remove", "oncall")
    listed = json.loads(stancewatch(config, "subscribers", "list", "--json").stdout)["subscribers"]
    assert listed[0]["active"] is False


def test_bad_subscriber_input_is_one_clear_line(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}")
    result = stancewatch(config, "subscribers", "add", "x", "--url", "json://h/p", "--timezone", "Mars/Olympus",
                         check=False)
    assert result.returncode == 1 and result.stderr.startswith("error: subscriber 'x':")
    assert result.stderr.count("\n") == 1
    result = stancewatch(config, "subscribers", "test", "nobody", check=False)
    assert result.stderr.strip() == "error: subscriber 'nobody': no such subscriber"
