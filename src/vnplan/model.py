"""Plain dataclasses for an extracted plan, and their JSON form (schema version 1)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Span:
    """Character offsets [start, end) into the normalised text."""

    start: int
    end: int


@dataclass
class Document:
    number: str | None = None
    type: str | None = None
    issuer: str | None = None
    province: str | None = None
    issued_date: str | None = None
    title: str | None = None
    signer: str | None = None
    signer_title: str | None = None


@dataclass
class Reference:
    number: str
    type: str | None
    date: str | None
    span: Span


@dataclass
class Target:
    text: str
    indicator: str
    min: float | None
    max: float | None
    unit: str
    year: int | None
    task: str | None
    span: Span


@dataclass
class Task:
    id: str
    section: str | None
    text: str
    lead: list[str]
    coordinators: list[str]
    coordinators_collective: bool
    deadline: str | None
    span: Span
    subsection: str | None = None
    unresolved_agencies: list[str] = field(default_factory=list)


@dataclass
class ReportingDuty:
    reporter: str | None
    recipient: str | None
    frequency: str | None
    due: str | None
    text: str
    span: Span


@dataclass
class OutlineNode:
    label: str
    title: str
    level: int
    span: Span


@dataclass
class Plan:
    document: Document
    references: list[Reference]
    targets: list[Target]
    tasks: list[Task]
    reporting: list[ReportingDuty]
    outline: list[OutlineNode]
    text: str = field(repr=False, default="")
    source: str | None = None

    def to_dict(self) -> dict:
        out = {
            "schema": 1,
            "document": asdict(self.document),
            "references": [asdict(r) for r in self.references],
            "targets": [asdict(t) for t in self.targets],
            "tasks": [asdict(t) for t in self.tasks],
            "reporting": [asdict(r) for r in self.reporting],
            "outline": [asdict(n) for n in self.outline],
        }
        if self.source:
            out["file"] = self.source
        return out

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
