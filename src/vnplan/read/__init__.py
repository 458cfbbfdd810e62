"""Readers: one module per file format, each turning bytes into plain text.

No extraction logic lives here. Every reader returns a `RawText`; the format is
chosen from the file extension, then confirmed from the first bytes so that a
renamed or broken file is refused with a clear message instead of a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UnreadableFile


@dataclass
class RawText:
    text: str
    format: str  # txt | md | pdf | docx | html | rtf | xml | json | sql | ics | srt | vtt | mm | po | csv
    wrapped: bool | None = None  # True when lines are hard-wrapped (PDF); None: let normalise decide


MAX_BYTES = 50 * 1024 * 1024

_FRAME_CHARACTERS = 500  # a cell holding this much text (five lines of a page) in several paragraphs frames running text
_FRAME_PARAGRAPHS = 3


def frames_text(paragraphs: list[str]) -> bool:
    """Whether a cell of a borderless table holds running text, not a value: a web page, or one pasted into Word,
    keeps the page's layout table around the document's body. The readers read its row as the paragraphs it holds,
    not as one line of cells."""
    return len(paragraphs) >= _FRAME_PARAGRAPHS and sum(map(len, paragraphs)) >= _FRAME_CHARACTERS


from .rtf import looks_like_rtf, read_rtf, without_rtf_remnants  # noqa: E402  (they build on RawText above)
from .xml import looks_like_xml, read_xml  # noqa: E402
from .jsondoc import looks_like_json, read_json, record_as_page  # noqa: E402
from .mongoshell import mongo_shell_value  # noqa: E402
from .wordtext import looks_like_word_object_text, read_word_object_text  # noqa: E402
from .sqldump import looks_like_sql_dump, read_sql_dump  # noqa: E402
from .gettextfile import looks_like_po, read_po  # noqa: E402
from .delimited import header_records, workbook_page  # noqa: E402
from .records import plan_text, records_page  # noqa: E402
from .verticalrecords import vertical_tables  # noqa: E402
from .subtitles import looks_like_subtitles, read_subtitles  # noqa: E402
from .mindmap import looks_like_mind_map, read_mind_map  # noqa: E402
from .calendarfile import CALENDAR_SUFFIXES, holds_a_calendar, looks_like_icalendar, read_icalendar  # noqa: E402
from .carriedpages import carried_pages  # noqa: E402
from .encodings import opening_bytes  # noqa: E402
from .html import looks_like_page_fragment  # noqa: E402
from .yamldoc import YAML_SUFFIXES, read_yaml, yaml_record  # noqa: E402
from .jsonlines import json_lines, read_json_lines  # noqa: E402


def sniff_format(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix in ("docx", "docm", "dotx", ""):
            return "docx"
        raise UnreadableFile(
            f"Tệp nén định dạng không được hỗ trợ: {path.name}",
            f"unsupported archive format: {path.name}",
        )
    if suffix == "pdf":
        raise UnreadableFile(f"Tệp PDF bị hỏng: {path.name}", f"broken PDF file: {path.name}")
    if suffix == "docx":
        raise UnreadableFile(f"Tệp DOCX bị hỏng: {path.name}", f"broken DOCX file: {path.name}")
    if suffix == "doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            f"Định dạng Word 97-2003 (.doc) chưa được hỗ trợ, hãy lưu lại thành .docx: {path.name}",
            f"legacy Word .doc is not supported, save it as .docx: {path.name}",
        )
    # (by its first line, under any name: a calendar is often saved as .txt; named as one, by a line further on)
    if looks_like_icalendar(head) or suffix in CALENDAR_SUFFIXES and holds_a_calendar(head):
        return "ics"
    if suffix in ("html", "htm", "xhtml"):
        return "html"
    # (by their first bytes, before any "<html" they may carry: Outlook's RTF, an edXML's content)
    if looks_like_rtf(head):
        return "rtf"
    if suffix in ("srt", "vtt") or looks_like_subtitles(head):  # (by their first cue, under any name: often a .txt)
        return "vtt" if suffix == "vtt" or opening_bytes(head).startswith(b"WEBVTT") else "srt"
    if suffix == "sql" or looks_like_sql_dump(head):  # (its strings may hold a page's "<html")
        return "sql"
    if suffix in ("po", "pot") or looks_like_po(head):  # (a translator's file, often shared as .txt)
        return "po"
    if looks_like_mind_map(head) or suffix == "mm" and opening_bytes(head).startswith(b"<"):
        # (a Freeplane or FreeMind map has no XML declaration and is often saved as .txt)
        return "mm"
    lowered = head[:2048].lower()
    if looks_like_xml(head) and b"<html" not in lowered[:300] and b"<!doctype html" not in lowered[:300]:
        return "xml"
    if b"<html" in lowered or b"<!doctype html" in lowered or suffix != "md" and looks_like_page_fragment(
            opening_bytes(head)):
        return "html"
    if suffix == "xml":
        return "xml"
    if suffix == "json":
        return "json"
    if suffix == "md":
        return "md"
    return "txt"


def read_file(path: str | Path) -> RawText:
    """Read any supported file into text. Raises UnreadableFile with a bilingual message."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(f"Đây là thư mục, không phải tệp: {path}", f"is a directory: {path}") from None
    except OSError as exc:
        raise UnreadableFile(f"Không đọc được tệp {path}: {exc.strerror}", f"cannot read {path}: {exc.strerror}") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: str | Path) -> RawText:
    """The file's content as text; `path` gives the name and extension the format is guessed from."""
    path = Path(path)
    if not data.strip():
        raise UnreadableFile(f"Tệp rỗng: {path.name}", f"empty file: {path.name}")
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"Tệp quá lớn (> 50 MB): {path.name}", f"file too large (> 50 MB): {path.name}")
    fmt = sniff_format(path, data[:4096])
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, path.name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, path.name)
    if fmt == "ics":  # (its lines are unfolded as bytes, before they are decoded)
        return read_icalendar(data, path.name)
    from .encodings import decode_text

    text = decode_text(data, path.name)
    if fmt == "txt" and "\\par" in text:
        text = without_rtf_remnants(text)
    pages = carried_pages(text) if fmt in ("html", "txt", "md") else []  # (a web archive's record, an e-book's files)
    if fmt == "html" or pages:
        from .html import html_to_text

        return RawText("\n\n".join(filter(None, map(html_to_text, pages))) if pages else html_to_text(text), "html")
    if fmt == "rtf":
        return read_rtf(text, path.name)
    if fmt in ("srt", "vtt"):
        return read_subtitles(text, path.name)
    if fmt == "xml":
        return read_xml(text, path.name)
    if fmt == "mm":
        return read_mind_map(text, path.name)
    if fmt == "sql":
        return read_sql_dump(text)
    if fmt == "po":
        return read_po(data)
    values = json_lines(text) if fmt in ("txt", "json") else None  # (a value a line: no one JSON value)
    if values is not None and (page := read_json_lines(values)):
        return page
    if fmt == "json" or looks_like_json(data[:16]) and _parses_as_json(text):
        return read_json(text, path.name)
    if looks_like_json(data[:16]) and (value := mongo_shell_value(text)) is not None:
        return RawText(record_as_page(value), "json", wrapped=False)  # (a database shell's dialect of JSON)
    record = yaml_record(text, named_yaml=path.suffix.lower().lstrip(".") in YAML_SUFFIXES) if fmt == "txt" else None
    if record is not None and (page := read_yaml(record)):
        return page
    if looks_like_word_object_text(text):
        return read_word_object_text(text)
    if fmt == "txt" and (tables := vertical_tables(text)) and (page := records_page(tables)) is not None:
        return RawText(page, "records", wrapped=False)  # (a database client's answer, a field a line)
    if fmt == "txt" and (records := header_records(text)) and (page := records_page([records]) or plan_text(records)):
        return RawText(page, "csv", wrapped=False)  # (a tracker's export: the plan in one row, its tasks in others)
    if fmt == "txt" and (page := workbook_page(text)) is not None:
        return RawText(page, "csv", wrapped=False)
    return RawText(text, fmt)


def _parses_as_json(text: str) -> bool:
    """A text file holding a JSON answer (saved from a service as .txt); a text opening with "[" may be anything."""
    import json

    try:
        return isinstance(json.loads(text), (dict, list))
    except (ValueError, RecursionError):
        return False
