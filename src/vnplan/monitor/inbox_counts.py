"""How many reports and target actuals of a province wait in each list of the inbox, as the database keeps them.

Triggers (migration 0012) add a row to inbox_count, in the writer's own transaction, for every record
created or deleted and every change of a record's status: a count is the sum of its status's rows over
the province's plans, exact at any moment, whichever process or tool wrote. Writers only insert, so
concurrent decisions never wait for one another on a shared counter. `fold` keeps the table small.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from ..register.models import InboxCount, Plan

LISTS = {"waiting": ("report", "submitted"), "returned": ("report", "returned"), "actuals": ("actual", "submitted")}
FOLD_AFTER = 500  # rows beyond one per plan, kind and status that make a fold worth its while


@dataclass(frozen=True)
class Counts:
    lists: dict[str, int]  # list name -> how many records it holds
    unfolded: int  # rows read beyond one per plan, kind and status: changes since the last fold


def counts(session: Session, province: str | None) -> Counts:
    """The number of records in each list of the inbox, for a province (None: every province), in one query."""
    # grouped in the order of the index on (status, kind, plan_id, change): read in order, with no sort
    query = (select(InboxCount.kind, InboxCount.status, func.sum(InboxCount.change), func.count(),
                    func.count(InboxCount.plan_id.distinct()))
             .where(InboxCount.status.in_({status for _, status in LISTS.values()}))
             .group_by(InboxCount.status, InboxCount.kind))
    if province:
        query = query.join(Plan, Plan.id == InboxCount.plan_id).where(Plan.province == province)
    found, unfolded = {}, 0
    for kind, status, total, rows, plans in session.execute(query):
        found[(kind, status)] = int(total)
        unfolded += rows - plans
    return Counts({name: found.get(key, 0) for name, key in LISTS.items()}, unfolded)


def fold(session: Session) -> None:
    """Replaces the rows of each plan, kind and status by one holding their sum (none when it is 0); the
    caller commits. Safe beside writers and other folds: it deletes rows and writes the sum of exactly the
    rows its DELETE … RETURNING took, so a row that another fold took, or a change committed meanwhile, is
    neither counted twice nor lost."""
    key = (InboxCount.plan_id, InboxCount.kind, InboxCount.status)
    repeated = select(*key).group_by(*key).having(func.count() > 1)
    taken = session.execute(delete(InboxCount).where(tuple_(*key).in_(repeated)).returning(*key, InboxCount.change))
    sums: Counter = Counter()
    for plan_id, kind, status, change in taken:
        sums[(plan_id, kind, status)] += change
    rows = [{"plan_id": plan_id, "kind": kind, "status": status, "change": total}
            for (plan_id, kind, status), total in sums.items() if total]
    if rows:
        session.execute(insert(InboxCount), rows)
