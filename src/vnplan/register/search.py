"""Task search, with or without diacritics: SQLite FTS5 and PostgreSQL full text behind one interface.

Both index the folded task text ("chuyen doi so"), so a query typed with or
without diacritics finds the same tasks. Snippets are cut from the original
text: folding keeps every character's position, so the match is highlighted
where it stands, with its diacritics.

The index holds the text only, which no correction changes; the agency and deadline filters and the
leads and deadline of each hit are read through `corrected`, so a corrected lead is found under its
new agency (and the bodies that took over its duties) and no longer under the old one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from ..textfold import fold, fold_aligned
from . import corrected
from .agencies import predecessors
from .models import Agency, AgencyAlias, Plan, PlanVersion, Task


_WORD = re.compile(r"[^\W_]+")
_MAX_POSITIONS = 256  # PostgreSQL keeps no more positions per word, and none past 16383


def tsvector(folded: str) -> str:
    """The PostgreSQL tsvector of a folded task text, in its input syntax: 'chuyen':1 'doi':2 'so':3.

    Built here (in the ingest's worker processes) rather than by to_tsvector() on the server, whose
    parser costs more per task than the rest of storing it; words are split as `_words` splits a
    query, so both always agree.
    """
    positions: dict[str, list[int]] = {}
    for position, word in enumerate(_WORD.findall(folded)[:16383], 1):
        positions.setdefault(word, []).append(position)
    return " ".join(f"'{word}':{','.join(map(str, places[:_MAX_POSITIONS]))}" for word, places in positions.items())


def row_columns(session: Session, vector: str) -> dict[str, str]:
    """Search columns a new task row carries: PostgreSQL's tsvector; none on SQLite (see `index`)."""
    return {"search_vector": vector} if session.get_bind().dialect.name == "postgresql" else {}


def index(session: Session, tasks: list[tuple[int, str]]) -> None:
    """Add (task id, folded text) pairs to SQLite's FTS5 index (PostgreSQL's vector is in the task row)."""
    if session.get_bind().dialect.name == "sqlite" and tasks:
        session.execute(text("INSERT INTO task_fts(rowid, folded) VALUES (:id, :folded)"),
                        [{"id": task_id, "folded": folded} for task_id, folded in tasks])


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
    return _WORD.findall(fold(query))


def search(session: Session, query: str, filters: Filters | None = None, limit: int = 20) -> list[Hit]:
    """Tasks of the plans' current versions matching every word; the words as a phrase rank first."""
    filters = filters or Filters()
    words = _words(query)
    if not words:
        return []
    hits = _search(session, words, filters, limit, phrase=True)
    if len(hits) < limit and len(words) > 1:
        seen = {h.task_id for h in hits}
        hits += [h for h in _search(session, words, filters, limit, phrase=False) if h.task_id not in seen]
    if fold(query) != query.lower():  # typed with diacritics: exact spellings first
        exact = query.lower()
        hits.sort(key=lambda h: exact not in h.text.lower())
    return hits[:limit]


_CANDIDATES = 10  # text matches fetched per wanted result when no filter narrows the search


def _search(session: Session, words: list[str], filters: Filters, limit: int, phrase: bool) -> list[Hit]:
    dialect = session.get_bind().dialect.name
    stmt = (select(Task, Plan).join(PlanVersion, Task.version_id == PlanVersion.id)
            .join(Plan, Plan.id == PlanVersion.plan_id).where(PlanVersion.is_current.is_(True)))
    filtered = any(v is not None for v in vars(filters).values())
    if dialect == "sqlite":
        match = '"' + " ".join(words) + '"' if phrase else " ".join('"' + w + '"' for w in words)
        # Newest tasks first: FTS5 walks its index in rowid order, so no match beyond the page is read.
        ranked = (text("SELECT rowid AS id FROM task_fts WHERE task_fts MATCH :match ORDER BY rowid DESC"
                       + ("" if filtered else f" LIMIT {limit * _CANDIDATES}"))
                  .bindparams(match=match).columns(id=Integer).subquery())
        stmt = stmt.join(ranked, ranked.c.id == Task.id)
        order = Task.id.desc()
    else:
        config = literal_column("'simple'::regconfig")
        tsquery = (func.phraseto_tsquery if phrase else func.plainto_tsquery)(config, " ".join(words))
        vector = literal_column("task.search_vector")  # see `tsvector`; a GIN index (PostgreSQL only)
        stmt = stmt.where(vector.op("@@")(tsquery))
        # No ORDER BY: the GIN index then answers rare and common words alike with a bitmap scan that stops
        # at the page; sorting by id would let the planner walk the primary key and test every row.
        order = None
    if filters.province:
        stmt = stmt.where(Plan.province == filters.province)
    if filters.plan:
        stmt = stmt.where(Plan.number_key == filters.plan.replace(" ", "").upper())
    if filters.year:
        stmt = stmt.where(Plan.issued_date.between(date(filters.year, 1, 1), date(filters.year, 12, 31)))
    if filters.has_deadline is not None:
        deadline = corrected.deadline_column(session)
        stmt = stmt.where(deadline.is_not(None) if filters.has_deadline else deadline.is_(None))
    if filters.agency:
        key = " ".join(fold(filters.agency).replace("-", " ").replace(",", " ").split())
        named = session.scalars(select(Agency).join(AgencyAlias).where(
            or_(AgencyAlias.key == key, AgencyAlias.key.like(f"%{key}%"))).distinct())
        # Tasks of the agencies whose duties passed to the named one count as its tasks today.
        agency_ids = {a.id for agency in named for a in predecessors(session, agency)}
        stmt = stmt.where(corrected.naming(session, agency_ids, filters.role))
    if order is not None:
        stmt = stmt.order_by(order)
    rows = session.execute(stmt.limit(limit)).all()
    facts = corrected.task_facts(session, [task for task, _ in rows])
    return [_hit(task, plan, words, facts[task.id]) for task, plan in rows]


def _hit(task: Task, plan: Plan, words: list[str], facts: corrected.TaskFacts) -> Hit:
    return Hit(task.id, plan.id, plan.number, plan.province, task.path, task.section,
               snippet(task.text, words, folded=task.folded),
               facts.deadline.isoformat() if facts.deadline else None,
               [link.name for link in facts.named("lead")], task.text)


def snippet(original: str, words: list[str], width: int = 160, folded: str | None = None) -> str:
    """A window of the original text around the first match, every matched word marked «…».

    `folded` is the stored folded text; it is used when it lines up with the original character
    for character (as it does for Vietnamese), else the text is folded again, aligned.
    """
    if folded is None or len(folded) != len(original):
        folded = fold_aligned(original)
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
