"""The rule files in force: loaded from the config's globs, reloaded when they change.

A broken file never takes the service down: the last good rulebook stays in force and the
error is logged (and kept in ``last_error`` for the dashboard's feeds/rules pages).
"""

from __future__ import annotations

import glob
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("stancewatch.rules")


PROJECT_ROOT = Path(__file__).resolve().parent.parent


def rule_paths(settings: Any) -> list[Path]:
    """The rule files the config names. A relative glob is looked up next to the config file,
    then in the working directory, then in the stancewatch checkout itself, so a config kept
    elsewhere (``--config /etc/stancewatch.toml``) still finds the shipped ``rules/``."""
    paths: list[Path] = []
    for pattern in settings.rules.paths:
        bases = [Path(settings.root)] if Path(pattern).is_absolute() else [
            Path(settings.root), Path.cwd(), PROJECT_ROOT]
        for base in bases:
            found = sorted(glob.glob(str(base / pattern)))
            if found:
                paths.extend(Path(p) for p in found if Path(p) not in paths)
                break
    return paths


@dataclass
class RuleSource:
    settings: Any
    rulebook: Any = None
    matcher: Any = None
    last_error: str | None = None
    _stamp: tuple[tuple[str, float, int], ...] = ()
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _current_stamp(self) -> tuple[tuple[str, float, int], ...]:
        out = []
        for p in rule_paths(self.settings):
            try:
                st = p.stat()
                out.append((str(p), st.st_mtime, st.st_size))
            except OSError:
                continue
        return tuple(out)

    def load(self) -> None:
        """Load now; raises the first RuleError if there is no good rulebook yet."""
        from .matcher import Matcher
        from .rulebook import load_rulebook

        with self._lock:
            stamp = self._current_stamp()
            try:
                rulebook = load_rulebook([Path(s[0]) for s in stamp])
                matcher = Matcher(rulebook)
            except Exception as exc:
                self.last_error = str(exc)
                self._stamp = stamp
                if self.rulebook is None:
                    raise
                log.error("rules not reloaded, keeping the last good version: %s", exc)
                return
            self.rulebook, self.matcher, self._stamp, self.last_error = rulebook, matcher, stamp, None

    def reload_if_changed(self) -> bool:
        if self._current_stamp() == self._stamp:
            return False
        log.info("rule files changed; reloading")
        self.load()
        return self.last_error is None
