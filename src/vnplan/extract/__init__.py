"""Extraction: pure functions from normalised text to a `Plan` (no database, no network)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from ..errors import NotAPlan
from ..lexicon import (AMENDING_WORDS, ANNOUNCES_LIST, FOOTNOTES_HEADING, PRONOUNS, PUBLISHES_PROCEDURES,
                       TARGET_HEADINGS, UPPER_LETTERS, VERB_OPENING)
from ..marks import printer, with_marks
from ..model import Document, Plan, Reference, Target, Task
from ..segment import Block, outline, segment
from .agencies import (THE_PARTIES, comma_name_alone, commands_by_their_force, defined_aliases,
                       defined_names_spelt_out, departments_in_their_province, is_collective_name, issuer_boards,
                       issuer_short_names, issuer_units, may_name_agency_at, name_alone, names_holding_a_verb,
                       numbered_bodies_listed, own_bodies, spelt_out_names, the_parties_act, without_its_organ)
from .metadata import (PLACE_AFTER_A_NAME, document_ends, document_start, extract_metadata, header_numbers,
                       host_of_session, joint_issuers, portal_number)
from .actors import DEFAULT_COLLECTIVE_LEAD, actors_of, bodies_named
from .agency_lexicon import BOARDS_OF_A_BODY, PROVINCE_LEVELS
from .parts import classify_parts, instructs
from .tables import table_tasks
from .references import extract_references
from .reporting import extract_reporting
from .target_tables import table_targets, task_table_targets
from .targets import targets_in
from .tasks import extract_tasks

_TARGET_HEADING = re.compile(r"chỉ tiêu|mục tiêu|mục đích|kết quả cần đạt|yêu cầu về kết quả", re.I)
# An item heading a list of targets alone, inside a part of tasks ("1. Chỉ tiêu", "2. Bổ sung chỉ tiêu")
_TARGETS_ITEM = re.compile(r"^\s*(?:(?:" + "|".join(AMENDING_WORDS) + r")\s+)?(?:các\s+)?(?:chỉ tiêu|mục tiêu)"
                           r"(?:\s+(?:cụ thể|chủ yếu|chính))?\s*:?\s*$", re.I)
# A heading that names a list of targets ("2. Chỉ tiêu cụ thể đến năm 2030:", "II. MỤC TIÊU, CHỈ TIÊU"), not a paragraph
# that speaks of them in passing
_TARGETS_LISTED = re.compile(r"^(?:\S+\s+){0,2}(?:" + "|".join(TARGET_HEADINGS) + r")\b[^.;]{0,80}$", re.I)
_GOALS_LISTED = re.compile(r"^(?:\S+\s+){0,2}mục tiêu\b[^.;]{0,80}$", re.I)
# anchored at a sentence's start: unanchored, each position of a long paragraph would rescan its sentence; its goals
# run on over its semicolons ("… phấn đấu … 100% tuyến cống được nạo vét; thời gian tiêu thoát nước không quá 3 giờ.")
_STRIVING_SENTENCE = re.compile(r"(?:^|(?<=[.;]))[^.;]*\bphấn đấu\b(?:[^.]|\.(?=\d))*"
                                r"|\b(?:với|nhằm) mục tiêu\b[^.;]*"  # ("…, với mục tiêu giảm ít nhất 20% …")
                                # ("… bảo đảm đến tháng 9/2027 có 100% trẻ 5 tuổi …": a level held by a time)
                                r"|\b(?:bảo|đảm) đảm (?:đến|tới) (?:hết )?(?:ngày|tháng|quý|năm)\b[^.;]*", re.I)
# An item labelled as its objectives, the targets after the colon: "Mục tiêu đến năm 2030: …", "Chỉ tiêu năm 2027: …"
_LABELLED_TARGETS = re.compile(r"(?:mục tiêu|chỉ tiêu)(?: (?:cụ thể|chủ yếu|chung))?(?:[^.;:]{0,40}?"
                               r"(?:năm|đến|tới) (?P<year>(?:19|20)\d{2}))?[^.;:]{0,20}:\s*", re.I)
_PLAN_TYPES = {"Kế hoạch", "Chương trình", "Quyết định", "Đề án", "Chỉ thị", "Nghị quyết", "Phương án"}


def _plan_year(title: str | None) -> int | None:
    """The year of an annual plan ("… năm 2024"), not a horizon ("đến năm 2030")."""
    if not title:
        return None
    m = re.search(r"(?<!đến )(?<!ĐẾN )(?:năm|NĂM)\s+((?:19|20)\d{2})(?!\s*[-–])", title)
    return int(m.group(1)) if m and not re.search(r"giai đoạn|GIAI ĐOẠN", title[max(0, m.start() - 20):m.start()]) else None


# A plan over several years ("giai đoạn 2027 - 2030"): a day it names without its year comes back each year.
_YEARS_SPANNED = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|giai đoạn", re.I)
_YEAR_OF = re.compile(r"năm\s+((?:19|20)\d{2})")


def _section_year(section: str | None) -> int | None:
    """ "2. Nhiệm vụ năm 2024" dates its targets; "… đến năm 2030" is a horizon and does not."""
    m = _YEAR_OF.search(section or "")
    return int(m.group(1)) if m and "đến năm" not in section else None


def _heading_year(block: Block, blocks: list[Block]) -> int | None:
    parent = block.parent
    while parent is not None:
        m = _YEAR_OF.search(blocks[parent].text)
        if m:
            return int(m.group(1))
        parent = blocks[parent].parent
    return None


def _under_heading(block: Block, blocks: list[Block], heading: re.Pattern, known: dict[int, bool]) -> bool:
    """Objectives nest ("II. MỤC TIÊU" → "2. Đến năm 2030" → "a) Về hạ tầng" → "- 100% …"): any heading above
    counts. `known` keeps each heading's answer, since siblings ask about the same ones."""
    parent = block.parent
    if parent is None:
        return False
    if parent not in known:
        known[parent] = bool(heading.search(blocks[parent].text)) or _under_heading(blocks[parent], blocks, heading, known)
    return known[parent]


def _covered_by(spans) -> Callable[[int], bool]:
    """Whether a position falls inside any of the spans (which may overlap), by bisection rather than a scan of them
    all for each block."""
    spans = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in spans]
    furthest = list(accumulate((end for _, end in spans), max))

    def covers(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and furthest[i] > position
    return covers


def _plan_level_targets(blocks: list[Block], parts, tasks: list[Task], plan_year: int | None,
                        issued_year: int | None) -> list[Target]:
    """Targets listed under a heading about targets ("Một số chỉ tiêu cụ thể đến năm 2030:") outside the task parts,
    those a paragraph outside every part strives for, and the figures of a targets table anywhere."""
    found, tabled = table_targets(blocks, plan_year, issued_year)
    found += task_table_targets(blocks, tasks, plan_year)
    about_targets: dict[int, bool] = {}
    listing_targets: dict[int, bool] = {}
    listing_goals: dict[int, bool] = {}
    targets_items: dict[int, bool] = {}
    in_a_task = _covered_by([task.span for task in tasks])
    in_articles: list[Target] = []
    first_part = next((block.index for block in blocks if block.kind == "part"), len(blocks))
    for block in blocks:
        part = parts[block.index]
        if block.index in tabled:
            continue
        if block.kind == "part":
            if block.label.startswith("Điều") and not in_a_task(block.text_start):
                # an article's own sentence may strive ("Điều 1. Thành lập Tổ công tác …, với mục tiêu phấn đấu tỷ lệ
                # giải ngân đạt trên 95% …"), as a paragraph outside every part does
                in_articles.extend(_striven_for(block, plan_year))
            continue
        labelled = _LABELLED_TARGETS.match(block.text)
        if labelled and not in_a_task(block.text_start):
            # "2. Mục tiêu đến năm 2030: doanh thu … chiếm khoảng 18% …; hình thành ít nhất 06 khu …": the item's own
            # label heads its targets, as a heading over them would
            year = int(labelled["year"]) if labelled["year"] else _heading_year(block, blocks) or plan_year
            committed = _TARGETS_LISTED.match(labelled.group(0).rstrip(" :")) is not None
            found.extend(targets_in(block.text[labelled.end():], block.text_start + labelled.end(), None, year,
                                    committed))
            continue
        # (a letter's opening, under "Kính gửi:", before its first part; not the notes after the signature)
        # (also the lead-in to the tasks under a portal's heading over the whole text: "NỘI DUNG VĂN BẢN")
        # (but the list of targets a task part may hold under "1. Chỉ tiêu")
        in_a_task_part = part is not None and part.kind == "tasks" \
            and not _under_heading(block, blocks, _TARGETS_ITEM, targets_items)
        if block.parent is None or part is None and block.index < first_part or in_a_task_part \
                or block.kind == "para" and ANNOUNCES_LIST.search(block.text) is not None:
            # a paragraph outside every part, or one that leads in to tasks, commits only where it strives ("Để hạn
            # chế thiệt hại …, phấn đấu năm 2026 giảm ít nhất 10% số vụ cháy", "…, phấn đấu …, yêu cầu các cơ quan
            # thực hiện các nhiệm vụ sau:"), as a directive's opening does, or a conclusion's item that is no task ("2.
            # … Phấn đấu đến hết năm 2028, 100% học sinh …"); in a task, the task's target
            if block.kind in ("para", "item") and not in_a_task(block.text_start):
                found.extend(_striven_for(block, plan_year))
            continue
        if not _under_heading(block, blocks, _TARGET_HEADING, about_targets):
            continue
        year = _heading_year(block, blocks) or plan_year
        # a list under "Chỉ tiêu" commits to each of its quantities; one under "Mục tiêu" or "Mục đích" only to
        # those its words commit to
        committed = _under_heading(block, blocks, _TARGETS_LISTED, listing_targets)
        # (an item of a list of goals, "1. Trồng rừng tập trung 11.500 ha", commits to the land, length or mass it
        # names, though not to every count: "Đoàn đánh giá đưa ra 46 khuyến nghị" is an account)
        measured = block.kind == "item" and _under_heading(block, blocks, _GOALS_LISTED, listing_goals)
        found.extend(targets_in(block.text, block.text_start, None, year, committed, measured))
    # (an article restating what the plan it issues strives for, "Điều 1. Ban hành … Kế hoạch …, phấn đấu 80% …": one
    # target)
    found += [target for target in in_articles if not any(
        (other.min, other.max, other.unit) == (target.min, target.max, target.unit) for other in found)]
    return [target for target in found if not _reached_before(target.text, issued_year)]


def _striven_for(block: Block, plan_year: int | None) -> list[Target]:
    """The targets of the sentences of a block that strive for them ("phấn đấu", "với mục tiêu …")."""
    return [target for striving in _STRIVING_SENTENCE.finditer(block.text)
            for target in targets_in(striving.group(), block.text_start + striving.start(), None, plan_year)]


_OPENING_YEAR = re.compile(r"\W*(?:(?:trong|cuối|hết)\s+)?(?:năm\s+)?((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d)", re.I)
_STRIVES = re.compile(r"phấn đấu", re.I)  # (a year's level the plan still strives for)


def _reached_before(text: str, issued_year: int | None) -> bool:
    """A figure of a year before the plan's, the clause opening on it ("năm 2026 tỉnh giải ngân đạt 93,7%" in a plan of
    2027): a result already reached, which the plan recalls, not one it sets (nor a span of years, "Năm 2026 - 2030:",
    nor a level the plan strives for in a year it spans)."""
    year = _OPENING_YEAR.match(text)
    return bool(year and issued_year and int(year.group(1)) < issued_year and not _STRIVES.search(text))


# A note's mark: "[1]" in a web copy, "[^1]" in a markdown one (its note "[^1]: …"), "¹" in a PDF's text.
_MARK = r"(?:\[\^?(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
_NOTE_LINE = re.compile(r"^" + _MARK + r":? .*$", re.M)
_NOTE_MARK = re.compile(r"\S" + _MARK)
_RAISED = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


# The footnotes of the body's pages, which the normaliser sets after the text under this heading, numbered as the
# pages number them ("1 Nghị quyết số 120/NQ-CP …").
_PAGE_NOTES = re.compile(r"\n" + re.escape(FOOTNOTES_HEADING) + r"\n(\d{1,2} [^\n]*)\n?$")


def _body_and_its_notes(text: str, end: int) -> str:
    """The document's own text, with the notes printed after its signature whose marks the body carries
    ("… kế hoạch[1] …" / "[1] Chương trình số 30-CTr/TU …", "… thanh toán¹" / "¹ Thông tư số …", each to the next
    note), and its pages' footnotes: what the
    body cites in them, it cites. All else after the body is blanked, so that positions stay those of the text."""
    marks = {bracketed or raised for bracketed, raised in _NOTE_MARK.findall(text, 0, end)} \
        if text.find("[", 0, end) >= 0 or _RAISED.search(text, 0, end) else set()
    page_notes = _PAGE_NOTES.search(text, end)
    if not marks and not page_notes:
        return text[:end]
    kept = [text[:end]]
    last = end
    notes = list(_NOTE_LINE.finditer(text, end)) if marks else []
    for note, following in zip(notes, [*notes[1:], None]):
        if (note.group(1) or note.group(2)) in marks:
            # a note's lines run to the next note ("[1] Thông tư … như sau:" / "“Căn cứ Nghị định …"); the last, one line
            note_end = following.start() - 1 if following else note.end()
            kept += [" " * (note.start() - last), text[note.start():note_end]]
            last = note_end
    if page_notes and page_notes.start(1) >= last:
        kept += [" " * (page_notes.start(1) - last), page_notes.group(1)]
    return "".join(kept)


_SECTION_HEADS = ("part", "item", "sub", "enum", "dash", "star")


def _section_names(blocks: list[Block]) -> dict[str, str]:
    """The bodies whose sections the document heads with their name alone ("(4) Ban Quản lý dự án …" over "– Làm việc
    với …", "– Lập kế hoạch …"; "Các Cục … khu vực I, II, III:", each numbered body) or names before the colon of an
    entry ("1. Ban X, Y: Tham mưu …"), each as its own short name: the items under the heading are that body's work,
    and the name is the same where a sentence names the body."""
    names: dict[str, str] = {}
    for block in blocks:
        if block.children and block.kind in _SECTION_HEADS and not block.text.rstrip().endswith((".", ";")):
            name = name_alone(block.text) or comma_name_alone(block.text)
            work = [blocks[child] for child in block.children]
            work = work[:next((i for i, b in enumerate(work) if b.ends_body), len(work))]  # (not the recipients)
            if name and work and all(instructs(b.text) for b in work):
                names[name] = name
            elif not name and (listed := numbered_bodies_listed(block.text)) \
                    and any(instructs(b.text) for b in work):  # (the bodies' reports among their work)
                names.update((each, each) for each in listed)
        elif block.kind in _SECTION_HEADS and (labelled := _LABELLED_WORK.match(block.text)):
            # "1. Ban Khoa học - Công nghệ và Tư vấn, phản biện: Tham mưu …": the label is the body's name alone, the
            # entry's lead read whole (not "Trung tâm X vận động các hộ dân:", a body and what it does)
            label = labelled.group(1)
            if not may_name_agency_at(label) or [body.name for body in bodies_named(label)] != [label]:
                continue
            leads = actors_of(block.text).leads
            if len(leads) == 1 and not leads[0].collective and label.startswith(leads[0].name) \
                    and not VERB_OPENING.match(label[len(leads[0].name):].lstrip()) \
                    and instructs(block.text[labelled.end():]):
                names.setdefault(label, label)
    return names


Aliases = tuple[tuple[str, str], ...]


def _with_names_in_table_cells(blocks: list[Block], aliases: Aliases) -> Aliases:
    """The bodies a task table's lead and partner cells name whole ("Thường trực Ủy ban", "Đoàn giám sát": a cell is
    a body's name) added to `aliases`, each as its own short name: where a sentence names the body, the name is the
    same, though the grammar alone would not read it there ("Đoàn giám sát xây dựng lịch làm việc …")."""
    if not any(block.kind == "row" for block in blocks):
        return aliases
    tasks = table_tasks(blocks, 0, aliases)
    # the names read whole, and a lead cell the grammar reads no body in (the body's name all the same)
    named = {name for task in tasks for name in [*task.unresolved_agencies, *task.lead]
             if " " in name and (name in task.unresolved_agencies or _CELL_NAME.fullmatch(name))
             and not is_collective_name(name)}
    known = dict(aliases)
    return tuple(sorted({**{name: name for name in named}, **known}.items())) if named - known.keys() else aliases


_NOT_NEWLINE = re.compile(r"[^\n]")
_CELL_NAME = re.compile(r"[" + UPPER_LETTERS + r"][^\W\d_]*(?: [^\W\d_]+){1,5}")
_LABELLED_WORK = re.compile(r"([^:\n]{4,100}):\s")


# The duties a joint plan's parties share ("3. Trách nhiệm chung"): the work of every body that issues it.
_SHARED_DUTIES = re.compile(r"(?:Trách nhiệm|Nhiệm vụ) chung\b", re.I)


def _shared_by_the_issuers(tasks: list[Task], issuers: list[str]) -> list[Task]:
    """The tasks, those the parties share led by every body that issues the plan, and each party by one name."""
    shared = []
    for task in tasks:
        task = replace(task, lead=_each_party_by_its_full_name(task.lead, issuers),
                       coordinators=_each_party_by_its_full_name(task.coordinators, issuers))
        named = [lead for lead in task.lead if not THE_PARTIES.fullmatch(lead)]
        unnamed = not task.lead or task.lead == [DEFAULT_COLLECTIVE_LEAD]
        if len(named) < len(task.lead) or (unnamed and (the_parties_act(task.text)
                                                        or _SHARED_DUTIES.search(task.section or ""))):
            task = replace(task, lead=[*issuers, *(lead for lead in named if lead != DEFAULT_COLLECTIVE_LEAD)])
        shared.append(task)
    return shared


def _each_party_by_its_full_name(names: list[str], issuers: list[str]) -> list[str]:
    """The names, a party to a joint plan named short or by its standing organ ("Sở Y tế", "Ban Thường trực Ủy ban Mặt
    trận Tổ quốc Việt Nam tỉnh") by its name in full ("Sở Y tế tỉnh X"): one body, one name, as the preamble says."""
    full = []
    for name in names:
        body = without_its_organ(name)
        party = next((party for party in issuers if party == body or party.startswith(body + " ")
                      and PLACE_AFTER_A_NAME.fullmatch(party, len(body))), name)
        if party not in full:
            full.append(party)
    return full


def _issued_by_the_board_it_names(document: Document, defined: dict[str, str]) -> Document:
    """A document whose board issues it for its body names itself by the board where it says so ("Ban Thường trực Ủy
    ban MTTQ Việt Nam tỉnh X (sau đây gọi tắt là Ban Thường trực) ban hành Kế hoạch …"): the board issues, by the name
    it gives itself. (Otherwise the body does, as its header's board line signs for it.)"""
    named = next((name for name in defined.values() if document.issuer and name.endswith(" " + document.issuer)
                  and name[:-len(document.issuer) - 1] in BOARDS_OF_A_BODY), None)
    return replace(document, issuer=named) if named else document


def _each_body_by_one_name(tasks: list[Task], province: str | None) -> list[Task]:
    """The tasks, a body named short of its place ("Bưu điện tỉnh") by the name the plan gives it in full where it
    hands it work ("Đề nghị Bưu điện tỉnh Thanh Hóa"): one body, one name. Only the plan's own province completes a
    name: "Công an tỉnh" in a plan of one province is that province's, whatever other provinces it names."""
    if not province:
        return tasks
    named = {name for task in tasks for name in (*task.lead, *task.coordinators)}
    in_full = {name[:-len(province) - 1]: name for name in named
               if name.endswith(" " + province) and name[:-len(province) - 1].endswith(_OWN_LEVEL)}
    if not in_full:
        return tasks

    def one_name(names: list[str]) -> list[str]:
        return list(dict.fromkeys(in_full.get(name, name) for name in names))
    return [replace(task, lead=one_name(task.lead), coordinators=one_name(task.coordinators))
            if in_full.keys() & {*task.lead, *task.coordinators} else task for task in tasks]


_OWN_LEVEL = tuple(" " + level for level in PROVINCE_LEVELS)


def extract_plan(text: str, source: str | None = None, strict: bool = True) -> Plan:
    """Normalised text -> Plan. With `strict`, a text that is not a plan raises NotAPlan.

    A text typed without marks is read with its vocabulary marked (`marks`); what the plan quotes from it, it quotes
    as printed."""
    marked = with_marks(text)
    if marked is text:
        return _plan_of(text, source, strict)
    return _quoting_as_printed(_plan_of(marked, source, strict), text, printer(marked, text))


def _quoting_as_printed(plan: Plan, text: str, printed: Callable[..., str]) -> Plan:
    """The plan read from the marked text, its text and what it quotes from it as printed: tasks, sections, targets,
    reports, title, signer and outline; the names of bodies as read."""
    return replace(
        plan, text=text,
        document=replace(plan.document, title=plan.document.title and printed(plan.document.title),
                         signer=plan.document.signer and printed(plan.document.signer)),
        tasks=[replace(task, text=printed(task.text, task.span), section=task.section and printed(task.section),
                       subsection=task.subsection and printed(task.subsection)) for task in plan.tasks],
        targets=[replace(target, text=printed(target.text, target.span), indicator=printed(target.indicator,
                                                                                          target.span))
                 for target in plan.targets],
        reporting=[replace(duty, text=printed(duty.text, duty.span)) for duty in plan.reporting],
        outline=[replace(node, title=printed(node.title, node.span)) for node in plan.outline])


# A copy that presents a plan without its header, saying so in its opening (a form that sums it up for those it calls:
# "Căn cứ Kế hoạch số 27-KH/ĐTN ngày 06/5/2027 của Ban X về …, Ban Chỉ huy tóm tắt nội dung kế hoạch …"; a deck
# "TRIỂN KHAI KẾ HOẠCH SỐ …"): the plan it names first there, by whom and on what, as the citation says.
_PRESENTS_A_PLAN = re.compile(r"tóm tắt|triển khai kế hoạch số|(?:các|những) nội dung chính", re.I)
_OPENING = 600  # characters
_PLAN = "Kế hoạch"
# (the title may hold commas, "phòng, chống dịch …"; the clause that presents it follows one: ", Ban Chỉ huy tóm tắt …",
# ", em xin gửi …", ", xin tóm tắt nội dung như sau:")
_CITED_AS = re.compile(r"(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?\s+của\s+(?P<issuer>[^;,()]+?)\s+về\s+"
                       r"(?P<title>[^;()]+?)\s*(?=[;(]|,\s+(?:[" + UPPER_LETTERS + r"]|(?:" + "|".join(PRONOUNS)
                       + r")\s|[^,;:\n]{0,40}(?:như sau|nội dung))|$)", re.M)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _plan_it_presents(text: str, document: Document, references: list[Reference]) -> Document | None:
    if not _PRESENTS_A_PLAN.search(text, 0, _OPENING):
        return None
    cited = next((reference for reference in references
                  if reference.span.start < _OPENING and reference.type == _PLAN), None)
    if cited is None:
        return None
    # (the sentence that names the plan says it presents it: not a message sending a meeting's points that cites one)
    start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, cited.span.start)), default=0)
    end = _SENTENCE_END.search(text, cited.span.end)
    if not _PRESENTS_A_PLAN.search(text, start, end.start() if end else len(text)):
        return None
    said = _CITED_AS.match(text, cited.span.end)
    return replace(document, number=cited.number, type=cited.type, issued_date=cited.date,
                   issuer=said["issuer"] if said else None, title=said["title"] if said else None)


def _plan_of(text: str, source: str | None, strict: bool) -> Plan:
    document = extract_metadata(text)
    ends = document_ends(text, document.signer, document.number)
    # a website's footer after the document is none of it, nor the annex of procedures a decision publishes, nor
    # the forms attached last
    # … nor what a portal's page puts before the document's header (its summary, its table of contents), blanked
    begins = document_start(text)
    body = text[:ends.signature if PUBLISHES_PROCEDURES.search(document.title or "") else ends.forms]
    blocks = segment(_NOT_NEWLINE.sub(" ", body[:begins]) + body[begins:])
    defined = defined_aliases(text)
    issuers = joint_issuers(text)
    if len(issuers) < 2:  # (a joint plan's parties are named as they sign)
        document = _issued_by_the_board_it_names(document, defined)
    own_short_names = issuer_short_names(document.issuer, document.province)
    aliases = tuple(sorted({**spelt_out_names(text), **names_holding_a_verb(text), **_section_names(blocks),
                            # (a joint plan's other bodies name themselves short as its first does: "Công an tỉnh")
                            **{short: name for partner in issuers[1:]
                               for short, name in issuer_short_names(partner, document.province).items()},
                            **own_short_names,
                            # (a joint plan's boards are its parties': "BAN THƯỜNG TRỰC" is one party's alone)
                            **(issuer_boards(text, document.issuer, own_short_names) if len(issuers) < 2 else {}),
                            **issuer_units(text, document.issuer, document.province),
                            **own_bodies(text, document.issuer), **departments_in_their_province(text, document.issuer),
                            **commands_by_their_force(text),
                            **defined_names_spelt_out(defined), **defined}.items()))
    aliases = _with_names_in_table_cells(blocks, aliases)
    parts = classify_parts(blocks, aliases)
    year = _plan_year(document.title)
    tasks = extract_tasks(blocks, parts, aliases, document.province,
                          host_of_session(document, text), year, document.issuer,
                          None if _YEARS_SPANNED.search(document.title or "") else document.issued_date)
    if len(issuers) > 1:
        tasks = _shared_by_the_issuers(tasks, issuers)
    tasks = _each_body_by_one_name(tasks, document.province)
    targets = _plan_level_targets(blocks, parts, tasks, year,
                                  int(document.issued_date[:4]) if document.issued_date else None)
    section_years: dict[str | None, int | None] = {}
    for task in tasks:
        if task.section not in section_years:
            section_years[task.section] = _section_year(task.section)
        start = task.span.start
        targets.extend(targets_in(text[start:task.span.end], start, task.id, section_years[task.section] or year))
    # (blanked, not cut: positions stay those of the text)
    references = extract_references(" " * begins + _body_and_its_notes(text, ends.body)[begins:], document.number,
                                    portal_number(text), *header_numbers(text))
    reporting = extract_reporting(blocks, year, aliases, tuple(issuers) if len(issuers) > 1 else ())
    if document.type is None and not document.number and tasks \
            and (presented := _plan_it_presents(text, document, references)) is not None:
        document = presented
        references = [reference for reference in references if reference.number != document.number]
    if strict and not document.number:
        if document.type is None:
            # an article, a Q&A page or an encyclopedia entry quotes rules that read like duties; a plan
            # a body issues always carries its type or its number
            raise NotAPlan(
                "Không nhận ra văn bản hành chính: không thấy loại văn bản (Kế hoạch, Quyết định, Chỉ thị…) hay số "
                "hiệu; nếu đây chỉ là phần nội dung, hãy thêm phần đầu của văn bản",
                "no administrative document found: neither a document type (Kế hoạch, Quyết định, Chỉ thị…) nor "
                "a number; if this is only the body of a plan, include its header",
            )
        if not tasks and document.type not in _PLAN_TYPES:
            raise NotAPlan(
                "Văn bản này không phải là kế hoạch (không có số hiệu, loại văn bản hay danh sách nhiệm vụ)",
                "this document is not a plan (no document number, type or task list)",
            )
    return Plan(document, references, targets, tasks, reporting, outline(blocks), text=text, source=source)
