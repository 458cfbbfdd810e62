"""A plan exported as records: a task tracker's or a database's export (a CSV with a header row, a JSON list of objects,
an XML feed of items) that keeps the plan's text in one record and each of its tasks in another.

Every such export is a list of records, each a field name → value, whatever the tool calls its fields ("Subject",
"CONTENT", "title", "noi_dung", "Đơn vị chủ trì"). The readers of each format (CSV, JSON, XML) give those records
here, and one layout turns them into the plan's page:
- the record holding the plan's text (its longest value, many lines long) gives the page;
- each other record becomes one entry of the plan's task part: its title (the first line of words among its values),
  the fields the plan's vocabulary names (a column "Đơn vị chủ trì", a key "chu_tri") as field lines, then its longer
  texts (a description holding "Nội dung: … / Chủ trì: …");
- a record under another (a sub-task naming its parent) is a dash under it;
- the entries go where the plan's text says its tasks are: at the end of the part headed by a task heading
  ("II. NHIỆM VỤ VÀ PHÂN CÔNG: xem các việc bên dưới"), else before the signature.
The tracker's own values — ids, dates, statuses, percentages, the people it assigns — are not the plan's words and
are left out: a value that is no prose, or a short one after the title.
"""
from __future__ import annotations

import re

from ..lexicon import (FIELD_LINE, OUTLINE_LABEL, ORGANISATION_HEADINGS, PORTAL_LABELS, TABLE_COLUMN_HEADS, TASK_HEADINGS, TYPE_LINE, TYPE_THEN_TITLE,
                       field_role, is_column_head)
from ..textfold import fold

Record = dict[str, str]

_DOCUMENT_LENGTH = 400  # characters, at least, of the value that holds the plan's text
_DOCUMENT_LINES = 3
_SHORT_VALUE = 40  # characters: after the title, a value this short is the tracker's (a name, a status), not the plan's
# The field names a record's labelled values are written with, by their role: the names the field blocks are read by.
_FIELD_NAMES = {"content": "Nội dung", "lead": "Chủ trì", "coordinators": "Phối hợp", "time": "Thời gian"}
_PART_HEADING = re.compile(r"^\W*(?:[IVX]{1,4}|[A-Z])[.)]\s+(\S.*)$")
_END_OF_BODY = re.compile(r"^\W*(?:Nơi nhận\b|T/?M\.?\s|KT\.\s|Q\.\s|TL\.\s)", re.I)
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
    """A document's whole text: long, of several lines, one of them its type ("KẾ HOẠCH", "CHỈ THỊ về …")."""
    return len(value) >= _DOCUMENT_LENGTH and value.count("\n") + 1 >= _DOCUMENT_LINES and any(
        TYPE_LINE.fullmatch(line) or TYPE_THEN_TITLE.match(line) for line in _lines(value))


def _field(name: str, value: str) -> str | None:
    """The field line of a value whose name the plan's vocabulary knows ("Đơn vị phối hợp" → "Phối hợp: …")."""
    name = key_label(name)
    role = field_role(name)
    if role not in _FIELD_NAMES or not (is_column_head(name) or fold(name) != name.lower()):
        return None  # (a name in ASCII only, "content", "Notes", is the tool's, not the plan's vocabulary)
    words = " ".join(value.split())
    return f"{_FIELD_NAMES[role]}: {words}" if words and words != "-" else None


def _labels(records: list[Record]) -> frozenset[str]:
    """The fields that label the records rather than hold their words: the same value in every record that has it
    (an item's kind "tasks#task", the tracker's project name)."""
    values: dict[str, set[str]] = {}
    for record in records:
        for name, value in record.items():
            values.setdefault(name, set()).add(value.strip())
    return frozenset(name for name, seen in values.items()
                     if len(seen) == 1 and sum(name in record for record in records) >= 2)


def _entry(record: Record, labels: frozenset[str], under_another: bool) -> list[str]:
    """A task's record as the lines of its entry: title, fields, texts."""
    title: str | None = None
    work: str | None = None  # the value of a field naming the work ("Nội dung"), a title where there is no other
    fields: list[str] = []
    texts: list[str] = []
    seen: set[str] = set()
    for name, value in record.items():
        value = value.strip()
        if not value or value in seen or name in labels:
            continue
        seen.add(value)
        line = _field(name, value)
        if line and line.startswith(_FIELD_NAMES["content"]) and work is None:
            work = " ".join(value.split())
        elif line:
            fields.append(line)
        elif not _is_words(value):
            continue
        elif title is None and "\n" not in value:
            title = value
        elif "\n" in value or len(value) > _SHORT_VALUE:
            texts += [line for line in _lines(value) if line.strip()]
    if work is not None:  # (the field says what the work is; a title beside it only names it)
        title, texts = work, texts
    if title is None:
        if not texts:
            return []
        title, texts = texts[0], texts[1:]
    return [f"- {title}" if under_another else title, *texts, *fields]


def _parents(records: list[Record], document: int) -> list[bool]:
    """Whether each record sits under another task's: a field named for its parent holds a value of an earlier record
    (not the plan's own: the tasks under it are the plan's entries)."""
    seen: set[str] = set()
    under: list[bool] = []
    for n, record in enumerate(records):
        parent = next((value.strip() for name, value in record.items() if "parent" in name.lower() and value.strip()),
                      "")
        under.append(bool(parent) and parent in seen)
        if n != document:
            seen.update(value.strip() for name, value in record.items() if "parent" not in name.lower())
    return under


def _insertion_point(lines: list[str]) -> int | None:
    """Where the tasks go in the plan's text: at the end of its task part, else before its signature, else at its end;
    None when the text's task part lists entries of its own."""
    in_task_part = False
    entries = 0
    for n, line in enumerate(lines):
        heading = _PART_HEADING.match(line)
        title = heading.group(1).partition(":")[0] if heading else ""
        if heading and title.isupper() or _END_OF_BODY.match(line):
            if in_task_part:
                return n if entries < _OWN_ENTRIES else None
            if not heading:
                return n
            in_task_part = bool(_TASK_HEADING.search(title)) and not _ORGANISATION_HEADING.search(title)
        elif in_task_part and _ENTRY_LABEL.match(line):
            entries += 1
    return len(lines)


def records_page(records: list[Record]) -> str | None:
    """The plan's page, when one of the records holds the plan's text; else None (records of something else)."""
    longest = max(((len(value), n, name) for n, record in enumerate(records) for name, value in record.items()
                   if _holds_the_plan(value)), default=None)
    if longest is None:
        return None
    _, document, text_name = longest
    under = _parents(records, document)
    page = _lines(records[document][text_name])
    at = _insertion_point(page)
    if at is None:
        return "\n".join(page).strip()  # (the text lists its tasks: the records are the tracker's notes on them)
    labels = _labels([record for n, record in enumerate(records) if n != document])
    entries = [_entry(record, labels, under[n]) for n, record in enumerate(records) if n != document]
    entries = [entry for entry in entries if entry]
    if not any(FIELD_LINE.match(line) for entry in entries for line in entry[1:]):
        return "\n".join(page).strip()  # (records that assign nothing: a feed's other documents, not the plan's tasks)
    if not any(OUTLINE_LABEL.match(entry[0]) for entry in entries if not entry[0].startswith("- ")):
        # (titles without numbers, as a tracker keeps them: each record one numbered entry, in the tracker's order)
        number = iter(range(1, len(entries) + 1))
        entries = [entry if entry[0].startswith("- ") else [f"{next(number)}. {entry[0]}", *entry[1:]]
                   for entry in entries]
    return "\n".join(page[:at] + [line for entry in entries for line in entry] + page[at:]).strip()
