"""Shared fixtures: the real rule files, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.matcher import Matcher
from monitor.rulebook import Rulebook, load_rulebook

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
CASES = ROOT / "tests" / "cases"


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook(sorted(RULES.glob("*.toml")))


@pytest.fixture(scope="session")
def matcher(rulebook: Rulebook) -> Matcher:
    return Matcher(rulebook)
