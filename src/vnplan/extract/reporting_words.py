"""The vocabulary of reporting duties, as data: where duties sit, how a report is sent, when it is due.

Every pattern is matched against NFC text in the document's own case; the patterns that
need it are case-blind. `reporting.py` holds the reading; this module holds the words.
"""
from __future__ import annotations

import re

from ..lexicon import ASSIGNING, UPPER_LETTERS

# --- where duties sit ----------------------------------------------------------------
# A part or article about carrying the plan out: every report clause in it is read.
ORGANISATION_HEADING = re.compile(
    r"tổ chức (?:thực hiện|triển khai)|trách nhiệm (?:thực hiện|triển khai)|chế độ (?:thông tin,?\s*)?báo cáo"
    r"|(?:theo dõi|kiểm tra),?\s*(?:đánh giá|giám sát|báo cáo)",
    re.I,
)
# Parts that only explain, aim, cost or describe a method: nobody is assigned a report there.
NO_DUTY_HEADING = re.compile(
    r"^(?:mục đích|yêu cầu|mục tiêu|quan điểm|căn cứ|sự cần thiết|tình hình|kết quả|đánh giá|bối cảnh"
    r"|kinh phí|nguồn (?:kinh phí|lực|vốn)|phương pháp|đối tượng|phạm vi|giải thích)",
    re.I,
)
ARTICLE = re.compile(r"^Điều\s+\d+\s*[.:]\s*(.*)$")
# The title of an attached plan or annex: a new body of duties begins, also after a signature.
# (any document's type word alone on its line: the document after a cover sheet that ended with its notes, a fax's)
NEW_DOCUMENT_BODY = re.compile(r"^(?:(?:PHỤ LỤC|KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|QUY CHẾ)\b|(?:CÔNG ĐIỆN|CHỈ THỊ|THÔNG BÁO|NGHỊ QUYẾT"
                               r"|QUYẾT ĐỊNH)\s*$"
                               # an appendix titled in sentence case: "Phụ lục II", "Phụ lục: Nhiệm vụ cụ thể …"
                               r"|Phụ lục(?:\s+(?:số\s+)?[IVXLC\d]+)?(?:\s*[:.–-]|\s*$))")
# A part label left alone on its line, its heading on the next ("III." / "TỔ CHỨC THỰC HIỆN").
BARE_PART_LABEL = re.compile(r"^\W*(?:PHẦN\s+)?(?:[IVXLC]+|[A-Z])\s*\.?\W*$")

# --- how a report is sent ----------------------------------------------------------------
# "báo cáo" as a verb, or "gửi" towards someone; a noun ("xây dựng báo cáo", "hồ sơ Báo cáo
# đề xuất", "biểu mẫu báo cáo", "tổng hợp báo cáo từ các sở", "báo cáo viên") sends nothing.
SEND = re.compile(r"(?<![\wđ])(?:báo cáo|gửi)(?![\wđ])", re.I)
# "gửi" sends a report when what follows is the report or where it goes ("gửi kết quả rà soát về …",
# "gửi về UBND tỉnh", "gửi Sở X"); "gửi các nội dung, thông tin …" hands over information.
SENT_THING = re.compile(
    r"\s+(?:(?:các\s+)?(?:báo cáo|kết quả|kế hoạch|chương trình|tình hình|đánh giá|số liệu tổng hợp)|về|đến|tới|lên|cho|qua"
    r"|[" + UPPER_LETTERS + r"])",
)
REPORT_NOUN_WORDS = ("xây dựng", "lập", "hoàn thiện", "hồ sơ", "không", "biểu mẫu", "mẫu", "chế độ", "thông tin", "số liệu",
                     "các", "những", "trong", "công bố", "về", "tiếp nhận", "nội dung", "tài liệu", "dự thảo",
                     "chế độ thông tin,", "đề cương",  # ("đề cương báo cáo": a report's outline)
                     "mẫu biểu", "phần mềm", "hệ thống")  # ("mẫu biểu báo cáo trên hệ thống": its forms, its software)
REPORT_NOUN_BEFORE = re.compile("(?:" + "|".join(REPORT_NOUN_WORDS) + ")$", re.I)  # the words right before the verb
# What is sent or reported, said in the passive ("thông tin cảnh báo được gửi đến các xã"): no one's duty to report.
PASSIVE_BEFORE = re.compile(r"(?<![\wđ])(?:được|bị)\s+$", re.I)
# A clause naming its own occasion ("… báo cáo kết quả khi kết thúc năm"): the cycle its sentence opens on is not its.
OWN_OCCASION = re.compile(r"(?<![\wđ])(?:khi|sau|cuối|kết thúc|trước)(?![\wđ])", re.I)
DONE_BEFORE = re.compile(r"(?<![\wđ])đã\s+được\s+$", re.I)  # ("kết quả đợt 1 đã được báo cáo …": a fact, no duty)
# "hoàn thành báo cáo …": a report to draft; a duty to send it only where the sentence names whom to
REPORT_DRAFTED = re.compile(r"hoàn thành\s+$", re.I)
REPORT_NOUN_AFTER = re.compile(r"^\s*(?:viên|từ|đề xuất|thẩm định|tài chính|dự báo)\b", re.I)
# A body saying what it received ("Cục X nhận được Báo cáo số … của Y gửi Thủ tướng …"): the sending is the received
# document's, done; no one owes a report. Only right after the body's name: "kể từ ngày nhận được …" dates a duty.
RECEIVED = re.compile(r"\s*(?:đã\s+)?nhận được(?![\wđ])")
CONDITION_OPENING = re.compile(r"^\W*(?:trong\s+)?(?:trường hợp|nếu|khi)\b", re.I)
# Submitting a document for a decision is not reporting ("báo cáo cấp có thẩm quyền phê duyệt",
# "gửi Sở Tài chính thẩm định", "báo cáo UBND tỉnh xem xét, quyết định"), unless it comes back each period.
# (not the decision as a thing the report waits for: "… sau khi có quyết định công nhận kết quả")
FOR_DECISION = re.compile(r"phê duyệt|phế duyệt|thẩm định|xem xét|(?<!có )quyết định(?!\s+số)|cho phép|chấp thuận",
                          re.I)
# What a report is about, when the clause says it.
# A list sent to a body ("lập danh sách hộ …, gửi Phòng X trước ngày …"), or another of the work's products (an outline,
# a bank of questions, a file, a draft): handed over, no report; so are the people's opinions gathered once, not those
# sent each period ("Định kỳ hằng quý, … tổng hợp ý kiến, kiến nghị của công dân, gửi UBND tỉnh"). A review's findings
# ("tổng kết … theo đề cương, gửi …") are a report whatever else the clause names.
SENT_PRODUCT = re.compile(r"\b(?:danh sách|đề cương|câu hỏi|hồ sơ|dự thảo)\b", re.I)
SENT_VIEWS = re.compile(r"\bý kiến\b", re.I)
RECURRING = re.compile(r"\b(?:định kỳ|h[àằ]ng (?:tuần|tháng|quý|năm))\b", re.I)
REVIEWED = re.compile(r"\b(?:tổng kết|sơ kết)\b", re.I)
REPORTED_CONTENT = re.compile(r"kết quả|tình hình|tiến độ|việc (?:triển khai|thực hiện)|hoạt động|số liệu", re.I)
# A report about money is a step of the budget procedure, not a reporting duty. (In lower case, at a clause's start or
# all in capitals: with a capital inside a sentence the words name an office, "Phòng Nghiệp vụ - Dự toán".)
BUDGET = re.compile(r"kinh phí|dự toán|ngân sách|nguồn vốn|^(?:Kinh phí|Dự toán|Ngân sách|Nguồn vốn)"
                    r"|KINH PHÍ|DỰ TOÁN|NGÂN SÁCH|NGUỒN VỐN")
# …unless what is reported is what the budget gave: "báo cáo kết quả thu ngân sách", "tình hình sử dụng kinh phí", "số
# liệu đối tượng, kinh phí chi trả".
BUDGET_RESULTS = re.compile(r"(?:kết quả|tình hình|tiến độ)\s+(?:thu|chi|giải ngân|thực hiện|sử dụng)\s+(?:ngân sách|"
                            r"dự toán|kinh phí|nguồn vốn|vốn)"
                            # (not its estimate nor its appraisal: "dự toán kinh phí chi trả", "thẩm định kinh phí")
                            r"|(?<!toán )(?<!định )kinh phí\s+(?:đã\s+)?(?:chi trả|sử dụng|giải ngân)", re.I)
# What follows the first report verb of a clause and only says why ("… để tổng hợp, báo cáo Y").
PURPOSE = re.compile(r"(?<![\wđ])để(?![\wđ])(?!\s+(?:xảy|xẩy|lọt|lộ|mất|chậm))|\bnhằm\b", re.I)  # "để xảy ra" lets happen
# Who the report goes through, not to: "(qua Sở Tư pháp)", "(thông qua Sở Nội vụ …)".
THROUGH = re.compile(r"\((?:thông\s+)?qua\b[^)]*\)", re.I)
# A report owed right after an event held on a day ("… và ngay sau khi kết thúc bỏ phiếu ngày 15/3/2026"): due once,
# that day.
RIGHT_AFTER_A_DATED_EVENT = re.compile(r"ngay\s+sau\s+khi\s+(?:kết thúc|hoàn thành|xong)[^.;]{0,60}?ngày\s+"
                                       r"(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})", re.I)
AT_ONCE = re.compile(r"\bngay\b|khi xảy ra", re.I)  # a report owed when an event happens
# … or promptly, when the event the clause names after the report happens ("kịp thời báo cáo Sở X khi phát hiện hộ …",
# "… khi phát sinh tình trạng học sinh bỏ học"); not when it is the work's own trouble or a need (`EVENT_NOT_NAMED`)
PROMPTLY = re.compile(r"kịp thời|\bngay\b", re.I)
EVENT_AFTER = re.compile(r"\bkhi (?:phát hiện|phát sinh|xảy ra)\b", re.I)
EVENT_NOT_NAMED = re.compile(r"khó khăn|vướng mắc|yêu cầu|\bcần\b|đề nghị|vấn đề", re.I)
# A report with no cycle, due or receiver is a duty only when the text makes it one.
# (a cycle shorter than the periods a frequency names, "hằng tuần", "mỗi ngày", is one too)
DUTY_CUE = re.compile(r"định kỳ|thường xuyên|kịp thời|\bngay\b|theo quy định|(?:h[àằ]ng|mỗi) (?:ngày|tuần)", re.I)
# A report that recurs whatever happens: problems among its contents ("định kỳ báo cáo … tình hình, kết quả, khó khăn
# vướng mắc") do not make it one owed only when they arise.
# A report owed day by day or week by week while an event lasts ("… và báo cáo các cấp hàng ngày"): a running duty of
# its own, more than the monitoring it follows (a report at the end of each quarter or year is that monitoring's).
RUNNING_REPORT = re.compile(r"(?:h[àằ]ng|mỗi) (?:ngày|tuần)", re.I)
STANDING = re.compile(r"định kỳ|thường xuyên|h[aằ]ng (?:năm|quý|tháng|tuần)", re.I)
# The results of one named year ("báo cáo … kết quả thực hiện Nghị quyết năm 2026"): one report, on that year.
RESULTS_OF_A_YEAR = re.compile(r"kết quả (?:thực hiện|triển khai)\b[^.;]{0,80}?\bnăm \d{4}(?!\s*[-–]\s*\d)", re.I)

# --- who reports --------------------------------------------------------------------------
# An office-holder stands for the body he heads.
LEADER_TITLE = r"(?:Thủ trưởng|Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Chánh Văn phòng|Người đứng đầu|Lãnh đạo)"
LEADER = re.compile(r"(?<![\wđ])" + LEADER_TITLE + r"(?:\s*\([^)]{0,30}\))?\s+(?:của\s+)?(?=\S)")
# Words that hand a duty to the body named next ("giao Sở X …", "đề nghị Y …", "yêu cầu các sở …").
ASSIGNS = re.compile(r"(?<![\wđ])" + ASSIGNING + r"\s+(?=\S)", re.I)
# Words the agency finder may take for a body ("Trường" a school, "Báo" a newspaper) that open no body here.
NOT_A_BODY = re.compile(r"(?:trường hợp|báo cáo)\b", re.I)
COLLECTIVE_REPORTER = re.compile(r"^Các\s", re.I)
# What may stand between the report verb and the body reported to: nothing, or a phrase ending in
# a word that points at the receiver ("báo cáo kết quả thực hiện về UBND tỉnh", "báo cáo và kiến
# nghị UBND tỉnh", "báo cáo ngay Chủ tịch UBND tỉnh", "báo cáo cấp có thẩm quyền (UBND thành phố …)");
# "của UBND tỉnh" owns, it receives nothing.
TOWARDS = re.compile(
    r"(?:^|(?<![\wđ])(?:về|với|lên|cho|đến|tới|gửi|báo cáo|kiến nghị|và|ngay|kịp thời|định kỳ|bằng văn bản)|thẩm quyền\s*\()"
    r"\s*(?:" + LEADER_TITLE + r"\s*)?$",
    re.I,
)
ABBREVIATIONS = [(re.compile(r"\bUBND\b"), "Ủy ban nhân dân"), (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân")]

# A table of reports, one row per report ("| TT | Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn gửi |"), as a
# monitoring plan's "Chế độ báo cáo" lists them: its header names who reports and who receives, by these words.
REPORT_TABLE_COLUMNS = {
    "report": ("loại báo cáo", "tên báo cáo", "kỳ báo cáo", "báo cáo", "nội dung báo cáo"),
    "reporter": ("đơn vị báo cáo", "cơ quan báo cáo", "đơn vị gửi", "cơ quan gửi", "đơn vị gửi báo cáo",
                 "đơn vị thực hiện báo cáo", "đơn vị thực hiện", "trách nhiệm báo cáo"),
    "recipient": ("nơi nhận", "đơn vị nhận", "cơ quan nhận", "nơi nhận báo cáo", "đơn vị nhận báo cáo", "gửi về",
                  "cơ quan tiếp nhận", "đơn vị tiếp nhận"),
    "time": ("thời hạn gửi", "thời hạn", "thời gian gửi", "hạn gửi", "thời hạn báo cáo", "thời gian", "thời hạn nộp"),
}
_REPORT_COLUMN_OF = {head: column for column, heads in REPORT_TABLE_COLUMNS.items() for head in heads}


def report_table_columns(cells: list[str]) -> dict[str, int]:
    """Each column of a table of reports, by its header's cells; empty unless the header names both who reports and
    who receives (a task table names neither so)."""
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        column = _REPORT_COLUMN_OF.get(" ".join(cell.lower().strip(" *").split()))
        if column is not None:
            columns.setdefault(column, i)
    return columns if {"reporter", "recipient"} <= columns.keys() else {}


# --- when -----------------------------------------------------------------------------------
# ("từ ngày 10 đến ngày 15 tháng 12": a window's last day is the due)
_BEFORE = (r"(?:trước|chậm nhất(?:\s+(?:là|vào))?|hạn|vào|trong|từ\s+ngày\s+\d{1,2}\s+đến)\s+(?:ngày\s+)?"
           r"(?:trước\s+ngày\s+)?")
EVERY = r"(?:hằng|hàng|mỗi)"
# "trước ngày 20 của tháng cuối quý", "ngày 15 tháng cuối quý": a day in each quarter;
# "ngày 05 của tháng đầu quý sau": the same, reported after the quarter closes.
DUE_QUARTER_DAY = re.compile(
    _BEFORE + r"(\d{1,2})\s+(?:của\s+)?tháng\s+(?:cuối|đầu|đầu tiên)\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý", re.I
)
# "trước ngày 20 hằng tháng", a time cell's "Ngày 10 hằng tháng": a day in each month, whatever word comes before it.
DUE_MONTH_DAY = re.compile(r"(?:" + _BEFORE + r"|\bngày\s+)(\d{1,2})\s+" + EVERY + r"\s+tháng", re.I)
# "Hằng tháng, trước ngày 25, báo cáo …", "hằng tháng (trước ngày 20)": a day alone, of the cycle the clause states.
DUE_BARE_DAY = re.compile(r"(?:trước|chậm nhất(?:\s+(?:là|vào))?)\s+ngày\s+(\d{1,2})(?!\s*(?:/|-|\.\d|tháng|\d))", re.I)
# "trước ngày 20 tháng 11 hằng năm", "(trước ngày 15 tháng 11)", "trước ngày 15/12 hằng năm": no year follows.
DUE_YEAR_DAY = re.compile(
    _BEFORE + r"(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:/|năm\s+\d|\d))|" + _BEFORE + r"(\d{1,2})/(\d{1,2})(?![/\d])", re.I
)
# "trước ngày 15/6 và ngày 15/12 hằng năm": a second day of the year after the first, joined by "và"; the first half's
# report and the year's.
AND_ANOTHER_DAY = re.compile(r"\s*(?:,|và)\s+(?:" + _BEFORE + r"|ngày\s+)?(\d{1,2})(?:/|\s+tháng\s+)(\d{1,2})(?![/\d])",
                             re.I)
_ONCE_IN = r"\s+(?:một|1)\s+lần"  # "3 tháng một lần": once every three months
# A report named by its cycle, as a table of reports lists them ("Báo cáo tháng (số liệu)" / "Trước ngày 05 …"; not "báo
# cáo tháng 6/2027", one month's, "báo cáo Tháng hành động", a campaign's, nor "báo cáo tháng cao điểm")
_REPORT_OF = r"báo cáo\s+(?:định kỳ\s+)?"
_MONTHS_REPORT = r"(?-i:tháng)(?=\s*(?:[,;.(|]|$|về\s|gửi\s|trước\s))"
FREQUENCIES: list[tuple[str, re.Pattern]] = [
    ("monthly", re.compile(EVERY + r"\s+tháng|định kỳ tháng|theo tháng|(?<!\d)0?1\s+tháng" + _ONCE_IN + "|"
                           + _REPORT_OF + _MONTHS_REPORT, re.I)),
    # (the end of one year or quarter named, "cuối năm 2027", "cuối quý II/2027", is one time, no cycle)
    ("quarterly", re.compile(EVERY + r"\s+quý|định kỳ quý|theo quý|cuối quý(?!\s*[IV]+\s*/\s*\d{4})|(?:(?<!\d)0?3|ba)\s+tháng" + _ONCE_IN, re.I)),
    # (a report on the first or last six months of a year named, "6 tháng đầu năm 2027", is one report, due once: see
    # HALF_OF_A_YEAR)
    ("semiannual", re.compile(r"(?:(?<!\d)0?6|sáu)\s+tháng(?!\s+(?:đầu|cuối)\s+năm\s+\d{4})|nửa năm|bán niên", re.I)),
    ("annual", re.compile(EVERY + r"\s+năm|định kỳ năm|theo năm|cuối năm(?!\s+\d{4})|(?:một|1)\s+năm" + _ONCE_IN, re.I)),
]
# A sentence that opens on its cycle ("Định kỳ …", "Hằng quý, …", "Sáu tháng một lần …")
STANDING_OPENING = re.compile(r"\W*(?:định kỳ|" + EVERY + r"\s+(?:năm|quý|tháng|tuần)|(?:\d{1,2}|ba|sáu)\s+tháng"
                              + _ONCE_IN + r")(?![\wđ])", re.I)
PERIODIC = {"monthly", "quarterly", "semiannual", "annual"}
# "tại kỳ họp cuối năm 2027": the end of one year named, a report due once.
END_OF_A_NAMED_YEAR = re.compile(r"cuối năm\s+\d{4}", re.I)
# "báo cáo sơ kết 6 tháng đầu năm 2027": the first or last half of a year named, a report due once (without the year,
# "sơ kết 6 tháng đầu năm" comes back each half-year of the plan).
HALF_OF_A_YEAR = re.compile(r"(?:(?<!\d)0?6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}", re.I)
# A second report the same clause asks for: "báo cáo sơ kết quý I trước ngày 25/3/2026 và báo cáo … cả năm trước ngày
# 20/11/2026", "… 6 tháng (trước ngày 12/6/2026) và năm (trước ngày 25/11/2026)".
SECOND_REPORT = re.compile(
    r",?\s+và\s+(?=(?:báo cáo|gửi báo cáo|(?:cả\s+)?năm|(?:0?6|sáu)\s+tháng|quý)(?![\wđ]))", re.I)
# Cycles listed, then their days in the same order: "định kỳ 6 tháng, hằng năm (trước ngày 18 tháng 6 và ngày 18 tháng
# 12)", "báo cáo … quý, sáu tháng, năm … trước ngày 25 tháng cuối của quý, ngày 25 tháng 6 và ngày 25 tháng 12".
_CYCLE_WORD = r"(?:quý|(?<!\d)0?6\s+tháng|sáu\s+tháng|năm)(?!\s*\d)"
# ("sơ kết 6 tháng, tổng kết năm": each cycle's report named by what it does)
_REVIEW = r"(?:sơ kết|tổng kết)\s+"
LISTED_CYCLES = re.compile(r"(?<![\wđ])" + _CYCLE_WORD + r"(?:\s*(?:,|và)\s*(?:" + EVERY + r"\s+|" + _REVIEW + ")?"
                           + _CYCLE_WORD + r")+", re.I)
CYCLE_IN_LIST = re.compile(r"(quý)|(6\s+tháng|sáu\s+tháng)|(năm)", re.I)
# A day of the list: in the quarter's last month, in a month, or day/month. The first comes after its "trước".
_LISTED_DAY_FORMS = (r"(?:(\d{1,2})\s+(?:của\s+)?tháng\s+(?:(cuối\s+(?:của\s+)?quý)|(\d{1,2}))(?![\d/])"
                     r"|(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d{2}))?(?![\d/]))")  # (a date of one year: that report once)
LISTED_DAY = re.compile(r"[(\s]*" + _BEFORE + _LISTED_DAY_FORMS, re.I)
NEXT_LISTED_DAY = re.compile(r"\s*(?:,|và)\s*(?:ngày\s+)?" + _LISTED_DAY_FORMS, re.I)
# One report per cycle, each with its own day: "6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)".
CYCLE_WITH_DAY = re.compile(
    r"(?:(?P<semiannual>(?<!\d)0?6\s+tháng|sáu\s+tháng)|(?P<quarterly>quý)|(?P<annual>năm))(?:\s+đầu năm)?\s*[(:,]?\s*"
    + r"(?=" + _BEFORE + r"\d{1,2}(?:\s+tháng\s+|/)\d{1,2}(?![/\d]|\s*năm\s+\d))"
    + r"|(?P<monthly>" + EVERY + r"\s+tháng)\s*[(:,]?\s*(?=" + _BEFORE + r"\d{1,2}\s+" + EVERY + r"\s+tháng)",  # "hàng tháng (trước ngày 18 hàng tháng)"
    re.I,
)
# Each cycle with its day in brackets after it, however the day is written: "hằng tháng (trước ngày 02 của tháng sau),
# 6 tháng (trước ngày 05/6/2027) và năm (trước ngày 05/11/2027)".
CYCLE_BRACKET = re.compile(r"(?<![\wđ])(?:" + EVERY + r"\s+)?(?:(?<!\d)0?6\s+tháng|sáu\s+tháng|tháng|quý|năm)\s*"
                           r"\([^()]*\d[^()]*\)", re.I)
# "hoặc đột xuất", "hoặc theo đề nghị": the extra occasions do not change the cycle.
# ("… hoặc đột xuất khi có yêu cầu": the occasion and its request, one)
BESIDES_THE_CYCLE = re.compile(r"hoặc\s+(?:khi\s+)?(?:đột xuất|theo (?:đề nghị|yêu cầu)|có yêu cầu)"
                               r"(?:\s+(?:khi|theo)\s+(?:có\s+)?(?:yêu cầu|đề nghị))?", re.I)


# A document of a project's or a draft's file called a report ("Báo cáo nghiên cứu khả thi dự án …", "Báo cáo kinh tế -
# kỹ thuật …", "Báo cáo đánh giá tác động …"): submitted for approval with it, no report of results.
REPORT_OF_A_FILE = re.compile(r"\s*Báo cáo\s+(?:nghiên cứu (?:tiền )?khả thi|kinh tế\s*-\s*kỹ thuật|đánh giá tác động"
                              r"|thẩm tra|thẩm định|thuyết minh|đề xuất)", re.I)
