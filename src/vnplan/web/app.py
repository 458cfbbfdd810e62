"""The FastAPI application: middleware, error pages, static files, and the routers."""
from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from ..errors import VnplanError
from ..monitor import dashboard
from ..monitor.errors import Conflict, NotFound, PermissionDenied
from ..register import Database
from . import api, intake, notices, openapi, pages, review
from .limits import Admission, BodyLimit
from .settings import Settings
from .templating import compile_templates, error_page

HERE = Path(__file__).parent
logger = logging.getLogger("vnplan.web")
SESSION_HOURS = 8
# A request's thread back from the database waits for the interpreter's lock while another request's thread
# computes, and the interpreter hands the lock over only after this long (5 ms by default): once per statement, so
# that an inbox of nine statements beside busy threads could wait ~45 ms. At 1 ms the inbox's p95 under the
# benchmark's load fell from 101–140 ms to 79–106 ms, every other page's with it (README, Benchmarks).
SWITCH_INTERVAL = 0.001


class OverviewCache:
    """The province overview, recomputed at most every few seconds and after every review decision.

    It is computed when the server starts; after that a stale overview is refreshed in the
    background while requests are served the figures of a few seconds ago, so a busy
    dashboard never makes anyone wait for the computation.
    """

    TTL = 15.0

    def __init__(self, db: Database) -> None:
        self.db = db
        self.value = None
        self.at = 0.0
        self.lock = threading.Lock()

    def _compute(self) -> None:
        with self.db.session() as session:
            self.value, self.at = dashboard.overview(session), time.monotonic()

    def _refresh(self) -> None:
        try:
            self._compute()
        finally:
            self.lock.release()

    def warm(self) -> None:
        with self.lock:
            if self.value is None:
                self._compute()

    def get(self):
        if self.value is None:  # only when the app runs without its start-up (as in some tests)
            self.warm()
        elif time.monotonic() - self.at > self.TTL and self.lock.acquire(blocking=False):
            threading.Thread(target=self._refresh, daemon=True, name="overview-refresh").start()
        return self.value

    def clear(self) -> None:
        """After a decision: recompute now, so that the person who decided sees it counted."""
        with self.lock:
            self._compute()


def _status_of(exc: VnplanError) -> int:
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    return 400


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "application/json" not in request.headers.get("accept", "")


# the router's own answers, which say it in English only
ROUTER_ERRORS = {(404, "Not Found"): "Không tìm thấy trang này; hãy kiểm tra lại địa chỉ / not found",
                 (405, "Method Not Allowed"): "Trang này không nhận thao tác đó / method not allowed"}
RETRY_AFTER = 2  # seconds a client is asked to wait when the server is saturated
BUSY = "Hệ thống đang bận, hãy thử lại sau ít giây / the server is busy, try again in a few seconds"


def busy(request: Request):
    """503 with Retry-After: every request thread or database connection is taken, come back shortly."""
    headers = {"Retry-After": str(RETRY_AFTER)}
    if _wants_html(request):
        response = error_page(request, BUSY, 503)
        response.headers.update(headers)
        return response
    return JSONResponse({"detail": BUSY}, status_code=503, headers=headers)


async def _refuse_busy(scope, receive, send) -> None:
    await busy(Request(scope, receive))(scope, receive, send)


@asynccontextmanager
async def lifespan(app: FastAPI):
    # requests handled at once per process: enough for two cores, and bounded memory
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.settings.request_threads
    sys.setswitchinterval(SWITCH_INTERVAL)
    # before the first visitor, not on their time: the overview, every page's template compiled (~0.2 s a
    # process, paid by the first request of each page otherwise) and the overdue agencies counted
    await anyio.to_thread.run_sync(app.state.overview.warm)
    await anyio.to_thread.run_sync(compile_templates)
    await anyio.to_thread.run_sync(review.overdue_figures(app).count_at_start)
    # What start-up built (modules, templates, caches: ~200,000 objects) lives as long as the process; kept out of
    # the collector's full passes, each of which otherwise walks all of it (~100 ms) while the requests wait.
    gc.collect()  # what is already garbage goes first: a frozen object is never collected
    gc.freeze()
    yield


# Why a value was refused, for a person reading the page (the JSON API keeps the validator's own words)
_REFUSALS = {"int_parsing": "phải là số nguyên", "int_type": "phải là số nguyên", "float_parsing": "phải là số",
             "greater_than_equal": "phải từ {ge} trở lên", "greater_than": "phải lớn hơn {gt}",
             "less_than_equal": "không được quá {le}", "less_than": "phải nhỏ hơn {lt}",
             "string_too_long": "dài quá {max_length} ký tự", "too_long": "quá nhiều mục", "missing": "còn thiếu"}
_FIELDS = {"q": "Nội dung tìm kiếm", "page": "Số trang", "returned_page": "Số trang", "actuals_page": "Số trang",
           "plan": "Kế hoạch", "agency": "Cơ quan", "period": "Kỳ báo cáo", "year": "Năm"}


def _in_vietnamese(error: dict) -> str:
    field = str(error["loc"][-1])
    reason = _REFUSALS.get(error["type"], "không hợp lệ").format(**error.get("ctx", {}))
    return f"{_FIELDS.get(field, field)} {reason}"


def create_app(db: Database | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    app = FastAPI(title="vnplan", version="0.1.0", description="Theo dõi thực hiện kế hoạch / plan monitoring API",
                  docs_url=None, openapi_url="/api/openapi.json", redoc_url=None, lifespan=lifespan)
    app.state.db = db or Database()
    app.state.settings = settings
    app.state.overview = OverviewCache(app.state.db)
    # bodies are bounded before any handler reads them (sign-in and the CSRF check included); inside the
    # other middleware, so that running out of room is an HTTP error the handlers' reading passes on
    app.add_middleware(BodyLimit)
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key, session_cookie="vnplan_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax", https_only=settings.https_only)
    # outside the session: a request turned away costs no cookie decoding and no database work
    app.add_middleware(Admission, slots=settings.request_threads, wait=settings.admission_wait,
                       burst_wait=settings.burst_wait, busy=_refuse_busy)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy",
                                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
                                        "script-src 'self'; frame-ancestors 'none'")
        return response

    @app.exception_handler(VnplanError)
    async def vnplan_error(request: Request, exc: VnplanError):
        status = _status_of(exc)
        if _wants_html(request):
            return error_page(request, exc.vi, status)
        return JSONResponse({"detail": exc.vi, "detail_en": exc.en}, status_code=status)

    @app.exception_handler(StarletteHTTPException)  # FastAPI's own and the router's (no such address, method)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 401 and _wants_html(request):
            return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", status_code=303)
        if exc.status_code == 428 and _wants_html(request):
            return RedirectResponse("/password", status_code=303)
        detail = ROUTER_ERRORS.get((exc.status_code, exc.detail), exc.detail)
        if _wants_html(request):
            page = error_page(request, detail.partition(" / ")[0], exc.status_code)
            page.headers.update(exc.headers or {})  # Retry-After, for one
            return page
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(PoolTimeout)
    async def saturated(request: Request, exc: PoolTimeout):
        """Every database connection is busy: ask the client to come back instead of queueing it."""
        return busy(request)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        """Whatever went wrong, the person sees a message, not a trace (the log has the trace)."""
        logger.exception("unexpected error on %s %s", request.method, request.url.path)
        message = "Lỗi hệ thống, hãy thử lại sau / internal error, please try again later"
        if _wants_html(request):
            return error_page(request, message, 500)
        return JSONResponse({"detail": message}, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        if _wants_html(request):
            if any(e["loc"][0] == "path" for e in exc.errors()):  # "/plans/abc": no such page
                return error_page(request, "Không tìm thấy trang này; hãy kiểm tra lại địa chỉ", 404)
            return error_page(request, f"Dữ liệu không hợp lệ: {'; '.join(map(_in_vietnamese, exc.errors()))}", 422)
        detail = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"detail": f"Dữ liệu không hợp lệ / invalid input: {detail}"}, status_code=422)

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        """Swagger UI from the package's own copy (static/swagger): the documentation works offline."""
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="vnplan — API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(intake.router)
    app.include_router(review.router)
    app.include_router(notices.router)
    openapi.install(app)
    return app
