"""Reporting duties: who reports, to whom, how often, by when.

Where duties sit: every report clause of a part or article about carrying the plan out
("Tổ chức thực hiện", "Chế độ báo cáo", "Điều 3. Tổ chức thực hiện") is read; elsewhere a
report counts only when a body is assigned it — by the heading of its duty list ("1. Sở X:
- … báo cáo …"), by the subject of its sentence, by a "giao X …" before it, or by the lead
column of a task-table row. Parts that only aim, explain, cost or describe a method assign nothing.
The scopes are read here from the headings themselves, so a heading broken over two lines or a
label standing on its own line still opens its part.

One entry per duty of a body to send a report. The first report verb of a clause makes the
duty; what follows "để" only says why ("… gửi Sở X để tổng hợp, báo cáo UBND tỉnh" is Sở X's
input, not a second duty). Reports owed only if something arises, and submissions for a
decision, are no duties; a duty stated twice is listed once. The due date is read first ("ngày 20
của tháng cuối quý" -> ---20, "trước ngày 20 tháng 11 hằng năm" -> --11-20, "trước ngày
30/01/2024" -> 2024-01-30), then the cycle ("định kỳ hằng quý", "06 tháng", "hằng năm"); a
stated cycle wins over the day's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import (CONDITIONAL, FIELD_LINE, INLINE_TIME_FIELD, SUBMITTED_TO_COLUMN_HEADS, field_role,
                       names_a_task_table)
from ..model import ReportingDuty, Span
from ..segment import LEVEL_LEAD_IN, Block, announcing_paragraph, heading_of_the_run, is_end_of_body
from ..tablerows import row_cells
from . import reporting_words as words
from .agencies import find_agencies, may_name_agency_at, the_parties_act
from .dates import (TIME_PHRASE, closing_bracket_timing, dates_before, deadline_from_timeframe, deadline_in,
                    is_yearless_time, iso, phase_deadline)
from .actors import actors_of, bodies_closing_the_bracket, names_of
from .parts import hands_out

Aliases = tuple[tuple[str, str], ...]  # the short names a plan defines, as sorted pairs (`agencies.defined_aliases`)

# Where a block sits, as far as reporting goes.
ORGANISATION = "organisation"  # every report clause is read
ASSIGNED = "assigned"  # a report clause is read when a body is assigned it
NO_DUTIES = "no duties"  # purpose, objectives, budget, method; after the signature


def _scope_of_heading(text: str) -> str:
    if words.ORGANISATION_HEADING.search(text):
        return ORGANISATION
    if words.NO_DUTY_HEADING.search(text.strip(" *")):
        return NO_DUTIES
    return ASSIGNED


def _is_unlabelled_heading(block: Block, previous: Block | None) -> bool:
    """A part heading whose label was lost or stands on a line of its own ("III." / "TỔ CHỨC THỰC HIỆN")."""
    if block.kind != "para" or not block.text.isupper() or len(block.text) >= 80:
        return False
    if previous is not None and words.BARE_PART_LABEL.match(previous.line):
        return True
    return bool(words.ORGANISATION_HEADING.search(block.text) or words.NO_DUTY_HEADING.search(block.text))


def _continues_heading(block: Block, heading: Block | None) -> bool:
    """The next line of a part heading broken in two ("IV. TỔ CHỨC" / "THỰC HIỆN")."""
    return (heading is not None and block.kind == "para" and block.parent == heading.index
            and block.text.isupper() and len(block.text) < 80)


def block_scopes(blocks: list[Block]) -> list[str]:
    """For each block, where it sits: ORGANISATION, ASSIGNED or NO_DUTIES.

    Part headings (also when their label or their second line stands apart), articles
    ("Điều 3. …") and the title of an attached plan or annex open a scope; a signature closes one.
    """
    scopes: list[str] = []
    scope, heading, heading_text = ASSIGNED, None, ""
    for block in blocks:
        article = words.ARTICLE.match(block.line) if block.kind in ("para", "part") else None
        previous = blocks[block.index - 1] if block.index else None
        if block.kind == "part" or article or _is_unlabelled_heading(block, previous):
            heading, heading_text = block, article.group(1) if article else block.text
            scope = _scope_of_heading(heading_text)
        elif _continues_heading(block, heading):
            heading_text = f"{heading_text} {block.text}"
            scope = _scope_of_heading(heading_text)
        elif words.NEW_DOCUMENT_BODY.match(block.line):
            heading, scope = None, ASSIGNED
        elif block.kind == "row" and (scope == NO_DUTIES or is_end_of_body(block)) and _heads_a_task_table(block.line):
            heading, scope = None, ASSIGNED  # the table of tasks the body points to, set after it ("… dưới đây")
        elif is_end_of_body(block):
            heading, scope = None, NO_DUTIES
        scopes.append(scope)
    return scopes


def _heads_a_task_table(line: str) -> bool:
    """A table's header naming the work's column and its lead's ("| TT | Nội dung | Đơn vị chủ trì | … |")."""
    roles = {field_role(cell) for cell in row_cells(line)}
    return names_a_task_table(roles)


# --- clauses ------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ*(])|\.$")
_CLAUSE_END = re.compile(r";\s*")


def _clauses(text: str) -> list[tuple[int, int, str]]:
    """(sentence start, clause start, clause) for every clause of every sentence."""
    out = []
    sentence_start = 0
    for sentence_end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        if sentence_end <= sentence_start:
            continue
        pos = sentence_start
        for m in list(_CLAUSE_END.finditer(text, sentence_start, sentence_end)) + [None]:
            end = m.start() if m else sentence_end
            if text[pos:end].strip(" .,:"):
                out.append((sentence_start, pos, text[pos:end].rstrip()))
            pos = m.end() if m else end
        sentence_start = sentence_end
    return out


def _send_verb(clause: str) -> re.Match | None:
    """The report verb that makes the clause a duty: the first one before any purpose ("để …")."""
    purpose = words.PURPOSE.search(clause)
    limit = purpose.start() if purpose else len(clause)
    for m in words.SEND.finditer(clause, 0, limit):
        if words.PASSIVE_BEFORE.search(clause, max(0, m.start() - 8), m.start()) and not (
                m.group(0).lower() == "báo cáo" and may_name_agency_at(clause[m.end():].lstrip())
                and not words.DONE_BEFORE.search(clause, max(0, m.start() - 12), m.start())):
            # (but the results "được báo cáo Ủy ban nhân dân tỉnh" are reported to it, by whoever had them; what "đã
            # được báo cáo" was, is done)
            continue
        if m.group(0).lower() == "báo cáo":
            if (_noun_word_before(clause, m.start()) or words.REPORT_NOUN_AFTER.match(clause[m.end():])
                    or _is_report_title(clause, m)):
                continue
        elif not words.SENT_THING.match(clause, m.end()):
            continue
        return m
    return None


_LONGEST_NOUN_WORD = max(map(len, words.REPORT_NOUN_WORDS))


def _noun_word_before(clause: str, verb_start: int) -> bool:
    """ "xây dựng báo cáo", "biểu mẫu báo cáo": a word right before the verb, a space between, makes it
    a noun. Only the end of the words before is tried: a case-blind pattern searched over all of them
    is tried at every position."""
    words_end = len(clause[:verb_start].rstrip())
    return words_end < verb_start and words.REPORT_NOUN_BEFORE.search(
        clause, max(0, words_end - _LONGEST_NOUN_WORD), words_end) is not None


def _is_report_title(clause: str, verb: re.Match) -> bool:
    """A capitalised "Báo cáo" that names a document ("Báo cáo Tổng quan …") or fills a table cell
    ("… Sở X Báo cáo thực hiện Năm 2025"), unless a body follows it ("Báo cáo Bộ Tài chính …")."""
    if not verb.group(0).startswith("B"):
        return False
    following = clause[verb.end():].lstrip()
    if may_name_agency_at(following):
        return False
    return following[:1].isupper() or bool(clause[:verb.start()].strip(" -+*•:"))


# --- when -----------------------------------------------------------------------------------
_DIGIT = re.compile(r"\d")

def frequency_and_due(clause: str, plan_year: int | None = None) -> tuple[str | None, str | None]:
    """The cycle and the due date a report clause states, in the contract's notation.

    A day and month with no cycle stated ("trước ngày 15/12") come back each year, unless the
    plan covers one year (`plan_year`): then the report is due once, that year."""
    rest = words.BESIDES_THE_CYCLE.sub(" ", clause)
    day = _recurring_day(rest)
    if day is None:
        once = deadline_in(rest)
        if once:
            return "once", once
        stated = _stated_cycle(rest)
        if stated is None and (event := words.RIGHT_AFTER_A_DATED_EVENT.search(rest)):
            return "once", iso(int(event[3]), int(event[2]), int(event[1]))  # (beside a cycle, one more occasion)
        if stated is None and not words.STANDING.search(rest) and (words.RESULTS_OF_A_YEAR.search(rest)
                                                                    or words.END_OF_A_NAMED_YEAR.search(rest)
                                                                    or words.HALF_OF_A_YEAR.search(rest)):
            return "once", None
        bare = words.DUE_BARE_DAY.search(rest) if stated in ("monthly", "quarterly") else None
        return stated, f"---{int(bare.group(1)):02d}" if bare and 1 <= int(bare.group(1)) <= 31 else None
    implied, due, match = day
    stated = _stated_cycle(rest[: match.start()] + " " + rest[match.end():])  # "ngày 20 hằng tháng" names a day
    if stated is None and implied == "annual" and plan_year:
        return "once", iso(plan_year, int(due[2:4]), int(due[5:]))
    return stated or implied, due


def timings(clause: str, plan_year: int | None = None) -> list[tuple[str | None, str | None]]:
    """One (cycle, due) per report the clause asks for: two when each cycle has its own day
    ("báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)"), one per report with its own date, else the
    clause's one."""
    pairs = list(words.CYCLE_WITH_DAY.finditer(clause)) if _DIGIT.search(clause) else []
    bracketed = list(words.CYCLE_BRACKET.finditer(clause)) if "(" in clause and len({m.lastgroup for m in pairs}) < 2 \
        else []
    if len(bracketed) >= 2:
        return [frequency_and_due(cycle.group(0), plan_year) for cycle in bracketed]
    listed = _listed_cycles_and_days(clause) if _DIGIT.search(clause) else None
    if listed:
        return listed
    dated = dates_before(clause) if _DIGIT.search(clause) else []
    if (halves := _half_year_and_year(clause, plan_year)) is not None:
        return halves
    if len(set(dated)) >= 2:
        return [("once", due) for due in dict.fromkeys(dated)]  # "… trước ngày 05/6/2026 (…) và trước ngày 05/11/2026"
    if len({m.lastgroup for m in pairs}) < 2:
        return _each_report(clause, plan_year) or [frequency_and_due(clause, plan_year)]
    out = []
    for m in pairs:
        day = _recurring_day(clause[m.end():])
        if day is not None:
            out.append((m.lastgroup, day[1]))
    return out


def _half_year_and_year(clause: str, plan_year: int | None) -> list[tuple[str, str | None]] | None:
    """ "… trước ngày 15/6 và ngày 15/12 hằng năm": two days of each year, one at mid-year and one at its end, no other
    cycle stated: the half-year's report and the year's (in a plan of one year that states no cycle, each due once)."""
    day = _recurring_day(clause)
    stated = _stated_cycle(clause)
    if day is None or day[0] != "annual" or stated not in (None, "annual"):
        return None
    another = words.AND_ANOTHER_DAY.match(clause, day[2].end())
    if another is None:
        return None
    (month1, day1), (day2, month2) = (int(day[1][2:4]), int(day[1][5:])), map(int, another.groups())
    if month1 not in _MID_YEAR_MONTHS or month2 not in _YEAR_END_MONTHS or not 1 <= day2 <= 31:
        return None
    if plan_year and stated is None:
        return [("once", iso(plan_year, month1, day1)), ("once", iso(plan_year, month2, day2))]
    return [("semiannual", day[1]), ("annual", f"--{month2:02d}-{day2:02d}")]


_MID_YEAR_MONTHS = (5, 6, 7)
_YEAR_END_MONTHS = (11, 12)


_LISTED_CYCLE_NAMES = ("quarterly", "semiannual", "annual")


def _listed_cycles_and_days(clause: str) -> list[tuple[str, str | None]] | None:
    """Cycles listed, then as many days in the same order ("6 tháng, hằng năm (trước ngày 18 tháng 6 và ngày 18 tháng
    12)", "quý, sáu tháng, năm … trước ngày 25 tháng cuối của quý, ngày 25 tháng 6 và ngày 25 tháng 12"): one report
    per cycle, each due on its day (or none, where the clause names no day); a quarter's day is one of its last month.
    Days with their year ("trước ngày 05/6/2027 và ngày 05/11/2027") date the reports of that year, each once."""
    listed = words.LISTED_CYCLES.search(clause)
    if listed is None:
        return None
    cycles = [_LISTED_CYCLE_NAMES[m.lastindex - 1] for m in words.CYCLE_IN_LIST.finditer(listed.group(0))]
    if not _DIGIT.search(clause[:listed.start()] + clause[listed.end():]):
        return [(cycle, None) for cycle in cycles]  # "định kỳ 6 tháng, hằng năm báo cáo …": a report each cycle, no day
    before = clause.find("trước", listed.end())
    day = words.LISTED_DAY.match(clause, before) if before >= 0 else None
    days = []
    while day is not None:
        number, quarter_end, month = day.group(1) or day.group(4), day.group(2), day.group(3) or day.group(5)
        days.append((int(number), None if quarter_end else int(month), day.group(6)))
        day = words.NEXT_LISTED_DAY.match(clause, day.end())
    if len(days) != len(cycles) or len({year is None for _, _, year in days}) > 1:
        return None
    out = []
    for cycle, (number, month, year) in zip(cycles, days):
        if (month is None) != (cycle == "quarterly") or not 1 <= number <= 31 or not 1 <= (month or 1) <= 12:
            return None
        if year:
            out.append(("once", iso(int(year), month, number)))
        else:
            out.append((cycle, f"---{number:02d}" if month is None else f"--{month:02d}-{number:02d}"))
    return out if all(due for _, due in out) else None


def _each_report(clause: str, plan_year: int | None) -> list[tuple[str | None, str | None]]:
    """One (cycle, due) per report when the clause asks for several, each with a date of its own ("báo cáo
    sơ kết quý I trước ngày 25/3/2026 và báo cáo … cả năm trước ngày 20/11/2026"); else nothing."""
    if not words.SECOND_REPORT.search(clause):
        return []
    reports = [frequency_and_due(part, plan_year) for part in words.SECOND_REPORT.split(clause)]
    dated = all(due for _, due in reports) and len(set(reports)) == len(reports)
    return reports if dated else []


def _stated_cycle(text: str) -> str | None:
    for cycle, pattern in words.FREQUENCIES:
        if pattern.search(text):
            return cycle
    return None


def _recurring_day(text: str) -> tuple[str, str, re.Match] | None:
    """A day that comes back each quarter, month or year: the cycle it implies, the due, the phrase."""
    if not _DIGIT.search(text):
        return None  # a day is written in digits: spare the case-blind scans
    for pattern, cycle in ((words.DUE_QUARTER_DAY, "quarterly"), (words.DUE_MONTH_DAY, "monthly")):
        m = pattern.search(text)
        if m:
            return cycle, f"---{int(m.group(1)):02d}", m
    for m in words.DUE_YEAR_DAY.finditer(text):
        day, month = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return "annual", f"--{month:02d}-{day:02d}", m
    return None


# --- who --------------------------------------------------------------------------------------
def _body_name(text: str) -> str | None:
    """A reporter as the body (an office-holder stands for the body he heads), abbreviations expanded."""
    name = words.LEADER.sub("", text).strip(" ,;:")
    for pattern, full in words.ABBREVIATIONS:
        name = pattern.sub(full, name)
    return name[:1].upper() + name[1:] or None


def _opening_bodies(text: str, aliases: Aliases) -> str | None:
    """The bodies a table cell opens with, if it opens with one."""
    opens = may_name_agency_at(text) or any(text.startswith(short) for short, _ in aliases)
    return _subject(text, aliases) if opens else None


def _subject(text: str, aliases: Aliases) -> str | None:
    """The bodies `text` opens with or hands the work to ("Sở X chủ trì …", "Giao Sở X …"), by the short names the
    plan defines too ("2. CNSDL:")."""
    names = [_body_name(m.name) for m in actors_of(text, aliases).leads if not words.NOT_A_BODY.match(m.name)]
    names = [name for name in names if name]
    return ", ".join(dict.fromkeys(names)) if names else None


def _assigned_before(text: str, end: int, aliases: Aliases) -> str | None:
    """The body the last "giao X …" / "đề nghị X …" before `end` hands the work to."""
    for m in reversed(list(words.ASSIGNS.finditer(text, 0, end))):
        subject = _subject(text[m.end():end], aliases)
        if subject:
            return subject
    return None


_TITLE_END = re.compile(r"[.:]\s*$")  # a part heading that ends as a sentence or announces a list says more than a name


def _heading_subject(block: Block, blocks: list[Block], aliases: Aliases) -> str | None:
    """The body whose duty list the block sits in ("1. Sở X:", "b) Ủy ban nhân dân các xã chủ trì …", the article
    "Điều 9. Trách nhiệm của Sở X")."""
    parent = block.parent
    while parent is not None:
        heading = blocks[parent]
        if heading.kind == "part":
            # an article, or a part headed by one body's name ("I. SỞ Y TẾ", "D. Đề nghị Liên đoàn Lao động tỉnh")
            return _subject(heading.text, aliases) if heading.label.startswith("Điều") or not _TITLE_END.search(
                heading.text) else None
        if heading.kind in ("item", "sub") or heading.level == LEVEL_LEAD_IN or heading.children:
            subject = _subject(heading.text, aliases)
            if subject:
                return subject
        parent = heading.parent
    # a letter's list under the paragraph that hands it out ("… đề nghị Ủy ban nhân dân các tỉnh … sau:" / "4. Báo cáo …"),
    # as the tasks read it (`hands_out`: not the writer's own directions)
    announcing = announcing_paragraph(blocks, block) if block.parent is None else None
    return _subject(announcing.text, aliases) if announcing and hands_out(announcing.text, aliases) else None


def _reporter(block: Block, blocks: list[Block], sentence_start: int, clause_start: int,
              aliases: Aliases, parties: tuple[str, ...]) -> str | None:
    text = block.text
    return (_subject(text[clause_start:], aliases)
            or (_subject(text[sentence_start:], aliases) if sentence_start < clause_start else None)
            or _assigned_before(text, clause_start, aliases)
            or (_subject(text, aliases) if sentence_start else None)
            or (", ".join(parties) if parties and the_parties_act(text[sentence_start:]) else None)
            or _lead_field(block, blocks, aliases)
            or _heading_subject(block, blocks, aliases)
            or next(iter(names_of(bodies_closing_the_bracket(text, aliases, bare=True))), None))


def _lead_field(block: Block, blocks: list[Block], aliases: Aliases) -> str | None:
    """ "Tổng hợp kết quả …, báo cáo Ủy ban nhân dân tỉnh." over "- Đơn vị thực hiện: Phòng X.": the body its field
    names."""
    lead = _fields_after(block, blocks).get("lead")
    return _subject(lead, aliases) if lead else None


def _recipient(clause: str, verb: re.Match, aliases: Aliases) -> str | None:
    """The first body the report goes to: after the verb, before any purpose, not "(qua …)"."""
    purpose = words.PURPOSE.search(clause, verb.end())
    window = words.THROUGH.sub(lambda m: " " * len(m.group(0)), clause[: purpose.start() if purpose else len(clause)])
    mentions = [m for m in find_agencies(window, verb.end(), aliases=aliases)
                if not words.NOT_A_BODY.match(m.name) and words.TOWARDS.search(window[verb.end():m.start].strip())]
    named = [m for m in mentions if not m.collective]
    chosen = (named or mentions or [None])[0]
    return _body_name(chosen.name) if chosen else None


# --- duties ----------------------------------------------------------------------------------
def _duty_in(clause: str, previous: str, sentence_opening: str) -> re.Match | None:
    """The send verb of a clause that states a standing report duty, else None.

    `previous` is the clause before it in its sentence: a report that names no content of its
    own ("; tham mưu UBND tỉnh báo cáo Bộ Tài chính") reports what that clause was about. A
    sentence that opens with a condition ("Trường hợp …", "Nếu …") makes all its clauses conditional."""
    lowered = clause.lower()
    if "báo cáo" not in lowered and "gửi" not in lowered:
        return None  # the substring test spares most clauses the scans below
    verb = _send_verb(clause)
    if verb is None or _received(clause, verb.start()):
        return None
    # (a product, or opinions gathered once)
    handed_over = words.SENT_PRODUCT.search(clause, 0, verb.start()) or (
        words.SENT_VIEWS.search(clause, 0, verb.start()) and not words.RECURRING.search(clause))
    if verb.group(0).lower() == "gửi" and handed_over and not words.REPORTED_CONTENT.search(clause) \
            and not words.REVIEWED.search(clause) and "báo cáo" not in lowered[:verb.start()]:
        return None  # "lập danh sách hộ …, gửi Phòng X": a list handed over (not "báo cáo theo đề cương, gửi …")
    # "… hoặc khi có yêu cầu": an extra occasion beside the cycle, not a condition on the duty; and the
    # purpose ("… để kịp thời xử lý các vấn đề phát sinh") says why the report is sent, not when
    purpose = words.PURPOSE.search(clause, verb.end())
    # (the clause may open with its own: "…; trường hợp xảy ra sự cố nghiêm trọng phải báo cáo ngay")
    condition = words.CONDITION_OPENING.match(sentence_opening) or words.CONDITION_OPENING.match(clause)
    # "Khi phát hiện vi phạm, … phải báo cáo ngay …": the report an event calls for at once is a standing duty,
    # where "Nếu có khó khăn, vướng mắc, … báo cáo" is owed only if the work runs into trouble
    event = condition is not None and words.AT_ONCE.search(clause) is not None
    said = words.BESIDES_THE_CYCLE.sub(" ", clause[:purpose.start() if purpose else len(clause)])
    if condition is None and _event_named_after(said, verb):
        return verb
    if _conditional(words.CONDITION_OPENING.sub("", said, count=1) if event else said) or condition and not event:
        return None
    # (the budget's results reported are a report: "báo cáo kết quả thu ngân sách … hằng tháng")
    topic = (clause if words.REPORTED_CONTENT.search(clause) else f"{previous} {clause}").strip()
    return None if words.BUDGET.search(topic) and not words.BUDGET_RESULTS.search(topic) else verb


def _event_named_after(said: str, verb: re.Match) -> bool:
    """ "Kịp thời báo cáo Sở X khi phát sinh tình trạng học sinh bỏ học": a report made mandatory, promptly, when the
    event named after it happens."""
    event = words.EVENT_AFTER.search(said, verb.end())
    return event is not None and words.PROMPTLY.search(said, 0, event.start()) is not None \
        and not words.EVENT_NOT_NAMED.search(said, event.end())


def _received(clause: str, before: int) -> bool:
    """A body named before `before` says it received something ("Cục X nhận được Báo cáo số … gửi Thủ tướng …")."""
    if "nhận được" not in clause:
        return False  # the substring test spares most clauses the scan for bodies
    return any(words.RECEIVED.match(clause, m.end) for m in find_agencies(clause[:before]))


def _submitted_for_decision(clause: str, after: int) -> bool:
    """ "trình Ủy ban nhân dân tỉnh xem xét, phê duyệt": a submission, no report; but the results of the work reported so
    that the recipient decides on them ("báo cáo Hội đồng nhân dân kết quả thực hiện để xem xét, quyết định …") are."""
    decision = words.FOR_DECISION.search(clause, after)
    if decision is None:
        return False
    purpose = words.PURPOSE.search(clause, after, decision.start())
    return not (purpose and words.REPORTED_CONTENT.search(clause, after, purpose.start()))


def _conditional(clause: str) -> bool:
    """Owed only if something happens ("nếu có khó khăn, vướng mắc …", "khi có yêu cầu"); a standing report that
    lists problems among what it covers is no such report."""
    hits = [hit.group(0).lower() for hit in CONDITIONAL.finditer(clause)]
    return bool(hits) and not (set(hits) == {"vướng mắc"} and words.STANDING.search(clause))


def _restates(duty: ReportingDuty, other: ReportingDuty) -> bool:
    """`duty` says again what `other` says: same recipient, same or collective reporters, and either the
    same cycle and due, the same cycle with no due where `other` gives one, or no cycle, due or urgency of its
    own where `other` states a period."""
    if duty.recipient is None or duty.recipient != other.recipient:
        return False
    reporters = (duty.reporter, other.reporter)
    if duty.reporter != other.reporter and not all(r and words.COLLECTIVE_REPORTER.match(r) for r in reporters):
        return False
    if (duty.frequency, duty.due) == (other.frequency, other.due):
        # two undated duties may well be two, unless the text repeats itself word for word
        return duty.frequency is not None or duty.due is not None or duty.text == other.text
    periodic = other.frequency not in (None, "once")
    if periodic and duty.frequency == other.frequency and duty.due is None and other.due is not None:
        return True  # "Định kỳ hằng năm, báo cáo UBND tỉnh" beside "… báo cáo UBND tỉnh trước ngày 30/11 hằng năm"
    # (a report each week or day, or one an event calls for, is a cycle of its own)
    return periodic and duty.frequency is None and duty.due is None and not words.AT_ONCE.search(duty.text) \
        and not words.RUNNING_REPORT.search(duty.text) and not words.PROMPTLY.search(duty.text)


def extract_reporting(blocks: list[Block], plan_year: int | None = None,
                      aliases: Aliases = (), parties: tuple[str, ...] = ()) -> list[ReportingDuty]:
    """Every reporting duty of the plan; `plan_year` is the one year the plan covers, if it covers one, `aliases` the
    short names it defines (`agencies.defined_aliases`, as sorted pairs), `parties` the bodies that issue it together,
    if more than one does."""
    duties: list[ReportingDuty] = []
    scopes = block_scopes(blocks)
    report_columns: dict[str, int] = {}  # the columns of the table of reports the rows are in, if they are
    submitted_to_column: tuple[int, int] | None = None  # a task table's "Cấp trình" column, and the header's width
    for block in blocks:
        scope = scopes[block.index]
        if block.kind == "row" and _heads_a_task_table(block.line):
            header = [cell.lower() for cell in row_cells(block.line)]
            submitted_to_column = next(((k, len(header)) for k, cell in enumerate(header)
                                        if cell.startswith(SUBMITTED_TO_COLUMN_HEADS)), None)
        report_columns = report_columns if block.kind == "row" else {}
        if scope != NO_DUTIES and block.kind == "row" and (report_columns or "áo cáo" in block.line):
            if report_columns:
                duties.extend(_reported_in_row(block, report_columns, plan_year, aliases))
                continue
            report_columns = words.report_table_columns(row_cells(block.line))
            if report_columns:
                continue  # (the header)
        if scope == NO_DUTIES or (block.kind == "part" and not block.label.startswith("Điều")
                                  and not block.text.rstrip().endswith(".")):
            # an article's own sentence can assign a report ("Điều 2. Giao … ; định kỳ báo cáo …"), as can an entry
            # labelled as a part but written as a sentence ("I. Các phòng … báo cáo kết quả hằng quý … về Văn phòng Sở.")
            continue
        if not _may_state_duty(block.line):
            continue  # most blocks: no report word in the line, so none in its text or its cells either
        cells = _cells(block.line)
        # (a row of a number and its work alone, "| 1 | Các cơ quan … báo cáo kết quả về …", is read as a row too)
        if len(cells) >= 3 or block.kind == "row" and len(cells) == 2 and not _has_letters(cells[0][1]):
            duties.extend(_row_duties(block, cells, plan_year, aliases, _submitted_to_by_the_row(
                block, submitted_to_column, aliases) if submitted_to_column else None))
            continue
        timing = _time_of_the_item(block, blocks, plan_year)
        duties.extend(_duties_in(
            block.text, block.text_start, plan_year,
            lambda sentence_start, clause_start: _reporter(block, blocks, sentence_start, clause_start, aliases,
                                                           parties),
            reporter_required=scope != ORGANISATION,  # a report clause in an actor-less content item is no one's duty
            timing_elsewhere=timing, due_elsewhere=deadline_from_timeframe(timing, plan_year) if timing else None,
            aliases=aliases, submitted_to=_submitted_to_by_the_heading(block, blocks, aliases),
        ))
    return _without_restatements(duties)


def _reported_in_row(block: Block, columns: dict[str, int], plan_year: int | None,
                     aliases: Aliases) -> list[ReportingDuty]:
    """The report a row of a table of reports lists: who sends it to whom, its cycle and due date from the report's
    name and its time cell ("Báo cáo quý" / "Trước ngày 20 của tháng cuối quý"). A row naming no reporter is none."""
    cells = row_cells(block.line)

    def cell(column: str) -> str:
        return cells[columns[column]] if column in columns and columns[column] < len(cells) else ""

    reporter = _opening_bodies(cell("reporter"), aliases)
    if reporter is None:
        return []
    recipient = _opening_bodies(cell("recipient"), aliases)
    text = " ".join(text for i, text in enumerate(cells) if text and not (i == 0 and text.isdigit()))  # (its number)
    return [ReportingDuty(reporter, recipient, frequency, due, text, block.span)
            for frequency, due in timings(f"{cell('report')} {cell('time')}", plan_year)]


def _time_of_the_item(block: Block, blocks: list[Block], plan_year: int | None) -> str:
    """The time field that dates an item: written after its sentence ("… gửi Bộ Tài chính. Thời gian
    hoàn thành: Trước ngày 31/5/2026.") or among the field lines after it ("Thời hạn hoàn thành: …"); else the
    month or quarter over its run of items ("Tháng 11/2028" / "* Báo cáo Chính phủ về …")."""
    if "áo cáo" not in block.text:
        return ""
    inline = INLINE_TIME_FIELD.search(block.text)
    if inline:
        return inline.group("value")
    bracket = closing_bracket_timing(block.text, plan_year)  # a programme's "Báo cáo … (Sở X; tháng 6)."
    if bracket:
        return bracket
    heading = heading_of_the_run(blocks, block)
    return _fields_after(block, blocks).get("time", "") or (
        heading.text.strip(" :") if heading and phase_deadline(heading.text, plan_year) else "")


def _fields_after(block: Block, blocks: list[Block]) -> dict[str, str]:
    """The item's field lines, role to value ("- Đơn vị thực hiện: Phòng X", "- Thời gian: Quý II/2026"): the
    lines right after it that are fields, the first of each role. Nothing when they hold the item's content: the
    block is then only its title ("9. Báo cáo kết quả tiêm chủng" over "- Nội dung: …"), and the content's own line
    is the one that states the work."""
    fields: dict[str, str] = {}
    for following in blocks[block.index + 1:]:
        field = FIELD_LINE.match(following.text)
        if field is None:
            break
        fields.setdefault(field_role(field.group("name")), field.group("value"))
    return {} if "content" in fields else fields


def _without_restatements(duties: list[ReportingDuty]) -> list[ReportingDuty]:
    """Each duty once: a restatement gives way to the duty with a period, or to its first statement."""
    def gives_way(i: int, duty: ReportingDuty) -> bool:
        return any(_restates(duty, other) and (j < i or (other.frequency, other.due) != (duty.frequency, duty.due))
                   for j, other in enumerate(duties) if j != i)
    return [duty for i, duty in enumerate(duties) if not gives_way(i, duty)]


def _may_state_duty(text: str) -> bool:
    """Whether `text` holds a report verb at all: plain substring tests, far cheaper than any scan."""
    return "áo cáo" in text or "gửi" in text or "Gửi" in text or "ÁO CÁO" in text


_MATTER_IS_A_REPORT = re.compile(r"\s*(?i:báo cáo)\s")


_SUBMITTED_TO = re.compile(r"\s*(?:Các (?:nội dung|đề án|văn bản)\s+)?(?i:trình)\s+")


def _submitted_to_by_the_heading(block: Block, blocks: list[Block], aliases: Aliases) -> str | None:
    """The body a programme's heading over the item says its matters go to ("2. Trình Ủy ban nhân dân tỉnh" over
    "5) Báo cáo tình hình …"), or None."""
    heading = blocks[block.parent] if block.parent is not None else None
    submitted = _SUBMITTED_TO.match(heading.text) if heading is not None else None
    mentions = find_agencies(heading.text, submitted.end(), aliases=aliases) if submitted else []
    return _body_name(mentions[0].name) if mentions and mentions[0].start == submitted.end() else None


def _duties_in(text: str, text_start: int, plan_year: int | None, reporter_of, reporter_required: bool,
               timing_elsewhere: str = "", due_elsewhere: str | None = None, aliases: Aliases = (),
               submitted_to: str | None = None) -> list[ReportingDuty]:
    """The duties stated in `text`; `reporter_of(sentence start, clause start)` names who reports,
    `timing_elsewhere` (the cells after a row's work) gives the cycle when the clause gives none, and
    `due_elsewhere` (the end of a row's time frame) the date when neither gives one: the report is due once.
    `submitted_to` (a programme's "Cấp trình" cell, or its "Trình UBND tỉnh" heading) receives a matter that is a
    report ("Báo cáo tình hình …") naming none."""
    found: list[ReportingDuty] = []
    if not _may_state_duty(text):
        return found  # no clause of it can state a duty: spare the clause split (and the lower-casing)
    previous = (None, "")
    clauses = _clauses(text)
    for i, (sentence_start, clause_start, clause) in enumerate(clauses):
        verb = _duty_in(clause, previous[1] if previous[0] == sentence_start else "", text[sentence_start:])
        previous = (sentence_start, clause)
        if verb is None:
            continue
        when = timings(clause, plan_year)
        if when == [(None, None)]:
            rest = _rest_of_sentence(clauses, i)
            when = timings(rest, plan_year) if rest else _timed_elsewhere(clause, timing_elsewhere, plan_year)
        if when == [(None, None)] and not words.OWN_OCCASION.search(clause):
            when = timings(_opening_cycle(clauses, i), plan_year)
        if _LISTS_AFTER.search(clause, verb.end()) and all(frequency == "once" for frequency, _ in when):
            when += _steps_listed_after(clauses, i, plan_year)
        if when[0][0] not in words.PERIODIC and _submitted_for_decision(clause, verb.end()):
            continue
        # (a matter whose first words name a report, not a document of a project or file called so)
        matter_is_a_report = i == 0 and _MATTER_IS_A_REPORT.match(clause) and not words.REPORT_OF_A_FILE.match(clause)
        recipient = _recipient(clause, verb, aliases) or (submitted_to if matter_is_a_report else None)
        if when == [(None, None)] and not (recipient or words.DUTY_CUE.search(clause)):
            continue
        if recipient is None and words.REPORT_DRAFTED.search(clause, 0, verb.start()) \
                and all(frequency in (None, "once") for frequency, _ in when) and not words.DUTY_CUE.search(clause) \
                and not any(duty.recipient and duty.span.start >= text_start + sentence_start for duty in found):
            continue  # "hoàn thành báo cáo tổng hợp trước ngày …": a report drafted, sent to no one the sentence names
        if due_elsewhere and (when == [(None, None)] and not words.DUTY_CUE.search(clause) or when == [("once", None)]):
            # a one-off report the row's time frame dates ("định kỳ" says it recurs), also one on a year's results
            when = [("once", due_elsewhere)]
        elif timing_elsewhere and not any(due for _, due in when) and not words.STANDING.search(clause) \
                and len(dated := set(dates_before(timing_elsewhere)) | _months_named(timing_elsewhere)) > 1:
            # "sơ kết 6 tháng và tổng kết năm" in the work cell, "Trước ngày 05/7/2027 và trước ngày 10/12/2027"
            # or "Tháng 7/2027 và tháng 12/2027" in the time cell: the reports of that year, each due once (one
            # "hằng quý" recurs, whatever dates it)
            when = [("once", due) for due in sorted(dated)]
        reporter = reporter_of(sentence_start, clause_start)
        if reporter is None and reporter_required:
            continue
        span = Span(text_start + clause_start, text_start + clause_start + len(clause))
        found.extend(ReportingDuty(reporter, recipient, frequency, due, clause.strip(), span) for frequency, due in when)
    return found


_DATED_MONTH = re.compile(r"tháng\s+\d{1,2}\s*/\s*(?:19|20)\d{2}", re.I)


def _months_named(timing: str) -> set[str]:
    """The last day of each month a time cell names with its year ("Tháng 7/2027 và tháng 12/2027")."""
    return {due for month in _DATED_MONTH.finditer(timing) if (due := deadline_from_timeframe(month.group(0), None))}


def _timed_elsewhere(clause: str, timing: str, plan_year: int | None) -> list[tuple[str | None, str | None]]:
    """The cycle a field or cell gives ("Hằng tháng"), with the day the clause itself names ("… trước ngày 10 của
    tháng sau")."""
    together = timings(f"{timing.rstrip(' .;')}, {clause}", plan_year) if timing else [(None, None)]
    return together if together[0][1] else timings(timing, plan_year)


def _opening_cycle(clauses: list[tuple[int, int, str]], index: int) -> str:
    """The sentence's first clause where it opens on the cycle and states no duty of its own ("Định kỳ trước ngày 20
    của tháng cuối quý, hai đơn vị trao đổi số liệu; Sở X tổng hợp, báo cáo …"): it times every clause after it."""
    sentence_start = clauses[index][0]
    first = next(i for i, (start, _, _) in enumerate(clauses) if start == sentence_start)
    opening = clauses[first][2]
    if first == index or not words.STANDING_OPENING.match(opening) or _duty_in(opening, "", ""):
        return ""
    return opening


def _steps_listed_after(clauses: list[tuple[int, int, str]], index: int,
                        plan_year: int | None) -> list[tuple[str | None, str | None]]:
    """The later dates of a report sent in steps its clause lists after a colon ("Báo cáo kết quả về Sở X theo từng
    bước: kết quả sơ tuyển trước ngày 30/11/2026; kết quả khám tuyển trước ngày 25/12/2026; …"): each step after the
    first, in the same sentence and stating no duty of its own, is the report due once more."""
    sentence_start, _, clause = clauses[index]
    steps = []
    for start, _, following in clauses[index + 1:]:
        if start != sentence_start or not _DUE_STEP.match(following) or _duty_in(following, clause, ""):
            break
        steps += [(frequency, due) for frequency, due in timings(following, plan_year) if frequency == "once" and due]
    return steps


# A list after a colon (not a clock's: "trước 15:00") …
_LISTS_AFTER = re.compile(r":\s+(?=\D)")
# … whose entries each name a step's results and when they are due ("kết quả khám tuyển trước ngày …", "đợt 2 trước
# ngày …", "tổng kết năm trước ngày …"): not what the report holds, nor other work ("kết quả chiến dịch (từ ngày … đến
# ngày …)", "số ca … được xử lý trước ngày …").
_DUE_STEP = re.compile(r"\s*(?:kết quả|đợt|bước|lần|giai đoạn|sơ kết|tổng kết)\s[^;]*?\btrước\s", re.I)


def _rest_of_sentence(clauses: list[tuple[int, int, str]], index: int) -> str:
    """The clauses after a duty in its sentence that state no duty of their own and speak of the report ("…; nội
    dung báo cáo được lồng ghép vào Báo cáo … hàng tháng"): they may say when it is due."""
    sentence_start, _, clause = clauses[index]
    rest = []
    for start, _, following in clauses[index + 1:]:
        if start != sentence_start or _duty_in(following, clause, ""):
            break
        if "báo cáo" in following.lower():  # about the report, not another activity's rhythm ("giao ban hằng quý")
            rest.append(following)
    return " ".join(rest)


_CELL = re.compile(r"[^|]+")
_LETTER = re.compile(r"[^\W\d_]")


def _has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def _cells(line: str) -> list[tuple[int, str]]:
    """The non-empty cells of a table row written on one line ("3 | Báo cáo … | Sở X | … | Hằng năm."), with offsets."""
    if line.count("|") < 2:
        return []
    return [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
            for m in _CELL.finditer(line) if m.group(0).strip()]


_LEAD_LABEL = re.compile(r"^(?:(?:Cơ quan|Đơn vị)\s+)?chủ trì\s*:\s*", re.I)


def _submitted_to_by_the_row(block: Block, column: tuple[int, int], aliases: Aliases) -> str | None:
    """The first body a row's "Cấp trình" cell names ("HĐND tỉnh (qua UBND tỉnh)"), or None."""
    cells = row_cells(block.line)
    mentions = find_agencies(cells[column[0]], aliases=aliases) if len(cells) == column[1] else []
    return _body_name(mentions[0].name) if mentions else None


def _row_duties(block: Block, cells: list[tuple[int, str]], plan_year: int | None,
                aliases: Aliases, submitted_to: str | None = None) -> list[ReportingDuty]:
    """A task-table row whose work or time cell is a report: the reporter is the first cell that names
    a body (the lead column), the cycle comes from the cells after the report when it states none."""
    found: list[ReportingDuty] = []
    lowered = block.line.lower()
    if "báo cáo" not in lowered and "gửi" not in lowered:
        return found  # no cell of it can state a duty
    # each cell read once, whichever cell reports; a lead's cell may name its role first ("Chủ trì: Phòng X. …")
    opening = [_opening_bodies(_LEAD_LABEL.sub("", text, count=1), aliases) for _, text in cells]
    for i, (offset, cell) in enumerate(cells):
        # (a row with no lead's cell, in the closing part under the table's header: the body its own cell opens on,
        # "| 1 | Các cơ quan, đơn vị được phân công … báo cáo kết quả về … | | |")
        reporter = next((name for j, name in enumerate(opening) if name and j != i), None) or opening[i]
        timing = " ".join(text for _, text in cells[i + 1:])
        # "Tháng 9/2026"; "Quý IV" of an annual plan; the row's time cell before its work where the table puts it first;
        # of a start's and an end's cells after it ("| 01/7/2027 | 20/7/2027 |"), the end's
        after, before = ([text for _, text in part
                          if TIME_PHRASE.fullmatch(text) or plan_year and is_yearless_time(text)]
                         for part in (cells[i + 1:], cells[:i]))
        frame = after[-1] if after else before[0] if before else None
        duties = _duties_in(cell, block.start + offset, plan_year, lambda *_, name=reporter: name, True, timing,
                            deadline_from_timeframe(frame, plan_year) if frame else None, aliases, submitted_to)
        if found and duties and all(duty.recipient is None for duty in duties):
            # "Tháng 11 - 12/2024 (báo cáo trước ngày 15/12/2024)": the time cell dates the report of the work cell,
            # no second one
            for k, duty in enumerate(found):
                if duty.due is None and duty.frequency in (None, "once"):
                    found[k] = replace(duty, frequency=duties[0].frequency, due=duties[0].due)
            continue
        found.extend(duties)
    return found
