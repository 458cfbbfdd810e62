"""The planning department's inbox: what waits for its review, what it sent back, who is overdue.

Each list is read a page at a time, oldest first, and counted by the database: a province
with tens of thousands of waiting reports opens as fast as one with ten.

Decisions go through `reports.decide`, one record at a time, each with the
revision the reviewer saw: a record someone changed since is reported as stale
and left as it is, while the others in the same batch are decided.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from ..register.models import (Agency, Plan, PlanVersion, ProgressReport, Target, TargetActual, Task, TrackedTask,
                               User)
from . import inbox_counts, inputs, reports
from .errors import Conflict, InvalidInput, NotFound
from .formatting import format_number, today_local
from .periods import period_label, periods_of
from .access import review_province
from .notifications import about
from .rates import Filters, hanoi, missing_by_agency

KINDS = {"report": ProgressReport, "actual": TargetActual}
ACTIONS = {"approve": "Duyệt", "return": "Trả lại"}
PAGE_SIZE = 50  # items per page of each list, oldest first
SORTS = {"oldest": "Cũ nhất trước", "plan": "Theo kế hoạch", "agency": "Theo cơ quan", "period": "Theo kỳ báo cáo"}


@dataclass
class Item:
    """A report or target actual in the inbox, with what the reviewer needs to decide on it."""

    kind: str  # report | actual
    id: int
    revision: int
    status: str
    plan_id: int
    plan_number: str
    subject: str  # the task (or target) it reports on
    subject_url: str
    agency: str
    period_key: str
    period_label: str
    period_due: date | None
    submitter: str
    submitted_at: datetime | None  # Hà Nội time
    comment: str
    decided_at: datetime | None  # Hà Nội time

    @property
    def key(self) -> str:
        """What a form sends back to decide on this item: kind, id and the revision the reviewer saw."""
        return f"{self.kind}:{self.id}:{self.revision}"

    def age_days(self, today: date) -> int | None:
        return (today - self.submitted_at.date()).days if self.submitted_at else None


@dataclass(frozen=True)
class Page:
    """Which part of a list is shown: page `number` (from 1) of `size` items, out of `total`."""

    number: int
    total: int
    size: int

    @classmethod
    def of(cls, asked: int | None, total: int) -> Page:
        """The page asked for, brought within the list (a page past the end shows the last one)."""
        whole = cls(1, total, PAGE_SIZE)
        return replace(whole, number=min(max(asked or 1, 1), whole.pages))

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def window(self) -> tuple[int, int]:
        """How many items the page holds at most, and how many come before it."""
        return self.size, self.offset

    @property
    def first(self) -> int:
        """The position in the whole list of the page's first item (from 1; 0 for an empty list)."""
        return min(self.offset + 1, self.total)

    @property
    def last(self) -> int:
        return min(self.offset + self.size, self.total)


@dataclass
class Inbox:
    waiting: list[Item]  # a page of the reports submitted, not yet decided
    returned: list[Item]  # a page of the reports sent back and not yet resubmitted
    actuals: list[Item]  # a page of the target actuals submitted, not yet decided
    overdue: list[tuple[int, str, int]]  # agency id, name, reports past due and not received
    pages: dict[str, Page]  # which page of each list (waiting, returned, actuals) is shown, and its count
    unfolded_counts: int = 0  # changes the counts were summed over since their last fold (inbox_counts.fold)

    @property
    def totals(self) -> dict[str, int]:
        return {name: page.total for name, page in self.pages.items()}

    def groups(self, sort: str) -> list[tuple[str, list[Item]]]:
        """The waiting reports in groups by plan, agency or period (one group for "oldest"), oldest first."""
        by = {"plan": lambda i: i.plan_number, "agency": lambda i: i.agency,
              "period": lambda i: i.period_label}.get(sort)
        ordered = sorted(self.waiting, key=_oldest_first)
        if by is None:
            return [("", ordered)] if ordered else []
        out: dict[str, list[Item]] = {}
        for item in sorted(ordered, key=lambda i: (_group_order(sort, i), by(i))):
            out.setdefault(by(item), []).append(item)
        return list(out.items())


def _oldest_first(item: Item):
    return (item.submitted_at is None, item.submitted_at or datetime.min, item.id)


def _group_order(sort: str, item: Item):
    return (item.period_due or date.max) if sort == "period" else ""


class _PeriodLabels:
    """The label and due date of a period key, from the plans of the items shown (loaded in one query)."""

    def __init__(self, session: Session, plan_ids: set[int], today: date) -> None:
        self.known = {plan_id: {p.key: p for p in periods}
                      for plan_id, periods in periods_of(session, plan_ids, today).items()}

    def __call__(self, plan_id: int, key: str) -> tuple[str, date | None]:
        period = self.known.get(plan_id, {}).get(key)
        return (period.label, period.due) if period else (key, None)


def _in_province(query, province: str | None, plan_of):
    """`query` narrowed to the plans of a province; `plan_of` joins what it reads to its plan."""
    return plan_of(query).where(Plan.province == province) if province else query


def _report_plan(query):
    return query.join(TrackedTask, TrackedTask.id == ProgressReport.tracked_task_id).join(
        Plan, Plan.id == TrackedTask.plan_id)


def _moment(status: str):
    return ProgressReport.submitted_at if status == "submitted" else ProgressReport.decided_at


def _inline(number: int):
    """A page's bound written into the statement rather than sent as a parameter: a statement PostgreSQL
    prepared (register.db keeps them) is then planned once and reused, since its plan for "the first 50" is
    known; with the bound a parameter, the plan made for any page assumed thousands of rows (a scan of
    every report, 50 ms), so the server planned the statement afresh on every request."""
    return literal(number, literal_execute=True)


@lru_cache(maxsize=1024)  # built once per province, list and page: a statement costs more to build than to run
def _reports(province: str | None, status: str, size: int, offset: int):
    """A page of the reports in one status with their task, plan, agency and author, as plain rows, oldest first.

    The page is chosen from the reports alone, through the index on (status, moment, id); what is shown
    of each is joined to those rows only. A report whose task left the plan's current version is
    listed all the same (it still waits for a decision), with the plan as its subject.
    """
    moment = _moment(status)
    chosen = _in_province(select(ProgressReport.id).where(ProgressReport.status == status), province, _report_plan) \
        .order_by(moment, ProgressReport.id).limit(_inline(size)).offset(_inline(offset)).subquery()
    return (select(ProgressReport.id, ProgressReport.revision, ProgressReport.status, ProgressReport.period,
                   ProgressReport.submitted_at, ProgressReport.comment, ProgressReport.decided_at,
                   Task.id.label("task_id"), Task.path, Task.text, Plan.id.label("plan_id"),
                   Plan.number, Agency.name.label("agency"), User.display_name.label("submitter"))
            .join(chosen, chosen.c.id == ProgressReport.id)
            .join(TrackedTask, TrackedTask.id == ProgressReport.tracked_task_id)
            .join(Plan, Plan.id == TrackedTask.plan_id)
            .outerjoin(PlanVersion, (PlanVersion.plan_id == Plan.id) & PlanVersion.is_current.is_(True))
            .outerjoin(Task, (Task.tracked_task_id == ProgressReport.tracked_task_id) & (Task.version_id == PlanVersion.id))
            .outerjoin(Agency, Agency.id == ProgressReport.agency_id)
            .outerjoin(User, User.id == ProgressReport.author_id)
            .order_by(moment, ProgressReport.id))


@lru_cache(maxsize=1024)
def _actuals(province: str | None, size: int, offset: int):
    return (select(TargetActual.id, TargetActual.revision, TargetActual.status, TargetActual.period,
                   TargetActual.value, TargetActual.submitted_at, TargetActual.comment, Target.indicator, Target.text,
                   Target.unit, Plan.id.label("plan_id"), Plan.number, Agency.name.label("agency"),
                   User.display_name.label("submitter"))
            .join(Target, Target.id == TargetActual.target_id)
            .join(PlanVersion, PlanVersion.id == Target.version_id)
            .join(Plan, Plan.id == PlanVersion.plan_id)
            .outerjoin(Agency, Agency.id == TargetActual.agency_id)
            .outerjoin(User, User.id == TargetActual.author_id)
            .where(TargetActual.status == "submitted", *([Plan.province == province] if province else []))
            .order_by(TargetActual.submitted_at, TargetActual.id).limit(_inline(size)).offset(_inline(offset)))


def _report_item(row, labels: _PeriodLabels) -> Item:
    label, due = labels(row.plan_id, row.period)
    subject, url = ((f"{row.path}. {row.text}", f"/tasks/{row.task_id}?period={row.period}") if row.task_id else
                    (REMOVED_TASK, f"/plans/{row.plan_id}"))
    return Item("report", row.id, row.revision, row.status, row.plan_id, row.number or f"#{row.plan_id}",
                subject, url, row.agency or "",
                row.period, label, due, row.submitter or "", _local(row.submitted_at), row.comment,
                _local(row.decided_at))


def _actual_item(row, labels: _PeriodLabels) -> Item:
    label, due = labels(row.plan_id, row.period)
    value = format_number(row.value)
    return Item("actual", row.id, row.revision, row.status, row.plan_id, row.number or f"#{row.plan_id}",
                f"{row.indicator or row.text}: {value} {row.unit or ''}".strip(), f"/plans/{row.plan_id}#chi-tieu",
                row.agency or "", row.period, label, due, row.submitter or "", _local(row.submitted_at), row.comment,
                None)


REMOVED_TASK = "Nhiệm vụ không còn trong phiên bản hiện hành của kế hoạch"


def _local(moment: datetime | None) -> datetime | None:
    return hanoi(moment) if moment else None


def overdue_agencies(session: Session, user: User, today: date | None = None) -> list[tuple[int, str, int]]:
    """Agencies of the reviewer's province with reports past due and not received, most first."""
    return missing_by_agency(session, Filters(province=review_province(user)), today)


def inbox(session: Session, user: User, today: date | None = None,
          overdue: list[tuple[int, str, int]] | None = None, pages: dict[str, int] | None = None) -> Inbox:
    """What waits for the reviewer: the asked page of each list (`pages`, by list name; the first by
    default), oldest first, with each list's count; `overdue` when the caller has it already (it takes
    longest to work out)."""
    province = review_province(user)
    today = today or today_local()
    asked = pages or {}
    counted = inbox_counts.counts(session, province)
    shown = {name: Page.of(asked.get(name), total) for name, total in counted.lists.items()}
    waiting, returned, actuals = (list(session.execute(query)) for query in (
        _reports(province, "submitted", *shown["waiting"].window), _reports(province, "returned", *shown["returned"].window),
        _actuals(province, *shown["actuals"].window)))
    labels = _PeriodLabels(session, {row.plan_id for row in (*waiting, *returned, *actuals)}, today)
    overdue = overdue_agencies(session, user, today) if overdue is None else overdue
    return Inbox([_report_item(r, labels) for r in waiting], [_report_item(r, labels) for r in returned],
                 [_actual_item(r, labels) for r in actuals], overdue, shown, counted.unfolded)


def waiting_count(session: Session, user: User) -> int:
    """Reports and target actuals waiting for this reviewer's decision (the navigation bar's badge)."""
    lists = inbox_counts.counts(session, review_province(user)).lists
    return lists["waiting"] + lists["actuals"]


# -- deciding ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    kind: str
    id: int
    revision: int | None

    @classmethod
    def parse(cls, key: str) -> Choice:
        """From an item's key, "report:12:3" (kind, id, revision seen)."""
        parts = key.split(":")
        if len(parts) not in (2, 3) or parts[0] not in KINDS or not all(p.strip() for p in parts[1:]):
            raise InvalidInput(f"Mục không hợp lệ: {key[:40]}", "invalid item")
        # ids bounded like every other (digits of other scripts, or numbers past the databases' integers, are no ids)
        return cls(parts[0], inputs.row_id(parts[1], "mục"), inputs.row_id(parts[2], "phiên bản") if len(parts) == 3 else None)


@dataclass(frozen=True)
class Outcome:
    choice: Choice
    done: bool
    stale: bool  # someone changed the record since the reviewer saw it: left as it is
    message: str
    subject: str = ""  # what was decided, as the reviewer knows it: plan, task or target, agency, period


def _subject(session: Session, record) -> str:
    plan, words, _, _ = about(session, record)
    agency = session.get(Agency, record.agency_id) if record.agency_id else None
    return " — ".join(part for part in (f"Kế hoạch {plan.number or plan.id}", words, agency.name if agency else "",
                                        period_label(record.period)) if part)


def _plan_of(session: Session, record) -> Plan:
    if isinstance(record, ProgressReport):
        return session.get(Plan, session.get(TrackedTask, record.tracked_task_id).plan_id)
    return session.get(PlanVersion, session.get(Target, record.target_id).version_id).plan


def decide_many(session: Session, user: User, action: str, choices: list[Choice], comment: str = "") -> list[Outcome]:
    """Approve or return each chosen record on its own, with the revision the reviewer saw.

    `reports.decide` checks everything before it writes, so a refused record leaves nothing
    half-done and the batch carries on; the caller commits what was decided.
    """
    province = review_province(user)
    if action not in ACTIONS:
        raise InvalidInput(f"Thao tác không hợp lệ: {action}", f"unknown action: {action}")
    if action == "return" and not comment.strip():
        raise InvalidInput("Hãy ghi lý do trả lại báo cáo", "a reason is required to return a report")
    if not choices:
        raise InvalidInput("Chưa chọn báo cáo nào", "no report chosen")
    outcomes = []
    for choice in choices:
        record = session.get(KINDS[choice.kind], choice.id)
        subject = ""
        try:
            if record is None or (province and _plan_of(session, record).province != province):
                raise NotFound("báo cáo")
            subject = _subject(session, record)
            if choice.revision is not None and record.revision != choice.revision:
                # checked before the workflow's own checks: a report a colleague approved meanwhile is
                # stale, which says more to the reviewer than "cannot approve an approved report"
                raise Conflict(record.revision)
            reports.decide(session, user, record, action, comment, choice.revision)
            outcomes.append(Outcome(choice, True, False, f"Đã {ACTIONS[action].lower()}", subject))
        except Conflict:
            outcomes.append(Outcome(choice, False, True, "Đã có người khác xử lý hoặc sửa báo cáo này trong lúc "
                                    "anh/chị xem; chưa thay đổi gì, hãy xem lại", subject))
        except (InvalidInput, NotFound) as refused:
            outcomes.append(Outcome(choice, False, False, refused.vi, subject))
    return outcomes
