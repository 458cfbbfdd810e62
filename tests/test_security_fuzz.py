"""Property-based fuzzing of the whole HTTP interface from its own OpenAPI document (Schemathesis).

For every operation in /api/openapi.json, signed in as a focal point and as the planning department,
generated requests (valid and invalid) must never meet a server error, must be answered as the
document says (status codes, content types, bodies), and a request refused with a 4xx must leave
the database exactly as it was.
"""
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import (FailureGroup, content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

from security_world import build, database_digest, signed_in

# per operation and person: the suite's time stays bounded (VNPLAN_FUZZ_EXAMPLES=200 for a longer hunt)
EXAMPLES = int(os.environ.get("VNPLAN_FUZZ_EXAMPLES", "6"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# a refused sign-in (or a wrong current password) is counted and audited on purpose
SIGN_IN_ATTEMPTS = {"/api/login", "/login", "/password"}
# these end every session of the person, and so the rest of the run
SESSION_ENDERS = {"/api/logout", "/logout"}


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def _fuzz(operation, headers: dict, db) -> list[str]:
    """The problems found on one operation (empty: none)."""
    problems = []
    guards_database = operation.path not in SIGN_IN_ATTEMPTS

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def run(case):
        before = database_digest(db) if guards_database else None
        response = case.call(headers=headers)
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


# each person on one database, so that the run stays near a minute and a half
@pytest.mark.parametrize("db, username", [("sqlite", "tttt_a"), ("postgresql", "stc_a")], indirect=["db"])
def test_no_input_breaks_the_api_or_changes_what_it_refuses(app, username):
    client = signed_in(app, username)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in client.cookies.items()),
               "X-CSRF-Token": client.headers["X-CSRF-Token"]}
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    problems = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path not in SESSION_ENDERS:
            problems += _fuzz(operation, headers, app.state.db)
    assert not problems, "\n".join(problems)
