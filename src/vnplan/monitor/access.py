"""Who may do what: one decision for the API, the pages, the exports and the services.

`can(session, user, action, obj)` looks at the user's role, province and agencies
(their own and those whose duties passed to it) and at the object's province and
agencies, and answers yes or no; `require` does the same and refuses with a
message in Vietnamese and English. The rule itself, `allows`, is a pure function
of two small records, so that it can be read — and tested — in one place.

The rule:
- plans and tasks are public documents: every signed-in user reads and exports them;
- a report is read by its own agency (drafts included), by the author of a draft,
  by the planning department of its province once it is sent, and by anyone of its
  province once approved; a file attached to a report goes with the report;
- an agency writes and sends only its own part of a task it leads or coordinates
  (the planning department of the province may write for the lead);
- only the planning department of the object's province reviews, reopens and
  corrects, and nobody approves or returns what they wrote or sent themselves;
- a notice is read and marked only by the person it was written to;
- the parts of the app that belong to some roles (adding plans, accounts, the audit log, a focal point's
  own work) open, and show in the menu, for those roles only (`may_open`);
- a reporting calendar (the page's and the subscribed feed's) holds an agency's own
  duties for its focal points, its province's for everyone else with a province, and
  every province's for the others (plans are public documents);
- reporting figures (rate tables, the inbox) are seen by the planning department and
  leaders for their own province (an account without one, every province) and by a focal
  point for its own agency's row; only the planning department reviews (`reporting_scope`).
An administrator without a province acts in every province.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..register import corrected
from ..register.agencies import predecessors
from ..register.models import (Notification, Plan, PlanVersion, ProgressReport, ReportingDuty, ReportRevision, Target,
                               TargetActual, Task, TrackedTask, User)
from ..textfold import fold
from .errors import NotFound, PermissionDenied

ACTIONS = ("read", "write", "submit", "review", "reopen", "correct", "download", "export")
REVIEWERS = ("admin", "planning")
_AUTHORING = ("create", "update", "submit")  # revisions whose actor wrote or sent the record

REFUSALS = {
    "read": ("Bạn không có quyền xem báo cáo này", "you may not read this report"),
    "download": ("Bạn không có quyền tải tệp này", "you may not download this file"),
    "write": ("Bạn chỉ báo cáo được nhiệm vụ, chỉ tiêu mà cơ quan mình chủ trì hoặc phối hợp, trong tỉnh của mình",
              "you can only report on tasks and targets your agency leads or coordinates"),
    "submit": ("Chỉ cơ quan lập báo cáo mới gửi được báo cáo đó", "only the reporting agency can submit its report"),
    "review": ("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) của tỉnh mới duyệt hoặc trả lại báo cáo",
               "only the planning department of the province reviews reports"),
    "reopen": ("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) của tỉnh mới mở lại báo cáo đã duyệt",
               "only the planning department of the province reopens reports"),
    "correct": ("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) của tỉnh được sửa kết quả trích xuất",
                "only the planning department of the province corrects extracted values"),
    "export": ("Bạn không có quyền xuất báo cáo này", "you may not export this"),
}
# the parts of the app that belong to some roles only: the routes open, and the menu shows, what `may_open` allows
AREAS = {
    "intake": REVIEWERS,  # adding plans to the register
    "own_work": ("agency",),  # a focal point's own tasks and period report
    "users": ("admin",),  # accounts
    "audit": REVIEWERS,  # the audit log
}
OWN_WORK = ("Không ai được duyệt hoặc trả lại báo cáo do chính mình viết hoặc gửi",
            "nobody reviews a report they wrote or submitted")


@dataclass(frozen=True)
class Actor:
    id: int
    role: str
    province: str | None  # folded (no diacritics, lower case), so that spelling variants agree
    agencies: frozenset[int]


@dataclass(frozen=True)
class Subject:
    """What an action is about, as far as permissions go."""

    province: str | None
    agencies: frozenset[int] = frozenset()  # lead and coordinating agencies of the task (leads only for a target)
    owner: int | None = None  # the agency a report or an actual belongs to; None for plans, tasks, targets
    status: str | None = None
    writers: frozenset[int] = frozenset()  # users who wrote or sent it

    @property
    def is_record(self) -> bool:
        return self.status is not None


def _province_key(name: str | None) -> str | None:
    return fold(name).strip() if name else None


def allows(actor: Actor, action: str, subject: Subject) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action}")
    everywhere = actor.role == "admin" and actor.province is None
    in_province = everywhere or (actor.province is not None and actor.province == subject.province)
    reviewer = actor.role in REVIEWERS and in_province
    own_agency = actor.role == "agency" and subject.owner in actor.agencies
    on_task = actor.role == "agency" and bool(actor.agencies & subject.agencies)
    if action in ("read", "download", "export"):
        if not subject.is_record:
            return True
        return (own_agency or (subject.status == "draft" and actor.id in subject.writers)
                or (reviewer and subject.status != "draft") or (in_province and subject.status == "approved"))
    if action in ("write", "submit"):
        if subject.is_record:
            return own_agency or reviewer
        return action == "write" and (on_task or reviewer)
    if action == "review":
        return reviewer and actor.id not in subject.writers
    return reviewer  # reopen, correct


def user_agency_ids(session: Session, user: User) -> set[int]:
    """The user's agency and every agency whose duties passed to it."""
    return {a.id for a in predecessors(session, user.agency)} if user.agency else set()


def actor_of(session: Session, user: User) -> Actor:
    agencies = frozenset(user_agency_ids(session, user))
    province = user.province or (user.agency.province if user.agency else None)
    return Actor(user.id, user.role, _province_key(province), agencies)


def _plan_province(session: Session, version_id: int) -> str | None:
    return _province_key(session.get(PlanVersion, version_id).plan.province)


def _writers(session: Session, entity: str, entity_id: int) -> frozenset[int]:
    return frozenset(session.scalars(select(ReportRevision.actor_id).where(
        ReportRevision.entity == entity, ReportRevision.entity_id == entity_id,
        ReportRevision.action.in_(_AUTHORING), ReportRevision.actor_id.is_not(None))))


def task_subject(province: str | None, agency_ids) -> Subject:
    """A task of a plan of `province` whose (corrected) lead and coordinators are `agency_ids`."""
    return Subject(_province_key(province), frozenset(agency_ids))


def _task_subject(session: Session, task: Task) -> Subject:
    facts = corrected.task_facts(session, [task])[task.id]
    return Subject(_plan_province(session, task.version_id), frozenset(facts.agency_ids))


def target_agency_ids(session: Session, target: Target) -> set[int]:
    """The lead agencies (as corrected) of the task a target sits in (none for plan-level targets)."""
    return targets_agency_ids(session, [target])[target.id]


def targets_agency_ids(session: Session, targets: list[Target]) -> dict[int, set[int]]:
    """`target_agency_ids` of many targets (a plan page's) in three queries, not three for each."""
    paths = {(t.version_id, t.task_path) for t in targets if t.task_path}
    tasks: dict[tuple[int, str], list[int]] = {}
    if paths:
        for task_id, version_id, path in session.execute(select(Task.id, Task.version_id, Task.path).where(
                Task.version_id.in_({version for version, _ in paths}), Task.path.in_({path for _, path in paths}))):
            tasks.setdefault((version_id, path), []).append(task_id)
    links = corrected.task_links(session, [task_id for found in tasks.values() for task_id in found])
    return {t.id: {link.agency_id for task_id in tasks.get((t.version_id, t.task_path), [])
                   for link in links[task_id] if link.role == "lead"} for t in targets}


def target_subjects(session: Session, targets: list[Target]) -> dict[int, Subject]:
    """The subjects of many targets, as `subject_of` makes each, for a page that asks about all of them."""
    leads = targets_agency_ids(session, targets)
    provinces = {version_id: _plan_province(session, version_id) for version_id in {t.version_id for t in targets}}
    return {t.id: Subject(provinces[t.version_id], frozenset(leads[t.id])) for t in targets}


def _report_province(session: Session, report: ProgressReport) -> str | None:
    """From the plan the task belongs to (a report outlives the versions of its plan)."""
    plan = session.get(Plan, session.get(TrackedTask, report.tracked_task_id).plan_id)
    return _province_key(plan.province)


def subject_of(session: Session, obj) -> Subject:
    if isinstance(obj, Plan):
        return Subject(_province_key(obj.province))
    if isinstance(obj, Task):
        return _task_subject(session, obj)
    if isinstance(obj, ReportingDuty):
        return Subject(_plan_province(session, obj.version_id))
    if isinstance(obj, Target):
        return target_subjects(session, [obj])[obj.id]
    if isinstance(obj, ProgressReport):
        task = session.scalar(select(Task).join(PlanVersion).where(Task.tracked_task_id == obj.tracked_task_id,
                                                                   PlanVersion.is_current.is_(True)))
        agencies = _task_subject(session, task).agencies if task else frozenset()
        return Subject(_report_province(session, obj), agencies, obj.agency_id, obj.status,
                       _writers(session, "report", obj.id))
    if isinstance(obj, TargetActual):
        target = session.get(Target, obj.target_id)
        return Subject(_plan_province(session, target.version_id), frozenset(target_agency_ids(session, target)),
                       obj.agency_id, obj.status, _writers(session, "target_actual", obj.id))
    raise TypeError(f"no permissions for {type(obj).__name__}")


def can(session: Session, user: User, action: str, obj) -> bool:
    """May `user` do `action` (one of ACTIONS) to `obj` (a plan, task, target, reporting duty, report or
    target actual)?"""
    return allows(actor_of(session, user), action, subject_of(session, obj))


def require(session: Session, user: User, action: str, obj) -> None:
    """As `can`, refusing with a `PermissionDenied` that says why."""
    actor, subject = actor_of(session, user), subject_of(session, obj)
    if not allows(actor, action, subject):
        own_work = action == "review" and actor.id in subject.writers and allows(
            actor, action, Subject(subject.province, subject.agencies, subject.owner, subject.status))
        raise PermissionDenied(*(OWN_WORK if own_work else REFUSALS[action]))


def readable(session: Session, user: User | None, records: list) -> list:
    """The reports (or actuals) among `records` that `user` may read; all of them for the console (`None`)."""
    if user is None:
        return list(records)
    actor = actor_of(session, user)
    return [r for r in records if allows(actor, "read", subject_of(session, r))]


def readable_states(session: Session, user: User, report) -> set[str]:
    """The states in which `user` may read `report`: its history shows them the versions in those states
    (an approved report's earlier drafts stay with its agency)."""
    actor, subject = actor_of(session, user), subject_of(session, report)
    return {status for status in ("draft", "submitted", "approved", "returned")
            if allows(actor, "read", replace(subject, status=status))}


def may_open(user: User, area: str) -> bool:
    """May `user` open a part of the app (one of AREAS)?"""
    return user.role in AREAS[area]


def require_recipient(user: User, notice: Notification) -> None:
    """Someone else's notice is not found (its id tells nothing), for every role."""
    if notice.user_id != user.id:
        raise NotFound("thông báo")


def on_calendar(session: Session, user: User):
    """Which due items (`dashboard.PeriodDuty`) belong on `user`'s reporting calendar: a focal point's agency's own
    (and those of the bodies whose duties passed to it), the province's for everyone else with a province,
    all of them for the others."""
    actor = actor_of(session, user)

    def keeps(item) -> bool:
        if actor.role == "agency":
            return bool({item.agency.id, item.holder.id} & actor.agencies)
        return actor.province is None or _province_key(item.plan.province) == actor.province
    return keeps


@dataclass(frozen=True)
class ReportingScope:
    """The part of the reporting figures a user may see: one province (None: every province), one plan
    (or every plan of the province) and, for a focal point, its own agency's row only."""

    province: str | None
    plan_ids: tuple[int, ...] = ()
    agency_ids: tuple[int, ...] = ()


def reporting_scope(user: User, province: str | None = None, plan: Plan | None = None,
                    review: bool = False) -> ReportingScope:
    """What `user` may see of the reporting of `plan` or `province` (neither: of the user's own province), and
    with `review`, decide on; refused with a `PermissionDenied` outside it."""
    if review and user.role not in REVIEWERS:
        raise PermissionDenied("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) mới duyệt báo cáo",
                               "only the planning department reviews reports")
    wanted = plan.province if plan is not None else province
    if user.province and wanted and wanted != user.province:
        raise PermissionDenied("Bạn chỉ xem được số liệu của tỉnh mình", "you can only see your own province")
    if user.role == "agency" and not user.agency_id:
        raise PermissionDenied()
    return ReportingScope(wanted or user.province, (plan.id,) if plan is not None else (),
                          (user.agency_id,) if user.role == "agency" else ())


def review_province(user: User) -> str | None:
    """The province whose reports `user` reviews (None: every province), or a `PermissionDenied` for anyone
    but the planning department and administrators."""
    return reporting_scope(user, review=True).province
