"""A province's overdue agencies as last counted, kept in the database for every worker of the app (migration 0013).

Counting them reads every lead duty and received report of the province (0.6 s for the whole register of the
benchmark on PostgreSQL, most of it the database's), and the figure changes only when a due date passes or a
report arrives, so it is counted at most once an interval for all the workers together: the one that finds the
stored figure too old takes the lease (a conditional UPDATE: of several at once exactly one succeeds), counts and
stores the figure; the others read the stored one meanwhile. The lease of a worker that stopped while counting
expires, and another takes it over. Moments are seconds since the epoch, from the workers' clocks.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

WHOLE_REGISTER = ""  # the scope of an account without a province


@dataclass(frozen=True)
class Snapshot:
    agencies: list[tuple[int, str, int]]  # agency id, name, reports past due and not received
    counted_at: float  # when the count began: what it shows is at least this recent


def _scope(province: str | None) -> dict[str, str]:
    return {"scope": province or WHOLE_REGISTER}


def stored(session: Session, province: str | None) -> Snapshot | None:
    """The figure as last counted by any worker, or None before the first count."""
    row = session.execute(text("SELECT agencies, counted_at FROM overdue_snapshot "
                               "WHERE scope = :scope AND agencies IS NOT NULL"), _scope(province)).first()
    return Snapshot([tuple(agency) for agency in json.loads(row.agencies)], row.counted_at) if row else None


def take_lease(session: Session, province: str | None, now: float, max_age: float, lease: float) -> bool:
    """Whether the caller is to count now: the figure is missing or older than `max_age` seconds and no other
    worker holds a live lease. The lease lasts `lease` seconds; the caller commits at once, so that the
    others see it."""
    session.execute(text("INSERT INTO overdue_snapshot (scope) VALUES (:scope) ON CONFLICT DO NOTHING"),
                    _scope(province))
    taken = session.execute(text(
        "UPDATE overdue_snapshot SET lease_until = :until WHERE scope = :scope "
        "AND (counted_at IS NULL OR counted_at < :oldest) AND (lease_until IS NULL OR lease_until < :now)"),
        _scope(province) | {"until": now + lease, "oldest": now - max_age, "now": now})
    return taken.rowcount == 1


def store(session: Session, province: str | None, snapshot: Snapshot) -> None:
    """Keeps a count and frees the lease; a count begun earlier than the stored one (its lease had expired and
    another worker counted meanwhile) does not replace it. The caller commits."""
    session.execute(text(
        "UPDATE overdue_snapshot SET agencies = :agencies, counted_at = :at, lease_until = NULL "
        "WHERE scope = :scope AND (counted_at IS NULL OR counted_at < :at)"),
        _scope(province) | {"agencies": json.dumps(snapshot.agencies, ensure_ascii=False), "at": snapshot.counted_at})


def release(session: Session, province: str | None) -> None:
    """Frees the lease of a count that failed, so that the next worker to look counts again. The caller commits."""
    session.execute(text("UPDATE overdue_snapshot SET lease_until = NULL WHERE scope = :scope"), _scope(province))
