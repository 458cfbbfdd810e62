"""Who does the work: the subject bodies that open a text, the partners after "phối hợp"."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import (AGENT_ROLE_WORDS, ANSWERING_WORDS, ASSIGNING, ASSIGNING_WORDS, BRACKETED_ROLE_WORDS, HONORIFICS,
                       CONCLUDING_WORDS, CONNECTIVES, FRONTED_CLAUSE_OPENERS, INLINE_TOPIC, INTENTION_WORDS, MATTER,
                       REMIT_BEFORE_ACTION, TIME_LABEL, TOPIC_CHARACTERS, UPPER_LETTERS, VERB_OPENING)
from .agencies import (SEAT_AFTER_DASH, AgencyMention, find_agencies, in_title_case, in_usual_case, may_name_agency_at,
                       name_alone, name_to_the_end, says_what_it_does)
from .agency_lexicon import (CLASS_NOUNS, COMMITTEE_POSTS, DEPUTY, DOCUMENT_WORDS, DUTY_OF, FIELD_HEADS,
                             FORMS_OF_ADDRESS, GROUP_BEFORE_ROLE_WORDS, GROUP_HEADING_WORDS, GROUP_NOT_NAMED_BY,
                             GROUP_WORDS, INDIVIDUALS, KIND_WORDS, LISTING_HEADS, LOCAL_LEVELS, MEMBER_STANDS_FOR,
                             MEMBERS, NAME_CLOSING_ROLES, NON_STATE_PARTIES, OFFICE_HOLDERS, POST_LABEL_WORDS,
                             POST_WORDS, POSTS, VILLAGE_KINDS)

DEFAULT_COLLECTIVE_LEAD = "Các sở, ban, ngành, địa phương"
_SEPARATOR = re.compile(r"^\s*(?:,|;|và|,\s*và|với)?\s*$")  # what may stand between two bodies of one list
# (the army's word for it, "hiệp đồng", only with whom it is done: "hiệp đồng chặt chẽ với Bộ Công an")
_COORDINATION_WORDS = ("phối hợp", "hiệp đồng")
COORDINATION = re.compile(
    r"(?:" + _COORDINATION_WORDS[0] + "|" + _COORDINATION_WORDS[1]
    + r"(?=(?:\s*(?:chặt chẽ|thường xuyên|tốt))*\s+với\s))"
    r"(?:\s*(?:chặt chẽ|đồng bộ|thường xuyên|tốt|,|hỗ trợ))*(?:\s+(?:với|cùng))?\s*", re.I
)
ADVISED = re.compile(r"(?:tham mưu|trình|giúp|báo cáo)(?:\s+(?:cho|với))?\s*$", re.I)


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
        if out and (mention.start, mention.end) == (out[-1].start, out[-1].end):
            out.append(mention)  # one name with several numbers ("Chi cục Thuế khu vực I, II"): each body it names
            continue
        if mention.start < pos:
            continue
        gap = text[pos:mention.start]
        if _SEPARATOR.match(gap) or (out and out[-1].collective and gap.strip() == ":"):
            out.append(mention)  # ("phối hợp với các đơn vị: Văn phòng …": the class, then the bodies it lists)
            pos = mention.end
        else:
            break
    return out


_GIVEN = re.compile(r"\(Giao\s+")  # "(Giao Công an tỉnh chủ trì, …)" names the lead outright
# Fields written inline after the work: "…; hoàn thành trong quý III/2026. Đơn vị chủ trì: Phòng X;
# phối hợp: Phòng Y." (a bracket's fields are its own reading: `bodies_closing_the_bracket`)
_FIELD_OWNER = r"(?:(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s+)?"
_LEAD_FIELD = re.compile(r"(?:[.;]\s*|\s[-–]\s)" + _FIELD_OWNER + r"[Cc]hủ trì(?:\s+thực hiện)?\s*:\s*")
_PARTNER_FIELD = re.compile(r"[.;,]\s*" + _FIELD_OWNER + r"[Pp]hối hợp(?:\s+thực hiện)?\s*:\s*")
# "Các Sở: Tài chính, Xây dựng …", "Bộ trưởng các Bộ: Quốc phòng, Công an …", "Các sở: Y tế, …": the list of fields
# names the subjects.
# (a department's head in lower case only right before the colon: "Các bộ phận: …" are a unit's own)
_FIELD_LIST_OPENING = (r"(?:(?:" + "|".join(sorted(OFFICE_HOLDERS, key=len, reverse=True)) + r")\s+)?[Cc]ác\s+(?:(?:"
                       + "|".join(LISTING_HEADS) + r")(?:" + KIND_WORDS + r"(?=\s*:\s*[A-ZĐ]))?|"
                       + "|".join(head.lower() for head in FIELD_HEADS) + r")\s*:\s*")  # (names after)


def _either_case(words: tuple[str, ...]) -> str:
    """The words as a pattern that opens them in capitals or not ("Trong đó" and "trong đó")."""
    return "|".join(f"[{word[0]}{word[0].lower()}]{word[1:]}" for word in words)


_CONNECTIVE = r"(?:" + _either_case(CONNECTIVES) + r")\s*,?\s+"
# A member or office-holder of the plan's committee named by the body he stands for: "Thành viên Ban Chỉ đạo là lãnh đạo
# Bộ Quốc phòng", "Phó Trưởng Ban thường trực (Bộ trưởng Bộ Nông nghiệp và Môi trường)".
_MEMBER_FOR_A_BODY = (r"(?:(?:[Cc]ác\s+)?(?:" + _either_case(MEMBERS) + r")\s[^:;.()]{0,80}?\s+là\s+(?:"
                      + "|".join(MEMBER_STANDS_FOR) + r")\s+|(?:" + DEPUTY + r"\s+)?(?:" + "|".join(COMMITTEE_POSTS)
                      + r")\s[^:;.()]{0,60}?\((?=(?:" + "|".join(OFFICE_HOLDERS) + r")\s[^()]+\)\s*:?\s*$))")
_LEAD_OPENING = re.compile(  # "Giao Sở X …", "Trách nhiệm của Sở X", "Đối với Sở X:", "Về phía Sở X:" heading its work
    r"\s*(?:" + _CONNECTIVE + r")?(?:" + _MEMBER_FOR_A_BODY
    + r"|Giao\s+|Đề nghị\s+|Yêu cầu\s+|(?:Trách nhiệm|Nhiệm vụ)(?: của|\s*[-–])? "  # ("Nhiệm vụ – Phòng X")
    r"|(?:Đối với|Về phía)\s+(?=[^:;.]{3,150}:)|(?:" + "|".join(FORMS_OF_ADDRESS) + r")\s+|"
    + _FIELD_LIST_OPENING + ")?")
# …or, a heading over its items, without the colon: "1. Đối với Sở X" (its bodies and nothing after them)
_HEADING_FOR = re.compile(r"(?:Đối với|Về phía)\s+(?=[^:;.]{3,150}$)")
_ROLE_BEFORE = re.compile(r"(?:cơ quan|đơn vị)\s+$")
_HANDS_ON = re.compile(r"\s*" + ASSIGNING + r"\s+", re.I)  # "Bộ X đề nghị …", "Sở X giao …"
_INTENTION = re.compile(r"\s*(?:" + "|".join(INTENTION_WORDS) + r")\s")
_ANSWERS = re.compile(r"\s*,?\s*(?:" + "|".join(ANSWERING_WORDS) + r")\b")
# characters an opening clause may run before its subject (citing documents, a purpose clause is long)
_FRONTED_REACH = 500
# A clause set before the word that hands work on ("Về việc …, đề nghị Sở X …"; ". Do vậy, đối với …, đề nghị …").
_CLAUSE_BEFORE_HANDING = r"[^;.:]{0,%d}?,\s*" % _FRONTED_REACH
# A clause after the first that hands work on: "…; giao Bộ X …", ". Yêu cầu các Bộ …", ". Bộ Y chịu trách nhiệm".
_CONCLUDING = r"(?:(?:" + "|".join(CONCLUDING_WORDS) + r"),?\s+)?"
_LATER_CLAUSE = re.compile(r"[;.]\s+(?P<concluding>" + _CONCLUDING + r")(?:" + ASSIGNING + r"\s+)?", re.I)
# … whose subject is not where it opens but after a clause set before the word that hands work on ("… . Do vậy, đối
# với …, đề nghị Thuế tỉnh X …").
_LATER_REQUEST = re.compile(_CLAUSE_BEFORE_HANDING + ASSIGNING + r"\s+", re.I)
_AGENT_SENTENCE_ROLE = "(?:" + "|".join((*AGENT_ROLE_WORDS, "phối hợp")) + ")"
_LATER_ASSIGNMENT_HINT = re.compile(
    r"[;.]\s+(?:" + _CONCLUDING + "(?:" + _CLAUSE_BEFORE_HANDING + r")?(?i:" + ASSIGNING + r")\s|[A-ZĐ][^;.]{0,80}?(?:"
    + "|".join(ANSWERING_WORDS) + r")|(?<=\.\s)[A-ZĐ][^;.]{0,80}?" + _AGENT_SENTENCE_ROLE + ")")
# A sentence of its own after the work, opening on the bodies that do it: ". Phòng X thực hiện thường xuyên.",
# ". Phòng Y phối hợp với Sở Z thực hiện".
_AGENT_SENTENCE = re.compile(r"\s*" + _AGENT_SENTENCE_ROLE + r"(?![\wđ])")


# "…; do Sở X chủ trì tổ chức": the agent of a clause after the work, the sentence having no subject of its own.
# The agent named in a clause of its own after the work: "…, do X chủ trì" or in brackets, "… (X chủ trì, phối hợp
# với Y)"; it counts only where a role word follows the bodies (`_agents`).
_BY_AGENT = re.compile(r"(?:(?:^|[;,]\s*)do\s+|\()(?=[" + UPPER_LETTERS + r"])")
# A matter stated as a noun ("Việc sơn kẻ vạch … tại các tuyến phố … do Phòng X chủ trì thực hiện"): its agent after
# "do" wherever it stands (elsewhere "… các lớp tập huấn do Sở tổ chức" says which classes, not who does the work)
_BY_AGENT_OF_A_MATTER = re.compile(r"(?:(?:^|[;,]\s*|\s)do\s+|\()(?=[" + UPPER_LETTERS + r"])")
_BRACKETED_ROLE_END = re.compile(r"\s*[),;]")
_TIME_CLOSING_THE_BRACKET = re.compile(r"\s*;\s*(?i:tháng|quý|năm|trước|trong|từ|đến|hằng|thường xuyên|\d)[^()]{0,60}\)"
                                       r"\s*[.;]?\s*$")
_AGENT_ROLE = re.compile(r"\s*(?:tự\s+)?(?:" + "|".join(AGENT_ROLE_WORDS) + r")(?![\wđ])")
_DIRECTS = re.compile(r"(?<![\wđ])chỉ đạo\s+", re.I)
_DIRECTED_SUBJECT_ROLE = re.compile(r"\s*(?:chủ trì\s*,?\s*)?")  # between the body directed and its "phối hợp"
# "Sở X chủ trì, Sở Y phối hợp", "do Trường X tổ chức, Phòng Y phối hợp": the partners named before "phối hợp", after
# the lead's role.
_LEAD_ROLE_BEFORE = re.compile(r"(?:" + "|".join(AGENT_ROLE_WORDS) + r")\s*,\s*$")
# …or in a clause of its own before them, in the same sentence: "P2 chủ trì cung ứng vật tư; P3, các ĐLKV phối hợp".
_LEAD_CLAUSE_BEFORE = re.compile(r"\schủ trì(?:\s[^.;:]{0,80})?;\s*$")

_FRONTED_CLAUSE = re.compile(r"\s*(?:" + "|".join(FRONTED_CLAUSE_OPENERS) + r")[\s,]")  # ("Hằng năm, Sở X …")
_CLAUSE_COMMA = re.compile(r",\s*")
_CARRYING_OUT_A_DOCUMENT = re.compile(r"(?:Thực hiện|Triển khai|Thi hành|Tiếp tục thực hiện)\s+(?:các\s+|những\s+)?(?:"
                                      + "|".join(DOCUMENT_WORDS) + r"|văn bản|ý kiến|chỉ đạo)(?![\wđ])", re.I)
_HANDING_AFTER_COMMA = re.compile(r",\s*" + ASSIGNING + r"\s+", re.I)


def _after_fronted_clause(text: str) -> list[int]:
    """Where the subject may begin after a clause set before it: after each of the clause's commas, up to
    the sentence's first stop. Whatever opens the sentence, a comma then a word that hands work on ends such a
    clause too ("Về việc …, đề nghị Sở X …", "Do vậy, đối với …, đề nghị …"): the body asked comes next."""
    stop = min([i for i in (text.find(";"), text.find("."), text.find(":")) if i >= 0] + [_FRONTED_REACH])
    # ("Thực hiện Luật …, Quyết định …, để …, Ban Thường vụ … yêu cầu …": the documents carried out, a clause set
    # before)
    if not _FRONTED_CLAUSE.match(text) and not _CARRYING_OUT_A_DOCUMENT.match(text):
        if VERB_OPENING.match(text):
            # the work comes first, and the one doing it asks another for help ("Tổng hợp …, đề nghị X hỗ trợ"); not a
            # document being carried out ("Thực hiện Công văn số …, đề nghị Trung tâm Y tế …")
            return []
        asked = [m for m in _HANDING_AFTER_COMMA.finditer(text, 0, stop) if may_name_agency_at(text, m.end())]
        # (a body named before the request is whose it is, and the letter only reports it: "Về việc này, Bộ X đã có
        # Công văn …, đề nghị Ủy ban nhân dân tỉnh …")
        return [asked[0].end()] if asked and not find_agencies(text[:asked[0].start()]) else []
    after_colon = [_LEAD_OPENING.match(text, stop + 1).end()] if text.startswith(":", stop) else []
    handed = [m.end() for m in _HANDING_AFTER_COMMA.finditer(text, 0, stop)]  # "Đối với …, giao Sở X …"
    return [p for p in sorted([*(m.end() for m in _CLAUSE_COMMA.finditer(text, 0, stop)), *handed, *after_colon])
            if may_name_agency_at(text, p)]


def names_only(text: str, bodies: list[AgencyMention]) -> bool:
    """Nothing but the bodies' names, with the commas and "và" between them: an entry heading naming the bodies its
    items are given to ("b) Phòng Kinh tế:"), no work of its own, or the lead said after an item ("… — Sở Y tế")."""
    rest = text
    last = max(bodies, key=lambda m: m.start, default=None)
    if last is not None and last.collective:
        rest = rest[:last.end] + _class_qualifier_removed(rest[last.end:])
    for body in sorted(bodies, key=lambda m: m.start, reverse=True):
        seat = SEAT_AFTER_DASH.match(rest, body.end)  # "Đ/c Giám đốc Sở Y tế - Ủy viên": a member's seat, no work
        rest = rest[:body.start] + rest[seat.end() if seat else body.end:]
    rest = _BRACKETED.sub("", _ADDRESS.sub("", rest, count=1))  # ("Phòng X (cơ quan thường trực):": its role)
    return not any(char.isalnum() for char in rest.replace(" và ", " "))


_BRACKETED = re.compile(r"\([^()]*\)")


# before the names: how a person is addressed ("Đồng chí …"), or the word that hands the work on ("Đề nghị Ủy ban …")
_ADDRESS = re.compile(r"^\s*(?:" + "|".join([*FORMS_OF_ADDRESS, *(word.capitalize() for word in ASSIGNING_WORDS)])
                      + r")\s")
_LONGEST_CLASS_QUALIFIER = 3  # words


def _class_qualifier_removed(rest: str) -> str:
    """ "Ủy ban nhân dân các xã, phường có dự án", "Các bệnh viện có khoa sản": a few lower-case words that pick the
    class's members, at the end of a heading, are the class's name, unless they do something ("… tổ chức thực hiện")."""
    words = rest.strip().rstrip(":").split()
    qualifier = " ".join(words)
    if not 0 < len(words) <= _LONGEST_CLASS_QUALIFIER or not all(w.isalpha() and w.islower() for w in words) \
            or VERB_OPENING.match(qualifier) or qualifier.startswith(ANSWERING_WORDS):
        return rest
    return ""


def does_after(text: str, end: int) -> bool:
    """What follows a body named up to `end` is what it does: an instruction ("… rà soát …") or its role ("… chủ
    trì, …", "… chịu trách nhiệm …"), not more of a phrase or a statement about it ("… nhận được công văn …")."""
    rest = text[end:].lstrip()
    remit = REMIT_BEFORE_ACTION.match(rest) if rest[:1] in "tT" else None  # "theo chức năng, nhiệm vụ được giao"
    return bool(VERB_OPENING.match(rest[remit.end():] if remit else rest) or _ANSWERS.match(text, end))


def _subject_at(mentions: list[AgencyMention], text: str, start: int) -> list[AgencyMention]:
    """The bodies at `start` when they are a subject ("…, Bộ Công Thương rà soát …"); a class of bodies only
    when what follows it is what it does, not more of a phrase ("…, chỉ đạo các cơ sở giáo dục, các cơ sở giáo
    dục nghề nghiệp lồng ghép …")."""
    chain = _chain(mentions, text, start)
    if any(not m.collective for m in chain) or chain and does_after(text, chain[-1].end):
        return chain
    return []


_BRACKET_AFTER_CLASS = re.compile(r"[^()\n:;.]{0,40}?\((?:\s*(?:bao\s+)?gồm(?:\s+có)?\s+)?(?:các\s+(?:Sở|Bộ)\s*:\s*)?")


def _named_in_brackets(mentions: list[AgencyMention], text: str, end: int) -> list[AgencyMention]:
    """ "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý …)", "… (gồm các Sở: Xây dựng, Tài chính)": a
    class whose members the bracket names."""
    bracket = _BRACKET_AFTER_CLASS.match(text, end)
    if not bracket:
        return []
    named = _chain(mentions, text, bracket.end())
    return named if named and not any(m.collective for m in named) else []


# (a note in brackets may qualify the topic: "Riêng xã Tân Lập (xã biên giới): Ban Chỉ huy quân sự xã …")
_TOPIC_BEFORE_COLON = re.compile(r"(?:[^:;.()]|\([^:;.()]{1,40}\)){3,%d}:\s*" % TOPIC_CHARACTERS)


def _topic_before_a_subject(text: str, aliases: tuple[tuple[str, str], ...]) -> re.Match | None:
    """A short topic that names no body, a colon, and the body that does the work with what it does ("Lễ ra quân: Ban
    Phong trào chủ trì, phối hợp với …", "Ngày hội việc làm: Trung tâm Dịch vụ việc làm tổ chức …"), or the body the
    work is handed to ("Bảo đảm kinh phí: Giao Vụ Kế hoạch - Tài chính …"): the sentence opens after the colon."""
    topic = _TOPIC_BEFORE_COLON.match(text) if ":" in text[:TOPIC_CHARACTERS + 2] else None
    if topic is None:
        return None
    handed = _HANDS_ON.match(text, topic.end())  # "Bảo đảm kinh phí: Giao Vụ Kế hoạch - Tài chính bố trí …"
    start = handed.end() if handed else topic.end()
    if not may_name_agency_at(text, start) or find_agencies(text, 0, topic.end()):
        return None
    chain = _chain(find_agencies(text, start, min(len(text), start + _FRONTED_REACH), aliases), text, start)
    return topic if chain and (handed or does_after(text, chain[-1].end)) else None


_WORDS = re.compile(r"[^\W\d_]{2,}")
_NAME_WORDS = 3  # words at least, in a name in capitals labelling its work


@lru_cache(maxsize=4096)
def actors_of(text: str, aliases: tuple[tuple[str, str], ...] = ()) -> Actors:
    """Subject agencies at the start of `text`, coordinators after 'phối hợp', collective partners; `aliases`
    are the short names the document defines (`defined_aliases`), as sorted pairs so the cache keeps working."""
    in_capitals = text[:60].isupper()
    if in_capitals:
        # "PHÒNG KINH TẾ" as a heading: names are read in their usual case, but for a short name the document defines,
        # which stands as written ("TNTKQ:", "BCĐ TỈNH:")
        short = next((short for short, _ in aliases if text.startswith(short)), "")
        text = short + in_usual_case(text[len(short):]) if short else in_usual_case(text)
    else:
        # "Văn Phòng Hội Đồng Nhân Dân …: Tham mưu …", a name in title case, or in capitals ("ĐÀI KHÍ TƯỢNG THỦY VĂN
        # TỈNH: theo dõi …")
        name = text.split(":", 1)[0]
        if in_title_case(name) or len(name) < len(text) and name.isupper() and len(_WORDS.findall(name)) >= _NAME_WORDS:
            # (not a short name the document defines: "5/ PA05: phát hiện …")
            text = in_usual_case(name) + text[len(name):]
    actors = Actors()
    given = _GIVEN.search(text)
    # (the topic before the subject, or the time the work is for: "Tháng 8/2027: Ban Thường vụ báo cáo …")
    topic = INLINE_TOPIC.match(text) or TIME_LABEL.match(text) or _topic_before_a_subject(text, aliases)
    head = _LEAD_OPENING.match(text, topic.end() if topic else 0)
    lowered = text.lower()
    coordination = list(COORDINATION.finditer(text)) if any(word in lowered for word in _COORDINATION_WORDS) else []
    names_list = head.group(0).rstrip().endswith(":")  # "Các Sở: Tài chính, Xây dựng, …"
    fronted = [] if topic else _after_fronted_clause(text)
    party = _party_named_before_colon(text, aliases, posts=not in_capitals)  # (no post in a signature's "THỨ TRƯỞNG")
    if party:  # its partners are still named after "phối hợp" ("Trưởng các ấp: phối hợp với Công an xã …")
        return Actors([party], *_partners(text, coordination, find_agencies(text, aliases=aliases)))
    later = None  # looked for only where it can matter: it scans the whole text
    by_agent = (_BY_AGENT_OF_A_MATTER if text.startswith(MATTER + " ") else _BY_AGENT).search(text) \
        if " do " in text or text.startswith("do ") or "(" in text else None
    heading = _HEADING_FOR.match(text, head.end())
    field = _LEAD_FIELD.search(text) if "hủ trì" in text else None  # (a substring test spares most texts the scan)
    if not (given or heading or coordination or names_list or fronted or by_agent or field
            or may_name_agency_at(text, head.end())
            or any(text.startswith(short, head.end()) for short, _ in aliases)):
        later = _LATER_ASSIGNMENT_HINT.search(text)
        if later is None:
            return actors  # no place where an agency could be named: spare the scan
    mentions = find_agencies(text, aliases=aliases)
    if given:
        actors.leads = _chain(mentions, text, given.end())
    if heading and not actors.leads:
        # a heading names its bodies and nothing after them; a sentence so opened names what it is about ("Đối với
        # Ủy ban nhân dân các xã, Sở Nội vụ hướng dẫn …")
        named = _chain(mentions, text, heading.end())
        actors.leads = named if named and not text[named[-1].end:].strip(" .;,") else []
    if not actors.leads:
        actors.leads = _chain(mentions, text, head.end())
        for subject in fronted:
            actors.leads = actors.leads or _subject_at(mentions, text, subject)
        handed = _HANDS_ON.match(text, actors.leads[-1].end) if actors.leads else None
        if handed:  # "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh …": the body asked does the work, not the one asking
            actors.leads = _chain(mentions, text, handed.end()) or actors.leads
        if actors.leads and _INTENTION.match(text, actors.leads[-1].end):
            actors.leads = []  # "Chính phủ sẽ phân công …": the body says what it will do, nobody is given work
    if not actors.leads and by_agent:
        actors.leads = _agents(mentions, text, by_agent)
    if all(m.collective for m in actors.leads) and (later or _LATER_ASSIGNMENT_HINT.search(text)):
        actors.leads = _later_assignments(mentions, text, classes_too=not actors.leads) or actors.leads
    if actors.leads and all(m.collective for m in actors.leads):
        actors.leads = _named_in_brackets(mentions, text, actors.leads[-1].end) or actors.leads
        actors.leads = _class_heading(actors.leads, text) or actors.leads
    if len(actors.leads) == 1 and not actors.leads[0].resolved and not actors.leads[0].collective:
        actors.leads = [_named_up_to_its_colon(text, actors.leads[0])]
    coordination = [m for m in coordination if not _partners_of_the_directed(text, m, mentions, actors.leads)]
    actors.coordinators, actors.collective = _partners(text, coordination, mentions)
    if field and not actors.leads and (fielded := _chain(mentions, text, field.end())):
        actors.leads = fielded
        partners = _PARTNER_FIELD.match(text, fielded[-1].end)
        named = _chain(mentions, text, partners.end()) if partners else []
        actors.coordinators = [*actors.coordinators, *(m for m in named if not m.collective
                                                       and m.name not in {c.name for c in actors.coordinators})]
        actors.collective = actors.collective or any(m.collective for m in named)
    return actors


_NAME_BEFORE_COLON = 60  # characters between where the grammar stopped and the colon


def _named_up_to_its_colon(text: str, lead: AgencyMention) -> AgencyMention:
    """ "Phòng Lãnh sự và Người Việt Nam ở nước ngoài: biên soạn …": an entry naming its body before a colon names it
    with all the words up to the colon, where the grammar stopped early, when they do nothing ("Phòng Nội vụ theo dõi,
    tổng hợp:" is a body and its work)."""
    colon = text.find(":", lead.end, lead.end + _NAME_BEFORE_COLON)
    tail = text[lead.end:colon].strip() if colon >= 0 else ""
    verb = VERB_OPENING.match(tail)
    if colon < 0 or text[lead.start:lead.end] != lead.name or says_what_it_does(tail) \
            or verb and tail[verb.end():].strip():  # ("… Quỹ đất vận động các hộ dân: …"; "… chế độ thống kê:" names)
        return lead
    whole = name_to_the_end(text[:colon], lead)
    return AgencyMention(whole, lead.start, lead.start + len(whole), resolved=False) if whole else lead


def _partners_of_the_directed(text: str, coordination: re.Match, mentions: list[AgencyMention],
                              leads: list[AgencyMention]) -> bool:
    """"Chỉ đạo Sở X (chủ trì,) phối hợp với Sở Y …": the body directed works with Sở Y, not the one directing it
    (unless the directed body is the one given the work)."""
    clause = max(text.rfind(";", 0, coordination.start()), text.rfind(".", 0, coordination.start())) + 1
    for directs in _DIRECTS.finditer(text, clause, coordination.start()):
        directed = [m for m in mentions if m.start == directs.end()]
        if directed and _DIRECTED_SUBJECT_ROLE.fullmatch(text, directed[0].end, coordination.start()) \
                and directed[0].name not in {lead.name for lead in leads}:
            return True
    return False


def _agents(mentions: list[AgencyMention], text: str, first: re.Match) -> list[AgencyMention]:
    """The bodies a clause "do X chủ trì …" names as the agent of the work before it (the first such clause whose
    bodies a role word follows: "do ảnh hưởng của …" gives a reason, no agent)."""
    for clause in itertools.chain([first], first.re.finditer(text, first.end())):
        chain = _chain(mentions, text, clause.end())
        role = _AGENT_ROLE.match(text, chain[-1].end) if chain else None
        # in brackets, the role ends the clause ("(X chủ trì)", "(X chủ trì, phối hợp với Y)"); "(X chủ trì dự án …)"
        # says which bodies are meant, not who does the work
        if role and (not clause.group().endswith("(") or _BRACKETED_ROLE_END.match(text, role.end())):
            return chain
    return []


_CLOSING_BRACKET_OPENS = re.compile(r"\((?=[^()]*\)\s*[.;]?\s*$)")
# … or nothing after them but what they do, or with whom ("(Phòng Văn hóa - Xã hội)", "(Văn phòng … tham mưu)",
# "(Trung tâm … phối hợp với các thôn)")
_ROLE_CLOSING_THE_BRACKET = re.compile(r"\s*(?:(?P<role>" + "|".join(BRACKETED_ROLE_WORDS) + r")(?![\wđ])[^()]{0,80})?"
                                       r"\)\s*[.;]?\s*$")


def bodies_closing_the_bracket(text: str, aliases: tuple[tuple[str, str], ...] = (),
                               bare: bool = False) -> list[AgencyMention]:
    """The bodies a programme's matter names in its closing bracket before its time ("Nghị quyết … (Sở Tài chính; tháng
    6).", "Xây dựng Nghị quyết … (Sở Giáo dục và Đào tạo; tháng 7)."): who prepares it, when nothing else names a lead
    (under a body's heading the bracket names what the work is about: "1. Sở Nội vụ" / "a) Thanh tra công vụ … (Sở Y
    tế; quý III)"). A bracket of bodies alone ("Bốc thăm, xếp lịch thi đấu (Phòng Văn hóa - Xã hội).") names its doer
    only where the list closes its items so (`bare`): alone, it may list examples ("… trên các phương tiện thông tin đại
    chúng (Báo X, Đài Y)")."""
    opening = _CLOSING_BRACKET_OPENS.search(text) if text.rstrip(" .;").endswith(")") else None
    if opening is None:
        return []
    chain = _chain(find_agencies(text, aliases=aliases), text, opening.end())
    closing = chain and (_TIME_CLOSING_THE_BRACKET.match(text, chain[-1].end)
                         or _ROLE_CLOSING_THE_BRACKET.match(text, chain[-1].end))
    return chain if closing and (bare or closing.re is not _ROLE_CLOSING_THE_BRACKET or closing.group("role")) else []


def _named_before(mentions: list[AgencyMention], text: str, end: int) -> list[AgencyMention]:
    """The bodies listed one after another up to `end`, read backwards ("…, Sở Y và Sở Z phối hợp")."""
    chain: list[AgencyMention] = []
    for mention in reversed(mentions):
        if mention.end > end:
            continue
        if not _SEPARATOR.match(text[mention.end:chain[0].start if chain else end]):
            break
        chain.insert(0, mention)
    return chain


def _partners(text: str, coordination: list[re.Match], mentions: list[AgencyMention]) -> tuple[list[AgencyMention], bool]:
    """The bodies named after each "phối hợp (với)", or before it after the lead's "chủ trì," ("Sở X chủ trì, Sở Y
    phối hợp") or its clause ("Sở X chủ trì; Sở Y phối hợp"), and whether a class of bodies is among them."""
    partners: list[AgencyMention] = []
    collective = False
    for m in coordination:
        if _ROLE_BEFORE.search(text, 0, m.start()):
            continue  # "các cơ quan phối hợp có trách nhiệm" names a role, not a partner
        before = _named_before(mentions, text, m.start())
        if not (before and (_LEAD_ROLE_BEFORE.search(text, 0, before[0].start)
                            or _LEAD_CLAUSE_BEFORE.search(text, 0, before[0].start))):
            before = []
        for mention in before + _chain(mentions, text, m.end()):
            if mention.collective:
                collective = True
            elif mention.name not in {x.name for x in partners}:
                partners.append(mention)
    return partners, collective


_PARTY = r"(?:" + "|".join(f"[{p[0]}{p[0].upper()}]{re.escape(p[1:])}" for p in NON_STATE_PARTIES) + r")(?![\wđ])"
_PARTIES_BEFORE_COLON = re.compile(r"\s*((?:[Cc]ác\s+)?" + _PARTY + r"(?:\s*(?:,|và|,\s*và)\s*" + _PARTY + r")*)\s*:")
# … or asked in a heading of their own ("5/ Đề nghị cha mẹ học sinh" over their duties)
_PARTIES_ASKED = re.compile(r"\s*(?:Đề nghị|Yêu cầu)\s+((?:[Cc]ác\s+)?" + _PARTY + r"(?:\s*(?:,|và|,\s*và)\s*" + _PARTY
                            + r")*)\s*:?\s*$")
_GROUP_HEADING = re.compile(r"\s*(?:" + "|".join(GROUP_WORDS) + r")\s+(?!(?:" + "|".join(GROUP_NOT_NAMED_BY)
                            + r")(?![\wđ]))[^\W\d_](?:[^.,;:!?()]|,\s(?=[a-zđ]))*$")
# (a group's heading: "Tổ Văn phòng", "Đội xung kích", "Tổ xung kích phòng, chống thiên tai các thôn")
_DUTY_HEADING = re.compile(re.escape(DUTY_OF) + r"\s+([^:;.]{3,80}?)\s*:?\s*$")
_ANSWERING_CLASS = re.compile(r"\s*((?:" + "|".join(CLASS_NOUNS) + r")(?P<what>(?:\s+[^\W\d_]+){1,6}?))\s+(?:có|chịu) trách nhiệm(?![\wđ])")
_CLASS_INITIALS = tuple({noun[0] for noun in CLASS_NOUNS})  # spares the match most texts
_INDIVIDUALS = re.compile(r"(?:" + "|".join(INDIVIDUALS) + r")(?![\wđ])", re.I)
_DOCUMENT_OPENING = re.compile(r"(?:" + "|".join(DOCUMENT_WORDS) + r")(?![\wđ])", re.I)


def _party_named_before_colon(text: str, aliases: tuple[tuple[str, str], ...] = (),
                              posts: bool = True) -> AgencyMention | None:
    """A party that is no body's name, named where a body's would stand: a list of parties outside the state
    before a colon ("Hộ gia đình, cá nhân: Chủ động gia cố …"), a local group alone in a short heading ("Ban tự
    quản các tổ dân cư"), or the party a duty heading names ("Trách nhiệm của đơn vị được kiểm tra:"), unless a
    body's name or a document stands there."""
    parties = _PARTIES_BEFORE_COLON.match(text) or _PARTIES_ASKED.match(text)
    if parties:
        named = parties.group(1)
    elif posts and (post := _post_heading(text)) is not None:  # "1/ Phó Hiệu trưởng phụ trách chuyên môn", "3. Trưởng các khu
        name, start, end = post  # phố: …": the post does them, and the heading names it with all its words
        return AgencyMention(name[:1].upper() + name[1:], start, end, collective=True, resolved=False)
    elif (group := _group_named(text, aliases)) is not None:
        # one group ("Tổ giúp việc", "Hội đồng quản trị"), unless one in each place it names ("Tổ xung kích các thôn")
        start = text.index(group)
        return AgencyMention(group[:1].upper() + group[1:], start, start + len(group),
                             collective=_IN_EACH.search(group) is not None, resolved=False)
    elif (answering := _answering_class(text)) is not None:
        named = answering  # "Tổ chức kiểm định có trách nhiệm …": the class is named by what it does
    else:
        duty = _DUTY_HEADING.match(text.lstrip())
        if duty is None or may_name_agency_at(duty.group(1)) or _DOCUMENT_OPENING.match(duty.group(1)) \
                or _INDIVIDUALS.match(duty.group(1)):
            return None
        named = duty.group(1)
    start = text.index(named)
    return AgencyMention(named[:1].upper() + named[1:], start, start + len(named), collective=True, resolved=False)


_IN_EACH = re.compile(r"(?<![\wđ])(?:các|mỗi|từng)\s", re.I)


def _group_named(text: str, aliases: tuple[tuple[str, str], ...]) -> str | None:
    """A local group of people named by what it does, alone in a short heading ("2. Ban tự quản các tổ dân cư"), before
    the colon of an item ("3. Tổ dịch vụ giống, vật tư : cung ứng …") or before the role it takes ("Tổ kỹ thuật phối hợp
    Trung tâm X …"): lower-case words after its head, which no body's name has, so the grammar of names leaves it."""
    colon = text.find(":")
    role = _ROLE_AFTER_GROUP.search(text, 0, colon if colon > 0 else 120)  # ("Tổ giám sát có trách nhiệm:")
    named = (text[:role.start()] if role else text[:colon] if colon > 0 else text).strip()
    if named.endswith(")") and (aside := re.search(r"\s*" + _HOLDER_NAMED + "$", named)) and aside.start() > 0:
        named = named[:aside.start()]  # ("Tổ cấp dưỡng (tổ trưởng ông Lò Văn Sáng):" — the group, its leader aside)
    most = GROUP_BEFORE_ROLE_WORDS if role else GROUP_HEADING_WORDS
    if not _GROUP_HEADING.match(named) or len(named.split()) > most or any(
            m.start == 0 or not m.collective for m in find_agencies(named, aliases=aliases)):
        # (not "2. Ban Chỉ huy", the short name the plan defines; "… các thôn", the places it serves, is the group's)
        return None
    if (colon > 0 or role) and any(word[:1].isupper() for word in named.split()[2:]):
        # where a sentence goes on, a name in the words of the sentence ("Ban Quản lý các công trình công cộng:"), not
        # one ending on a proper name ("Ban lãnh đạo Vingroup:" lists people)
        return None
    if colon > 0 and any(m.start == 0 for m in find_agencies(text[colon + 1:].lstrip(), aliases=aliases)):
        return None  # (a body named after the colon does the work: "Ca trực đêm: Công an tỉnh tổ chức tuần tra …")
    return named


_ROLE_AFTER_GROUP = re.compile(r" (?:" + "|".join((*NAME_CLOSING_ROLES, *ANSWERING_WORDS)) + r")(?![\wđ])")
# the person who holds the post, in brackets after it ("Tổ cấp dưỡng (tổ trưởng ông Lò Văn Sáng):"): an aside
_HOLDER_NAMED = r"(?:\((?:[^()]{0,30}\s)?(?:" + "|".join(HONORIFICS) + r")\s[^()]{2,40}\)\s*)?"
_HOLDER = r"(?:Phó\s+)?(?:" + "|".join(sorted((*OFFICE_HOLDERS, *POSTS), key=len, reverse=True)) + r")"
_POST_HEADING = re.compile(r"\s*(" + _HOLDER + r"(?![\wđ])(?:[^:;.,()]|,\s(?![" + UPPER_LETTERS + r"])(?=\w))*?)"
                           r"\s*" + _HOLDER_NAMED + r"(?::\s|:?$)")  # "Trưởng các thôn, bản"
_NAME_AFTER_HOLDER = re.compile(_HOLDER + r"\s+[" + UPPER_LETTERS + r"]")
_HEADS_OF_UNITS = frozenset((*OFFICE_HOLDERS, "Tổ trưởng", "Tổ phó", *(f"Phó {h}" for h in OFFICE_HOLDERS)))
_HOLDER_OF_A_CLASS = re.compile(r"(?:Phó\s+)?\S+(?:\s+\S+)?\s+(các\s+\S.*)$")


def _post_heading(text: str) -> tuple[str, int, int] | None:
    """The post a short heading names, with nothing it does ("Phó Hiệu trưởng phụ trách chuyên môn"); the heads of a
    class of units stand for the class ("Tổ trưởng các tổ chuyên môn" -> "Các tổ chuyên môn"). None where a body is
    named (its office-holder stands for it: see `agencies`)."""
    post = _POST_HEADING.match(text) if text.lstrip()[:1].isupper() else None
    labels_work = post is not None and post.end() < len(text.rstrip())
    if post is None or len(post.group(1).split()) > (POST_LABEL_WORDS if labels_work else POST_WORDS) \
            or _NAME_AFTER_HOLDER.match(post.group(1)):
        return None
    named = post.group(1)
    holder = re.match(_HOLDER, named)
    if VERB_OPENING.match(named[holder.end():].lstrip()):
        return None  # "Trưởng thôn chủ trì tổ chức họp dân": a sentence, the post then what it does (not "Trưởng ban
        # quản lý chợ", a board named by its work)
    held = _HOLDER_OF_A_CLASS.match(named)
    heads_a_class = (held is not None and named[:held.start(1)].strip() in _HEADS_OF_UNITS
                     and not re.match(_FIELD_LIST_OPENING, text.lstrip()))  # ("Bộ trưởng các Bộ: Quốc phòng, …")
    if any(not (heads_a_class and body.collective and body.start >= held.start(1)) for body in find_agencies(named)):
        return None  # ("Trưởng Ban Chỉ đạo", "Bí thư Đoàn trường": the holder of a body, named after him)
    if heads_a_class:
        # (a class teacher of the classes teaches them: "Giáo viên chủ nhiệm các lớp 12" stays)
        return held.group(1), post.start(1), post.end(1)
    return named, post.start(1), post.end(1)


def _answering_class(text: str) -> str | None:
    """The subject of "… có trách nhiệm" when it is a class noun and lowercase words that name no body ("Tổ chức
    kiểm định"), not a body's name ("Cơ quan Thường trực …") nor people ("Tổ chức, cá nhân", "Cơ quan, viên chức")."""
    answering = _ANSWERING_CLASS.match(text) if text.lstrip().startswith(_CLASS_INITIALS) else None
    if answering is None:
        return None
    named = answering.group(1).strip()
    if not answering.group("what").islower() or _INDIVIDUALS.search(named) or find_agencies(named):
        return None
    return named


_HEADING_WORDS = 12  # at most, in an entry heading that names a class of bodies
_WORD_START = re.compile(r"(?:^|[\s,;])\s*")


def _class_heading(leads: list[AgencyMention], text: str) -> list[AgencyMention]:
    """ "4. Các cơ sở chế biến, kinh doanh nông sản:": an entry heading that opens with a class of bodies and
    says nothing they do names that class with all its words up to the colon; so does the label of an entry
    ("3. Các đơn vị phát thanh, truyền thông cơ sở: Xây dựng …")."""
    colon = text.find(":", leads[0].end) if len(leads) == 1 else -1
    heading = text[:colon + 1] if colon >= 0 else text.rstrip()
    if len(leads) != 1 or not heading.endswith(":") or leads[0].start != 0 or len(heading.split()) > _HEADING_WORDS:
        return []
    rest = heading[leads[0].end:-1]
    # before the work a label's colon opens, a word that may be a verb is a word of the class's name ("phát thanh,
    # truyền thông"), unless it comes right after the class
    openings = _WORD_START.finditer(rest) if heading == text.rstrip() else [_WORD_START.match(rest)]
    says_what_it_does = _ANSWERS.match(rest) or any(VERB_OPENING.match(rest, m.end()) for m in openings)
    if ":" in rest or says_what_it_does:
        return []  # "Các cơ quan báo chí đẩy mạnh tuyên truyền:": the class, then what it does
    # (the class as the grammar names it, the rest of its words after it: "Giám đốc các Trung tâm …" are the centres)
    return [AgencyMention((leads[0].name + rest).rstrip(), 0, len(heading) - 1, collective=True, resolved=False)]


def _later_assignments(mentions: list[AgencyMention], text: str, classes_too: bool = False) -> list[AgencyMention]:
    """Bodies that clauses after the first hand work to ("…; giao Bộ X làm chủ Chương trình", ". Bộ Y chịu
    trách nhiệm …", ". Yêu cầu các Bộ, cơ quan …"), when one of them names a body: in a conclusion the
    subject of the first clause often only agrees or is told of the matter. A class of bodies counts too when the
    first clause names none and a conclusion hands it the work (`classes_too`: "Về …: Trên cơ sở …, Bộ X đã hướng
    dẫn …. Vì vậy, đề nghị các tỉnh …")."""
    found: list[AgencyMention] = []
    concluded = False
    for clause in _LATER_CLAUSE.finditer(text):
        chain = _chain(mentions, text, clause.end())
        asked = None if chain else _LATER_REQUEST.match(text, clause.end())
        if asked and not any(clause.end() <= m.start < asked.end() for m in mentions):
            chain = _chain(mentions, text, asked.end())  # (a body named in the clause is whose the request is)
        if chain and (clause.group(0).strip(";. ") or asked or _ANSWERS.match(text, chain[-1].end)
                      or clause.group(0).startswith(".") and _AGENT_SENTENCE.match(text, chain[-1].end)):
            found.extend(m for m in chain if m.name not in {f.name for f in found})
            concluded = concluded or bool(clause.group("concluding"))
    return found if (classes_too and concluded) or any(not m.collective for m in found) else []


def names_of(mentions: list[AgencyMention]) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        name = mention.name[:1].upper() + mention.name[1:]
        if name not in names:
            names.append(name)
    return names


_BELONGS = re.compile(r"(?:thuộc|trực thuộc|của)\s+$")
_EVERY_PLACE = re.compile(r"\scác\s+(?:" + "|".join(sorted({*LOCAL_LEVELS, *VILLAGE_KINDS}, key=len, reverse=True))
                          + r")(?![\wđ])")
_LIST_GOES_ON = re.compile(r",\s*(?:các|những)\s")


@lru_cache(maxsize=4096)  # table cells and field values repeat ("Các sở, ban, ngành" row after row)
def bodies_named(text: str, start: int = 0, aliases: tuple[tuple[str, str], ...] = ()) -> tuple[AgencyMention, ...]:
    """The bodies a cell or field names, without those that only qualify another ("cơ quan thuộc
    Chính phủ", "các đơn vị của Sở Y tế": a class of bodies, not the Government or the department)."""
    # a cell lists its bodies parted by semicolons ("Trung tâm Dịch vụ tổng hợp xã; các trường tiểu học"): each part is
    # read as a cell of its own
    return tuple(body for part in _LISTED.finditer(text, start)
                 for body in _bodies_in_part(text[:part.end()], part.start(), aliases))


_LISTED = re.compile(r"[^;]+")


_PARENT_IN_BRACKETS = re.compile(r"\s*\(([^()]*)\)[\s.]*$")  # "Cục X … (Bộ Công an)." closing a cell or a field


def _bodies_in_part(text: str, start: int, aliases: tuple[tuple[str, str], ...]) -> tuple[AgencyMention, ...]:
    parent = _PARENT_IN_BRACKETS.search(text, start)
    if parent and find_agencies(parent.group(1)):
        text = text[:parent.start()]  # (the body the one named belongs to, not one more body)
    found = find_agencies(text, start, aliases=aliases)
    # (a body in brackets right after another names the one it belongs to: "Phòng Cảnh sát … (Công an thành phố)"; so
    # does one after a slash, "Cục Chính sách - Xã hội/Tổng cục Chính trị")
    bodies = tuple(m for k, m in enumerate(found) if not _BELONGS.search(text, max(0, m.start - 15), m.start)
                   and not (k and text[found[k - 1].end:m.start].strip() == "(" and text[m.end:m.end + 1] == ")")
                   and not (k and text[found[k - 1].end:m.start].strip() == "/"))
    if len(bodies) == 1 and not bodies[0].resolved and not text[start:bodies[0].start].strip():
        # a cell that is one name ("Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Cục Đổi mới sáng tạo,
        # Chuyển đổi xanh và Khuyến công"): its words are the name's
        whole = name_to_the_end(text, bodies[0]) or name_alone(text[start:])
        if whole and not _LIST_GOES_ON.search(whole):  # not "Hiệp hội Doanh nghiệp tỉnh, các hiệp hội ngành hàng"
            # (a name over every place of a kind, "Hạt Kiểm lâm các khu vực", is every such body: a class)
            return (AgencyMention(whole, bodies[0].start, bodies[0].start + len(whole), resolved=False,
                                  collective=_EVERY_PLACE.search(whole) is not None),)
    return bodies
