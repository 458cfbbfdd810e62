"""The agency registry: one canonical record per agency and province, its aliases, successors.

New names are matched to the registry with rapidfuzz: a near-certain match
becomes an alias; a doubtful one becomes its own record flagged for review
(`vnplan agencies --unresolved`) until someone merges it (`agencies merge`).
Successors carry a date, so a task assigned in 2024 to "Sở Kế hoạch và Đầu tư"
is found under "Sở Tài chính" today, with the name as written kept on the link.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib import resources

from rapidfuzz import fuzz, process
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..extract.agencies import is_collective_name
from ..textfold import fold
from .audit import record
from .models import Agency, AgencyAlias, TaskAgency

SURE = 95  # rapidfuzz score above which a new spelling is the same agency
DOUBT = 85  # between DOUBT and SURE: a separate record, flagged for review


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").replace(",", " ").split())


def resolve(session: Session, province: str, name: str, resolved: bool = True) -> Agency:
    """The registry record for `name` in `province`, creating it (and its alias) when new."""
    key = _key(name)
    alias = session.scalar(select(AgencyAlias).where(AgencyAlias.province == province, AgencyAlias.key == key))
    if alias:
        return alias.agency
    known = session.execute(select(AgencyAlias.key, AgencyAlias.agency_id).where(AgencyAlias.province == province)).all()
    kind = "collective" if is_collective_name(name) else "agency"
    doubtful_of = None
    if known and kind == "agency" and not resolved:
        # Only names the gazetteer did not know are matched fuzzily, and only against the same kind of body.
        head = key.split()[0]
        same_kind = [k for k, _ in known if k.split()[0] == head]
        best = process.extractOne(key, same_kind, scorer=fuzz.ratio) if same_kind else None
        if best:
            best = (best[0], best[1], [k for k, _ in known].index(best[0]))
        if best and best[1] >= SURE:
            agency = session.get(Agency, known[best[2]][1])
            session.add(AgencyAlias(agency=agency, province=province, alias=name, key=key))
            return agency
        if best and best[1] >= DOUBT:
            doubtful_of = known[best[2]][1]
    agency = Agency(province=province, name=name, kind=kind, resolved=resolved and doubtful_of is None,
                    doubtful_of_id=doubtful_of)
    session.add(agency)
    session.add(AgencyAlias(agency=agency, province=province, alias=name, key=key))
    session.flush()
    apply_successions(session, province, [agency])
    return agency


def find(session: Session, name: str, province: str | None = None) -> list[Agency]:
    query = select(Agency).join(AgencyAlias).where(AgencyAlias.key == _key(name))
    if province:
        query = query.where(Agency.province == province)
    return list(session.scalars(query.distinct()))


def unresolved(session: Session) -> list[Agency]:
    return list(session.scalars(select(Agency).where(Agency.resolved.is_(False)).order_by(Agency.province, Agency.name)))


def merge(session: Session, source: Agency, target: Agency, actor: str = "cli") -> None:
    """Fold `source` into `target`: its aliases and task links move, the record goes. Audited."""
    before = {"source": source.name, "source_id": source.id, "target": target.name, "target_id": target.id}
    links = session.execute(update(TaskAgency).where(TaskAgency.agency_id == source.id)
                            .values(agency_id=target.id)).rowcount
    for alias in list(source.aliases):
        alias.agency = target
    session.execute(update(Agency).where(Agency.doubtful_of_id == source.id).values(doubtful_of_id=target.id))
    session.execute(update(Agency).where(Agency.successor_id == source.id).values(successor_id=target.id))
    session.flush()
    session.delete(source)
    target.resolved = True
    record(session, "agency.merge", "agency", target.id, before, {"links_moved": links}, actor)


def succeed(session: Session, old: Agency, new: Agency, on: date, actor: str = "cli") -> None:
    before = {"successor_id": old.successor_id, "successor_on": str(old.successor_on) if old.successor_on else None}
    old.successor_id, old.successor_on = new.id, on
    record(session, "agency.succeed", "agency", old.id, before, {"successor_id": new.id, "successor_on": str(on)}, actor)


def current(session: Session, agency: Agency, on: date | None = None) -> Agency:
    """The agency that holds `agency`'s duties on `on` (today by default), following successors."""
    on = on or date.today()
    seen = set()
    while agency.successor_id and agency.successor_on and agency.successor_on <= on and agency.id not in seen:
        seen.add(agency.id)
        agency = session.get(Agency, agency.successor_id)
    return agency


def predecessors(session: Session, agency: Agency) -> list[Agency]:
    """The agency and every agency whose duties passed to it."""
    out, frontier = [agency], [agency.id]
    while frontier:
        found = list(session.scalars(select(Agency).where(Agency.successor_id.in_(frontier))))
        found = [a for a in found if a not in out]
        out.extend(found)
        frontier = [a.id for a in found]
    return out


@dataclass
class Succession:
    old: str
    new: str
    on: date


def national_successions() -> list[Succession]:
    data = json.loads(resources.files("vnplan.data").joinpath("successions_2025.json").read_text(encoding="utf-8"))
    return [Succession(d["old"], d["new"], date.fromisoformat(d["on"])) for d in data["departments"]]


def apply_successions(session: Session, province: str, agencies: list[Agency]) -> None:
    """Link newly registered agencies to their 2025 successors (creating the successor when needed)."""
    for succession in national_successions():
        for agency in agencies:
            if agency.successor_id is None and _key(agency.name) == _key(succession.old):
                successor = resolve(session, province, succession.new)
                agency.successor_id, agency.successor_on = successor.id, succession.on
