"""The OpenAPI 3.1 document of the JSON API, written by hand next to the handlers it describes.

The shift object is the DESIGN contract (``storage.repo.shift_json``, also ``shifts --json``).
"""

from __future__ import annotations

from typing import Any

_STR_OR_NULL = {"type": ["string", "null"]}
_DATE_TIME = {"type": ["string", "null"], "format": "date-time"}

SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object", "required": ["error"], "additionalProperties": False,
        "properties": {"error": {
            "type": "object", "required": ["type", "message"], "additionalProperties": False,
            "properties": {"type": {"type": "string"}, "message": {"type": "string"}}}},
    },
    "Source": {
        "type": "object",
        "required": ["url", "outlet", "published", "sentence"],
        "properties": {
            "url": {"type": "string"}, "canonical_url": {"type": "string"}, "outlet": {"type": "string"},
            "published": _DATE_TIME, "sentence": {"type": "string"}, "state": {"type": "string"},
            "story": {"type": ["integer", "null"]}, "copy": {"type": "boolean"},
            "dismissed": {"type": "boolean"}, "title": {"type": "string"},
        },
    },
    "Shift": {
        "type": "object",
        "required": ["id", "topic", "signal", "baseline", "target", "severity", "status", "stories", "sources"],
        "properties": {
            "id": {"type": "integer"}, "topic": {"type": "string"}, "signal": {"type": "string"},
            "baseline": {"type": "string"}, "target": {"type": "string"},
            "severity": {"type": "string", "enum": ["alleged", "confirmed"]},
            "status": {"type": "string", "enum": ["open", "accepted", "dismissed"]},
            "stories": {"type": "integer", "minimum": 0},
            "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
            "first_seen": _DATE_TIME, "last_seen": _DATE_TIME,
        },
    },
    "HistoryEvent": {
        "type": "object", "required": ["event", "at"],
        "properties": {"event": {"type": "string"}, "severity": _STR_OR_NULL, "note": _STR_OR_NULL,
                       "at": _DATE_TIME},
    },
    "ShiftDetail": {
        "allOf": [{"$ref": "#/components/schemas/Shift"}, {
            "type": "object", "required": ["history"],
            "properties": {"history": {"type": "array", "items": {"$ref": "#/components/schemas/HistoryEvent"}}}}],
    },
    "Topic": {
        "type": "object", "required": ["id", "title", "baseline", "shifts"],
        "properties": {
            "id": {"type": "string"}, "title": {"type": "string"},
            "signals": {"type": "array", "items": {"type": "object"}},
            "baseline": {"type": "object", "additionalProperties": {"type": "string"}},
            "shifts": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
    },
    "Feed": {
        "type": "object",
        "required": ["name", "url", "healthy", "last_status", "last_error", "last_polled_at", "next_poll_at",
                     "consecutive_failures", "articles_seen"],
        "properties": {
            "name": {"type": "string"}, "url": {"type": "string"}, "healthy": {"type": "boolean"},
            "last_status": _STR_OR_NULL, "last_error": _STR_OR_NULL, "last_polled_at": _DATE_TIME,
            "last_success_at": _DATE_TIME, "next_poll_at": _DATE_TIME,
            "consecutive_failures": {"type": "integer"}, "polls": {"type": "integer"},
            "articles_seen": {"type": "integer"},
        },
    },
}

_ERR = {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _q(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


SHIFT_FILTERS = [
    _q("topic", "topic id"),
    _q("signal", "signal id"),
    _q("severity", "alleged or confirmed", {"type": "string", "enum": ["alleged", "confirmed"]}),
    _q("status", "open, accepted or dismissed (default: all)",
       {"type": "string", "enum": ["open", "accepted", "dismissed"]}),
    _q("since", "last seen on or after (ISO date or date-time)", {"type": "string", "format": "date"}),
    _q("until", "first seen on or before (ISO date or date-time)", {"type": "string", "format": "date"}),
    _q("limit", "at most this many (1-5000, default 500)", {"type": "integer", "minimum": 1, "maximum": 5000}),
    _q("offset", "skip this many", {"type": "integer", "minimum": 0, "maximum": 2**62}),
]


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def document(version: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "stancewatch", "version": version,
                 "description": "Detected shifts in actors' stated positions, with their evidence."},
        "paths": {
            "/api/shifts": {"get": {
                "operationId": "listShifts", "summary": "Shifts, newest first (the `shifts --json` objects)",
                "parameters": SHIFT_FILTERS,
                "responses": {"200": _json({"type": "array", "items": {"$ref": "#/components/schemas/Shift"}}),
                              "400": _ERR}}},
            "/api/shifts/{id}": {"get": {
                "operationId": "getShift", "summary": "One shift with its history",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 1, "maximum": 2**62}}],
                "responses": {"200": _json({"$ref": "#/components/schemas/ShiftDetail"}), "404": _ERR}}},
            "/api/topics": {"get": {
                "operationId": "listTopics", "summary": "Topics with their baselines and shift counts",
                "responses": {"200": _json({"type": "array", "items": {"$ref": "#/components/schemas/Topic"}})}}},
            "/api/feeds": {"get": {
                "operationId": "listFeeds", "summary": "Health of every feed",
                "responses": {"200": _json({"type": "array", "items": {"$ref": "#/components/schemas/Feed"}})}}},
            "/healthz": {"get": {
                "operationId": "health", "summary": "Database reachable",
                "responses": {"200": _json({"type": "object", "required": ["status"],
                                            "properties": {"status": {"const": "ok"}}}),
                              "503": _json({"type": "object"}, "database unreachable")}}},
        },
        "components": {"schemas": SCHEMAS},
    }
