"""Rule files: what loads, and errors that name file:line: key: message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitor.errors import StancewatchError
from monitor.matcher import Matcher
from monitor.rulebook import RuleError, check_rule_files, compile_pattern, load_rulebook
from monitor.types import Article

from .conftest import RULES

GOOD = """\
[topic]
id = "t"
title = "T"
actor = "a"

[actors.a]
names = ["Alpha"]
[actors.b]
names = ["Beta"]

[[signals]]
id = "gift"
label = "Alpha gives Beta things"
subject = "a"
target = "b"
verbs = ["give"]
objects = ["gift"]
"""


def write(tmp_path: Path, text: str, name: str = "topic.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_rules_are_valid() -> None:
    assert check_rule_files(sorted(RULES.glob("*.toml"))) == []
    rb = load_rulebook(sorted(RULES.glob("*.toml")))
    topic = rb.topics["china-russia-ukraine"]
    assert topic.actor == "china"
    assert topic.baseline == ("baseline/china-russia-ukraine/*.txt",)
    assert {s.id for s in topic.signals} == {
        "military-aid",
        "economic-support",
        "sanctions",
        "condemnation",
        "un-vote",
        "mediation",
        "partnership",
    }
    assert {s.kind for s in topic.signals} == {"presence", "value"}
    assert all(s.label and s.direction for s in topic.signals)


def test_minimal_topic_loads_and_matches(tmp_path: Path) -> None:
    rb = load_rulebook([write(tmp_path, GOOD)])
    evidence = Matcher(rb).match(Article(title="", paragraphs=("Alpha gave gifts to Beta.",)))
    assert [(e.signal, e.state) for e in evidence] == [("gift", "asserted")]


def test_error_names_file_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('id = "gift"', 'id = "gift"\nkind = "vaule"'))
    errors = check_rule_files([path])
    assert [str(e) for e in errors] == [f"{path}:13: signals[0].kind: 'vaule' is not one of: presence, value"]
    err = errors[0]
    assert (err.path, err.line, err.key) == (str(path), 13, "signals[0].kind")
    assert isinstance(err, StancewatchError)


def test_all_errors_of_a_file_are_returned(tmp_path: Path) -> None:
    bad = (
        GOOD.replace('actor = "a"', 'actor = "zeta"')
        .replace('target = "b"', 'target = "nobody"')
        .replace('verbs = ["give"]', 'verbs = ["give"]\ncolour = "red"')
    )
    errors = check_rule_files([write(tmp_path, bad)])
    keys = [(e.line, e.key) for e in errors]
    assert (4, "topic.actor") in keys
    assert (15, "signals[0].target") in keys
    assert (17, "signals[0].colour") in keys
    assert len(errors) >= 3


def test_load_rulebook_raises_the_first_error(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('title = "T"\n', ""))
    with pytest.raises(RuleError) as info:
        load_rulebook([path])
    assert str(info.value) == f"{path}:1: topic.title: missing (a string)" or str(info.value).startswith(f"{path}:")
    assert info.value.key == "topic.title"


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('label = "Alpha gives Beta things"', 'label = "Alpha'))
    (err,) = check_rule_files([path])
    assert err.line == 13 and "TOML syntax" in err.message


def test_second_signal_and_nested_form_lines(tmp_path: Path) -> None:
    text = (
        GOOD + '\n[[signals]]\nid = "vote"\nkind = "value"\ncontext = ["vote"]\n'
        'values = { yes = ["vote yes"] }\nverbs = ["x"]\n'
        '\n[[signals]]\nid = "g2"\nverbs = ["give"]\nobjects = ["gift"]\n'
        '[[signals.forms]]\nverbs = ["send"]\n'
    )
    errors = {(e.line, e.key): e.message for e in check_rule_files([write(tmp_path, text)])}
    assert (24, "signals[1].verbs") in errors
    assert errors[(30, "signals[2].forms[0].objects")] == "missing: verbs need objects"


def test_lexicon_errors(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[cues]]\nkind = "negation"\nterms = ["not"]\n\n[[cues]]\n'
        'kind = "negaton"\ndirection = "sideways"\nterms = []\n',
        "cues.toml",
    )
    errors = [str(e) for e in check_rule_files([write(tmp_path, GOOD), path])]
    assert f"{path}:6: cues[1].kind: 'negaton' is not one of: " in errors[0]
    assert any(e.startswith(f"{path}:7: cues[1].direction: 'sideways'") for e in errors)
    assert any(e.startswith(f"{path}:8: cues[1].terms:") for e in errors)


def test_bad_regex_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'patterns = ["(?<=x)gift", "gifts? of \\\\w+"]\n')
    (err,) = check_rule_files([path])
    assert err.key == "signals[0].patterns[0]" and "RE2" in err.message


def test_re2_patterns_cannot_hang() -> None:
    regex = compile_pattern(r"(a+)+$")  # catastrophic for a backtracking engine
    subject = "a" * 50_000 + "!"
    started = time.perf_counter()
    assert regex.search(subject) is None
    assert time.perf_counter() - started < 1.0


def test_operator_pattern_matches(tmp_path: Path) -> None:
    text = GOOD + 'patterns = ["hand(ed|s)? over [a-z ]*gifts?"]\n'
    rb = load_rulebook([write(tmp_path, text)])
    ev = Matcher(rb).match(Article(title="", paragraphs=("Alpha handed over the gifts to Beta.",)))
    assert [(e.signal, e.state) for e in ev] == [("gift", "asserted")]
