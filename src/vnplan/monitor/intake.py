"""Adding a plan from the browser: upload -> extraction -> a reviewed, corrected draft -> the register.

Nothing reaches the register before the planning officer registers the draft. Until
then the draft lives under the data directory (`intake/<id>/`): the file as uploaded
and `draft.json` with its owner, the extraction, what the register already knows of
the plan (a second copy, a new version and what changed) and the corrections made on
the review screen. Registering goes through the same code path as `vnplan ingest`
(`extract_file` then `register_plan`), and the corrections are then stored as
corrections, beside the extracted values and audited, in the same transaction.
A new version keeps the corrections of the previous one where its text did not
change the corrected field (`register_plan` carries them); the review screen's own
corrections are stored after those, so they take precedence.
"""
from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import VnplanError
from ..register.audit import record
from ..register.db import Database
from ..register.ingest import IngestResult, find_plan, keep_source, register_plan
from ..register.models import Plan, SourceDocument, Task, User
from ..register.workers import ExtractedFile, Failure, extract_file
from . import access, corrections, inputs
from .errors import InvalidInput, NotFound, PermissionDenied
from .formatting import FREQUENCIES, parse_date

MAX_UPLOAD = 20 * 1024 * 1024
DRAFT_DAYS = 7
ACCEPTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".rtf", ".xml", ".fodt", ".fods", ".json", ".sql", ".tex", ".rst",
                     ".org", ".ics", ".srt", ".vtt", ".mm", ".ms", ".typ", ".warc", ".txt", ".md")
_DRAFT_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
class UploadRefused(VnplanError):
    """A file that cannot become a plan; the message is the one `vnplan extract` prints for it."""

    @classmethod
    def from_message(cls, message: str) -> UploadRefused:
        vi, _, en = message.partition(" / ")
        return cls(vi, en or vi)


@dataclass
class Known:
    """What the register already holds of the uploaded plan (the outcome a registration would have)."""

    status: str  # new-plan | new-source | new-version | unchanged
    plan_id: int | None = None
    number: str | None = None
    added: list[str] = field(default_factory=list)  # task ids of the draft not in the registered version
    removed: list[dict] = field(default_factory=list)  # {"path", "text"} of registered tasks the draft drops
    # {"path", "field", "value"}: corrections of the registered version that the draft's tasks keep, and those
    # it drops because its text changed the corrected field (see `IngestResult`)
    carried: list[dict] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)


@dataclass
class Draft:
    id: str
    owner_id: int
    filename: str
    digest: str
    format: str
    created: str
    plan: dict  # the extraction, as `Plan.to_dict()`, with the normalised text under "text"
    known: Known
    # {"tasks": {task id: {field: value}}, "targets": {index: {...}}, "reporting": {index: {...}}}
    corrections: dict = field(default_factory=lambda: {"tasks": {}, "targets": {}, "reporting": {}})

    def to_dict(self) -> dict:
        return asdict(self)


def _require_intake(user: User) -> None:
    if not access.may_open(user, "intake"):
        raise PermissionDenied("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) và quản trị được nhập kế hoạch",
                               "only the planning department adds plans")


def _drafts(folder: Path) -> Path:
    return Path(folder) / "intake"


def _draft_dir(folder: Path, draft_id: str) -> Path:
    if not _DRAFT_ID.match(draft_id):
        raise NotFound("bản nháp")
    return _drafts(folder) / draft_id


def _safe_name(filename: str) -> str:
    """The uploaded file's own name, without folders or leading dots."""
    name = Path(filename.replace("\\", "/")).name.strip().lstrip(".")
    return name[:200] or "ke-hoach"


def _upload_path(folder: Path, draft_id: str, filename: str) -> Path:
    """The uploaded file, in a folder of its own beside draft.json, under the name it was uploaded with
    (the name and extension are what the readers and their messages go by)."""
    return _draft_dir(folder, draft_id) / "file" / filename


def _forget_stale_drafts(folder: Path, now: float) -> None:
    """Drafts nobody registered or discarded within a week are dropped."""
    for directory in _drafts(folder).glob("*"):
        if directory.is_dir() and now - directory.stat().st_mtime > DRAFT_DAYS * 86400:
            shutil.rmtree(directory, ignore_errors=True)


# -- upload and extraction --------------------------------------------------------------------------

def start(db: Database, user: User, filename: str, data: bytes, folder: Path) -> Draft:
    """Extract an uploaded file into a draft owned by `user`; a bad file is refused and nothing is kept."""
    _require_intake(user)
    name = _safe_name(filename)
    if len(data) > MAX_UPLOAD:
        raise UploadRefused(f"Tệp quá lớn (tối đa {MAX_UPLOAD // 1024 // 1024} MB): {name}",
                            f"file too large ({MAX_UPLOAD // 1024 // 1024} MB at most): {name}")
    _forget_stale_drafts(folder, time.time())
    draft_id = secrets.token_urlsafe(18)
    directory = _draft_dir(folder, draft_id)
    try:
        path = _upload_path(folder, draft_id, name)
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        item = extract_file(path)
        if isinstance(item, Failure):
            raise UploadRefused.from_message(item.message)
        draft = Draft(draft_id, user.id, name, item.digest, item.format, datetime.now(timezone.utc).isoformat(),
                      item.plan.to_dict() | {"text": item.plan.text}, _known(db, item))
        _save(folder, draft)
        return draft
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise


def _known(db: Database, item: ExtractedFile) -> Known:
    """Register the extraction in a transaction that is rolled back: the outcome, nothing stored."""
    session = db.session()
    try:
        existing = session.scalar(select(SourceDocument).where(SourceDocument.sha256 == item.digest))
        if existing is not None:
            return Known("unchanged", existing.plan_id, existing.plan.number)
        plan, same_version = find_plan(session, item.plan, item.folded)
        removed_texts = {t.path: t.text for t in plan.current.tasks} if plan is not None and not same_version else {}
        result = register_plan(session, item)
    finally:
        session.rollback()
        session.close()
    return Known(result.status, result.plan_id if plan is not None else None, result.number, result.added,
                 [{"path": path, "text": removed_texts.get(path, "")} for path in result.removed],
                 result.carried, result.dropped)


# -- drafts ---------------------------------------------------------------------------------------

def _save(folder: Path, draft: Draft) -> None:
    path = _draft_dir(folder, draft.id) / "draft.json"
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(draft.to_dict(), ensure_ascii=False), encoding="utf-8")
    partial.replace(path)


def load(folder: Path, user: User, draft_id: str) -> Draft:
    """The user's own draft; another user's draft is not found (its id is not even confirmed)."""
    _require_intake(user)
    path = _draft_dir(folder, draft_id) / "draft.json"
    if not path.exists():
        raise NotFound("bản nháp")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["owner_id"] != user.id:
        raise NotFound("bản nháp")
    return Draft(**(data | {"known": Known(**data["known"])}))


def discard(folder: Path, user: User, draft_id: str) -> None:
    load(folder, user, draft_id)
    shutil.rmtree(_draft_dir(folder, draft_id), ignore_errors=True)


# -- corrections on the review screen ------------------------------------------------------------------

def _day(value) -> str | None:
    """A day typed as officials write it (dd/mm/yyyy) or ISO, as ISO; empty -> None."""
    day = parse_date(str(value or ""))
    return day.isoformat() if day else None


def _names(value) -> list[str]:
    items = value if isinstance(value, list) else str(value or "").split(";")
    return [name.strip() for name in items if str(name).strip()]


def _goal(value) -> float | None:
    return inputs.quantity(value, "Mục tiêu")


def _year(value) -> int | None:
    number = inputs.quantity(value, "Năm")
    if number is not None and not (1900 <= number <= 2100 and number == int(number)):
        raise InvalidInput(f"Năm không hợp lệ: {value}", f"invalid year: {value}")
    return None if number is None else int(number)


def _due(value) -> str | None:
    """A reporting due date as the extraction writes it — a day (ISO), --MM-DD yearly, ---DD in each month
    or quarter — from what a person types: "30/6/2026", "20/11" (each year), "ngày 15" (each period)."""
    text = str(value or "").strip()
    if not text or re.fullmatch(r"--\d{2}-\d{2}|---\d{2}", text):
        return text or None
    day_only = re.fullmatch(r"(?:ngày\s*)?(\d{1,2})", text, re.I)
    if day_only and 1 <= int(day_only.group(1)) <= 31:
        return f"---{int(day_only.group(1)):02d}"
    day_month = re.fullmatch(r"(\d{1,2})/(\d{1,2})", text)
    if day_month and 1 <= int(day_month.group(1)) <= 31 and 1 <= int(day_month.group(2)) <= 12:
        return f"--{int(day_month.group(2)):02d}-{int(day_month.group(1)):02d}"
    return _day(text)


_TASK_PARSERS = {"lead": _names, "coordinators": _names, "deadline": _day}
_TARGET_PARSERS = {"min": _goal, "max": _goal, "unit": lambda v: str(v or "").strip(), "year": _year}


def _frequency(value) -> str | None:
    text = str(value or "").strip()
    if text and text not in FREQUENCIES:
        raise InvalidInput(f"Tần suất báo cáo không hợp lệ: {text}", f"unknown reporting frequency: {text}")
    return text or None


_DUTY_PARSERS = {"frequency": _frequency, "due": _due}


def _changes(extracted: list[dict], submitted: dict, parsers: dict, key) -> dict:
    """{key: {field: value}} for the submitted values that differ from the extraction."""
    by_key = {key(i, item): item for i, item in enumerate(extracted)}
    out: dict = {}
    for item_key, values in submitted.items():
        if str(item_key) not in by_key:
            raise InvalidInput(f"Không có mục {item_key} trong bản trích xuất", f"no item {item_key} in the extraction")
        for name, raw in values.items():
            if name not in parsers:
                raise InvalidInput(f"Không sửa được trường {name}", f"cannot correct field {name}")
            value = parsers[name](raw)
            if value != by_key[str(item_key)].get(name):
                if name == "lead" and not value:  # erased: registering would refuse it (`corrections.correct_task`)
                    raise InvalidInput(*corrections.NO_LEAD)
                out.setdefault(str(item_key), {})[name] = value
    return out


def correct(folder: Path, user: User, draft_id: str, submitted: dict) -> Draft:
    """Replace the draft's corrections with what the review screen holds now (values equal to the
    extraction are not corrections). `submitted` is shaped like `Draft.corrections`."""
    draft = load(folder, user, draft_id)
    plan = draft.plan
    draft.corrections = {
        "tasks": _changes(plan["tasks"], submitted.get("tasks", {}), _TASK_PARSERS, lambda i, t: t["id"]),
        "targets": _changes(plan["targets"], submitted.get("targets", {}), _TARGET_PARSERS, lambda i, t: str(i)),
        "reporting": _changes(plan["reporting"], submitted.get("reporting", {}), _DUTY_PARSERS, lambda i, d: str(i)),
    }
    if draft.known.status == "unchanged" and any(draft.corrections.values()):
        raise InvalidInput("Tệp này đã được đăng ký; hãy sửa trên trang kế hoạch",
                           "this file is registered already: correct the plan on its page")
    _save(folder, draft)
    return draft


# -- registering ----------------------------------------------------------------------------------------

@dataclass
class Registered:
    """`result.carried` / `result.dropped` list the previous version's corrections kept and not kept."""

    result: IngestResult
    corrections: int  # corrections stored
    ignored: int = 0  # corrections not applied: the registered content came from another source


def register(db: Database, folder: Path, user: User, draft_id: str) -> Registered:
    """Register the draft as `vnplan ingest` would, with its corrections, in one transaction; drop the draft."""
    draft = load(folder, user, draft_id)
    directory = _draft_dir(folder, draft_id)
    item = extract_file(_upload_path(folder, draft.id, draft.filename))
    if isinstance(item, Failure):
        raise UploadRefused.from_message(item.message)
    if item.digest != draft.digest:
        raise NotFound("bản nháp")
    item = replace(item, path=Path(draft.filename))  # the source is known by the name it was uploaded under
    session = db.session()
    try:
        with session.begin():
            existing = session.scalar(select(SourceDocument).where(SourceDocument.sha256 == item.digest))
            if existing is not None:
                outcome = Registered(IngestResult(draft.filename, "unchanged", existing.plan_id, existing.plan.number,
                                                  "đã có trong sổ / already registered"), 0)
            else:
                result = register_plan(session, item, user)
                outcome = _apply_corrections(session, user, draft, result)
                keep_source(item.data, item.digest)
                record(session, "plan.intake", "plan", result.plan_id, None,
                       {"file": draft.filename, "status": result.status, "corrections": outcome.corrections,
                        "corrections_carried": len(result.carried), "corrections_dropped": result.dropped},
                       user.username)
    except IntegrityError:  # the same file registered at this moment by a colleague
        raise InvalidInput("Tệp này vừa được đăng ký; hãy tải lại trang", "the file was registered meanwhile") from None
    finally:
        session.close()
    _leave_registered_mark(directory, draft, outcome.result.plan_id)
    return outcome


REGISTERED = "registered.json"


def _leave_registered_mark(directory: Path, draft: Draft, plan_id: int) -> None:
    """The draft's file and extraction go; what it became stays for the week drafts are kept, so that a page
    of the draft opened again (Back after registering, a second click) leads to the plan instead of nowhere."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    (directory / REGISTERED).write_text(json.dumps({"owner_id": draft.owner_id, "plan_id": plan_id}), encoding="utf-8")


def registered_plan(folder: Path, user: User, draft_id: str) -> int | None:
    """The plan this user's draft was registered as, if it was."""
    path = _draft_dir(folder, draft_id) / REGISTERED
    if not path.exists():
        return None
    mark = json.loads(path.read_text(encoding="utf-8"))
    return mark["plan_id"] if mark["owner_id"] == user.id else None


def _apply_corrections(session: Session, user: User, draft: Draft, result: IngestResult) -> Registered:
    version = session.get(Plan, result.plan_id).current
    source = session.scalar(select(SourceDocument).where(SourceDocument.sha256 == draft.digest))
    wanted = draft.corrections
    count = sum(len(values) for group in wanted.values() for values in group.values())
    if version.primary_source_id != source.id:  # a less complete second copy: the registered content stays
        return Registered(result, 0, count)
    tasks = {task.path: task for task in session.scalars(select(Task).where(Task.version_id == version.id))}
    for path, values in wanted["tasks"].items():
        for name, value in values.items():
            corrections.correct_task(session, user, tasks[path], name, value)
    for kind, correct, rows in (("targets", corrections.correct_target, version.targets),
                                ("reporting", corrections.correct_duty, version.reporting)):
        # the registered row read as the draft's item: by its place in the source and its text, not by its position
        # in the version (a target of an earlier copy may stay beside them, holding reported figures); rows in id
        # order, so the newest row of a place wins
        by_place = {(row.start, row.end, row.text): row for row in rows}
        for index, values in wanted[kind].items():
            item = draft.plan[kind][int(index)]
            row = by_place[(item["span"]["start"], item["span"]["end"], item["text"])]
            for name, value in values.items():
                correct(session, user, row, name, value)
    return Registered(result, count)
