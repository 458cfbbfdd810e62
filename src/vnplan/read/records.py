"""A plan exported as records: a task tracker's or a database's export that keeps the plan in one record and each of
its tasks in another.

Every such export is a list of records, each a field name → value, whatever the tool calls its fields ("Subject",
"CONTENT", "title", "noi_dung", "DonViChuTri"). The readers of each carrier (a CSV with a header row, a JSON list, a
feed of XML items, a dump's tables, a database client's answer, MongoDB's shell) give those records here, and one layout
turns them into the plan's page:
- the record holding the plan's text (a long value, one of its lines the document's type or number) gives the page;
  else the record holding most of a document's fields ("so_ky_hieu", "trich_yeu", "muc_tieu", "nguoi_ky") is laid out
  as a header, parts and signature, with a table of one paragraph a row as its text;
- each other record becomes one entry of the plan's task part: its title (the first line of words among its values),
  its longer texts, and the fields the plan's vocabulary names (a column "Đơn vị chủ trì", a key "chu_tri") written as
  the field lines the extraction reads;
- a record under another task's (a sub-task naming its parent) is a dash under it;
- the entries go where the plan's text puts its tasks: at the end of its task part, at the list an entry announces,
  else before the signature. Records that assign nothing, or a text that lists its tasks itself, add nothing.
The tracker's own values — ids, dates, statuses, percentages, time stamps, the people it assigns — are not the plan's
words and are left out.
"""
from __future__ import annotations

import re

from ..lexicon import (DOCUMENT_FIELDS, FIELD_LINE, ORGANISATION_HEADINGS, OUTLINE_LABEL, PART_FIELD_NAMES,
                       PORTAL_LABELS, RECORD_FIELD_ROLES, RECORD_GROUP_NAMES, SIGNATURE_OPENING, TABLE_COLUMN_HEADS,
                       TASK_HEADINGS, TYPE_LINE, TYPE_THEN_TITLE, field_role, is_column_head, roman_numeral)
from ..textfold import fold
from .html import holds_markup, html_to_text

Record = dict[str, str]

_DOCUMENT_LENGTH = 400  # characters, at least, of the value that holds the plan's text
_DOCUMENT_LINES = 3
_SHORT_VALUE = 40  # characters: after the title, a value this short is the tracker's (a name, a status), not the plan's
# The field names a record's labelled values are written with, by their role: the names the field blocks are read by.
_FIELD_NAMES = {"content": "Nội dung", "lead": "Chủ trì", "coordinators": "Phối hợp", "time": "Thời gian"}
_PART_HEADING = re.compile(r"^\W*(?:[IVX]{1,4}|[A-Z])[.)]\s+(\S.*)$")
_END_OF_BODY = re.compile(r"^\W*(?:" + SIGNATURE_OPENING + ")", re.I)
_TASK_HEADING = re.compile("|".join(TASK_HEADINGS), re.I)
_ORGANISATION_HEADING = re.compile("|".join(ORGANISATION_HEADINGS), re.I)
_ENTRY_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-–•+])\s")
_OWN_ENTRIES = 2  # labelled lines in the text's task part: it lists its tasks itself
_MACHINE_VALUE = re.compile(r"[\w./:+#@-]*|[\d\s/:.,%+-]*(?:AM|PM)?", re.I)


_MACHINE_KEY = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_CAMEL_KEY = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+|(?:[A-Z][a-z0-9]+){2,}")  # "soKyHieu", "DonViChuTri"
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z0-9]+")


def _label_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for label in (*TABLE_COLUMN_HEADS, *PORTAL_LABELS):
        for word in label.split():
            words.setdefault(fold(word), word if word.isupper() else word.lower())
    return words


_LABEL_WORDS = _label_words()
_KNOWN_LABELS = {fold(label).lower(): label for label in (*TABLE_COLUMN_HEADS, *PORTAL_LABELS)}


def key_label(key: str) -> str:
    """A machine key as the label it folds ("co_quan_chu_tri", "DonViChuTri" → "Cơ quan chủ trì", "Đơn vị chủ trì");
    any other key as written."""
    if _MACHINE_KEY.match(key):
        words = key.split("_")
    elif _CAMEL_KEY.fullmatch(key):
        words = [word.lower() for word in _CAMEL_WORD.findall(key)]
    else:
        return key
    text = _KNOWN_LABELS.get(" ".join(words)) or " ".join(_LABEL_WORDS.get(word, word) for word in words)
    return text[:1].upper() + text[1:]


def _is_words(value: str) -> bool:
    """Words, not a code: letters with spaces among them (an id, a date, an address, a status "needsAction" are none)."""
    value = value.strip()
    return bool(value) and not _MACHINE_VALUE.fullmatch(value) and any(c.isalpha() for c in value) \
        and (" " in value or len(value) <= 12)


def _lines(value: str) -> list[str]:
    return [line.rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _holds_the_plan(value: str) -> bool:
    """A document's whole text: long, of several lines, one of them its type ("KẾ HOẠCH", "CHỈ THỊ về …") or its
    number ("Số: 77/UBND-VX", a letter's)."""
    return len(value) >= _DOCUMENT_LENGTH and value.count("\n") + 1 >= _DOCUMENT_LINES and any(
        TYPE_LINE.fullmatch(line) or TYPE_THEN_TITLE.match(line) or _NUMBER_LINE.match(line) for line in _lines(value))


_NUMBER_LINE = re.compile(r"^\W*Số\s*:?\s*\d+[\w.-]*/[A-ZĐ]")


def _field(name: str, value: str) -> str | None:
    """The field line of a value whose name the plan's vocabulary knows ("Đơn vị phối hợp" → "Phối hợp: …")."""
    name = key_label(name)
    inner = _INNER_NAME.search(name)
    if inner and field_role(inner.group(1)) in _FIELD_NAMES:
        name = inner.group(1)  # ("Custom field (Đơn vị chủ trì)": the tool's wrapper round the plan's name)
    role = field_role(name)
    if role not in _FIELD_NAMES or not (is_column_head(name) or fold(name) != name.lower()):
        # (a name in ASCII only, "Notes", is the tool's, not the plan's vocabulary, but for the few it gives roles)
        role = RECORD_FIELD_ROLES.get(" ".join(name.lower().replace("-", " ").split()))
    if role is None:
        return None
    words = " ".join(value.split())
    if not words or words == "-" or role == "time" and (_SHARE.fullmatch(words) or _ISO_DATE.match(words)):
        return None  # (a tracker's progress, "40%", or its own date, "2027-11-20 10:00:00", is no time of the plan)
    return f"{_FIELD_NAMES[role]}: {words}"


def _stamps_a_time(value: str) -> bool:
    """The tool's own time stamp in words ("Monday, March 8, 2027 at 2:05:11 AM UTC"): a clock time, no Vietnamese."""
    return _CLOCK.search(value) is not None and fold(value) == value.lower()


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _names_someone(value: str) -> bool:
    """A person's name, or a unit's in title case ("Lò Văn Pản"): the tracker's assignee, no task's title."""
    words = value.split()
    return 2 <= len(words) <= _NAME_WORDS and all(word[:1].isupper() and word.isalpha() for word in words)


_NAME_WORDS = 5
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def _labels(records: list[Record]) -> frozenset[str]:
    """The fields that label the records rather than hold their words: the same value in every record that has it
    (an item's kind "tasks#task", the tracker's project name), or people's names in every one (the officer a
    tracker assigns, "Người phụ trách": no body of the plan)."""
    values: dict[str, set[str]] = {}
    for record in records:
        for name, value in record.items():
            values.setdefault(name, set()).add(value.strip())
    return frozenset(name for name, seen in values.items()
                     if len(seen) == 1 and sum(name in record for record in records) >= 2
                     or len(seen - {""}) >= 2 and all(_names_someone(value) for value in seen - {""}))


_EMPHASIS = re.compile(r"\*\*|__")
_WIKI_HEADING = re.compile(r"^h[1-6]\.\s+")  # (a tracker's wiki markup: "h3. III. NHIỆM VỤ CỤ THỂ")
_MARKED_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")


def _unmarked(lines: list[str]) -> list[str]:
    """A tracker's markdown read as plain lines: emphasis dropped ("**Chủ trì:** …"), a heading over a line ("### Đơn
    vị chủ trì" / "Sở Y tế": an issue form's field, named by the heading) one field line; blank lines dropped."""
    plain = [_WIKI_HEADING.sub("", _EMPHASIS.sub("", line)).strip() for line in lines]
    plain = [line for line in plain if line]
    out: list[str] = []
    for line in plain:
        heading = _MARKED_HEADING.match(out[-1]) if out else None
        if heading and not _MARKED_HEADING.match(line):
            out[-1] = f"{heading.group(1)}: {line}"
        else:
            out.append(line)
    return [_MARKED_HEADING.sub(r"\1", line) for line in out]


_INNER_NAME = re.compile(r"^[\w ]+\(([^()]+)\)$")
_NAMED_LINE = re.compile(r"^([^:]{2,60}):\s+(\S.*)$")
_FIELD_NAME_WORDS = 8


def _as_field_line(line: str) -> str:
    """A line naming a field in the tracker's words ("Thời hạn hoàn thành (theo Kế hoạch): Quý II/2027") in the words
    the plan's field blocks use ("Thời gian: Quý II/2027"); any other line as it is."""
    named = _NAMED_LINE.match(line)
    if named is None or len(named.group(1).split()) > _FIELD_NAME_WORDS or FIELD_LINE.match(line):
        return line
    return _field(named.group(1), named.group(2)) or line


def _entry(record: Record, labels: frozenset[str], under_another: bool,
           group: str | None = None, number: str = "") -> tuple[list[str], bool]:
    """A task's record as the lines of its entry (title, texts, fields), and whether it is an entry of its own: words
    alone (a message going on with the plan's text) are not. The entry's title takes the record's `number` in the
    plan's outline, where the tool keeps one."""
    title: str | None = None
    work: str | None = None  # the value of a field naming the work ("Nội dung"), a title where there is no other
    fields: list[str] = []
    texts: list[str] = []
    seen: set[str] = set()
    for name, value in record.items():
        value = _page_of(value.strip(), short=True)
        if not value or value in seen or name in labels or value == group:
            continue
        seen.add(value)
        line = _field(name, value)
        if line and line.startswith(_FIELD_NAMES["content"]) and work is None:
            work = " ".join(value.split())
        elif line:
            fields.append(line)
        elif not _is_words(value) or _stamps_a_time(value):
            continue
        elif title is None and "\n" not in value and not _names_someone(value):
            title = value
        elif "\n" in value or len(value) > _SHORT_VALUE:
            texts += [_as_field_line(line) for line in _unmarked(_lines(value))]
    fields = _plans_own_time(fields)
    if work is not None:  # (the field says what the work is; a title beside it only names it)
        title = work
    if title is None and not fields:
        return texts, False
    if title is None:
        if not texts:
            return [], False
        title, texts = texts[0], texts[1:]
    if number:
        title = f"{number}. {title}"
    return [f"- {title}" if under_another and not number else title, *texts, *fields], True


def _plans_own_time(fields: list[str]) -> list[str]:
    """The record's fields with one time: where it has several, the last in the plan's words ("Trước ngày 20/4/2027",
    "Quý II/2027") rather than a tracker's own due, a bare date ("18/04/2027", "March 12, 2027"); a progress column's
    state ("Tiến độ: Đang thực hiện") dates nothing."""
    times = [line for line in fields if line.startswith(_FIELD_NAMES["time"])]
    if len(times) < 2:
        return fields
    prefix = f"{_FIELD_NAMES['time']}: "
    dating = [line for line in times if _DATES.search(line[len(prefix):])] or times
    worded = [line for line in dating if fold(value := line[len(prefix):]) != value.lower()]  # (marked: Vietnamese)
    kept = (worded or dating)[-1]
    return [line for line in fields if line not in times or line is kept]


_DATES = re.compile(r"\d|thường xuyên|hằng|hàng năm|định kỳ", re.I)  # (a time holds a number, or says it recurs)


# An outline's number ("2", "2.1", "2.1.3"), as a schedule's "WBS" or "Outline Number" column keeps each row's
_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,4}")
_NUMBERED_SHARE = 0.8  # of the records, at least, that a field numbers


def _outline_field(records: list[Record]) -> str | None:
    """The field that numbers the records in the plan's outline, levels and all ("1", "1.1", "2.1.3"), where one does:
    each number after the one before in the outline's order. A count of the records ("ID": 1, 2, 3 …) numbers no
    level; amounts with decimals ("12.5", "3.2") number nothing."""
    for name in records[0] if records else ():
        values = [record.get(name, "").strip() for record in records]
        numbered = [tuple(map(int, value.split("."))) for value in values if _OUTLINE_NUMBER.fullmatch(value)]
        if len(numbered) >= _NUMBERED_SHARE * len(records) and any(len(number) > 1 for number in numbered) \
                and all(before < after for before, after in zip(numbered, numbered[1:])):
            return name
    return None


def _parents(records: list[Record], plan: set[int]) -> list[bool]:
    """Whether each record sits under another task's: a field named for its parent holds a value of an earlier record
    (not the plan's own: the tasks under it are the plan's entries)."""
    seen: set[str] = set()
    under: list[bool] = []
    for n, record in enumerate(records):
        parent = next((value.strip() for name, value in record.items() if "parent" in name.lower() and value.strip()),
                      "")
        under.append(bool(parent) and parent in seen)
        if n not in plan:
            seen.update(value.strip() for name, value in record.items() if "parent" not in name.lower())
    return under


def _announced_list(lines: list[str]) -> int | None:
    """After an entry that announces a list the text does not give ("3. Giao nhiệm vụ cụ thể như sau:" followed by
    "4. …" or the signature): the tasks' records are that list."""
    # (a remark in brackets under it, "(Chi tiết tại các công việc con)", is no list)
    texts = [(n, line.strip()) for n, line in enumerate(lines) if line.strip() and not _remark(line)]
    for (n, line), (_, following) in zip(texts, texts[1:]):
        label = _NUMBER_LABEL.match(line)
        if label and line.endswith(":") and (_END_OF_BODY.match(following) or _PART_HEADING.match(following)
                                             or (nxt := _NUMBER_LABEL.match(following)) and nxt.group(1).count(".")
                                             == label.group(1).count(".")):
            return next((k for k in range(n + 1, len(lines)) if lines[k].strip() and not _remark(lines[k])),
                        len(lines))
    return None


def _remark(line: str) -> bool:
    line = line.strip()
    return line.startswith("(") and line.endswith(")")


_NUMBER_LABEL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]\s")


def _insertion_point(lines: list[str]) -> int | None:
    """Where the tasks go in the plan's text: at the end of its task part (wherever it is: a decision's plan follows
    its signature), else before its first signature, else at its end; None when the text lists entries of its own
    where its tasks are (its task part, or a letter's body before any part)."""
    announced = _announced_list(lines)
    if announced is not None:
        return announced
    headings = [(n, match.group(1).partition(":")[0]) for n, line in enumerate(lines)
                if (match := _PART_HEADING.match(line)) and match.group(1).partition(":")[0].isupper()]
    ends = [n for n, line in enumerate(lines) if _END_OF_BODY.match(line)]
    task_part = next((n for n, title in headings
                      if _TASK_HEADING.search(title) and not _ORGANISATION_HEADING.search(title)), None)
    if task_part is not None:
        start = task_part + 1
        end = min([n for n, _ in headings if n > task_part] + [n for n in ends if n > task_part] + [len(lines)])
    else:  # (a letter's body: its entries before any part or signature)
        start = 0
        end = min([n for n, _ in headings] + ends + [len(lines)])
    entries = sum(1 for line in lines[start:end] if _ENTRY_LABEL.match(line))
    if entries >= _OWN_ENTRIES:
        return None
    return end if task_part is not None else min(ends + [len(lines)])


def _plan_text(records: list[Record]) -> tuple[int, list[str]] | None:
    """The record holding the plan's whole text, and its lines (an editor's HTML read as its page)."""
    longest = max(((len(value), n, name) for n, record in enumerate(records) for name, value in record.items()
                   if _holds_the_plan(_page_of(value))), default=None)
    return None if longest is None else (longest[1], [_WIKI_HEADING.sub("", line) for line in
                                                      _lines(_page_of(records[longest[1]][longest[2]]))])


def _page_of(value: str, short: bool = False) -> str:
    """A value an editor kept as HTML ("<p>…</p>") read as its text."""
    return html_to_text(value).strip() if (short or len(value) >= _DOCUMENT_LENGTH) and holds_markup(value) else value


def plan_text(records: list[Record]) -> str | None:
    """The plan's text alone, when a record holds it."""
    text = _plan_text(records)
    return None if text is None else "\n".join(text[1]).strip()


def _document_field(name: str) -> str | None:
    return DOCUMENT_FIELDS.get(fold(key_label(name)).lower())


def document_fields_in(names) -> int:
    """How many of these field names a document's own fields have (its number, type, title, issuer …)."""
    return sum(1 for name in names if _document_field(name))


def holds_the_documents_fields(names) -> bool:
    return document_fields_in(names) >= _DOCUMENT_FIELDS_AT_LEAST


def _part_field(name: str) -> str | None:
    return _PART_FIELDS.get(fold(key_label(name)).lower())


_PART_FIELDS = {fold(name).lower(): name for name in PART_FIELD_NAMES}
_DATE_LINE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
_ISO_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _date_line(value: str) -> str:
    """ "Cửa Lò, ngày 15 tháng 01 năm 2027" as it is; "2027-01-26" (a database's date) or "26/01/2027" (a service's) in
    the words of a header."""
    if _DATE_LINE.search(value):
        return value
    if iso := _ISO_DATE.match(value.strip()):
        year, month, day = iso.groups()
    elif written := _DAY_FIRST_DATE.match(value.strip()):
        day, month, year = written.groups()
    else:
        return ""
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""  # (no date: "03/15/2027" written month first)
    return f"Ngày {int(day):02d} tháng {int(month):02d} năm {year}"  # (no place: a line of its own)


def _paragraphs(table: list[Record]) -> list[str] | None:
    """A table keeping a text one paragraph a row (its kind and order beside it, codes): the paragraphs, or None."""
    lines = []
    for record in table:
        words = [value.strip() for value in record.values() if _is_words(value)]
        if len(words) > 1 or any(_assigns(name, value) for name, value in record.items()):
            return None  # (one text a row, and no one who does it: a task table names its lead)
        lines += _lines(words[0]) if words else []
    return lines if len(lines) >= _PARAGRAPH_ROWS else None


_PARAGRAPH_ROWS = 3


def _assigns(name: str, value: str) -> bool:
    """A field saying who does the work or when (not what it is)."""
    line = _field(name, value)
    return line is not None and not line.startswith(_FIELD_NAMES["content"])


def _fielded_plan(tables: list[list[Record]], records: list[Record]) -> tuple[set[int], list[str], int] | None:
    """A plan kept as fields (a database's row: "so_ky_hieu", "trich_yeu", "muc_tieu", "nguoi_ky" …), and maybe its
    paragraphs in a table of their own, laid out as its page: the header, the parts in the record's order, the place
    its tasks go, the parts that organise it, the signature. With the indices of the records that are the plan's."""
    counts = [sum(1 for name in record if _document_field(name)) for record in records]
    if not records or max(counts) < _DOCUMENT_FIELDS_AT_LEAST:
        return None
    document = counts.index(max(counts))
    fields: dict[str, str] = {}
    parts: list[tuple[str, str]] = []
    for name, value in records[document].items():
        role, part = _document_field(name), _part_field(name)
        if role in ("number", "date") and value.strip() or role and not _MACHINE_VALUE.fullmatch(value.strip()):
            fields.setdefault(role, value.strip())  # (a kind in code, "van_ban", is no document type)
        elif value.strip() and part:
            parts.append((part, value.strip()))
        elif not role and "\n" in value.strip() and _is_words(value):
            parts.append(("", value.strip()))  # (a text field named otherwise, "objectives": its words as they are)
        elif _DATE_LINE.search(value) and len(value) < _SHORT_VALUE * 2:
            fields.setdefault("date", value.strip())
    page = [fields[role].upper() for role in ("parent_issuer", "issuer") if role in fields]
    page += [f"Số: {fields['number']}"] if "number" in fields else []
    page += [line for line in [_date_line(fields.get("date", ""))] if line]
    page += [fields["type"].upper()] if "type" in fields else []
    page += [fields["title"]] if "title" in fields else []
    skipped = {document}
    offset = 0
    for table in tables:
        if (lines := _paragraphs(table)) is not None and document not in range(offset, offset + len(table)):
            page += lines
            skipped.update(range(offset, offset + len(table)))
        offset += len(table)
    closing = [value if fold(value).lower().startswith("noi nhan") else f"Nơi nhận: {value}"
               for part, value in parts if part == "nơi nhận"]
    # (on whose behalf, then the signer's title in capitals, as a signature sets them, over the name)
    closing += [fields["signing_for"]] if "signing_for" in fields else []
    closing += [fields["signer_title"].upper()] if "signer_title" in fields else []
    closing += [fields["signer"]] if "signer" in fields else []
    number = 0
    organising = None  # where the part that organises the plan begins: its tasks' part goes before it
    for part, value in parts:
        if part == "căn cứ":
            # (the proposal the basis closes on, "Theo đề nghị của …", "Xét đề nghị …", is none)
            page += [line if fold(line).lower().startswith(("can cu", "theo de nghi", "xet")) else f"Căn cứ {line}"
                     for line in _lines(value)]
        elif part != "nơi nhận":
            lines = _lines(value)
            if not part and "title" in fields and TYPE_LINE.fullmatch(lines[-1]) and fields["title"] in page:
                # (the document's printed header in a field, "ỦY BAN NHÂN DÂN … KẾ HOẠCH": its title goes under it)
                page.remove(fields["title"])
                lines.append(fields["title"])
            if organising is None and _ORGANISATION_HEADING.search(part or lines[0]):
                organising = len(page)
            if part and not _PART_HEADING.match(lines[0]):
                number += 1
                lines.insert(0, f"{roman_numeral(number)}. {part.upper()}")
            page += lines
    at = _insertion_point(page)
    if at is None or not _in_task_part(page, at):
        at = len(page) if organising is None else organising
    return skipped, page + closing, at


_DOCUMENT_FIELDS_AT_LEAST = 3  # of number, type, title, issuer, date, signer: a record of the document itself


_SECTION_LABEL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2})*\.?\s+\S")


def _names_a_group(name: str) -> bool:
    """A field named for the part of the plan a task sits in ("nhom", "Mục Kế hoạch", "Custom field (Nhóm)")."""
    name = key_label(name)
    inner = _INNER_NAME.search(name)
    words = fold(inner.group(1) if inner else name).lower().split()
    return any(" ".join(words[:n]) in RECORD_GROUP_NAMES for n in range(1, len(words) + 1))


def _is_part_heading(line: str) -> bool:
    heading = _PART_HEADING.fullmatch(line.strip())
    return heading is not None and heading.group(1).partition(":")[0].isupper()


def _group(record: Record) -> str | None:
    """The part of the plan a task's record names as its own: a heading in capitals ("II. NHIỆM VỤ CỤ THỂ"), or the
    value of a field named for it ("group_name": "III.1. Hoàn thiện cơ chế, chính sách")."""
    for name, value in record.items():
        if _is_part_heading(value) or (
                "\n" not in value.strip() and _SECTION_LABEL.match(value.strip()) and _names_a_group(name)):
            return value.strip()
    return None


def records_page(tables: list[list[Record]]) -> str | None:
    """The plan's page with its tasks' records in it, when one of the records holds the plan's text or its fields;
    None when the records add nothing to the plan's text, or hold no plan (the caller reads them as it would
    without)."""
    records = [record for table in tables for record in table]
    text = _plan_text(records)
    if text is not None:
        skipped, page = {text[0]}, text[1]
        at = _insertion_point(page)
        if at is None:
            return None  # (the text lists its tasks: the records are the tracker's notes on them, and add nothing)
    elif (fielded := _fielded_plan(tables, records)) is not None:
        skipped, page, at = fielded
    else:
        return None
    assigning = {n for table, first in _table_starts(tables) for n in range(first, first + len(table))
                 if any(_field(name, value) for record in table for name, value in record.items())
                 or any(FIELD_LINE.match(line) for record in table for value in record.values()
                        for line in _lines(value))}
    others = [(n, record) for n, record in enumerate(records)
              if n not in skipped and (n in assigning or len(tables) == 1)]
    under = _parents(records, skipped)
    labels = _labels([record for _, record in others])
    outline = _outline_field([record for _, record in others])
    groups = [_group(record) for _, record in others]
    made = [_entry(record, labels, under[n], group, record.get(outline, "").strip() if outline else "")
            for (n, record), group in zip(others, groups)]
    entries = [lines or ([group] if group else []) for (lines, _), group in zip(made, groups)]
    groups = [None if entry == [group] else group for entry, group in zip(entries, groups)]  # (a part's own record)
    own = [titled for (lines, titled), entry in zip(made, entries) if entry]
    groups = [group for group, entry in zip(groups, entries) if entry]
    entries = [entry for entry in entries if entry]
    if not any(FIELD_LINE.match(line) for entry in entries for line in entry[1:]):
        return None  # (records that assign nothing, a feed's other documents, add nothing to the plan)
    if not any(OUTLINE_LABEL.match(entry[0]) for entry in entries if not entry[0].startswith("- ")):
        # (titles without numbers, as a tracker keeps them: each record one numbered entry, in the tracker's order)
        number = iter(range(1, len(entries) + 1))
        entries = [entry if entry[0].startswith("- ") or not titled else [f"{next(number)}. {entry[0]}", *entry[1:]]
                   for entry, titled in zip(entries, own)]
    lines: list[str] = []
    if text is None and not any(_is_part_heading(group) for group in groups if group) and not _in_task_part(page, at):
        # (a database's plan names its parts by its columns, its tasks' part by their table: named here, numbered
        # after the parts before it)
        lines.append(f"{roman_numeral(1 + sum(1 for line in page[:at] if _PART_HEADING.match(line)))}. {_TASK_PART}")
    for k, entry in enumerate(entries):
        if groups[k] and groups[k] != (groups[k - 1] if k else None) and _is_part_heading(groups[k]):
            lines.append(groups[k])  # (a section under a part, "II.3. …", is the entries' own: the plan reads on)
        lines += entry
    return "\n".join(page[:at] + lines + page[at:]).strip()


_TASK_PART = TASK_HEADINGS[0].upper()


def _table_starts(tables: list[list[Record]]) -> list[tuple[list[Record], int]]:
    """Each table with the index its first record has among all the records."""
    starts, first = [], 0
    for table in tables:
        starts.append((table, first))
        first += len(table)
    return starts


def _in_task_part(page: list[str], at: int) -> bool:
    heading = next((line for line in reversed(page[:at]) if _PART_HEADING.match(line)), "")
    return bool(heading) and bool(_TASK_HEADING.search(heading)) and not _ORGANISATION_HEADING.search(heading)
