"""Progress reports and target actuals: draft -> submitted -> approved / returned (-> reopened).

Every change writes the whole new state to `ReportRevision`; an update names
the revision it started from and is applied with a compare-and-set, so of two
people saving the same report one succeeds and the other gets a `Conflict` with
nothing lost; a save that names no revision only ever creates. Approved reports
are locked; only the planning department can reopen one. Who may take each step
is decided in `access`; every step is in the audit log, and a return or an approval
notifies the agency (`notifications`).
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..containers import zip_problem
from ..register.audit import record
from ..register.models import (Attachment, Plan, PlanVersion, ProgressReport, ReportRevision, Target, TargetActual,
                               Task, User)
from . import access, corrections, inputs, notifications
from .errors import Conflict, InvalidInput, NotFound, PermissionDenied
from .periods import period_by_key
from .formatting import parse_date, today_local
from .status import DONE, PROGRESS_LABELS

EDITABLE = ("draft", "returned")
ALLOWED_ATTACHMENTS = {  # extension -> (content type, magic bytes at the start)
    "pdf": ("application/pdf", (b"%PDF",)),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    "doc": ("application/msword", (b"\xd0\xcf\x11\xe0",)),
    "xls": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "png": ("image/png", (b"\x89PNG",)),
}
MAX_ATTACHMENT = 20 * 1024 * 1024
MAX_REPORT_TEXT = 20000


def _now() -> datetime:
    return datetime.now(timezone.utc)


# -- who may do what (decided in `access`) -------------------------------------------------------

def reporting_agency(session: Session, user: User, task: Task) -> int | None:
    """The agency a user reports for on this task (the lead when the planning department writes)."""
    if user.role == "agency":
        return user.agency_id
    leads = corrections.task_values(session, task)["lead_ids"]
    return leads[0] if leads else None


# -- revisions -------------------------------------------------------------------------------------

_REPORT_FIELDS = ("percent", "progress_label", "result", "difficulties", "proposals", "completed_on", "status", "comment")
_ACTUAL_FIELDS = ("value", "note", "status", "comment")


def _fields(obj) -> dict:
    return {f: getattr(obj, f) for f in (_REPORT_FIELDS if isinstance(obj, ProgressReport) else _ACTUAL_FIELDS)}


def fields_at(session: Session, obj, revision: int) -> dict | None:
    """A report's (or target actual's) fields as they were at `revision` (its history keeps each; dates as ISO
    text there), None for a revision it never had."""
    if revision == obj.revision:
        return _fields(obj)
    entity = "report" if isinstance(obj, ProgressReport) else "target_actual"
    found = session.scalar(select(ReportRevision.snapshot_json).where(
        ReportRevision.entity == entity, ReportRevision.entity_id == obj.id, ReportRevision.revision == revision))
    return json.loads(found) if found else None


def _snapshot(session: Session, entity: str, obj, action: str, actor: User) -> None:
    data = _fields(obj) | {"period": obj.period}
    session.add(ReportRevision(entity=entity, entity_id=obj.id, revision=obj.revision, action=action,
                               snapshot_json=json.dumps(data, ensure_ascii=False, default=str), actor_id=actor.id))


def _require_revision(obj, expected: int | None) -> None:
    """Every change of an existing record names the revision it was based on: a save without one is a
    second creation (a form sent twice, two colleagues starting the same report) and must not overwrite."""
    if expected is None:
        raise Conflict(obj.revision)


def _compare_and_set(session: Session, obj, expected: int | None, values: dict) -> None:
    """Apply `values` only if the row is still at revision `expected`; else Conflict."""
    model = type(obj)
    if expected is not None and expected != obj.revision:
        raise Conflict(obj.revision)
    at = obj.revision
    values = values | {"revision": at + 1}
    if hasattr(obj, "updated_at"):
        values["updated_at"] = _now()
    result = session.execute(update(model).where(model.id == obj.id, model.revision == at).values(**values)
                             .execution_options(synchronize_session=False))
    if result.rowcount != 1:  # changed between our read and this write; the caller's transaction rolls back
        raise Conflict(at + 1)
    session.refresh(obj)


def history(session: Session, entity: str, entity_id: int) -> list[ReportRevision]:
    return list(session.scalars(select(ReportRevision).where(ReportRevision.entity == entity,
                                                             ReportRevision.entity_id == entity_id)
                                .order_by(ReportRevision.revision)))


# -- progress reports ------------------------------------------------------------------------------

def plan_of_task(session: Session, task: Task) -> Plan:
    return session.get(PlanVersion, task.version_id).plan


def reports_for(session: Session, task: Task) -> list[ProgressReport]:
    return list(session.scalars(select(ProgressReport).where(ProgressReport.tracked_task_id == task.tracked_task_id)
                                .order_by(ProgressReport.period, ProgressReport.id)))


NO_COMPLETION_DAY = ("Nhiệm vụ đã hoàn thành: hãy ghi ngày hoàn thành (dd/mm/yyyy)",
                     "a completed task needs its completion date")
PERCENT_REFUSED = "Tỷ lệ hoàn thành là một số nguyên từ 0 đến 100, ví dụ 60 hoặc 60% (không ghi phần thập phân)"


def _validate(fields: dict) -> dict:
    clean = {}
    if "percent" in fields and fields["percent"] not in (None, ""):
        typed = fields["percent"]
        try:  # "60" or "60%", as people write a share
            percent = int(typed.strip().removesuffix("%").strip() if isinstance(typed, str) else typed)
        except (TypeError, ValueError):
            raise InvalidInput(PERCENT_REFUSED, "percent must be a whole number from 0 to 100") from None
        if not 0 <= percent <= 100:
            raise InvalidInput(PERCENT_REFUSED, "percent must be a whole number from 0 to 100")
        clean["percent"] = percent
    label = fields.get("progress_label")
    if label:
        if label not in PROGRESS_LABELS:
            raise InvalidInput(f"Tình trạng không hợp lệ: {label}", f"unknown progress label: {label}")
        clean["progress_label"] = label
    for name, what in (("result", "Kết quả"), ("difficulties", "Khó khăn, vướng mắc"), ("proposals", "Kiến nghị")):
        if name in fields and fields[name] is not None:
            clean[name] = inputs.text(str(fields[name]), what, MAX_REPORT_TEXT)
    if "completed_on" in fields or label == DONE:
        clean["completed_on"] = _completion_day(label, clean.get("percent"), fields.get("completed_on"))
    return clean


def _completion_day(label: str | None, percent: int | None, typed) -> date | None:
    """The day a task was done, which (not the day of approval) decides whether it was done on time: required with
    "hoàn thành", none otherwise; never after today, and "hoàn thành" goes with no percentage below 100."""
    day = typed if isinstance(typed, date) else parse_date(str(typed or ""))  # a day mistyped is said so, always
    if label != DONE:
        if day is not None:
            raise InvalidInput("Ngày hoàn thành chỉ ghi khi tình trạng là «Hoàn thành»",
                               "a completion date goes with the status 'hoàn thành' only")
        return None
    if percent is not None and percent < 100:
        raise InvalidInput("Nhiệm vụ đã hoàn thành thì tỷ lệ hoàn thành là 100% (hoặc để trống)",
                           "a completed task is 100% done (or leave the percentage empty)")
    if day is None:
        raise InvalidInput(*NO_COMPLETION_DAY)
    if day > today_local():
        raise InvalidInput("Ngày hoàn thành không thể sau hôm nay", "the completion date cannot be in the future")
    return day


def require_content(label: str | None, percent, result: str | None) -> None:
    """What a line of the period report must say to be a report: its status, and a percentage or a result."""
    if label not in PROGRESS_LABELS:
        raise InvalidInput("Hãy chọn tình trạng thực hiện", "choose a progress status")
    _require_percent_or_result(percent, result)


def _require_percent_or_result(percent, result: str | None) -> None:
    if percent in (None, "") and not (result or "").strip():
        raise InvalidInput("Hãy ghi tỷ lệ hoàn thành hoặc kết quả thực hiện", "give a percentage or a result")


def _require_complete(report: ProgressReport) -> None:
    """What a report must say before it is sent, whichever page or call sends it: something done (a percentage or a
    result), and the day of completion of a task it reports done."""
    _require_percent_or_result(report.percent, report.result)
    if report.progress_label == DONE and report.completed_on is None:
        raise InvalidInput(*NO_COMPLETION_DAY)


def save_report(session: Session, user: User, task: Task, period: str, fields: dict,
                expected_revision: int | None = None, submit: bool = False) -> ProgressReport:
    """Create or update the user's agency's report on `task` for `period`; optionally submit it."""
    access.require(session, user, "write", task)
    plan = plan_of_task(session, task)
    if period_by_key(plan, period) is None:
        raise InvalidInput(f"Kỳ báo cáo không có trong kế hoạch: {period[:40]}", "no such reporting period")
    values = _validate(fields)
    agency_id = reporting_agency(session, user, task)
    report = session.scalar(select(ProgressReport).where(ProgressReport.tracked_task_id == task.tracked_task_id,
                                                         ProgressReport.period == period,
                                                         ProgressReport.agency_id == agency_id))
    if report is None:
        if expected_revision not in (None, 0):
            raise Conflict(0)
        report = ProgressReport(tracked_task_id=task.tracked_task_id, agency_id=agency_id, period=period,
                                author_id=user.id, **values)
        session.add(report)
        try:
            session.flush()
        except IntegrityError:  # created at the same moment by a colleague
            raise Conflict(1) from None
        _snapshot(session, "report", report, "create", user)
    else:
        access.require(session, user, "write", report)
        if report.status not in EDITABLE:
            raise InvalidInput("Báo cáo đã gửi hoặc đã duyệt nên không sửa được; cần Sở Tài chính trả lại hoặc mở lại",
                               "the report was submitted or approved and is locked")
        _require_revision(report, expected_revision)
        _compare_and_set(session, report, expected_revision, values | {"author_id": user.id})
        _snapshot(session, "report", report, "update", user)
    if submit:
        _transition(session, user, report, "submit", report.revision)
    return report


# each step: the states it starts from, the state it leads to, the permission it needs
_STEPS = {"submit": (EDITABLE, "submitted", "submit"), "approve": (("submitted",), "approved", "review"),
          "return": (("submitted",), "returned", "review"), "reopen": (("approved",), "returned", "reopen")}


def _transition(session: Session, user: User, report, action: str, expected_revision: int | None, comment: str = ""):
    entity = "report" if isinstance(report, ProgressReport) else "target_actual"
    allowed, target, permission = _STEPS[action]
    access.require(session, user, permission, report)
    if action == "submit" and entity == "report":
        _require_complete(report)
    if report.status not in allowed:
        raise InvalidInput(f"Không thể {'gửi' if action == 'submit' else 'xử lý'} báo cáo ở trạng thái «{report.status}»",
                           f"cannot {action} a report that is {report.status}")
    values: dict = {"status": target}
    if action == "submit":
        values["submitted_at"] = _now()
    else:
        values["comment"] = comment
        if isinstance(report, ProgressReport):
            values["decided_at"] = _now()
    comment = inputs.text(comment, "Ý kiến", inputs.MAX_NOTE)
    if action in ("return", "reopen") and not comment.strip():
        raise InvalidInput("Hãy ghi lý do trả lại / mở lại báo cáo", "a comment is required")
    before = {"status": report.status, "revision": report.revision}
    _compare_and_set(session, report, expected_revision, values)
    _snapshot(session, entity, report, action, user)
    record(session, f"{entity}.{action}", entity, report.id, before,
           {"status": target, "revision": report.revision, "comment": comment}, user.username)
    notifications.decided(session, report, action)
    return report


def submit(session: Session, user: User, report, expected_revision: int | None = None):
    return _transition(session, user, report, "submit", expected_revision)


def withdraw(session: Session, user: User, report: ProgressReport | TargetActual,
             expected_revision: int | None = None) -> None:
    """A submitted report (or target's figure) not yet reviewed goes back to draft, to be corrected and sent again."""
    if report.agency_id not in access.user_agency_ids(session, user):
        raise PermissionDenied("Chỉ rút lại được báo cáo của cơ quan mình", "only your agency's reports can be withdrawn")
    if report.status != "submitted":
        raise InvalidInput("Chỉ rút lại được báo cáo đã gửi mà chưa được xem xét",
                           "only a submitted report not yet reviewed can be withdrawn")
    _compare_and_set(session, report, expected_revision, {"status": "draft", "submitted_at": None})
    _snapshot(session, "report" if isinstance(report, ProgressReport) else "target_actual", report, "withdraw", user)


def approve(session: Session, user: User, report, expected_revision: int | None = None):
    return _transition(session, user, report, "approve", expected_revision)


def return_report(session: Session, user: User, report, comment: str, expected_revision: int | None = None):
    return _transition(session, user, report, "return", expected_revision, comment)


def reopen(session: Session, user: User, report, comment: str, expected_revision: int | None = None):
    return _transition(session, user, report, "reopen", expected_revision, comment)


def decide(session: Session, user: User, record, action: str, comment: str = "", expected_revision: int | None = None):
    """One step of the workflow on a report or a target actual, by name: submit, approve, return, reopen."""
    if action not in _STEPS:
        raise NotFound(f"thao tác {action}")
    return _transition(session, user, record, action, expected_revision, comment)


def task_of_report(session: Session, report: ProgressReport) -> Task:
    task = session.scalar(select(Task).join(PlanVersion).where(Task.tracked_task_id == report.tracked_task_id,
                                                               PlanVersion.is_current.is_(True)))
    if task is None:
        raise NotFound("nhiệm vụ")
    return task


# -- attachments -----------------------------------------------------------------------------------

def add_attachment(session: Session, user: User, report: ProgressReport, filename: str, content: bytes,
                   data_dir: Path) -> Attachment:
    access.require(session, user, "write", report)
    if report.status not in EDITABLE:
        raise InvalidInput("Báo cáo đã gửi hoặc đã duyệt, không đính kèm thêm được", "the report is locked")
    extension = Path(filename).suffix.lower().lstrip(".")
    allowed = ALLOWED_ATTACHMENTS.get(extension)
    if allowed is None:
        raise InvalidInput(f"Loại tệp không được phép: .{extension} (chỉ nhận PDF, Word, Excel, JPG, PNG)",
                           f"file type not allowed: .{extension}")
    if len(content) > MAX_ATTACHMENT:
        raise InvalidInput("Tệp đính kèm quá lớn (tối đa 20 MB)", "attachment too large (20 MB at most)")
    content_type, magics = allowed
    if not content.startswith(magics):
        raise InvalidInput(f"Nội dung tệp không đúng định dạng .{extension}", f"the file is not a real .{extension}")
    if problem := _container_problem(extension, content):
        raise InvalidInput(f"Tệp .{extension} không nhận được: {problem[0]}", f"the .{extension} file is refused: {problem[1]}")
    digest = hashlib.sha256(content).hexdigest()
    path = attachment_path(data_dir, digest)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        tmp = path.with_suffix(".part")
        tmp.write_bytes(content)
        tmp.replace(path)
    name = Path(filename).name[:255] or f"tep.{extension}"
    attachment = Attachment(report_id=report.id, filename=name, content_type=content_type, size=len(content),
                            sha256=digest, uploaded_by=user.id)
    session.add(attachment)
    session.flush()
    return attachment


# what a real file of each kind holds, looked at by its container, not just its first bytes
_OFFICE_PARTS = {"docx": (("[Content_Types].xml", "word/document.xml"), ("word/vbaproject.bin",)),
                 "xlsx": (("[Content_Types].xml", "xl/workbook.xml"), ("xl/vbaproject.bin",))}
_OLE_MACROS = "_VBA_PROJECT".encode("utf-16-le")  # the macro storage of old Word and Excel files


def _container_problem(extension: str, content: bytes) -> tuple[str, str] | None:
    if extension in _OFFICE_PARTS:
        required, refused = _OFFICE_PARTS[extension]
        return zip_problem(content, required, refused)
    if extension in ("doc", "xls") and _OLE_MACROS in content:
        return "tệp chứa macro, không được phép", "macros are not allowed"
    if extension == "pdf" and b"%%EOF" not in content[-2048:]:
        return "tệp PDF không trọn vẹn", "the PDF is incomplete"
    if extension == "png" and content[12:16] != b"IHDR":
        return "tệp ảnh PNG hỏng", "broken PNG image"
    return None


def attachment_path(data_dir: Path, digest: str) -> Path:
    return Path(data_dir) / "attachments" / digest[:2] / digest


# -- target actuals --------------------------------------------------------------------------------

def save_actual(session: Session, user: User, target: Target, period: str, value: float | str | None, note: str = "",
                expected_revision: int | None = None, submit: bool = False) -> TargetActual:
    access.require(session, user, "write", target)
    if period_by_key(corrections.plan_of_version(session, target.version_id), period) is None:
        raise InvalidInput(f"Kỳ báo cáo không có trong kế hoạch: {period[:40]}", "no such reporting period")
    value = inputs.quantity(value, "Giá trị thực hiện")
    note = inputs.text(note, "Ghi chú", inputs.MAX_NOTE)
    actual = session.scalar(select(TargetActual).where(TargetActual.target_id == target.id,
                                                       TargetActual.period == period))
    if actual is None:
        actual = TargetActual(target_id=target.id, period=period, value=value, note=note, author_id=user.id,
                              agency_id=user.agency_id)
        session.add(actual)
        try:
            session.flush()
        except IntegrityError:
            raise Conflict(1) from None
        _snapshot(session, "target_actual", actual, "create", user)
    else:
        access.require(session, user, "write", actual)
        if actual.status not in EDITABLE:
            raise InvalidInput("Số liệu đã gửi hoặc đã duyệt nên không sửa được", "the actual is locked")
        _require_revision(actual, expected_revision)
        _compare_and_set(session, actual, expected_revision, {"value": value, "note": note, "author_id": user.id})
        _snapshot(session, "target_actual", actual, "update", user)
    if submit:
        _transition(session, user, actual, "submit", actual.revision)
    return actual


def open_actuals(session: Session, target_ids: list[int]) -> dict[int, list[TargetActual]]:
    """The actuals still being written (drafts, or returned for a fix) of these targets."""
    out: dict[int, list[TargetActual]] = {}
    if target_ids:
        for actual in session.scalars(select(TargetActual).where(TargetActual.target_id.in_(target_ids),
                                                                 TargetActual.status.in_(EDITABLE))
                                      .order_by(TargetActual.period)):
            out.setdefault(actual.target_id, []).append(actual)
    return out
