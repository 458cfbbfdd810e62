"""Task search, with or without diacritics: SQLite FTS5 and PostgreSQL full text behind one interface.

Both index the folded task text ("chuyen doi so"), so a query typed with or
without diacritics finds the same tasks. Snippets are cut from the original
text: folding keeps every character's position, so the match is highlighted
where it stands, with its diacritics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from ..textfold import fold
from .agencies import predecessors
from .models import Agency, AgencyAlias, Plan, PlanVersion, Task, TaskAgency


def index(session: Session, tasks: list[Task]) -> None:
    if session.get_bind().dialect.name == "sqlite" and tasks:
        session.execute(text("INSERT INTO task_fts(rowid, folded) VALUES (:id, :folded)"),
                        [{"id": t.id, "folded": t.folded} for t in tasks])


def unindex(session: Session, task_ids: list[int]) -> None:
    if session.get_bind().dialect.name == "sqlite" and task_ids:
        session.execute(text("DELETE FROM task_fts WHERE rowid = :id"), [{"id": i} for i in task_ids])


@dataclass
class Filters:
    province: str | None = None
    plan: str | None = None  # plan number
    agency: str | None = None  # lead or coordinating agency (any spelling, with or without diacritics)
    role: str | None = None  # lead | coordinator | None for both
    year: int | None = None  # the plan's year of issue
    has_deadline: bool | None = None


@dataclass
class Hit:
    task_id: int
    plan_id: int
    plan_number: str | None
    province: str | None
    path: str
    section: str | None
    snippet: str  # the matched words between « and »
    deadline: str | None
    leads: list[str]
    text: str


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", fold(query))


def search(session: Session, query: str, filters: Filters | None = None, limit: int = 20) -> list[Hit]:
    filters = filters or Filters()
    words = _words(query)
    if not words:
        return []
    phrase_hits = _search(session, words, filters, limit, phrase=True)
    hits = phrase_hits + [h for h in _search(session, words, filters, limit, phrase=False)
                          if h.task_id not in {p.task_id for p in phrase_hits}]
    if fold(query) != query.lower():  # typed with diacritics: exact spellings first
        exact = query.lower()
        hits.sort(key=lambda h: exact not in h.text.lower())
    return hits[:limit]


def _search(session: Session, words: list[str], filters: Filters, limit: int, phrase: bool) -> list[Hit]:
    dialect = session.get_bind().dialect.name
    latest = select(func.max(PlanVersion.id)).where(PlanVersion.plan_id == Plan.id).correlate(Plan).scalar_subquery()
    stmt = (select(Task, Plan).join(PlanVersion, Task.version_id == PlanVersion.id)
            .join(Plan, Plan.id == PlanVersion.plan_id).where(PlanVersion.id == latest))
    if dialect == "sqlite":
        match = '"' + " ".join(words) + '"' if phrase else " ".join('"' + w + '"' for w in words)
        ids = select(text("rowid")).select_from(text("task_fts")).where(text("task_fts MATCH :match"))
        stmt = stmt.where(Task.id.in_(ids)).params(match=match)
        order = Task.id
    else:
        tsquery = (func.phraseto_tsquery if phrase else func.plainto_tsquery)("simple", " ".join(words))
        vector = func.to_tsvector("simple", Task.folded)
        stmt = stmt.where(vector.op("@@")(tsquery))
        order = func.ts_rank(vector, tsquery).desc()
    if filters.province:
        stmt = stmt.where(Plan.province == filters.province)
    if filters.plan:
        stmt = stmt.where(Plan.number_key == filters.plan.replace(" ", "").upper())
    if filters.year:
        stmt = stmt.where(Plan.issued_date.between(date(filters.year, 1, 1), date(filters.year, 12, 31)))
    if filters.has_deadline is not None:
        stmt = stmt.where(Task.deadline.is_not(None) if filters.has_deadline else Task.deadline.is_(None))
    if filters.agency:
        key = " ".join(fold(filters.agency).replace("-", " ").replace(",", " ").split())
        named = session.scalars(select(Agency).join(AgencyAlias).where(
            or_(AgencyAlias.key == key, AgencyAlias.key.like(f"%{key}%"))).distinct())
        # Tasks of the agencies whose duties passed to the named one count as its tasks today.
        agency_ids = {a.id for agency in named for a in predecessors(session, agency)}
        links = select(TaskAgency.task_id).where(TaskAgency.agency_id.in_(agency_ids))
        if filters.role:
            links = links.where(TaskAgency.role == filters.role)
        stmt = stmt.where(Task.id.in_(links))
    rows = session.execute(stmt.order_by(order).limit(limit)).all()
    return [_hit(task, plan, words) for task, plan in rows]


def _hit(task: Task, plan: Plan, words: list[str]) -> Hit:
    return Hit(task.id, plan.id, plan.number, plan.province, task.path, task.section, snippet(task.text, words),
               task.deadline.isoformat() if task.deadline else None,
               [link.agency.name for link in task.agencies if link.role == "lead"], task.text)


def snippet(original: str, words: list[str], width: int = 160) -> str:
    """A window of the original text around the first match, every matched word marked «…»."""
    folded = fold(original)
    phrase = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    spans = [(m.start(), m.end()) for m in re.finditer(phrase, folded)]
    for word in words if not spans else []:
        spans += [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded)]
    if not spans:
        return original[:width]
    spans.sort()
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(original), start + width)
    out, pos = [], start
    for a, b in spans:
        if a < pos or b > end:
            continue
        out += [original[pos:a], "«", original[a:b], "»"]
        pos = b
    out.append(original[pos:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(original) else "")
