"""Vietnamese dates and deadlines.

Dates come as "ngày 26 tháng 8 năm 2024", "26/8/2024", "26-8-2024"; periods as
"quý III/2024", "tháng 6/2024", "năm 2024". `deadline_in` applies the rules of
the extraction contract: an explicit completion time gives the last day of that
period; recurrences, horizons ("đến năm 2030") and relative times give none.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..lexicon import INLINE_TIME_FIELD, NEXT_YEAR, YEARLESS_PERIOD

_ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
DATE_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def day_first_or_month_first(year: int, first: int, second: int) -> str | None:
    """A date written day first, as Vietnamese writes it; or month first, as a spreadsheet set to English writes it
    ("1/31/2027"), when only that reading is a date."""
    return iso(year, second, first) or (iso(year, first, second) if second > 12 else None)


def month_end(year: int, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return iso(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> str:
    return month_end(year, quarter * 3)


def parse_date(text: str) -> str | None:
    """The first full date in text, as ISO."""
    m = DATE_WORDS.search(text)
    n = DATE_NUMERIC.search(text)
    if m and (not n or m.start() < n.start()):
        return iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if n:
        return iso(int(n.group(3)), int(n.group(2)), int(n.group(1)))
    return None


# (its day no year's last digits: "01/2027 - 12/2028" holds no 27 December)
_DATE = (r"(?:ngày\s+)?(?<![\d/])(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)"
         r"\s*((?:19|20)\d{2})")
_QUARTER = r"quý\s+(I{1,3}|IV|[1-4])\s*(?:/|\s+năm\s+|\s+)\s*((?:19|20)\d{2})"
_MONTH = r"tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*((?:19|20)\d{2})"
# "trước 17 giờ ngày 29/9/2025", "16h00 ngày …", "vào tối ngày 01/9/2025", "20 giờ tối ngày …"
_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?,?\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+(?=ngày))?"
_SPAN_TO = r"từ\s+[^.;:]{1,30}?\s+(?:đến|tới)\s+(?:hết\s+)?"
_DEADLINE_PATTERNS: list[tuple[re.Pattern, str]] = [
    # (an event the task holds "vào ngày 14/3/2026" is due that day)
    (re.compile(r"(?:trước|chậm nhất(?:\s+(?:là|vào|trong))?|hoàn thành(?:\s+(?:trước|trong|vào))?|xong(?:\s+trước)?"
                r"|hạn|vào)\s+"
                + _HOUR + _DATE, re.I), "date"),
    (re.compile(r"trước\s+" + _QUARTER, re.I), "before_quarter"),
    (re.compile(r"(?:trong|vào|hoàn thành(?:\s+trong)?|cuối|chậm nhất(?:\s+trong)?)\s+" + _QUARTER, re.I), "quarter"),
    (re.compile(r"(?:trong|trước|vào|cuối|hoàn thành(?:\s+trong)?)\s+" + _MONTH, re.I), "month"),
    # months listed with the last one's year ("trong tháng 6 và tháng 7/2026", "trong các tháng 6, 7/2026"), or a
    # span of them ("trong tháng 4 - tháng 6/2027"): the last
    (re.compile(r"(?:trong|vào)\s+(?:các\s+)?tháng\s+\d{1,2}(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})*\s*(?:,|và|[-–])\s*"
                r"(?:tháng\s+)?(\d{1,2})\s*(?:/|\s+năm\s+)\s*((?:19|20)\d{2})", re.I), "month"),
    # … and quarters so ("trong quý II và quý IV năm 2027", "vào các quý I, III/2027")
    (re.compile(r"(?:trong|vào)\s+(?:các\s+)?quý\s+(?:I{1,3}|IV|[1-4])(?:\s*(?:,|và)\s*(?:quý\s+)?(?:I{1,3}|IV|[1-4]))*"
                r"\s*(?:,|và)\s*(?:quý\s+)?(I{1,3}|IV|[1-4])\s*(?:/|\s+năm\s+)\s*((?:19|20)\d{2})", re.I), "quarter"),
    # ("… hoàn thành năm 2028": the year right after the word)
    (re.compile(r"(?:hoàn thành|hoàn tất|xong)(?:[^.;]{0,60}?(?:trong|vào|trước)\s+(?:cuối\s+)?|\s+)"
                r"năm\s+((?:19|20)\d{2})", re.I), "year"),
    (re.compile(r"(?:vào|trước)\s+cuối\s+năm\s+((?:19|20)\d{2})", re.I), "year"),
    # "… giám sát việc thực hiện chính sách trong năm 2028.": the year closing the work's clause is its time to finish
    # (one in the middle, "trong năm 2027 đạt 100% …", says when a level is reached; one closing a number aimed at,
    # "phấn đấu cấp ít nhất 20 mã số trong năm 2026", the year of the target)
    (re.compile(r"trong\s+năm\s+((?:19|20)\d{2})", re.I), "year_closing_the_work"),
]
# A span's end: "từ tháng 3 đến tháng 10/2026", "từ ngày 01/4 đến ngày 10/4/2026".
_SPAN_ENDS: list[tuple[re.Pattern, str]] = [
    (re.compile(_SPAN_TO + period, re.I), kind) for period, kind in ((_DATE, "date"), (_MONTH, "month"),
                                                                     (_QUARTER, "quarter"))]


_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
# Every deadline phrase starts with one of these words and ends with a year. Scanning for the words
# and trying the phrase patterns only there is far faster than one case-insensitive alternation.
_DEADLINE_START = re.compile(r"(?i:trước|chậm|hoàn|xong|hạn|trong|vào|cuối|từ)")
_MAX_PHRASE = 110  # characters from the opening word to the year, "hoàn thành … trong năm 2024" included
# A clause that keeps a state rather than doing work ("không để thiếu …", "không để xảy ra …")
_KEEPS_A_STATE = re.compile(r"(?:^|[;,.]\s*)không để\s[^;.]*$", re.I)


def _resolve(kind: str, groups: tuple[str, ...]) -> str | None:
    if kind == "date":
        return day_first_or_month_first(int(groups[2]), int(groups[0]), int(groups[1]))
    if kind == "quarter":
        return quarter_end(int(groups[1]), _ROMAN_QUARTER[groups[0].upper()])
    if kind == "before_quarter":
        quarter = _ROMAN_QUARTER[groups[0].upper()]
        year = int(groups[1])
        return iso(year - 1, 12, 31) if quarter == 1 else quarter_end(year, quarter - 1)
    if kind == "month":
        return month_end(int(groups[1]), int(groups[0]))
    if kind == "year":
        return iso(int(groups[0]), 12, 31)
    return None


# A time frame in brackets after the work ("(trong năm 2026)", "(Quý II/2026 và thường xuyên)") and a
# dated step ("Năm 2026: trình …") set the time to finish without a trigger word.
_BRACKETED_FRAME = re.compile(
    r"\(\s*(?:thời (?:gian|hạn)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*)?"  # ("(thời gian: quý II/2027)")
    r"(?:trong\s+|vào\s+|hoàn thành\s+(?:trong\s+|trước\s+)?)?"
    r"((?:năm|quý|tháng)\s[^()]{1,50}|(?:19|20)\d{2}[^()]{0,40})\)",
    re.I,
)
_MONTH_OR_QUARTER = re.compile(r"(?:tháng|quý)\s", re.I)
# …unless the bracket dates a document named just before it ("Kế hoạch (năm 2024)", "số 12/KH-UBND (2024)"),
# or spells out a span just named ("kế hoạch 05 năm (2020 - 2025)").
_NAMED_DOCUMENT_BEFORE = re.compile(
    r"(?:\d+/[\w/\-]+|(?:kế hoạch|chiến lược|chương trình|quy hoạch)\s+\d+\s+năm|Kế hoạch|Quyết định|Nghị quyết|Chương trình|Đề án|Chiến lược|Luật|Nghị định|Thông tư|Chỉ thị)\s*$", re.I
)
# A step of a schedule labelled by its time: "Năm 2026: trình …", "Từ ngày 01/4 đến ngày 10/4/2026: Các trường …",
# "Ngày 02/6 và 03/6/2026: …".
_DATED_STEP = re.compile(r"^\s*((?:Năm|Trong năm|Từ|Trước|Ngày|Đến|Tháng|Quý)\s[^:;.]{0,40}?(?:19|20)\d{2})\s*:")


# A time cell of a task table, whole: "Quý II/2026", "Trước ngày 30/11/2026", "2026 - 2027", "Thường xuyên".
_TIME_OPENER = r"(?:(?:trước|trong|đến|từ|vào|cuối|đầu|giữa|hoàn thành|chậm nhất|giai đoạn|tháng|quý|năm)\s+)*"
_PERIOD = rf"(?:{_DATE}|{_QUARTER}|{_MONTH}|(?:19|20)\d{{2}}(?!\d))"
_RECURRING = r"(?:thường xuyên|liên tục|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|định kỳ)"
# (a range may open on a month or day its end's year dates: "Tháng 5 - tháng 9/2027", "Từ ngày 01 đến ngày 15/3/2027";
# two of them too: "Tháng 7 và tháng 12/2027")
_RANGE_OPENING = (rf"(?:ngày\s+)?\d{{1,2}}(?:/\d{{1,2}})?(?=\s*(?:-|–|đến)\s*{_TIME_OPENER}(?:ngày\s+)?{_PERIOD}"
                  r"|\s*và\s+(?:tháng|ngày)\s)")  # (after "và", its unit named again)
# (quarters in a range named once, their year after the last: "Quý II - III/2027", "quý I và II/2028")
_QUARTER_RANGE_OPENING = r"(?:quý|Quý|QUÝ)\s+(?:I{1,3}|IV)\s*(?:-|–|đến|và)\s*"
_YEAR_AFTER = r"\s*(?:/|\s(?i:năm)\s)\s*(?:19|20)\d{2}"  # ("/2027", " năm 2027")
# A sheet's quarter written short, "Q2/2027", "Q3 2027": its quarter of that year.
_QUARTER_ABBREVIATED = re.compile(r"(?<![\w/])Q([1-4])(?=\s*/\s*(?:19|20)\d{2}(?!\d)|\s+(?:19|20)\d{2}(?!\d))")
_BARE_QUARTER = re.compile(rf"({_QUARTER_RANGE_OPENING})(?=(?:I{{1,3}}|IV){_YEAR_AFTER})")
TIME_PHRASE = re.compile(
    rf"(?i:{_TIME_OPENER}(?:{_PERIOD}|{_RANGE_OPENING})(?:\s*(?:-|–|đến|và|,|;)\s*{_TIME_OPENER}{_PERIOD})*"
    rf"|{_TIME_OPENER}(?-i:{_QUARTER_RANGE_OPENING}(?:(?:quý|Quý|QUÝ)\s+)?(?:I{{1,3}}|IV)){_YEAR_AFTER}"
    rf"|{_RECURRING})(?![\w/])"
)


# Work that readies something to start on a day ("… chuẩn bị …, bảo đảm để chính quyền … chính thức hoạt động từ ngày
# 01 tháng 7 năm 2025") must be done the day before, as "trước quý III" ends with the quarter before.
_READY_FROM = re.compile(r"(?:bảo đảm|đảm bảo|sẵn sàng)\s[^.;]{0,200}?(?:hoạt động|vận hành)\s+(?:kể\s+)?từ\s+" + _DATE, re.I)


def deadline_in(text: str, year: int | None = None) -> str | None:
    """The explicit deadline a task text sets, or None (recurrences and horizons are not deadlines). A day, month or
    quarter written without its year ("trước ngày 30/9", "trong quý III") is of `year`, an annual plan's, when known.

    The earliest phrase in the text wins, as a reader would take it.
    """
    if year and _may_omit_its_year(text) and not RECURS.search(text) \
            and (yearless := _WITHOUT_ITS_YEAR.sub(lambda time: f"{time.group(0)}/{year}", text)) != text:
        return deadline_in(yearless)  # (not in a duty that recurs: "báo cáo kết quả hằng năm, trước ngày 30/11")
    if "20" not in text and "19" not in text:  # a plain substring test is far cheaper than any scan
        return None
    step = _DATED_STEP.match(text)
    if step and (value := deadline_from_timeframe(step.group(1))):
        return value
    phrase = _deadline_phrase(text)
    bracket = _BRACKETED_FRAME.search(text) if "(" in text else None
    if bracket and _dates_a_document(text, bracket):
        bracket = None
    if bracket and (phrase is None or bracket.start() < phrase[0]):
        return deadline_from_timeframe(bracket.group(1)) or (phrase and phrase[1])
    if phrase is None and (labelled := INLINE_TIME_FIELD.search(text)):
        return deadline_from_timeframe(labelled.group("value"))  # "…; thời gian: tháng 9/2027."
    if phrase is None and ("hoạt động" in text or "vận hành" in text) and (ready := _READY_FROM.search(text)):
        start = iso(int(ready.group(3)), int(ready.group(2)), int(ready.group(1)))
        return start and (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    return phrase and phrase[1]


# The day a plan names N and counts others from ("… 07 giờ 00 ngày 23/02/2027 (sau đây gọi là ngày N)", "(ngày N là
# ngày 21/9/2027)"): an exercise's, a call-up's; "trước ngày N-10" is ten days before it.
_A_DATE = r"(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}|\d{1,2} tháng \d{1,2} năm (?:19|20)\d{2})"
_DAY_N_NAMED = re.compile(_A_DATE + r"[^()\n]{0,30}?\(\s*(?:sau đây )?gọi (?:tắt )?là ngày N\s*\)"
                          r"|ngày N là ngày\s+" + _A_DATE, re.I)
_DAY_COUNTED = re.compile(r"(?<![\w])(ngày|Ngày)\s+N(?:\s*([+-])\s*(\d{1,3}))?(?![\w])")


def day_n(text: str) -> date | None:
    """The day the text names N, if it names one."""
    named = _DAY_N_NAMED.search(text) if "ngày N " in text or "ngày N)" in text else None  # (the cheap test first)
    written = named and parse_date(f"ngày {named.group(1) or named.group(2)}")
    return date.fromisoformat(written) if written else None


def days_counted_from(text: str, day: date) -> str:
    """The text with each day counted from N written as its date ("trước ngày N-5" -> "trước ngày 18/2/2027")."""
    def dated(counted: re.Match) -> str:
        shift = int(counted.group(3) or 0) * (-1 if counted.group(2) == "-" else 1)
        when = day + timedelta(days=shift)
        return f"{counted.group(1)} {when.day}/{when.month}/{when.year}"
    return _DAY_COUNTED.sub(dated, text)


# A duty that comes back ("báo cáo kết quả hằng năm, trước ngày 30/11"): its day has no one year
RECURS = re.compile(r"(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)|định kỳ", re.I)
# A deadline's day, month or quarter with no year after it, after the word that makes it one ("trước ngày 30/9",
# "hoàn thành trước ngày 15/10", "trong quý III", "trong tháng 10"): not a recurring day ("trước ngày 30/9 hằng năm"),
# another year named in words ("trong quý I năm sau"), a share ("hoàn thành 9/9 tiêu chí"), nor the first of a range or
# a list that gives the year after its last ("trong tháng 9 - tháng 10/2027", "Quý III-IV/2027")
_WITHOUT_ITS_YEAR = re.compile(r"(?:(?:(?:trước|chậm nhất|hạn chót)\s+(?:ngày\s+)?"
                               r"|(?:hoàn thành|xong|đến)\s+(?:trước\s+)?ngày\s+)\d{1,2}/\d{1,2}"
                               r"|(?:trong|trước|hết|cuối)\s+(?:quý\s+(?-i:IV|I{1,3})|tháng\s+(?:1[0-2]|0?[1-9])))"
                               r"(?![\w/]|\s*(?:/|năm)\s*\d"
                               r"|\s*(?:của\s+)?năm\s+(?:sau|tới|liền kề|kế tiếp|tiếp theo|trước)"
                               r"|\s+(?:hằng|hàng|mỗi)\s"
                               r"|\s*(?:-|–|,|và|đến)\s*(?:(?:ngày|tháng|quý)\s*)?(?:\d|(?-i:[IV])))", re.I)


def _may_omit_its_year(text: str) -> bool:
    """Whether `_WITHOUT_ITS_YEAR` may find a time in the text: each it finds holds a day's "/" or the word "quý" or
    "tháng" (a few substring tests, far cheaper than its case-blind scan, and most task texts hold none)."""
    if "/" in text:
        return True
    lowered = text.lower()
    return "quý" in lowered or "tháng" in lowered


def _dates_a_document(text: str, bracket: re.Match) -> bool:
    """The bracket dates the document named just before it ("Kế hoạch (năm 2024)", "số 12/KH-UBND (2024)"), not the
    work; but a month or quarter closing the clause after the plan named by its kind dates the work ("… thực hiện Kế
    hoạch (tháng 7/2027).")."""
    named = _NAMED_DOCUMENT_BEFORE.search(text, max(0, bracket.start() - 40), bracket.start())
    if named is None:
        return False
    by_its_kind = not any(map(str.isdigit, named.group(0)))
    return not (by_its_kind and _CLAUSE_CLOSES.match(text, bracket.end()) and _MONTH_OR_QUARTER.match(bracket.group(1)))


_JOINED_DATE = re.compile(r"\s*(?:,|và)\s*" + _DATE)
# … or the next period of the same kind ("trong quý II/2027 và quý IV/2027", "vào tháng 4/2027 và tháng 10/2027")
_JOINED_PERIOD = [(re.compile(r"\s*(?:,|và)\s*" + period, re.I), kind) for period, kind in ((_QUARTER, "quarter"),
                                                                                          (_MONTH, "month"))]


def _deadline_phrase(text: str) -> tuple[int, str] | None:
    """The deadline phrase with a trigger word that ends the task's work, its position and date: the latest date of
    its stages ("đợt 1 … trước ngày 30/6, đợt 2 … trước ngày 30/11"), not counting the report after the work ("…,
    hoàn thành trước ngày 31/3/2025; báo cáo … trước ngày 15/4/2025": the report's date is a reporting duty's), in
    the sentence of the first. The position is the first phrase's."""
    searched_to = phrase_end = 0
    found: list[tuple[int, str]] = []
    for year in _ANY_YEAR.finditer(text):
        end = year.end()
        joined = next(((match, kind) for pattern, kind in ((_JOINED_DATE, "date"), *_JOINED_PERIOD)
                       if (match := pattern.match(text, phrase_end, end)) and match.end() == end), None) \
            if found and phrase_end == searched_to else None
        if joined and (value := _resolve(joined[1], joined[0].groups())):
            # "trước ngày 15/7/2027 và ngày 15/01/2028", "trong quý II/2027 và quý IV/2027": the phrase's next time
            found.append((joined[0].start(), value))
            searched_to = phrase_end = end
            continue
        for word in _DEADLINE_START.finditer(text, max(searched_to, year.start() - _MAX_PHRASE), end):
            value = _phrase_at(text, word.start(), end)
            if value:
                found.append((word.start(), value))
                phrase_end = end
                break
        searched_to = end
    if len(found) > 1:
        # (a later sentence is another step, often another body's: "Trên cơ sở đó, Bộ X tổng hợp, báo cáo … trước …")
        sentence_end = text.find(". ", found[0][0])
        found = [(position, value) for position, value in found if sentence_end < 0 or position < sentence_end]
        work = [(position, value) for position, value in found if not _in_a_report_clause(text, position)]
        # ("…, hoàn thành trước ngày 31/12/2027; không để thiếu vắc xin trong năm 2028": a state the clause keeps over a
        # time is no later stage of the work)
        work = [(position, value) for position, value in work or found if not _keeps_a_state(text, position)]
        return found[0][0], max(value for _, value in work or found)
    return found[0] if found else None


def _keeps_a_state(text: str, position: int) -> bool:
    """Whether the phrase at `position` dates a clause that keeps a state ("…; không để thiếu vắc xin trong năm 2028")."""
    clause_start = max(text.rfind(";", 0, position), text.rfind(",", 0, position), 0)
    return _KEEPS_A_STATE.search(text, clause_start, position) is not None


def _phrase_at(text: str, start: int, end: int) -> str | None:
    """The date of the deadline phrase opening at `start` and ending by `end`, the first pattern that reads one."""
    # (a duty recurring over the span ends no work at the span's end)
    spans = _SPAN_ENDS if text[start:start + 2].lower() == "từ" and not _RECURRENCE.search(_clause_at(text, start)) \
        else []
    # (a span's start may hold a year of its own: "từ ngày 10/01/2027 đến ngày 05/02/2027" ends by the next year)
    span_end = min(len(text), end + _MAX_PHRASE)
    for (pattern, kind), stop in [*((p, end) for p in _DEADLINE_PATTERNS), *((p, span_end) for p in spans)]:
        m = pattern.match(text, start, stop)
        if m and kind == "year_closing_the_work":
            clause = text[max(text.rfind(";", 0, start), text.rfind(". ", 0, start), 0):start]
            # (a figure in brackets describes a thing, "(công suất 270.000 m3/ngày đêm)": none the clause aims at)
            if not _CLAUSE_CLOSES.match(text, m.end()) or _AIMED_AT.search(_ASIDE_IN_BRACKETS.sub("", clause)):
                continue
            kind = "year"
        value = m and _resolve(kind, m.groups())
        if value:
            return value
    return None


_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;)]|$)")
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")
# A number the clause aims at, or the word that aims ("phấn đấu"): its year is the target's
_AIMED_AT = re.compile(r"phấn đấu|\d+(?:[.,]\d+)?\s*%|\b\d+(?:[.,]\d+)*\s+(?!năm)[^\W\d_]", re.I)


# A duty done again and again over a span ("báo cáo … trước ngày 25 hằng tháng (từ tháng 4 đến tháng 10 năm 2026)"):
# the span's end is no deadline.
_RECURRENCE = re.compile(r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý)|định kỳ", re.I)


def _clause_at(text: str, position: int) -> str:
    """The clause (between semicolons) holding `position`."""
    stop = text.find(";", position)
    return text[text.rfind(";", 0, position) + 1:stop if stop >= 0 else len(text)]


def _in_a_report_clause(text: str, position: int) -> bool:
    """The clause holding `position` is about reporting."""
    return "báo cáo" in _clause_at(text, position).lower()


_MONTH_RANGE = r"tháng\s+\d{1,2}\s*[-–]\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})"
# What may end a time frame, the most specific reading first at the same place: "Tháng 11 - 12/2025" is
# two months, not the 11th of December.
# (a time cell may write a month by its number alone, the cell's whole or a range's end: "01/2027 - 06/2028", "Từ
# 01/2027 đến 06/2028"; not a round's, a term's or a document's number, "Đợt 2/2027", "Nghị định 15/2027")
_MONTH_BY_NUMBER = (r"(?:^|(?<=[-–])|(?<=[-–] )|(?<=đến )|(?<=từ ))(0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d{2})"
                    r"(?![\d/])")
_FRAME_ENDS = [(re.compile(pattern, re.I), kind) for pattern, kind in (
    (_MONTH_RANGE, "month"), (_DATE, "date"), (_QUARTER, "quarter"), (_MONTH, "month"), (_MONTH_BY_NUMBER, "month"))]
# "Từ tháng 11/2025 đến khi kết thúc …", "Từ năm 2025": a start, with no date to end by.
_OPEN_END = re.compile(r"từ\b(?!.*\b(?:đến|tới)\s+(?:hết\s+)?(?:(?:ngày|tháng|quý|năm)\s+)?[\dIV])", re.I)


# A month or quarter without its year ("Tháng 3", "Quý II"), as an annual plan's table writes its times.
_YEARLESS_ONE = YEARLESS_PERIOD
# "Quý II", or a list of them ("Quý I, Quý III", a table's quarter columns marked): by the last, in the plan's year
_YEARLESS = re.compile(_YEARLESS_ONE + r"(?:\s*(?:,|và|-|–)\s*(?:(?:tháng|quý)\s+)?(?:1[0-2]|0?[1-9]|I{1,3}|IV))*", re.I)


_PERIOD_NUMBER = re.compile(r"(?<![\wđ])(1[0-2]|0?[1-9]|IV|I{1,3})(?![\wđ])", re.I)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
_DATED_BEFORE = re.compile(r"trước\s+" + _DATE, re.I)
_LISTED_DATE = re.compile(r"\s*(?:,|và|;)\s*(?:trước\s+)?" + _DATE, re.I)  # "trước 15/6/2027 và 15/12/2027"


def dates_before(text: str) -> list[str]:
    """Each whole date the text sets a limit by ("trước ngày 05/6/2026 (…) và trước ngày 05/11/2026 (…)", "trước
    15/6/2027 và 15/12/2027"), in order."""
    found = []
    for limit in _DATED_BEFORE.finditer(text):
        found.append(_resolve("date", limit.groups()))
        end = limit.end()
        while listed := _LISTED_DATE.match(text, end):
            found.append(_resolve("date", listed.groups()))
            end = listed.end()
    return [d for d in found if d]


def is_yearless_time(value: str) -> bool:
    """ "Quý IV", "Tháng 3, tháng 5": a time a table's cell gives without its year, the plan's year."""
    return _YEARLESS.fullmatch(value.strip()) is not None


# A programme's item closing on its body and its month in brackets: "… (Sở Tài chính chủ trì; tháng 11).", "(quý III)"
_CLOSING_BRACKET = re.compile(r"\(([^()]{1,200})\)\s*[.;]?\s*$")
_PERIOD_OF_THE_YEAR = re.compile(r"(?i:tháng|quý)\s+(?:1[0-2]|0?[1-9]|IV|I{1,3})(?![\w/])")


def closing_bracket_timing(text: str, year: int | None) -> str:
    """The months or quarters an item's closing bracket gives last ("(Cục X; tháng 6)", "(Sở Y; tháng 3, tháng 6)"),
    each with `year`, a programme's, written in ("tháng 3/2027, tháng 6/2027"); "" without a year or such a bracket."""
    bracket = _CLOSING_BRACKET.search(text) if year and ")" in text[-3:] else None
    last = bracket.group(1).rsplit(";", 1)[-1].strip() if bracket else ""
    return _PERIOD_OF_THE_YEAR.sub(lambda period: f"{period.group(0)}/{year}", last) \
        if last and is_yearless_time(last) else ""


def closing_bracket_time(text: str, year: int | None) -> str | None:
    """The end of the time an item's closing bracket gives (`closing_bracket_timing`), or None."""
    timing = closing_bracket_timing(text, year)
    return deadline_from_timeframe(timing, year) if timing else None


def deadline_from_timeframe(value: str, year: int | None = None) -> str | None:
    """A 'Thời gian thực hiện' field: the end of the stated range; ongoing tails and open ends are none. A month,
    quarter or day alone ("Quý II", "Trước 30/6") is of `year` (an annual plan's) when it is known."""
    value = _QUARTER_ABBREVIATED.sub(r"quý \1", _BARE_QUARTER.sub(r"\1quý ", value.strip()))
    following = value.lower().endswith(NEXT_YEAR)  # "Tháng 2 năm sau": a timetable's column past December
    if following:
        value = value[:-len(NEXT_YEAR)].rstrip(" ,")
    if year and _YEARLESS.fullmatch(value):
        # months listed past the year's end ("Tháng 11, Tháng 12, Tháng 1") end in the next one
        order = [_ROMAN.get(n.upper(), n) for n in _PERIOD_NUMBER.findall(value)]
        one_scale = not ("quý" in value.lower() and "tháng" in value.lower())  # (months and quarters: not compared)
        wraps = following or one_scale and any(int(b) < int(a) for a, b in zip(order, order[1:]))
        value = f"{value}/{year + 1 if wraps else year}"
    if re.match(r"^(?:thường xuyên|hằng năm|hàng năm|định kỳ|liên tục)", value, re.I) or _OPEN_END.match(value):
        return None
    if year and not _ANY_YEAR.search(value) and not re.search(_RECURRING, value, re.I) and not _LUNAR.search(value):
        # ("Trước 30/6", "01/4 - 10/4" in an annual plan's time column: days of its year; not a day beside a time that
        # has its year, "Tháng 9/2027 (dự kiến 17/9)", nor one that comes back, "Trước ngày 15/12 hằng năm", nor a day
        # of the lunar calendar, "Ngày 10/3 âm lịch")
        value = _days_dated(value, year, following)
    last = None
    for rank, (pattern, kind) in enumerate(_FRAME_ENDS):
        for m in pattern.finditer(value):
            if last is None or (m.end(), -rank) > last[0]:
                last = ((m.end(), -rank), kind, m)
    if last:
        return _resolve(last[1], last[2].groups())
    years = _ANY_YEAR.findall(value)
    return iso(int(years[-1]), 12, 31) if years else None


_DAY_WITHOUT_YEAR = re.compile(r"(?<![\d/.])(3[01]|[12]\d|0?[1-9])/(1[0-2]|0?[1-9])(?![\d/])")
_LUNAR = re.compile(r"âm lịch|\bAL\b", re.I)


def _days_dated(value: str, year: int, following: bool) -> str:
    """The days a time gives without their year, each with `year`, or the next one past the year's end: a range from
    December runs into January ("Từ 15/12 đến 15/02"); a time `following` into the next year ends in it ("Từ 15/11 đến
    15/3 năm sau", "15/3 năm sau")."""
    days = list(_DAY_WITHOUT_YEAR.finditer(value))
    years, current, last = [], year, None
    for day in days:
        month_day = (int(day.group(2)), int(day.group(1)))
        if last is not None and month_day < last:
            current += 1
        years.append(current)
        last = month_day
    if following and years and years[-1] == year:
        years = [its_year + 1 for its_year in years]
    for day, its_year in reversed(list(zip(days, years))):
        value = f"{value[:day.end()]}/{its_year}{value[day.end():]}"
    return value


# A roadmap's phase heading, nothing else on the line ("1. Giai đoạn 2025 - 2030", "Giai đoạn 2031–2035:"): the
# steps listed under it are to be done within it.
_PHASE_HEADING = re.compile(r"^Giai đoạn\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}\s*:?$"
                            # a numbered step or week with its time frame: "Tuần 2 (từ ngày 11/5 đến ngày 17/5/2026):"
                            r"|^(?:Giai đoạn|Bước|Đợt|Tuần)\s+(?:\d{1,2}|[IVX]{1,4})(?![\d/])[^.;]{0,100}:?$"
                            # a work programme's month or quarter, alone on its line: "Tháng 01:", "Quý II/2026:",
                            # "Tháng 7 và tháng 8:", "Tháng 3 năm 2026"
                            r"|^" + _YEARLESS.pattern + r"(?:/(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2})?\s*:?$", re.I)


# A step heading closing on the time of its steps: "3.1. Rà soát bảng kê hộ (hoàn thành trước ngày 15/3/2026)",
# "3.3. Thu thập thông tin (từ ngày 01/4 đến ngày 30/4/2026)".
_TIMED_HEADING = re.compile(r"\(([^()]{6,80})\)\s*:?$")
# A heading that is a time limit alone, over the work due by then: "TRƯỚC NGÀY 25/12/2026", "Từ ngày 26/12/2026 đến hết
# ngày 31/12/2026".
_DAY_WRITTEN_WHOLE = r"ngày\s+\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
_OPENS_TIME_FRAME = re.compile(r"(?:trước|từ|đến|trong|chậm nhất|hoàn thành|quý|tháng|năm\s+\d)(?![\wđ])")
# ("Từ ngày 20/4 đến ngày 05/5/2027": the phase's first day, its year said once, at its end)
_FIRST_DAY = r"(?:" + _DAY_WRITTEN_WHOLE + r"|(?:ngày\s+)?\d{1,2}/\d{1,2})"
_LIMIT_HEADING = re.compile(r"^(?:trước|chậm nhất|(?:từ\s+" + _FIRST_DAY + r"\s+)?đến(?:\s+hết)?)\s+"
                            + _DAY_WRITTEN_WHOLE + r"\s*:?$", re.I)


def phase_deadline(heading: str, year: int | None = None) -> str | None:
    """The end of the phase a roadmap heading names, or the time a step heading gives in its closing bracket, as the
    deadline of the steps under it; None for any other heading. A month or quarter without its year is of `year` (an
    annual plan's), when it is known."""
    heading = heading.strip(" *")
    if _PHASE_HEADING.match(heading):
        return deadline_from_timeframe(heading.rstrip(" :"), year)
    if _LIMIT_HEADING.match(heading):
        return deadline_from_timeframe(heading.lower().rstrip(" :"), year)
    timed = _TIMED_HEADING.search(heading) if heading.endswith((")", "):")) else None
    if timed is None:
        return None
    # its time in capitals too ("… (ĐẾN HẾT NGÀY 31/01/2027)"); a bracket that cites a document ("(Kèm theo Quyết định
    # số 15/QĐ-UBND ngày 20/01/2026)") dates nothing
    bracket = timed.group(1).lower()
    return deadline_in(bracket) or (deadline_from_timeframe(bracket, year) if _OPENS_TIME_FRAME.match(bracket) else None)
