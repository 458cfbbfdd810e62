"""Rich Text Format (Word's "Save as RTF", and RTF pasted as text), via striprtf: tables as `|` rows.

striprtf turns the control words into text and ends each cell with "|", each row with a new line. A cell's
own paragraphs and line breaks would end the row early, so before it runs, the `\\par` and `\\line` of table
paragraphs (those that `\\intbl` marks, until the next `\\pard` resets it) become a private mark, which is
a space inside a cell — as the DOCX reader joins a cell's paragraphs.
"""
from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile
from . import RawText, frames_text

_IN_CELL_BREAK = "\u2028"  # LINE SEPARATOR: no RTF control word produces it
_PARAGRAPH_RESET = re.compile(r"\\pard(?![a-z])")
_IN_TABLE = re.compile(r"\\intbl(?![a-z])")
_BREAK = re.compile(r"\\(?:par|line)(?![a-z]) ?")
_CODE_PAGE = re.compile(r"\\ansicpg(\d+)")


def looks_like_rtf(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _code_page(source: str) -> str:
    """The code page of `\\'xx` escapes, named in the header (`\\ansicpg1258`); Windows-1252 when unnamed."""
    found = _CODE_PAGE.search(source[:2000])
    if found:
        try:
            return codecs.lookup(f"cp{found.group(1)}").name
        except LookupError:
            pass
    return "cp1252"


def _mark_cell_breaks(source: str) -> str:
    runs = _PARAGRAPH_RESET.split(source)
    return "\\pard".join(_BREAK.sub(_IN_CELL_BREAK, run) if _IN_TABLE.search(run) else run for run in runs)


def _row_lines(line: str) -> list[str]:
    cells = [cell.split(_IN_CELL_BREAK) for cell in line.split("|")]
    if cells and not "".join(cells[-1]).strip():
        cells.pop()  # the mark after the last cell
    paragraphs = [[p.strip() for p in cell if p.strip()] for cell in cells]
    if any(frames_text(cell) for cell in paragraphs):  # a layout table holding the page's running text
        return [p for cell in paragraphs for p in cell]
    return ["| " + " | ".join(" ".join(cell) for cell in paragraphs) + " |"]


def rtf_to_text(source: str, name: str = "") -> str:
    from striprtf.striprtf import rtf_to_text as strip

    try:
        text = strip(_mark_cell_breaks(source), encoding=_code_page(source), errors="replace")
    except (ValueError, IndexError, LookupError) as exc:
        raise UnreadableFile(f"Tệp RTF không đọc được: {name} ({exc})", f"unreadable RTF file: {name} ({exc})") from None
    lines: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            lines += _row_lines(line)
        else:
            lines += line.split(_IN_CELL_BREAK)
    return "\n".join(line.rstrip() for line in lines).strip()


def read_rtf(text: str, name: str = "") -> RawText:
    return RawText(rtf_to_text(text, name), "rtf", wrapped=False)
