"""Property-based fuzzing of the whole HTTP interface from its own OpenAPI document (Schemathesis).

For every operation in /api/openapi.json, signed in as a focal point and as the planning department,
generated requests (valid and invalid) must never meet a server error, must be answered as the
document says (status codes, content types, bodies), and a request refused with a 4xx must leave
the database exactly as it was.
"""
import os
import re

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (FailureGroup, content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

from security_world import PERIOD_A, TASK_A, build, database_digest, plan_id, signed_in, target_id, task_id

# per operation and person: the suite's time stays bounded (VNPLAN_FUZZ_EXAMPLES=200 for a longer hunt)
EXAMPLES = int(os.environ.get("VNPLAN_FUZZ_EXAMPLES", "8"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# a refused sign-in (or a wrong current password) is counted and audited on purpose
SIGN_IN_ATTEMPTS = {"/api/login", "/login", "/password"}
# these end every session of the person, and so the rest of the run
SESSION_ENDERS = {"/api/logout", "/logout"}


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def known_ids(app) -> dict:
    """Path parameters that name real rows, so that generated bodies and queries also reach the handlers'
    own logic (random ids mostly end at 404)."""
    agency = signed_in(app, "tttt_a")
    report = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports",
                         json={"period": PERIOD_A, "result": "Đã có dự thảo", "submit": True}).json()
    return {"plan_id": plan_id(app, "215/KH-UBND"), "task_id": task_id(app, TASK_A), "report_id": report["id"],
            "target_id": target_id(app, "215/KH-UBND"), "agency_id": report["agency_id"], "key": "2024-Q2"}


def _cases(operation, known: dict):
    """Valid and invalid requests, and valid ones about real rows."""
    pinned = {name: known[name] for name in re.findall(r"{(\w+)}", operation.path) if name in known}
    strategies = [operation.as_strategy(), operation.as_strategy(GenerationMode.NEGATIVE)]
    if pinned:
        strategies.append(operation.as_strategy(path_parameters=pinned))
    return st.one_of(strategies)


def _fuzz(operation, headers: dict, db, known: dict) -> list[str]:
    """The problems found on one operation (empty: none)."""
    problems = []
    guards_database = operation.path not in SIGN_IN_ATTEMPTS

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=_cases(operation, known))
    def run(case):
        before = database_digest(db) if guards_database else None
        try:
            response = case.call(headers=headers)
        except Exception as error:  # noqa: BLE001 — the app itself raised: a server error, reported with its request
            problems.append(f"{operation.label}: server error {error!r}: {case.as_curl_command(headers)}")
            return
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except FailureGroup as failure:  # every failing check is reported, each with its request
            problems.append(f"{operation.label}: {case.as_curl_command(headers)}\n  {failure}")
            return
        if guards_database and 400 <= response.status_code < 500 and database_digest(db) != before:
            problems.append(f"{operation.label}: {response.status_code} but the database changed: "
                            f"{case.as_curl_command(headers)}")

    run()
    return problems


@pytest.mark.parametrize("username", ["tttt_a", "stc_a"])
def test_no_input_breaks_the_api_or_changes_what_it_refuses(app, username):
    known = known_ids(app)
    client = signed_in(app, username)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in client.cookies.items()),
               "X-CSRF-Token": client.headers["X-CSRF-Token"]}
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    problems = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path not in SESSION_ENDERS:
            problems += _fuzz(operation, headers, app.state.db, known)
    assert not problems, "\n".join(problems)
