"""Users and roles, passwords hashed with argon2, sign-in slowed down after failures.

Roles: admin; planning (the planning department: everything in its province,
approves); agency (a focal point: writes reports for its agency's tasks only);
leader (reads dashboards).
"""
from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..normalise import collapse_spaces, fix_tone_marks
from ..register import known_provinces
from ..register.audit import record
from ..register.models import Agency, User
from ..textfold import fold
from . import inputs, throttle
from .errors import InvalidInput, account_locked, slow_down, wrong_password

ROLES = {"admin": "Quản trị", "planning": "Sở Tài chính / KH&ĐT", "agency": "Cán bộ đầu mối", "leader": "Lãnh đạo"}
USERNAME = re.compile(r"[A-Za-z0-9._-]{1,80}")
# OWASP's argon2id setting (19 MiB, 2 passes); at most a few hashes at once, so that a burst of sign-ins
# cannot take the server's memory (each hash holds its memory cost while it runs).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
HASHES_AT_ONCE = 2
_hashing = threading.BoundedSemaphore(HASHES_AT_ONCE)


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise InvalidInput("Mật khẩu phải có ít nhất 8 ký tự", "password must have at least 8 characters")
    inputs.text(password, "Mật khẩu", 200)


def hash_password(password: str) -> str:
    with _hashing:
        return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> None:
    with _hashing:
        _hasher.verify(password_hash, password)


_PROVINCE_WORD = re.compile(r"^(?:(?:tinh|thanh pho)\s+|tp\.\s*)")  # "Tỉnh X", "Thành phố X", "TP. X": X
_PROVINCE_WORD_TYPED = re.compile(r"^(?:(?:tỉnh|thành phố)\s+|tp\.\s*)", re.IGNORECASE)


def _province_key(name: str) -> str:
    return _PROVINCE_WORD.sub("", fold(name))


def province_named(session: Session, typed: str | None, agency: Agency | None = None) -> str | None:
    """The province an account acts in, as the register spells it (a plan's province is its bare name):
    "quang binh", "Tỉnh Quảng Bình" and "Quảng Bình" are one province, for an account whose province is
    spelt otherwise would see nothing. One the register does not hold yet is kept, without "Tỉnh", as
    typed (its plans may come later); none typed, the agency's."""
    typed = collapse_spaces(fix_tone_marks(inputs.text(typed or "", "Tỉnh", 100))).strip()
    if not typed:
        return agency.province if agency else None
    key = _province_key(typed)
    known = next((name for name in known_provinces(session) if _province_key(name) == key), None)
    return known or _PROVINCE_WORD_TYPED.sub("", typed) or typed


def create_user(session: Session, username: str, password: str, role: str, display_name: str = "",
                agency: Agency | None = None, province: str | None = None, email: str = "",
                must_change_password: bool = False, actor: str = "cli") -> User:
    if role not in ROLES:
        raise InvalidInput("Vai trò không hợp lệ", "unknown role")
    if not USERNAME.fullmatch(username):
        raise InvalidInput("Tên đăng nhập chỉ gồm chữ không dấu, số và . _ - (tối đa 80 ký tự)",
                           "a username has 1-80 letters, digits, '.', '_' or '-'")
    display_name, email = inputs.text(display_name, "Họ tên", 200), inputs.text(email, "Thư điện tử", 200)
    if role == "agency" and agency is None:
        raise InvalidInput("Tài khoản cán bộ đầu mối phải gắn với một cơ quan", "an agency user needs an agency")
    _check_password(password)
    if session.scalar(select(User).where(func.lower(User.username) == username.lower())):
        raise InvalidInput(f"Tên đăng nhập đã tồn tại: {username}", f"username taken: {username}")
    user = User(username=username, display_name=display_name or username, role=role, agency=agency,
                province=province_named(session, province, agency), email=email,
                password_hash=hash_password(password), must_change_password=must_change_password)
    session.add(user)
    session.flush()
    record(session, "user.create", "user", user.id, None,
           {"username": username, "role": role, "agency_id": user.agency_id, "province": user.province}, actor)
    return user


def ensure_admin(session: Session) -> str | None:
    """On first run, create 'admin' with a one-time password and return it (None if users exist)."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = secrets.token_urlsafe(12)
    create_user(session, "admin", password, "admin", "Quản trị hệ thống", must_change_password=True)
    return password


@dataclass(frozen=True)
class SignInAttempt:
    """A sign-in between its two database steps: the account tried (None when there is none) and the
    throttle keys its outcome counts under."""
    tried: str  # the name as typed, escaped when no account can have it
    address: str
    user: User | None
    address_key: str
    account_key: str
    now: datetime


def begin_sign_in(session: Session, username: str, address: str, now: datetime | None = None) -> SignInAttempt:
    """The first database step: the account looked up, and SignInRefused (429) at once when its address or
    the account at that address must still wait."""
    now = now or datetime.now(timezone.utc)
    # a name no account can have is looked up nowhere, and kept escaped (no database stores NUL or a lone surrogate)
    possible = USERNAME.fullmatch(username) is not None
    tried = username if possible else ascii(username)[:80]
    user = session.scalar(select(User).where(func.lower(User.username) == username.lower())) if possible else None
    attempt = SignInAttempt(tried, address, user, throttle.address_key(address),
                            throttle.account_key(tried, address, user.id if user else None), now)
    if wait := max(throttle.wait_seconds(session, attempt.address_key, now),
                   throttle.wait_seconds(session, attempt.account_key, now)):
        raise slow_down(wait)
    return attempt


def password_matches(attempt: SignInAttempt, password: str) -> bool:
    """The slow step (argon2, tens of milliseconds of a core), which needs no database."""
    try:
        if attempt.user is None or not inputs.whole(password):
            hash_password(password.encode("utf-8", "replace").decode())  # the same work either way, so timing
            return False                                                 # does not tell which usernames exist
        _verify(attempt.user.password_hash, password)
        return True
    except (VerifyMismatchError, InvalidHashError):
        return False


def finish_sign_in(session: Session, attempt: SignInAttempt, matched: bool, password: str) -> User:
    """The second database step: the user when the password matched and the account is active; else the
    failure counted and audited, and SignInRefused raised (the caller commits either way)."""
    user = attempt.user
    if not matched:
        wait = max(throttle.failed(session, attempt.address_key, throttle.ADDRESS, attempt.now),
                   throttle.failed(session, attempt.account_key, throttle.ACCOUNT, attempt.now))
        details = {"address": attempt.address, "wait_seconds": wait}
        record(session, "user.sign_in_failed", "user", user.id if user else None, None, details, attempt.tried)
        if wait:
            record(session, "user.sign_in_slowed", "user", user.id if user else None, None, details, attempt.tried)
        raise wrong_password()
    if not user.active:
        raise account_locked()
    throttle.forget(session, attempt.account_key)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def authenticate(session: Session, username: str, password: str, address: str, now: datetime | None = None) -> User:
    """The user when the password is right and the account active; else raises SignInRefused.

    Failures slow down their address and the account at that address (throttle.py), never the account
    everywhere: a guesser cannot shut its owner out. Whether an account is locked is said only to someone
    who knows its password, so that guessing does not tell which accounts exist. Every failure is audited
    under the name tried. (The web app runs the same three steps apart: web/auth.py.)
    """
    attempt = begin_sign_in(session, username, address, now)
    return finish_sign_in(session, attempt, password_matches(attempt, password), password)


def end_sessions(user: User) -> None:
    """Every session of the user stops working (each carries the version it was opened under)."""
    user.session_version = (user.session_version or 0) + 1


def change_password(session: Session, user: User, new_password: str, actor: str = "cli") -> None:
    """A new password ends every session of the user; the caller opens a new one for the person at hand."""
    _check_password(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    end_sessions(user)
    record(session, "user.password", "user", user.id, None, None, actor)


def reset_password(session: Session, user: User, actor: str = "cli") -> str:
    """A new one-time password (returned) that the user must replace at the next sign-in; ends their sessions."""
    check_not_own_account("reset", user, actor)
    password = secrets.token_urlsafe(12)
    change_password(session, user, password, actor)
    user.must_change_password = True
    record(session, "user.reset", "user", user.id, None, None, actor)
    return password


def update_user(session: Session, user: User, actor: str, display_name: str, email: str, role: str,
                agency: Agency | None, province: str | None) -> None:
    """An administrator's edit of an account; the audit log keeps the fields that changed, before and after."""
    if role not in ROLES:
        raise InvalidInput("Vai trò không hợp lệ", "unknown role")
    if role == "agency" and agency is None:
        raise InvalidInput("Tài khoản cán bộ đầu mối phải gắn với một cơ quan", "an agency user needs an agency")
    if actor == user.username and user.role == "admin" and role != "admin":
        # the last administrator could otherwise leave nobody able to manage accounts
        raise InvalidInput("Không thể tự bỏ quyền quản trị của chính mình", "you cannot remove your own admin role")
    wanted = {"display_name": inputs.text(display_name, "Họ tên", 200).strip() or user.username,
              "email": inputs.text(email, "Thư điện tử", 200).strip(), "role": role,
              "agency_id": agency.id if agency else None,
              "province": province_named(session, province, agency)}
    changed = {name: value for name, value in wanted.items() if getattr(user, name) != value}
    if not changed:
        return
    before, after = {name: getattr(user, name) for name in changed}, dict(changed)
    if "agency_id" in changed:  # the names too, for whoever reads the log
        before["agency"], after["agency"] = user.agency.name if user.agency else None, agency.name if agency else None
    for name, value in changed.items():
        setattr(user, name, value)
    session.flush()
    session.refresh(user, ["agency"])
    record(session, "user.update", "user", user.id, before, after, actor)


def slowed(session: Session, user: User) -> bool:
    """Whether failed sign-ins make the account wait, at some address, before it may try again."""
    return user.id in throttle.slowed_accounts(session)


def unlock(session: Session, user: User, actor: str = "cli") -> None:
    """Lift the account's sign-in slow-downs at every address (its failed sign-ins forgotten)."""
    before = {"waiting": slowed(session, user)}
    throttle.release(session, user.id)
    record(session, "user.unlock", "user", user.id, before, {"waiting": False}, actor)


# What an administrator may not do to their own account, with the reason they are told.
_NOT_TO_ONESELF = {
    # they would shut themselves out, maybe leaving nobody able to manage accounts
    "disable": ("Không thể tự khóa tài khoản của chính mình", "you cannot disable your own account"),
    # the reset ends their own session before the one-time password is shown to them
    "reset": ("Không thể tự cấp lại mật khẩu của chính mình; hãy đổi mật khẩu ở trang Đổi mật khẩu",
              "you cannot reset your own password; change it on the password page"),
}


def check_not_own_account(change: str, user: User, actor: str) -> None:
    """InvalidInput when `actor` would make this change ("disable", "reset") to their own account."""
    if actor == user.username:
        raise InvalidInput(*_NOT_TO_ONESELF[change])


def disable(session: Session, user: User, actor: str = "cli") -> None:
    """The account can no longer sign in and its sessions end; `enable` lets it in again."""
    check_not_own_account("disable", user, actor)
    user.active = False
    end_sessions(user)
    record(session, "user.disable", "user", user.id, {"active": True}, {"active": False}, actor)


def enable(session: Session, user: User, actor: str = "cli") -> bool:
    """A disabled account may sign in again, with the password it had (reset it if that was the reason).
    False, and nothing recorded, when the account is active already."""
    if user.active:
        return False
    user.active = True
    record(session, "user.enable", "user", user.id, {"active": False}, {"active": True}, actor)
    return True


def set_email_notices(session: Session, user: User, wanted: bool, actor: str) -> None:
    """Whether the user's notices also come by e-mail (they always stay in the app)."""
    if user.email_notices != wanted:
        record(session, "user.email_notices", "user", user.id, {"email_notices": user.email_notices},
               {"email_notices": wanted}, actor)
        user.email_notices = wanted


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))
