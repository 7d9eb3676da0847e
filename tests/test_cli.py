"""The command line contract: one-line errors with exit 1, extract and rules test JSON shapes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import DEV, ROOT, SHARED, stancewatch, write_config


def test_a_bad_config_is_one_line_naming_file_line_and_key(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nname = "x"\nurl = "http://x/feed"\ninterval = "soon"\n')
    result = stancewatch(config, "once", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: {config}:4: feeds[0].interval: 'soon' is not a duration "
                                     "like '90s', '15m', '1h30m'")


def test_extract_decides_html_or_text_by_content_not_extension(tmp_path: Path) -> None:
    html = next((DEV / "site/harbor-times").rglob("*.html"))
    txt = html.with_suffix(".txt")
    shutil.copy(html, tmp_path / "page.txt")           # HTML under a .txt name
    shutil.copy(txt, tmp_path / "dump.html")           # a text dump under an .html name
    out = stancewatch(write_config(tmp_path, "sqlite:///x.db"), "extract", str(tmp_path / "page.txt"),
                      str(tmp_path / "dump.html"), str(SHARED / "seeds/fortune-2022-03-18.txt"), "--jsonl").stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [set(r) >= {"path", "title", "text"} for r in records] == [True, True, True]
    assert records[0]["kind"] == "html" and records[1]["kind"] == "text"
    assert records[0]["title"] == records[1]["title"] != ""
    assert "Most Popular" not in records[2]["text"] and "Play Video" not in records[2]["text"]
    gold_title = (SHARED / "seeds/gold/fortune-2022-03-18.title.txt").read_text().strip()
    assert records[2]["title"] == gold_title


def test_rules_check_passes_on_the_shipped_rules(tmp_path: Path) -> None:
    out = stancewatch(write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}"), "rules", "check").stdout
    assert "china-russia-ukraine: 7 signals ok" in out


def test_rules_check_reports_file_line_and_key(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    topic = next(p for p in rules.glob("*.toml") if "[topic]" in p.read_text())
    lines = topic.read_text().splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("kind") and "value" in line)
    lines[index] = 'kind = "vaule"'
    topic.write_text("\n".join(lines) + "\n")
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}")
    config.write_text(config.read_text().replace(str(ROOT / "rules" / "*.toml"), str(rules / "*.toml")))
    result = stancewatch(config, "rules", "check", check=False)
    assert result.returncode == 1
    assert f"{topic}:{index + 1}:" in result.stderr and "'vaule'" in result.stderr


def test_rules_test_json_follows_the_contract(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}")
    page = DEV / "site/meridian-post/2025/06/china-confirms-engine-sales-russian-drone-maker.html"
    out = stancewatch(config, "rules", "test", str(page), "--json").stdout
    record = json.loads(out)
    assert record["path"] == str(page)
    for ev in record["evidence"]:
        assert set(ev) >= {"topic", "signal", "state", "value", "actor", "sentence"}
        assert (ev["state"] is None) != (ev["value"] is None)
    for shift in record["shifts"]:
        assert set(shift) == {"topic", "signal", "target", "severity"}
    assert any(s["signal"] == "military-aid" and s["target"] == "present" for s in record["shifts"])


def test_unknown_shift_is_a_clear_error(tmp_path: Path) -> None:
    result = stancewatch(write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}"), "shifts", "show", "42",
                         check=False)
    assert result.returncode == 1 and result.stderr.strip() == "error: shift 42: no such shift"


def test_a_config_elsewhere_without_rules_section_finds_the_shipped_rules(tmp_path: Path) -> None:
    """The eval README's minimal config: only [fetch], feeds and subscribers."""
    config = tmp_path / "config.toml"
    config.write_text("[fetch]\nallow_private_addresses = true\n")
    assert "china-russia-ukraine: 7 signals ok" in stancewatch(config, "rules", "check").stdout
    out = stancewatch(config, "baseline", "build").stdout
    assert "2 documents, 7 signals" in out
    assert (tmp_path / "data" / "stancewatch.db").exists()


def test_accepting_a_shift_moves_the_baseline_and_the_history_says_why(tmp_path: Path, site_factory: object) -> None:
    from .conftest import Site

    site: Site = site_factory()  # type: ignore[operator]
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}", site, feeds=["wire"], subscriber=False)
    stancewatch(config, "once")
    shift = next(s for s in json.loads(stancewatch(config, "shifts", "--json").stdout) if s["signal"] == "sanctions")
    stancewatch(config, "shifts", "accept", str(shift["id"]), "--note", "confirmed by the ministry")
    baseline = {b["signal"]: b for b in json.loads(stancewatch(config, "baseline", "show", "--json").stdout)}
    assert baseline["sanctions"]["source"] == "accepted"
    assert baseline["sanctions"]["state"] in ("asserted", "alleged")
    history = stancewatch(config, "baseline", "history", "china-russia-ukraine").stdout
    assert f"sanctions: negated -> {baseline['sanctions']['state']}" in history
    assert f"accepted shift {shift['id']}: confirmed by the ministry" in history
    # a rebuild from the documents does not undo the operator's decision
    stancewatch(config, "baseline", "build")
    again = {b["signal"]: b for b in json.loads(stancewatch(config, "baseline", "show", "--json").stdout)}
    assert again["sanctions"]["source"] == "accepted"
