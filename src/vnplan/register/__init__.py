"""The register: plans, their sources and versions, agencies, citations and search, in a database.

Every function here is what a CLI command or a web page calls; nothing here parses text.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..collation import collation_key, sorted_vi
from ..extract.references import normalise_number
from .db import Database
from .ingest import IngestResult, ingest
from .models import Agency, Plan, PlanVersion, SourceDocument, Target, Task

__all__ = ["Database", "IngestResult", "ingest", "list_plans", "PlanRow", "find_plan_by_number", "known_provinces"]


@dataclass
class PlanRow:
    id: int
    number: str | None
    issuer: str | None
    province: str | None
    issued_date: str | None
    title: str | None
    sources: int
    versions: int
    tasks: int
    targets: int


def list_plans(session: Session) -> list[PlanRow]:
    """One row per logical plan, with counts from its latest version."""
    latest = select(PlanVersion.plan_id, func.max(PlanVersion.id).label("version_id")).group_by(PlanVersion.plan_id).subquery()
    tasks = select(Task.version_id, func.count().label("n")).group_by(Task.version_id).subquery()
    targets = select(Target.version_id, func.count().label("n")).group_by(Target.version_id).subquery()
    sources = select(SourceDocument.plan_id, func.count().label("n")).group_by(SourceDocument.plan_id).subquery()
    versions = select(PlanVersion.plan_id, func.count().label("n")).group_by(PlanVersion.plan_id).subquery()
    rows = session.execute(
        select(Plan, func.coalesce(sources.c.n, 0), func.coalesce(versions.c.n, 0), func.coalesce(tasks.c.n, 0),
               func.coalesce(targets.c.n, 0))
        .join(latest, latest.c.plan_id == Plan.id)
        .outerjoin(tasks, tasks.c.version_id == latest.c.version_id)
        .outerjoin(targets, targets.c.version_id == latest.c.version_id)
        .outerjoin(sources, sources.c.plan_id == Plan.id)
        .outerjoin(versions, versions.c.plan_id == Plan.id)
    ).all()
    # provinces in Vietnamese dictionary order, each province's plans by date
    rows.sort(key=lambda row: (collation_key(row[0].province), row[0].issued_date or date.min, row[0].id))
    return [PlanRow(p.id, p.number, p.issuer, p.province, p.issued_date.isoformat() if p.issued_date else None,
                    p.title, s, v, t, g) for p, s, v, t, g in rows]


def known_provinces(session: Session) -> list[str]:
    """The provinces the register holds plans or agencies of, in dictionary order."""
    names = set(session.scalars(select(Plan.province).where(Plan.province.is_not(None)).distinct()))
    names |= set(session.scalars(select(Agency.province).distinct()))
    return sorted_vi(names)


def find_plan_by_number(session: Session, number: str) -> Plan | None:
    key = normalise_number(number).upper()
    plan = session.scalar(select(Plan).where(Plan.number_key == key))
    if plan is None and number.isdigit():
        plan = session.get(Plan, int(number))
    return plan
