"""Tasks: every leaf assignment in the parts of a plan that list tasks and solutions.

The outline tree from `segment` gives the structure: a heading ("b) Sở Kế hoạch
và Đầu tư chủ trì, phối hợp với …") sets the lead and coordinators for the
bullets under it; a bullet or stand-alone paragraph is one task; "+" sub-bullets
and "(i)" items stay inside the task they sit under; a heading with nothing
under it is a task by itself. Field-style items ("- Cơ quan chủ trì: …") and
task tables (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian) give
one task per item or row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Span, Task
from ..segment import LEVEL_CHILD, LEVEL_ITEM, LEVEL_LEAD_IN, Block
from .agencies import AgencyMention, find_agencies, may_name_agency_at
from .dates import deadline_from_timeframe, deadline_in
from ..lexicon import (ACTION_VERBS, ACTIVITY_HEADINGS, CONDITIONAL, EXECUTION_ARTICLE, FIELD_LINE, GENERIC_DUTY, NON_TASK_SECTIONS, OWN_PLAN, THIS_DOCUMENT, field_role, NON_TASK_HEADINGS, ORGANISATION_HEADINGS, TASK_HEADINGS,
                       VERB_PREFIXES)

DEFAULT_COLLECTIVE_LEAD = "Các sở, ban, ngành, địa phương"
_SEPARATOR = re.compile(r"^\s*(?:,|;|và|,\s*và|với)?\s*(?:các\s+(?=[A-ZĐ]))?$")
_COORDINATION = re.compile(
    r"phối hợp(?:\s*(?:chặt chẽ|đồng bộ|thường xuyên|tốt|,|hỗ trợ))*(?:\s+(?:với|cùng))?\s*", re.I
)
_ADVISED = re.compile(r"(?:tham mưu|trình|giúp|báo cáo)(?:\s+(?:cho|với))?\s*$", re.I)
_CONNECTIVE = re.compile(r"^(?:Đồng thời|Ngoài ra|Bên cạnh đó|Trong đó)\b")


@dataclass
class Actors:
    leads: list[AgencyMention] = field(default_factory=list)
    coordinators: list[AgencyMention] = field(default_factory=list)
    collective: bool = False


def _chain(mentions: list[AgencyMention], text: str, start: int) -> list[AgencyMention]:
    """Mentions listed one after another from `start`, joined by commas or 'và'."""
    out: list[AgencyMention] = []
    pos = start
    for mention in mentions:
        if mention.start < pos:
            continue
        if _SEPARATOR.match(text[pos:mention.start]):
            out.append(mention)
            pos = mention.end
        else:
            break
    return out


_GIVEN = re.compile(r"\(Giao\s+")  # "(Giao Công an tỉnh chủ trì, …)" names the lead outright
_LEAD_OPENING = re.compile(r"^\s*(?:Giao\s+|Đề nghị\s+|[Cc]ác Sở\s*:\s*)?")
_ROLE_BEFORE = re.compile(r"(?:cơ quan|đơn vị)\s+$")


@lru_cache(maxsize=4096)
def actors_of(text: str) -> Actors:
    """Subject agencies at the start of `text`, coordinators after 'phối hợp', collective partners."""
    actors = Actors()
    given = _GIVEN.search(text)
    head = _LEAD_OPENING.match(text)
    coordination = list(_COORDINATION.finditer(text)) if "phối hợp" in text.lower() else []
    names_list = head.group(0).rstrip().endswith(":")  # "Các Sở: Tài chính, Xây dựng, …"
    if not (given or coordination or names_list or may_name_agency_at(text, head.end())):
        return actors  # no place where an agency could be named: spare the scan
    mentions = find_agencies(text)
    if given:
        actors.leads = _chain(mentions, text, given.end())
    if not actors.leads:
        actors.leads = _chain(mentions, text, head.end())
    for m in coordination:
        if _ROLE_BEFORE.search(text, 0, m.start()):
            continue  # "các cơ quan phối hợp có trách nhiệm" names a role, not a partner
        chain = _chain(mentions, text, m.end())
        for mention in chain:
            if mention.collective:
                actors.collective = True
            elif mention.name not in {x.name for x in actors.coordinators}:
                actors.coordinators.append(mention)
    return actors


def _lead_names(mentions: list[AgencyMention]) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        name = mention.name[:1].upper() + mention.name[1:]
        if name not in names:
            names.append(name)
    return names


@dataclass
class _Part:
    kind: str  # tasks | organisation | other
    label: str


_VERB_OPENING = re.compile(
    r"(?:(?:" + "|".join(VERB_PREFIXES) + r")\s*,?\s+)*(?:" + "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
    + r")(?![\wđ])",
    re.I,
)
_ORGANISATION_HEADING = re.compile("|".join(ORGANISATION_HEADINGS), re.I)
_TASK_HEADING = re.compile("|".join(TASK_HEADINGS), re.I)
_NON_TASK_HEADING = re.compile("|".join(NON_TASK_HEADINGS), re.I)
_ACTIVITY_HEADING = re.compile("|".join(ACTIVITY_HEADINGS), re.I)
_NON_TASK_SECTION = re.compile("(?:" + "|".join(NON_TASK_SECTIONS) + r")\b", re.I)


def opens_with_action(text: str) -> bool:
    """ "Tăng cường …", "Tiếp tục rà soát …": the text opens with an instruction."""
    return bool(_VERB_OPENING.match(text.lstrip("*_ ")))


def instructs(text: str) -> bool:
    """The text tells someone to do something: it opens with an action or with its actor."""
    return opens_with_action(text) or bool(actors_of(text).leads)


_DESCRIPTION = re.compile(r"\s(?:là|bao gồm|gồm có|gồm|như một|được hiểu là)\s|:$")


def _describes(text: str) -> bool:
    """A sentence that says what something is or holds, and instructs nobody."""
    text = text.rstrip()
    return (text.startswith("(") or bool(_DESCRIPTION.search(text[:120] if not text.endswith(":") else text))) \
        and not instructs(text)


def _role_from_heading(heading: str) -> str | None:
    if _ORGANISATION_HEADING.search(heading):
        return "organisation"
    if _TASK_HEADING.search(heading) and not _NON_TASK_HEADING.search(heading):
        return "tasks"
    if _NON_TASK_HEADING.search(heading) or _TASK_HEADING.search(heading):
        return "other"
    return None  # a heading named by its topic: the content decides


def _role_from_content(blocks: list[Block], members: list[int]) -> str:
    """A part whose blocks mostly instruct someone lists tasks, whatever its heading says."""
    inside = [blocks[i] for i in members if blocks[i].kind not in ("part", "row")]
    if inside == [blocks[members[0]]]:
        return "tasks" if instructs(inside[0].text) else "other"  # a numbered item standing alone
    instructing = sum(instructs(b.text) for b in inside)
    return "tasks" if instructing >= 2 and instructing * 2 >= len(inside) else "other"


def _article_role(heading: str, blocks: list[Block], members: list[int]) -> str:
    """An article (Điều) assigns work when it names who does it and is not the decision's formula."""
    if _ORGANISATION_HEADING.search(heading):
        return "organisation"
    if EXECUTION_ARTICLE.search(heading[:200]):
        return "other"
    if actors_of(heading).leads or heading.lower().startswith(("giao ", "yêu cầu ")):
        return "tasks"
    return _role_from_content(blocks, members)


def classify_parts(blocks: list[Block]) -> list[_Part | None]:
    """For each block, the part it sits in (None before the first part or after the signature)."""
    from ..segment import is_end_of_body

    # Without part headings (I., II.), upper-case numbered items ("1. NHIỆM VỤ, GIẢI PHÁP") divide the
    # plan; a notice or directive numbered only "1.", "2." is divided by those items, each read by its content.
    has_parts = any(b.kind == "part" for b in blocks)
    upper_items = any(b.kind == "item" and b.level == LEVEL_ITEM and b.text.isupper() for b in blocks)
    heads: list[tuple[Block, list[int]]] = []  # each part's heading block and the blocks inside it
    membership: list[int | None] = []
    stopped = False
    for block in blocks:
        if block.kind == "part" or (not has_parts and block.kind == "item" and block.level == LEVEL_ITEM
                                    and (block.text.isupper() or not upper_items)):
            heads.append((block, []))
            stopped = False
        elif is_end_of_body(block):
            stopped = True
        if heads and not stopped:
            heads[-1][1].append(block.index)
            membership.append(len(heads) - 1)
        else:
            membership.append(None)
    parts: list[_Part] = []
    for head, members in heads:
        if head.label.startswith("Điều"):
            kind = _article_role(head.text, blocks, members)
        elif head.kind == "item" and not head.text.isupper():
            kind = _role_from_content(blocks, members)  # a numbered sentence, not a heading: its words say little
        else:
            kind = _role_from_heading(head.text) or _role_from_content(blocks, members)
        parts.append(_Part(kind, head.label.replace(" ", "")))
    out = [None if m is None else parts[m] for m in membership]
    _split_unheaded_organisation(blocks, out)
    return out


def _split_unheaded_organisation(blocks: list[Block], parts: list[_Part | None]) -> None:
    """A numbered list restarting at 1 after the tasks, about "this plan", is an unheaded Tổ chức thực hiện."""
    top_numbers: list[int] = []
    current: _Part | None = None
    replacement: _Part | None = None
    for block in blocks:
        part = parts[block.index]
        if part is not current:
            current, replacement, top_numbers = part, None, []
        if replacement is not None:
            parts[block.index] = replacement
            continue
        if part is not None and part.kind == "tasks" and block.kind == "item" and block.level == LEVEL_ITEM:
            number = int(block.label)
            if number == 1 and top_numbers and max(top_numbers) > 1 and re.search(r"Kế hoạch này|báo cáo", block.text):
                replacement = _Part("organisation", part.label)
                parts[block.index] = replacement
            top_numbers.append(number)


def _assigning_field(block: Block) -> bool:
    match = FIELD_LINE.match(block.text)
    return bool(match) and field_role(match.group("name")) in ("lead", "coordinators", "time")


class _Fields:
    """The fields of one field block: each role's text, with the lines under it."""

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {}
        self.children: dict[str, list[Block]] = {}
        self.last: list[Block] | None = None

    def add(self, role: str, value: str, subtree: list[Block]) -> None:
        self.values.setdefault(role, []).append(value)
        self.last = self.children.setdefault(role, [])
        self.last.extend(subtree[1:])

    @property
    def content_blocks(self) -> list[Block]:
        """ "- Nội dung:" with nothing after it: the lines under it are the contents, one task each."""
        if any(v.strip() for v in self.values.get("content", [])):
            return []
        return [b for b in self.children.get("content", []) if b.level == min(c.level for c in self.children["content"])]

    def content_text(self) -> str:
        parts = [*self.values.get("content", []), *(b.text for b in self.children.get("content", []))]
        return " ".join(p.strip() for p in parts if p.strip())

    def _texts(self, role: str) -> list[str]:
        return [v for v in self.values.get(role, []) if v.strip()] + [b.text for b in self.children.get(role, [])]

    def actors(self) -> tuple[list[AgencyMention], list[AgencyMention], bool]:
        """Every body a lead field names as doing the work leads; "phối hợp với Y" in it and the
        partner field give the coordinators."""
        leads: list[AgencyMention] = []
        coordinators: list[AgencyMention] = []
        collective = False
        for text in self._texts("lead"):
            split = _COORDINATION.search(text)
            doing = text[:split.start()] if split else text
            leads += [m for m in find_agencies(doing) if not _ADVISED.search(doing[: m.start])]
            if split:
                partners = find_agencies(text, split.end())
                coordinators += [m for m in partners if not m.collective]
                collective = collective or any(m.collective for m in partners)
        for text in self._texts("coordinators"):
            partners = find_agencies(text)
            coordinators += [m for m in partners if not m.collective]
            collective = collective or any(m.collective for m in partners)
        return leads, coordinators, collective

    def deadline(self) -> str | None:
        """The time field's end: its own value, else the latest date the lines under it set."""
        values = [v for v in self.values.get("time", []) if v.strip()]
        if values:
            return deadline_from_timeframe(values[-1])
        dates = [d for d in (deadline_in(b.text) for b in self.children.get("time", [])) if d]
        return max(dates) if dates else None


class _TaskBuilder:
    def __init__(self, blocks: list[Block], parts: list[_Part | None]):
        self.blocks = blocks
        self.parts = parts
        self.tasks: list[Task] = []
        self.task_blocks: list[int] = []
        self.ids: set[str] = set()
        self.counters: dict[str, int] = {}
        self._ancestors: dict[int, list[Block]] = {}

    # -- context -----------------------------------------------------------
    def ancestors(self, block: Block) -> list[Block]:
        """Parent first, up to the root; built once per block, since every task asks several times."""
        chain = self._ancestors.get(block.index)
        if chain is None:
            chain = [] if block.parent is None else [self.blocks[block.parent], *self.ancestors(self.blocks[block.parent])]
            self._ancestors[block.index] = chain
        return chain

    def in_part(self, block: Block) -> list[int]:
        part = self.parts[block.index]
        return [c for c in block.children if self.parts[c] is part]

    def context_actors(self, block: Block) -> tuple[list[AgencyMention], list[AgencyMention], bool]:
        """Lead, coordinators and collective flag inherited from the nearest assigning heading."""
        for ancestor in self.ancestors(block):
            actors = actors_of(ancestor.text)  # a part or article heading can assign too ("Điều 2. Giao Sở X:")
            if actors.leads:
                return actors.leads, actors.coordinators, actors.collective
            if ancestor.kind == "part":
                break
        return [], [], False

    def section_of(self, block: Block, own_heading: bool) -> tuple[str | None, str | None]:
        headings = [a for a in self.ancestors(block) if a.kind in ("item", "sub") or a.level == LEVEL_LEAD_IN]
        if own_heading:
            headings = [block] + headings
        items = [h for h in headings if h.kind == "item"]
        section = items[-1].line if items else (headings[-1].line if headings else None)
        subsection = headings[0].line if headings and headings[0].line != section else None
        if own_heading and subsection == block.line:
            subsection = None
        return section, subsection

    def make_id(self, block: Block, own_heading: bool) -> str:
        part = self.parts[block.index]
        labels = [a.label for a in reversed(self.ancestors(block)) if a.kind in ("item", "sub") and a.label]
        if own_heading:
            labels.append(block.label)
        # "2.4" under "2" already says "2": keep the most specific label of each number
        path = [label for i, label in enumerate(labels)
                if not any(other.startswith(label + ".") for other in labels[i + 1:])]
        prefix = ".".join(filter(None, [part.label if part else "", *path]))
        if own_heading:
            base = prefix
        else:
            self.counters[prefix] = self.counters.get(prefix, 0) + 1
            base = f"{prefix}.{self.counters[prefix]}" if prefix else str(self.counters[prefix])
        while base in self.ids:
            base += "'"
        self.ids.add(base)
        return base

    # -- building ------------------------------------------------------------
    def add(self, block: Block, own_heading: bool, extra: list[Block] = ()) -> None:
        body = block.text
        end = block.start + len(block.line)
        for child in extra:
            body += " " + child.line
            end = child.start + len(child.line)
        own = actors_of(body)
        lead_m, coord_m, collective = self.context_actors(block)
        leads = own.leads or lead_m
        coordinators = list(coord_m) + [c for c in own.coordinators if c.name not in {x.name for x in coord_m}]
        lead_names = _lead_names(leads) or [DEFAULT_COLLECTIVE_LEAD]
        coordinators = [c for c in coordinators if c.name not in lead_names]
        section, subsection = self.section_of(block, own_heading)
        task = Task(
            id=self.make_id(block, own_heading),
            section=section,
            subsection=subsection,
            text=body.strip(),
            lead=lead_names,
            coordinators=[c.name for c in coordinators],
            coordinators_collective=collective or own.collective,
            deadline=deadline_in(body),
            span=Span(block.text_start, end),
            unresolved_agencies=[m.name for m in [*leads, *coordinators] if not m.resolved and not m.collective],
        )
        self.tasks.append(task)
        self.task_blocks.append(block.index)

    def add_assigned(self, block: Block, own_heading: bool, content: str, end: int, fields: "_Fields") -> None:
        """One task whose lead, partners and time come from a field block, as a table row's do."""
        leads, coordinators, collective = fields.actors()
        if not leads:
            inherited, inherited_coordinators, inherited_collective = self.context_actors(block)
            own = actors_of(content)
            leads = own.leads or inherited
            coordinators = coordinators or [*inherited_coordinators, *own.coordinators]
            collective = collective or inherited_collective or own.collective
        lead_names = _lead_names(leads) or [DEFAULT_COLLECTIVE_LEAD]
        coordinators = [c for c in coordinators if not c.collective and c.name not in lead_names]
        section, subsection = self.section_of(block, own_heading)
        self.tasks.append(Task(
            id=self.make_id(block, own_heading),
            section=section,
            subsection=subsection,
            text=content.strip(),
            lead=lead_names,
            coordinators=list(dict.fromkeys(c.name for c in coordinators)),
            coordinators_collective=collective,
            deadline=fields.deadline() or deadline_in(content),
            span=Span(block.text_start, end),
            unresolved_agencies=[m.name for m in [*leads, *coordinators] if not m.resolved and not m.collective],
        ))
        self.task_blocks.append(block.index)

    def field_section(self, heading: Block) -> bool:
        """Read the children of `heading` as content and the field blocks that assign it.

        A field block right under the heading assigns the heading itself (or the content its
        "Nội dung" field gives); a field block after bullets assigns every bullet since the last
        one. Returns False, adding nothing, when no child is a field that assigns.
        """
        children = [self.blocks[c] for c in self.in_part(heading)]
        if not any(_assigning_field(c) for c in children):
            return False
        runs: list[tuple[list[Block], _Fields]] = []  # content blocks and the fields that follow them
        content: list[Block] = []
        fields: _Fields | None = None
        for child in children:
            match = FIELD_LINE.match(child.text)
            if match:
                if fields is None:
                    fields = _Fields()
                fields.add(field_role(match.group("name")), match.group("value"), self.subtree(child))
            elif fields is not None and fields.last and child.text[:1].islower():
                fields.last.append(child)  # the field's own line, wrapped
            else:
                if fields is not None:
                    runs.append((content, fields))
                    content, fields = [], None
                content.append(child)
        runs.append((content, fields or _Fields()))
        for blocks, assigned in runs:
            if not blocks and assigned.content_blocks:
                blocks = assigned.content_blocks
            if not blocks:
                text = assigned.content_text() or heading.text
                self.add_assigned(heading, True, text, self.end_of(heading), assigned)
                continue
            for block in blocks:
                subtree = self.subtree(block)
                text = " ".join(b.text if b is block else b.line for b in subtree)
                self.add_assigned(block, False, text, self.end_of(subtree[-1]), assigned)
        return True

    def subtree(self, block: Block) -> list[Block]:
        return [block, *(self.blocks[i] for i in self._descendants(block))]

    @staticmethod
    def end_of(block: Block) -> int:
        return block.start + len(block.line)

    def run(self) -> list[Task]:
        blocks = self.blocks
        consumed: set[int] = set()
        for block in blocks:
            part = self.parts[block.index]
            if part is None or block.index in consumed or block.kind in ("part", "row"):
                continue
            is_org = part.kind == "organisation"
            if part.kind == "other" and not self._in_task_section(block):
                continue
            if part.kind == "tasks" and self._in_non_task_section(block):
                continue
            if is_org and not self._assigned_in_organisation(block):
                continue
            children = self.in_part(block)
            if children and self.field_section(block):
                consumed.update(self._descendants(block))
                continue
            if block.kind in ("item", "sub") or block.level == LEVEL_LEAD_IN:
                if not children:
                    self.add(block, own_heading=True)
                elif self._completed_by_its_list(block, children):
                    extra = [blocks[i] for i in self._descendants(block)]
                    self.add(block, own_heading=True, extra=extra)
                    consumed.update(b.index for b in extra)
                elif self._heading_is_also_task(block):
                    self.add(block, own_heading=True)
                continue
            if block.level >= LEVEL_CHILD and self.task_blocks and self._inside_last_task(block):
                continue  # '+' and '(i)' items were folded into their task
            extra = [blocks[i] for i in self._descendants(block)]
            if block.kind == "para" and _CONNECTIVE.match(block.text) and self.tasks and self._follows_children(block):
                last = self.tasks[-1]
                last.text += " " + block.line
                last.span = Span(last.span.start, block.start + len(block.line))
                continue
            if _describes(block.text):
                continue  # "Hạ tầng số bao gồm …", "Tài sản số như một …": a description, not an instruction
            if not extra and self._introduces_a_list(block):
                continue  # "Các nhiệm vụ trọng tâm bao gồm:" before its a), b): a lead-in, not a task
            self.add(block, own_heading=False, extra=extra)
            consumed.update(b.index for b in extra)
        return self.tasks

    def _introduces_a_list(self, block: Block) -> bool:
        following = self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None
        return (block.text.rstrip().endswith(":") and following is not None
                and following.kind in ("item", "sub", "dash", "star", "enum") and not instructs(block.text))

    def _completed_by_its_list(self, block: Block, children: list[int]) -> bool:
        """ "Chủ trì triển khai các nền tảng sau:" then "- Nền tảng quản lý dược;": an instruction whose
        dash list only names its objects is one task, the list inside it."""
        if not block.text.rstrip().endswith(":") or not opens_with_action(block.text):
            return False
        items = [self.blocks[c] for c in children]
        return all(b.kind in ("dash", "star", "plus", "enum") and not instructs(b.text) for b in items)

    def _in_non_task_section(self, block: Block) -> bool:
        """ "6. Kinh phí thực hiện" or "1. Mục tiêu" inside a task part: budget lines and objectives."""
        for candidate in (block, *self.ancestors(block)):
            if candidate.kind == "part":
                return False
            if candidate.kind in ("item", "sub") and _NON_TASK_SECTION.match(candidate.text) \
                    and not _TASK_HEADING.search(candidate.text):
                return True
        return False

    def _in_task_section(self, block: Block) -> bool:
        """A section about activities inside a part about something else ("II. MỤC TIÊU" → "d) Các
        hoạt động chính" → "- Lồng ghép …"): its instructing items are tasks all the same."""
        if block.kind in ("item", "sub"):
            return False
        for ancestor in self.ancestors(block):
            if ancestor.kind == "part":
                return False
            if ancestor.kind in ("item", "sub") and _ACTIVITY_HEADING.search(ancestor.text) \
                    and not _NON_TASK_HEADING.search(ancestor.text):
                return instructs(block.text)
        return False

    def _descendants(self, block: Block) -> list[int]:
        out = []
        for c in self.in_part(block):
            out.append(c)
            out.extend(self._descendants(self.blocks[c]))
        return out

    def _inside_last_task(self, block: Block) -> bool:
        last = self.task_blocks[-1]
        return any(a.index == last for a in self.ancestors(block))

    def _follows_children(self, block: Block) -> bool:
        prev = self.blocks[block.index - 1]
        return prev.level >= LEVEL_CHILD

    def _heading_is_also_task(self, block: Block) -> bool:
        """'e) Xây dựng … .' followed by more paragraphs: a sentence, not an assignment line. A numbered
        item that instructs and is followed only by unlabelled paragraphs keeps its own text as a task."""
        text = block.text.strip()
        if not text.endswith(".") or actors_of(text).leads:
            return False
        if block.kind == "sub":
            return len(text) > 80
        children = [self.blocks[c] for c in self.in_part(block)]
        return block.kind == "item" and opens_with_action(text) and all(c.kind == "para" for c in children)

    def _assigned_in_organisation(self, block: Block) -> bool:
        """In Tổ chức thực hiện the duties given body by body are tasks ("1. Sở Y tế: …", "2. Sở Tài
        chính" then its bullets, "3. UBND các xã chủ động …"); a stand-alone paragraph with only the
        generic duties (build your own plan, carry this one out, monitor, report) is not."""
        chain = [block, *self.ancestors(block)]
        entries = [c for c in chain if c.kind != "part" and self.parts[c.index] is self.parts[block.index]]
        if not entries:
            return False
        entry = entries[-1]  # the body's entry in the list: the outermost block inside the part
        if entry.kind not in ("item", "sub", "dash", "star") and entry.level != LEVEL_LEAD_IN:
            return False
        if CONDITIONAL.search(block.text):
            return False
        actors = actors_of(_without_office(entry.text))
        if not actors.leads:
            return False
        if entry is block and not self.in_part(block):
            if GENERIC_DUTY.search(block.text):
                return False
            addressed_to_all = all(m.collective for m in actors.leads)
            return not (addressed_to_all and (THIS_DOCUMENT.search(block.text) or OWN_PLAN.search(block.text)))
        return True


_OFFICE = re.compile(r"^(?:Giao\s+|Đề nghị\s+)?(?:(?:Thủ trưởng|Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Người đứng đầu)"
                     r"(?:\s+(?:các\s+)?(?=[A-ZĐ])|,\s*))+")


def _without_office(text: str) -> str:
    """ "Thủ trưởng các sở, ban, ngành …", "Giám đốc Sở Y tế …": the office-holder stands for the body."""
    return _OFFICE.sub(lambda m: "các " if m.group(0).rstrip().endswith("các") else "", text, count=1)


_ROW_LABEL = re.compile(r"[\dIVXLC.]*|[A-ZĐa-zđ][.)]?")  # a row's number cell: "1", "2.3", "IV", "A", "a)"


def table_tasks(blocks: list[Block], start_id: int) -> list[Task]:
    """One task per row of a task table (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian)."""
    tasks: list[Task] = []
    columns: dict[str, int] | None = None
    previous: list[str] = []
    section = None
    for block in blocks:
        if block.kind != "row":
            columns = None if block.kind in ("part",) else columns
            continue
        cells = [c.strip() for c in block.line.strip().strip("|").split("|")]
        roles = [field_role(c) for c in cells]
        if "content" in roles and "lead" in roles:  # a header row names the columns
            columns = {}
            for i, role in enumerate(roles):
                columns.setdefault({"coordinators": "coord"}.get(role, role), i)
            continue
        if not columns or "content" not in columns:
            continue
        if columns["content"] == 0 and len(cells) > 1 and cells[0] and _ROW_LABEL.fullmatch(cells[0]):
            cells = cells[1:]  # a header repeated without its number column
        elif cells and not _ROW_LABEL.fullmatch(cells[0]) and columns["content"] > 0:
            # A row whose first cells were merged with the row above starts at its content cell.
            cells = [""] * columns["content"] + cells
            cells += previous[len(cells):]  # and the cells merged below it are the row above's
        if len(cells) <= columns["content"]:
            continue
        content = cells[columns["content"]]
        if re.fullmatch(r"[-\s:]*", content):
            continue
        lead_text = cells[columns["lead"]] if "lead" in columns and columns["lead"] < len(cells) else ""
        if not lead_text and all(not c for i, c in enumerate(cells) if i != columns["content"] and not _ROW_LABEL.fullmatch(c)):
            section = content  # a group heading row
            continue
        previous = cells
        coord_text = cells[columns["coord"]] if "coord" in columns and columns["coord"] < len(cells) else ""
        time_text = cells[columns["time"]] if "time" in columns and columns["time"] < len(cells) else ""
        leads = find_agencies(lead_text)
        coords = find_agencies(coord_text)
        lead_names = _lead_names(leads) or ([lead_text] if lead_text else [DEFAULT_COLLECTIVE_LEAD])
        offset = block.start + block.line.find(content) if content else block.start
        tasks.append(Task(
            id=f"T.{start_id + len(tasks) + 1}",
            section=section,
            text=content,
            lead=lead_names,
            coordinators=[c.name for c in coords if not c.collective],
            coordinators_collective=any(c.collective for c in coords),
            deadline=deadline_from_timeframe(time_text) if time_text else deadline_in(content),
            span=Span(offset, offset + len(content)),
            unresolved_agencies=[m.name for m in [*leads, *coords] if not m.resolved and not m.collective],
        ))
    return tasks


# "Sở X chủ trì … các nhiệm vụ tại điểm a, b mục 2 phần III": numbered items of the plan handed to a body.
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


def _apply_cross_references(tasks: list[Task], blocks: list[Block]) -> list[Task]:
    """Leads given by cross-reference; a more specific reference overrides a general one. The
    sentence that hands the items over is not a task of its own."""
    assignments: list[tuple[str, list[str], int]] = []
    for block in blocks:
        m = _CROSS_REFERENCE.search(block.text) if "nhiệm vụ" in block.text else None
        if not m:
            continue
        leads = _lead_names(actors_of(_without_office(block.text)).leads)
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


def extract_tasks(blocks: list[Block], parts: list | None = None) -> list[Task]:
    """Tasks from the outline; `parts` is `classify_parts(blocks)` when the caller has it already."""
    parts = parts if parts is not None else classify_parts(blocks)
    tasks = _TaskBuilder(blocks, parts).run()
    return _apply_cross_references(tasks + table_tasks(blocks, len(tasks)), blocks)
