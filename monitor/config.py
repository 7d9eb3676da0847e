"""Loading ``config.toml`` into typed settings, with errors that name file, line and key.

Settings are declared once, as pydantic models with defaults (the DESIGN contract keys plus
our own); everything else reads :class:`Settings`, never the TOML or ``os.environ``.
Apprise URLs become :class:`Secret` values: ``${NAME}`` is expanded from the environment
when the URL is *used*, and the value never shows in a repr, a log line or a page.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

DEFAULT_CONFIG = Path("config.toml")
ENV_CONFIG = "STANCEWATCH_CONFIG"

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> timedelta:
    """``"15m"``, ``"1h30m"``, ``"20s"``, ``"500ms"`` or a number of seconds -> timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        parts = _DURATION.findall(text)
        if parts and "".join(n + u for n, u in parts) == text:
            return timedelta(seconds=sum(float(n) * _UNITS[u] for n, u in parts))
    raise ValueError(f"{value!r} is not a duration like '90s', '15m', '1h30m'")


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Secret:
    """An Apprise URL (it carries tokens): shown only as ``scheme://…``.

    ``reveal()`` expands ``${NAME}`` from the environment at the moment of use, so secrets can
    live outside the file and a changed variable takes effect without editing config.
    """

    template: str

    def reveal(self) -> str:
        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise ConfigError("environment", name, "is referenced by a notify URL but not set")
            return os.environ[name]

        return _ENV_REF.sub(sub, self.template)

    @property
    def masked(self) -> str:
        if "://" not in self.template:
            return "***"
        return f"{self.template.split('://', 1)[0]}://…"

    def __repr__(self) -> str:
        return f"Secret({self.masked!r})"

    __str__ = lambda self: self.masked  # noqa: E731


def _secret(value: Any) -> Secret:
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str) or "://" not in value:
        raise ValueError("is not an Apprise URL like 'json://host/path' or 'mailto://…'")
    return Secret(value)


SecretUrl = Annotated[Secret, BeforeValidator(_secret)]


def _plain_secret(value: Any) -> Secret:
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str) or not value:
        raise ValueError("is not a non-empty string (a password, or ${NAME} to read it from the environment)")
    return Secret(value)


#: A password or token; ``${NAME}`` is read from the environment when used.
SecretText = Annotated[Secret, BeforeValidator(_plain_secret)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class DatabaseSettings(_Section):
    url: str = "sqlite:///data/stancewatch.db"

    @field_validator("url")
    @classmethod
    def _known_backend(cls, v: str) -> str:
        if not (v.startswith("sqlite") or v.startswith("postgresql")):
            raise ValueError(f"{v!r}: only sqlite:/// and postgresql+psycopg:// are supported")
        return v


class RulesSettings(_Section):
    paths: list[str] = ["rules/*.toml"]
    reload_interval: Duration = timedelta(seconds=30)


class FetchSettings(_Section):
    timeout: Duration = timedelta(seconds=20)
    max_bytes: int = Field(5_000_000, gt=0)
    max_redirects: int = Field(5, ge=0)
    user_agent: str = "stancewatch/0.1 (+https://github.com/stancewatch/stancewatch)"
    allow_private_addresses: bool = False
    page_retry_attempts: int = Field(5, ge=1)
    page_retry_after: Duration = timedelta(minutes=10)


class FeedSettings(_Section):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    url: str
    interval: Duration = timedelta(minutes=15)
    jitter: Duration = timedelta(seconds=30)
    topics: list[str] = []
    outlet: str | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if urlsplit(v).scheme not in ("http", "https"):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v


class SubscriberSettings(_Section):
    name: str
    notify: list[SecretUrl] = Field(min_length=1)
    topics: list[str] = []
    signals: list[str] = []
    min_severity: Literal["alleged", "confirmed"] = "alleged"
    mode: Literal["immediate", "digest"] = "immediate"
    digest_at: str = Field("08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone: str = "UTC"


class NotifySettings(_Section):
    max_attempts: int = Field(8, ge=1)
    backoff: Duration = timedelta(seconds=5)
    backoff_max: Duration = timedelta(minutes=30)
    send_interval: Duration = timedelta(seconds=5)
    resend_in_doubt: bool = True
    in_doubt_after: Duration = timedelta(minutes=10)


class DashboardSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    public_url: str | None = None
    password: SecretText | None = None

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")


class Settings(_Section):
    """The whole configuration; ``path`` is the file it came from (for messages)."""

    database: DatabaseSettings = DatabaseSettings()
    rules: RulesSettings = RulesSettings()
    fetch: FetchSettings = FetchSettings()
    notifications: NotifySettings = NotifySettings()
    dashboard: DashboardSettings = DashboardSettings()
    feeds: list[FeedSettings] = []
    subscribers: list[SubscriberSettings] = []
    path: str = "<defaults>"
    root: str = "."

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(relative)
        return p if p.is_absolute() else Path(self.root) / p

    @property
    def database_url(self) -> str:
        """The database URL with a relative SQLite path made relative to the config file."""
        url = self.database.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.resolve(url[len(prefix):]).resolve())
        return url


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--config``, else ``$STANCEWATCH_CONFIG``, else ``./config.toml``."""
    return Path(explicit or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate a config file; a missing default file means built-in defaults."""
    file = config_path(path)
    if not file.exists():
        if path is None and ENV_CONFIG not in os.environ:
            return Settings(root=".")
        raise ConfigError(str(file), "", "no such file")
    source = file.read_text(encoding="utf-8")
    return parse_settings(source, str(file), root=str(file.parent))


def parse_settings(source: str, path: str = "config.toml", root: str = ".") -> Settings:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        line = _decode_error_line(str(exc))
        raise ConfigError(path, "", f"invalid TOML: {exc}", line) from None
    for key in ("path", "root"):
        data.pop(key, None)
    try:
        settings = Settings.model_validate({**data, "path": path, "root": root})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        key = _dotted(loc)
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            allowed = _allowed_keys(loc[:-1])
            message = f"unknown key; allowed: {', '.join(allowed)}" if allowed else "unknown key"
        elif "input" in err and err["type"] not in ("missing",):
            message = f"{err['input']!r}: {message}" if not message.startswith("'") else message
        while len(loc) > 1 and isinstance(loc[-1], int):
            loc = loc[:-1]  # a list item: point at the line of its key
        raise ConfigError(path, key, message, locate_key(source, loc)) from None
    names = [f.name for f in settings.feeds]
    for i, name in enumerate(names):
        if names.index(name) != i:
            raise ConfigError(path, f"feeds[{i}].name", f"{name!r} is used by another feed",
                              locate_key(source, ("feeds", i, "name")))
    return settings


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _allowed_keys(loc: tuple[Any, ...]) -> list[str]:
    model: Any = Settings
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return []
        ann = field.annotation
        args = getattr(ann, "__args__", ())
        model = args[0] if args and isinstance(args[0], type) else ann
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
    return [k for k in model.model_fields if k not in ("path", "root")]


def _decode_error_line(message: str) -> int | None:
    m = re.search(r"at line (\d+)", message)
    return int(m.group(1)) if m else None


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGN = re.compile(r"^\s*([A-Za-z0-9_\-\"']+)\s*=")


def locate_key(source: str, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of ``loc`` (e.g. ``("feeds", 2, "interval")``) in TOML text.

    tomllib gives no positions, so we walk table headers and assignments: enough for the
    shapes config.toml uses (tables, arrays of tables, ``key = value``). Falls back to the
    line of the enclosing table when the key itself is absent (a missing key).
    """
    want_table: list[Any] = []
    key: str | None = None
    parts = list(loc)
    # table path = leading parts up to the last string that is a key in that table
    if parts and isinstance(parts[-1], str) and len(parts) > 1:
        key = parts[-1]
        want_table = parts[:-1]
    elif parts:
        want_table = parts[:1] if isinstance(parts[0], str) and len(parts) > 1 else []
        key = parts[0] if len(parts) == 1 else None
        if len(parts) > 1:
            want_table = parts
    counters: dict[str, int] = {}
    current: list[Any] = []
    table_line: int | None = None
    for number, text in enumerate(source.splitlines(), start=1):
        header = _HEADER.match(text)
        if header and not _ASSIGN.match(text):
            name = header.group(2).replace('"', "").replace("'", "").strip()
            if header.group(1) == "[[":
                counters[name] = counters.get(name, -1) + 1
                current = [*name.split("."), counters[name]]
            else:
                current = name.split(".")
            if current == want_table:
                table_line = number
            continue
        assign = _ASSIGN.match(text)
        if assign and key is not None and current == want_table:
            if assign.group(1).strip("\"'") == key:
                return number
        if assign and not want_table and key is not None and current == []:
            if assign.group(1).strip("\"'") == key:
                return number
    return table_line
