"""Limits on what a request may cost. Request bodies are bounded before anything reads them: sign-in,
the CSRF check and form parsing all come after, so an anonymous client cannot make the server hold a
huge body in memory. Requests are admitted a bounded number at a time: a burst waits its turn and is
served, a saturated server answers 503 with Retry-After within seconds instead of letting every request
queue for half a minute."""
from __future__ import annotations

import contextlib
import json
import time

import anyio

from fastapi import HTTPException, Request

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


class _Slot:
    """A request's turn to be handled, which it can hand back while it waits for something that is neither a
    request thread nor a database connection (admission_handed_back)."""

    def __init__(self, slots: anyio.Semaphore) -> None:
        self.slots, self.held = slots, False

    async def take(self) -> None:
        await self.slots.acquire()
        self.held = True

    def give_back(self) -> None:
        if self.held:
            self.held = False
            self.slots.release()


class Admission:
    """ASGI middleware: at most `slots` requests are handled at once (as many as the worker has threads and
    database connections for); the others wait their turn, and how long tells a burst from saturation
    (controlled delay, as servers at scale queue requests: Maurer, "Fail at Scale", ACM Queue 2015):

    * a queue that was empty within the last `burst_wait` seconds is a burst draining (everyone signing in
      at nine, or every client coming back at once after a restart): a request waits in it until
      `burst_wait` seconds after the queue was last empty, and is served;
    * a queue that has not emptied for that long means more work arrives than the worker gets through:
      waiting would only grow it, so a request waits at most `wait` seconds and is then answered by `busy`
      (503 with Retry-After) without being handled.

    Static files are always served."""

    def __init__(self, app, slots: int, wait: float, burst_wait: float, busy) -> None:
        self.app, self.wait, self.burst_wait, self.busy = app, wait, burst_wait, busy
        self.slots = anyio.Semaphore(slots)
        self.waiting = 0
        self.emptied_at = time.monotonic()  # the last moment nobody waited for a turn

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        slot = _Slot(self.slots)
        await self._admit(slot)
        if not slot.held:
            await self.busy(scope, receive, send)
            return
        scope[SLOT_KEY] = self, slot
        try:
            await self.app(scope, receive, send)
        finally:
            slot.give_back()

    async def _admit(self, slot: _Slot) -> None:
        arrived = time.monotonic()
        if self.waiting == 0:
            self.emptied_at = arrived
        await self.wait_for_turn(slot, max(self.emptied_at + self.burst_wait - arrived, self.wait))

    async def wait_for_turn(self, slot: _Slot, patience: float | None) -> None:
        """Take `slot` within `patience` seconds (None: however long it takes); queued meanwhile."""
        self.waiting += 1
        try:
            with anyio.move_on_after(patience):
                await slot.take()
        finally:
            self.waiting -= 1
            if self.waiting == 0:
                self.emptied_at = time.monotonic()


SLOT_KEY = "vnplan.admission"


@contextlib.asynccontextmanager
async def admission_handed_back(request: Request):
    """Hands the request's turn to the next one while the request waits for work that holds no request thread
    and no database connection (a password hash, in threads of its own); takes it back afterwards, with no
    time limit: the request was admitted, and finishes."""
    if SLOT_KEY not in request.scope:  # an app served without Admission (tests that build one by hand)
        yield
        return
    admission, slot = request.scope[SLOT_KEY]
    slot.give_back()
    try:
        yield
    finally:
        await admission.wait_for_turn(slot, None)
