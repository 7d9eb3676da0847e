"""What ships: the Dockerfile lints clean, the README's commands exist, the CI calls them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_dockerfile_lints_clean_with_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_runs_as_non_root_with_a_healthcheck_and_a_data_volume() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim", text, re.M)
    assert re.search(r"^USER 10001:10001$", text, re.M) and "useradd --system --uid 10001" in text
    assert "HEALTHCHECK" in text and "/healthz" in text
    assert 'VOLUME ["/app/data"]' in text
    assert re.search(r'^CMD \["stancewatch", "run"', text, re.M)


def test_readme_has_exactly_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", readme, re.S)
    assert "make run" in blocks[0] and "make test" in blocks[0]
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: ", makefile, re.M) and re.search(r"^test: ", makefile, re.M)


@pytest.mark.parametrize("command", [
    "run", "once", "extract", "rules check", "rules test", "shifts", "shifts show", "shifts accept",
    "shifts dismiss", "timeline", "baseline build", "baseline show", "baseline history", "db upgrade",
    "subscribers add",
    "subscribers list", "subscribers remove", "subscribers test", "feeds",
])
def test_every_cli_command_is_documented_in_the_readme(command: str) -> None:
    assert f"stancewatch {command}" in (ROOT / "README.md").read_text()


def test_every_config_section_is_documented_in_the_readme() -> None:
    from monitor.config import Settings

    readme = (ROOT / "README.md").read_text()
    for section, field in Settings.model_fields.items():
        if section in ("path", "root"):
            continue
        assert f"[{section}]" in readme or f"[[{section}]]" in readme, section
        model = field.annotation
        inner = getattr(model, "__args__", (model,))[0]
        for key in getattr(inner, "model_fields", {}):
            assert f"`{key}`" in readme, f"{section}.{key} is not documented"
