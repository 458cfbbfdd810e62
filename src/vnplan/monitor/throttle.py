"""Sign-in slow-downs, shared by every worker through the database; nobody is ever locked out by them.

Two counters slow a guesser down, each with a few free failures in a window and then a wait that
doubles with every further failure (up to a few minutes):

* per address: one address guessing at many accounts;
* per account *and* address: one address guessing at one account. It is keyed by both so that a
  guesser elsewhere never makes the account's owner wait: the owner signing in from their own
  address is not slowed at all.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..register.models import SignInThrottle


@dataclass(frozen=True)
class Policy:
    free_failures: int  # in a window, before any waiting
    window: timedelta
    max_wait: int  # seconds


ADDRESS = Policy(free_failures=20, window=timedelta(minutes=5), max_wait=300)
ACCOUNT = Policy(free_failures=3, window=timedelta(hours=1), max_wait=300)


def address_key(address: str) -> str:
    return address[:100]


def account_key(username: str, address: str, user_id: int | None = None) -> str:
    """A fixed-length key (the table's column is bounded, and keeps no list of the names tried). An account
    that exists is keyed by its id, so that an administrator can see and lift its slow-downs."""
    digest = hashlib.sha256(f"{username.lower()}\n{address}".encode()).hexdigest()[:40]
    return f"account:{user_id}:{digest}" if user_id is not None else f"account:{digest}"


def slowed_accounts(session: Session, now: datetime | None = None) -> set[int]:
    """The ids of the accounts that wait, at some address, before they may try again."""
    now = now or datetime.now(timezone.utc)
    keys = session.scalars(select(SignInThrottle.address).where(
        SignInThrottle.address.like("account:%:%"), SignInThrottle.wait_until > now))
    return {int(key.split(":")[1]) for key in keys}


def release(session: Session, user_id: int) -> None:
    """Lift every slow-down of the account, at every address (an administrator's decision)."""
    session.execute(delete(SignInThrottle).where(SignInThrottle.address.like(f"account:{user_id}:%")))


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def wait_seconds(session: Session, key: str, now: datetime | None = None) -> int:
    """How long `key` (an address or an account at an address) must still wait before trying again (0: not)."""
    now = now or datetime.now(timezone.utc)
    row = session.get(SignInThrottle, key)
    until = _aware(row.wait_until) if row else None
    return math.ceil((until - now).total_seconds()) if until and until > now else 0


def failed(session: Session, key: str, policy: Policy = ADDRESS, now: datetime | None = None) -> int:
    """Count a failed sign-in under `key`; returns the wait it now imposes in seconds (0: none). The caller commits."""
    now = now or datetime.now(timezone.utc)
    row = session.get(SignInThrottle, key)
    if row is None:
        try:
            with session.begin_nested():
                row = SignInThrottle(address=key, failures=0, first_at=now)
                session.add(row)
        except IntegrityError:  # another worker counted this key first
            row = session.get(SignInThrottle, key, populate_existing=True)
    if _aware(row.first_at) < now - policy.window and not (row.wait_until and _aware(row.wait_until) > now):
        row.failures, row.first_at = 0, now
    row.failures += 1
    if row.failures <= policy.free_failures:
        return 0
    wait = min(2 ** min(row.failures - policy.free_failures, 30), policy.max_wait)
    row.wait_until = now + timedelta(seconds=wait)
    return wait


def forget(session: Session, key: str) -> None:
    """A right password from here: the account's owner starts again with a clean slate at this address."""
    session.execute(delete(SignInThrottle).where(SignInThrottle.address == key))
