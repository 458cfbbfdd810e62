"""Assignment by cross-reference: "Sở X chủ trì các nhiệm vụ tại điểm a, b mục 2 phần III"."""
from __future__ import annotations

import re

from ..lexicon import DIVISION_LETTERS, DIVISION_ORDINALS, REQUIRES_ANOTHER, division_letter
from ..model import Task
from ..segment import Block
from .actors import DEFAULT_COLLECTIVE_LEAD, actors_of, names_of, names_only
from .agencies import find_agencies, is_collective_name
from .parts import opens_with_action
from .reporting_words import SEND

# A label is a whole word: a Roman numeral, a number ("2", "1.3") or a letter; labels of one kind are listed with
# commas or "và", and each list follows its word: "điểm a, b mục 2 phần III", "khoản 1 và khoản 2 Mục III".
_LABEL = r"(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\.?(?![\w])"
_LABELS = r"(?:các\s+)?(?:điểm|mục|khoản|phần|tiểu mục)\s+(" + _LABEL + r"(?:\s*(?:,|và)\s*" + _LABEL + r")*)"
# "Phần thứ hai": a division, written as the letter part it is ("B."), above the parts I., II. it holds
_DIVISION = r"phần\s+thứ\s+(" + "|".join(DIVISION_ORDINALS) + r")(?![\wđ])"
_PLACES = r"(?:" + _DIVISION + r"|" + _LABELS + r"(?:\s*(?:,|và)?\s*" + _LABELS + r")*)"
_CROSS_REFERENCE = re.compile(
    r"(?:nhiệm vụ|nội dung)\s+(?:(?:được\s+)?(?:nêu|quy định|giao)\s+)?(?:tại|ở|thuộc)\s+(" + _PLACES + ")",
    re.I,
)
_REFERENCE_LABEL = re.compile(_LABELS, re.I)
# Work about the places' tasks rather than the tasks themselves: their means, their monitoring ("bố trí nguồn lực thực
# hiện các nhiệm vụ tại mục II", "theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại …"): no hand-over.
_WORK_ABOUT_THEM = re.compile(r"(?<![\wđ])(?:bố trí|nguồn lực|kinh phí|theo dõi|đôn đốc|kiểm tra|giám sát|tổng hợp"
                              r"|đánh giá|hướng dẫn)(?![\wđ])", re.I)
_CLAUSE_BREAK = re.compile(r"[;.](?!\d)\s*")
_PARTNERS_ONLY = re.compile(r"(?:(?!chủ trì)[^;.])*phối hợp với(?:(?!chủ trì)[^;.])*", re.I)
# right after the places: the places are an appendix's, the groups of its table ("các nhiệm vụ tại mục I và mục IV Phụ
# lục"), whose rows' tasks are "T.I.5" (not the plan's own part I)
_IN_APPENDIX = re.compile(r"\s*(?:của\s+|tại\s+)?(?:các\s+)?Phụ lục(?:\s+(?:số\s+)?([IVXLC]{1,6}|\d{1,2}))?(?![\wđ])",
                          re.I)
# … of another document, not this plan's: "tại mục II Phụ lục kèm theo Quyết định số 1520/QĐ-TTg"
_ANOTHER_DOCUMENTS = re.compile(r"\s*(?:ban hành\s+)?(?:kèm theo|của)\s+(?:Quyết định|Nghị quyết|Nghị định|Thông tư|"
                                r"Chỉ thị|Kế hoạch|Chương trình|Công văn|Văn bản)\s+(?:số\s+)?\d", re.I)
# … or an article's: "tại điểm a khoản 2 Điều này", "tại khoản 3 Điều 1" (its tasks' ids open on the article's label)
_OF_AN_ARTICLE = re.compile(r"\s*(?:của\s+)?Điều\s+(này|\d{1,3})(?![\wđ])", re.I)
# … and another document's, which this plan's items are not: "tại khoản 2 Điều 1 Nghị quyết số 30/NQ-HĐND"
_ANOTHER_DOCUMENTS_ARTICLE = re.compile(r"\s*(?:của\s+)?Điều\s+\d{1,3}\s+(?:của\s+)?(?:Luật|Bộ luật|Nghị quyết"
                                        r"|Nghị định|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Pháp lệnh)\b", re.I)
_AGENT_AFTER = re.compile(r"\s*do\s")  # right after the places: the body that leads them ("… khoản 7 do Sở X chủ trì")


def _about_them(before: str, aliases: tuple[tuple[str, str], ...]) -> bool:
    """The clause's words before the places, its bodies' names left out ("Ban Tổ chức - Kiểm tra chủ trì …"), do work
    about the places' tasks."""
    if not _WORK_ABOUT_THEM.search(before):
        return False
    for mention in reversed(find_agencies(before, aliases=aliases)):
        before = before[:mention.start] + before[mention.end:]
    return _WORK_ABOUT_THEM.search(before) is not None


def _referenced_prefixes(reference: str) -> list[str]:
    """ "điểm a, b mục 2 phần III" -> ["III.2.a", "III.2.b"]: labels read by their form, whatever the word
    before them (a Roman numeral is a part, a number an item, a letter a point). Units are written from the
    smallest up, so a part closes what came before it; lists of one unit in a row add up ("khoản 1 và khoản 2
    Mục III" -> ["III.1", "III.2"]), and a smaller unit after a larger one starts another place ("điểm a khoản 1,
    điểm b khoản 2")."""
    division = re.fullmatch(_DIVISION, reference, re.I)
    if division:
        return [division_letter(division.group(1))]
    prefixes: list[str] = []
    waiting: list[tuple[str, str]] = []  # (item, point) places not yet given their part
    items: list[str] = []
    points: list[str] = []
    last = ""
    for group in _REFERENCE_LABEL.finditer(reference):
        labels = [x.strip(" .") for x in re.split(r",|và", group.group(1)) if x.strip(" .")]
        kind = ("part" if all(re.fullmatch(r"[IVX]+", x) for x in labels)
                else "item" if all(re.fullmatch(r"\d+(?:\.\d+)*", x) for x in labels) else "point")
        if kind == "point" and last != "point":
            waiting += [(item, point) for item in items or [""] for point in points or [""]] if points or items else []
            items, points = [], labels
        elif kind == "point":
            points += labels
        elif kind == "item" and last == "item" and points:
            # "điểm a khoản 3 và khoản 8": the points were the first item's; the next item stands whole
            waiting += [(item, point) for item in items for point in points]
            items, points = labels, []
        elif kind == "item":
            items = items + labels if last == "item" else labels
        else:
            places = waiting + [(item, point) for item in items or [""] for point in points or [""]]
            prefixes += [".".join(filter(None, [labels[0], item, point])) for item, point in places]
            waiting, items, points = [], [], []
        last = kind
    places = waiting + ([(item, point) for item in items or [""] for point in points or [""]] if items or points else [])
    return prefixes + [".".join(filter(None, [item, point])) for item, point in places]


_PARTNERS_CLAUSE = re.compile(r"[;,]\s*(?:(?!chủ trì)[^;.])*?phối hợp(?:(?!chủ trì)[^;.])*", re.I)


def _partners_end(text: str, reference_end: int) -> int:
    """Where the words naming the assignment's partners end: its clause, and the clause after it when that one only
    gives partners ("…; Vụ Pháp chế phối hợp", "…, phối hợp với Cục X")."""
    partners = _PARTNERS_CLAUSE.match(text, reference_end)
    if partners:
        return partners.end()
    following = _CLAUSE_BREAK.search(text, reference_end)
    return following.start() if following else len(text)


_PART_LABEL = re.compile(r"[IVX]+")


def _part_of_the_list(block: Block, blocks: list[Block]) -> str | None:
    """The part a list of assignments refers to as a whole, named in its heading ("1. Phân công chủ trì thực hiện các
    nhiệm vụ tại mục IV:" over "a) Sở X chủ trì các nhiệm vụ tại khoản 2"): its items' places are in that part."""
    parent = block.parent
    while parent is not None:
        heading = _CROSS_REFERENCE.search(blocks[parent].text)
        if heading:
            prefixes = _referenced_prefixes(heading.group(1))
            return prefixes[0] if len(prefixes) == 1 and _PART_LABEL.fullmatch(prefixes[0]) else None
        parent = blocks[parent].parent
    return None


_BUT_OTHERS = re.compile(r"\s*,?\s*(?:trừ|ngoại trừ)\s+(?:các\s+)?nhiệm vụ\s+(?:đã\s+)?(?:được\s+)?(?:giao|phân công)",
                         re.I)


def _headed_by(block: Block, blocks: list[Block], aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """The bodies the heading over the block names, and nothing else ("1. Sở X" over "- Chủ trì thực hiện các nhiệm vụ
    tại …"): the one the block speaks for."""
    parent = block.parent
    while parent is not None:
        heading = blocks[parent].text.strip().rstrip(" :")
        leads = actors_of(heading, aliases).leads
        if leads and names_only(heading, leads):
            return names_of(leads)
        parent = blocks[parent].parent
    return []


def _text_lead(text: str, block: Block, blocks: list[Block], aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """Who leads the places a block hands over when its clause names no one: the body its text names, or its
    heading's, which it leads when it opens by leading another ("1. Đảng ủy Ủy ban nhân dân tỉnh" / "- Lãnh đạo Ủy
    ban nhân dân tỉnh …; lãnh đạo, chỉ đạo thực hiện các nhiệm vụ tại khoản 2 mục III")."""
    headed = _headed_by(block, blocks, aliases)
    if headed and REQUIRES_ANOTHER.match(text):
        return headed
    return names_of(actors_of(text, aliases).leads) or headed


def _in_part(prefix: str, part: str | None) -> str:
    return f"{part}.{prefix}" if part and not _PART_LABEL.fullmatch(prefix.split(".")[0]) \
        and not _is_division(prefix) else prefix


def _is_division(prefix: str) -> bool:
    return len(prefix) == 1 and prefix in DIVISION_LETTERS


def _division_spans(blocks: list[Block]) -> dict[str, tuple[int, int]]:
    """Where each division ("B. NHIỆM VỤ, GIẢI PHÁP", once "Phần thứ hai") runs: its tasks' ids start with the parts it
    holds ("I.1"), not with its letter."""
    spans: dict[str, tuple[int, int]] = {}
    for i, block in enumerate(blocks):
        if block.kind == "part" and _is_division(block.label):
            end = next((b.start for b in blocks[i + 1:] if b.kind == "part" and b.level <= block.level), None)
            spans[block.label] = (block.start, end if end is not None else blocks[-1].start + len(blocks[-1].line))
    return spans


def _article_named(named: re.Match | None, block: Block, blocks: list[Block]) -> str:
    """The label of the article the places are in, as its tasks' ids open on it ("Điều1"): the one named, or the one
    the sentence stands in for "Điều này"; "" for none."""
    if named is None:
        return ""
    if named.group(1).isdigit():
        return f"Điều{named.group(1)}"
    parent = block.parent
    while parent is not None and not blocks[parent].label.startswith("Điều"):
        parent = blocks[parent].parent
    return blocks[parent].label.replace(" ", "") if parent is not None else ""


def _placed(prefix: str, appendix: re.Match | None, article: str, part: str | None) -> str:
    """The places as the tasks' ids have them: in the appendix named after them, in the article named, or in the part
    the sentence's list refers to."""
    if appendix:
        return _in_the_appendix(prefix, appendix)
    return f"{article}.{prefix}" if article else _in_part(prefix, part)


def _in_the_appendix(prefix: str, appendix: re.Match) -> str:
    """The places as the ids of the appendix's table rows have them ("T.PLII.I" for "mục I Phụ lục II"; "T.I" for
    "mục I Phụ lục", whichever appendix)."""
    return ".".join(filter(None, ("T", f"PL{appendix.group(1).upper()}" if appendix.group(1) else "", prefix)))


def _places_it(prefix: str, task: Task, divisions: dict[str, tuple[int, int]]) -> bool:
    if prefix.startswith("T."):  # an appendix's group: its table's rows under it
        within = task.id if "PL" in prefix else re.sub(r"^T\.PL\w+", "T", task.id)
        return within.startswith(prefix + ".")
    if task.id == prefix or task.id.startswith(prefix + "."):
        return True
    span = divisions.get(prefix)
    return span is not None and span[0] <= task.span.start < span[1]


def apply_cross_references(tasks: list[Task], blocks: list[Block], aliases: tuple[tuple[str, str], ...] = (),
                           default_lead: str = DEFAULT_COLLECTIVE_LEAD) -> list[Task]:
    """Leads and partners given by cross-reference; a more specific reference overrides a general one. The
    sentence that hands the items over is not a task of its own. (`default_lead`: who does the work that names
    nobody, as the tasks were given it.)"""
    assignments: list[tuple[str, list[str], list[str], int, bool]] = []
    for block in blocks:
        text = block.text
        refers = "nhiệm vụ" in text or "nội dung" in text  # (the plain test spares most blocks the pattern)
        part = _part_of_the_list(block, blocks) if refers else None
        previous_end, previous_leads = 0, []
        for m in _CROSS_REFERENCE.finditer(text) if refers else ():
            # each reference is its own clause's: "Sở X chủ trì các nhiệm vụ tại mục 2 …; Sở Y chủ trì nhiệm vụ tại điểm a
            # mục 3 …, Sở Z chủ trì nhiệm vụ tại điểm 4 mục III" (a clause naming no body hands its places to the
            # reference's before it, or to the block's)
            clause = max([b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())] + [previous_end])
            if _about_them(text[clause:m.start()], aliases):
                continue
            # (bodies that join another in the places' tasks lead none that has its lead: "Đề nghị Bộ X phối hợp với Bộ
            # Y thực hiện các nhiệm vụ tại mục 2 Phần II")
            joins = _PARTNERS_ONLY.fullmatch(text, clause, m.start()) is not None
            # (its lead before it, or after it in its clause: "riêng nhiệm vụ tại điểm a khoản 7 do Sở Y chủ trì")
            clause_end = next((b.start() for b in _CLAUSE_BREAK.finditer(text, m.end())), len(text))
            agent = _AGENT_AFTER.match(text, m.end(), clause_end)
            leads = names_of(actors_of(text[clause:m.start()].lstrip(" ,"), aliases).leads) \
                or (agent and names_of(actors_of(text[agent.end() - 3:clause_end], aliases).leads)) \
                or previous_leads or _text_lead(text, block, blocks, aliases)
            previous_end, previous_leads = m.end(), leads
            if leads:
                partners = names_of(actors_of(text[clause:_partners_end(text, m.end())], aliases).coordinators)
                # ("…, trừ các nhiệm vụ đã giao cụ thể cho cơ quan khác": the items naming their own lead keep it)
                but_others = _BUT_OTHERS.match(text, m.end()) is not None
                appendix = _IN_APPENDIX.match(text, m.end())
                if appendix and _ANOTHER_DOCUMENTS.match(text, appendix.end()) \
                        or _ANOTHER_DOCUMENTS_ARTICLE.match(text, m.end()):
                    continue
                article = _article_named(_OF_AN_ARTICLE.match(text, m.end()), block, blocks)
                assignments += [(_placed(prefix, appendix, article, part), leads, partners, block.index,
                                 but_others or joins) for prefix in _referenced_prefixes(m.group(1)) if prefix]
    if not assignments:
        return tasks
    referring: set[int] = set()  # the blocks that hand items over (one whose items all name their own lead hands none)
    own_partners = {id(task): task.coordinators for task in tasks}  # the partners its own words name
    divisions = _division_spans(blocks)
    # (the most general first, a division before the parts it holds: the more specific references override it)
    for prefix, leads, partners, index, but_others in sorted(assignments, key=lambda a: (a[0] not in divisions,
                                                                                          a[0].count("."))):
        if prefix.startswith("T.") or any(map(is_collective_name, leads)):
            referring.add(index)  # (a class told to do its items, or an appendix's rows: no work of its own)
        for task in tasks:
            if (but_others or prefix.startswith("T.") or "." not in prefix) \
                    and task.lead not in ([default_lead], [DEFAULT_COLLECTIVE_LEAD]):
                continue  # (an appendix's row keeps the lead it names, and so does an item of a whole part handed over:
                # "Các đơn vị thuộc Sở: thực hiện nhiệm vụ được giao tại Mục III" is theirs among the others)
            if _places_it(prefix, task, divisions):
                referring.add(index)
                task.lead = leads
                task.coordinators = list(dict.fromkeys(c for c in [*own_partners[id(task)], *partners] if c not in leads))
    # (one that goes on with work of its own, "…; tổng hợp tình hình thu, chi …", is a task as well)
    spans = {blocks[i].text_start for i in referring if not _more_work(blocks[i].text)}
    return [t for t in tasks if t.span.start not in spans]


# A task table's cell that names the plan's own items instead of the work: "Khoản 1, Mục III", "Nhiệm vụ tại điểm a
# khoản 2 Mục II".
_ITEMS_NAMED = re.compile(r"[\W_]*(?:(?:các\s+)?(?:nhiệm vụ|nội dung)\s+(?:(?:nêu\s+)?tại\s+)?)?("
                          + _PLACES + r")[\W_]*", re.I)


def apply_rows_naming_items(tasks: list[Task], blocks: list[Block]) -> list[Task]:
    """A task table whose rows name the plan's items instead of their work ("| 1 | Khoản 1, Mục III | Sở X | Sở Y |
    Quý II/2027 |"): each row gives the items it names its lead, partners and time, and is no task of its own. A row
    naming no item of the plan stays a task."""
    divisions = _division_spans(blocks)
    items = [task for task in tasks if not task.id.startswith("T.")]
    kept = []
    for row in tasks:
        named = _ITEMS_NAMED.fullmatch(row.text) if row.id.startswith("T.") else None
        prefixes = [prefix for prefix in _referenced_prefixes(named.group(1)) if prefix] if named else []
        placed = [task for task in items if any(_places_it(prefix, task, divisions) for prefix in prefixes)]
        if not placed:
            kept.append(row)
            continue
        for task in placed:
            if row.lead != [DEFAULT_COLLECTIVE_LEAD]:  # (a row whose lead's cell is empty leaves the item's own)
                task.lead = row.lead
            task.coordinators = row.coordinators or task.coordinators
            task.coordinators_collective = row.coordinators_collective or task.coordinators_collective
            task.deadline = row.deadline or task.deadline
    return kept


def _more_work(text: str) -> bool:
    """A clause of the sentence handing items over that neither refers to them, nor only names partners, nor reports,
    and gives work: "Chủ trì thực hiện các nhiệm vụ tại khoản 1 Mục III; tổng hợp tình hình thu, chi hằng quý"."""
    clauses = [clause.strip() for clause in re.split(r";\s*", text.rstrip(" .;"))]
    return any(not _CROSS_REFERENCE.search(clause) and "phối hợp" not in clause.lower() and opens_with_action(clause)
               and not SEND.match(clause) for clause in clauses[1:])  # (not "gửi báo cáo kết quả …": a report)
