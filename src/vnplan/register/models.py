"""The register's tables (SQLAlchemy 2 declarative models).

A *plan* is the logical document; each *source document* is one file that was
ingested (kept with its hash and provenance); a plan has *versions*, and a
version holds the outline, tasks, targets, references and reporting duties of
its most complete source. A *tracked task* is a task's identity across versions,
so that progress reports stay attached when a plan is re-issued.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, true)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="agency")  # agency | collective
    resolved: Mapped[bool] = mapped_column(Boolean, default=True)
    doubtful_of_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    successor_on: Mapped[date | None] = mapped_column(Date)
    aliases: Mapped[list[AgencyAlias]] = relationship(back_populates="agency", cascade="all, delete-orphan")
    successor: Mapped[Agency | None] = relationship(foreign_keys=[successor_id], remote_side=[id])
    doubtful_of: Mapped[Agency | None] = relationship(foreign_keys=[doubtful_of_id], remote_side=[id])


class AgencyAlias(Base):
    __tablename__ = "agency_alias"
    __table_args__ = (UniqueConstraint("province", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    province: Mapped[str] = mapped_column(String(100))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300))
    agency: Mapped[Agency] = relationship(back_populates="aliases")


class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(80))
    number_key: Mapped[str | None] = mapped_column(String(80), index=True)
    type: Mapped[str | None] = mapped_column(String(60))
    issuer: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(100), index=True)
    issued_date: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    signer: Mapped[str | None] = mapped_column(String(120))
    signer_title: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    versions: Mapped[list[PlanVersion]] = relationship(back_populates="plan", order_by="PlanVersion.number",
                                                       cascade="all, delete-orphan")
    sources: Mapped[list[SourceDocument]] = relationship(back_populates="plan", order_by="SourceDocument.id")

    @property
    def current(self) -> PlanVersion:
        return self.versions[-1]


class PlanVersion(Base):
    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)  # the plan's latest version
    issued_date: Mapped[date | None] = mapped_column(Date)
    primary_source_id: Mapped[int | None] = mapped_column(Integer)  # the source its tasks come from
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    plan: Mapped[Plan] = relationship(back_populates="versions")
    tasks: Mapped[list[Task]] = relationship(back_populates="version", order_by="Task.position",
                                             cascade="all, delete-orphan")
    targets: Mapped[list[Target]] = relationship(cascade="all, delete-orphan", order_by="Target.id")
    references: Mapped[list[Reference]] = relationship(cascade="all, delete-orphan", order_by="Reference.id")
    reporting: Mapped[list[ReportingDuty]] = relationship(cascade="all, delete-orphan", order_by="ReportingDuty.id")
    outline: Mapped[list[OutlineNode]] = relationship(cascade="all, delete-orphan", order_by="OutlineNode.id")


class SourceDocument(Base):
    __tablename__ = "source_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    metadata_json: Mapped[str] = mapped_column(Text)  # the document fields as extracted from this source
    task_count: Mapped[int] = mapped_column(Integer)
    # normalised text, spans point into it; loaded only when read: a plan's page lists its sources
    text: Mapped[str] = mapped_column(Text, deferred=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    plan: Mapped[Plan] = relationship(back_populates="sources")


class OutlineNode(Base):
    __tablename__ = "outline_node"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class TrackedTask(Base):
    """A task's identity across the versions of its plan: reports attach here."""

    __tablename__ = "tracked_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    tracked_task_id: Mapped[int] = mapped_column(ForeignKey("tracked_task.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(60))
    section: Mapped[str | None] = mapped_column(Text)
    subsection: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text)  # diacritic-free text for search
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    coordinators_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    version: Mapped[PlanVersion] = relationship(back_populates="tasks")
    tracked: Mapped[TrackedTask] = relationship()
    agencies: Mapped[list[TaskAgency]] = relationship(cascade="all, delete-orphan", order_by="TaskAgency.id")


class TaskAgency(Base):
    __tablename__ = "task_agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    role: Mapped[str] = mapped_column(String(12))  # lead | coordinator
    written_name: Mapped[str] = mapped_column(String(300))
    agency: Mapped[Agency] = relationship()


class Target(Base):
    __tablename__ = "target"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    task_path: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text)
    min: Mapped[float | None] = mapped_column(Float)
    max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(80))
    year: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Reference(Base):
    __tablename__ = "reference"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(80))
    number_key: Mapped[str] = mapped_column(String(80), index=True)
    type: Mapped[str | None] = mapped_column(String(60))
    date: Mapped[date | None] = mapped_column(Date)
    in_title: Mapped[bool] = mapped_column(Boolean, default=False)  # the plan says it implements this document
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ReportingDuty(Base):
    __tablename__ = "reporting_duty"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"), index=True)
    reporter: Mapped[str | None] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(String(300))
    frequency: Mapped[str | None] = mapped_column(String(12))
    due: Mapped[str | None] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ProgressReport(Base):
    """An agency's report on a task for a period: draft -> submitted -> approved / returned.

    `revision` grows with every change; an update must name the revision it was
    based on, so two people editing one report get a conflict, not a lost update.
    Every revision is also kept whole in `ReportRevision`.
    """

    __tablename__ = "progress_report"
    __table_args__ = (UniqueConstraint("tracked_task_id", "period", "agency_id", name="uq_progress_report_task_period_agency"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    tracked_task_id: Mapped[int] = mapped_column(ForeignKey("tracked_task.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", name="fk_progress_report_agency"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    percent: Mapped[int | None] = mapped_column(Integer)
    progress_label: Mapped[str | None] = mapped_column(String(30))  # chua_trien_khai | dang_trien_khai | khong_thuc_hien_duoc | hoan_thanh
    result: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date)  # the day the work was done, when it says "hoàn thành"
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | submitted | approved | returned
    comment: Mapped[str] = mapped_column(Text, default="")  # the planning department's note when returning
    revision: Mapped[int] = mapped_column(Integer, default=1)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", name="fk_progress_report_author"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan", order_by="Attachment.id")


class ReportRevision(Base):
    """Every state a report or a target actual has been in, whole: nothing is ever overwritten."""

    __tablename__ = "report_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # report | target_actual
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    revision: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create | update | submit | approve | return | reopen
    snapshot_json: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Attachment(Base):
    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("progress_report.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TargetActual(Base):
    """The value a target reached in a period, reported by an agency, with the same workflow as reports."""

    __tablename__ = "target_actual"
    __table_args__ = (UniqueConstraint("target_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    period: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    comment: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Correction(Base):
    """A planning officer's correction of an extracted value, kept beside it (the extraction stays)."""

    __tablename__ = "correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # task | target
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    field: Mapped[str] = mapped_column(String(30))  # lead | coordinators | deadline | min | max | unit | year
    value_json: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PeriodCorrection(Base):
    """A reporting period of a plan added, removed or given another due date by the planning department.

    The periods derived from the plan's reporting duties stay as they are; the latest correction of a
    period (by its key) takes precedence wherever the periods are read.
    """

    __tablename__ = "period_correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # the period's key, as reports store it
    change: Mapped[str] = mapped_column(String(10))  # add | remove | due
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    due: Mapped[date | None] = mapped_column(Date)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class InboxCount(Base):
    """One change of the number of reports (or target actuals) of a plan in a status, written by the
    database's triggers (migration 0012) whenever a record is created, deleted or changes status; a count is
    the sum of its rows, and `monitor/inbox_counts.fold` merges a plan's rows of one status into one."""

    __tablename__ = "inbox_count"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # report | actual
    status: Mapped[str] = mapped_column(String(12))
    change: Mapped[int] = mapped_column(Integer)


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(12))  # admin | planning | agency | leader
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    province: Mapped[str | None] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # raised to end all sessions
    email_notices: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # notices also by e-mail
    feed_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # SHA-256 of the calendar feed's key
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    agency: Mapped[Agency | None] = relationship()


class Notification(Base):
    """A notice to one person: a report returned or approved, a period opened, a due date near or past.

    `key` names the event, one notice per event and person (the reminders can run twice);
    `mail` is none (not wanted or no address), pending, sending, sent or failed.
    """

    __tablename__ = "notification"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_notification_user_key"),
                      Index("ix_notification_user_read", "user_id", "read_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", name="fk_notification_user", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # returned | approved | period_open | due_soon | overdue
    key: Mapped[str] = mapped_column(String(200))
    link: Mapped[str] = mapped_column(String(300))  # the page of what it is about
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    mail: Mapped[str] = mapped_column(String(10), default="none", index=True)
    user: Mapped[User] = relationship()


class SignInThrottle(Base):
    """Failed sign-ins from one address in the current window; every worker reads the same rows."""

    __tablename__ = "sign_in_throttle"
    address: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    wait_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(120), default="cli")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)


Index("ix_reference_plan_lookup", Reference.number_key, Reference.version_id)
# the review inbox's lists, oldest first, and the rate tables' received reports (migration 0010)
Index("ix_progress_report_review", ProgressReport.status, ProgressReport.submitted_at, ProgressReport.id)
Index("ix_progress_report_returned", ProgressReport.status, ProgressReport.decided_at, ProgressReport.id)
Index("ix_progress_report_received", ProgressReport.tracked_task_id, ProgressReport.status, ProgressReport.period,
      ProgressReport.agency_id, ProgressReport.submitted_at, ProgressReport.id)
Index("ix_target_actual_review", TargetActual.status, TargetActual.submitted_at, TargetActual.id)
# the inbox: its counts, and a report's task in the current version (migration 0012)
Index("ix_inbox_count_status", InboxCount.status, InboxCount.kind, InboxCount.plan_id, InboxCount.change)
Index("ix_task_tracked_version", Task.tracked_task_id, Task.version_id)
