"""Dashboard, JSON API, Atom feed, health and metrics over the same tables as the CLI."""

from .app import create_app

__all__ = ["create_app"]
