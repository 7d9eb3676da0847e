"""Time helpers: SQLite hands back naive datetimes, so everything is normalised to aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime | None) -> str | None:
    v = as_utc(value)
    return v.isoformat().replace("+00:00", "Z") if v else None
