"""Property-based checks of the JSON API against its own ``/openapi.json`` (schemathesis).

Every operation is called with generated valid and invalid parameters on a real server over
the pipeline's database; responses must conform to the document (status codes, content
types, schemas) and never be a server error.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Live

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402  (after the importorskip)

OPERATIONS = ["GET /api/shifts", "GET /api/shifts/{id}", "GET /api/topics", "GET /api/feeds", "GET /healthz"]
#: Operations that take parameters, so that invalid ones can be generated for them.
WITH_PARAMETERS = {"GET /api/shifts", "GET /api/shifts/{id}"}
CASES = [(op, "positive") for op in OPERATIONS] + [(op, "negative") for op in OPERATIONS if op in WITH_PARAMETERS]


@pytest.fixture(scope="module")
def api_schema(live: Live) -> Any:
    return schemathesis.openapi.from_url(live.url + "/openapi.json")


def test_the_document_lists_every_api_operation(api_schema: Any) -> None:
    found = sorted(f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations())
    assert found == sorted(OPERATIONS)


# The schemathesis pytest plugin (``from_fixture``) does not run under pytest 9, so each
# operation's hypothesis strategy is driven by hand: same generation, same checks.
def test_the_operations_with_parameters_are_the_ones_the_document_says(api_schema: Any) -> None:
    documented = {op for op in OPERATIONS
                  if api_schema[op.split(" ", 1)[1]][op.split(" ", 1)[0]].definition.raw.get("parameters")}
    assert documented == WITH_PARAMETERS


@pytest.mark.parametrize("operation, mode", CASES, ids=[f"{o}-{m}" for o, m in CASES])
def test_api_conforms_to_its_openapi_document(api_schema: Any, operation: str, mode: str) -> None:
    method, path = operation.split(" ", 1)
    op = api_schema[path][method]

    @given(case=op.as_strategy(schemathesis.GenerationMode(mode)))
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: Any) -> None:
        case.call_and_validate()

    check()
