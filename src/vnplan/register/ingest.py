"""Ingest: files -> extracted plans -> the register, one transaction per document.

Re-ingesting a file changes nothing (sources are keyed by their SHA-256). A
second source of a plan already in the register (same number and issuer, or,
when a source lacks the number, near-identical tasks) joins that plan: the
metadata is merged field by field from the most reliable source and the tasks
come from the most complete one. A re-issued plan (same number, other date or
other content) becomes a new version whose tasks are matched to the previous
version's, so that progress reports stay attached; the planning department's
corrections of a matched task follow it too, unless the new text itself changed
the corrected value (the text then wins, and the result says which were dropped).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .. import model as extracted
from ..extract.references import normalise_number
from ..monitor.formatting import shorten
from ..textfold import fold
from . import agencies, bulk, corrected, search
from .db import Database, data_dir
from .models import (Correction, OutlineNode, Plan, PlanVersion, Reference, ReportingDuty, SourceDocument, Target,
                     TargetActual, Task, TaskAgency, TrackedTask, User)
from .workers import AlreadyRegistered, ExtractedFile, Failure, digest_of, extract_file, extract_files

# What registering a file did, as the command line and the audit log name it.
OUTCOMES = {"new-plan": "Kế hoạch mới", "new-source": "Thêm nguồn", "new-version": "Phiên bản mới",
            "unchanged": "Không đổi", "error": "Lỗi"}
SAME_TASK = 80  # rapidfuzz token_set_ratio for "the same task" across sources and versions
SAME_PLAN = 0.6  # share of the smaller task list found in the other: the same plan
SAME_VERSION = 0.8  # share for "the same version" when the numbers match
_BULK_LOAD = 50  # sources stored in one ingest after which the database's statistics are refreshed
_METADATA_FIELDS = ("number", "type", "issuer", "province", "issued_date", "title", "signer", "signer_title")


@dataclass
class IngestResult:
    file: str
    status: str  # new-plan | new-source | new-version | unchanged | error
    plan_id: int | None = None
    number: str | None = None
    message: str = ""
    tasks: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # corrections of the tasks, targets and duties matched into the new content, {"path", "field", "value"}
    # ("path": the task's, or the target's or duty's name; values: agency names, ISO dates, figures, codes):
    carried: list[dict] = field(default_factory=list)  # kept: the new text says what the old one said
    dropped: list[dict] = field(default_factory=list)  # not kept: the new text changed the corrected field


def source_path(digest: str) -> Path:
    """Where the original file of a source is kept: content-addressed under the data directory."""
    return data_dir() / "sources" / digest[:2] / digest


def keep_source(data: bytes, digest: str) -> None:
    """Keep the original file, so that it can be shown, downloaded or extracted again later."""
    path = source_path(digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(path)


def iter_files(paths: list[Path]) -> list[Path]:
    """Files and folders (recursively) in a stable order; hidden files are skipped."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in sorted(path.rglob("*")) if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
        else:
            out.append(path)
    return out


def ingest(db: Database, paths: list[Path], dry_run: bool = False, progress=None,
           workers: int | None = None) -> list[IngestResult]:
    """Ingest files and folders: each file its own transaction, in order; files are read and
    extracted ahead in `workers` processes (see `workers`). `progress` is called with each result."""
    files = iter_files(paths)
    results = []
    for item in extract_files(files, _registered_digests(db, files), workers):
        results.append(_store(db, item, dry_run))
        if progress:
            progress(results[-1])
    if sum(r.status in ("new-plan", "new-source", "new-version") for r in results) >= _BULK_LOAD and not dry_run:
        db.refresh_statistics()
    return results


def _registered_digests(db: Database, files: list[Path]) -> frozenset[str]:
    """The digests of these files that the register already holds: they need no extraction."""
    digests = []
    for path in files:
        try:
            digests.append(digest_of(path.read_bytes()))
        except OSError:
            continue  # reported when the file is extracted
    known: set[str] = set()
    with db.session() as session:
        for i in range(0, len(digests), 500):
            known.update(session.scalars(select(SourceDocument.sha256).where(
                SourceDocument.sha256.in_(digests[i:i + 500]))))
    return frozenset(known)


def _store(db: Database, item: ExtractedFile | Failure | AlreadyRegistered, dry_run: bool) -> IngestResult:
    if isinstance(item, Failure):
        return IngestResult(str(item.path), "error", message=item.message)
    with db.session() as session:
        existing = session.scalar(select(SourceDocument).where(SourceDocument.sha256 == item.digest))
        if existing:  # also a file met twice in one batch
            return IngestResult(str(item.path), "unchanged", existing.plan_id, message="đã có trong sổ / already registered")
    if isinstance(item, AlreadyRegistered):  # removed from the register meanwhile: extract it now
        return _store(db, extract_file(item.path), dry_run)
    session = db.session()
    try:
        with session.begin():
            result = register_plan(session, item)
            if dry_run:
                session.rollback()
                result.message = "chạy thử, không lưu / dry run, nothing saved"
            else:
                keep_source(item.data, item.digest)
        return result
    except Exception as exc:
        session.rollback()
        return IngestResult(str(item.path), "error", message=f"Lỗi khi lưu / could not store: {type(exc).__name__}: {exc}")
    finally:
        session.close()


# -- finding the plan a source belongs to -----------------------------------------------------

def _containment(a: list[str], b: list[str]) -> float:
    """Share of the shorter task list that has a near-identical task in the other."""
    if not a or not b:
        return 0.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    scores = process.cdist(short, long, scorer=fuzz.token_set_ratio, score_cutoff=SAME_TASK)
    return float((scores.max(axis=1) >= SAME_TASK).sum()) / len(short)


def _task_texts(version: PlanVersion) -> list[str]:
    return [t.folded for t in version.tasks]


def find_plan(session: Session, plan: extracted.Plan, new_texts: list[str]) -> tuple[Plan | None, bool]:
    """(existing plan, same version?) for an extracted plan, given its task texts folded;
    (None, False) when it is new."""
    doc = plan.document
    number_key = normalise_number(doc.number).upper() if doc.number else None
    query = select(Plan)
    if doc.province:
        query = query.where(Plan.province == doc.province)
    if number_key:
        same_number = session.scalars(query.where(Plan.number_key == number_key)).first()
        if same_number:
            version = same_number.current
            same_date = not doc.issued_date or not version.issued_date or version.issued_date.isoformat() == doc.issued_date
            similar = _containment(new_texts, _task_texts(version)) >= SAME_VERSION or not new_texts
            return same_number, same_date and similar
        query = query.where(Plan.number_key.is_(None))  # other numbers are other plans
    if not new_texts:
        return None, False
    for candidate in session.scalars(query):
        if _containment(new_texts, _task_texts(candidate.current)) >= SAME_PLAN:
            return candidate, True
    return None, False


# -- storing --------------------------------------------------------------------------------------

def register_plan(session: Session, item: ExtractedFile, by: User | None = None) -> IngestResult:
    """Store an extracted file; `by` is who registers it (the command line when None), for the audit log
    of the corrections carried to a new version."""
    with session.no_autoflush:  # one flush per document, not one per lazy load
        return _register(session, item, by)


def _register(session: Session, item: ExtractedFile, by: User | None) -> IngestResult:
    plan, path = item.plan, item.path
    existing, same_version = find_plan(session, plan, item.folded)
    result = IngestResult(str(path), "new-plan", number=plan.document.number, tasks=len(plan.tasks))
    if existing is None:
        db_plan = Plan()
        session.add(db_plan)
        version = PlanVersion(plan=db_plan, number=1)
    elif same_version:
        db_plan, version = existing, existing.current
        result.status = "new-source"
    else:
        db_plan = existing
        existing.current.is_current = False
        version = PlanVersion(plan=db_plan, number=existing.current.number + 1)
        result.status = "new-version"
    session.add(version)
    session.flush()
    source = SourceDocument(sha256=item.digest, path=str(path), format=item.format, size=len(item.data),
                            plan_id=db_plan.id, version_id=version.id, task_count=len(plan.tasks), text=plan.text,
                            metadata_json=json.dumps(asdict(plan.document), ensure_ascii=False))
    session.add(source)
    session.flush()
    previous = existing.versions[-2] if result.status == "new-version" else None
    primary = session.get(SourceDocument, version.primary_source_id) if version.primary_source_id else None
    if primary is None or len(plan.tasks) > primary.task_count:
        match_against = previous or (version if primary else None)
        corrected_before = _corrected_tasks(session, match_against) if match_against else {}
        following = {entity: _before(session, match_against, entity) if match_against else []
                     for entity in _FOLLOWING}
        added, removed = _fill_version(session, db_plan, version, item, source, match_against)
        if result.status == "new-version":
            result.added, result.removed = added, removed
        result.carried, result.dropped = _carry_corrections(session, version, corrected_before, by)
        for entity, before in following.items():
            carried, dropped = _follow(session, version, entity, before, by, replacing=match_against is version)
            result.carried += carried
            result.dropped += dropped
    _merge_metadata(db_plan)
    result.plan_id = db_plan.id
    result.number = db_plan.number
    return result


def _merge_metadata(plan: Plan) -> None:
    """Each field from the most reliable source of the current version (reliability: how many fields it has)."""
    documents = [json.loads(s.metadata_json) for s in plan.sources if s.version_id == plan.current.id]
    documents.sort(key=lambda d: -sum(1 for f in _METADATA_FIELDS if d.get(f)))
    for name in _METADATA_FIELDS:
        value = next((d[name] for d in documents if d.get(name)), None)
        if name == "issued_date":
            value = date.fromisoformat(value) if value else None
        setattr(plan, name, value)
    plan.number_key = normalise_number(plan.number).upper() if plan.number else None
    plan.current.issued_date = plan.issued_date


def _pairs(old_keys: list[str], new_keys: list[str], same_place=lambda new, old: False) -> dict[int, int]:
    """New index -> old index of the items that are the same across sources or versions: text similarity
    first (folded text), `same_place` then nearness in the list to break ties; each old item pairs once."""
    if not old_keys or not new_keys:
        return {}
    scores = process.cdist(new_keys, old_keys, scorer=fuzz.token_set_ratio)
    pairs = []
    for i in range(len(new_keys)):
        for j in range(len(old_keys)):
            if scores[i][j] >= SAME_TASK - 10:
                pairs.append((scores[i][j] + (5 if same_place(i, j) else 0), -abs(i - j), i, j))
    pairs.sort(reverse=True)
    matched: dict[int, int] = {}
    used = set()
    for _, _, i, j in pairs:
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def _match(old: list[Task], new: list[extracted.Task], new_folded: list[str]) -> dict[int, Task]:
    """New task index -> old task; at equal similarity the task at the same outline position."""
    pairs = _pairs([t.folded for t in old], new_folded, lambda i, j: new[i].id == old[j].path)
    return {i: old[j] for i, j in pairs.items()}


def _fill_version(session: Session, plan: Plan, version: PlanVersion, item: ExtractedFile, source: SourceDocument,
                  match_against: PlanVersion | None) -> tuple[list[str], list[str]]:
    """Write the version's content from `source`; tasks keep their identity through matching.

    Rows go in bulk (see `bulk`): a plan has a hundred tasks and more links, and the
    ORM's unit of work would otherwise dominate the ingest time.
    """
    old_tasks = [(t.tracked_task_id, t.path) for t in match_against.tasks] if match_against else []
    matched = {i: old.tracked_task_id for i, old in _match(match_against.tasks if match_against else [],
                                                            item.plan.tasks, item.folded).items()}
    if match_against is version:  # a more complete source replaces this version's content
        replaced = [t.id for t in match_against.tasks]
        search.unindex(session, replaced)
        # their corrections were read beforehand and go to the new rows (`_carry_corrections`); left behind, they
        # would attach to whatever new task SQLite gives a deleted task's id
        session.execute(delete(Correction).where(Correction.entity == "task", Correction.entity_id.in_(replaced)))
        # targets and duties go once their figures and corrections have moved to the new rows (`_follow`)
        for model in (Task, Reference, OutlineNode):
            session.execute(delete(model).where(model.version_id == version.id))
        session.expire(version)
    version.primary_source_id = source.id
    tasks = item.plan.tasks
    registry = agencies.Registry(session, item.plan.document.province or "?")
    links = [[(role, name, registry.resolve(name, resolved=name not in task.unresolved_agencies))
              for role, names in (("lead", task.lead), ("coordinator", task.coordinators)) for name in names]
             for task in tasks]
    session.flush()  # new agencies get their ids
    new_tracked = [i for i in range(len(tasks)) if i not in matched]
    tracked_ids = dict(zip(new_tracked, bulk.insert_rows_returning_ids(
        session, TrackedTask, [{"plan_id": plan.id} for _ in new_tracked])))
    tracked_ids.update(matched)
    task_rows = [dict(version_id=version.id, tracked_task_id=tracked_ids[i], position=i, path=t.id, section=t.section,
                      subsection=t.subsection, text=t.text, folded=item.folded[i],
                      deadline=date.fromisoformat(t.deadline) if t.deadline else None,
                      coordinators_collective=t.coordinators_collective, start=t.span.start, end=t.span.end,
                      **search.row_columns(session, item.vectors[i]))
                 for i, t in enumerate(tasks)]
    task_ids = bulk.insert_rows_returning_ids(session, Task, task_rows)
    link_rows = [dict(task_id=task_id, agency_id=agency.id, role=role, written_name=name)
                 for task_id, task_links in zip(task_ids, links) for role, name, agency in task_links]
    title = (item.plan.document.title or "").replace(" ", "").upper()
    bulk.insert_rows(session, TaskAgency, link_rows)
    bulk.insert_rows(session, Reference, [dict(version_id=version.id, number=r.number, number_key=r.number.upper(), type=r.type,
                                    date=date.fromisoformat(r.date) if r.date else None,
                                    in_title=r.number.replace(" ", "").upper() in title, start=r.span.start, end=r.span.end)
                               for r in item.plan.references])
    bulk.insert_rows(session, Target, [dict(version_id=version.id, task_path=t.task, text=t.text, indicator=t.indicator, min=t.min,
                                 max=t.max, unit=t.unit, year=t.year, start=t.span.start, end=t.span.end)
                            for t in item.plan.targets])
    bulk.insert_rows(session, ReportingDuty, [dict(version_id=version.id, reporter=d.reporter, recipient=d.recipient,
                                        frequency=d.frequency, due=d.due, text=d.text, start=d.span.start, end=d.span.end)
                                   for d in item.plan.reporting])
    bulk.insert_rows(session, OutlineNode, [dict(version_id=version.id, label=n.label, title=n.title, level=n.level,
                                      start=n.span.start, end=n.span.end) for n in item.plan.outline])
    search.index(session, list(zip(task_ids, (row["folded"] for row in task_rows))))
    session.expire(version)
    kept = set(tracked_ids.values())
    added = [tasks[i].id for i in new_tracked]
    removed = [path for tracked_id, path in old_tasks if tracked_id not in kept]
    return added, removed


# -- corrections follow their tasks -----------------------------------------------------------------
# A correction is keyed by the task row, and a new version (or a more complete source of the same one) writes
# new rows: without this, what the planning department corrected would silently fall back to the extraction.

class _CorrectedTask(NamedTuple):
    task_id: int
    said: dict[str, object]  # what its text said of each corrected field (see `_said`)
    corrections: dict[str, object]  # the latest correction of each field, as stored


def _said(links: list[agencies.Link], deadline: date | None) -> dict[str, object]:
    """What a task's text says of each field a correction can set, comparable across versions: the agencies as
    the registry resolved them, in any order (a re-issued text may list them otherwise), and the deadline."""
    agencies_said = {name: sorted(link.agency_id for link in links if link.role == role)
                     for role, name in corrected.AGENCY_FIELDS.items()}
    return agencies_said | {"deadline": deadline}


def _corrected_tasks(session: Session, version: PlanVersion) -> dict[int, _CorrectedTask]:
    """The corrected tasks of `version` by tracked task, read before its tasks are matched or replaced."""
    tasks = {task.id: task for task in version.tasks}
    latest = corrected.latest(session, "task", list(tasks))
    links = agencies.task_links(session, list(latest))
    return {tasks[task_id].tracked_task_id:
            _CorrectedTask(task_id, _said(links[task_id], tasks[task_id].deadline), fields)
            for task_id, fields in latest.items()}


def _registrar(by: User | None) -> tuple[str, int | None]:
    """Who the audit log says carried a correction over: whoever registers the file (the command line when None)."""
    return (by.username, by.id) if by else ("cli", None)


def _shown(field_name: str, value) -> object:
    """A correction's value as people read it: agency names, or the ISO deadline."""
    return [named["name"] for named in value] if field_name in corrected.AGENCY_FIELDS.values() else value


def _carry_corrections(session: Session, version: PlanVersion, corrected_before: dict[int, _CorrectedTask],
                       by: User | None) -> tuple[list[dict], list[dict]]:
    """Give each task of `version` matched to a corrected task the latest correction of every field its new
    text left as it was; a field the new text changed is the text's again (dropped). (carried, dropped)."""
    if not corrected_before:
        return [], []
    rows = session.execute(select(Task.id, Task.tracked_task_id, Task.path, Task.deadline).where(
        Task.version_id == version.id, Task.tracked_task_id.in_(list(corrected_before))).order_by(Task.position)).all()
    links = agencies.task_links(session, [row.id for row in rows])
    carried, dropped = [], []
    for row in rows:
        old = corrected_before[row.tracked_task_id]
        said = _said(links[row.id], row.deadline)
        as_read = corrected.apply(links[row.id], row.deadline, {}).values()  # the audit log's "before"
        for field_name, value in old.corrections.items():
            entry = {"path": row.path, "field": field_name, "value": _shown(field_name, value)}
            if said.get(field_name) != old.said.get(field_name):
                dropped.append(entry)
                continue
            corrected.store(session, "task", row.id, field_name, value, as_read.get(field_name), *_registrar(by),
                            {"carried_from_task": old.task_id})
            carried.append(entry)
    session.flush()  # before the corrections made on the review screen: the latest correction wins
    return carried, dropped


# -- targets and reporting duties follow too ----------------------------------------------------------
# A target's figures (`TargetActual`) and the corrections of a target or a reporting duty are keyed by its row,
# and neither has a tracked identity as tasks do: they are matched by their text, like tasks.

_FOLLOWING = {"target": (Target, corrected.TARGET_FIELDS), "reporting_duty": (ReportingDuty, corrected.DUTY_FIELDS)}
_LABELS = {"target": "chỉ tiêu", "reporting_duty": "chế độ báo cáo"}


class _Before(NamedTuple):
    """A target or reporting duty of the version matched against, read before the new content is written."""

    id: int
    folded: str
    label: str  # how people find it in a list of corrections kept and not kept
    said: dict[str, object]  # what its text said of each field a correction can set
    corrections: dict[str, object]  # the latest correction of each field


def _rows(session: Session, version: PlanVersion, entity: str) -> list:
    model, _ = _FOLLOWING[entity]
    return list(session.scalars(select(model).where(model.version_id == version.id).order_by(model.id)))


def _before(session: Session, version: PlanVersion, entity: str) -> list[_Before]:
    _, fields = _FOLLOWING[entity]
    rows = _rows(session, version, entity)
    latest = corrected.latest(session, entity, [row.id for row in rows])
    return [_Before(row.id, fold(row.text), f"{_LABELS[entity]} «{shorten(row.text, 60)}»",
                    {name: getattr(row, name) for name in fields}, latest.get(row.id, {})) for row in rows]


def _follow(session: Session, version: PlanVersion, entity: str, before: list[_Before], by: User | None,
            replacing: bool) -> tuple[list[dict], list[dict]]:
    """Match `version`'s new targets (or duties) to those `before`; give each the corrections of its match whose
    field its text left as it was, and a target the figures reported on its match. When `replacing` a version's
    content, the old rows then go with their corrections, but for a target no new one matches that holds figures:
    a figure reported is never deleted. (carried, dropped)."""
    if not before:
        return [], []
    old_ids = {old.id for old in before}
    rows = [row for row in _rows(session, version, entity) if row.id not in old_ids]
    carried, dropped = [], []
    for i, j in _pairs([old.folded for old in before], [fold(row.text) for row in rows]).items():
        row, old = rows[i], before[j]
        for field_name, value in old.corrections.items():
            entry = {"path": old.label, "field": field_name, "value": value}
            if getattr(row, field_name) != old.said[field_name]:
                dropped.append(entry)
                continue
            corrected.store(session, entity, row.id, field_name, value, getattr(row, field_name), *_registrar(by),
                            {"carried_from": old.id})
            carried.append(entry)
        if entity == "target":
            session.execute(update(TargetActual).where(TargetActual.target_id == old.id).values(target_id=row.id))
    if replacing:
        model, _ = _FOLLOWING[entity]
        holding = set(session.scalars(select(TargetActual.target_id).where(TargetActual.target_id.in_(old_ids))))
        gone = [row_id for row_id in old_ids if row_id not in holding]
        session.execute(delete(Correction).where(Correction.entity == entity, Correction.entity_id.in_(gone)))
        session.execute(delete(model).where(model.id.in_(gone)))
    session.flush()
    session.expire(version)  # its lists of targets and duties are read again
    return carried, dropped

