"""The citation graph: which plans cite or implement a document, and the chain upward.

A reference resolves to a plan when that plan is in the register (same number);
otherwise it is a stub known only by its number, type and date. A plan's title
names the documents it implements, in order ("triển khai Kế hoạch 113-KH/TU …
thực hiện Nghị quyết 29-NQ/TW"), which gives the chain upward.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..extract.references import normalise_number
from .models import Plan, PlanVersion, Reference


@dataclass
class Citation:
    plan_id: int
    number: str | None
    province: str | None
    issued_date: str | None
    title: str | None
    implements: bool  # named in the plan's title, not only cited in passing
    chain: list[str] = field(default_factory=list)  # this plan -> … -> the cited document


def _latest_versions():
    return select(func.max(PlanVersion.id)).group_by(PlanVersion.plan_id)


def citing(session: Session, number: str) -> list[Citation]:
    """Plans whose latest version cites `number`, directly or through a cited plan in the register."""
    key = normalise_number(number).upper()
    out: dict[int, Citation] = {}
    frontier, seen = [key], set()
    while frontier:
        current = frontier.pop()
        if current in seen:
            continue
        seen.add(current)
        rows = session.execute(
            select(Plan, Reference.in_title).join(PlanVersion, PlanVersion.plan_id == Plan.id)
            .join(Reference, Reference.version_id == PlanVersion.id)
            .where(Reference.number_key == current, PlanVersion.id.in_(_latest_versions()))
        ).all()
        for plan, in_title in rows:
            if plan.id not in out:
                out[plan.id] = Citation(plan.id, plan.number, plan.province,
                                        plan.issued_date.isoformat() if plan.issued_date else None,
                                        plan.title, bool(in_title), chain_upward(session, plan))
            if plan.number_key:
                frontier.append(plan.number_key)
    return sorted(out.values(), key=lambda c: (c.province or "", c.issued_date or ""))


def chain_upward(session: Session, plan: Plan) -> list[str]:
    """The plan, then the documents its title says it implements, in the order the title names them."""
    refs = session.scalars(select(Reference).where(Reference.version_id == plan.current.id,
                                                   Reference.in_title.is_(True)).order_by(Reference.start)).all()
    chain = [plan.number or f"#{plan.id}"]
    for ref in refs:
        if ref.number not in chain:
            chain.append(ref.number)
    return chain


@dataclass
class ComparedGroup:
    left: str | None
    left_tasks: int
    right: str | None
    right_tasks: int
    similarity: int


def compare(session: Session, left: Plan, right: Plan) -> list[ComparedGroup]:
    """Two plans side by side, group by group: top-level sections paired by title similarity."""
    def groups(plan: Plan) -> dict[str, int]:
        counts: dict[str, int] = {}
        for task in plan.current.tasks:
            name = task.section or "(khác)"
            counts[name] = counts.get(name, 0) + 1
        return counts

    a, b = groups(left), groups(right)
    pairs = sorted(((fuzz.token_set_ratio(x, y), x, y) for x in a for y in b), reverse=True)
    used_a, used_b, out = set(), set(), []
    for score, x, y in pairs:
        if score < 50 or x in used_a or y in used_b:
            continue
        used_a.add(x)
        used_b.add(y)
        out.append(ComparedGroup(x, a[x], y, b[y], int(score)))
    out += [ComparedGroup(x, a[x], None, 0, 0) for x in a if x not in used_a]
    out += [ComparedGroup(None, 0, y, b[y], 0) for y in b if y not in used_b]
    return out
