"""Limits on what a request may cost. Request bodies are bounded before anything reads them: sign-in,
the CSRF check and form parsing all come after, so an anonymous client cannot make the server hold a
huge body in memory. Requests are admitted a bounded number at a time: a saturated server answers
503 with Retry-After within seconds instead of letting every request queue for half a minute."""
from __future__ import annotations

import json

import anyio

from fastapi import HTTPException

from ..monitor.reports import MAX_ATTACHMENT

UPLOAD_LIMIT = MAX_ATTACHMENT + 1024 * 1024  # one attachment and the fields of its form
BODY_LIMIT = 1024 * 1024  # anything else: a report's texts fit many times over


def _message(limit: int) -> str:
    return f"Dữ liệu gửi lên quá lớn (tối đa {limit / 1024 / 1024:.0f} MB) / request body too large"


class _TooLarge(HTTPException):
    """Raised while the body is read: an HTTP error, so that the app answers it as it answers others."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _message(limit))


def _limit_for(headers: dict[bytes, bytes]) -> int:
    return UPLOAD_LIMIT if headers.get(b"content-type", b"").startswith(b"multipart/form-data") else BODY_LIMIT


async def _refuse(send, limit: int) -> None:
    body = json.dumps({"detail": _message(limit)}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: 413 when the declared length is too large, or when a body sent without one
    (chunked) grows past the limit while it is read."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        limit = _limit_for(headers)
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, limit)
            return
        received, started = 0, False

        async def bounded_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge(limit)
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded_receive, tracked_send)
        except _TooLarge:
            if not started:
                await _refuse(send, limit)


class Admission:
    """ASGI middleware: at most `slots` requests are handled at once (as many as the worker has threads
    and database connections for); a request that waits more than `wait` seconds for its turn is
    answered by `busy` (503 with Retry-After) without being handled. Static files are always served."""

    def __init__(self, app, slots: int, wait: float, busy) -> None:
        self.app, self.wait, self.busy = app, wait, busy
        self.slots = anyio.Semaphore(slots)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        admitted = False
        with anyio.move_on_after(self.wait):
            await self.slots.acquire()
            admitted = True
        if not admitted:
            await self.busy(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.slots.release()
