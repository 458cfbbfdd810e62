"""The OpenAPI document (/api/openapi.json), saying what the server really answers.

FastAPI documents each handler's own answer; the answers every request may get from the app around
it (sign-in, CSRF, body limits, validation, a busy database: see app.py's error handlers) are added
here, with the error body they really have. Pages answer HTML (or a redirect), the API JSON.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_BODY = {"type": "object", "required": ["detail"],
              "properties": {"detail": {"type": "string", "description": "tiếng Việt / English"},
                             "detail_en": {"type": "string"}}}
ERRORS = {
    400: "dữ liệu không hợp lệ / invalid input",
    401: "chưa đăng nhập hoặc sai mật khẩu / not signed in or wrong password",
    403: "không có quyền, tài khoản bị khóa hoặc thiếu mã CSRF / forbidden, account locked or CSRF check failed",
    404: "không tìm thấy / not found",
    409: "người khác đã sửa trước / changed by someone else meanwhile",
    413: "nội dung quá lớn / body too large",
    422: "dữ liệu không hợp lệ / invalid input",
    428: "hãy đổi mật khẩu trước / change your password first",
    429: "đăng nhập sai nhiều lần, chờ Retry-After giây / too many failed sign-ins, wait Retry-After seconds",
    503: "hệ thống đang bận, thử lại sau Retry-After giây / busy, retry after Retry-After seconds",
}
HTML = {"text/html": {"schema": {"type": "string"}}}
REDIRECT = {"description": "trang tiếp theo, hoặc trang đăng nhập / the next page, or the sign-in page"}


def _declare_answers(path: str, responses: dict) -> None:
    page = not path.startswith("/api/")
    error = {"application/json": {"schema": ERROR_BODY}} | (HTML if page else {})
    for status, description in ERRORS.items():
        responses[str(status)] = {"description": description, "content": error}
    if page:
        responses["303"] = REDIRECT
        ok = responses.get("200", {})
        if set(ok.get("content", {})) == {"application/json"}:  # FastAPI's default: a page answers HTML
            ok["content"] = HTML


def document(app: FastAPI) -> dict:
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            _declare_answers(path, operation["responses"])
    for replaced in ("HTTPValidationError", "ValidationError"):  # validation errors come as ERROR_BODY
        schema.get("components", {}).get("schemas", {}).pop(replaced, None)
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = document(app)
        return app.openapi_schema
    app.openapi = openapi
