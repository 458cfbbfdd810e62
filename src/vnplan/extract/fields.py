"""Field blocks: "- Nội dung: …", "Đơn vị chủ trì thực hiện: …", "+ Thời hạn ban hành: …" — a task
table's row written as labelled lines."""
from __future__ import annotations

import re
from datetime import date

from ..lexicon import (COMMENT_ANCHOR, FIELD_LINE, INLINE_FIELD, LEAD_AFTER_DASH, LEAD_WITH_PARTNERS, LEADING_ROLES,
                       NEXT_FIELD, ROLE_AFTER_BODIES, ROLE_SAID, ROLE_WITH_COLON, TRAILING_FIELDS, TRAILING_ROLES,
                       field_role)
from ..segment import Block
from .actors import ADVISED, COORDINATION, actors_of, bodies_named, names_only
from .agencies import AgencyMention, find_agencies
from .dates import days_counted_from, deadline_from_timeframe, deadline_in


_COMMENT_ANCHOR_AT_END = re.compile(COMMENT_ANCHOR + "$")


def trailing_fields(text: str) -> FieldBlock | None:
    """The fields in a parenthesis closing a task's paragraph, named (`TRAILING_FIELDS`) or said by their role
    after the bodies (`TRAILING_ROLES`), when one names its lead; a part naming no field nor role is its time."""
    dashed = LEAD_AFTER_DASH.search(text) if "—" in text or "–" in text else None
    bodies = find_agencies(dashed.group("bodies")) if dashed else []
    if bodies and names_only(dashed.group("bodies"), bodies):
        return _lead_after_dash(dashed)
    if not _COMMENT_ANCHOR_AT_END.sub("", text.rstrip(" .;")).endswith(")"):
        return None
    found = TRAILING_FIELDS.search(text) or TRAILING_ROLES.search(text)
    return _bracketed(found.group("fields")) if found else None


def leading_fields(text: str) -> FieldBlock | None:
    """The same bracket opening the text, before the work it assigns ("(Sở X chủ trì; Sở Y phối hợp) Rà soát …")."""
    found = LEADING_ROLES.match(text) if text[:1] == "(" else None
    fields = _bracketed(found.group("fields")) if found else None
    if fields is not None:
        fields.add("content", text[found.end():], [])
    return fields


def _bracketed(inside: str) -> FieldBlock | None:
    """The fields a bracket holds, each named or said by its role after the bodies, when one names the lead."""
    fields = FieldBlock()
    partners_go_on = False
    for part in inside.split(";"):
        field = FIELD_LINE.match(part.strip()) or ROLE_AFTER_BODIES.match(part.strip())
        with_partners = None if field else LEAD_WITH_PARTNERS.match(part.strip()) or _given_to(part.strip())
        if field:  # "Đơn vị chủ trì: X", "Chủ trì: X", "X chủ trì"
            fields.add(field_role(field.group("role" if field.re is ROLE_AFTER_BODIES else "name")),
                       field.group("value"), [])
        elif with_partners:  # "X chủ trì, phối hợp với Y", "Giao X phối hợp với Y", "Giao X"
            fields.add("lead", with_partners.group("lead"), [])
            fields.add("coordinators", with_partners.group("partners") or "", [])
        elif deadline_from_timeframe(part):
            fields.add("time", part, [])
        elif partners_go_on:  # "… phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan có liên quan"
            fields.add("coordinators", part, [])
            continue
        partners_go_on = bool(with_partners)
    return fields if any(v.strip() for role in ("lead", "assignment") for v in fields.values.get(role, [])) else None


# The work given to a body by the verb that gives it, its partners after it or none: "(Giao Văn phòng X phối hợp với
# Trung tâm Y; thời gian: …)", "(Giao Văn phòng X; thời gian: quý I/2027)".
_GIVEN_TO = re.compile(r"[Gg]iao\s+(?P<lead>\S.*?)(?:\s+phối hợp với\s+(?P<partners>\S.*))?$")


def _given_to(part: str) -> re.Match | None:
    """ "Giao X" or "Giao X phối hợp với Y" where X is bodies alone (not "giao dự toán cho các đơn vị", money handed
    out, nor "giao UBND cấp xã quản lý, sử dụng …", a work put in their care)."""
    given = _GIVEN_TO.match(part)
    bodies = given and find_agencies(given["lead"])
    return given if bodies and names_only(given["lead"], bodies) else None
_MIN_INLINE_FIELDS = 3


def inline_fields(text: str) -> FieldBlock | None:
    """A task written as one line of named fields ("Nhiệm vụ: …; Chủ trì: …; Phối hợp: …; Thời gian: …"): its
    work, lead, partners and time; the work may hold semicolons of its own, a field's name parts them."""
    if ":" not in text[:40]:
        return None
    names = list(INLINE_FIELD.finditer(text))
    roles = [field_role(m.group("name")) for m in names]
    if len(names) < _MIN_INLINE_FIELDS or names[0].start() != 0 or roles[0] != "content" or "lead" not in roles:
        return None
    fields = FieldBlock()
    for name, role, following in zip(names, roles, [*names[1:], None]):
        fields.add(role, text[name.end():following.start() if following else len(text)].strip(" ;"), [])
    return fields


def _lead_after_dash(dashed) -> FieldBlock:
    fields = FieldBlock()
    fields.after_work = dashed.start()
    fields.add("lead", dashed.group("bodies"), [])
    for part in (dashed.group("fields") or "").split(";"):
        role = ROLE_WITH_COLON.match(part.strip())
        if role:
            fields.add(field_role(role.group("name")), role.group("value"), [])
    return fields


def fields_of_line(field: re.Match) -> list[tuple[str, str]]:
    """(role, value) of each field a field line names, one or several one after another ("Thời gian: tháng 5/2026; đơn
    vị thực hiện: Ban X; phối hợp: Y")."""
    first, *others = NEXT_FIELD.split(field.group("value"))
    named = [(field_role(field.group("name")), first)]
    for other in others:
        more = FIELD_LINE.match(other)
        named.append((field_role(more.group("name")), more.group("value")))
    return named


def assigns(block: Block) -> bool:
    """A field line that says who does the work or when; one that opens with the work is a task of its own line
    ("Nhiệm vụ: …; Chủ trì: …", `inline_fields`)."""
    match = FIELD_LINE.match(block.text)
    roles = [role for role, _ in fields_of_line(match)] if match else ["content"]
    return roles[0] != "content" and any(role in ("lead", "coordinators", "assignment", "time") for role in roles)


def _roles_of(assignment: str) -> str:
    """The clauses of an assignment that give the roles, each body with its role ("Sở X chủ trì, Sở Y phối hợp; hoàn
    thành trong quý II/2027", "Sở X chủ trì; Sở Y phối hợp; quý III/2026"), as one sentence."""
    return ", ".join(part.strip() for part in assignment.split(";") if ROLE_SAID.search(part))


def _time_of(assignment: str) -> str:
    """The clauses of an assignment that give no role: its time."""
    return "; ".join(part.strip() for part in assignment.split(";") if not ROLE_SAID.search(part))



# The fields that say who does the work, or what it is, beyond when, where and how.
WHO_AND_WHAT = ("lead", "coordinators", "assignment", "content")


class FieldBlock:
    """The fields of one field block: each role's text, with the lines under it."""

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {}
        self.children: dict[str, list[Block]] = {}
        self.last: list[Block] | None = None
        self.after_work: int | None = None  # where the fields follow the work's own words, when they close its text
        self.content_line: Block | None = None  # the line whose "Nội dung:" field names the work

    def add(self, role: str, value: str, subtree: list[Block]) -> None:
        self.values.setdefault(role, []).append(value)
        self.last = self.children.setdefault(role, [])
        self.last.extend(subtree[1:])

    def names(self, roles: tuple[str, ...]) -> bool:
        """A field of one of the roles holds a value."""
        return any(v.strip() for role in roles for v in self.values.get(role, []))

    def assigns(self) -> bool:
        """The fields name who does the work or when."""
        return self.names(("lead", "coordinators", "assignment", "time"))

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

    def actors(self, aliases: tuple[tuple[str, str], ...] = ()) -> tuple[list[AgencyMention], list[AgencyMention], bool]:
        """Every body a lead field names as doing the work leads; "phối hợp với Y" in it and the
        partner field give the coordinators."""
        leads: list[AgencyMention] = []
        coordinators: list[AgencyMention] = []
        collective = False
        for block in self.children.get("lead", []):
            field = FIELD_LINE.match(block.text)
            if field:  # "b) Cơ quan thực hiện:" then "- Đơn vị chủ trì: X" / "- Đơn vị phối hợp: Y"
                named = bodies_named(field.group("value"), aliases=aliases)
                if field_role(field.group("name")) == "coordinators":
                    coordinators += [m for m in named if not m.collective]
                    collective = collective or any(m.collective for m in named)
                else:
                    leads += named
                continue
            # a sentence under the field ("+ Sở Xây dựng đăng tải … trên các nhà chờ"): its subject
            # leads, the bodies it merely mentions do not
            own = actors_of(block.text, aliases)
            leads += own.leads
            coordinators += own.coordinators
            collective = collective or own.collective
        for text in (v for v in self.values.get("lead", []) if v.strip()):
            split = COORDINATION.search(text)
            doing = text[:split.start()] if split else text
            leads += [m for m in bodies_named(doing, aliases=aliases) if not ADVISED.search(doing[: m.start])]
            if split:
                partners = bodies_named(text, split.end(), aliases)
                coordinators += [m for m in partners if not m.collective]
                collective = collective or any(m.collective for m in partners)
        for text in self._texts("coordinators"):
            partners = bodies_named(text, aliases=aliases)
            coordinators += [m for m in partners if not m.collective]
            collective = collective or any(m.collective for m in partners)
        for text in self._texts("assignment"):  # a sentence: each body by the role it is given
            own = actors_of(_roles_of(text), aliases)
            # (the bodies alone, no role said: "Trách nhiệm: Ban nhân dân các ấp" — they do the work)
            leads += own.leads or ([] if own.coordinators else bodies_named(text, aliases=aliases))
            coordinators += own.coordinators
            collective = collective or own.collective
        return leads, coordinators, collective

    def deadline(self, day_n: date | None = None) -> str | None:
        """The time field's end: its own value, else the time an assignment names beside its roles, else the latest
        date the lines under the time field set; a day counted from the plan's `day_n` as its date."""
        values = [days_counted_from(v, day_n) if day_n else v for v in self.values.get("time", []) if v.strip()]
        if values:
            return deadline_from_timeframe(values[-1])
        for text in self._texts("assignment"):
            time = _time_of(text).strip(" ;.")
            if time and (deadline := deadline_from_timeframe(time) or deadline_in(time)):
                return deadline
        dates = [d for d in (deadline_in(b.text) for b in self.children.get("time", [])) if d]
        return max(dates) if dates else None
