"""Rule files -> typed, validated, compiled rules.

Two kinds of TOML file live under ``rules/`` (told apart by their content):

* a **topic file** (``[topic]``): the actor of interest, the other actors, the baseline
  documents and the signals (``presence``: who does what to whom; ``value``: which value in
  which context);
* the **cue lexicon** (``[[cues]]``): negation, hedging, attribution, request and past-time
  triggers with their direction and scope, scope terminators and pseudo-triggers, shared by
  every topic.

Every term is stored in the normal form of :mod:`monitor.text` (lemmas), so rules match any
inflection.  :func:`check_rule_files` returns every error of every file;
:func:`load_rulebook` raises the first one.  Each error is ``path:line: key: message``.
Operator regexes (``patterns``) are compiled with RE2, which runs in linear time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import re2

from monitor.errors import StancewatchError
from monitor.text import lemmatize_phrase

__all__ = [
    "CUE_KINDS",
    "SIGNAL_KINDS",
    "CueRule",
    "Form",
    "Lexicon",
    "RuleError",
    "Rulebook",
    "Signal",
    "Topic",
    "check_rule_files",
    "load_rulebook",
]

Phrase = tuple[str, ...]


class RuleError(StancewatchError):
    """A rule file is wrong: ``str()`` is ``path:line: key: message``."""

    def __init__(self, path: str, line: int, key: str, message: str) -> None:
        self.path, self.line, self.key, self.message = path, line, key, message
        super().__init__(f"{path}:{line}: {key}: {message}" if key else f"{path}:{line}: {message}")


# --- registries: what rule files may say, each entry documenting itself ----------------------

#: Signal kinds and the keys each one takes (``rules check`` can list them).
SIGNAL_KINDS: dict[str, str] = {
    "presence": "who does what to whom: subject actor, verbs, objects, optional target; "
    "keys: subject, verbs, objects, inverse_verbs, phrases, patterns, forms, target, window",
    "value": "which value the actor takes in a context (a UN vote): keys: subject, context, values, window",
}
#: Cue kinds of the shared lexicon and what each one does to a piece of evidence.
CUE_KINDS: dict[str, str] = {
    "negation": "the signal is denied, refused or has not happened -> negated",
    "hedge": "modal, planned, considered, feared, conditional -> hedged",
    "attribution": "a third party says so -> alleged (the actor saying it -> its own voice)",
    "request": "someone asks the actor to do it ('urged China to') -> no evidence",
    "prohibition": "the act is banned or barred ('barring firms from selling', 'a ban on exports of') "
    "-> no evidence of the act",
    "denial": "the actor rejects a claim made just before ('Beijing denies it') -> negated",
    "past": "a statement about the past ('in March', 'since 2022') -> historical",
    "pseudo": "looks like a trigger but is not ('not only', 'no doubt'): masks shorter cues",
}
DIRECTIONS = ("forward", "backward", "both")

_TOPIC_KEYS = {"id", "title", "actor", "baseline", "description"}
_ACTOR_KEYS = {"names", "description"}
_SIGNAL_KEYS = {
    "id",
    "label",
    "kind",
    "direction",
    "subject",
    "target",
    "verbs",
    "objects",
    "inverse_verbs",
    "phrases",
    "patterns",
    "forms",
    "context",
    "values",
    "window",
    "description",
}
_FORM_KEYS = {"verbs", "objects", "inverse_verbs", "phrases", "state"}
# A form that only ever says something weaker than a plain act ("supports a political
# settlement" is advocacy: hedged; "began rejecting payments" is a refusal: negated).
# "opposite": the form names the signal's opposite, so its state turns over ("would never
# abandon its old friend Russia" affirms the partnership; "has turned its back on" negates it).
FORM_STATES = ("hedged", "negated", "opposite")
_CUE_KEYS = {"kind", "direction", "scope", "terms", "description"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
DEFAULT_WINDOW = 12


# --- compiled rules ------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One way of saying a presence signal: a verb (or nominal) with an object nearby.

    ``inverse_verbs`` take the actor after "from" ("Russia received drones from China").
    ``phrases`` denote the signal on their own ("peace plan", "economic lifeline").
    """

    verbs: tuple[Phrase, ...] = ()
    objects: tuple[Phrase, ...] = ()
    inverse_verbs: tuple[Phrase, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    state: str | None = None  # the weakest state its evidence can have (FORM_STATES)


@dataclass(frozen=True)
class Signal:
    id: str
    label: str
    kind: str  # 'presence' | 'value'
    direction: str
    subject: str
    target: str | None = None
    forms: tuple[Form, ...] = ()
    patterns: tuple[str, ...] = ()
    context: tuple[Phrase, ...] = ()
    values: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    window: int = DEFAULT_WINDOW


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    actor: str
    baseline: tuple[str, ...]
    actors: Mapping[str, tuple[Phrase, ...]]
    signals: tuple[Signal, ...]
    path: str = ""

    def signal(self, signal_id: str) -> Signal:
        for sig in self.signals:
            if sig.id == signal_id:
                return sig
        raise KeyError(signal_id)


@dataclass(frozen=True)
class CueRule:
    kind: str
    direction: str
    scope: int
    terms: tuple[Phrase, ...]


@dataclass(frozen=True)
class Lexicon:
    """The shared cue lexicon: triggers, scope terminators, default scope."""

    cues: tuple[CueRule, ...] = ()
    terminators: tuple[Phrase, ...] = ()
    scope: int = 8
    path: str = ""


@dataclass(frozen=True)
class Rulebook:
    topics: Mapping[str, Topic]
    lexicon: Lexicon = field(default_factory=Lexicon)


# --- key -> line map -----------------------------------------------------------------------

_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_RE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-]+)\s*=""")


def _unquote(part: str) -> str:
    part = part.strip()
    return part[1:-1] if part[:1] in "\"'" and part[-1:] == part[:1] else part


def key_lines(source: str) -> dict[str, int]:
    """Map dotted key paths (``signals[2].kind``, ``actors.china.names``) to 1-based lines."""
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}
    prefix = ""
    depth = 0  # inside a multi-line array/inline table: keys there are not top-level keys
    for no, raw in enumerate(source.splitlines(), start=1):
        line = raw.split("#", 1)[0] if '"' not in raw and "'" not in raw else raw
        if depth == 0:
            head = _HEADER_RE.match(line)
            if head and not _KEY_RE.match(line):
                parts = [_unquote(p) for p in head.group(2).split(".")]
                if head.group(1) == "[[":
                    base = ".".join(parts)
                    # nested arrays of tables restart under their parent element
                    parent = _resolve(parts[:-1], counters)
                    full = f"{parent}.{parts[-1]}" if parent else parts[-1]
                    counters[full] = counters.get(full, -1) + 1
                    prefix = f"{full}[{counters[full]}]"
                    del base
                else:
                    prefix = _resolve(parts, counters)
                lines.setdefault(prefix, no)
                continue
            key = _KEY_RE.match(line)
            if key:
                name = ".".join(_unquote(p) for p in key.group(1).split("."))
                lines.setdefault(f"{prefix}.{name}" if prefix else name, no)
        depth += _bracket_balance(line)
        depth = max(depth, 0)
    return lines


def _resolve(parts: list[str], counters: Mapping[str, int]) -> str:
    out = ""
    for part in parts:
        out = f"{out}.{part}" if out else part
        if out in counters:
            out = f"{out}[{counters[out]}]"
    return out


def _bracket_balance(line: str) -> int:
    balance = 0
    quote = ""
    for ch in line:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            balance += 1
        elif ch in "]}":
            balance -= 1
        elif ch == "#":
            break
    stripped = line.strip()
    if stripped.startswith("[") and not _KEY_RE.match(line):
        return 0  # a table header
    return balance


# --- validation ------------------------------------------------------------------------------


class _Checker:
    """Collects every error of one file, each with its line."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = str(path)
        self.lines = key_lines(source)
        self.errors: list[RuleError] = []

    def line_of(self, key: str) -> int:
        probe = key
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return 1

    def error(self, key: str, message: str) -> None:
        self.errors.append(RuleError(self.path, self.line_of(key), key, message))

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for name in table:
            if name not in allowed:
                self.error(
                    f"{where}.{name}" if where else name,
                    f"unknown key; allowed: {', '.join(sorted(allowed))}",
                )

    def string(self, table: Mapping[str, Any], name: str, where: str, required: bool = True) -> str:
        value = table.get(name)
        if value is None:
            if required:
                self.error(f"{where}.{name}" if where else name, "missing (a string)")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.error(f"{where}.{name}", f"{value!r} is not a non-empty string")
            return ""
        return value

    def phrases(self, table: Mapping[str, Any], name: str, where: str) -> tuple[Phrase, ...]:
        value = table.get(name)
        if value is None:
            return ()
        key = f"{where}.{name}"
        if not isinstance(value, list):
            self.error(key, "is not a list of strings")
            return ()
        out: list[Phrase] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(f"{key}[{i}]", f"{item!r} is not a non-empty string")
                continue
            phrase = lemmatize_phrase(item)
            if not phrase:
                self.error(f"{key}[{i}]", f"{item!r} has no words")
                continue
            out.append(phrase)
        return tuple(out)

    def integer(self, table: Mapping[str, Any], name: str, where: str, default: int) -> int:
        value = table.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
            self.error(f"{where}.{name}", f"{value!r} is not a whole number from 1 to 60")
            return default
        return value

    def choice(self, value: Any, allowed: Sequence[str], key: str) -> str:
        if value not in allowed:
            self.error(key, f"{value!r} is not one of: {', '.join(allowed)}")
            return allowed[0]
        return str(value)


def _read(path: Path) -> tuple[str, dict[str, Any] | None, list[RuleError]]:
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        return "", None, [RuleError(str(path), 1, "", f"cannot read: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return "", None, [RuleError(str(path), 1, "", f"not UTF-8: {exc.reason}")]
    try:
        return source, tomllib.loads(source), []
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else 1
        if m and m.group(2) == "1" and line > 1:
            line -= 1  # tomllib points past the end of the line that is wrong
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        return source, None, [RuleError(str(path), line, "", f"TOML syntax: {message}")]


def _check_topic(ck: _Checker, data: Mapping[str, Any]) -> Topic | None:
    ck.unknown_keys(data, {"topic", "actors", "signals"}, "")
    head = data.get("topic")
    if not isinstance(head, dict):
        ck.error("topic", "missing table [topic]")
        return None
    ck.unknown_keys(head, _TOPIC_KEYS, "topic")
    topic_id = ck.string(head, "id", "topic")
    if topic_id and not _ID_RE.match(topic_id):
        ck.error("topic.id", f"{topic_id!r} must be lower case letters, digits, '-' or '_'")
    title = ck.string(head, "title", "topic")
    actor = ck.string(head, "actor", "topic")
    baseline_raw = head.get("baseline", [])
    baseline: tuple[str, ...] = ()
    if not isinstance(baseline_raw, list) or not all(isinstance(b, str) for b in baseline_raw):
        ck.error("topic.baseline", "is not a list of path globs")
    else:
        baseline = tuple(baseline_raw)

    actors: dict[str, tuple[Phrase, ...]] = {}
    raw_actors = data.get("actors")
    if not isinstance(raw_actors, dict) or not raw_actors:
        ck.error("actors", "missing: at least one [actors.NAME] table with names")
        raw_actors = {}
    for name, table in raw_actors.items():
        where = f"actors.{name}"
        if not _ID_RE.match(name):
            ck.error(where, f"{name!r} must be lower case letters, digits, '-' or '_'")
        if not isinstance(table, dict):
            ck.error(where, "is not a table")
            continue
        ck.unknown_keys(table, _ACTOR_KEYS, where)
        names = ck.phrases(table, "names", where)
        if not names:
            ck.error(f"{where}.names", "missing or empty: the actor's names")
        actors[name] = names
    if actor and raw_actors and actor not in actors:
        ck.error("topic.actor", f"{actor!r} is not one of the actors: {', '.join(actors)}")

    signals: list[Signal] = []
    raw_signals = data.get("signals")
    if not isinstance(raw_signals, list) or not raw_signals:
        ck.error("signals", "missing: at least one [[signals]] table")
        raw_signals = []
    seen: set[str] = set()
    for i, table in enumerate(raw_signals):
        sig = _check_signal(ck, table, f"signals[{i}]", actor, actors)
        if sig is None:
            continue
        if sig.id in seen:
            ck.error(f"signals[{i}].id", f"{sig.id!r} is used by another signal of this topic")
        seen.add(sig.id)
        signals.append(sig)
    return Topic(
        id=topic_id,
        title=title,
        actor=actor,
        baseline=baseline,
        actors=actors,
        signals=tuple(signals),
        path=ck.path,
    )


def _check_signal(ck: _Checker, table: Any, where: str, actor: str, actors: Mapping[str, Any]) -> Signal | None:
    if not isinstance(table, dict):
        ck.error(where, "is not a table")
        return None
    ck.unknown_keys(table, _SIGNAL_KEYS, where)
    sig_id = ck.string(table, "id", where)
    if sig_id and not _ID_RE.match(sig_id):
        ck.error(f"{where}.id", f"{sig_id!r} must be lower case letters, digits, '-' or '_'")
    kind = ck.choice(table.get("kind", "presence"), list(SIGNAL_KINDS), f"{where}.kind")
    label = table.get("label") or sig_id
    if not isinstance(label, str):
        ck.error(f"{where}.label", f"{label!r} is not a string")
        label = sig_id
    direction = table.get("direction", "")
    if not isinstance(direction, str):
        ck.error(f"{where}.direction", f"{direction!r} is not a string")
        direction = ""
    subject = table.get("subject", actor)
    if not isinstance(subject, str) or (actors and subject not in actors):
        ck.error(f"{where}.subject", f"{subject!r} is not one of the actors: {', '.join(actors)}")
        subject = actor
    target = table.get("target")
    if target is not None and (not isinstance(target, str) or target not in actors):
        ck.error(f"{where}.target", f"{target!r} is not one of the actors: {', '.join(actors)}")
        target = None
    window = ck.integer(table, "window", where, DEFAULT_WINDOW)

    if kind == "value":
        for name in ("verbs", "objects", "inverse_verbs", "phrases", "patterns", "forms", "target"):
            if name in table:
                ck.error(f"{where}.{name}", "not allowed for kind 'value' (use context, values)")
        context = ck.phrases(table, "context", where)
        if not context:
            ck.error(f"{where}.context", "missing or empty: words that set the context")
        values: dict[str, tuple[Phrase, ...]] = {}
        raw_values = table.get("values")
        if not isinstance(raw_values, dict) or not raw_values:
            ck.error(f"{where}.values", "missing: a table value = [phrases]")
            raw_values = {}
        for name, _terms in raw_values.items():
            if not _ID_RE.match(name):
                ck.error(f"{where}.values.{name}", "a value name is lower case letters/digits")
            terms = ck.phrases(raw_values, name, f"{where}.values")
            if not terms:
                ck.error(f"{where}.values.{name}", "is not a non-empty list of phrases")
            values[name] = terms
        return Signal(
            id=sig_id,
            label=label,
            kind=kind,
            direction=direction,
            subject=subject,
            context=context,
            values=values,
            window=window,
        )

    for name in ("context", "values"):
        if name in table:
            ck.error(f"{where}.{name}", "not allowed for kind 'presence' (use verbs, objects)")
    forms: list[Form] = []
    first = _check_form(ck, table, where)
    if first is not None:
        forms.append(first)
    raw_forms = table.get("forms", [])
    if not isinstance(raw_forms, list):
        ck.error(f"{where}.forms", "is not a list of tables ([[signals.forms]])")
        raw_forms = []
    for j, ftable in enumerate(raw_forms):
        fwhere = f"{where}.forms[{j}]"
        if not isinstance(ftable, dict):
            ck.error(fwhere, "is not a table")
            continue
        ck.unknown_keys(ftable, _FORM_KEYS, fwhere)
        form = _check_form(ck, ftable, fwhere)
        if form is None:
            ck.error(fwhere, "needs verbs and objects, inverse_verbs and objects, or phrases")
        else:
            forms.append(form)
    patterns = _check_patterns(ck, table, where)
    if not forms and not patterns:
        ck.error(where, "a presence signal needs verbs and objects, phrases, forms or patterns")
    return Signal(
        id=sig_id,
        label=label,
        kind=kind,
        direction=direction,
        subject=subject,
        target=target,
        forms=tuple(forms),
        patterns=patterns,
        window=window,
    )


def _check_form(ck: _Checker, table: Mapping[str, Any], where: str) -> Form | None:
    verbs = ck.phrases(table, "verbs", where)
    objects = ck.phrases(table, "objects", where)
    inverse = ck.phrases(table, "inverse_verbs", where)
    phrases = ck.phrases(table, "phrases", where)
    if (verbs or inverse) and not objects:
        ck.error(f"{where}.objects", "missing: verbs need objects")
    if objects and not (verbs or inverse):
        ck.error(f"{where}.verbs", "missing: objects need verbs")
    if not (verbs or inverse or phrases):
        return None
    state: str | None = None
    if "state" in table:
        state = ck.choice(table["state"], FORM_STATES, f"{where}.state")
    return Form(verbs=verbs, objects=objects, inverse_verbs=inverse, phrases=phrases, state=state)


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
_RE2_OPTIONS.case_sensitive = False


def compile_pattern(pattern: str) -> Any:
    """Compile an operator regex with RE2 (linear time, no backtracking), case-insensitive."""
    return re2.compile(pattern, _RE2_OPTIONS)


def _check_patterns(ck: _Checker, table: Mapping[str, Any], where: str) -> tuple[str, ...]:
    raw = table.get("patterns", [])
    if not isinstance(raw, list):
        ck.error(f"{where}.patterns", "is not a list of regular expressions")
        return ()
    out: list[str] = []
    for i, pattern in enumerate(raw):
        key = f"{where}.patterns[{i}]"
        if not isinstance(pattern, str) or not pattern:
            ck.error(key, f"{pattern!r} is not a non-empty string")
            continue
        try:
            compile_pattern(pattern)
        except re2.error as exc:
            detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
            ck.error(key, f"not an RE2 regular expression: {detail}")
            continue
        out.append(pattern)
    return tuple(out)


def _check_lexicon(ck: _Checker, data: Mapping[str, Any]) -> Lexicon:
    ck.unknown_keys(data, {"scope", "terminators", "cues"}, "")
    scope_table = data.get("scope", {})
    scope = 8
    if not isinstance(scope_table, dict):
        ck.error("scope", "is not a table")
    else:
        ck.unknown_keys(scope_table, {"window"}, "scope")
        scope = ck.integer(scope_table, "window", "scope", 8)
    terminators: tuple[Phrase, ...] = ()
    term_table = data.get("terminators", {})
    if not isinstance(term_table, dict):
        ck.error("terminators", "is not a table")
    else:
        ck.unknown_keys(term_table, {"terms"}, "terminators")
        terminators = ck.phrases(term_table, "terms", "terminators")
    cues: list[CueRule] = []
    raw = data.get("cues", [])
    if not isinstance(raw, list):
        ck.error("cues", "is not a list of tables ([[cues]])")
        raw = []
    for i, table in enumerate(raw):
        where = f"cues[{i}]"
        if not isinstance(table, dict):
            ck.error(where, "is not a table")
            continue
        ck.unknown_keys(table, _CUE_KEYS, where)
        kind = ck.choice(table.get("kind"), list(CUE_KINDS), f"{where}.kind")
        direction = ck.choice(table.get("direction", "forward"), DIRECTIONS, f"{where}.direction")
        cue_scope = ck.integer(table, "scope", where, scope)
        terms = ck.phrases(table, "terms", where)
        if not terms:
            ck.error(f"{where}.terms", "missing or empty: the trigger words")
        cues.append(CueRule(kind=kind, direction=direction, scope=cue_scope, terms=terms))
    return Lexicon(cues=tuple(cues), terminators=terminators, scope=scope, path=ck.path)


# --- entry points --------------------------------------------------------------------------


def _check_file(path: Path) -> tuple[Topic | Lexicon | None, list[RuleError]]:
    source, data, errors = _read(path)
    if data is None:
        return None, errors
    ck = _Checker(path, source)
    result: Topic | Lexicon | None
    if "cues" in data and "topic" not in data:
        result = _check_lexicon(ck, data)
    else:
        result = _check_topic(ck, data)
    return result, ck.errors


def _compile(paths: Sequence[Path]) -> tuple[Rulebook | None, list[RuleError]]:
    errors: list[RuleError] = []
    topics: dict[str, Topic] = {}
    lexicon: Lexicon | None = None
    files = list(paths)
    if not any(p.name == "cues.toml" for p in files):
        for p in list(files):
            sibling = p.parent / "cues.toml"
            if sibling.exists() and sibling not in files:
                files.append(sibling)
                break
    for path in files:
        result, errs = _check_file(path)
        errors.extend(errs)
        if isinstance(result, Lexicon):
            if lexicon is not None:
                errors.append(
                    RuleError(str(path), 1, "cues", f"a second cue lexicon (the first is {lexicon.path}); merge them")
                )
            lexicon = result
        elif isinstance(result, Topic) and not errs:
            if result.id in topics:
                errors.append(
                    RuleError(str(path), 1, "topic.id", f"{result.id!r} is already defined in {topics[result.id].path}")
                )
            topics[result.id] = result
    if not files:
        errors.append(RuleError("rules", 1, "", "no rule files given"))
    if errors:
        return None, errors
    return Rulebook(topics=topics, lexicon=lexicon or Lexicon()), []


def check_rule_files(paths: Sequence[Path]) -> list[RuleError]:
    """Every error of every rule file (empty when all is well)."""
    return _compile([Path(p) for p in paths])[1]


def load_rulebook(paths: Sequence[Path]) -> Rulebook:
    """Load and validate topic files and the cue lexicon; raise the first :class:`RuleError`.

    A ``cues.toml`` beside the first file is picked up when ``paths`` names no lexicon.
    """
    rulebook, errors = _compile([Path(p) for p in paths])
    if errors or rulebook is None:
        raise errors[0]
    return rulebook
