"""Assignment by cross-reference: "Sở X chủ trì các nhiệm vụ tại điểm a, b mục 2 phần III"."""
from __future__ import annotations

import re

from ..model import Task
from ..segment import Block
from .actors import actors_of, names_of

_CROSS_REFERENCE = re.compile(
    r"nhiệm vụ\s+(?:(?:được\s+)?(?:nêu|quy định|giao)\s+)?(?:tại|ở|thuộc)\s+"
    r"((?:(?:điểm|mục|khoản|phần|tiểu mục)\s+[\dIVXa-zđ.]+(?:\s*(?:,|và)\s*[\dIVXa-zđ.]+)*\s*,?\s*)+)",
    re.I,
)
_REFERENCE_LABEL = re.compile(r"(?:điểm|mục|khoản|phần|tiểu mục)\s+([\dIVXa-zđ.]+(?:\s*(?:,|và)\s*[\dIVXa-zđ.]+)*)", re.I)


def _referenced_prefixes(reference: str) -> list[str]:
    """ "điểm a, b mục 2 phần III" -> ["III.2.a", "III.2.b"]: labels read by their form, whatever the word
    before them (a Roman numeral is a part, a number an item, a letter a point)."""
    part, items, points = "", [""], [""]
    for group in _REFERENCE_LABEL.finditer(reference):
        labels = [x.strip(" .") for x in re.split(r",|và", group.group(1)) if x.strip(" .")]
        if all(re.fullmatch(r"[IVX]+", x) for x in labels):
            part = labels[0]
        elif all(re.fullmatch(r"\d+(?:\.\d+)*", x) for x in labels):
            items = labels
        elif all(re.fullmatch(r"[a-zđ]", x) for x in labels):
            points = labels
    return [".".join(filter(None, [part, item, point])) for item in items for point in points]


def apply_cross_references(tasks: list[Task], blocks: list[Block], aliases: tuple[tuple[str, str], ...] = ()) -> list[Task]:
    """Leads given by cross-reference; a more specific reference overrides a general one. The
    sentence that hands the items over is not a task of its own."""
    assignments: list[tuple[str, list[str], int]] = []
    for block in blocks:
        m = _CROSS_REFERENCE.search(block.text) if "nhiệm vụ" in block.text else None
        if not m:
            continue
        leads = names_of(actors_of(block.text, aliases).leads)
        if leads:
            assignments += [(prefix, leads, block.index) for prefix in _referenced_prefixes(m.group(1)) if prefix]
    if not assignments:
        return tasks
    referring = {index for _, _, index in assignments}
    for prefix, leads, _ in sorted(assignments, key=lambda a: a[0].count(".")):
        for task in tasks:
            if task.id == prefix or task.id.startswith(prefix + "."):
                task.lead = leads
                task.coordinators = [c for c in task.coordinators if c not in leads]
    spans = {blocks[i].text_start for i in referring}
    return [t for t in tasks if t.span.start not in spans]
