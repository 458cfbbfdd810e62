"""Sign-in: signed session cookies that a per-user version can end, CSRF tokens for every change."""
from __future__ import annotations

import secrets
from urllib.parse import urlsplit

import anyio
from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from ..monitor import access, users
from ..monitor.errors import SignInRefused
from ..register.models import User
from .deps import get_session
from .limits import admission_handed_back

# Threads of their own for sign-ins' password hashes, as many as may hash at once: a sign-in waits for one
# without holding a request thread.
_hashes = anyio.CapacityLimiter(users.HASHES_AT_ONCE)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


async def authenticate(request: Request, session: Session, username: str, password: str) -> User:
    """users.authenticate, its steps apart, so that a burst of sign-ins does not hold up the requests behind
    it: the password is hashed with no database connection (the look-up's transaction ends before), no
    request thread and no admission slot. The outcome is committed (a failure is counted and audited);
    SignInRefused when the sign-in is refused."""
    attempt = await run_in_threadpool(users.begin_sign_in, session, username, client_address(request))
    await run_in_threadpool(session.commit)  # a read only: the connection goes back to the pool
    async with admission_handed_back(request):
        matched = await anyio.to_thread.run_sync(users.password_matches, attempt, password, limiter=_hashes)
    return await run_in_threadpool(_finish_sign_in, session, attempt, matched, password)


def _finish_sign_in(session: Session, attempt: users.SignInAttempt, matched: bool, password: str) -> User:
    try:
        user = users.finish_sign_in(session, attempt, matched, password)
    except SignInRefused:
        session.commit()  # the failure is counted and audited all the same
        raise
    session.commit()
    return user


def sign_in(request: Request, user: User) -> str:
    request.session.clear()
    request.session["user_id"] = user.id
    request.session["version"] = user.session_version or 0
    return csrf_token(request)


def sign_out(request: Request, session: Session, user: User | None) -> None:
    """Ends this session and every other session of the user (a copied cookie included)."""
    if user is not None:
        users.end_sessions(user)
        session.commit()
    request.session.clear()


def optional_user(request: Request, session: Session = Depends(get_session)) -> User | None:
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return None
    user = session.get(User, user_id)
    if user is None or not user.active or request.session.get("version") != (user.session_version or 0):
        return None
    return user


def local_path(target: str | None) -> str:
    """`target` when it is a path of this site, else "/": never another site after signing in
    (//host, /\\host and scheme:… all lead elsewhere in a browser)."""
    if not target or not target.startswith("/") or "\\" in target or any(ord(c) < 32 for c in target):
        return "/"
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and not target.startswith("//") else "/"


PASSWORD_PAGES = ("/password", "/logout", "/api/me", "/api/logout")


def current_user(request: Request, user: User | None = Depends(optional_user)) -> User:
    if user is None:
        raise HTTPException(status_code=401, detail="Chưa đăng nhập / not signed in")
    if user.must_change_password and request.url.path not in PASSWORD_PAGES:
        # a one-time password opens nothing but the page that replaces it
        raise HTTPException(status_code=428, detail="Hãy đổi mật khẩu trước khi tiếp tục / change your password first")
    return user


async def check_csrf(request: Request) -> None:
    """Every change must carry the session's token, in a header (API) or a form field (pages)."""
    if request.method in ("GET", "HEAD", "OPTIONS") or request.url.path == "/api/login":
        return  # API clients sign in before they have a session (the login page form does carry a token)
    expected = request.session.get("csrf")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(("application/x-www-form-urlencoded",
                                                                           "multipart/form-data")):
        sent = (await request.form()).get("csrf_token")
    if not expected or not sent or not secrets.compare_digest(str(sent), expected):
        raise HTTPException(status_code=403, detail="Phiên làm việc không hợp lệ, hãy tải lại trang / CSRF check failed")


def require_area(area: str):
    """Opens a route to those who may open that part of the app (`access.may_open`)."""
    def dependency(user: User = Depends(current_user)) -> User:
        if not access.may_open(user, area):
            raise HTTPException(status_code=403, detail="Bạn không có quyền truy cập / forbidden")
        return user
    return dependency
