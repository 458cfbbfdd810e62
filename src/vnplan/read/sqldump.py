"""Database dumps holding a document: a document-management or task-tracking system's tables saved as SQL.

A dump (mysqldump, pg_dump, sqlite's ".dump") writes each table's columns once (`CREATE TABLE`) and each row as an
`INSERT … VALUES (…)` or a line of a `COPY … FROM stdin` block. The document is the row holding the longest prose (its
full text, often as the HTML its editor kept); that row alone is read, as the JSON answer of a service is
(`jsondoc.record_as_page`): its fields a portal also shows, then its text. The rows of the system's other tables — a
tracker restating the tasks in its own words, with its own dates and statuses, a file's upload path — are its records,
not the document, and are not read. A text whose statements hold no prose (one that shows a few, say) is read as the
text it is.
"""
from __future__ import annotations

import re

from . import RawText
from .jsondoc import is_prose, record_as_page
from .records import Record, records_page

# (in the first bytes: a dump opens with its tool's banner, or with its statements, written in capitals as tools write
# them: a sentence "Insert into the database …" is none)
_DUMP_OPENING = re.compile(r"^(?:--\s*(?:MySQL|MariaDB|PostgreSQL database) dump|CREATE TABLE [`\"\[]?\w[^\n]*\("
                           r"|INSERT INTO [`\"\[]?\w[^\n]*\bVALUES\b|COPY [\w.\"]+ ?\([^()\n]*\) FROM stdin;)", re.M)
_CREATE_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\"\[]?[\w.]+[`\"\]]?)\s*\(", re.I)
_INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+([`\"\[]?[\w.]+[`\"\]]?)\s*(\([^()]*\))?\s*VALUES\s*", re.I)
_COPY = re.compile(r"^COPY\s+([\w.\"]+)\s*\(([^()]*)\)\s+FROM\s+stdin;\n", re.I | re.M)
_COPY_END = "\n\\."  # a line "\." ends a COPY block's rows
_COLUMN = re.compile(r"\s*[`\"\[]?([A-Za-z_]\w*)[`\"\]]?\s+\w")  # a column's name before its type
_NOT_A_COLUMN = {"primary", "key", "unique", "constraint", "foreign", "index", "check", "fulltext", "spatial"}
# One value of a VALUES list: a quoted string (backslash escapes in MySQL's dialect, '' everywhere), a word or number.
# (an unclosed string runs to the end as one value: no later quote is tried again from the start)
_MYSQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)(?:'|\Z)|([^,()';\s]+)|([(),;])", re.S)
_STANDARD_VALUE = re.compile(r"[EeNn]?'((?:[^']|'')*)(?:'|\Z)|([^,()';\s]+)|([(),;])", re.S)
_DEFINITION_PARTS = re.compile(r"'(?:[^'\\]|\\.|'')*(?:'|\Z)|\([^()]*\)|[^,'(]+|[,(]", re.S)
_BACKSLASH_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": "", "b": "", "\\": "\\", "'": "'", '"': '"'}


def looks_like_sql_dump(head: bytes) -> bool:
    return _DUMP_OPENING.search(head.decode("latin-1")) is not None


def _name(quoted: str) -> str:
    return quoted.strip("`\"[]").split(".")[-1]


def _columns_of_tables(dump: str) -> dict[str, list[str]]:
    """Each created table's column names, in order (its keys and constraints are no columns)."""
    tables = {}
    statements = list(_CREATE_TABLE.finditer(dump))
    for created, following in zip(statements, [*statements[1:], None]):
        depth, end, stop = 1, created.end(), following.start() if following else len(dump)
        while end < stop and depth:  # (an unclosed statement ends where the next begins)
            depth += {"(": 1, ")": -1}.get(dump[end], 0)
            end += 1
        tables[_name(created[1])] = [found[1] for piece in _definitions(dump[created.end():end - 1])
                                     if (found := _COLUMN.match(piece)) and found[1].lower() not in _NOT_A_COLUMN]
    return tables


def _definitions(body: str) -> list[str]:
    """A CREATE TABLE's definitions, parted at the commas outside its strings ("COMMENT 'Số, ký hiệu'") and brackets
    ("DECIMAL(10,2)")."""
    pieces, current = [], []
    for part in _DEFINITION_PARTS.findall(body):
        if part == ",":
            pieces.append("".join(current))
            current = []
        else:
            current.append(part)
    return [*pieces, "".join(current)]


def _unescaped(quoted: str, mysql: bool) -> str:
    quoted = quoted.replace("''", "'")
    if mysql and "\\" in quoted:
        quoted = re.sub(r"\\(.)", lambda escape: _BACKSLASH_ESCAPES.get(escape[1], escape[1]), quoted, flags=re.S)
    return quoted.replace("\r\n", "\n")


def _inserted_rows(dump: str, mysql: bool):
    """(table, column names or None, values) for each row of each INSERT statement."""
    values = _MYSQL_VALUE if mysql else _STANDARD_VALUE
    statements = list(_INSERT.finditer(dump))
    for insert, following in zip(statements, [*statements[1:], None]):
        columns = [_name(c.strip()) for c in insert[2][1:-1].split(",")] if insert[2] else None
        row: list | None = None
        for token in values.finditer(dump, insert.end(), following.start() if following else len(dump)):
            quoted, bare, mark = token[1], token[2], token[3]
            if mark == ";":
                break
            if mark == "(":
                row = []
            elif mark == ")" and row is not None:
                yield _name(insert[1]), columns, row
                row = None
            elif row is not None and mark is None:
                row.append(_unescaped(quoted, mysql) if quoted is not None else None if bare.upper() == "NULL"
                           else bare)


def _copied_rows(dump: str):
    """(table, column names, values) for each line of each COPY block (tab-separated, "\\N" for no value)."""
    blocks = list(_COPY.finditer(dump))
    for block, following in zip(blocks, [*blocks[1:], None]):
        columns = [_name(c.strip()) for c in block[2].split(",")]
        stop = following.start() if following else len(dump)
        end = dump.find(_COPY_END, block.end() - 1, stop)
        for line in dump[block.end():end if end >= 0 else stop].split("\n"):
            if line:
                yield _name(block[1]), columns, [None if cell == "\\N" else _unescaped(cell, mysql=True)
                                                 for cell in line.split("\t")]


def _longest_prose(values: list) -> int:
    return max((len(value) for value in values if isinstance(value, str) and is_prose(value)), default=0)


def _paragraph_rows(rows: list) -> list[str]:
    """The document's paragraphs when a table keeps it one row per paragraph (a document system's "paragraphs" table
    beside its "documents" one): the column whose values, in the dump's order, hold far more prose than any single
    value of the dump. Empty when the document is one value (a tracker's rows restating its tasks are shorter than
    the text they restate)."""
    longest = max((_longest_prose(values) for _, _, values in rows), default=0)
    columns: dict[tuple[str, int], list[str]] = {}
    for table, _, values in rows:
        for index, value in enumerate(values):
            if isinstance(value, str) and is_prose(value) and value.strip():
                columns.setdefault((table, index), []).append(value.strip())
    paragraphs = max(columns.values(), key=lambda texts: sum(map(len, texts)), default=[])
    split = len(paragraphs) >= _PARAGRAPH_ROWS and sum(map(len, paragraphs)) > _SPLIT_SHARE * longest
    return paragraphs if split else []


_PARAGRAPH_ROWS = 5
_SPLIT_SHARE = 3  # times the longest single value: a text kept one paragraph per row


def _tables(rows: list, columns_of: dict[str, list[str]]) -> list[list[Record]]:
    """The rows as records, table by table in the dump's order, each value under its column's name."""
    tables: dict[str, list[Record]] = {}
    for table, columns, values in rows:
        columns = columns or columns_of.get(table) or []
        keys = columns if len(columns) == len(values) else [f"column_{k + 1}" for k in range(len(values))]
        tables.setdefault(table, []).append({key: "" if value is None else str(value) for key, value in zip(keys, values)})
    return list(tables.values())


def sql_dump_to_text(dump: str) -> str | None:
    """The page of the dump's document row (or of its rows, one per paragraph); None when no row holds prose
    (statements shown in a text, say)."""
    mysql = "`" in dump[:100000] or "MySQL" in dump[:2000] or "MariaDB" in dump[:2000]
    rows = [*_inserted_rows(dump, mysql), *_copied_rows(dump)]
    if (page := records_page(_tables(rows, _columns_of_tables(dump)))) is not None:
        return page  # (a plan kept as a tracker's or a database's records: its text or fields, its tasks' rows)
    if paragraphs := _paragraph_rows(rows):
        return "\n".join(paragraphs)
    document = max(rows, key=lambda row: _longest_prose(row[2]), default=None)
    if document is None or not _longest_prose(document[2]):
        return None
    table, columns, values = document
    columns = columns or _columns_of_tables(dump).get(table) or []
    keys = columns if len(columns) == len(values) else [f"column_{k + 1}" for k in range(len(values))]
    return record_as_page(dict(zip(keys, values)))


def read_sql_dump(dump: str) -> RawText:
    page = sql_dump_to_text(dump)
    return RawText(page, "sql", wrapped=False) if page is not None else RawText(dump, "txt")
