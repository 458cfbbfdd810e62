"""The agency registry: one canonical record per agency and province, its aliases, successors.

New names are matched to the registry with rapidfuzz: a near-certain match
becomes an alias; a doubtful one becomes its own record flagged for review
(`vnplan agencies --unresolved`) until someone merges it (`agencies merge`).
Successors carry a date, so a task assigned in 2024 to "Sở Kế hoạch và Đầu tư"
is found under "Sở Tài chính" today, with the name as written kept on the link.
The 2025 reorganisation (departments merged or renamed, provinces merged) is data
(`vnplan/data/successions_2025.json`), applied as each agency is registered: the
successors form a chain with dates, and `current` resolves an agency for any date.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Iterable, NamedTuple

from rapidfuzz import fuzz, process
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..collation import sorted_vi
from ..extract.agencies import is_collective_name
from ..monitor.formatting import today_local
from ..textfold import fold
from .audit import record
from .models import Agency, AgencyAlias, TaskAgency

SURE = 95  # rapidfuzz score above which a new spelling is the same agency
DOUBT = 85  # between DOUBT and SURE: a separate record, flagged for review


class Link(NamedTuple):
    """An agency on a task, as a plain row: pages list hundreds, where ORM objects cost several times more."""

    role: str  # lead | coordinator
    agency_id: int
    name: str


def task_links(session: Session, task_ids: list[int]) -> dict[int, list[Link]]:
    """The agencies of many tasks at once, in the order they were linked."""
    out: dict[int, list[Link]] = {task_id: [] for task_id in task_ids}
    for i in range(0, len(task_ids), 900):  # within any database's limit on parameters
        rows = session.execute(
            select(TaskAgency.task_id, TaskAgency.role, TaskAgency.agency_id, Agency.name)
            .join(Agency, Agency.id == TaskAgency.agency_id)
            .where(TaskAgency.task_id.in_(task_ids[i:i + 900])).order_by(TaskAgency.id))
        for task_id, role, agency_id, name in rows:
            out[task_id].append(Link(role, agency_id, name))
    return out


@lru_cache(maxsize=8192)  # the same few hundred names come back with every plan of a province
def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").replace(",", " ").split())


class Registry:
    """The agencies of one province, loaded once, for resolving many names in one transaction."""

    def __init__(self, session: Session, province: str, family: dict[str, Registry] | None = None):
        self.session = session
        self.province = province
        rows = session.execute(select(AgencyAlias.key, Agency).join(Agency).where(AgencyAlias.province == province)).all()
        self.by_key: dict[str, Agency] = {key: agency for key, agency in rows}
        # the registries of other provinces opened alongside this one, shared, so that no body is created twice
        self.family = family if family is not None else {}
        self.family[province] = self

    def resolve(self, name: str, resolved: bool = True) -> Agency:
        """The registry record for `name`, creating it (and its alias) when new."""
        key = _key(name)
        agency = self.by_key.get(key) or self._named_with_province(key)
        if agency is not None:
            return agency
        kind = "collective" if is_collective_name(name) else "agency"
        doubtful_of = None
        if kind == "agency" and not resolved:
            # Only names the gazetteer did not know are matched fuzzily, and only against the same kind of body.
            head = key.split()[0]
            same_kind = [k for k in self.by_key if k.split()[0] == head]
            best = process.extractOne(key, same_kind, scorer=fuzz.ratio) if same_kind else None
            if best and best[1] >= SURE:
                agency = self.by_key[best[0]]
                self._alias(agency, name, key)
                return agency
            if best and best[1] >= DOUBT:
                doubtful_of = self.by_key[best[0]]
        agency = Agency(province=self.province, name=name, kind=kind, resolved=resolved and doubtful_of is None)
        if doubtful_of is not None:
            agency.doubtful_of = doubtful_of
        self.session.add(agency)
        self._alias(agency, name, key)
        self.link_successor(agency)
        return agency

    def _named_with_province(self, key: str) -> Agency | None:
        """A body of this province named with it ("Sở Tài chính tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh") is
        the one the registry knows without it ("Sở Tài chính", "Ủy ban nhân dân tỉnh")."""
        province = _key(self.province)
        for suffix in (f" tinh {province}", f" thanh pho {province}", f" {province}"):
            if key.endswith(suffix) and (known := self.by_key.get(key[: -len(suffix)])):
                return known
        return None

    def _alias(self, agency: Agency, name: str, key: str) -> None:
        self.session.add(AgencyAlias(agency=agency, province=self.province, alias=name, key=key))
        self.by_key[key] = agency

    def link_successor(self, agency: Agency) -> None:
        """Link a newly registered agency to the body that took over its duties in the 2025 reorganisation
        (creating that body when needed); the successor is linked in turn, so the chain runs to today.

        A department merged into another department is followed first when that came first; a body of a
        province merged into another becomes the body of the same name there, unless its name carries the
        old province's name (a branch or an association named after the province is not simply carried over).
        """
        if agency.kind != "agency":
            return
        steps = [s for s in department_successions() if _key(s.old) == _key(agency.name) and s.applies_in(self.province)]
        merged = province_succession(self.province)
        if merged and _key(self.province) not in _key(agency.name):
            steps.append(merged)
        if not steps:
            return
        step = min(steps, key=lambda s: s.on)
        registry = self if step is not merged else self.of(step.new)
        agency.successor = registry.resolve(agency.name if step is merged else step.new)
        agency.successor_on = step.on

    def of(self, province: str) -> Registry:
        """The registry of another province, in the same family (loaded once)."""
        return self.family.get(province) or Registry(self.session, province, self.family)


def link_successors(session: Session) -> int:
    """Link the agencies registered before the reorganisation data knew of them to the bodies that took over
    their duties; returns how many were linked."""
    family: dict[str, Registry] = {}
    waiting = list(session.scalars(select(Agency).where(Agency.successor_id.is_(None), Agency.kind == "agency")))
    for agency in waiting:
        (family.get(agency.province) or Registry(session, agency.province, family)).link_successor(agency)
    session.flush()
    return sum(1 for agency in waiting if agency.successor_id is not None)


def resolve(session: Session, province: str, name: str, resolved: bool = True) -> Agency:
    """One name, resolved against the province's registry (see `Registry` for many names)."""
    agency = Registry(session, province).resolve(name, resolved)
    session.flush()
    return agency


def find(session: Session, name: str, province: str | None = None) -> list[Agency]:
    query = select(Agency).join(AgencyAlias).where(AgencyAlias.key == _key(name))
    if province:
        query = query.where(Agency.province == province)
    return list(session.scalars(query.distinct()))


def unresolved(session: Session) -> list[Agency]:
    return in_dictionary_order(session.scalars(select(Agency).where(Agency.resolved.is_(False))))


def in_dictionary_order(agencies: Iterable[Agency]) -> list[Agency]:
    """Agencies by province, then name, in Vietnamese dictionary order."""
    return sorted_vi(agencies, key=lambda agency: (agency.province, agency.name))


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
    on = on or today_local()
    seen = set()
    while agency.successor_id and agency.successor_on and agency.successor_on <= on and agency.id not in seen:
        seen.add(agency.id)
        agency = session.get(Agency, agency.successor_id)
    return agency


class Holders:
    """Which agency holds an agency's duties today: itself, or the successor its duties passed to."""

    def __init__(self, session: Session, today: date) -> None:
        self.moves = {a.id: a.successor_id for a in session.execute(
            select(Agency.id, Agency.successor_id).where(Agency.successor_id.is_not(None),
                                                         Agency.successor_on <= today))}

    def __call__(self, agency_id: int) -> int:
        if agency_id not in self.moves:  # most agencies: asked once per duty and per report of a whole register
            return agency_id
        seen = set()
        while agency_id in self.moves and agency_id not in seen:
            seen.add(agency_id)
            agency_id = self.moves[agency_id]
        return agency_id


def predecessors(session: Session, agency: Agency) -> list[Agency]:
    """The agency and every agency whose duties passed to it."""
    out, frontier = [agency], [agency.id]
    while frontier:
        found = list(session.scalars(select(Agency).where(Agency.successor_id.in_(frontier))))
        found = [a for a in found if a not in out]
        out.extend(found)
        frontier = [a.id for a in found]
    return out


def chain(session: Session, agency: Agency) -> list[tuple[Agency, date | None]]:
    """The agency and each body that took over its duties, with the day it did: the history an
    agency page shows, from the name as written to the body that holds the duties today."""
    out: list[tuple[Agency, date | None]] = [(agency, None)]
    while agency.successor_id and agency.successor_on:
        on = agency.successor_on
        agency = session.get(Agency, agency.successor_id)
        if any(seen.id == agency.id for seen, _ in out):
            break
        out.append((agency, on))
    return out


@dataclass(frozen=True)
class Succession:
    """`old` passed its duties to `new` on `on`: a department (in every province but the exceptions)
    or a province (its bodies go to the bodies of the same name in the province it merged into)."""

    old: str
    new: str
    on: date
    except_provinces: frozenset[str] = frozenset()  # keys of the provinces where this did not happen
    duties_elsewhere: str | None = None  # the duties that went to another body, in words

    def applies_in(self, province: str) -> bool:
        return _key(province) not in self.except_provinces


def _successions(kind: str) -> tuple[Succession, ...]:
    data = json.loads(resources.files("vnplan.data").joinpath("successions_2025.json").read_text(encoding="utf-8"))
    return tuple(Succession(old, entry["new"], date.fromisoformat(entry["on"]),
                            frozenset(map(_key, entry.get("except_provinces", []))), entry.get("duties_elsewhere"))
                 for entry in data[kind] for old in entry["old"])


@lru_cache(maxsize=1)
def department_successions() -> tuple[Succession, ...]:
    return _successions("departments")


@lru_cache(maxsize=1)
def _province_successions() -> dict[str, Succession]:
    return {_key(s.old): s for s in _successions("provinces")}


def duties_elsewhere(agency: Agency) -> str | None:
    """The duties of a merged department that went to another body than its successor, in words."""
    return next((s.duties_elsewhere for s in department_successions()
                 if _key(s.old) == _key(agency.name) and s.applies_in(agency.province)), None)


def province_succession(province: str) -> Succession | None:
    """The merger or renaming of `province` (by its bare name), if it had one."""
    return _province_successions().get(_key(province))
