"""Quantified targets (chỉ tiêu): numbers tied to an indicator the plan commits to reach.

Vietnamese number format: "5.500" is five thousand five hundred, "1,76" is one
point seventy-six. Bounds: "trên X" -> min X; "dưới X" -> max X; "khoảng X",
"đạt X" -> X..X; "X - Y" -> X..Y; ranks ("nhóm 10 địa phương", "Top 5") -> max N.
Counts of documents or groups, dates, names and capacities are not targets:
only percentages, measurable units after a commitment word, and ranks qualify.
"""
from __future__ import annotations

import re

from ..model import Span, Target

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# Units written as symbols: a speed of data, power, energy, area, volume, mass ("đạt tối thiểu 100 Mb/s", "50 MWp");
# of those, the sizes that pick things out as often as they set a level ("nhà có tổng diện tích sàn trên 300 m2")
_SIZE_SYMBOLS = r"m[²³23]|kg"
_MEASURE_SYMBOLS = r"[kMGT](?:bps|bit/s|b/s)|[kMG]W(?:p|h)?|" + _SIZE_SYMBOLS
_SIZE_SYMBOL = re.compile(_SIZE_SYMBOLS)
# …a level only where the plan reaches for it right before the number ("đạt bình quân 30 m²/người", "tối thiểu 20 m2")
_REACHED_RIGHT_BEFORE = re.compile(r"(?:(?<![\wđ])đạt|phấn đấu|tối thiểu|ít nhất)(?:\s+[^\s\d]+){0,2}\s*$", re.I)
_UNITS = (
    r"%\s*/\s*năm(?:\s+trở lên)?|%\s+GRDP|%|USD|triệu\s+USD|tỷ\s+USD|triệu\s+lượt\s+khách|lượt\s+khách|nghìn\s+tỷ\s+đồng|"
    r"tỷ\s+đồng|triệu\s+đồng(?:/người/năm|/người)?|ha|km|HTX|hợp\s+tác\s+xã|sản\s+phẩm|doanh\s+nghiệp|"
    r"lao\s+động|người|học\s+sinh|giường\s+bệnh|bác\s+sĩ|tấn|căn\s+hộ|căn|xã|trường|điểm|công\s+trình|dự\s+án|hộ|"
    + _MEASURE_SYMBOLS
)
_MEASURES = ("ha", "km", "tấn", "MW")  # amounts of land, length, mass and power
# A unit ends where no letter, digit or "/" follows, though a note's superscript mark may ("đạt trên 90%⁵").
_WORD_GOES_ON = r"(?![⁰¹²³⁴-⁹])[\w/]"
# The number opens the pattern (its first digit checked against the character before it) so the
# regex engine can skip ahead to digits instead of trying every position.
_QUANTITY = re.compile(
    r"(\d(?<![\d/.,\w]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
    # (a range: "1,5 - 2%", "1,5 đến 2%", "8% đến 10%")
    r"(?:(?:\s*%)?(?:\s*[-–]\s*|\s+đến\s+)(" + _NUM + r"))?\s*(" + _UNITS + r")(?!" + _WORD_GOES_ON + r")"
)
# A number after a commitment word, followed by a noun phrase of its own ("ít nhất 120 cơ sở lưu trú",
# "xuống 18 ca sinh/1.000 phụ nữ"): the phrase is the unit, whatever it counts.
_COUNTED = re.compile(
    r"(\d(?<![\d/.,:\w]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
    # (a unit's acronym: "1.500 TEU"; a range, "từ 1.000 đến 1.200 hài cốt")
    r"(?:(?:\s*[-–]\s*|\s+đến\s+)(" + _NUM + r"))?\s+((?:[“\"][^”\"]{1,40}[”\"])|[A-Z]{2,6}(?![\w/])|"
    r"(?:(?!(?:của|trên|tại|vào|đến|trong|được|đạt|và|với|cho|năm|có|là|bằng|theo|về|để|từ|do|nhằm)\b)[a-zđà-ỹ][\wđ]*"
    r"(?:/(?:[\d.,]+|(?:ngày|tuần|tháng|quý|năm)\b))?\s*){1,4})"  # ("lượt khách/ngày": a count in each span of time)
)
# A rate per so many of a population ("dưới 4/100.000 trẻ sinh ra còn sống", "đạt 12/10.000 dân"): a measure in
# itself, so a plain commitment word before it is enough.
_RATE_PER = re.compile(
    r"(\d(?<![\d/.,\w]\d)\d*(?:,\d+)?)(/\d{1,3}(?:\.\d{3})+\s+(?:(?!(?:của|tại|vào|đến|trong|năm|và)\b)"
    r"[a-zđà-ỹ][\wđ]*\s*){1,5})"
)
# What a count of the plan's own parts or of time is, never a target ("06 quan điểm", "12 nhóm nhiệm vụ").
_NOT_A_UNIT = re.compile(
    r"^(?:quan điểm|nhóm|nhiệm vụ|giải pháp|mục tiêu|chỉ tiêu|văn bản|kế hoạch|điều|khoản|điểm|mục|phần|tháng|ngày|"
    r"năm|quý|tuần|giờ|phút|lần|đợt|bước|giai đoạn|nội dung|chương trình|đề án|dự thảo|phụ lục|tiêu chí|sao|hạng|tuổi)\b",
    re.I,
)
# Of those, the ones a body turns out and may commit to at least so many of ("ít nhất 1.200 chương trình thời sự",
# "tối thiểu 05 văn bản"), where a floor stands right before the number; else they number or name ("02 chương trình").
_OUTPUT_UNIT = re.compile(r"^(?:chương trình|văn bản|kế hoạch|đề án|nội dung|giải pháp|đợt)\b", re.I)
_FLOOR_BEFORE = re.compile(r"(?:ít nhất|tối thiểu)\s*$", re.I)
# A ratio ("gấp 2 lần"; "giảm số giờ … của phụ nữ còn 1,7 lần" that of men): a target, though "03 lần" counts events.
_TIMES = re.compile(r"(?:gấp|còn)\s+(" + _NUM + r")(?:\s*[-–]\s*(" + _NUM + r"))?\s+lần")
_RANK = re.compile(r"(?:nhóm\s+(?:Top\s+)?|Top\s+)(\d{1,2})(?!\d)((?:\s+[^\s,;.()]+){0,4})")
_COMMIT = re.compile(
    r"(?:đạt|phấn đấu|khoảng|trên|dưới|tăng|giảm|chiếm|từ|ở mức|có thêm|thêm|còn|gấp|bình quân|tối thiểu|"
    r"ít nhất|đón|mới|thành lập|hoàn thành|duy trì|ổn định)",
    re.I,
)
# The words that commit to a number strongly enough to count what follows it, whatever it is.
# A floor or "mới" commits only straight before the number ("không dưới 500.000 đồng", "trồng mới 50.000 cây").
# "trên" does not: before a count it is a place as often as a bound ("trên 4 loại hình báo chí"); nor does a ceiling,
# which caps what may be spent or taken ("mức hỗ trợ tối đa 13 triệu đồng"), save a time limit (below).
_STRONG_COMMIT = re.compile(r"(?:(?:đạt|phấn đấu|ít nhất|tối thiểu|thu hút|đón|khoảng|xuống|còn|thêm|ở mức)\s+(?:\S+\s+){0,2}|"
                            r"(?:không dưới|không (?:vượt )?quá|mới)\s+)$", re.I)
# Forecasts, estimates and results already reached commit to nothing ("dự kiến đạt 48,3 triệu USD", "dự kiến 38 lớp"
# but not "Dự kiến đến năm 2027, 100% xã …", a plan; "ước đạt 5%", "tăng 5% so với cùng kỳ"), unless the clause also
# strives for them ("phấn đấu", "tăng ít nhất 10% so với cùng kỳ").
# (and "ước" opening its clause: "Năm 2026, ước cả nước đưa được …", an estimate)
_NOT_COMMITTED = re.compile(r"[Dd]ự (?:báo|kiến đạt|kiến(?= (?:khoảng )?\d))|[Ưư]ớc (?:đạt|tính|thực hiện)|"
                            r"(?:^|[,;:] )[Ưư]ớc |[Đđ]ã đạt|so (?:với )?cùng kỳ")
# The same words without their first letter: a case-free test many times faster, true of more texts ("xã đạt").
_NOT_COMMITTED_HINT = re.compile(r"ự báo|ự kiến|ớc đạt|ớc tính|ớc thực hiện|[,;:] ước |Ước |ã đạt|cùng kỳ")
_STRIVES = re.compile(r"phấn đấu|ít nhất|tối thiểu", re.I)
# A sentence that opens on the state of things now or on a forecast ("Hiện nay toàn xã có 4.312 hộ; tỷ lệ … đạt 83,6%",
# "Theo dự báo, …; khoảng 38.000 hộ …") speaks of no level to reach, in any of its clauses …
_STATE_SENTENCE = re.compile(r"(?:^|(?<=[.:!?]\s))(?:Hiện nay|Hiện tại|Theo dự báo|Tính đến nay)\b(?:[^.]|\.(?=\d))*")
# … up to where it turns to what is to be done ("…, vì vậy trong năm 2027 nâng …", "…; đến hết năm 2027 có 100% …")
_TURNS_TO_THE_PLAN = re.compile(r"(?<![\wđ])(?:vì vậy|do đó|đến (?:hết |cuối )?năm \d{4}|trong năm \d{4}|phấn đấu"
                                r"|nâng|tăng|giảm|ít nhất|tối thiểu)(?![\wđ])", re.I)
# A share someone holds ("do Nhà nước nắm giữ 100% vốn điều lệ", "sở hữu trên 50% cổ phần"): it names a kind of body.
_HOLDS = re.compile(r"(?:nắm giữ|sở hữu|chiếm giữ)(?:\s+(?:trên|dưới|từ|hơn))?\s*$")
# The size of a help given, a share of a cost or a sum ("hỗ trợ thêm 30% mức đóng bảo hiểm y tế", "hỗ trợ 50% chi phí",
# "hỗ trợ 5 triệu đồng/hộ")
_SUPPORTS = re.compile(r"hỗ trợ(?:\s+(?:thêm|tối đa|đến|lên đến))?\s*$", re.I)
_SHARE_OF_A_COST = re.compile(r"\s*(?:tổng\s+)?(?:mức|chi phí|kinh phí|phí|học phí|lãi suất|tiền|giá|lệ phí|mệnh giá"
                              r"|vốn|giá trị|đơn giá)(?![\wđ])", re.I)
# Units counted or named in the plural with the rate they fall short of ("10 dự án có tỷ lệ giải ngân dưới", "các xã
# có tỷ lệ hộ nghèo trên"): a rate that picks out the units a task is about (not "tỷ lệ thất thoát của các công trình
# dưới 20%", the level the units are to reach)
_PICKS_OUT = re.compile(r"(?:các|những|\d+)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+có\s+(?:tỷ lệ|mức|số)\s[^,;.]{0,40}?"
                        r"(?:dưới|thấp hơn|trên|cao hơn|từ)\s*$", re.I)
# … unless the clause strives for it or has the units reach it ("Phấn đấu các trường có tỷ lệ … dưới 1%", "các xã có
# tỷ lệ tiêm chủng đạt trên 95%")
_REACHED_BY_THE_UNITS = re.compile(r"phấn đấu|(?<![\wđ])đạt(?![\wđ])", re.I)
_PICKS_OUT_REACH = 80  # characters before the rate
# a quantity opening the brackets after a rate restates that rate ("85% diện tích (khoảng 310 ha)")
_RESTATES_A_RATE = re.compile(r"\d\s*%[^();%]{0,60}\(\s*(?:khoảng|tương đương|gần|trên|hơn|với)?\s*$")
# the clause keeps its ';' or '.' (see _clauses); a block of its own is a clause of its own
_CLAUSE_SPLIT = re.compile(r";\s+|\.\s+(?=[A-ZĐ])|(?<!:)\n")  # (not after a lead-in: "… đạt:" / "+ 200 bác sĩ")
_WORK_LABEL = re.compile(r"\s*[-+•–]?\s*(?:Nội dung|Nhiệm vụ)(?: [a-zà-ỹ]+){0,2}\s*:\s*")
_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})")
_SPACES = re.compile(r"\s+")


# Words that make the number after them a year or a numbering. Matched at the end of the words before
# the number only: a case-blind pattern searched over all of them is tried at every position.
_COUNT_WORDS = ("năm", "giai đoạn", "số", "Điều", "khoản", "mức độ", "loại", "ngày", "tháng", "quý", "phụ lục", "khối",
                "lớp", "nhóm", "top", "hạng", "cấp")  # (a class too: "chợ hạng 2, hạng 3", "đường cấp 4")
_COUNT_WORD_AT_END = re.compile("(?:" + "|".join(_COUNT_WORDS) + ")$", re.I)
_LONGEST_COUNT_WORD = max(map(len, _COUNT_WORDS))

# A time the work may take at the most ("không quá 02 ngày làm việc", "xuống còn tối đa 60 ngày", "dưới 02 giờ"): a
# target, though a number of days is otherwise none.
_TIME_UNIT = re.compile(r"(?:ngày|giờ|phút|giây)\b")
_TIME_LIMIT = re.compile(r"(?:không quá|tối đa|xuống dưới|xuống còn)\s*$")
# … or the level a duration indicator reaches ("Thời gian lưu trú bình quân đạt 2,1 ngày", "Thời gian giải quyết hồ sơ
# giảm còn 05 ngày"), or the bound it keeps to ("Thời gian xe qua trạm bình quân dưới 03 giây")
_DURATION_LEVEL = re.compile(r"^\W*thời gian\b[^;:]*\b(?:(?:đạt|còn)(?:\s+(?:trên|hơn|ít nhất|tối thiểu|từ|dưới|không quá"
                             r"|tối đa))?|dưới|không quá|tối đa)\s*$", re.I)  # (with its bound: "đạt trên 3,2 ngày")
# "… không quá 05 ngày làm việc kể từ ngày ban hành Quyết định": when one piece of work is due, counted from an event,
# not a time the service is held to.
_COUNTED_FROM = re.compile(r"(?:ngày|giờ)(?: làm việc)? (?:kể từ|tính từ|sau khi)\b")
_COUNTED_FROM_WORD = re.compile(r" (?:kể|tính)$")
_BASELINE = re.compile(r"(?:[^;.]|\.(?=\d)){0,60}?\b(?:xuống|lên)\s+(?:còn\s+|mức\s+)?\d")
_UPPER_BOUND = re.compile(r"(?:(?<!không )dưới|không (?:vượt )?quá|tối đa)\s*$")
# … and a clause that keeps a loss from passing the number, its "không" before the thing lost ("Không để thiệt hại
# quá 5% diện tích lúa", "không cao hơn quá 10%"; not "không chỉ … mà còn vượt quá 10%", more than it)
# (a comma may part what is lost in two, "không để quân nhân bị trả về vì lý do sức khỏe, chính trị vượt quá 0,3%": one
# or two words after it, of no clause of their own, "…, tỷ lệ giải ngân vượt quá 95%", "…, phấn đấu vượt quá 95%")
_NEGATED_EXCESS = re.compile(r"\bkhông\b(?!\s+(?:chỉ|những|ngừng|thấp hơn|dưới|ít hơn)\b)"
                             r"(?:[^.;:,]{0,60}|[^.;:,]{0,60},\s(?!phấn đấu|đạt)[a-zđ]\w*(?:\s[a-zđ]\w*)?)"
                             r"\s(?:vượt\s+)?quá\s*$")
_NEGATED_EXCESS_REACH = 90  # characters before the number
_LOWER_BOUND = re.compile(r"(?:trên|hơn|ít nhất|tối thiểu|từ|không dưới)\s*$")


def _has_digit(text: str) -> bool:
    for digit in "0123456789":  # ten substring tests beat one regex scan
        if digit in text:
            return True
    return False


_DECIMAL_POINT = re.compile(r"\d+\.\d{1,2}")  # a dot no group of three follows: a sheet's value, as it stores it


def parse_number(raw: str) -> float:
    """'5.500' -> 5500, '1,76' -> 1.76; '63.2', a spreadsheet's cell, -> 63.2."""
    if _DECIMAL_POINT.fullmatch(raw):
        return float(raw)
    return float(raw.replace(".", "").replace(",", "."))


def _clean(value: float) -> float | int:
    return int(value) if value == int(value) else value


# A lower bound said away from its number: "ít nhất vào năm 2025 đạt 40%", "đạt 65% trở lên", "vượt mục tiêu được
# giao (10%)".
_LOWER_BOUND_BEFORE = re.compile(
    r"(?:ít nhất|tối thiểu|vượt(?: mức)? (?:mục tiêu|chỉ tiêu|kế hoạch))(?:[^\d%;]|(?:19|20)\d{2})*$")
_LOWER_BOUND_AFTER = re.compile(r"^\S*\s*(?:trở lên|trở lên\b)")
# one bound for the figures listed after it: "ít nhất 42.000 công tơ điện và 6.500 đồng hồ đo nước", "giảm ít nhất 5%
# số vụ, 5% số người chết và 5% số người bị thương"
_LISTED_FIGURE = r"[\d.,]+\s*%?\s+[^\d;,]{1,40}?"
# (a figure after a comma shares it only where "và" closes the list after it: "ít nhất 10 xã đạt chuẩn nâng cao, 03
# xã đạt chuẩn kiểu mẫu" are two targets, the second exact)
_SHARED_LOWER_BOUND = re.compile(r"(?:ít nhất|tối thiểu)\s+" + _LISTED_FIGURE + r"(?:\s*,\s*" + _LISTED_FIGURE
                                 + r")*(?P<joiner>\s*,|\s+và)\s*$")
_LIST_CLOSED_AFTER = re.compile(r"^[^;.]{0,60}?\svà\s+[\d.,]+\s*%?\s")
_AFTER_REACH = 80  # characters after the figure where its bound may be said


_WHOLE = 100  # per cent


def _bounds(before: str, low: float, high: float | None, after: str = "") -> tuple[float | None, float | None]:
    words = before[-25:].lower()
    if high is not None:
        return low, high
    if _UPPER_BOUND.search(words) or _NEGATED_EXCESS.search(before[-_NEGATED_EXCESS_REACH:].lower()):
        return None, low
    if _LOWER_BOUND.search(words) or _LOWER_BOUND_BEFORE.search(before[-45:].lower()) \
            or _LOWER_BOUND_AFTER.match(after) or (shared := _SHARED_LOWER_BOUND.search(before[-90:].lower())) \
            and (shared["joiner"].strip() == "và" or _LIST_CLOSED_AFTER.match(after)):
        return low, None
    return low, low


# Words before a number that name no indicator: a target's own label ("Chỉ tiêu 3:"), "trong đó", "và", a bare
# commitment verb, a time frame ("Đến hết năm 2027,", "Từ năm 2025 trở đi,", "Giai đoạn 2026 - 2030,").
_LEAD_IN = re.compile(
    r"^(?:\s*(?:(?:chỉ tiêu|mục tiêu)\s+\d+\s*[:.)]|trong đó|và|phấn đấu|(?:(?:đến|tới|từ|trong|vào)\s+)?"
    r"(?:hết\s+|cuối\s+)?(?:năm\s+(?:19|20)\d{2}|giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})"
    r"(?:\s+trở đi)?)\s*[,:]?)+", re.I)
_TRAILING_CUE = re.compile(r"(?:\s*\b(?:đạt|phấn đấu|khoảng|trên|dưới|hơn|tăng|giảm|chiếm|ở mức|còn|xuống|lên|tới|"
                           r"bình quân|tối thiểu|ít nhất|có|là|và)\b)+\s*$", re.I)
# A percentage straight after "phấn đấu" or "đạt" is followed by what it measures ("phấn đấu 90% trạm y tế xã đạt
# chuẩn"), unless the words before already name a rate ("Tỷ lệ … đạt 90%").
_STRIVE_BEFORE = re.compile(r"(?:phấn đấu|đạt)(?:\s+(?:giảm|tăng|trên|hơn|ít nhất|tối thiểu|khoảng|tới))*\s*$", re.I)
_RATE_NAMED = re.compile(r"\b(?:tỷ lệ|tỷ trọng|tỷ suất|tỷ số|tốc độ|chỉ số)\b", re.I)
# words after the measured thing that qualify the number or set a time, not part of what is measured
_QUALIFIER = re.compile(r"(?:^|\s|,)\s*(?:trở lên|trở xuống|so với|vào năm|trong năm|đến năm|năm (?:19|20)\d{2}|"
                        r"hoàn thành|trước ngày|chậm nhất)\b.*", re.I | re.S)


def _indicator(clause: str, since: int, start: int, end: int, until: int, unit: str) -> str:
    """What a target's number (clause[start:end]) measures, from the words between the number before it (`since`)
    and the one after it (`until`): the words before it without a label, a time frame or the commitment verb
    ("Tỷ lệ hộ nghèo giảm còn 2%"); for a percentage those words do not name, the words after it
    ("Đến năm 2027, 100% đường trục xã được cứng hóa"); else the whole clause."""
    before = clause[since:start]
    head = _LEAD_IN.sub("", before.lstrip(" ,.;:"))
    cue = None
    for cue in _COMMIT.finditer(head):
        pass
    head = _TRAILING_CUE.sub("", head[: cue.start()] if cue and cue.start() > 3 else head).strip(" ,.;:-(")
    named = len(head.split()) >= 3  # "Hình thành 20 mô hình …", "Đảm bảo 70% …": a verb, no indicator yet
    if unit == "%" and (not named or (_STRIVE_BEFORE.search(before) and not _RATE_NAMED.search(head))):
        measured = _TRAILING_CUE.sub("", _QUALIFIER.sub("", clause[end:until])).strip(" ,.;:-(")
        if len(measured.split()) >= 2:
            return measured
    return head if named else clause.strip(" .;")


def _clauses(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((pos, text[pos:m.start() + 1]))
        pos = m.end()
    out.append((pos, text[pos:]))
    # (a clause a field's label opens, "- Nội dung: Tổ chức …", from the work: the label is no indicator's word)
    return [(start + labelled.end(), clause[labelled.end():]) if (labelled := _WORK_LABEL.match(clause))
            else (start, clause) for start, clause in out]


_WHERE_BEFORE = re.compile(r"(?<![\wđ])(?:tại|ở)\s+$", re.I)
# "giá trị sản xuất trên 01 ha", "mỗi 1 km": the one unit a measure is counted per, no count to reach
_PER_ONE = re.compile(r"(?<![\wđ])(?:trên|mỗi)\s+0?1\s+$", re.I)
_MAGNITUDE = re.compile(r"\s*(?:triệu|tỷ|nghìn|ngàn)\b")  # ("trên 1 triệu lượt khách": more than a million)


def _uncommitted(clause: str) -> bool:
    """Is the clause a forecast, an estimate or a result? A forecast or an estimate speaks of the figures after it;
    one after every figure is a word of the indicator ("100% diện tích có cấp dự báo cháy rừng cấp IV …")."""
    marker = _NOT_COMMITTED.search(clause)
    if marker is None or clause[:marker.start()].rstrip().endswith("("):
        return False  # ("… cho 100% số hộ có nhà bị sập (dự kiến 214 hộ)": the estimate an aside to the level)
    return marker.group(0).startswith("so") or _has_digit(clause[marker.start():])


def _per_one(clause: str, number: re.Match) -> bool:
    return _PER_ONE.search(clause, max(0, number.start() - 8), number.end(1) + 1) is not None \
        and not _MAGNITUDE.match(clause, number.end(1))


def targets_in(text: str, offset: int, task_id: str | None, default_year: int | None,
               committed: bool = False, measured: bool = False) -> list[Target]:
    """Targets in one task (or plan-level) text; `offset` is the text's position in the document. `committed`: the
    text is listed under a heading of targets, which commits to every quantity in it ("Chỉ tiêu: … - Đào tạo 2.500
    lượt cán bộ"), worded with a commitment or not; `measured`: to the amounts of land, length, mass or power in it."""
    found: list[Target] = []
    if not _has_digit(text):
        return found
    uncommitted = _NOT_COMMITTED_HINT.search(text) is not None and _NOT_COMMITTED.search(text) is not None
    states = [(m.start(), turn.start() if (turn := _TURNS_TO_THE_PLAN.search(text, m.start(), m.end())) else m.end())
              for m in _STATE_SENTENCE.finditer(text)]
    for clause_start, clause in _clauses(text):
        if not _has_digit(clause) or (uncommitted and _uncommitted(clause) and not _STRIVES.search(clause)):
            continue
        # A heading of targets commits to a quantity, though not to what was already done ("đã giao 1.790 công
        # dân") nor to the breakdown in brackets after a count ("1.850 công dân (trong đó nhập ngũ 1.600 công dân)").
        listed = committed and "đã " not in clause

        def listed_at(before: str) -> bool:
            return listed and before.count("(") <= before.count(")")
        hits: list[tuple[int, int, float | None, float | None, str]] = []
        for m in _QUANTITY.finditer(clause):
            before = clause[: m.start()]
            unit = " ".join(m.group(3).split())
            if not unit.startswith("%") and not listed_at(before) and not _COMMIT.search(before[-60:]) \
                    and not (measured and unit in _MEASURES):
                continue
            if _SIZE_SYMBOL.fullmatch(unit) and not _REACHED_RIGHT_BEFORE.search(before[-40:]):
                continue  # "nhà có tổng diện tích sàn trên 300 m2": a size that picks out, unless reached
            if _COUNT_WORD_AT_END.search(before.rstrip()[-_LONGEST_COUNT_WORD:]):
                continue  # "năm 2025", "giai đoạn 2", "Điều 3": a year or a numbering, not a quantity
            if _RESTATES_A_RATE.search(before[-80:]):
                continue  # "85% diện tích mặt bằng (khoảng 310 ha)": the rate before it, in other units
            if _HOLDS.search(before[-30:]):
                continue  # "doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ": who owns what, a kind of body
            if _SUPPORTS.search(before[-30:]) and ("đồng" in unit or unit.startswith("%")
                                                    and _SHARE_OF_A_COST.match(clause, m.end())):
                continue  # "hỗ trợ thêm 30% mức đóng": how much help is given, no level anyone reaches (but "hỗ trợ
                # 1.500 căn nhà", "hỗ trợ 100% hộ nghèo có nhu cầu" count the help to give)
            if _PICKS_OUT.search(before[-_PICKS_OUT_REACH:]) and not _REACHED_BY_THE_UNITS.search(before):
                continue  # "Kiểm tra 10 dự án có tỷ lệ giải ngân dưới 30%": the units the work picks out, no level (but
                # "Phấn đấu các trường có tỷ lệ học sinh bỏ học dưới 1%" sets the level they are to reach)
            if not unit.startswith("%") and _WHERE_BEFORE.search(before[-6:]) or _per_one(clause, m):
                continue  # "… học viên tại 102 xã, phường": where the work is done ("tại 100% xã": how far it reaches)
            low, high = parse_number(m.group(1)), parse_number(m.group(2)) if m.group(2) else None
            lo, hi = _bounds(before, low, high, clause[m.end():m.end() + _AFTER_REACH])
            if hi is None and lo == _WHOLE and unit.startswith("%"):
                hi = lo  # "lắp thiết bị trên 100% phương tiện": on all of them (no share passes the whole)
            hits.append((m.start(), m.end(), lo, hi, unit.replace(" ", " ")))
        for m in _TIMES.finditer(clause) if "lần" in clause else ():
            low, high = parse_number(m.group(1)), parse_number(m.group(2)) if m.group(2) else None
            hits.append((m.start(), m.end(), low, high if high is not None else low, "lần"))
        for m in _RANK.finditer(clause) if ("nhóm" in clause or "Top" in clause) else ():
            unit = m.group(2).strip() or "thứ hạng"
            if re.match(r"(?:nhiệm vụ|giải pháp|quan điểm|chỉ tiêu)", unit):
                continue
            hits.append((m.start(), m.end(), None, float(m.group(1)), unit))
        for m in _RATE_PER.finditer(clause) if "/" in clause else ():
            before = clause[: m.start()]
            if _COMMIT.search(before[-40:]):
                low = parse_number(m.group(1))
                lo, hi = _bounds(before, low, None)
                hits.append((m.start(), m.end(), lo, hi, " ".join(m.group(2).split())))
        taken = [(start, end) for start, end, *_ in hits]
        # A count qualifies the rate it comes after ("100% số xã (125 xã)") or runs into ("được sàng lọc ít nhất 05
        # bệnh … đạt 90%"); one set off before the rate is a target of its own ("khoảng 75.000 tàu cá, trong đó ít
        # nhất 95% …").
        first_rate = min((start for start, *_, unit in hits if unit.startswith("%")), default=None)
        for m in _COUNTED.finditer(clause):
            if first_rate is not None and (m.start() > first_rate or "," not in clause[m.end():first_rate]):
                continue
            if any(start <= m.start() < end for start, end in taken):
                continue
            before = clause[: m.start()]
            unit = _COUNTED_FROM_WORD.sub("", " ".join(m.group(3).split()))  # ("06 giờ kể từ …": the unit "giờ")
            # (a duration the clause names as its indicator is a level held, though counted from an event: "Thời gian
            # tiếp cận hiện trường … không quá 06 giờ kể từ khi nhận được thông tin")
            limit = _TIME_UNIT.match(unit) and (_DURATION_LEVEL.search(before) or _TIME_LIMIT.search(before)
                                                and not _COUNTED_FROM.match(clause, m.start(3)))
            counted_output = _OUTPUT_UNIT.match(unit) and _FLOOR_BEFORE.search(before)
            if not limit and (_NOT_A_UNIT.match(unit) and not counted_output
                              or not (listed_at(before) or _STRONG_COMMIT.search(before[-40:]))):
                continue
            if _COUNT_WORD_AT_END.search(before.rstrip()[-_LONGEST_COUNT_WORD:]) or _WHERE_BEFORE.search(before[-6:]) \
                    or _per_one(clause, m):
                continue  # "phấn đấu năm 2025 cả nước …": a year, not a count; "tại 102 xã": where, not how many
            low, high = parse_number(m.group(1)), parse_number(m.group(2)) if m.group(2) else None
            lo, hi = _bounds(before, low, high, clause[m.end():m.end() + _AFTER_REACH])
            hits.append((m.start(), m.end(), lo, hi, unit))
        # "giảm từ 23 ca sinh … xuống 18": where the indicator starts from, not where it goes
        # (nor the level reached now or forecast)
        hits = sorted(hit for hit in hits if not (clause.endswith("từ ", 0, hit[0]) and _BASELINE.match(clause, hit[0]))
                      and not any(start <= clause_start + hit[0] < end for start, end in states))
        for k, (start, end, lo, hi, unit) in enumerate(hits):
            years = [y for y in _YEAR.finditer(clause[:start])]
            year = int(years[-1].group(1)) if years else default_year
            found.append(Target(
                text=clause.strip(" .;"),
                indicator=_SPACES.sub(" ", _indicator(clause, hits[k - 1][1] if k else 0, start, end,
                                                      hits[k + 1][0] if k + 1 < len(hits) else len(clause), unit)),
                min=_clean(lo) if lo is not None else None,
                max=_clean(hi) if hi is not None else None,
                unit=unit,
                year=year,
                task=task_id,
                span=Span(offset + clause_start + start, offset + clause_start + end),
            ))
    return found
