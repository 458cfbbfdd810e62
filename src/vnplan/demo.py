"""A living demonstration: three sample plans of Hà Tĩnh dated around today, accounts for several agencies, and
reports in every state of the workflow (approved on time and late, returned with a reason, sent and waiting,
a draft, missing) with some target figures — what the planning department meets on a real Monday.

The plans are templates (`samples/demo-*.txt.tmpl`) whose years follow today's: issued last year, covering
this year (and the next). Seeding is idempotent: a plan already in the register is not added again, an
account that exists is left as it is, and a report or figure already made for its task and period is kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from string import Template

from sqlalchemy import select
from sqlalchemy.orm import Session

from .monitor import corrections, reports, users
from .monitor.formatting import TIMEZONE, today_local
from .monitor.periods import Period, periods_for
from .register import Database, ingest
from .register import agencies as registry
from .register.models import Plan, PlanVersion, ProgressReport, Target, TargetActual, Task, User

SAMPLES = Path(__file__).parent / "samples"
PROVINCE = "Hà Tĩnh"
PASSWORD = "vnplan-demo"  # every demo account's; the demo data are not for real use


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    name: str
    agency: str | None = None


ACCOUNTS = (
    Account("demo-admin", "admin", "Quản trị hệ thống (demo)"),
    Account("demo-stc", "planning", "Phòng Tổng hợp, Sở Tài chính (demo)"),
    Account("demo-lanhdao", "leader", "Lãnh đạo UBND tỉnh (demo)"),
    Account("demo-khcn", "agency", "Cán bộ đầu mối Sở Khoa học và Công nghệ (demo)", "Sở Khoa học và Công nghệ"),
    Account("demo-noivu", "agency", "Cán bộ đầu mối Sở Nội vụ (demo)", "Sở Nội vụ"),
    Account("demo-yte", "agency", "Cán bộ đầu mối Sở Y tế (demo)", "Sở Y tế"),
    Account("demo-nnmt", "agency", "Cán bộ đầu mối Sở Nông nghiệp và Môi trường (demo)", "Sở Nông nghiệp và Môi trường"),
    Account("demo-gddt", "agency", "Cán bộ đầu mối Sở Giáo dục và Đào tạo (demo)", "Sở Giáo dục và Đào tạo"),
    Account("demo-xd", "agency", "Cán bộ đầu mối Sở Xây dựng (demo)", "Sở Xây dựng"),
)
REVIEWER = "demo-stc"

# The plans by number, and what their agencies have reported. `due` is the plan's latest period already due,
# `next` its first period still to come.
CHUYEN_DOI_SO, NUOC_SACH, Y_TE = "245/KH-UBND", "262/KH-UBND", "278/KH-UBND"


@dataclass(frozen=True)
class Seed:
    plan: str
    task: str  # its path in the plan
    username: str
    period: str  # due | next
    state: str  # approved-on-time | approved-late | returned | submitted | draft
    percent: int
    result: str
    comment: str = ""  # the planning department's reason, for a return


SEEDS = (
    Seed(CHUYEN_DOI_SO, "II.1", "demo-khcn", "due", "approved-on-time", 70,
         "Đã kết nối dữ liệu của 14/19 sở, ngành với Trung tâm điều hành thông minh; đang thử nghiệm bảng điều hành."),
    Seed(CHUYEN_DOI_SO, "II.2", "demo-khcn", "due", "approved-late", 100,
         "Đã phê duyệt hồ sơ đề xuất cấp độ cho 6/6 hệ thống thông tin dùng chung của tỉnh."),
    Seed(CHUYEN_DOI_SO, "II.4", "demo-noivu", "due", "returned", 40,
         "Đã tổ chức 03 lớp bồi dưỡng kỹ năng số.",
         "Đề nghị bổ sung số cán bộ, công chức đã được bồi dưỡng, chia theo cấp tỉnh và cấp xã."),
    Seed(CHUYEN_DOI_SO, "II.6", "demo-gddt", "due", "submitted", 55,
         "45/58 trường trung học phổ thông đã dùng sổ điểm điện tử; học bạ số đang thí điểm tại 12 trường."),
    Seed(CHUYEN_DOI_SO, "II.1", "demo-khcn", "next", "draft", 80,
         "Dự kiến hoàn thành kết nối dữ liệu của các sở, ngành còn lại."),
    Seed(Y_TE, "II.1", "demo-yte", "due", "approved-on-time", 85,
         "Đã bố trí bác sĩ cho 180/209 trạm y tế xã, phường; tiếp tục luân phiên bác sĩ tuyến tỉnh về cơ sở."),
    Seed(Y_TE, "II.4", "demo-xd", "due", "submitted", 60,
         "Đã thẩm định thiết kế cải tạo 24/40 trạm y tế xuống cấp."),
    Seed(NUOC_SACH, "II.2", "demo-nnmt", "next", "draft", 50,
         "Đang nâng cấp 7 công trình cấp nước tập trung."),
)


@dataclass(frozen=True)
class Figure:
    plan: str
    task: str  # the task the target sits in
    username: str
    value: float
    approved: bool


FIGURES = (
    Figure(Y_TE, "II.1", "demo-yte", 86.1, True),
    Figure(Y_TE, "II.2", "demo-yte", 71.5, False),
    Figure(NUOC_SACH, "II.3", "demo-yte", 100, True),
)


def render_plans(folder: Path, today: date | None = None) -> list[Path]:
    """The sample plans with today's years written in, as text files in `folder`."""
    today = today or today_local()
    years = {"nam_truoc": today.year - 1, "nam_nay": today.year, "nam_sau": today.year + 1}
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for template in sorted(SAMPLES.glob("demo-*.txt.tmpl")):
        path = folder / template.name.removesuffix(".tmpl")
        path.write_text(Template(template.read_text(encoding="utf-8")).substitute(years), encoding="utf-8")
        written.append(path)
    return written


def _accounts(session: Session) -> dict[str, User]:
    out = {}
    for account in ACCOUNTS:
        user = session.scalar(select(User).where(User.username == account.username))
        if user is None:
            agency = registry.find(session, account.agency, PROVINCE)[0] if account.agency else None
            user = users.create_user(session, account.username, PASSWORD, account.role, account.name, agency,
                                     PROVINCE, email=f"{account.username}@example.vn", actor="demo")
        out[account.username] = user
    return out


def _plan(session: Session, number: str) -> Plan:
    return session.scalar(select(Plan).where(Plan.number == number, Plan.province == PROVINCE))


def _task(session: Session, plan: Plan, path: str) -> Task:
    return session.scalar(select(Task).join(PlanVersion).where(PlanVersion.plan_id == plan.id,
                                                               PlanVersion.is_current.is_(True), Task.path == path))


def _period(periods: list[Period], which: str, today: date) -> Period:
    """The latest period already due, or the first still to come (the first period when none is due yet)."""
    due = [p for p in periods if p.due < today]
    coming = [p for p in periods if p.due >= today]
    if which == "due":
        return due[-1] if due else periods[0]
    return coming[0] if coming else periods[-1]


def _moment(day: date, hour: int, today: date) -> datetime:
    """A moment of `day` in Vietnam's time, never later than the start of today; in UTC, as moments are stored."""
    moment = min(datetime.combine(day, time(hour), tzinfo=TIMEZONE), datetime.combine(today, time.min, tzinfo=TIMEZONE))
    return moment.astimezone(timezone.utc)


def _made(session: Session, author: User, task: Task, period: Period) -> bool:
    return session.scalar(select(ProgressReport.id).where(
        ProgressReport.tracked_task_id == task.tracked_task_id, ProgressReport.period == period.key,
        ProgressReport.agency_id == reports.reporting_agency(session, author, task))) is not None


def _report(session: Session, people: dict[str, User], seed: Seed, today: date) -> None:
    plan = _plan(session, seed.plan)
    task, author = _task(session, plan, seed.task), people[seed.username]
    period = _period(periods_for(plan, today), seed.period, today)
    if _made(session, author, task, period):
        return
    # as if sent a few days before the due date, or four days after it for the late one (a task done, the day before)
    sent = _moment(period.due + timedelta(days=4 if seed.state == "approved-late" else -3), 9, today)
    # (never after the real today, which the register holds every completion day to, when the demo is dated later)
    done = {"progress_label": "hoan_thanh", "completed_on": min(sent.date() - timedelta(days=1), today_local())} \
        if seed.percent == 100 else {"progress_label": "dang_trien_khai"}
    report = reports.save_report(session, author, task, period.key, {
        "percent": seed.percent, "result": seed.result, **done}, submit=seed.state != "draft")
    if seed.state == "draft":
        return
    report.submitted_at = sent
    reviewer = people[REVIEWER]
    if seed.state.startswith("approved"):
        reports.approve(session, reviewer, report, report.revision)
    elif seed.state == "returned":
        reports.return_report(session, reviewer, report, seed.comment, report.revision)


def _history(session: Session, people: dict[str, User], today: date) -> None:
    """The periods before the latest due one, reported on time and approved by every agency that has an account
    (the agencies without one have missed them)."""
    focal_points = {user.agency_id: user for user in people.values() if user.role == "agency"}
    for number in (CHUYEN_DOI_SO, NUOC_SACH, Y_TE):
        plan = _plan(session, number)
        earlier = [p for p in periods_for(plan, today) if p.due < today][:-1]
        tasks = session.scalars(select(Task).join(PlanVersion).where(
            PlanVersion.plan_id == plan.id, PlanVersion.is_current.is_(True)).order_by(Task.position)).all()
        for task in tasks:
            author = next((focal_points[a] for a in corrections.task_values(session, task)["lead_ids"]
                           if a in focal_points), None)
            for period in earlier if author else ():
                if not _made(session, author, task, period):
                    report = reports.save_report(session, author, task, period.key, {
                        "percent": 30, "progress_label": "dang_trien_khai",
                        "result": "Đã triển khai các nội dung theo tiến độ của kỳ."}, submit=True)
                    report.submitted_at = _moment(period.due - timedelta(days=2), 10, today)
                    reports.approve(session, people[REVIEWER], report, report.revision)


def _figure(session: Session, people: dict[str, User], figure: Figure, today: date) -> None:
    plan = _plan(session, figure.plan)
    target = session.scalar(select(Target).join(PlanVersion).where(
        PlanVersion.plan_id == plan.id, PlanVersion.is_current.is_(True), Target.task_path == figure.task))
    period = _period(periods_for(plan, today), "due", today)
    if session.scalar(select(TargetActual).where(TargetActual.target_id == target.id, TargetActual.period == period.key)):
        return
    actual = reports.save_actual(session, people[figure.username], target, period.key, figure.value, submit=True)
    if figure.approved:
        reports.approve(session, people[REVIEWER], actual, actual.revision)


def seed(db: Database, folder: Path, today: date | None = None) -> list[Path]:
    """Load the sample plans (rendered into `folder`), make the demo accounts and their reports; returns the plans' files."""
    today = today or today_local()
    files = render_plans(folder, today)
    failed = [r for r in ingest(db, files) if r.status == "error"]
    if failed:
        raise RuntimeError(f"{failed[0].file}: {failed[0].message}")
    with db.session() as session, session.begin():
        people = _accounts(session)
        _history(session, people, today)
        for item in SEEDS:
            _report(session, people, item, today)
        for figure in FIGURES:
            _figure(session, people, figure, today)
    return files
