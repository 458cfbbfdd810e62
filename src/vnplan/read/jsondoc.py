"""JSON answers of legal-document services: the document's text, its tables and its labelled fields, laid out as a page.

A service answers with the text as one string or one string per paragraph (maybe HTML), a task appendix as a list of
rows (objects with the same keys) and the metadata as fields named in ASCII ("so_ky_hieu", "co_quan_chu_tri"): the
Vietnamese label with its diacritics folded away. The reader writes the fields a portal's metadata table also names as
`| Số ký hiệu | … |` rows (as a portal's page heads the document with them), the text as it is (the longest prose:
not an attachment's code), and each table as `|` rows under the strings that title it. A key's words get their
diacritics back from the labels the extraction knows (column heads, portal labels), so the table's header reads "Cơ
quan chủ trì" as on paper; other keys are written as they are.
"""
from __future__ import annotations

import json
import re

from ..errors import UnreadableFile
from ..lexicon import PORTAL_LABELS, TABLE_COLUMN_HEADS
from ..textfold import fold
from . import RawText
from .encodings import opening_bytes
from .elements import element_list_text, looks_like_element_list
from .googledocs import google_doc_text, looks_like_google_doc
from .grids import grid_page
from .records import (Record, document_fields_in, holds_the_documents_fields, key_label, plan_text,
                      records_page)
from .html import holds_markup, html_to_text
from ..tablerows import table_row

_MIN_TABLE_HEADS = 2  # a list of objects is a table of the document when two of its columns are a table's usual ones


def looks_like_json(head: bytes) -> bool:
    return opening_bytes(head)[:1] in (b"{", b"[")


_PORTAL_FOLDED = {fold(label): label for label in PORTAL_LABELS}
_KNOWN_HEADS = frozenset(fold(head) for head in TABLE_COLUMN_HEADS)


def _text_of(value) -> str:
    """A string or a list of strings as the lines it holds; HTML read as its page. Emphasis alone (a search hit's
    highlighted fragments, "<em>…</em>") loses its tags, the text its tabs and all kept as it is."""
    text = value if isinstance(value, str) else "\n".join(v for v in value if isinstance(v, str))
    if not holds_markup(text):
        return text
    return html_to_text(text) if _BLOCK_MARKUP.search(text) else _EMPHASIS_TAG.sub("", text)


_BLOCK_MARKUP = re.compile(r"<(?:p|br|table|tr|td|div|h[1-6]|ul|ol|li)\b[^>]*>", re.I)
_EMPHASIS_TAG = re.compile(r"</?(?:em|b|strong|i|mark)>", re.I)


def is_prose(value) -> bool:
    """Words, not a code (an attachment's base64, an address, a field's type "paragraph"): spaces among the letters, or a
    short line of the text ("***", "I.")."""
    return isinstance(value, str) and (value.count(" ") * _WORD_LENGTH >= len(value.strip())
                                       or len(value) <= _SHORT_LINE and not _MACHINE_VALUE.fullmatch(value)
                                       and not _IDENTIFIER.fullmatch(value))


_WORD_LENGTH = 25  # characters per space, at most, in prose
_SHORT_LINE = 40
_MACHINE_VALUE = re.compile(r"[a-z0-9_./:+-]*|\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# A record's identifier, letters and digits run together ("dFh0X3NlbjIwMjdfMDA01", a service's base64 key)
_IDENTIFIER = re.compile(r"(?=[^\d]*\d)[A-Za-z0-9_=+/-]{12,}")


def _texts(value, found: list) -> list[str]:
    """The prose strings inside a value, in order (a table's cells are not among them), gathered bottom-up once; on the
    way, the candidates for the document's text go to `found`: each prose string, and each list's prose joined (the
    text as one string per paragraph, or as blocks each holding one)."""
    if isinstance(value, str):
        prose = [value] if is_prose(value) else []
        found += prose
        return prose
    if isinstance(value, dict):
        return _record_texts(value, found)
    if isinstance(value, list) and not _is_table(value):
        labels = _item_labels(value)
        children = {id(child) for child in _children(value)}
        prose = []
        for item in value:
            texts = _record_texts(item, found, labels) if isinstance(item, dict) else _texts(item, found)
            prose += [f"- {texts[0]}", *texts[1:]] if texts and id(item) in children else texts
        found.append(prose)
        return prose
    return []


def _record_texts(record: dict, found: list, labels: frozenset[str] = frozenset()) -> list[str]:
    """The prose of an object's values, but for the keys in `labels` and for a value that repeats the words of one
    before it (a messenger's export holds a message's text twice: as text with its marks, and as marked runs)."""
    prose: list[str] = []
    seen: set[str] = set()
    for key, item in record.items():
        if key in labels or _is_table(item):
            continue
        texts = _texts(item, found)
        words = " ".join("".join(texts).split())
        if words and words in seen:
            continue
        seen.add(words)
        prose += texts
    return prose


def _children(items: list) -> list[dict]:
    """The objects of a list that name another of its objects as their parent (a task list's sub-tasks: "parent" holds
    the "id" of the task they sit under): each an item under that one, set as a dash's."""
    ids = {item.get("id") for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)}
    return [item for item in items if isinstance(item, dict) and item.get("parent") in ids] if ids else []


def _item_labels(items: list) -> frozenset[str]:
    """The keys that label a list's objects rather than hold their words: the same string in every object that has the
    key, and in two at least (a message's sender, a block's type)."""
    values: dict[str, set] = {}
    counts: dict[str, int] = {}
    for item in items:
        if isinstance(item, dict):
            for key, value in item.items():
                values.setdefault(key, set()).add(value if isinstance(value, str) else None)
                counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, seen in values.items() if counts[key] >= 2 and len(seen) == 1 and None not in seen)


def _length(value) -> int:
    return len(value) if isinstance(value, str) else sum(map(len, value))


def _cell(value) -> str:
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return "" if value is None or isinstance(value, dict) else re.sub(r"\s+", " ", str(value)).strip()


def _is_table(value) -> bool:
    if not (isinstance(value, list) and value and all(isinstance(row, dict) for row in value)):
        return False
    heads = {fold(key_label(key)) for row in value for key in row}
    return sum(any(head == k or head.startswith(k + " ") for k in _KNOWN_HEADS) for head in heads) >= _MIN_TABLE_HEADS


_TITLE_LENGTH = 300  # characters, at most, of a table's title


def _tables(value, lines: list[str]) -> None:
    """The answer's tables in order, each under the short prose strings of the object holding it (its title)."""
    if isinstance(value, dict):
        tables = [v for v in value.values() if _is_table(v)]
        if tables:
            lines += [v for v in value.values()
                      if is_prose(v) and " " in v.strip() and len(v) <= _TITLE_LENGTH and "\n" not in v]
        for item in value.values():
            if _is_table(item):
                keys = list(dict.fromkeys(key for row in item for key in row))
                lines.append(table_row(map(key_label, keys)))
                lines += [table_row(_cell(row.get(key)) for key in keys) for row in item]
            else:
                _tables(item, lines)
    elif isinstance(value, list):
        for item in value:
            _tables(item, lines)


def _fields(value, lines: list[str]) -> None:
    """The fields a portal's metadata table names, as its rows."""
    if isinstance(value, dict):
        for key, item in value.items():
            label = _PORTAL_FOLDED.get(fold(key_label(key)))
            if label and isinstance(item, (str, int)) and str(item).strip():
                lines.append(f"| {label[:1].upper() + label[1:]} | {_cell(item)} |")
            elif isinstance(item, dict):
                _fields(item, lines)


def _flat_record(item: dict, into: Record) -> Record:
    """An object's values as one record: nested objects' values under their own keys (a task's "details" holding its
    "description"), a list of strings as its lines, a list of name/value objects (a tracker's custom fields) as fields."""
    for key, value in item.items():
        if isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value.values())), (str, int, float)):
            into.setdefault(key, str(next(iter(value.values()))))  # ({"$date": "2027-03-05T00:00:00Z"}: the key's value)
        elif isinstance(value, dict):
            _flat_record(value, into)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            into.setdefault(key, "\n".join(value))
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for pair in value:
                name, content = pair.get("name"), pair.get("value")
                if isinstance(name, str) and isinstance(content, (str, int, float)):
                    into.setdefault(name, str(content))
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            into.setdefault(key, _text_of(value) if isinstance(value, str) else str(value))
    return into


def _lists_of_objects(value, found: list[list[dict]]) -> list[list[dict]]:
    if isinstance(value, list):
        if len(value) >= 2 and all(isinstance(item, dict) for item in value):
            found.append(value)
        for item in value:
            _lists_of_objects(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _lists_of_objects(item, found)
    return found


def _keyed_tables(value, found: list[list[dict]]) -> list[list[dict]]:
    """The objects that hold records under their keys (a realtime database's export: "nhiemVu": {"-Nx1": {…}, …}),
    each such object's records."""
    if isinstance(value, dict):
        if value and all(isinstance(item, dict) and sum(not isinstance(v, (dict, list)) for v in item.values()) >= 2
                         for item in value.values()):
            found.append(list(value.values()))
        else:
            for item in value.values():
                _keyed_tables(item, found)
    elif isinstance(value, list):
        for item in value:
            _keyed_tables(item, found)
    return found


def _json_tables(value) -> list[list[Record]]:
    """The records of the list of objects that holds the longest text (a tracker's tasks, one of them the plan), or of
    the objects keyed by their ids."""
    lists = [[_flat_record(item, {}) for item in items] for items in _lists_of_objects(value, [])]
    longest = max(lists, key=lambda records: max((len(v) for r in records for v in r.values()), default=0), default=[])
    keyed = [[_flat_record(item, {}) for item in items] for items in _keyed_tables(value, [])]
    return [longest] if longest or not keyed else keyed


def _document_object(value) -> dict | None:
    """The object holding most of a document's own fields (its number, title, signer …; its parts under their keys,
    "muc_tieu", "to_chuc_thuc_hien"), if one holds enough: the plan's, not a document it cites with fewer."""
    objects: list[dict] = []
    _objects(value, objects)
    best = max(objects, key=document_fields_in, default=None)
    return best if best is not None and holds_the_documents_fields(best) else None


def _objects(value, found: list[dict]) -> None:
    if isinstance(value, dict):
        found.append(value)
        children = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        _objects(child, found)


def record_as_page(record) -> str:
    """A document's record (parsed JSON, a database row as a dict) as its page: the portal fields, the text, the
    tables. Empty when the record holds no prose. A Google Docs document, a partitioning tool's list of a document's
    elements and a spreadsheet's grids of cells are read as they lay the page out."""
    if looks_like_google_doc(record):
        return google_doc_text(record)
    if looks_like_element_list(record):
        return element_list_text(record)
    if (page := grid_page(record)) is not None:
        return page
    tables = _json_tables(record)
    if (page := records_page(tables)) is not None:
        return page  # (a task tracker's export: the plan in one object, its tasks in the others)
    document = _document_object(record)
    fields = _flat_record(document, {}) if document is not None else None
    if fields and plan_text([fields]) is None and (page := records_page([[fields], *tables])) is not None:
        return page  # (a service's answer: the document's fields and parts in one object, its tasks in a list)
    candidates: list = []
    _texts(record, candidates)
    lines: list[str] = []
    _fields(record, lines)
    lines += [_text_of(max(candidates, key=_length))] if candidates else []
    _tables(record, lines)
    return "\n".join(lines).strip()


def json_to_text(source: str, name: str = "") -> str:
    try:
        return record_as_page(json.loads(source))
    except (ValueError, RecursionError) as exc:  # (a structure nested too deep to read is no document)
        reason = str(exc) if isinstance(exc, ValueError) else "nested too deep"
        raise UnreadableFile(f"Tệp JSON không đọc được: {name} ({reason})",
                             f"unreadable JSON file: {name} ({reason})") from None


def read_json(text: str, name: str = "") -> RawText:
    return RawText(json_to_text(text, name), "json", wrapped=False)
