"""The ``stancewatch`` command: thin click commands over the Python API.

Each subcommand parses its options, calls one function that tests also call, and prints.
Any :class:`StancewatchError` becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import functools
import json
import logging
import signal as signals
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlmodel import Session, col, select

from storage import repo
from storage.db import current_revision, make_engine, session_scope, upgrade
from storage.models import Baseline, Delivery, Feed, Subscriber

from .baselinebuild import read_saved_page
from .config import Settings, load_settings
from .errors import StancewatchError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("stancewatch")


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "apscheduler.executors.default", "apprise", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def one_line_errors(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StancewatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
    return wrapper  # type: ignore[return-value]


class Context:
    def __init__(self, config: str | None, verbose: bool) -> None:
        self.config_arg, self.verbose = config, verbose
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_arg)
        return self._settings

    def service(self, **kw: Any) -> Any:
        from .service import Service
        return Service.open(self.settings, **kw)


pass_ctx = click.make_pass_decorator(Context)


@click.group()
@click.option("--config", "config", envvar="STANCEWATCH_CONFIG", default=None,
              help="config file (default ./config.toml; also $STANCEWATCH_CONFIG)")
@click.option("-v", "--verbose", is_flag=True, help="debug logging")
@click.version_option(package_name="stancewatch")
@click.pass_context
def main(ctx: click.Context, config: str | None, verbose: bool) -> None:
    """Watch news coverage and alert when an actor's stated position changes."""
    setup_logging(verbose)
    ctx.obj = Context(config, verbose)


# --- service -------------------------------------------------------------------------------


@main.command()
@click.option("--demo", is_flag=True, help="also serve and watch the bundled sample coverage")
@click.option("--host", default=None, help="dashboard address (default from config)")
@click.option("--port", type=int, default=None, help="dashboard port (default from config)")
@pass_ctx
@one_line_errors
def run(ctx: Context, demo: bool, host: str | None, port: int | None) -> None:
    """Scheduler, outbox sender and dashboard in one process."""
    import uvicorn

    from . import demo as demo_mod
    from .scheduler import build_scheduler, shutdown
    from .web import create_app

    settings = ctx.settings
    dash = settings.dashboard.model_copy(update={k: v for k, v in (("host", host), ("port", port)) if v is not None})
    if dash.host not in ("127.0.0.1", "localhost", "::1") and dash.password is None:
        raise StancewatchError(f"{settings.path}: dashboard.host: refusing to serve on {dash.host} without "
                               "dashboard.password set (reading is open only on loopback)")
    private: frozenset[str] = frozenset()
    if demo:
        base = f"http://{'127.0.0.1' if dash.host in ('0.0.0.0', '::') else dash.host}:{dash.port}"
        settings = settings.model_copy(update={
            "feeds": [*settings.feeds, demo_mod.feed_settings(base)], "dashboard": dash})
        private = frozenset({demo_mod.FEED_NAME})
    else:
        settings = settings.model_copy(update={"dashboard": dash})
    ctx._settings = settings
    service = ctx.service(private_feeds=private)
    service.ensure_baselines()
    app = create_app(service, extra_routes=demo_mod.routes() if demo else None)
    scheduler = build_scheduler(service)
    config = uvicorn.Config(app, host=dash.host, port=dash.port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    # uvicorn re-raises SIGTERM after its own shutdown when it owns the signals, which would
    # kill us before the scheduler finishes the article in hand; so it serves from a thread
    # and this (main) thread owns the signals.
    web = threading.Thread(target=server.run, name="web", daemon=True)

    def request_stop(signum: int, _frame: Any) -> None:
        log.info("received %s", signals.Signals(signum).name)
        server.should_exit = True
        service.stop.set()

    signals.signal(signals.SIGTERM, request_stop)
    signals.signal(signals.SIGINT, request_stop)
    web.start()
    while not server.started and web.is_alive():
        time.sleep(0.05)
    if not web.is_alive():
        service.close()
        raise StancewatchError(f"dashboard: cannot listen on {dash.host}:{dash.port}")
    scheduler.start()  # after the server is up, so the demo feed answers its first poll
    log.info("stancewatch running: dashboard on http://%s:%d/ (%d feeds)", dash.host, dash.port, len(settings.feeds))
    try:
        while web.is_alive() and not service.stop.is_set():
            service.stop.wait(0.5)
    finally:
        server.should_exit = True
        shutdown(service, scheduler)
        web.join(timeout=10)
        service.close()
        log.info("stopped")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="print the poll outcomes as JSON")
@pass_ctx
@one_line_errors
def once(ctx: Context, as_json: bool) -> None:
    """One poll of every feed, process, notify, exit (cron-friendly)."""
    service = ctx.service()
    try:
        service.ensure_baselines()
        outcomes = service.pipeline.poll_all(force=True)
        service.pipeline.process_due()
        report = service.sender.send_due()
    finally:
        service.close()
    if as_json:
        click.echo(json.dumps([{
            "feed": o.feed, "status": o.status, "error": o.error, "new_entries": o.new_entries,
            "articles": [{"url": a.url, "status": a.status, "reason": a.reason, "evidence": a.evidence,
                          "shifts": list(a.shifts)} for a in o.articles]} for o in outcomes], indent=2))
        return
    for o in outcomes:
        failed = [a for a in o.articles if a.status != "done"]
        line = f"{o.feed}: {o.status}, {o.new_entries} new, {len(o.articles) - len(failed)} processed"
        if o.error:
            line += f" ({o.error})"
        click.echo(line)
        for a in failed:
            click.echo(f"  {a.url}: {a.status}: {a.reason}")
    click.echo(f"notifications: {report.sent} sent, {report.failed} to retry, {report.dead} dead")


# --- extraction ----------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--jsonl", is_flag=True, help='one {"path", "title", "text"} a line')
@one_line_errors
def extract(paths: tuple[Path, ...], jsonl: bool) -> None:
    """Main text of saved pages (HTML or text dumps, .gz too)."""
    from .extract import extract_page
    from .types import Skip

    for path in paths:
        result = extract_page(read_saved_page(path), url=None)
        if isinstance(result, Skip):
            record: dict[str, Any] = {"path": str(path), "title": "", "text": "", "skip": result.reason}
            click.echo(f"{path}: skipped: {result.reason} {result.detail}".rstrip(), err=True)
        else:
            record = {"path": str(path), "title": result.title, "text": result.text,
                      "published": result.published.isoformat() if result.published else None,
                      "kind": result.kind}
        if jsonl:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"# {record['title']}\n\n{record['text']}\n")


# --- rules ---------------------------------------------------------------------------------


@main.group()
def rules() -> None:
    """Validate rule files and see what they find."""


@rules.command("check")
@pass_ctx
@one_line_errors
def rules_check(ctx: Context) -> None:
    """Validate every rule file; file:line: key: message for each problem."""
    from .rulebook import check_rule_files
    from .rulesource import rule_paths

    paths = rule_paths(ctx.settings)
    if not paths:
        raise StancewatchError(f"{ctx.settings.path}: rules.paths: no rule files match {ctx.settings.rules.paths}")
    errors = check_rule_files(paths)
    for err in errors:
        click.echo(str(err), err=True)
    if errors:
        sys.exit(1)
    from .rulebook import load_rulebook
    book = load_rulebook(paths)
    for topic in book.topics.values():
        click.echo(f"{topic.id}: {len(topic.signals)} signals ok")


def _baseline_map(ctx: Context) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    engine = make_engine(ctx.settings.database_url)
    try:
        upgrade(engine)
        with Session(engine) as session:
            return repo.baselines(session), repo.accepted_baselines(session)
    finally:
        engine.dispose()


@rules.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="one JSON object a document and a line")
@pass_ctx
@one_line_errors
def rules_test(ctx: Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """What the rules find in saved documents, against the stored baseline."""
    from .rulesource import RuleSource
    from .ruletest import test_document

    source = RuleSource(ctx.settings)
    source.load()
    base, accepted = _baseline_map(ctx)
    if not base:
        from .service import Service
        service = Service.open(ctx.settings)
        service.ensure_baselines()
        service.close()
        base, accepted = _baseline_map(ctx)
    for path in paths:
        result = test_document(source.matcher, read_saved_page(path), base, path=str(path), accepted=accepted)
        if as_json:
            click.echo(json.dumps(result.as_json(), ensure_ascii=False))
        else:
            from rich.console import Console

            from .explain import render
            console = Console()
            console.rule(f"{path}")
            if result.article is not None:
                console.print(render(result.article, result.evidence))
            for s in result.shifts:
                console.print(f"[bold]would open[/bold] {s.topic}/{s.signal} -> {s.target} ({s.severity})")


# --- shifts --------------------------------------------------------------------------------


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="the DESIGN contract JSON array")
@click.option("--status", default=None, help="open, accepted or dismissed")
@click.option("--topic", default=None)
@click.pass_context
@one_line_errors
def shifts(click_ctx: click.Context, as_json: bool, status: str | None, topic: str | None) -> None:
    """List detected shifts (or: show, accept, dismiss)."""
    if click_ctx.invoked_subcommand:
        return
    ctx: Context = click_ctx.obj
    with _session(ctx) as session:
        rows = repo.shifts_json(session, repo.list_shifts(session, status=status, topic=topic))
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no shifts")
    for s in rows:
        click.echo(f"#{s['id']} [{s['status']}] {s['topic']}/{s['signal']}: {s['baseline']} -> {s['target']} "
                   f"({s['severity']}, {s['stories']} stories, {len(s['sources'])} sources)")


class _session:
    def __init__(self, ctx: Context, write: bool = False) -> None:
        self.engine = make_engine(ctx.settings.database_url)
        upgrade(self.engine)
        self.write = write

    def __enter__(self) -> Session:
        self.scope = session_scope(self.engine)
        return self.scope.__enter__()

    def __exit__(self, *exc: Any) -> None:
        try:
            self.scope.__exit__(*exc)
        finally:
            self.engine.dispose()


@shifts.command("show")
@click.argument("shift_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def shifts_show(ctx: Context, shift_id: int, as_json: bool) -> None:
    """One shift with its sources and history."""
    with _session(ctx) as session:
        shift = repo.get_shift(session, shift_id)
        data = repo.shift_json(session, shift)
        data["history"] = [{"at": h.at.isoformat(), "event": h.event, "severity": h.severity, "note": h.note}
                           for h in repo.shift_history(session, shift_id)]
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"#{data['id']} {data['topic']}/{data['signal']}: {data['baseline']} -> {data['target']} "
               f"[{data['severity']}, {data['status']}, {data['stories']} stories]")
    for src in data["sources"]:
        tag = " (copy)" if src["copy"] else ""
        click.echo(f"  - {src['outlet']}{tag}: {src['url']}\n    \"{src['sentence']}\"")
    for h in data["history"]:
        click.echo(f"  {h['at']} {h['event']} {h['severity'] or ''} {h['note'] or ''}".rstrip())


@shifts.command("accept")
@click.argument("shift_id", type=int)
@click.option("--note", default="", help="why (kept in the baseline's history)")
@pass_ctx
@one_line_errors
def shifts_accept(ctx: Context, shift_id: int, note: str) -> None:
    """Accept a shift: its new state becomes the baseline."""
    with _session(ctx) as session:
        shift = repo.accept_shift(session, shift_id, note)
        click.echo(f"accepted #{shift.id}: {shift.topic}/{shift.signal} baseline is now {shift.target}")


@shifts.command("dismiss")
@click.argument("shift_id", type=int)
@click.option("--reason", required=True, help="why it is a false positive (for rule tuning)")
@pass_ctx
@one_line_errors
def shifts_dismiss(ctx: Context, shift_id: int, reason: str) -> None:
    """Dismiss a shift as a false positive; the same evidence will not reopen it."""
    with _session(ctx) as session:
        shift = repo.dismiss_shift(session, shift_id, reason)
        click.echo(f"dismissed #{shift.id}: {reason}")


@main.command()
@click.argument("topic")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def timeline(ctx: Context, topic: str, as_json: bool) -> None:
    """A topic's signal states over time."""
    with _session(ctx) as session:
        data = repo.timeline(session, topic)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not data["signals"]:
        raise StancewatchError(f"topic {topic!r}: no baseline or evidence stored")
    for signal, entry in sorted(data["signals"].items()):
        click.echo(f"{signal}: baseline {entry['baseline']} ({entry['baseline_source']})")
        for ch in entry["baseline_changes"][1:]:
            click.echo(f"  {ch['at'][:10]}  baseline {ch['from']} -> {ch['to']}: {ch['reason']}")
        for p in entry["points"]:
            mark = " (past)" if p["historical"] else ""
            click.echo(f"  {(p['at'] or '')[:10]}  {p['label']}{mark}  {p['outlet']}")


# --- baseline ------------------------------------------------------------------------------


@main.group()
def baseline() -> None:
    """Build and inspect the baselines."""


@baseline.command("build")
@click.argument("topics", nargs=-1)
@pass_ctx
@one_line_errors
def baseline_build(ctx: Context, topics: tuple[str, ...]) -> None:
    """Run extract + match over each topic's baseline documents and store the states."""
    from .baselinebuild import build_baselines

    service = ctx.service()
    try:
        reports = build_baselines(service, list(topics) or None)
    finally:
        service.close()
    for r in reports:
        click.echo(f"{r.topic}: {len(r.documents)} documents, {len(r.states)} signals"
                   f" ({len(r.changed)} changed)")
        for signal, st in sorted(r.states.items()):
            click.echo(f"  {signal}: {st.label}")


@baseline.command("show")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def baseline_show(ctx: Context, as_json: bool) -> None:
    """The stored baseline of every topic."""
    with _session(ctx) as session:
        rows = session.exec(select(Baseline).order_by(Baseline.topic, Baseline.signal)).all()
        data = [{"topic": b.topic, "signal": b.signal, "state": b.label, "source": b.source,
                 "sentence": b.sentence, "updated_at": b.updated_at.isoformat()} for b in rows]
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not data:
        click.echo("no baseline stored; run: stancewatch baseline build")
    for b in data:
        click.echo(f"{b['topic']}/{b['signal']}: {b['state']} ({b['source']})")


@baseline.command("history")
@click.argument("topic", required=False)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def baseline_history(ctx: Context, topic: str | None, as_json: bool) -> None:
    """When and why each baseline changed (builds from documents, accepted shifts)."""
    from storage.models import BaselineHistory

    with _session(ctx) as session:
        query = select(BaselineHistory).order_by(col(BaselineHistory.id))
        if topic:
            query = query.where(BaselineHistory.topic == topic)
        data = [{"at": h.at.isoformat(), "topic": h.topic, "signal": h.signal, "from": h.old_label,
                 "to": h.new_label, "reason": h.reason} for h in session.exec(query).all()]
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for h in data:
        click.echo(f"{h['at'][:19]}  {h['topic']}/{h['signal']}: {h['from'] or '-'} -> {h['to']}  ({h['reason']})")


# --- database, feeds, subscribers ----------------------------------------------------------


@main.group()
def db() -> None:
    """Database migrations."""


@db.command("upgrade")
@pass_ctx
@one_line_errors
def db_upgrade(ctx: Context) -> None:
    """Apply pending migrations (also done on every start)."""
    engine = make_engine(ctx.settings.database_url)
    try:
        upgrade(engine)
        click.echo(f"database at revision {current_revision(engine)}")
    finally:
        engine.dispose()


@db.command("status")
@pass_ctx
@one_line_errors
def db_status(ctx: Context) -> None:
    """The current migration revision (read-only)."""
    engine = make_engine(ctx.settings.database_url)
    try:
        click.echo(current_revision(engine) or "empty (no migrations applied)")
    finally:
        engine.dispose()


@main.command()
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def feeds(ctx: Context, as_json: bool) -> None:
    """Health of every feed."""
    with _session(ctx) as session:
        rows = session.exec(select(Feed).order_by(Feed.name)).all()
        data = [{"name": f.name, "url": f.url, "healthy": f.healthy, "last_status": f.last_status,
                 "last_error": f.last_error, "last_polled_at": f.last_polled_at and f.last_polled_at.isoformat(),
                 "next_poll_at": f.next_poll_at and f.next_poll_at.isoformat(),
                 "consecutive_failures": f.consecutive_failures, "articles_seen": f.articles_seen} for f in rows]
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for f in data:
        health = "ok" if f["healthy"] else f"UNHEALTHY ({f['consecutive_failures']} failures)"
        click.echo(f"{f['name']}: {health}, last {f['last_status']}, {f['articles_seen']} articles"
                   + (f"\n  {f['last_error']}" if f["last_error"] else ""))


@main.group()
def subscribers() -> None:
    """Who gets notified (config subscribers plus ones added here)."""


@subscribers.command("add")
@click.argument("name")
@click.option("--url", "urls", multiple=True, required=True, help="Apprise URL; ${ENV} allowed")
@click.option("--topic", "topics", multiple=True)
@click.option("--signal", "signals", multiple=True)
@click.option("--min-severity", type=click.Choice(["alleged", "confirmed"]), default="alleged")
@click.option("--mode", type=click.Choice(["immediate", "digest"]), default="immediate")
@click.option("--digest-at", default="08:00")
@click.option("--timezone", "tz", default="UTC")
@pass_ctx
@one_line_errors
def subscribers_add(ctx: Context, name: str, urls: tuple[str, ...], topics: tuple[str, ...],
                    signals: tuple[str, ...], min_severity: str, mode: str, digest_at: str, tz: str) -> None:
    """Add or replace a subscriber stored in the database."""
    from .config import SubscriberSettings

    try:
        conf = SubscriberSettings(name=name, notify=list(urls), topics=list(topics), signals=list(signals),
                                  min_severity=min_severity, mode=mode, digest_at=digest_at, timezone=tz)  # type: ignore[arg-type]
        from zoneinfo import ZoneInfo
        ZoneInfo(tz)
    except Exception as exc:
        raise StancewatchError(f"subscriber {name!r}: {str(exc).splitlines()[-1] if str(exc) else exc}") from None
    with _session(ctx) as session:
        repo.upsert_subscriber(session, conf, "cli")
    click.echo(f"subscriber {name} saved ({len(urls)} URLs, {mode})")


@subscribers.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
@one_line_errors
def subscribers_list(ctx: Context, as_json: bool) -> None:
    """Subscribers with their filters (URLs masked)."""
    from .config import Secret

    with _session(ctx) as session:
        rows = session.exec(select(Subscriber).order_by(Subscriber.name)).all()
        data = [{"name": s.name, "urls": [Secret(u).masked for u in s.urls], "topics": s.topics,
                 "signals": s.signals, "min_severity": s.min_severity, "mode": s.mode,
                 "digest_at": s.digest_at, "timezone": s.timezone, "origin": s.origin, "active": s.active}
                for s in rows]
        dead = session.exec(select(Delivery).where(Delivery.status == "dead").order_by(col(Delivery.id))).all()
        dead_data = [{"delivery": d.id, "subscriber_id": d.subscriber_id, "shift": d.shift_id,
                      "attempts": d.attempts, "error": d.last_error} for d in dead]
    if as_json:
        click.echo(json.dumps({"subscribers": data, "dead_letters": dead_data}, indent=2))
        return
    for s in data:
        state = "" if s["active"] else " (inactive)"
        click.echo(f"{s['name']}{state}: {', '.join(s['urls'])} [{s['mode']}, >= {s['min_severity']}, "
                   f"topics: {', '.join(s['topics']) or 'all'}] from {s['origin']}")
    for d in dead_data:
        click.echo(f"dead letter: delivery {d['delivery']} (shift {d['shift']}) "
                   f"after {d['attempts']} attempts: {d['error']}")


@subscribers.command("remove")
@click.argument("name")
@pass_ctx
@one_line_errors
def subscribers_remove(ctx: Context, name: str) -> None:
    """Deactivate a subscriber (kept so its delivery history stays readable)."""
    from .errors import NotFound

    with _session(ctx) as session:
        row = session.exec(select(Subscriber).where(Subscriber.name == name)).first()
        if row is None:
            raise NotFound(f"subscriber {name!r}: no such subscriber")
        row.active = False
        session.add(row)
    click.echo(f"subscriber {name} removed")


@subscribers.command("test")
@click.argument("name")
@pass_ctx
@one_line_errors
def subscribers_test(ctx: Context, name: str) -> None:
    """Send a test message to a subscriber."""
    from .notify import test_subscriber

    engine = make_engine(ctx.settings.database_url)
    try:
        upgrade(engine)
        with session_scope(engine) as session:
            repo.sync_subscribers(session, ctx.settings.subscribers)
        ok, error = test_subscriber(engine, ctx.settings, name)
    finally:
        engine.dispose()
    if not ok:
        raise StancewatchError(f"subscriber {name}: {error}")
    click.echo(f"test message sent to {name}")


if __name__ == "__main__":  # pragma: no cover
    main()
