"""The parts of a plan and what each is for: tasks, Tổ chức thực hiện, or something else.

A part's role comes from its heading's words when they say it, and from its content otherwise: a
part whose blocks instruct someone lists tasks, whatever its topic ("III. PHÁT TRIỂN HẠ TẦNG SỐ").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon import (ACTIVITY_HEADINGS, AMENDING_WORDS, AMENDS, ANNOUNCES_LIST, APPRAISES, ASSESSES, ASSIGNING,
                       ASSIGNING_WORDS, CLOSING_FORMULA, EFFECT_ARTICLE, EXECUTION_ARTICLE, EXECUTION_DUTY, FIELD_LINE,
                       FRONTED_CLAUSE_OPENERS, LEADING_ROLES, MATTER, NON_TASK_HEADINGS, NON_TASK_SECTIONS,
                       ORGANISATION_HEADINGS, PHASE_LABEL, PROCEDURE_CATALOGUE, PROCEDURE_FIELD, RULE_WORDS,
                       SALUTATION, STATUTORY_MANDATE, TARGET_HEADINGS, TASK_HEADINGS, TIME_LABEL, TITLE_QUANTIFIER,
                       TRAILING_ROLES, VERB_OPENING, VISIT_DAY, WORK_CHAPTER, WORK_LIST_CHAPTER, field_role,
                       matrix_legend, points_to_appendix)
from ..segment import LEVEL_ITEM, LEVEL_LEAD_IN, LEVEL_LETTER_PART, Block, announcing_paragraph
from .actors import actors_of, does_after
from .agencies import find_agencies
from .agency_lexicon import ASSOCIATION_HEADS, BUSINESS_WORDS, INDIVIDUALS


@dataclass
class Part:
    kind: str  # tasks | organisation | other | rules (a chapter of rules: nothing in it is work)
    label: str
    letter: bool = False  # a letter's body (`_letter_body`): its paragraphs answer first, then ask


_ORGANISATION_HEADING = re.compile("|".join(ORGANISATION_HEADINGS), re.I)
TASK_HEADING = re.compile("|".join(TASK_HEADINGS), re.I)
NON_TASK_HEADING = re.compile("(?:" + "|".join(NON_TASK_HEADINGS) + r")(?![\wđ])", re.I)  # (not "Quản lý doanh …")
ACTIVITY_HEADING = re.compile("|".join(ACTIVITY_HEADINGS), re.I)
_TARGET_HEADING = re.compile("|".join(TARGET_HEADINGS), re.I)
# (or targets alone, "1. Chỉ tiêu", not "3. Chỉ tiêu thu hồi đất" over the work toward them; or the targets a plan
# amending another amends: "2. Bổ sung chỉ tiêu", "Điều chỉnh mục tiêu tại mục I")
_AMENDING_OR_NOT = r"(?:(?:" + "|".join(AMENDING_WORDS) + r")\s+)?"
_ALONE = r"\s*(?:$|:|tại\s|vào\s|như sau)"
NON_TASK_SECTION = re.compile("(?:" + "|".join(NON_TASK_SECTIONS) + r")\b|" + _AMENDING_OR_NOT
                              + r"(?:các\s+)?chỉ tiêu(?:\s+(?:cụ thể|chủ yếu|chính))?" + _ALONE
                              + r"|(?:" + "|".join(AMENDING_WORDS) + r")\s+mục tiêu" + _ALONE, re.I)
# "Nhiệm vụ của giảng viên": what people must do, a rule of conduct, not activities given to a body.
OF_INDIVIDUALS = re.compile(r"\bcủa\s+(?:các\s+)?(?:" + "|".join(INDIVIDUALS) + r")(?![\wđ])", re.I)


def opens_with_action(text: str) -> bool:
    """ "Tăng cường …", "Tiếp tục rà soát …": the text opens with an instruction."""
    return bool(VERB_OPENING.match(text.lstrip("*_ ")))


_REPORT_OPENING = re.compile(r"[*_ ]*Báo cáo\s+")


def reports_to_a_body(text: str) -> bool:
    """ "Báo cáo Ban Thường vụ Đảng ủy tiến độ …": the report verb with its recipient right after it, an instruction
    (alone, "Báo cáo quý", "Báo cáo kết quả …", the word names a report as often as it asks for one)."""
    verb = _REPORT_OPENING.match(text)
    return verb is not None and any(m.start == verb.end() for m in find_agencies(text[:verb.end() + 80]))


_FRONTED_CLAUSE = re.compile(r"(?:" + "|".join(FRONTED_CLAUSE_OPENERS) + r")[\s,]")  # ("Hằng tháng, trước ngày …")
_CLAUSE_COMMA = re.compile(r",\s*")
_OCCASION_REACH = 150  # characters the clause of the occasion may run before the instruction


def instructs(text: str, aliases: tuple[tuple[str, str], ...] = (), content: bool = True) -> bool:
    """The text tells someone to do something: it opens with an action or with its actor (by a short name the plan
    defines too, `aliases`), after the label of the phase it is for ("Giai đoạn sau bão: Tổ chức …") or the occasion
    it is for ("Khi di dời người cao tuổi, …, bố trí …"), or the name of the field that holds it ("Nhiệm vụ: Khảo sát
    …"; not with `content` False: a part's role is read from its lines as written, a specification's "Nội dung:" lines
    being no list of work)."""
    if matrix_legend(text):
        return False  # "Ký hiệu: C - đơn vị chủ trì; P - đơn vị phối hợp": the key to a table
    phase = PHASE_LABEL.match(text.lstrip("*_ "))
    if phase:
        text = text.lstrip("*_ ")[phase.end():]
    text = without_content_field(text) if content else text
    roles = LEADING_ROLES.match(text) if text[:1] == "(" else None
    if roles:
        text = text[roles.end():]  # "(Sở X chủ trì; Sở Y phối hợp) Rà soát …": who, then the work
    if APPRAISES.match(text):
        return False  # "Đánh giá cao sự chủ động của …": a conclusion that praises, no work given
    if AMENDS.match(text):
        return False  # "Bãi bỏ điểm c khoản 5 mục II.": an amending document's operation on the plan it amends
    if opens_with_action(text) or reports_to_a_body(text):
        return True
    if (leads := actors_of(text, aliases).leads):
        if _WHEN_ONLY.fullmatch(text, leads[-1].end):
            return False  # "- Ủy ban nhân dân xã X: từ ngày 06/5 đến ngày 12/5/2027;": a schedule's entry (a visit)
        return not ASSESSES.match(text, leads[-1].end)  # (a body that acknowledges work done instructs nobody)
    roles = TRAILING_ROLES.search(text) if text.endswith((")", ").", ");")) else None
    if roles and roles.start() > 0 and find_agencies(roles.group("fields")):
        return True  # "Điều tra chỉ số côn trùng (Trạm Y tế xã thực hiện)": who does it, said after it
    stop = re.search(r"[;:.]", text)
    reach = min(stop.start() if stop else len(text), _OCCASION_REACH)
    return bool(_FRONTED_CLAUSE.match(text)) and any(
        opens_with_action(text[comma.end():]) for comma in _CLAUSE_COMMA.finditer(text, 0, reach))


def without_content_field(text: str) -> str:
    """ "Nội dung: Xây dựng kịch bản …", "Nhiệm vụ: Khảo sát …": the work, without the name of the field holding it."""
    named = FIELD_LINE.match(text) if ":" in text[:40] else None
    return named.group("value") if named and field_role(named.group("name")) == "content" else text


# After a body's name and its colon, nothing but when: days, months, a range of them.
_WHEN_ONLY = re.compile(r"\s*:(?=.*\d)(?:[\s,;.\-–]|(?i:từ|đến|ngày|tháng|quý|năm|và|sáng|chiều)(?!\w)|[IV]+(?!\w)"
                        r"|\d{1,4}(?:[/.]\d{1,4}){0,2}(?:h\d{0,2})?)+")


# "Hạ tầng số bao gồm …" says what a thing holds; ", bao gồm …" after a comma only adds an example. The
# pattern opens with the space so that the regex engine skips ahead to spaces; what may not stand
# before it is checked behind it.
_DESCRIPTION = re.compile(r"\s(?<!,\s)(?<!bao\s)(?:là|bao gồm|gồm có|gồm|như một|được hiểu là)\s")


# "Việc chi trả … được căn cứ hợp đồng": how an act is done, a rule for whoever does it; not what a directive requires
# of it ("Việc khai thác cát phải có giấy phép và được giám sát").
_RULE_OF_AN_ACT = re.compile(MATTER + r"\s(?:(?!\sphải\s)[^.;:]){0,150}?\sđược\s")


def describes(text: str) -> bool:
    """A sentence that says what something is or holds, or how an act is done, or a lead-in ending in a colon, that
    instructs nobody."""
    text = text.rstrip()
    opening = text[:120] if not text.endswith(":") else text
    return (text.startswith("(") or opening.endswith(":") or bool(_DESCRIPTION.search(opening))
            or bool(_RULE_OF_AN_ACT.match(text))) and not instructs(text)


_TOPIC = re.compile(r"^\s*(?:Về|VỀ)\s+")  # "Về …" only names the topic a heading is about
_LISTED = re.compile(r",|\s(?:và|VÀ)\s")


# A heading that names a period ("TRƯỚC NGÀY 25/12/2026", "QUÝ I/2027", "TRONG THỜI GIAN CHỈNH LÝ QUYẾT TOÁN") says when
# its work is due, not what kind of part it is ("thời gian" there is no part on timing): its content decides.
_PERIOD_HEADING = re.compile(r"\s*(?:(?:trước|từ|đến|sau)\s+(?:hết\s+)?ngày\s+\d|quý\s+(?:[IV]+|\d)(?![\wđ])"
                             r"|tháng\s+\d|năm\s+(?:19|20)\d\d|trong thời gian(?![\wđ]))", re.I)


_WORKS_COMPANION = re.compile(r"thời gian|địa điểm|tiến độ", re.I)


def role_from_heading(heading: str) -> str | None:
    if _ORGANISATION_HEADING.search(heading):
        return "organisation"
    if _PERIOD_HEADING.match(heading):
        return None
    if PROCEDURE_CATALOGUE.match(heading):
        return "other"
    task, non_task = TASK_HEADING.search(heading), NON_TASK_HEADING.search(heading)
    before = _TOPIC.sub("", heading[:non_task.start()], count=1) if non_task else ""
    if before and opens_with_action(before) and not _LISTED.search(before):
        # "Về tổ chức đánh giá", "Xây dựng tiêu chí": the word names what is done, not the part's kind
        non_task = None
    elif before and opens_with_action(before) and not task and non_task.group(0).lower() in RULE_WORDS:
        # "Hoàn thiện thể chế, phương pháp và chuẩn dữ liệu": rules the work may build, which its content says (but
        # "Tổ chức theo dõi, kiểm tra và chế độ báo cáo" lists its topics)
        return None
    if task and non_task:
        # An activity word that heads the title decides ("Nhiệm vụ trong thời gian tới"); "nội dung" is
        # too weak for that ("Nội dung giám sát, đánh giá"), and a title headed otherwise lists none
        # ("Kết quả thực hiện nhiệm vụ"); but a task word before the time or place that goes with the work ("Nội dung
        # và thời gian thực hiện") leaves the part's content to decide.
        activity = ACTIVITY_HEADING.search(heading)
        if activity and activity.start() < non_task.start():
            return "tasks"
        if task.start() < non_task.start() and (_WORKS_COMPANION.match(non_task.group(0))
                                                or TASK_HEADING.search(heading, non_task.end())):
            # (nor does a list of the work's companions that ends on the work handed out again: "Nội dung, đối tượng,
            # thời gian, phân công")
            return None
        return "other"
    if task:
        return "tasks"
    return "other" if non_task else None  # without either, a heading named by its topic: the content decides


# "Nội dung" is the weakest word a task part is named by: such a part lists tasks unless next to none of its
# blocks instruct anyone (a monitoring plan's specification of sites and parameters). Parts so named that list
# tasks have a quarter of their blocks or more instructing; a specification, a few in a hundred.
_WEAK_HEADING_SHARE = 0.1
_WEAKEST_TASK_WORD = re.compile("nội dung", re.I)  # of TASK_HEADINGS, the one that may only name a subject


def _names_only_its_content(heading: str) -> bool:
    return bool(_WEAKEST_TASK_WORD.search(heading)) and not ACTIVITY_HEADING.search(heading)


def _inside(blocks: list[Block], members: list[int]) -> list[Block]:
    """A part's blocks without its heading, table rows and the headings of its lists ("Tuần 1 (từ ngày …):", "Tiêu
    chuẩn 2. …" over numbered items)."""
    return [blocks[i] for i in members if blocks[i].kind not in ("part", "row") and blocks[i].level != LEVEL_LEAD_IN
            and not (blocks[i].kind == "para" and blocks[i].level == LEVEL_ITEM)]


def _led_by_fields(blocks: list[Block], members: list[int]) -> bool:
    """More than one of the part's items has a field naming who leads it ("- Cơ quan chủ trì: …", "- Bộ phận thực
    hiện: …")."""
    fields = [field for m in members if ":" in blocks[m].text[:40] and (field := FIELD_LINE.match(blocks[m].text))]
    leading = [field for field in fields if field_role(field.group("name")) == "lead" and field.group("value").strip()]
    return len(leading) >= _LEAST_LISTED_WORK


def _instructions_inside(blocks: list[Block], members: list[int]) -> list[Block]:
    """The blocks that may instruct, without the fields that say who does an item and when, nor an amending document's
    operations on the plan it amends ("Bổ sung khoản 6 vào mục II như sau:"), which head the work they quote."""
    return [b for b in _inside(blocks, members) if not _states_a_field(b.text) and not AMENDS.match(b.text)]


def _states_a_field(text: str) -> bool:
    """ "Chủ trì: Phòng X", "Đơn vị phối hợp: …", "Thời gian: Quý III/2026", "Sản phẩm: …": a field of the item above,
    not its work."""
    if ":" not in text[:40]:
        return False
    field = FIELD_LINE.match(text)
    return field is not None and field_role(field.group("name")) != "content"


def _instructs_a_share(blocks: list[Block], members: list[int], share: float,
                       aliases: tuple[tuple[str, str], ...] = ()) -> bool:
    """Whether at least `share` of the part's blocks instruct; counted only as far as needed."""
    inside = _inside(blocks, members)
    needed = share * len(inside)
    found = 0
    for block in inside:
        found += instructs(block.text, aliases, content=False)
        if found >= needed:
            return True
    return False


def _role_from_content(blocks: list[Block], members: list[int],
                       aliases: tuple[tuple[str, str], ...] = ()) -> str:
    """A part whose blocks mostly instruct someone lists tasks, whatever its heading says ("+ Chủ trì: …" under an
    item is none of them)."""
    if _led_by_fields(blocks, members):
        return "tasks"  # "1. Nội dung: Xây dựng kịch bản …" / "- Cơ quan chủ trì: Ban X": each item's doer named
    inside = _instructions_inside(blocks, members)
    if inside == [blocks[members[0]]]:
        return "tasks" if instructs(inside[0].text, aliases, content=False) else "other"  # a numbered item alone
    head = blocks[members[0]]
    if inside and inside[0] is head and head.text.rstrip().endswith(":") and not is_title(head.text) \
            and actors_of(head.text).leads:
        return "tasks"  # "1. Chủ tịch UBND các tỉnh … báo cáo về một số nội dung sau:" then "(1) Số hộ …": one task
    instructing = sum(instructs(b.text, aliases, content=False) for b in inside)
    if instructing and head not in inside and head.kind == "part" and not head.text.rstrip().endswith(".") \
            and actors_of(head.text).leads:
        return "tasks"  # "D. Đề nghị Liên đoàn Lao động tỉnh" over its items: one body's section, its entries its work
    # a numbered sentence heading the part that instructs is itself the first of its tasks
    # (a part of one block that instructs lists that one task)
    # (a title over one paragraph, "3. Về đề xuất của …" / "Đồng ý …; giao Sở X …", holds that one block too)
    content = inside[1:] if inside and inside[0] is head and not instructs(head.text, aliases) else inside
    alone = len(content) == 1 and not EXECUTION_DUTY.search(content[0].text)  # (not the formula of execution alone)
    enough = 1 if inside and (inside[0] is head and not is_title(head.text) and instructs(head.text, aliases)
                              or alone) else 2
    return "tasks" if instructing >= enough and instructing * 2 >= len(inside) else "other"


_TITLE_WORDS = 10


def _title_in_capitals(text: str) -> str:
    """A part's heading: its title in capitals when its body follows on the same line after a colon ("NHIỆM VỤ VÀ PHÂN
    CÔNG: 06 nhiệm vụ …"), else all of it."""
    title, colon, body = text.partition(":")
    return title if colon and body.strip() and title.isupper() else text


def is_title(text: str) -> bool:
    """A few words naming a topic, not a sentence: no full stop, no body doing anything, nor one asking the list after
    it of others ("Thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu:")."""
    asks = _ASKS_ITS_LIST.search(text)
    if asks and find_agencies(text[:asks.start()]):
        return False
    text = text.rstrip(" :")
    return len(text.split()) <= _TITLE_WORDS and not text.endswith(".") and not actors_of(text).leads


_ASKS_ITS_LIST = re.compile(r"\b" + ASSIGNING + r"\s*:\s*$", re.I)


_LATER_ASSIGNMENT = re.compile(r"[.;]\s+(?:" + "|".join(word.capitalize() for word in ASSIGNING_WORDS) + r")\s")


def hands_on_work(text: str) -> bool:
    """ "Quyết định này có hiệu lực kể từ ngày ký. Giao Sở X chủ trì …": a sentence after the formula gives work,
    unless it is the formula's other half ("Giao Chánh Văn phòng, … chịu trách nhiệm thi hành Quyết định này")."""
    later = _LATER_ASSIGNMENT.search(text)
    return later is not None and not EXECUTION_DUTY.search(text, later.end())


def _article_role(heading: str, blocks: list[Block], members: list[int], aliases: tuple[tuple[str, str], ...]) -> str:
    """An article (Điều) assigns work when it names who does it and is not the decision's formula."""
    if _ORGANISATION_HEADING.search(heading):
        return "organisation"
    heading = _first_sentence(heading, blocks, members)  # "Điều 4. Chánh Văn phòng …;" / "Giám đốc: …, … chịu trách nhiệm …"
    if AMENDS.match(heading):
        # "Điều 1. Sửa đổi, bổ sung … Kế hoạch ban hành kèm theo …": the amended plan's text it quotes, its own tasks
        # or none, not the decision's formula
        return _role_from_content(blocks, members, aliases)
    if EXECUTION_ARTICLE.search(heading[:200]) or EXECUTION_DUTY.search(heading):  # however long the list of who
        return "tasks" if works_beyond_the_formula(heading, aliases) else "other"
    if _TARGET_HEADING.search(heading[:200]) and not TASK_HEADING.search(heading[:200]):
        return "other"  # targets handed out ("Giao chỉ tiêu …")
    if actors_of(heading, aliases).leads or heading.lower().startswith("giao "):  # ("Trách nhiệm của Quỹ", defined so)
        return "tasks"
    if _names_a_topic(heading):
        # "Điều 3. Nguyên tắc đánh giá", "Điều 4. Các trường hợp …", "Điều 2. Nhiệm vụ và quyền hạn", "Điều 14. Nội
        # dung bồi dưỡng", "Điều 4. Các công việc được thực hiện thông qua ký hợp đồng": a regulation's rules, a
        # body's mandate or what a rule covers (work qualified by what is done with it), however its sentences run;
        # only a title that names work to do lists tasks, and names it first: after an action or a rule's subject
        # the work word is their object ("Điều 10. Lập kế hoạch nhiệm vụ", a step of a procedure; "Điều 9. Chế độ giảm
        # định mức tiết dạy đối với giáo viên kiêm nhiệm các công việc chuyên môn", a rule)
        work = TASK_HEADING.match(heading, _QUANTIFIER.match(heading).end())
        names_work = role_from_heading(heading) == "tasks" and not _names_only_its_content(heading) \
            and work is not None and not _QUALIFIED_WORK.match(heading, work.end())
        return "tasks" if names_work and not (STATUTORY_MANDATE.search(heading) or OF_INDIVIDUALS.search(heading)) \
            else "other"
    return _role_from_content(blocks, members, aliases)


def _first_sentence(heading: str, blocks: list[Block], members: list[int]) -> str:
    """An article's opening sentence, run on over the paragraphs a copy broke it into after a semicolon or a comma (a list
    of who executes the decision, one office per line)."""
    for i in members[1:]:
        if not heading.rstrip().endswith((";", ",")) or blocks[i].kind != "para":
            break  # (a title ends on no mark: "Điều 1. Sắp xếp các đơn vị hành chính …" is no sentence)
        heading += " " + blocks[i].text
    return heading


def works_beyond_the_formula(text: str, aliases: tuple[tuple[str, str], ...]) -> bool:
    """An article worded like the decision's formula (it approves, replaces, dates or executes) that still gives
    work: work handed on after the formula, or an article that opens on the one body it gives work to, named or handed
    it ("Điều 2. Sở Xây dựng chủ trì … xây dựng quy trình …, phê duyệt theo quy định", "Điều 2. Giao Sở Tài chính chủ trì
    … thực hiện bãi bỏ thủ tục …": the approving, the repealing are that work's)."""
    if hands_on_work(text):
        return True
    if EXECUTION_DUTY.search(text) or EFFECT_ARTICLE.search(text[:200]):
        return False
    leads = actors_of(text, aliases).leads
    return bool(leads) and not leads[0].collective and text[:leads[0].start].strip().lower() in ("", *ASSIGNING_WORDS)


def _give_work_its_khoan(blocks: list[Block], members: list[int], label: str, parts: list[Part | None],
                        aliases: tuple[tuple[str, str], ...]) -> None:
    """In the article of effect or of execution ("Điều 2. Hiệu lực thi hành", "Điều 5. Trách nhiệm thi hành"), a khoản
    or a paragraph that tells a body to do something other than execute the document ("2. Các cơ quan theo thẩm quyền
    khẩn trương thực hiện các công tác chuẩn bị …", "1. Cục X có trách nhiệm: a) …", "Giao Văn phòng X chủ trì …" after
    the date of effect) lists tasks, its siblings (the date of effect, who goes on working until when, who executes)
    none."""
    work = Part("tasks", label)
    for i in members[1:]:
        block = blocks[i]
        if block.kind in ("item", "para") and actors_of(block.text, aliases).leads and instructs(block.text) \
                and not EXECUTION_DUTY.search(block.text):
            for j in (i, *block.children):
                parts[j] = work


# "Điều 1. Phê duyệt Đề án … với các nội dung chủ yếu sau:": the scheme approved is written out in the article
_APPROVES_CONTENTS = re.compile(r"phê duyệt\s[^:]{0,400}?(?:với\s+)?(?:các|những)\s+nội dung\s+(?:chủ yếu|chính|cụ thể|"
                                r"sau|như sau)", re.I)


def _read_the_approved_scheme(blocks: list[Block], members: list[int], label: str, parts: list[Part | None]) -> None:
    """In the article that approves a scheme written out in it, the scheme's own khoản of work ("2. Nhiệm vụ, giải
    pháp", "4. Tổ chức thực hiện") are read as a plan's parts, their items its tasks; its aims, costs and grounds are
    none."""
    for i in members[1:]:
        block = blocks[i]
        role = role_from_heading(block.text) if block.kind == "item" and is_title(block.text) else None
        if role in ("tasks", "organisation"):
            work = Part(role, label)
            for j in (i, *_descendants(blocks, block)):
                parts[j] = work


_QUANTIFIER = re.compile(TITLE_QUANTIFIER, re.I)
_QUALIFIED_WORK = re.compile(r"\s+được\s")  # "Các công việc được thực hiện …": a kind of work a rule covers


def _names_a_topic(heading: str) -> bool:
    """An article's title: words naming its subject, however many, with no sentence in them and no body doing
    anything (an article whose heading is a sentence, "Điều 2. Bộ Tài chính hoàn thiện …", is read by its content)."""
    return not re.search(r"[.:!?]\s", heading + " ") and not actors_of(heading).leads  # (";" may join two topics)


def _heading_in_capitals(text: str) -> bool:
    """A numbered item's title in capitals ("1. NHIỆM VỤ, GIẢI PHÁP", a stray full stop after it too), not a paragraph
    typed in capitals, a sentence its full stop ends ("1. THỜI GIAN QUA TÌNH TRẠNG LẤN CHIẾM … CÒN TÁI LẤN CHIẾM.")."""
    return text.isupper() and not (text.rstrip().endswith(".") and len(text.split()) > _TITLE_WORDS)


def classify_parts(blocks: list[Block], aliases: tuple[tuple[str, str], ...] = ()) -> list[Part | None]:
    """For each block, the part it sits in (None before the first part or after the signature); `aliases` are the
    short names the document defines (`agencies.defined_aliases`)."""
    from ..segment import is_end_of_body

    # Without part headings (I., II.), upper-case numbered items ("1. NHIỆM VỤ, GIẢI PHÁP") divide the
    # plan; a notice or directive numbered only "1.", "2." is divided by those items, each read by its content. (A plan
    # a decision issues after its articles is divided so on its own.)
    starts = [0, *(block.index for block in blocks if block.opens_issued_document)]
    documents = [blocks[a:b] for a, b in zip(starts, [*starts[1:], len(blocks)])]
    parted = [any(b.kind == "part" for b in document) for document in documents]
    upper = [any(b.kind == "item" and b.level == LEVEL_ITEM and _heading_in_capitals(b.text)
                 and not _names_its_body_only(b.text) for b in document) for document in documents]
    has_parts = any(parted)
    heads: list[tuple[Block, list[int]]] = []  # each part's heading block and the blocks inside it
    membership: list[int | None] = []
    stopped = False
    for block in blocks:
        document = bisect.bisect_right(starts, block.index) - 1
        if block.kind == "part" or _DIVISION.match(block.text.strip()) or (
                not parted[document] and block.kind == "item" and block.level == LEVEL_ITEM
                and (_heading_in_capitals(block.text) and not _names_its_body_only(block.text) or not upper[document])):
            heads.append((block, []))
            stopped = False
        elif is_end_of_body(block):
            stopped = True
        if heads and not stopped:
            heads[-1][1].append(block.index)
            membership.append(len(heads) - 1)
        else:
            membership.append(None)
    unheaded = not heads
    top_level = [b.index for b in blocks if b.parent is None]
    if unheaded:
        _letter_body(blocks, membership, heads)
    elif not has_parts:
        _opening_hand_out(blocks[:heads[0][0].index], membership, heads)
    parts: list[Part] = []
    enclosing: str | None = None  # the role a letter part ("B. NHIỆM VỤ CỤ THỂ") gives the parts inside it
    chapter: str | None = None  # the title of the regulation's chapter the articles sit in ("TỔ CHỨC THỰC HIỆN")
    working: list[tuple[list[int], str]] = []  # the articles of effect, with their labels
    approving: list[tuple[list[int], str]] = []  # the articles approving a scheme written out in them, and labels
    # the body may say that its tasks are listed in the appendix ("Các nhiệm vụ … chi tiết tại Phụ lục kèm theo")
    pointed_to = any(points_to_appendix(b.text) for b in blocks)
    for head, members in heads:
        letter = unheaded or bool(SALUTATION.match(head.text))
        if pointed_to and _APPENDIX.match(head.text.strip()):
            # the appendix the body points to: its list, after its title lines, may be the tasks
            entries = _after_its_title(blocks, members)
            kind = _role_from_content(blocks, entries, aliases) if entries else "other"
        elif _DIVISION.match(head.text.strip()):
            # "Chương II", "PHỤ LỤC II" and its title: the articles or parts after it are heads of their own; what
            # stands right under a chapter's title is the title's ("Chương III" / "PHÂN CÔNG NHIỆM VỤ" / "1. Phòng X")
            # (a regulation's chapter holds articles, heads of their own: its lines up to the first are its titles)
            listed = any(blocks[m].kind in ("item", "sub", "dash", "star", "plus") for m in members)
            title = _chapter_title(blocks, members[:1], None) if listed and _CHAPTER.match(head.text.strip()) else None
            kind = (role_from_heading(title) if title else None) or "other"
            if (titled := _APPENDIX_TITLED.match(head.text.strip())) and len(members) > 1:
                # "PHỤ LỤC: NHIỆM VỤ CỤ THỂ …" its title says, "PHỤ LỤC: CHƯƠNG TRÌNH LỄ KỶ NIỆM" its lines
                kind = role_from_heading(titled["title"]) or _role_from_content(blocks, members[1:], aliases)
        elif letter:
            kind = "tasks"  # a letter's body, of only the paragraphs that give work (`_letter_body`)
        elif head.label.startswith("Điều"):
            if chapter is not None and not WORK_CHAPTER.search(chapter):
                kind = "rules"
            else:
                kind = _article_role(head.text, blocks, members, aliases)
                if kind == "other" and chapter is not None and WORK_LIST_CHAPTER.search(chapter):
                    kind = _role_from_content(blocks, members, aliases)
            if kind == "other" and chapter is not None and role_from_heading(chapter) == "organisation" \
                    and not EXECUTION_ARTICLE.search(head.text[:200]):
                kind = "organisation"  # "Điều 9. Thẩm quyền, trình tự …" in the chapter that organises the work
        elif head.kind == "item" and not head.text.isupper():
            # a short title ("1. Đánh giá chung") says what its item is for; a numbered sentence says little
            kind = (role_from_heading(head.text) if is_title(head.text) else None) \
                or _role_from_content(blocks, members, aliases)
            if kind == "other" and _handed_out(blocks, head, top_level):
                kind = "tasks"  # "… đề nghị Ủy ban nhân dân các tỉnh … thực hiện các nội dung sau:" / "4. Báo cáo …"
        elif head.level == LEVEL_LETTER_PART:
            enclosing = role_from_heading(head.text)
            kind = enclosing or _role_from_content(blocks, members, aliases)
        else:
            # a part labelled as one but written as a sentence ("I. Các phòng … báo cáo kết quả hằng quý …" under "C.
            # TỔ CHỨC THỰC HIỆN") is an entry of the part around it: its words name no role
            title = _title_in_capitals(head.text)
            role = role_from_heading(title) if title.isupper() or is_title(title) else None
            if role and members == [head.index] and head.index + 1 < len(blocks) and blocks[head.index + 1].kind == "part":
                # a heading with nothing of its own over the next ones ("NỘI DUNG THỰC HIỆN" over "TUYÊN TRUYỀN",
                # "DẠY BƠI"): it says what they are for, as a letter part does
                enclosing = role
            kind = role or enclosing or _role_from_content(blocks, members, aliases)
            if kind == "other" and _TIME_HEADING.search(title) and _dated_work(blocks, members, aliases):
                kind = "tasks"  # "IV. CÁC MỐC THỜI GIAN CHÍNH" over "Trước ngày 31/5/2027: Tiểu ban X hoàn thành …"
            if kind == "tasks" and _names_only_its_content(head.text) \
                    and not _instructs_a_share(blocks, members, _WEAK_HEADING_SHARE, aliases):
                kind = "other"  # "NỘI DUNG KẾ HOẠCH" over sites, parameters and frequencies: a specification
        if kind == "tasks" and _publishes_procedures(blocks, members):
            kind = "other"
        parts.append(Part(kind, head.label.replace(" ", ""), letter=letter))
        if kind == "other" and head.label.startswith("Điều") and EFFECT_ARTICLE.search(head.text[:200]):
            working.append((members, parts[-1].label))
        elif kind == "other" and head.label.startswith("Điều") and _APPROVES_CONTENTS.search(head.text[:300]):
            approving.append((members, parts[-1].label))
        chapter = _chapter_title(blocks, members, chapter)
    out = [None if m is None else parts[m] for m in membership]
    for (head, members), part in zip(heads, parts):
        if part.kind != "other" and _APPENDIX.match(head.text.strip()):
            for i in members[:len(members) - len(_after_its_title(blocks, members))]:
                out[i] = None  # the appendix's heading, title and "(Kèm theo …)" lines are none of its list
    _split_unheaded_organisation(blocks, out)
    for members, label in working:
        _give_work_its_khoan(blocks, members, label, out, aliases)
    for members, label in approving:
        _read_the_approved_scheme(blocks, members, label, out)
    return out


_ASSIGNING_BEFORE = re.compile(r"(?:^|\W)" + ASSIGNING + r"\s+$", re.I)


_BUSINESS_ASSOCIATION = re.compile(r"(?:" + "|".join(ASSOCIATION_HEADS) + r")\s+(?i:" + "|".join(BUSINESS_WORDS)
                                   + r")(?![\wđ])")


def _opening_hand_out(opening: list[Block], membership: list[int | None], heads: list[tuple[Block, list[int]]]) -> None:
    """A directive's paragraph before the numbered items that divide it, handing out the points under it ("… yêu cầu
    các cấp ủy … thực hiện tốt các nhiệm vụ sau:" / "(1) …", "(2) …"): a part of its own, read as a letter's body is.
    One whose list is those numbered items is their lead-in, no part."""
    for block in opening:
        if block.children and block.text.endswith(":") and _hands_out_its_list(block.text):
            members = [block.index, *_descendants(opening, block)]
            heads.append((block, members))
            for i in members:
                membership[i] = len(heads) - 1


_LAST_SENTENCE = re.compile(r"(?:(?<=[.!?]\s)|^)[^.!?]*(?:[.!?](?!\s)[^.!?]*)*$")


def _hands_out_its_list(text: str) -> bool:
    """A lead-in giving the list after its colon to named bodies: by its last sentence, since a copy may run the
    situation it answers into the same paragraph ("Năm 2026, … . Thực hiện …, Ban Thường vụ … yêu cầu …:")."""
    return text.endswith(":") and (_assigns(text) or _assigns(_LAST_SENTENCE.search(text).group(0)))


def _handed_out(blocks: list[Block], item: Block, top_level: list[int]) -> bool:
    """An item of a list the paragraph before it hands to a body by name ("… đề nghị X … thực hiện các nội dung sau:"):
    the work it asks of that body, whatever its words."""
    announcing = announcing_paragraph(blocks, item, top_level if item.parent is None else None)
    return announcing is not None and ANNOUNCES_LIST.search(announcing.text) is not None and hands_out(announcing.text)


def hands_out(text: str, aliases: tuple[tuple[str, str], ...] = ()) -> bool:
    """The text hands work to the bodies it names ("Bộ X đề nghị Ủy ban nhân dân các tỉnh …", "Giao Sở Y …"), not the
    writer speaking of its own ("Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:")."""
    leads = actors_of(text, aliases).leads
    return bool(leads) and _ASSIGNING_BEFORE.search(text, 0, leads[0].start) is not None


def _assigns(text: str) -> bool:
    """A paragraph that gives a named body work: "Giao/Đề nghị X …" (also after a clause, "Về việc …, đề nghị X
    …"), or X followed by its role ("X chủ trì, phối hợp …") or an instruction; not a body's own statement ("Cục X
    nhận được …", "Văn phòng X thông báo để …"), nor a request to an association of businesses, which answers it."""
    leads = actors_of(text).leads
    if not leads or CLOSING_FORMULA.search(text) or _BUSINESS_ASSOCIATION.match(leads[0].name):
        return False
    return bool(_ASSIGNING_BEFORE.search(text, 0, leads[0].start)) or does_after(text, leads[-1].end)


def _letter_body(blocks: list[Block], membership: list[int | None], heads: list[tuple[Block, list[int]]]) -> None:
    """A letter with neither parts nor numbered items ("Kính gửi: …", then the paragraphs of its body, then its
    closing), or a notice or directive written in paragraphs alone, is read as one part of the paragraphs of its
    body that give a named body work: the context, the answer and the closing around them give none."""
    from ..segment import is_end_of_body

    salutation = next((b for b in blocks if SALUTATION.match(b.text)), None)
    assigning = []
    for block in blocks[salutation.index + 1 if salutation else 0:]:
        if is_end_of_body(block):
            break
        if block.kind not in ("para", "sub"):
            continue  # (a letter's points, "a)" or "ii)", are paragraphs of its body as unlabelled ones are)
        if block.index in assigning:
            continue  # (a point handed out by the paragraph before it)
        if _assigns(block.text) or _hands_out_its_list(block.text):
            assigning.append(block.index)
            if block.text.endswith(":"):
                # "Giao Sở Xây dựng:" / "- Thẩm định …"; "… đề nghị Ủy ban nhân dân các tỉnh … thực hiện một số nội dung
                # sau:" / "a) …", "b) …", the letter's points after it
                assigning += _descendants(blocks, block) or _points_after(blocks, block)
        elif block.children and _names_its_body_only(block.text):
            assigning += [block.index, *_descendants(blocks, block)]  # "Chủ tịch Ủy ban nhân dân các xã:" / "- …"
        elif block.text.endswith(":") and (items := _listed_work(blocks, block)):
            # "… xin thông tin những nội dung chính của Kế hoạch như sau:" over "(1) Ban Chỉ huy … chủ trì …": the
            # list, each item giving a body its work (not the paragraphs after it)
            assigning += [block.index, *(i for item in items for i in (item.index, *_descendants(blocks, item)))]
    if not assigning:
        return
    # the part's heading: whom the letter addresses (a member, no task), or in a notice or directive without one,
    # its first assignment
    members = [salutation.index, *assigning] if salutation else assigning
    heads.append((salutation or blocks[assigning[0]], members))
    for i in members:
        membership[i] = 0


_TIME_HEADING = re.compile(r"thời gian|thời hạn|mốc|tiến độ|lộ trình|(?<!du )lịch(?!\s+sử)", re.I)  # (not "lịch sử")


def _dated_work(blocks: list[Block], members: list[int], aliases: tuple[tuple[str, str], ...]) -> bool:
    """Most of the part's items name a body and its work, after the time it is for or with it ("Tháng 8/2027: Ban
    Thường vụ báo cáo …", "Ngày 16/6/2027, Đoàn khảo sát làm việc với …", "Tổ khảo sát số 1 khảo sát tại … từ ngày
    …")."""
    items = [blocks[m] for m in members if blocks[m].kind in ("item", "sub", "dash", "star")]
    work = [item.text[label.end():] if (label := TIME_LABEL.match(item.text) or VISIT_DAY.match(item.text))
            else item.text for item in items]
    return _mostly_work(sum(1 for text in work if actors_of(text, aliases).leads and instructs(text, aliases)),
                        len(items))


_LEAST_LISTED_WORK = 2


def _mostly_work(giving_work: int, items: int) -> bool:
    """More than one of the items, and at least half, name a body and its work."""
    return giving_work >= _LEAST_LISTED_WORK and giving_work * 2 >= items


def _points_after(blocks: list[Block], block: Block) -> list[int]:
    """The lettered points right after a paragraph, one after another, with what each holds, up to the body's end."""
    points: list[int] = []
    for after in blocks[block.index + 1:]:
        if after.ends_body or after.kind != "sub" and after.index not in points:
            break
        if after.kind == "sub":
            points += [after.index, *_descendants(blocks, after)]
    end = next((b.index for b in blocks[block.index + 1:] if b.ends_body), len(blocks))
    return [i for i in points if i < end]


def _listed_work(blocks: list[Block], block: Block) -> list[Block]:
    """The labelled items under the paragraph, when they mostly name a body and its work."""
    items = [blocks[c] for c in block.children if blocks[c].kind in ("enum", "item", "sub", "dash", "star")]
    working = sum(1 for item in items
                  if actors_of(item.text[:1].upper() + item.text[1:]).leads and instructs(item.text))
    return items if _mostly_work(working, len(items)) else []


_REMARK = re.compile(r"^\s*\([^()]*\)")  # "Sở X (cơ quan thường trực …):": what the body is here, said of it


def _names_its_body_only(text: str) -> bool:
    """ "Sở Y tế:", "Giao Chủ tịch Ủy ban nhân dân các xã:": a heading naming who does the list below it."""
    leads = actors_of(text).leads
    return bool(leads) and _REMARK.sub("", text[leads[-1].end:]).strip() == ":" and (
        not text[:leads[0].start].strip() or bool(_ASSIGNING_BEFORE.search(text, 0, leads[0].start)))


def _descendants(blocks: list[Block], block: Block) -> list[int]:
    return [i for child in block.children for i in (child, *_descendants(blocks, blocks[child]))]


_CHAPTER = re.compile(r"^Chương\s+[IVXLC\d]+\.?$", re.I)
# A chapter or an annex opens a division of the document: its heading line ends the part before it.
def _after_its_title(blocks: list[Block], members: list[int]) -> list[int]:
    """An appendix's blocks from its first entry on: after "PHỤ LỤC", its title and "(Kèm theo …)"."""
    first = next((k for k, i in enumerate(members) if blocks[i].kind != "para" or blocks[i].level == LEVEL_ITEM),
                 len(members))
    return members[first:]


# (its title may follow on its line: "PHỤ LỤC: CHƯƠNG TRÌNH LỄ KỶ NIỆM (dự kiến)")
_APPENDIX = re.compile(r"^PHỤ LỤC(?:\s+(?:SỐ\s*)?[IVXLC\d]+)?(?:\.|\s*[:\-–]\s*[^\n]{3,})?$", re.I)
_DIVISION = re.compile(_CHAPTER.pattern + "|" + _APPENDIX.pattern, re.I)
_APPENDIX_TITLED = re.compile(r"^PHỤ LỤC(?:\s+(?:SỐ\s*)?[IVXLC\d]+)?\s*[:\-–]\s*(?P<title>[^\n]{3,})$", re.I)


def division_heading(blocks: list[Block], block: Block) -> bool:
    """A chapter's line alone ("Chương III") or the title right under it ("PHÂN CÔNG NHIỆM VỤ"): a heading, no work."""
    if block.kind != "para":
        return False
    above = blocks[block.index - 1] if block.index else None
    return _CHAPTER.match(block.text.strip()) is not None or (
        above is not None and above.kind == "para" and _CHAPTER.match(above.text.strip()) is not None
        and is_title(block.text.strip()))


_CHAPTER_LINE = re.compile(r"^(?:Chương|CHƯƠNG)\s+[IVXLC\d]+\b[.:]?\s*(?P<title>.*)$")


def _chapter_title(blocks: list[Block], members: list[int], title: str | None) -> str | None:
    """The title of the last chapter opened inside a part's blocks ("Chương IV" then its title in capitals), or
    `title` when none opens there: the articles after it sit in that chapter."""
    for i in members:
        chapter = _CHAPTER_LINE.match(blocks[i].text.strip())
        if chapter and chapter.group("title"):
            title = chapter.group("title")  # "Chương IV. TỔ CHỨC THỰC HIỆN" on one line
        elif chapter and i + 1 < len(blocks):
            title = blocks[i + 1].text
    return title


_PROCEDURE_FIELDS = 3  # different fields of the form: one "Thời hạn giải quyết:" alone may sit in any plan


def _publishes_procedures(blocks: list[Block], members: list[int]) -> bool:
    """A part whose items are the fields of administrative procedures ("Trình tự thực hiện:", "Phí, lệ phí:"):
    how a procedure runs, however much its steps read like instructions."""
    fields = {field.group(0).lower() for field in (PROCEDURE_FIELD.match(blocks[i].text) for i in members) if field}
    return len(fields) >= _PROCEDURE_FIELDS


def _split_unheaded_organisation(blocks: list[Block], parts: list[Part | None]) -> None:
    """A numbered list restarting at 1 after the tasks, about "this plan", is an unheaded Tổ chức thực hiện."""
    top_numbers: list[int] = []
    current: Part | None = None
    replacement: Part | None = None
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
                replacement = Part("organisation", part.label)
                parts[block.index] = replacement
            top_numbers.append(number)
