"""Task status in the four states of the national task-tracking system.

hoàn thành đúng hạn / hoàn thành quá hạn / chưa hoàn thành trong hạn / chưa
hoàn thành quá hạn: computed from the task's deadline (or, without one, the end
of its plan's period) and its lead's approved reports (a task is done when such a
report says 100 % or "hoàn thành"; it was done on the day that report names, else the day it was submitted).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..register.models import Plan, ProgressReport
from .formatting import today_local
from .periods import plan_end

DONE_ON_TIME = "hoan_thanh_dung_han"
DONE_LATE = "hoan_thanh_qua_han"
OPEN_IN_TIME = "chua_hoan_thanh_trong_han"
OPEN_OVERDUE = "chua_hoan_thanh_qua_han"
STATES = {
    DONE_ON_TIME: "Hoàn thành đúng hạn",
    DONE_LATE: "Hoàn thành quá hạn",
    OPEN_IN_TIME: "Chưa hoàn thành, trong hạn",
    OPEN_OVERDUE: "Chưa hoàn thành, quá hạn",
}
# The states of a progress report or of a target's figures, as every page names them.
REPORT_STATUSES = {"draft": "Bản nháp", "submitted": "Đã gửi", "approved": "Đã duyệt", "returned": "Bị trả lại"}
FINISHED = (DONE_ON_TIME, DONE_LATE)


def finished(states) -> int:
    """How many of the tasks counted by state (a Counter of `STATES` keys) are done, on time or late."""
    return sum(states.get(state, 0) for state in FINISHED)


DONE = "hoan_thanh"  # the progress label of a task its body reports done
PROGRESS_LABELS = {
    "chua_trien_khai": "Chưa triển khai",
    "dang_trien_khai": "Đang triển khai",
    DONE: "Hoàn thành",
    "khong_thuc_hien_duoc": "Không thực hiện được",
}


@dataclass
class TaskStatus:
    state: str
    deadline: date | None
    completed_on: date | None
    percent: int | None
    label: str | None  # the agency's own progress label from its latest report

    @property
    def state_label(self) -> str:
        return STATES[self.state]


def effective_deadline(deadline: date | None, plan: Plan, today: date | None = None, end: date | None = None) -> date:
    """The task's own (corrected) deadline, else the end of its plan (`end`, when the caller has it already)."""
    return deadline or end or plan_end(plan, today)


def classify(deadline: date, completed_on: date | None, today: date) -> str:
    """One of the four states, from the deadline and the day the task was done (None: not done)."""
    if completed_on is not None:
        return DONE_ON_TIME if completed_on <= deadline else DONE_LATE
    return OPEN_IN_TIME if today <= deadline else OPEN_OVERDUE


def task_status(deadline: date | None, plan: Plan, reports: list[ProgressReport], today: date | None = None,
                end: date | None = None, leads: list[int] | None = None) -> TaskStatus:
    """The state of a task with this deadline (as corrected: see `register.corrected`) and these reports.

    Only the reports of its `leads` (as corrected) say how far the task is: a coordinating body that reports its own
    part done has not completed the task. Only approved ones are counted, and the label shown beside the state is the
    latest approved one's, since every reader of the task sees it and a draft or an unreviewed report is not theirs
    to read."""
    today = today or today_local()
    deadline = effective_deadline(deadline, plan, today, end)
    approved = sorted(approved_of_leads(reports, leads), key=lambda r: (r.submitted_at or r.updated_at))
    done = next((r for r in approved if (r.percent or 0) >= 100 or r.progress_label == DONE), None)
    latest = max(approved, key=lambda r: r.updated_at, default=None)
    percent = max((r.percent or 0 for r in approved), default=None)
    if done:
        completed_on = done.completed_on or (done.submitted_at or done.updated_at).date()
        return TaskStatus(classify(deadline, completed_on, today), deadline, completed_on, 100, DONE)
    return TaskStatus(classify(deadline, None, today), deadline, None, percent, latest.progress_label if latest else None)


def approved_of_leads(reports: list[ProgressReport], leads: list[int] | None) -> list[ProgressReport]:
    """The reports that say how far a task is, on every page and in every official report: approved ones, of its
    `leads` (a report of no body, kept from before reports were per body, counts as one)."""
    return [r for r in reports if r.status == "approved" and (leads is None or r.agency_id is None or r.agency_id in leads)]
