"""config.toml: typed settings, durations, and errors that name file, line and key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.config import Secret, load_settings, parse_duration, parse_settings
from monitor.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, seconds", [
    ("15m", 900), ("20s", 20), ("1h30m", 5400), ("500ms", 0.5), ("2d", 172800), (45, 45), ("1.5h", 5400),
], ids=str)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("bad", ["15 parsecs", "m15", "", "10x", True], ids=repr)
def test_bad_durations_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(bad)


def test_the_shipped_config_loads() -> None:
    settings = load_settings(ROOT / "config.toml")
    assert settings.database.url.startswith("sqlite:///")
    assert settings.feeds and all(f.url.startswith("https://") for f in settings.feeds)
    assert settings.fetch.allow_private_addresses is False


@pytest.mark.parametrize("source, expected", [
    ('[fetch]\ntimeout = "20s"\n\n[[feeds]]\nname = "a"\nurl = "http://x/f"\n\n[[feeds]]\nname = "b"\n'
     'url = "http://x/f"\ninterval = "15 parsecs"\n',
     "cfg.toml:11: feeds[1].interval: '15 parsecs' is not a duration"),
    ("[fetch]\ntimeot = 3\n", "cfg.toml:2: fetch.timeot: unknown key; allowed: timeout, max_bytes"),
    ("[fetch\n", "cfg.toml:1: invalid TOML"),
    ('[[subscribers]]\nname = "x"\nnotify = ["nope"]\n', "cfg.toml:3: subscribers[0].notify[0]: 'nope'"),
    ('[[subscribers]]\nname = "x"\nnotify = ["json://h/p"]\nmin_severity = "loud"\n',
     "cfg.toml:4: subscribers[0].min_severity: 'loud'"),
    ('[[feeds]]\nname = "a"\nurl = "ftp://x/f"\n', "cfg.toml:3: feeds[0].url: 'ftp://x/f' is not an http(s) URL"),
    ('[[feeds]]\nname = "a"\nurl = "http://x/1"\n[[feeds]]\nname = "a"\nurl = "http://x/2"\n',
     "cfg.toml:5: feeds[1].name: 'a' is used by another feed"),
    ('[database]\nurl = "mysql://x"\n', "cfg.toml:2: database.url:"),
], ids=["duration", "unknown-key", "syntax", "apprise-url", "severity", "scheme", "duplicate-feed", "backend"])
def test_errors_name_file_line_and_key(source: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_settings(source, "cfg.toml")
    message = str(info.value)
    assert message.startswith(expected), message
    assert "\n" not in message


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_settings(tmp_path / "nope.toml")


def test_config_from_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "other.toml"
    path.write_text('[dashboard]\nport = 9999\n')
    monkeypatch.setenv("STANCEWATCH_CONFIG", str(path))
    assert load_settings().dashboard.port == 9999


def test_notify_urls_are_secrets_expanded_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = parse_settings('[[subscribers]]\nname = "desk"\nnotify = ["slack://${SLACK_TOKEN}/#desk"]\n')
    url = settings.subscribers[0].notify[0]
    assert isinstance(url, Secret)
    monkeypatch.setenv("SLACK_TOKEN", "T000/B000/XXXXSECRET")
    assert url.reveal() == "slack://T000/B000/XXXXSECRET/#desk"
    for shown in (repr(url), str(url), repr(settings), str(settings.subscribers[0])):
        assert "SECRET" not in shown and "SLACK_TOKEN" not in shown


def test_missing_environment_variable_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOPE_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="NOPE_TOKEN: is referenced by a notify URL but not set"):
        Secret("json://${NOPE_TOKEN}@host/x").reveal()


def test_relative_sqlite_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[database]\nurl = "sqlite:///data/x.db"\n')
    settings = load_settings(tmp_path / "config.toml")
    assert settings.database_url == f"sqlite:///{(tmp_path / 'data' / 'x.db').resolve()}"


def test_dashboard_password_is_a_plain_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = parse_settings('[dashboard]\npassword = "${DASH_PW}"\n')
    monkeypatch.setenv("DASH_PW", "correct horse")
    assert settings.dashboard.password is not None
    assert settings.dashboard.password.reveal() == "correct horse"
    assert "horse" not in repr(settings) and settings.dashboard.password.masked == "***"
