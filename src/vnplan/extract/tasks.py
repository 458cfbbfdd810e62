"""Tasks: every leaf assignment in the parts of a plan that list tasks, and the duties given body
by body in Tổ chức thực hiện.

The outline tree from `segment` gives the structure and `parts` says what each part is for. A
heading ("b) Sở Kế hoạch và Đầu tư chủ trì, phối hợp với …", "2. Sở Y tế", "Điều 2. Giao Bộ X:")
sets the lead and coordinators for the bullets under it; a bullet or stand-alone paragraph is one
task; "+" sub-bullets and "(i)" items stay inside the task they sit under; a heading with nothing
under it is a task by itself. Field blocks (`fields`) and task tables (`tables`) give one task per
item or row; cross-references (`crossrefs`) hand numbered items to a body last.
"""
from __future__ import annotations

import itertools
import re

from ..lexicon import (AMENDS, ANNOUNCES_LIST, ANNOUNCES_PARAGRAPHS, ANNOUNCES_TASKS, ASSIGNING, CARRIES_OUT_THIS,
                       CASE_WORDS, CLOSING_FORMULA, CLOSING_REQUEST, CONTACT_NOTE, CONTINUING_CONNECTIVES,
                       COVERS_ABOVE, DIRECTS_ITS_LIST, DOES_WORK, EXECUTION_ARTICLE, FIELD_LINE, GENERIC_DUTY,
                       INLINE_TIME_FIELD, IN_OWN_REMIT, LEAD_OR_PARTNER, LETTER_SIGN_OFF, MONITORS_THIS_DOCUMENT, NOTE,
                       OWN_PLAN, PARTS_LISTED, PAST, PROBLEM_REPORT, REMIT_BEFORE_ACTION, REPORT_ONLY,
                       REQUIRES_ANOTHER, SALUTATION, STATUTORY_MANDATE, THIS_DOCUMENT, TIME_LABEL, TIME_STATEMENT,
                       TITLE_QUANTIFIER, VISIT_DAY, field_role, matrix_legend, points_to_appendix)
from ..model import Span, Task
from ..segment import LEVEL_CHILD, LEVEL_ITEM, LEVEL_LEAD_IN, LEVEL_SUB, Block, announcing_paragraph, heading_of_the_run
from .actors import DEFAULT_COLLECTIVE_LEAD, Actors, actors_of, bodies_closing_the_bracket, names_of, names_only
from .agencies import AgencyMention, body_served, find_agencies, name_to_the_end
from .agency_lexicon import (DEPUTY, EVERY_BODYS_UNITS, GENERIC_KINDS, LEADERS, MISSION_HEADS, NAMING_ALONE_HEADS,
                             OFFICE_HOLDERS, PROVINCE_LEVELS)
from .crossrefs import apply_cross_references, apply_rows_naming_items
from .dates import (RECURS, closing_bracket_time, day_n, days_counted_from, deadline_from_timeframe, deadline_in,
                    phase_deadline)
from .fields import (WHO_AND_WHAT, FieldBlock, assigns, fields_of_line, inline_fields, leading_fields,
                     trailing_fields)
from .parts import (ACTIVITY_HEADING, NON_TASK_HEADING, NON_TASK_SECTION, OF_INDIVIDUALS, TASK_HEADING, Part,
                    classify_parts, describes, division_heading, hands_out, instructs, is_title, opens_with_action,
                    reports_to_a_body, without_content_field, works_beyond_the_formula)
from .reporting_words import CONDITION_OPENING, RUNNING_REPORT
from .tables import heads_a_task_table, table_tasks

# A heading that is an office of the plan's own steering body, unnamed ("1.1. Trưởng Ban Chỉ đạo"): the office-holder
# stands for the body, named in full elsewhere in the plan (see `_names_ending_on_a_head_completed`).
_OWN_BODYS_OFFICE = re.compile(r"(?:" + DEPUTY + r"\s+)?(?:" + "|".join(OFFICE_HOLDERS) + r")\s+("
                               + "|".join(MISSION_HEADS) + r")\s*:?\s*$")
_CONNECTIVE = re.compile(r"^(?:" + "|".join(CONTINUING_CONNECTIVES) + r")\b")


# ("Thủ trưởng các …", "Giám đốc (Thủ trưởng) các …")
# ("các sở, ban, ngành", "các cơ quan, đơn vị", "các đơn vị trực thuộc", "các chi bộ, cơ quan, đơn vị": a kind listed
# with the generic ones; not one kind of body: "các chi bộ trực thuộc")
_GENERIC_KIND = "(?:" + "|".join(GENERIC_KINDS) + r")(?!\w)"
_AT_LARGE = re.compile(r"(?:(?:" + "|".join(LEADERS) + r")(?:\s*\([^()]{1,30}\))?\s+)?các\s+(?:[^\s,]+,|"
                       r"[^\s,]+\s[^\s,]+,\s*" + _GENERIC_KIND + "|" + _GENERIC_KIND + ")", re.I)


def _every_body(mention: AgencyMention) -> bool:
    """ "Các sở, ban, ngành", "Thủ trưởng các cơ quan, đơn vị": the implementing bodies at large, not one kind of body
    ("Ủy ban nhân dân các xã")."""
    return mention.collective and _AT_LARGE.match(mention.name) is not None


def _generic_only(text: str) -> bool:
    """The text's work opens on the generic duty (what follows it spells it out), or each of its clauses gives it or
    a report: a first clause of work of its own ("… hướng dẫn Hội Nông dân các xã triển khai các mô hình …; theo dõi,
    tổng hợp kết quả") makes it more."""
    if not GENERIC_DUTY.search(text):
        return False
    # (not the bodies a ";" lists, nor one said to be the standing body before its work: "Phòng X là đơn vị thường
    # trực: hướng dẫn …", the names' own verbs, "Quản lý", no work)
    work = [clause for clause in _CLAUSE_END.split(text) if _does_more(_without_bodies(clause))]
    return not work or bool(GENERIC_DUTY.search(work[0])) \
        or all(GENERIC_DUTY.search(clause) or _REPORTS.search(clause) for clause in work)


# The bodies' qualifier between their name and their verb: "Ủy ban nhân dân các xã, phường có chợ thuộc danh mục …",
# "Các đơn vị được phân công chủ trì tại Mục III …", "… các chủ rừng là tổ chức …".
_QUALIFIER = re.compile(r"\s+(?:có|thuộc|nằm trong|là|được giao|được phân công)\s[^,;.:]{1,60}?"
                        r"(?=\s+(?:định kỳ|hằng|hàng|tổng hợp|báo cáo)\b)")


def _reports_only(text: str, after: int) -> bool:
    """Does the text, from the end of its bodies' names, only give them a report ("… báo cáo tiến độ về Sở X"), the
    bodies maybe qualified first?"""
    qualified = _QUALIFIER.match(text, after)
    return REPORT_ONLY.match(text, qualified.end() if qualified else after) is not None


def _without_bodies(clause: str) -> str:
    for mention in reversed(find_agencies(clause)):
        clause = clause[:mention.start] + clause[mention.end:]
    return clause


# The most closing paragraphs after the one at hand before the signature: a document closes in a few.
_CLOSING_RUN = 3
_CLAUSE_END = re.compile(r"[;.:](?:\s|$)")
# A clause that reports ("tổng hợp, báo cáo …"), not one that drafts a report as its work ("xây dựng báo cáo chuyên
# đề").
_REPORTS = re.compile(r"(?<!xây dựng )(?<!lập )(?<!chuẩn bị )(?<!hoàn thiện )(?<!biên soạn )báo cáo\b", re.I)


def _charged_with_the_document(text: str, leads: list[AgencyMention]) -> bool:
    """ "Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết này, bảo đảm …": one body named to carry the
    document out, its executor."""
    return len(leads) == 1 and not leads[0].collective and CARRIES_OUT_THIS.match(text, leads[0].end + 1) is not None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=\w)")


def _introducing_sentence(text: str) -> str:
    """ "Chính phủ cơ bản thống nhất với dự án … Giao Bộ Công an chủ trì …, bảo đảm một số yêu cầu sau:": the sentence
    that introduces a list gives its items their body, not the sentences before it."""
    if not text.rstrip().endswith(":"):
        return text
    starts = [end.end() for end in _SENTENCE_END.finditer(text) if text[end.end()].isupper()]
    return text[starts[-1]:] if starts else text


def _closes(text: str) -> bool:
    """The closing formula ("Trên đây là …", "… để các cơ quan biết, thực hiện", "… các cơ quan, đơn vị … thực
    hiện … nêu trên", "Nghị quyết này được phổ biến đến …"); its words tested first."""
    return ("biết" in text or "nêu trên" in text or text.startswith("Trên đây") or " này " in text[:40]
            or LETTER_SIGN_OFF.lower() in text[:20].lower()) and bool(CLOSING_FORMULA.search(text))


def _without_time_field(text: str) -> str:
    """The task's text without the time field closing it (its words tested first: most texts have none)."""
    return (INLINE_TIME_FIELD.sub("", text) if ":" in text and "ời" in text else text).strip()


# "Phòng X (PC02): …", "Sở Y tế (cơ quan thường trực): …"
_LABEL_COLON = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?:\s*")
# … and the bodies of a class that a clause picks ("Ủy ban nhân dân các xã có đơn vị được kiểm tra: …"; not "… có trách
# nhiệm:", a duty's label the text keeps); a single body's clause is its work ("Sở Nội vụ có ý kiến bằng văn bản: …")
_CLASS_LABEL_COLON = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*|\s(?:có(?! trách nhiệm| nhiệm vụ| các nhiệm vụ)|thuộc"
                                r"|trực thuộc|liên quan|được)\s[^:;.()\n]{1,40}?)?:\s*")


def _label_end(text: str, leads: list[AgencyMention]) -> int | None:
    """Where the bodies that label the text end, with their colon ("Sở Y tế, Báo tỉnh: …", "Giám đốc Sở Y tế: …", a
    steering committee's member by his office in his body); None when no body labels it."""
    opening = text[:leads[0].start].strip() if leads else None
    label = _CLASS_LABEL_COLON if leads and leads[-1].collective else _LABEL_COLON
    colon = label.match(text, leads[-1].end) if leads and (
        not opening or _HOLDS_OFFICE.fullmatch(opening) or _REQUESTS.fullmatch(opening)) else None
    return colon.end() if colon and colon.end() < len(text) else None


# the request or the handing over that opens a label ("Đề nghị Sở Tài chính: Thẩm định …"): the work follows the colon
_REQUESTS = re.compile(ASSIGNING + r"(?:\s+các)?", re.I)
# the office its body's head holds, and a seat he has beside it ("Giám đốc", "Phó Trưởng ban - Giám đốc", "Đề nghị Bí
# thư")
_HOLDS_OFFICE = re.compile(r"(?:" + ASSIGNING + r"\s+)?(?:[^:;,.]{1,40}?\s[-–]\s)?(?:" + DEPUTY + r"\s+)?(?:"
                           + "|".join(OFFICE_HOLDERS) + r")", re.I)


# A lead-in ending on the verb that hands its list over ("Giao Đảng ủy X lãnh đạo, chỉ đạo:", "… chỉ đạo thực
# hiện:"), not on the matter it details ("… tập trung chỉ đạo …, trong đó:"), nor on a field's name ("thời gian thực
# hiện:", over the rounds of one piece of work)
_DIRECTING_COLON = re.compile(r"(?<![\wđ])(?:lãnh đạo|chỉ đạo)(?: (?:thực hiện|triển khai))?\s*:\s*$", re.I)


_STATES_WHAT_IS = re.compile(r"\s*(?:đã|được|bị|là|vừa)\s", re.I)
_POINTS_TO_A_DOCUMENT = re.compile(r"\stại (?:Công văn|Quyết định|Kế hoạch|Thông tư|Hướng dẫn|Văn bản) số\s")


def _opens_on_its_body(block: Block, actors: Actors) -> bool:
    """An unlabelled paragraph right under Tổ chức thực hiện that opens on the body it charges ("Vụ Kế hoạch - Tài
    chính bố trí kinh phí …", "Giao Sở X …"): an entry of the part's list, as a numbered or dashed one is (a copy may
    have lost its labels, a portal its bullets). One body named, not a class: "Các đơn vị … triển khai; báo cáo …"
    after the list is every body's generic duty; no line in capitals (a signature's), none announcing what follows
    ("… như sau:"), none saying what a body is or has done ("Trung tâm X là đầu mối …", "Sở Y tế đã ban hành …",
    "Ban Chỉ đạo được kiện toàn …", "Bộ Y tế hướng dẫn tại Công văn số …")."""
    first = actors.leads[0]
    text = block.text.rstrip()
    return block.kind == "para" and not first.collective and instructs(text) and not text.endswith(":") \
        and not text.isupper() and (first.start == 0 or bool(_ASSIGNS.fullmatch(text[:first.start]))) \
        and not _STATES_WHAT_IS.match(text, first.end) and not _POINTS_TO_A_DOCUMENT.search(text)


def _labelled_by(text: str, leads: list[AgencyMention]) -> bool:
    return _label_end(text, leads) is not None


def _without_label(text: str, leads: list[AgencyMention]) -> str:
    """ "Sở Y tế, Báo tỉnh: tăng cường tuyên truyền …": the work, without the bodies that label it (they are its lead)."""
    end = _label_end(text, leads)
    return text[end:] if end is not None else text


_QUOTATION = re.compile(r"^[“\"«][^“”\"«»]+[”\"»][.;]?$")


_TITLE_WORDS = 20  # words of a title at most (a table's, a field block's)


# A clause of the work that opens on its partner ("Phối hợp với Công ty X …", "…; phối hợp với Sở Y tế …").
_CLAUSE_OF_ITS_PARTNER = re.compile(r"(?:^|[;,.:]\s)\W*(?:chủ động\s+|tiếp tục\s+)?phối hợp(?:\s+chặt chẽ)?\s+với\s",
                                    re.I)


def _has_words(text: str) -> bool:
    return any(char.isalpha() for char in text)  # (a rule drawn with dashes has none)


_IN_CARRYING_OUT = re.compile(r"Thực hiện\s[^,.;:]*?\bsố\s+\d[^;:]*?,\s*(?=\w)")  # (the cited document's own commas)
_DONE_REACH = 100  # characters from the fronted clause to the "đã" of its sentence


# A committee's members: a person by name and office with his seat on it after a dash ("Ông Trần Văn A, Chủ tịch …
# - Trưởng ban;"), a sub-committee's ("Tiểu ban X: bà Phạm Thị B, Giám đốc … - Trưởng tiểu ban"; "Thành phần Đoàn:
# Trưởng đoàn: ông …"), or its members at large ("Các thành viên: Trưởng Công an phường; …"); not a person given work
# ("Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND xã: chỉ đạo chung …")
_PERSON = r"(?:Ông|Bà|ông|bà|Đồng chí|đồng chí)\s+(?:[A-ZĐ]\w*\s+){1,4}[A-ZĐ]\w*\s*,"
_SEAT = r"[^:]*?\s[-–]\s*(?:Phó\s+)?(?:Trưởng|Ủy viên|Thành viên|Thư ký|Tổ trưởng|Tổ phó)"
_MEMBERS = re.compile(r"(?:" + _PERSON + _SEAT + r"|(?:Các\s+)?[Tt]hành viên\s*(?:gồm)?\s*:"
                      r"|[^:;]{3,80}:\s*(?:(?:Trưởng|Phó)[^:;]{1,40}:\s*" + _PERSON + "|" + _PERSON + _SEAT + "))")


def _instructs_nobody(text: str) -> bool:
    """A slogan in quotation marks, or the section's own time frame or budget ("Thời gian thực hiện: từ
    tháng 10/2025 …", "Thời hạn chậm nhất …") standing as an item: words about the work, not work given to anyone."""
    if text[:1] in "“\"«":
        return bool(_QUOTATION.match(text))
    if SALUTATION.match(text) or NOTE.match(text):
        return True  # "Kính gửi: …" heads a letter's body; "Lưu ý: …" says how, beside the duties
    if points_to_appendix(text) or AMENDS.match(text):
        return True  # (or an amending document's operation on the plan it amends: "Bãi bỏ điểm c khoản 5 mục II.")
    if TIME_STATEMENT.match(text):
        return True  # "Thời hạn chậm nhất 05 ngày làm việc …" after a step: when it is due, without a colon
    if _MEMBERS.match(text):
        return True  # "- Ông Trần Văn A, Chủ tịch UBND phường - Trưởng ban;": who sits on a committee, no work
    if (fronted := _IN_CARRYING_OUT.match(text)) \
            and (past := PAST.search(text, fronted.end(), fronted.end() + _DONE_REACH)) \
            and not _does_more(text[fronted.end():past.start()]):
        return True  # "Thực hiện Nghị quyết số …, các địa phương đã bàn giao …": what was done, an assessment
    field = FIELD_LINE.match(text) if ":" in text[:40] else None  # field names are short: spare the match
    return field is not None and field_role(field.group("name")) in ("time", "other")


# A title naming activities opens with their word ("Các hoạt động chính", "Nội dung thi đua", "Nhiệm vụ cụ thể"); one
# that only mentions them names something else ("Loại hình nhiệm vụ", "Mối liên kết giữa các nhiệm vụ" of a form).
_ACTIVITY_TITLE = re.compile(r"[*_\s]*" + TITLE_QUANTIFIER + "(?:" + ACTIVITY_HEADING.pattern + ")", re.I)


_ROLE_WORDS = re.compile(LEAD_OR_PARTNER, re.I)
_WORD_START = re.compile(r"(?<![\wđ])\w")


def _does_more(gap: str) -> bool:
    """Whether words between the bodies and their monitoring give work of their own: an action in them; more
    bodies or people named ("… và đại biểu Quốc hội tỉnh") do not."""
    return any(opens_with_action(gap[word.start():]) for word in _WORD_START.finditer(gap))


def _states_its_time(block: Block) -> bool:
    """ "Thời hạn chậm nhất 05 ngày làm việc …" on a line of its own under an item: that item's time."""
    return block.kind == "para" and not block.children and TIME_STATEMENT.match(block.text) is not None


# A paragraph listing the cases something applies in, not work ("… trong các trường hợp sau:")
_CASES_LISTED = re.compile(r"(?:" + "|".join(CASE_WORDS) + r")\s+(?:sau|dưới đây)", re.I)


_PAST_REACH = 80  # characters after a day in which "đã" tells of what was done

# A plural right before the closing bracket, which the bracket then lists ("… các phương tiện thông tin đại chúng (Báo
# X, Đài Y).")
_LISTS_THE_CLASS = re.compile(r"(?<![\wđ])(?:các|những)(?P<kind>(?:\s+[^\s,;()]+){1,6})\s*\([^()]*\)\s*[.;]?\s*$", re.I)


def _lists_the_class(text: str) -> bool:
    """ "… cho công chức các cơ quan chuyên môn (Sở Nội vụ, Sở Tư pháp)": the bracket lists bodies of the kind just
    named (not "… hướng dẫn các thôn đăng ký tiết mục (Phòng Văn hóa - Xã hội)", where a verb follows the kind, nor "…
    tại các chợ (Công an xã)", one body: the doer)."""
    if not _closes_on_a_bracket(text):  # (the cheap test first: the pattern's case-blind scan costs far more)
        return False
    plural = _LISTS_THE_CLASS.search(text)
    return plural is not None and DOES_WORK.search(plural["kind"]) is None \
        and len(find_agencies(text[text.rindex("("):])) > 1


def _closes_on_a_bracket(text: str) -> bool:
    """Whether the text ends on a closing bracket, a full stop or semicolon and blanks after it or none."""
    closing = text.rstrip()
    if closing[-1:] in (".", ";"):
        closing = closing[:-1].rstrip()
    return closing.endswith(")")


# A detail of an event or an activity, on a line of its own under it: a short name, a colon, what it is ("- Địa điểm:
# Quảng trường …", "- Quy mô: khoảng 1.500 đại biểu", "- Trang phục: …", "- Thời gian: 19 giờ 30 phút, ngày 26/7/2027").
_DETAIL = re.compile(r"(?P<name>[^\W\d_][^:;.()]{1,30}?)\s*:\s*\S")
_DETAIL_WORDS = 4  # at most, in its name


def _states_a_detail(block: Block, aliases: tuple[tuple[str, str], ...]) -> bool:
    """A line under an item saying when, where, how large or who attends, not what work anyone does."""
    detail = _DETAIL.match(block.text) if block.kind in ("dash", "plus", "star", "para") else None
    if detail is None or len(detail["name"].split()) > _DETAIL_WORDS or block.children:
        return False
    value = block.text[detail.end() - 1:]
    return field_role(detail["name"]) in ("time", "other") and not actors_of(detail["name"], aliases).leads \
        and not instructs(block.text, aliases) and not instructs(value, aliases)  # ("Năm 2027: đưa vào vận hành …")


def _is_title(text: str) -> bool:
    """A line that titles what follows: a few words, no sentence's end."""
    return len(text.split()) <= _TITLE_WORDS and text.rstrip()[-1:] not in ".;:"


def _form_blank(text: str) -> bool:
    """A form's line to fill in ("(Tiểu mục) ……………", "Họ và tên: ........"): a template, never an instruction.
    (Substring tests: a pattern searched over every block cost a tenth of the extraction's time.)"""
    return "....." in text or text.count("…") >= 3


# Where a sentence starts: after a full stop closing a word in lower case, a number or a bracket ("… quy định. Do vậy,
# …"; not "TP. Hà Nội").
# (the stop first, what closes before it checked behind: the engine skips ahead to each stop)
_SENTENCE_START = re.compile(r"\.(?<=[a-zđà-ỹ0-9)\]]\.)\s+(?=[A-ZĐÀ-Ỹ])")


# "…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:" over the paragraphs that say what: the request's words are theirs.
_REQUESTS_WHAT_FOLLOWS = re.compile(r"\b(?:yêu cầu|đề nghị|chỉ thị)\s*:\s*$")
_ASSIGNS = re.compile(r"\s*" + ASSIGNING + r"\s", re.I)
_SUBJECT_REACH = 100  # characters before a sentence's subject: "Đối với các hộ chưa đồng thuận, giao …"


# work that announces its own contents, steps or parts ("… kiểm tra … với các nội dung sau:", "… theo các bước sau:"):
# a task whose paragraphs say what it holds
_ITS_OWN_CONTENTS = re.compile(r"\b(?:với|theo|gồm|bao gồm)\s+(?:các|những)\s+(?:nội dung|bước|hoạt động|yêu cầu)"
                               r"[^:]*:\s*$", re.I)
_BRACKETS_BEFORE_COLON = re.compile(r"\s*\([^()]*\)(?=\s*:$)")


class _TaskBuilder:
    def __init__(self, blocks: list[Block], parts: list[Part | None], aliases: tuple[tuple[str, str], ...] = (),
                 default_lead: str = DEFAULT_COLLECTIVE_LEAD, year: int | None = None, issued: str | None = None):
        self.blocks = blocks
        self.default_lead = default_lead  # who does the work that names nobody
        self.year = year  # an annual plan's: its month headings ("Tháng 3:") are months of it
        self.issued = issued  # the plan's date: a deadline's day without its year is the next such day
        # the day the plan names N, if it counts days from one ("trước ngày N-5")
        self.day_n = day_n(" ".join(b.line for b in blocks))
        self.parts = parts
        self.aliases = aliases  # the short names the plan defines for bodies ("sau đây gọi tắt là …")
        self.tasks: list[Task] = []
        self.task_blocks: list[int] = []
        self.ids: set[str] = set()
        self.counters: dict[str, int] = {}
        self._ancestors: dict[int, list[Block]] = {}
        self._governing: dict[int, list[Block]] = {}
        self._non_task: dict[int, bool] = {}  # block -> inside a non-task section (see _in_non_task_section)
        self._announcements: dict[int, int] | None = None  # part -> its paragraph announcing tasks (built once)
        self._prefixes: dict[tuple[int | None, str | None, str], str] = {}  # see make_id
        self._time_items: dict[int, str | None] = {}  # heading -> the deadline its own time item sets (built once)
        self._lead_ins = self._lead_ins_over_parts()  # task part -> the paragraph before it that speaks for it
        self._bracketed_doers: dict[int, bool] = {}  # part (its id) -> its items name their doers in brackets
        self._top_level = [b.index for b in blocks if b.parent is None]

    # -- context -----------------------------------------------------------
    def ancestors(self, block: Block) -> list[Block]:
        """Parent first, up to the root; built once per block, since every task asks several times."""
        chain = self._ancestors.get(block.index)
        if chain is None:
            chain = [] if block.parent is None else [self.blocks[block.parent], *self.ancestors(self.blocks[block.parent])]
            self._ancestors[block.index] = chain
        return chain

    def governing(self, block: Block) -> list[Block]:
        """The ancestors, each numbered list's announcing paragraph before its parent ("Điều 2. …" / "Giao Ủy ban
        nhân dân tỉnh chỉ đạo các sở, ngành thực hiện các nhiệm vụ sau:" / "1. …"): the items are not the
        paragraph's children in the outline, yet it speaks for each. Built once per block."""
        chain = self._governing.get(block.index)
        if chain is None:
            top_level = self._top_level if block.parent is None else None
            announcing = announcing_paragraph(self.blocks, block, top_level)
            if announcing and block.parent is None and not hands_out(announcing.text, self.aliases):
                announcing = None  # (a letter's list has no parent: "… đề nghị X … sau:" / "1. …", but the writer's own
                # words over it, "Chủ tịch … có ý kiến chỉ đạo như sau:", give it to no one)
            chain = [announcing] if announcing else []
            if block.parent is not None:
                parent = self.blocks[block.parent]
                chain += [parent, *self.governing(parent)]
            self._governing[block.index] = chain
        return chain


    def in_part(self, block: Block) -> list[int]:
        """The block's children in its part, up to where the body ends ("Nơi nhận:" or the signature, and what follows
        them, are no child's)."""
        part = self.parts[block.index]
        children = []
        for c in block.children:
            if self.blocks[c].ends_body:
                break
            if self.parts[c] is part:
                children.append(c)
        return children

    def context_actors(self, block: Block) -> tuple[list[AgencyMention], list[AgencyMention], bool]:
        """Lead, coordinators and collective flag inherited from the nearest assigning heading, with the
        partners a heading between them names ("1. Sở X" → "a) Chủ trì, phối hợp với các sở, ngành:" → "- …")."""
        partners: list[AgencyMention] = []
        collective = False
        for ancestor in self.governing(block):
            # a part or article heading can assign too ("Điều 2. Giao Sở X:"), in the sentence that opens the list
            actors = actors_of(_introducing_sentence(ancestor.text), self.aliases)
            if not actors.leads and ancestor.text.endswith(")") and (fields := trailing_fields(ancestor.text)):
                actors = Actors(*fields.actors(self.aliases))  # "Bước 1: … (Chủ trì: X; phối hợp: Y)" over its list
            elif len(actors.leads) == 1 and not actors.leads[0].collective and ancestor.kind != "part" \
                    and not ancestor.text.endswith((".", ";")) and (whole := name_to_the_end(ancestor.text, actors.leads[0])):
                # "1. Phòng Quản lý thu, sổ, thẻ" over its items: the heading names the body, all its words
                actors = Actors([AgencyMention(whole, actors.leads[0].start, len(ancestor.text), resolved=False)],
                                actors.coordinators, actors.collective)
            own_body = _OWN_BODYS_OFFICE.match(ancestor.text) if ancestor.kind in ("item", "sub") else None
            if own_body and not actors.leads:
                actors = Actors([AgencyMention(own_body.group(1), ancestor.text_start, ancestor.text_start + own_body.end(),
                                               resolved=False)], [], False)
            if actors.leads:
                if not partners:
                    return actors.leads, actors.coordinators, collective or actors.collective
                named = {m.name for m in partners}
                return actors.leads, [*partners, *(m for m in actors.coordinators if m.name not in named)], \
                    collective or actors.collective
            if actors.coordinators:
                partners += [m for m in actors.coordinators if m.name not in {p.name for p in partners}]
            collective = collective or actors.collective
            if ancestor.kind == "part":
                lead_in = self._lead_ins.get(ancestor.index)
                if lead_in is not None and (actors := actors_of(lead_in.text, self.aliases)).leads:
                    return actors.leads, [*partners, *actors.coordinators], collective or actors.collective
                break
        return [], partners, collective

    def _lead_ins_over_parts(self) -> dict[int, Block]:
        """ "Các khoa, phòng trong Bệnh viện thực hiện các nội dung sau:" ending a part, right before the next: it names
        who does the work of the task parts after it, up to a part of another kind."""
        lead_ins: dict[int, Block] = {}
        current = None
        for block in self.blocks:
            if block.kind == "part" and current is not None:
                part = self.parts[block.index]
                current = current if part is not None and part.kind == "tasks" else None
                if current is not None:
                    lead_ins[block.index] = current
            elif block.kind == "para" and block.text.rstrip().endswith(":") and self._before_a_part(block) \
                    and actors_of(block.text, self.aliases).leads:
                current = block
        return lead_ins

    def _before_a_part(self, block: Block) -> bool:
        return block.index + 1 < len(self.blocks) and self.blocks[block.index + 1].kind == "part"

    def _directed_by_heading(self, block: Block) -> bool:
        """Whether the heading that gives the block its body directs the bodies its items name ("Bộ trưởng Bộ X có
        trách nhiệm chỉ đạo:" → "a) Cục Y có trách nhiệm …"): those are directed, neither leads nor partners."""
        for ancestor in self.governing(block):
            sentence = _introducing_sentence(ancestor.text)
            leads = actors_of(sentence, self.aliases).leads
            if leads:
                return DIRECTS_ITS_LIST.search(sentence, leads[-1].end) is not None
            if ancestor.kind == "part":
                break
        return False

    def section_deadline(self, block: Block) -> str | None:
        """A step that sets no time of its own is due by the end of the section it sits in, when the section
        dates itself: a roadmap phase ("1. Giai đoạn 2025 - 2030"), a programme's month ("Tháng 3:"), or an item of
        the section that gives only its time ("2. Tháng hành động" → "b) Thời gian: Từ ngày 15/11/2025 đến ngày
        15/12/2025" beside "d) Các hoạt động chính" → "- …")."""
        for ancestor in self.ancestors(block):
            if ancestor.kind == "part":  # a part may date its work too: "I. TRƯỚC NGÀY 25/12/2026", "II. QUÝ II/2027"
                deadline = phase_deadline(ancestor.text, self.year)
                if deadline:
                    return deadline
                break
            deadline = phase_deadline(ancestor.text, self.year) or self._time_item(ancestor)
            if deadline:
                return deadline
        group = heading_of_the_run(self.blocks, next((b for b in (block, *self.ancestors(block)) if b.level == LEVEL_ITEM),
                                                     block))
        return phase_deadline(group.text, self.year) if group else None

    def _times_the_items_after(self, block: Block) -> bool:
        """An unlabelled line that is a month, a quarter or a phase alone ("Tháng 5/2028"): the time of the items
        after it (`section_deadline`), no work of its own."""
        return block.kind == "para" and phase_deadline(block.text, self.year) is not None

    def _time_item(self, heading: Block) -> str | None:
        if heading.index not in self._time_items:  # every step under the heading asks
            self._time_items[heading.index] = None
            for child in self.in_part(heading):
                item = self.blocks[child]
                field = FIELD_LINE.match(item.text) if item.kind in ("item", "sub") and item.label else None
                if field and field_role(field.group("name")) == "time" and not item.children:
                    self._time_items[heading.index] = deadline_from_timeframe(field.group("value"))
                    break
        return self._time_items[heading.index]

    def deadline_in(self, text: str, block: Block) -> str | None:
        """The deadline the text sets; a day, month or quarter without its year ("trước ngày 30/9") is of the annual
        plan's year, or else the next such after the plan's date, unless a heading over it opens on a recurrence and
        the work comes back ("1. Hằng năm, Phòng Kinh tế:" / "a) Rà soát …, hoàn thành trước ngày 20/1."). A day
        counted from the plan's day N is read as its date."""
        text = days_counted_from(text, self.day_n) if self.day_n else text
        if any(RECURS.match(ancestor.text.lstrip()) for ancestor in self.ancestors(block)):
            return deadline_in(text)
        if self.year or not self.issued:
            return deadline_in(text, self.year)
        deadline = deadline_in(text, int(self.issued[:4]))
        return deadline_in(text, int(self.issued[:4]) + 1) if deadline and deadline < self.issued else deadline

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
        prefix = self._id_prefix(block, own_heading, part.label if part else "")
        if own_heading:
            base = prefix
        else:
            self.counters[prefix] = self.counters.get(prefix, 0) + 1
            base = f"{prefix}.{self.counters[prefix]}" if prefix else str(self.counters[prefix])
        while base in self.ids:
            base += "'"
        self.ids.add(base)
        return base

    def _id_prefix(self, block: Block, own_heading: bool, part_label: str) -> str:
        """The labels of the part and of the items above (and of the block itself when it heads its own
        task), as "II.2.4.a"; worked out once for the children of a heading, who all ask the same."""
        key = (block.parent, block.label if own_heading else None, part_label)
        prefix = self._prefixes.get(key)
        if prefix is None:
            labels = [part_label, *(a.label for a in reversed(self.ancestors(block)) if a.kind in ("item", "sub")
                                    and a.label)]
            if own_heading:
                labels.append(block.label)
            # "2.4" under "2" (an item's or a part's label) already says "2": keep the most specific label of each number
            path = [label for i, label in enumerate(labels)
                    if not any(other.startswith(label + ".") for other in labels[i + 1:])]
            prefix = self._prefixes[key] = ".".join(filter(None, path))
        return prefix

    # -- building ------------------------------------------------------------
    def add(self, block: Block, own_heading: bool, extra: list[Block] = ()) -> None:
        body = block.text
        start, end = block.text_start, block.start + len(block.line)
        for child in extra:
            body += " " + child.line
            end = child.start + len(child.line)
        fields = trailing_fields(body) or leading_fields(body) or inline_fields(body)
        if fields:
            # the work is the named field's words, or the sentence before a dash the lead follows, or the words before
            # a line of roles after their full stop
            work = fields.content_text() or body[:fields.after_work]
            if block.roles_line and not extra and fields.after_work is None:
                work = body[:len(body) - len(block.roles_line)].rstrip()
            self.add_assigned(block, own_heading, work, end, fields)
            return
        pieces = self._assignments(body)
        if pieces:
            task_id = self.make_id(block, own_heading)
            for k, (offset, piece) in enumerate(pieces, 1):
                self.add_one(block, own_heading, piece, start + offset, start + offset + len(piece), f"{task_id}.{k}")
            return
        self.add_one(block, own_heading, body, start, end)

    def _assignments(self, body: str) -> list[tuple[int, str]]:
        """A paragraph that gives work sentence after sentence to bodies of its own ("2. Về …: Đây là dự án trọng
        điểm …. Giao Ủy ban nhân dân phường X chủ trì …. Sở Y hướng dẫn …. Trung tâm Z chi trả …"): each sentence
        whose subject is a named body, not one of those just named, opens a task, which the sentences after it without
        one go on; what comes before the first states the matter. None for one body's paragraph, or one sentence."""
        starts = [0, *(m.end() for m in _SENTENCE_START.finditer(body))]
        if len(starts) < 2:
            return []
        opening: list[int] = []
        current: set[str] = set()
        stop = len(body)
        for a, b in zip(starts, [*starts[1:], len(body)]):
            if _closes(body[a:b]):
                stop = a  # the closing formula ("… xin thông báo để … biết, thực hiện") gives no work
                break
            named = actors_of(body[a:b], self.aliases).leads
            if named and not all(m.collective for m in named) and named[0].start <= _SUBJECT_REACH \
                    and not set(names_of(named)) <= current:  # ("Trong đó, Sở X …": one of the bodies just named)
                opening.append(a)
                current = set(names_of(named))
        if len(opening) < 2:
            return []
        return [(a, body[a:b].rstrip()) for a, b in zip(opening, [*opening[1:], stop])]

    def add_one(self, block: Block, own_heading: bool, body: str, start: int, end: int, task_id: str | None = None) -> None:
        """One task of `body`, which the block (and the blocks joined to it) holds from `start` to `end`."""
        visit = self._visit_day(body, block)
        own = actors_of(body[visit.end():] if visit else body, self.aliases)  # ("- Ngày 16/6/2027, Đoàn … làm việc …")
        part = self.parts[block.index]
        if part is not None and part.letter and block.kind == "para" and own.leads:
            # a letter's paragraph states the law and the facts, then asks ("Tại Điều 10 … quy định …. Do vậy, …,
            # đề nghị Thuế tỉnh X báo cáo …"): the request is the task, when it names its body on its own
            sentences = [m.end() for m in _SENTENCE_START.finditer(body, 0, own.leads[0].start)]
            request = actors_of(body[sentences[-1]:], self.aliases) if sentences else None
            if request is not None and request.leads:
                body, start, own = body[sentences[-1]:], start + sentences[-1], request
        lead_m, coord_m, collective = self.context_actors(block)
        # under a body's heading, an item "Yêu cầu X …" is that body requiring X: the body it directs does not lead (an
        # unlabelled paragraph after the heading's list is the issuer's own request)
        # (in a letter's list, "đề nghị X chỉ đạo … sau:" / "1. …", an item "Giao Y …" is the writer's own charge to Y)
        directed = bool(own.leads and lead_m and (self._directed_by_heading(block)
                                                  or block.kind != "para" and REQUIRES_ANOTHER.match(body))
                        and not (block.parent is None and _ASSIGNS.match(body)))
        leads = lead_m if directed else own.leads or lead_m or bodies_closing_the_bracket(
            body, self.aliases, bare=self._doers_in_brackets(block))
        # the heading's partners are its lead's: an item that names a lead of its own ("- Điện lực X cắt điện …" under
        # "(Chủ trì: UBND xã; phối hợp: Công an xã)") does not take them
        inherited = coord_m if leads is lead_m or names_of(leads) == names_of(lead_m) else []
        coordinators = list(inherited) + [c for c in own.coordinators if c.name not in {x.name for x in inherited}]
        lead_names = names_of(leads) or [self.default_lead]
        coordinators = [c for c in coordinators if c.name not in lead_names]
        section, subsection = self.section_of(block, own_heading)
        task = Task(
            id=task_id or self.make_id(block, own_heading),
            section=section,
            subsection=subsection,
            text=_without_time_field(_without_label(body, own.leads)),
            lead=lead_names,
            coordinators=[c.name for c in coordinators],
            coordinators_collective=collective or own.collective,
            deadline=self.deadline_in(body, block) or closing_bracket_time(body, self.year)
            or self._time_it_opens_on(body, visit) or self.section_deadline(block),
            span=Span(start, end),
            unresolved_agencies=[m.name for m in [*leads, *coordinators] if not m.resolved and not m.collective],
        )
        self.tasks.append(task)
        self.task_blocks.append(block.index)

    def add_assigned(self, block: Block, own_heading: bool, content: str, end: int, fields: "FieldBlock") -> None:
        """One task whose lead, partners and time come from a field block, as a table row's do."""
        leads, coordinators, collective = fields.actors(self.aliases)
        if not leads:
            inherited, inherited_coordinators, inherited_collective = self.context_actors(block)
            own = actors_of(content, self.aliases)
            leads = own.leads or inherited
            coordinators = coordinators or [*inherited_coordinators, *own.coordinators]
            collective = collective or inherited_collective or own.collective
        elif not coordinators and not collective and _CLAUSE_OF_ITS_PARTNER.search(content):
            # ("Phối hợp với Công ty X điều chỉnh lịch thu gom …", "…; phối hợp với Sở Y tế xử lý …" over "Chủ trì:
            # Phòng Y" alone: the work names its partner in a clause of its own, the fields its lead; not a partner
            # another body has inside the work's object, "Kiểm tra việc Công an xã phối hợp với …")
            own = actors_of(content, self.aliases)
            coordinators, collective = own.coordinators, own.collective
        lead_names = names_of(leads) or [self.default_lead]
        coordinators = [c for c in coordinators if not c.collective and c.name not in lead_names]
        section, subsection = self.section_of(block, own_heading)
        self.tasks.append(Task(
            id=self.make_id(block, own_heading),
            section=section,
            subsection=subsection,
            text=_without_time_field(content),
            lead=lead_names,
            coordinators=list(dict.fromkeys(c.name for c in coordinators)),
            coordinators_collective=collective,
            deadline=fields.deadline(self.day_n) or self.deadline_in(content, block) or self.section_deadline(block),
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
        if not any(assigns(c) for c in children) or self._dates_itself(children) \
                or not self._content_field_in(children) and any(map(self._assignments_listed_under, children)):
            return False
        runs: list[tuple[list[Block], FieldBlock]] = []  # content blocks and the fields that follow them
        content: list[Block] = []
        fields: FieldBlock | None = None
        for child in children:
            match = FIELD_LINE.match(child.text)
            if match:
                named = fields_of_line(match)
                if fields is not None and named[0][0] == "content" and fields.content_text() and fields.assigns():
                    runs.append((content, fields))  # "Nội dung: …" after an assignment: the next task's fields begin
                    content, fields = [], None
                if fields is None:
                    fields = FieldBlock()
                for n, (role, value) in enumerate(named, 1):
                    fields.add(role, value, self.subtree(child) if n == len(named) else [child])
                    if role == "content" and value.strip():
                        fields.content_line = child
            elif fields is not None and fields.last and child.text[:1].islower():
                fields.last.append(child)  # the field's own line, wrapped
            else:
                if fields is not None:
                    runs.append((content, fields))
                    content, fields = [], None
                content.append(child)
        runs.append((content, fields or FieldBlock()))
        for blocks, assigned in runs:
            if not blocks and assigned.content_blocks:
                blocks = assigned.content_blocks
            if len(runs) == 1 and blocks and heading.kind == "item" and instructs(heading.text) \
                    and not any(instructs(b.text) for b in blocks):
                blocks = []  # "1. Khảo sát hiện trạng …" over a note ("NV1 - thuộc mục III"): the item is the work
            if blocks and assigned.content_line is not None and not any(instructs(b.text) and not _is_title(b.text)
                                                                        for b in blocks):
                # "Mục: 5. Thông tin" before "Nội dung: Tổng hợp …", a title ("Bồi dưỡng nâng cao năng lực đội ngũ giáo
                # viên") before "Nội dung: Tổ chức bồi dưỡng …": the field says what the work is
                blocks = []
            if not blocks:
                text = assigned.content_text() or without_content_field(heading.text)
                if heading.text.endswith(":") and not assigned.names(WHO_AND_WHAT):
                    # "- Tổ chức Hội nghị biểu dương …:" / "+ Thành phần: …" / "+ Thời gian: …": the fields complete the
                    # lead-in, saying only how and when
                    text = " ".join(b.text if b is heading else b.line for b in self.subtree(heading))
                line = assigned.content_line  # the work's own line, when the fields name it
                if line is not None and sum(1 for _, other in runs if other.content_line) > 1:
                    self.add_assigned(line, False, text, self.end_of(line), assigned)
                else:  # (the heading's task runs to the end of the work its field gives below it: its targets too)
                    self.add_assigned(heading, True, text, self.end_of(line if line is not None and line.index >
                                                                       heading.index else heading), assigned)
                continue
            for block in blocks:
                if self._times_the_items_after(block) or not _has_words(block.text):
                    continue  # (nor a number alone: a board's count of the cards under a column's name)
                subtree = self.subtree(block)
                text = " ".join(b.text if b is block else b.line for b in subtree)
                self.add_assigned(block, False, text, self.end_of(subtree[-1]), assigned)
        return True

    @staticmethod
    def _content_field_in(children: list[Block]) -> bool:
        """A field among the children says what the work is ("- Nội dung: …"): the bodies listed under its lead's field
        do that work."""
        return any((field := FIELD_LINE.match(child.text)) and fields_of_line(field)[0][0] == "content"
                   for child in children)

    def _assignments_listed_under(self, block: Block) -> bool:
        """A field naming who does the work left empty over a list whose items give each its body its work ("c) Phân
        công thực hiện:" / "- Ban Giám hiệu ban hành …" / "- Bộ phận Kế toán dự trù …", most of them naming one): the
        list's lead-in, its items the tasks, no field of bodies."""
        # (a point's, "c) Phân công thực hiện:"; a dash's field, "- Đơn vị thực hiện:" over "+ …", is the item's field)
        field = FIELD_LINE.match(block.text) if block.kind in ("item", "sub") else None
        if field is None or field.group("value").strip() \
                or field_role(field.group("name")) not in ("lead", "assignment"):
            return False
        items = [self.blocks[c] for c in self.in_part(block)]
        assigned = sum(1 for item in items if actors_of(item.text, self.aliases).leads and instructs(item.text))
        return assigned >= 2 and 2 * assigned >= len(items)

    @staticmethod
    def _dates_itself(children: list[Block]) -> bool:
        """A section whose fields only say when, where and how its work is done, none who does it, amid other items:
        the section's own time and place ("b) Thời gian: Từ ngày … đến ngày …" before "c) Các hoạt động chính"; "-
        Thời gian: …", "- Địa điểm: …", "- Quy mô: …" before "- Chương trình: …"), not a field block closing the items
        above it."""
        fields = [(i, field) for i, c in enumerate(children) if (field := FIELD_LINE.match(c.text))]
        roles = [role for _, field in fields for role, _ in fields_of_line(field)]
        # (fields that follow each item, "Thời gian hoàn thành: …" after each, close the items above them)
        together = bool(fields) and fields[-1][0] - fields[0][0] == len(fields) - 1
        return together and fields[-1][0] < len(children) - 1 and roles.count("time") == 1 \
            and not set(roles) & set(WHO_AND_WHAT)

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
            if part is None or block.index in consumed or block.kind == "row" or _form_blank(block.text):
                continue
            if block.kind == "part":
                if self._article_is_one_task(block):
                    self.add(block, own_heading=True)
                elif part.kind == "tasks" and self.in_part(block) and self.field_section(block):
                    consumed.update(self._descendants(block))  # a part's items, each with its fields after it
                continue
            is_org = part.kind == "organisation"
            if part.kind == "rules" or matrix_legend(block.text):
                continue  # (a table's key, "Ký hiệu: C - đơn vị chủ trì; …", is no task)
            if part.kind == "other" and not (self._in_task_section(block) or self._after_announced_tasks(block)):
                continue
            if part.kind == "tasks" and self._in_non_task_section(block):
                continue
            if is_org and not self._assigned_in_organisation(block):
                continue
            # the closing formula after the last item ("… thông báo để các cơ quan biết, thực hiện") is none of its own,
            # nor the sentence after it that points to the appendix ("Nhiệm vụ cụ thể … tại Phụ lục kèm theo")
            below = [c for c in self.in_part(block) if not self._closes_document(blocks[c])]
            children = [c for c in below if not points_to_appendix(blocks[c].text)]
            if not children and below and not instructs(block.text):
                continue  # "2. Nhiệm vụ cụ thể của các cơ quan" over "(Chi tiết tại Phụ lục …)": the appendix's tasks
            tabled = bool(children) and all(blocks[c].kind == "row" or not _has_words(blocks[c].text) for c in children)
            if tabled and names_only(block.text.rstrip(" :"), actors_of(block.text, self.aliases).leads):
                continue  # "1. Phòng X" over the table of its work and times: the rows are its tasks
            if tabled and is_title(block.text) and heads_a_task_table(blocks[children[0]]):
                continue  # "3. Điều chỉnh, bổ sung nhiệm vụ" over the table of them: its title, the rows the tasks
            if tabled and instructs(block.text) and not block.text.rstrip().endswith(":"):
                children = []  # "3. UBND các xã tuyên truyền …." then a table: the table is no list of its tasks
            if children and self.field_section(block):
                consumed.update(self._descendants(block))
                continue
            if not children and (_instructs_nobody(block.text.strip()) or describes(block.text)):
                continue  # (an item that says what a thing is — "Mức chi … là mức tối đa" — gives no one work)
            # (a "(1)" body over its own points stands where a lettered point does: segment's LEVEL_SUB)
            if block.kind in ("item", "sub") or block.level in (LEVEL_LEAD_IN, LEVEL_SUB):
                if self._told_in_details(children):
                    # "2. Tổ chức Lễ mít tinh … (giao Ban X chủ trì …)" over "- Thời gian: …", "- Địa điểm: …", "- Quy
                    # mô: …" (and its programme's table): one task, its time its deadline, where, how large and the
                    # hours of the day no work of anyone's
                    whens = [blocks[c] for c in children if self._states_when(blocks[c])]
                    fields = trailing_fields(block.text)  # ("(giao Ban X chủ trì, phối hợp với Y tổ chức)")
                    if fields is None:
                        self.add(block, own_heading=True, extra=whens)
                    else:
                        for when in whens:
                            fields.add("time", when.text.split(":", 1)[1].strip(), [])
                        self.add_assigned(block, True, block.text[:fields.after_work].rstrip(), self.end_of(block),
                                          fields)
                    consumed.update(children)
                elif children and all(_states_its_time(blocks[c]) for c in children):
                    # "1. Sở X chủ trì … ." then "Thời hạn chậm nhất 05 ngày làm việc …": the item's own time,
                    # said on a line of its own, is part of it
                    extra = [blocks[c] for c in children]
                    self.add(block, own_heading=True, extra=extra)
                    consumed.update(b.index for b in extra)
                elif self._one_paragraph_completes(block, children):
                    # "1. Sở X chủ trì, phối hợp với Y:" / "Xây dựng …" (/ "Thời hạn hoàn thành …"): the colon
                    # introduces the work of one paragraph, not a list; one task, as when the copy runs them on
                    extra = [blocks[c] for c in children]
                    self.add(block, own_heading=True, extra=extra)
                    consumed.update(b.index for b in extra)
                elif not children:
                    if not (self.tasks and self._monitors_this_document_only(block)):
                        self.add(block, own_heading=True)
                elif (completed := self._completed_by_its_list(block, children)) \
                        or self._holds_its_clauses(block, children):
                    # (a paragraph after an item's clauses is left to be read on its own)
                    end = len(blocks) if completed else self._clauses_end(children)
                    extra = [blocks[i] for i in self._descendants(block) if i < end]
                    self.add(block, own_heading=True, extra=extra)
                    consumed.update(b.index for b in extra)
                elif self._heading_is_also_task(block):
                    self.add(block, own_heading=True)
                continue
            if block.kind == "para" and block.level == LEVEL_ITEM or self._times_the_items_after(block) \
                    or division_heading(self.blocks, block):
                continue  # a heading over the items after it ("Nhóm nhiệm vụ thứ hai: …", a programme's "Tháng 5/2028",
                # a chapter's "Chương III" / "PHÂN CÔNG NHIỆM VỤ")
            if block.level >= LEVEL_CHILD and self.task_blocks and self._inside_last_task(block):
                continue  # '+' and '(i)' items were folded into their task
            if self._heads_instructions(block):
                continue  # its items are the tasks, each on its own
            extra = [blocks[i] for i in self._descendants(block)]
            if block.kind == "para" and _CONNECTIVE.match(block.text) and self.tasks and self._follows_children(block):
                last = self.tasks[-1]
                last.text += " " + block.line
                last.span = Span(last.span.start, block.start + len(block.line))
                continue
            if describes(block.text) or self._closes_document(block) or not any(c.isalpha() for c in block.text) \
                    or CONTACT_NOTE.search(block.text):
                continue  # "Hạ tầng số bao gồm …", "Tài sản số như một …": a description, not an instruction
            if block.kind == "para" and not extra and self._titles_the_table_after(block):
                continue  # "Phân công thực hiện …" over the table: the table's title, its rows the tasks
            if block.kind == "para" and not extra and self.tasks and self._asks_every_body_to_carry_it_out(block):
                continue  # after the work, "Yêu cầu Thủ trưởng các sở, ngành … nghiêm túc thực hiện; …"
            if not extra and self._introduces_a_list(block):
                continue  # "Các nhiệm vụ trọng tâm bao gồm:" before its a), b): a lead-in, not a task
            self.add(block, own_heading=False, extra=extra)
            consumed.update(b.index for b in extra)
            if block.kind == "para" and COVERS_ABOVE.search(block.text):
                self._hand_out_to_the_list_above(block)
        return self.tasks

    def _titles_the_table_after(self, block: Block) -> bool:
        """An unlabelled line, short and unpunctuated as a title is, right above a table's rows."""
        following = self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None
        return following is not None and following.kind == "row" and _is_title(block.text.strip())

    def _hand_out_to_the_list_above(self, block: Block) -> None:
        """ "- Rà soát …" / "- Đánh giá …" / "Giao Sở X chủ trì, phối hợp với Y thực hiện các nội dung trên; thời gian: …":
        the paragraph gives its lead, partners and time to the bullets before it under the same heading that name no
        lead of their own, and is no task of its own when it gives them to any."""
        handing = self.tasks[-1]
        if handing.lead == [self.default_lead]:
            return
        listed = [task for task, index in zip(self.tasks[:-1], self.task_blocks[:-1])
                  if self.blocks[index].parent == block.parent and index < block.index
                  and self.blocks[index].kind != "para" and task.lead == [self.default_lead]]
        for task in listed:
            task.lead = list(handing.lead)
            task.coordinators = list(handing.coordinators)
            task.coordinators_collective = handing.coordinators_collective
            task.deadline = task.deadline or handing.deadline
        if listed:
            self.tasks.pop()
            self.task_blocks.pop()

    def _closes_document(self, block: Block) -> bool:
        """The closing formula anywhere, or one of the body's last unlabelled paragraphs asking every addressee at once
        to carry the document out or giving every body its generic duty (the signature or "Nơi nhận:" comes next, or
        nothing does, or other such paragraphs before them)."""
        if _closes(block.text):
            return True
        if block.kind != "para":
            return False
        after = itertools.islice(self.blocks, block.index + 1, None)
        run = list(itertools.islice(itertools.takewhile(lambda b: not b.ends_body, after), _CLOSING_RUN + 1))
        if len(run) > _CLOSING_RUN or not all(b.kind == "para" and (_closes(b.text) or self._closing_paragraph(b))
                                              for b in run):
            return False
        return self._closing_paragraph(block)

    def _closing_paragraph(self, block: Block) -> bool:
        """A paragraph that only closes: it asks every addressee to carry the document out or to report any difficulty,
        says the document's last words, or gives every body its generic duty once more."""
        if CLOSING_REQUEST.search(block.text) or PROBLEM_REPORT.search(block.text):
            return True  # (or asks to hear of any difficulty: "Trong quá trình thực hiện, nếu có vướng mắc, …")
        part = self.parts[block.index]
        if part is not None and part.kind == "organisation" and self._monitors_this_document_only(block):
            # (in Tổ chức thực hiện, a body given only the monitoring and its reports: "Giao Văn phòng X theo dõi, đôn
            # đốc; tổng hợp, báo cáo …", the work given in the parts before it)
            return True
        if block.text.rstrip().endswith("./.") and THIS_DOCUMENT.match(block.text):
            return True  # the text's last words, the document their subject: "Kế hoạch này được phổ biến đến …./."
        # "Các cơ quan, đơn vị, địa phương … khẩn trương triển khai thực hiện Kế hoạch này; …./.": the generic duty,
        # said to every body once more at the end
        # (… or the report every body owes: "Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Sở X …")
        leads = actors_of(block.text, self.aliases).leads
        return bool(leads) and all(m.collective for m in leads) and (
            GENERIC_DUTY.search(block.text) is not None
            or any(map(_every_body, leads)) and _reports_only(block.text, leads[-1].end)
            and not any(_does_more(_without_bodies(clause)) and not _REPORTS.search(clause)
                        for clause in _CLAUSE_END.split(block.text)[1:]))

    def _asks_every_body_to_carry_it_out(self, block: Block) -> bool:
        """A paragraph asking classes of bodies only, the heads of every sở or commune, to carry the document out, or
        giving them only the generic duty ("Thủ trưởng các Vụ, Cục … chịu trách nhiệm thực hiện Chỉ thị này.")."""
        leads = actors_of(block.text, self.aliases).leads
        return bool(leads) and all(m.collective for m in leads) and (
            CLOSING_REQUEST.search(block.text) is not None or _generic_only(block.text))

    def _one_paragraph_completes(self, block: Block, children: list[int]) -> bool:
        """An item that names its body and ends on its colon, whose children are one unlabelled paragraph naming no
        body of its own, and the time it is due by ("1. Về kiến nghị …:" names a topic: its paragraph stands alone)."""
        if not block.text.rstrip().endswith(":"):
            return False
        kids = [self.blocks[c] for c in children]
        if any(kid.kind != "para" or kid.children for kid in kids):
            return False
        if sum(not _states_its_time(kid) for kid in kids) != 1 or _states_its_time(kids[0]):
            return False
        return bool(actors_of(block.text, self.aliases).leads) and not actors_of(kids[0].text, self.aliases).leads

    def _clause_of_article(self, block: Block) -> bool:
        """An unnumbered paragraph right under an article's title is one of its clauses, as a numbered khoản is ("Điều
        9. Tổ chức thực hiện" / "Bộ trưởng Bộ X chịu trách nhiệm …" / "Các Bộ trưởng … chịu trách nhiệm thi hành …")."""
        parent = self.blocks[block.parent] if block.parent is not None else None
        return block.kind == "para" and parent is not None and parent.kind == "part" and parent.label.startswith("Điều")

    def _monitors_this_document_only(self, block: Block) -> bool:
        """ "3. Giao Văn phòng X theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp, báo cáo …": after the items that
        give the work, an item that gives a body only the monitoring of the document and the reports on it. Not inside a
        part the document's own organisation follows, where it is one body's share of the work like the others; nor with
        a report owed day by day ("… và báo cáo các cấp hàng ngày"), which is work of its own."""
        text = block.text
        monitoring = MONITORS_THIS_DOCUMENT.search(text)
        later = itertools.takewhile(lambda b: not b.ends_body, self.blocks[block.index + 1:])  # (in the body)
        if monitoring and (RUNNING_REPORT.search(text, monitoring.end()) or any(b.kind == "part" for b in later)):
            return False
        leads = actors_of(text, self.aliases).leads if monitoring else []
        # (its role and partners before the monitoring are no more work: "Sở X chủ trì, phối hợp với các đơn vị kiểm
        # tra, …"; a body labelling it, "4. Phòng Tham mưu: Theo dõi, đôn đốc …", makes it that body's entry in the
        # list)
        if not leads or _labelled_by(text, leads) \
                or _does_more(_ROLE_WORDS.sub("", IN_OWN_REMIT.sub("", text[leads[-1].end:monitoring.start()]))):
            return False
        # (what follows it reports, or only says by whose remit: "… theo chức năng, nhiệm vụ được giao.")
        rest = re.split(r"[;.]", REMIT_BEFORE_ACTION.sub("", text[monitoring.end():]))
        return all("báo cáo" in clause.lower() for clause in rest if clause.strip(" ,/"))

    def _heads_instructions(self, block: Block) -> bool:
        """ "- Nhóm các nền tảng phục vụ chỉ đạo, điều hành" then "+ Phát triển …", "+ Xây dựng …": a line that
        instructs nobody over items that each instruct is their heading, not a task holding them."""
        children = [self.blocks[c] for c in self.in_part(block)]
        leads = actors_of(block.text, self.aliases).leads
        if children and names_only(block.text, leads) and any(instructs(c.text) for c in children) \
                and not any(c.text[:1].isdigit() for c in children):
            return True  # "- Công an xã" over its "+" items: their body, whatever verb one of them opens with (but
            # not over the means it lists: "+ 15 cán bộ, chiến sĩ;", "+ 02 xe mô tô;")
        if not children or not all(instructs(c.text) for c in children):
            return False
        # "- Sở Y tế:" (or "- Đ/c Giám đốc Sở Y tế - Ủy viên:") over its "+" items: the heading names their body; "…
        # yêu cầu các cấp ủy … thực hiện tốt các nhiệm vụ sau:" announces them; "(1) Đảng ủy X lãnh đạo Y:" over its
        # items, each opening on its action, gives them its body
        return not instructs(block.text) or names_only(block.text, leads) \
            or ANNOUNCES_TASKS.search(block.text) is not None or bool(leads) and block.text.rstrip().endswith(":") \
            and all(opens_with_action(c.text) or reports_to_a_body(c.text) for c in children)

    def _article_is_one_task(self, block: Block) -> bool:
        """ "Điều 2. Giao Văn phòng …; Sở … thực hiện công khai …": an article whose first paragraph assigns work is
        that work, alone or followed by paragraphs of its own (a list it announces, "…:", is its tasks instead)."""
        text = block.text
        follows = self.in_part(block)
        return (block.label.startswith("Điều") and self.parts[block.index].kind in ("tasks", "organisation")
                and (not follows or (text.rstrip().endswith(".") and all(self.blocks[i].kind == "para" for i in follows)))
                and bool(actors_of(text, self.aliases).leads)
                and (not EXECUTION_ARTICLE.search(text) or works_beyond_the_formula(text, self.aliases))
                and not GENERIC_DUTY.search(text))

    def _time_it_opens_on(self, body: str, visit: re.Match | None) -> str | None:
        """ "Ngày 16/6/2027, Đoàn khảo sát làm việc với …" (the schedule item's `visit`), "Tháng 8/2027: Ban Thường vụ
        báo cáo …": the work's day or month, said before it, its deadline."""
        label = TIME_LABEL.match(body) or visit
        return deadline_from_timeframe(label.group(0).rstrip(" :,").lower(), self.year) if label else None

    @staticmethod
    def _visit_day(body: str, block: Block) -> re.Match | None:
        """A schedule item's day ("- Ngày 16/6/2027, Đoàn khảo sát làm việc với …"): not in a paragraph, where it opens
        the story of a meeting, nor before what was done ("Ngày 05/01/2027, Ủy ban nhân dân tỉnh đã ban hành …")."""
        visit = VISIT_DAY.match(body) if block.kind != "para" else None
        return None if visit is None or PAST.search(body, visit.end(), visit.end() + _PAST_REACH) else visit

    def _doers_in_brackets(self, block: Block) -> bool:
        """The part the block is in closes more than one of its items with a bracket of bodies alone ("… (Phòng Văn
        hóa - Xã hội).", "… (Công an xã)."): its way of naming who does each; not the bracket that lists the class
        just named ("… cho công chức các cơ quan chuyên môn (Sở Nội vụ, Sở Tư pháp)")."""
        part = self.parts[block.index]
        if id(part) not in self._bracketed_doers:
            self._bracketed_doers[id(part)] = sum(
                1 for b in self.blocks if self.parts[b.index] is part and not _lists_the_class(b.text)
                and bodies_closing_the_bracket(b.text, self.aliases, bare=True)) > 1
        return self._bracketed_doers[id(part)] and not _lists_the_class(block.text)

    def _told_in_details(self, children: list[int]) -> bool:
        """The item's lines under it say when, where, how large and who attends (one of them more than when), or head
        the table of its programme."""
        lines = [self.blocks[c] for c in children if self.blocks[c].kind != "row"]
        over_rows = [c for c in children if self.blocks[c].text.rstrip().endswith(":")
                     and c + 1 < len(self.blocks) and self.blocks[c + 1].kind == "row"]
        details = [b for b in lines if _states_a_detail(b, self.aliases)]
        return bool(details) and any(not self._states_when(b) for b in details) \
            and len(details) + len(over_rows) == len(lines)

    @staticmethod
    def _states_when(block: Block) -> bool:
        """The item's line under it says when ("- Thời gian: 19 giờ 30 phút, ngày 26/7/2027")."""
        detail = _DETAIL.match(block.text)
        return detail is not None and field_role(detail["name"]) == "time"

    def _introduces_a_list(self, block: Block) -> bool:
        following = self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None
        if following is not None and self._lead_ins.get(following.index) is block:
            return True  # the parts after it are its list
        # (a remark in brackets before the colon is no part of how the line ends: "… sau (lịch tại Phụ lục):")
        text = _BRACKETS_BEFORE_COLON.sub("", block.text.rstrip())
        return (text.endswith(":") and following is not None
                and (following.kind in ("item", "sub", "dash", "star", "enum", "row")
                     or following.kind == "para" and (_REQUESTS_WHAT_FOLLOWS.search(text) is not None
                                                      or ANNOUNCES_PARAGRAPHS.search(text) is not None
                                                      and not _ITS_OWN_CONTENTS.search(text)))
                and (not instructs(text) or ANNOUNCES_LIST.search(text) is not None))

    def _completed_by_its_list(self, block: Block, children: list[int]) -> bool:
        """ "Chủ trì triển khai các nền tảng sau:" then "- Nền tảng quản lý dược;": an instruction whose
        dash list only names its objects is one task, the list inside it."""
        if not block.text.rstrip().endswith(":") or not opens_with_action(block.text):
            return False
        items = [self.blocks[c] for c in children]
        parts = PARTS_LISTED.search(block.text) is not None
        return all(b.kind in ("dash", "star", "plus", "enum") and (parts or not instructs(b.text)) for b in items)

    def _clauses_end(self, children: list[int]) -> int:
        """Where an item's "(i)" or "+" clauses end: a paragraph after them is a sentence of its own ("Ủy ban nhân dân
        các tỉnh … khẩn trương gửi Báo cáo …"), not one of the clauses."""
        return next((c for c in children if self.blocks[c].kind == "para"), len(self.blocks))

    def _holds_its_clauses(self, block: Block, children: list[int]) -> bool:
        """ "2. Chủ tịch Ủy ban nhân dân các tỉnh … tập trung chỉ đạo …, trong đó:" then "(1) …" … "(5) …": a
        body's instruction whose "(i)" or "+" items give no other body work is one task holding them; a paragraph
        after them in which a body goes on is a task of its own."""
        if ANNOUNCES_TASKS.search(block.text) or _DIRECTING_COLON.search(block.text):
            # "… thực hiện tốt các nhiệm vụ sau:" / "(1) …", "Giao X lãnh đạo, chỉ đạo:" / "(1) Hoàn thành …": the
            # tasks it announces, each its own
            return False
        end = self._clauses_end(children)
        items = [self.blocks[c] for c in children if c < end]
        after = [self.blocks[c] for c in children if c >= end]
        leads = actors_of(block.text, self.aliases).leads
        return (bool(items) and all(b.kind in ("enum", "plus") for b in items) and bool(leads)
                and not names_only(block.text, leads) and not any(actors_of(b.text, self.aliases).leads for b in items)
                and all(b.kind == "para" and actors_of(b.text, self.aliases).leads for b in after))

    def _in_non_task_section(self, block: Block) -> bool:
        """ "6. Kinh phí thực hiện" or "1. Mục tiêu" inside a task part: budget lines and objectives. Each
        block's answer is kept, since every block under a heading asks about that heading again."""
        known = self._non_task.get(block.index)
        if known is None:
            if block.kind == "part":
                known = False
            elif block.kind in ("item", "sub") and NON_TASK_SECTION.match(block.text) \
                    and not TASK_HEADING.search(block.text):
                known = True
            else:
                known = block.parent is not None and self._in_non_task_section(self.blocks[block.parent])
            self._non_task[block.index] = known
        return known

    def _after_announced_tasks(self, block: Block) -> bool:
        """ "ĐÁNH GIÁ CHUNG" … "…, thành phố cần tập trung thực hiện một số nhiệm vụ, giải pháp sau đây:" then
        "1. …", "2. …": the blocks after a paragraph announcing tasks, in its part, are the tasks it announces."""
        if self._announcements is None:
            self._announcements = {}
            heading = None
            for b in self.blocks:
                heading = b if b.kind == "part" else heading
                part = self.parts[b.index]
                if part is not None and b.kind == "para" and b.text.endswith(":") and ANNOUNCES_TASKS.search(b.text) \
                        and not PAST.search(b.text) and not (heading and (NON_TASK_SECTION.match(heading.text)
                                                                          or heading.label.startswith("Điều"))):
                    # (results already reached, and a part on aims or requirements, announce no work to do; an
                    # article's title has said what it is for: "… để làm công việc đó, cụ thể như sau:" in an article
                    # of rules lists rules)
                    self._announcements.setdefault(id(part), b.index)
        return self._announcements.get(id(self.parts[block.index]), len(self.blocks)) < block.index

    def _in_task_section(self, block: Block) -> bool:
        """A section about activities inside a part about something else ("II. MỤC TIÊU" → "d) Các
        hoạt động chính" → "- Lồng ghép …", "2. Nội dung thi đua" → "a) Thi đua thực hiện …"): its instructing
        items are tasks all the same; a numbered item is a heading of its own, the letters under it are items. The
        section is named by its title: a sentence that mentions duties ("… và thực hiện các nhiệm vụ sau:" in a
        body's mandate) does not make one."""
        if block.kind == "item":
            return False
        ancestors = self.ancestors(block)
        if ancestors and ancestors[-1].kind == "part" and (STATUTORY_MANDATE.search(ancestors[-1].text)
                                                            or OF_INDIVIDUALS.search(ancestors[-1].text)):
            # "Điều 7. Nhiệm vụ và quyền hạn của Quỹ" → "1. Nhiệm vụ của Quỹ": a body's mandate, not work; "Điều 30.
            # Tiêu chuẩn, nhiệm vụ … của giảng viên" → "2. Nhiệm vụ": what people must do, a rule of conduct
            return False
        for ancestor in ancestors:
            if ancestor.kind == "part":
                return False
            if ancestor.kind in ("item", "sub") and is_title(ancestor.text) and _ACTIVITY_TITLE.match(ancestor.text) \
                    and not NON_TASK_HEADING.search(ancestor.text) and not OF_INDIVIDUALS.search(ancestor.text):
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
        if not text.endswith("."):
            return False
        children = [self.blocks[c] for c in self.in_part(block)]
        if actors_of(text, self.aliases).leads:
            # "3. Bộ trưởng các Bộ: … chỉ đạo … ." then "Văn phòng Chính phủ theo dõi …": paragraphs that each name a
            # body of their own, or say what to do should something happen ("Khi xảy ra …, các cơ sở …"), are no
            # items of it, and it is a whole assignment (in Tổ chức thực hiện, the entries keep their own rules: a
            # body's generic duty there followed by a note to every body is no task)
            return block.kind == "item" and self.parts[block.index].kind != "organisation" and all(
                c.kind == "para" and (CONDITION_OPENING.match(c.text) or actors_of(c.text, self.aliases).leads)
                for c in children)
        if block.kind == "sub":
            return len(text) > 80
        return block.kind == "item" and opens_with_action(text) and all(c.kind == "para" for c in children)

    def _assigned_in_organisation(self, block: Block) -> bool:
        """In Tổ chức thực hiện the duties given body by body are tasks ("1. Sở Y tế: …", "2. Sở Tài
        chính" then its bullets, "3. UBND các xã chủ động …"); a stand-alone paragraph with only the
        generic duties (build your own plan, carry this one out, monitor, report) is not."""
        # (with the paragraph that announces a list of steps: "Đoàn kiểm tra thực hiện các bước sau:" / "a) …")
        ancestors = self.ancestors(block)
        chain = [block, *(b for b in self.governing(block) if b in ancestors or self._announces(b, block))]
        entries = [c for c in chain if c.kind != "part" and self.parts[c.index] is self.parts[block.index]]
        if not entries:
            return False
        heading = chain[len(entries)] if len(chain) > len(entries) else None
        if heading is not None and heading.kind == "part" and actors_of(heading.text, self.aliases).leads:
            return not PROBLEM_REPORT.search(block.text)  # "I. SỞ Y TẾ": the whole part is one body's duties
        # the body's entry in the list: the outermost block inside the part that names a body ("2. Trình tự, thời
        # gian" holds "b) Sở Nội vụ tổng hợp …": the step names its body; a class named inside is every body's duty)
        # (a class that heads its own list, "3.1. Các Xí nghiệp trực thuộc Công ty" over its dashes, is that entry)
        named = [(entry, actors) for entry in reversed(entries) if (actors := actors_of(entry.text, self.aliases)).leads
                 and (entry is entries[-1] or any(not m.collective for m in actors.leads)
                      or entry in ancestors and names_only(entry.text.rstrip(" :"), actors.leads))]
        if not named or NOTE.match(block.text):
            return False
        entry, actors = named[0]
        if entry.kind not in ("item", "sub", "dash", "star") and entry.level != LEVEL_LEAD_IN \
                and not self._clause_of_article(entry) and (entry is block or entry in ancestors) \
                and not (entries == [entry] and _opens_on_its_body(entry, actors)):
            return False
        named_here = actors_of(block.text, self.aliases).leads
        if PROBLEM_REPORT.search(block.text) and (block is entry or (block.kind == "para" and not named_here) or all(
                m.collective for m in named_here or actors.leads)):
            # problems as they arise, said to every body (also in a paragraph after an entry that names nobody);
            # in one body's own list, a duty of its own
            return False
        own = named_here if block is not entry and block.kind == "para" else []
        if own and all(m.collective for m in own) and (
                GENERIC_DUTY.search(block.text) or REPORT_ONLY.match(block.text, own[-1].end)):
            return False  # after an entry's list, a paragraph giving every body at once the generic duty or the report
        stand_alone = entry is block and all(self._closes_document(self.blocks[c]) for c in self.in_part(block))
        # "2. Các đơn vị sự nghiệp trực thuộc: Căn cứ …, xây dựng kế hoạch …": the bodies that label an entry make it one
        # of the list's, their duty of its own, however generic
        labelled = stand_alone and _labelled_by(block.text, actors.leads)
        # the generic duty said to every body at once is none; given to one body by name ("Giao Ủy ban nhân dân
        # Thành phố tổ chức thực hiện Nghị quyết này"), it is that body's charge to carry the document out
        # (a plan of its own asked of one kind of body, "Đề nghị Sở X các tỉnh … ban hành kế hoạch …", is its work)
        own_plan_of_a_kind = OWN_PLAN.search(block.text) and not any(map(_every_body, actors.leads))
        if stand_alone and not labelled and (
                (_generic_only(block.text) and not _charged_with_the_document(block.text, actors.leads)
                 and not own_plan_of_a_kind)
                or _reports_only(block.text, actors.leads[-1].end) or self._monitors_this_document_only(block)):
            return False
        # "1. Các sở, ban, ngành … căn cứ Kế hoạch này …" speaks to every body; "1. Ủy ban nhân dân tỉnh, thành phố
        # trực thuộc Trung ương chỉ đạo …" to one kind of body, its entry in the list
        generic_entry = any(_every_body(m) for m in actors.leads) and all(m.collective for m in actors.leads) \
            and (THIS_DOCUMENT.search(entry.text) or OWN_PLAN.search(entry.text))
        if not generic_entry or labelled:
            return True
        # "1. Các cơ quan … xây dựng kế hoạch …" then "- Giới thiệu điển hình …", "- Báo cáo …": the items
        # under every body's generic paragraph are weighed on their own words.
        return block is not entry and not (THIS_DOCUMENT.search(block.text) or GENERIC_DUTY.search(block.text)
                                           or OWN_PLAN.search(block.text) or REPORT_ONLY.match(block.text))

    def _announces(self, paragraph: Block, block: Block) -> bool:
        """The paragraph is the one before the list `block` is in that speaks for each item, not its parent, and the
        list is of work ("… thực hiện các bước sau:" / "a) Xây dựng đề cương …"), not of the cases it applies in ("…
        kiểm tra đột xuất trong các trường hợp sau:" / "a) Có đơn thư phản ánh …")."""
        return paragraph is not block and paragraph.kind == "para" and paragraph not in self.ancestors(block) \
            and not _CASES_LISTED.search(paragraph.text)


def extract_tasks(blocks: list[Block], parts: list | None = None,
                  aliases: tuple[tuple[str, str], ...] = (), province: str | None = None,
                  default_lead: str | None = None, year: int | None = None, issuer: str | None = None,
                  issued: str | None = None) -> list[Task]:
    """Tasks from the outline; `parts` is `classify_parts(blocks)` when the caller has it already, `province`
    the plan's own (its bodies' short names take the full name with it), `issuer` the plan's (its office, "Văn
    phòng", is its own), `default_lead` the body that does
    the work a text gives nobody when it is not every implementing body (see `metadata.host_of_session`),
    `year` an annual plan's (its table's "Tháng 3" is March of it), `issued` the plan's date (a deadline's day written
    without its year, "trước ngày 20/1", is the next such day)."""
    parts = parts if parts is not None else classify_parts(blocks, aliases)
    default_lead = default_lead or DEFAULT_COLLECTIVE_LEAD
    tasks = _TaskBuilder(blocks, parts, aliases, default_lead, year, issued).run()
    tasks = apply_cross_references(tasks + table_tasks(blocks, len(tasks), aliases, year, issued), blocks, aliases,
                                   default_lead)
    tasks = apply_rows_naming_items(tasks, blocks)
    text = "\n".join(b.line for b in blocks)
    return _one_name_per_body(_names_ending_on_a_head_completed(tasks, text, province, issuer), text, province)


# The heads of bodies named by their mission ("Ban Chỉ huy", "Ban Chỉ đạo"): a name may not end on one ("Bộ Công an",
# "Văn phòng Chính phủ" end complete on heads that are whole names or fields).
_ENDS_ON_A_HEAD = re.compile(r"\s(?:" + "|".join(map(re.escape, MISSION_HEADS)) + r")$")


# "Ủy ban nhân dân Thành phố", the level capitalised and no place after it: the one city (or province) a central
# document is about, named in full elsewhere in it.
_THE_ONE_LOCALITY = re.compile(r"\s(?:Thành phố|Tỉnh)$")


def _names_ending_on_a_head_completed(tasks: list[Task], text: str, province: str | None,
                                      issuer: str | None = None) -> list[Task]:
    """A name cut after a head inside it ("Văn phòng Ban Chỉ huy", in a narrow table cell) is the one body the plan
    names in full with it ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"), when it names only one so. A head alone
    ("Trưởng Ban Chỉ đạo", "Huyện đoàn") is the plan's own body of that kind: the one it names so, or, among several, in a
    provincial plan the province's ("Ban Chỉ đạo tỉnh"). In a central document, so is a body of "Thành phố" with
    the level capitalised and no place ("Ủy ban nhân dân Thành phố"). The office every body has ("Văn phòng") is the
    issuer's, named in full as the plan names it ("Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), never another
    body's ("Văn phòng đăng ký đất đai")."""
    short = {name for t in tasks for name in (*t.lead, *t.coordinators)
             if _ENDS_ON_A_HEAD.search(name) or name in MISSION_HEADS or name in NAMING_ALONE_HEADS
             or name in EVERY_BODYS_UNITS
             or not province and _THE_ONE_LOCALITY.search(name)}
    if not short:
        return tasks
    mentions = find_agencies(text)
    named = {m.name for m in mentions if not m.collective} | {body_served(m.name) for m in mentions if m.collective} - {None}
    full = {}
    folded = text.casefold()
    for name in short:
        if name in EVERY_BODYS_UNITS and issuer and f"{name} {issuer}".casefold() in folded:
            full[name] = f"{name} {issuer}"  # the issuer's office as the text names it in full
            continue
        longer = {other for other in named if other.casefold().startswith(name.casefold() + " ")}
        longer -= {other for other in longer if any(other.startswith(shorter + " ") for shorter in longer)}  # its place
        if name in EVERY_BODYS_UNITS:
            longer = {other for other in longer if issuer and other[len(name):].strip().casefold() in issuer.casefold()}
        own = {f"{name} {level}" for level in PROVINCE_LEVELS} & longer if province and name in MISSION_HEADS else set()
        if len(longer) == 1 or len(own) == 1:
            full[name] = (longer if len(longer) == 1 else own).pop()
    for task in tasks if full else ():
        task.lead = list(dict.fromkeys(full.get(n, n) for n in task.lead))
        task.coordinators = list(dict.fromkeys(full.get(n, n) for n in task.coordinators))
    return tasks


_LOCALITY_WORD = re.compile(r"\s+(?:tỉnh|thành phố|Thành phố)(?=\s)")


def _one_name_per_body(tasks: list[Task], text: str, province: str | None) -> list[Task]:
    """One body, one name: a body the plan writes both with and without its locality word ("Báo … tỉnh
    Đồng Nai", "Báo … Đồng Nai") takes the form the plan writes most often; one it also writes without
    its province at all ("Ban Quản lý Khu kinh tế") takes the full name, with the province."""
    names = {name for t in tasks for name in (*t.lead, *t.coordinators)}
    own_place = re.compile(r"(?:\s+(?:tỉnh|thành phố|Thành phố))?\s+" + re.escape(province) + "$") if province else None
    variants: dict[str, list[str]] = {}
    for name in names:
        short = own_place.sub("", name) if own_place else name
        variants.setdefault(_LOCALITY_WORD.sub("", short).casefold(), []).append(name)
    folded = text.casefold()
    chosen: dict[str, str] = {}
    for group in variants.values():
        if len(group) > 1:
            full = [name for name in group if own_place and own_place.search(name)]
            candidates = full if full and len(full) < len(group) else group
            counts = {name: folded.count(name.casefold()) for name in candidates}
            best = max(candidates, key=lambda name: (counts[name], -len(name)))
            if len(candidates) == 1 or list(counts.values()).count(counts[best]) == 1:  # a clear favourite, else leave them be
                chosen.update({name: best for name in group})
    if chosen:
        for task in tasks:
            task.lead = list(dict.fromkeys(chosen.get(n, n) for n in task.lead))
            task.coordinators = list(dict.fromkeys(chosen.get(n, n) for n in task.coordinators))
    return tasks
