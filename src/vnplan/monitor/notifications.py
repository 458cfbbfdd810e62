"""Notices to the people concerned, in the app and by e-mail.

A report's (or target actual's) agency hears when the planning department returns or
reopens it, with the reason, or approves it: the notice is written in the decision's own transaction.
An agency hears when a reporting period opens, when its due date is `days` away and when
it has passed without every report in: these are written by `produce`, which `vnplan remind`
runs from cron and the notifications page runs for its reader. Every notice names its event
in `key`, unique per person, so producing twice the same day writes nothing new.

E-mail is sent by `deliver`, after the notices are committed and apart from the action
that wrote them: a mail server that is down or slow never undoes or holds up a decision,
and the notice stays in the app whatever happens to the message. A person gets e-mail when
they have an address, have not switched it off, and SMTP is configured.
"""
from __future__ import annotations

import logging
import smtplib
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..register.agencies import current, predecessors
from ..register.db import Database
from ..register.models import Agency, Notification, Plan, PlanVersion, ProgressReport, Target, Task, TrackedTask, User
from .calendar import agency_text, due_items, report_title
from .dashboard import PeriodDuty
from .formatting import format_date, format_datetime, shorten, today_local
from .periods import quarter_of
from .reminders import sender, smtp_configured, smtp_connection

KINDS = {"returned": "Báo cáo bị trả lại", "approved": "Báo cáo đã được duyệt", "period_open": "Kỳ báo cáo đã mở",
         "due_soon": "Sắp đến hạn báo cáo", "overdue": "Quá hạn báo cáo"}
PERIOD_KINDS = ("period_open", "due_soon", "overdue")
DUE_SOON_DAYS = 7
SHOWN = 200  # the latest notices listed; older ones stay in the database
logger = logging.getLogger("vnplan.notifications")


def _write(session: Session, user: User, kind: str, key: str, link: str, text: str) -> Notification | None:
    """The notice, unless this person already has it (then None). One statement that skips a duplicate,
    so that two workers writing the same notice at once leave one and neither fails."""
    mail = "pending" if user.email and user.email_notices and smtp_configured() else "none"
    insert = {"postgresql": postgresql_insert, "sqlite": sqlite_insert}[session.get_bind().dialect.name]
    written = session.scalar(insert(Notification).values(user_id=user.id, kind=kind, key=key, link=link, text=text,
                                                         mail=mail, created_at=datetime.now(timezone.utc))
                             .on_conflict_do_nothing(index_elements=["user_id", "key"]).returning(Notification.id))
    return session.get(Notification, written) if written else None


def _focal_points(session: Session, agency_ids: set[int]) -> list[User]:
    return list(session.scalars(select(User).where(User.active.is_(True), User.role == "agency",
                                                   User.agency_id.in_(agency_ids)).order_by(User.id)))


# -- decisions ------------------------------------------------------------------------------------------

def about(session: Session, record) -> tuple[Plan, str, str, str]:
    """The plan, the words naming what a report or target actual is on, the page to open, the kind of record."""
    if isinstance(record, ProgressReport):
        task = session.scalar(select(Task).join(PlanVersion).where(Task.tracked_task_id == record.tracked_task_id,
                                                                   PlanVersion.is_current.is_(True)))
        if task is None:  # a task the plan's current version dropped: its report is still decided
            plan = session.get(Plan, session.get(TrackedTask, record.tracked_task_id).plan_id)
            return plan, "nhiệm vụ không còn trong kế hoạch hiện hành", f"/plans/{plan.id}", "report"
        plan = session.get(PlanVersion, task.version_id).plan
        return (plan, f"nhiệm vụ {task.path} «{shorten(task.text, 80)}»", f"/tasks/{task.id}?period={record.period}",
                "report")
    target = session.get(Target, record.target_id)
    plan = session.get(PlanVersion, target.version_id).plan
    return plan, f"chỉ tiêu «{shorten(target.indicator or target.text, 80)}»", f"/plans/{plan.id}#chi-tieu", "actual"


_DECISIONS = {"return": ("returned", "bị trả lại. Lý do: {}"), "reopen": ("returned", "được mở lại để bổ sung. Lý do: {}"),
              "approve": ("approved", "đã được duyệt.")}


def decided(session: Session, record, action: str) -> list[Notification]:
    """Tell the focal points of the agency a report or target actual belongs to (and of the body that holds
    its duties today) that it was returned or reopened, with the reason, or approved."""
    if action not in _DECISIONS or record.agency_id is None:
        return []
    plan, subject, link, entity = about(session, record)
    kind, outcome = _DECISIONS[action]
    text = f"{report_title(plan, record.period)}, {subject}: {outcome.format(record.comment)}"
    agency = session.get(Agency, record.agency_id)
    people = _focal_points(session, {agency.id, current(session, agency, today_local()).id})
    written = [_write(session, person, kind, f"{entity}:{record.id}:{record.revision}", link, text) for person in people]
    return [notice for notice in written if notice]


# -- reporting periods ----------------------------------------------------------------------------------

def _period_notices(item: PeriodDuty, today: date, days: int) -> list[tuple[str, str]]:
    """(kind, text) of what a due item calls for today."""
    due, title, who = item.period.due, report_title(item.plan, item.period.key), agency_text(item)
    sent = f"đã gửi {item.received}/{item.tasks} báo cáo"
    out = []
    if item.period.start <= today <= due:
        out.append(("period_open", f"{title} ({who}): kỳ báo cáo đã mở, hạn gửi {format_date(due)}."))
    if today <= due <= today + timedelta(days=days):
        out.append(("due_soon", f"{title} ({who}): sắp đến hạn {format_date(due)}, {sent}."))
    if due < today:
        out.append(("overdue", f"{title} ({who}): quá hạn từ {format_date(due)}, {sent}."))
    return out


def produce(session: Session, days: int = DUE_SOON_DAYS, today: date | None = None,
            user: User | None = None) -> list[Notification]:
    """Write today's period-opened, due-soon and overdue notices for every focal point (or for `user` alone),
    each once: what was written before is not written again. Returns the new notices."""
    today = today or today_local()
    people = select(User).where(User.active.is_(True), User.role == "agency", User.agency_id.is_not(None))
    if user is not None:
        people = people.where(User.id == user.id)
    by_agency: dict[int, list[User]] = {}
    for person in session.scalars(people.order_by(User.id)):
        by_agency.setdefault(person.agency_id, []).append(person)
    if not by_agency:
        return []
    # what earlier runs wrote, read at once: a run that finds nothing new writes nothing
    written = set(session.execute(select(Notification.user_id, Notification.key).where(
        Notification.kind.in_(PERIOD_KINDS), Notification.user_id.in_(people.with_only_columns(User.id)))))
    agency_ids = {a.id for group in by_agency.values() for a in predecessors(session, group[0].agency)}
    created = []
    for item in due_items(session, today, agency_ids=agency_ids):
        if item.complete:
            continue
        concerned = by_agency.get(item.agency.id, [])
        if item.holder.id != item.agency.id:
            concerned = concerned + by_agency.get(item.holder.id, [])
        for kind, text in _period_notices(item, today, days):
            key = f"{kind}:{item.plan.id}:{item.period.key}:{item.agency.id}"
            for person in concerned:
                if (person.id, key) in written:
                    continue
                if notice := _write(session, person, kind, key, f"/report/{quarter_of(item.period.due)}", text):
                    created.append(notice)
    return created


# -- reading --------------------------------------------------------------------------------------------

def latest(session: Session, user: User, limit: int = SHOWN) -> list[Notification]:
    return list(session.scalars(select(Notification).where(Notification.user_id == user.id)
                                .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)))


def unread_count(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == user.id, Notification.read_at.is_(None))) or 0


def mark_read(notice: Notification) -> None:
    if notice.read_at is None:
        notice.read_at = datetime.now(timezone.utc)


def mark_all_read(session: Session, user: User) -> int:
    return session.execute(update(Notification).where(Notification.user_id == user.id, Notification.read_at.is_(None))
                           .values(read_at=datetime.now(timezone.utc))).rowcount


# -- e-mail ---------------------------------------------------------------------------------------------

def message(user: User, notices: list[Notification]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender()
    msg["To"] = user.email
    msg["Subject"] = (f"[vnplan] {KINDS[notices[0].kind]}" if len(notices) == 1
                      else f"[vnplan] {len(notices)} thông báo mới về báo cáo thực hiện kế hoạch")
    lines = [f"Kính gửi {user.display_name},", "", "Hệ thống theo dõi thực hiện kế hoạch có thông báo mới:", ""]
    lines += [f"- {format_datetime(n.created_at)} — {KINDS[n.kind]}: {n.text}" for n in notices]
    lines += ["", "Đề nghị đồng chí đăng nhập hệ thống (mục Thông báo) để xem chi tiết.",
              "Có thể tắt thông báo qua thư ở trang Tài khoản.", "", "Trân trọng."]
    msg.set_content("\n".join(lines))
    return msg


def _claim(session: Session) -> list[Notification]:
    """The notices waiting for e-mail, each claimed by this sender alone (another worker gets the others)."""
    waiting = session.scalars(select(Notification.id).where(Notification.mail == "pending")
                              .order_by(Notification.id)).all()
    claimed = [key for key in waiting if session.execute(
        update(Notification).where(Notification.id == key, Notification.mail == "pending").values(mail="sending")
        .execution_options(synchronize_session=False)).rowcount == 1]
    session.commit()
    return list(session.scalars(select(Notification).where(Notification.id.in_(claimed)).order_by(Notification.id)))


def deliver(db: Database) -> tuple[int, int]:
    """E-mail the notices waiting for it, one message per person: (messages sent, messages failed).

    Never raises: a failure is logged, the notices are marked `failed` (not retried, so that a
    broken address is not written to every day) and stay in the app."""
    with db.session() as session:
        notices = _claim(session)
        by_person: dict[int, list[Notification]] = {}
        for notice in notices:
            by_person.setdefault(notice.user_id, []).append(notice)
        sent = 0
        try:
            with smtp_connection() as smtp:
                for mine in by_person.values():
                    try:
                        smtp.send_message(message(mine[0].user, mine))
                    except smtplib.SMTPRecipientsRefused:
                        logger.warning("notices not mailed: %s refused", mine[0].user.email)
                        continue
                    for notice in mine:
                        notice.mail = "sent"
                    sent += 1
        except (OSError, smtplib.SMTPException, RuntimeError):
            logger.exception("notices not mailed: the SMTP server could not be reached")
        failed = {n.user_id for n in notices if n.mail == "sending"}
        for notice in notices:
            if notice.mail == "sending":
                notice.mail = "failed"
        session.commit()
    return sent, len(failed)
