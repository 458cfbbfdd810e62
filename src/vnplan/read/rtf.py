"""Rich Text Format (Word's "Save as RTF", and RTF pasted as text), via striprtf: tables as `|` rows.

striprtf turns the control words into text and ends each cell with "|", each row with a new line. A cell's
own paragraphs and line breaks would end the row early, so before it runs, the `\\par` and `\\line` of table
paragraphs (those that `\\intbl` marks, until the next `\\pard` resets it) become a private mark, which is
a space inside a cell — as the DOCX reader joins a cell's paragraphs; so do the cells and rows of a table nested
in a cell. A "|" of the text itself is kept apart from the cells' marks the same way.
"""
from __future__ import annotations

import re

from ..errors import UnreadableFile
from . import RawText, frames_text
from .encodings import opening_bytes, refuse_legacy_encoding
from ..tablerows import join_cell_lines, table_row

_IN_CELL_BREAK = "\u2028"  # LINE SEPARATOR, written into the source as itself: no control word gives it here
_TEXT_BAR = "\ue000"  # a private-use character standing for the text's own "|" while striprtf marks cells with it
_PARAGRAPH_RESET = re.compile(r"\\pard(?![a-z])")
_IN_TABLE = re.compile(r"\\intbl(?![a-z])")
_BREAK = re.compile(r"\\(?:par|line|nestcell|nestrow)(?![a-z]) ?")
_FONT_CHARSET = re.compile(r"\\fcharset\d+")
# (a field's group on a line of its own: striprtf's pattern for hyperlinks is slow on one long line of fields)
_FIELD = re.compile(r"(?<!\n)\{\\field")


def looks_like_rtf(head: bytes) -> bool:
    # (or its control words without the group that holds them: a copy whose braces a cleaner stripped)
    return opening_bytes(head).startswith((b"{\\rtf", b"\\rtf1"))


def _prepared(source: str) -> str:
    runs = _PARAGRAPH_RESET.split(source.replace("|", _TEXT_BAR))
    marked = "\\pard".join(_BREAK.sub(_IN_CELL_BREAK, run) if _IN_TABLE.search(run) else run for run in runs)
    return _FIELD.sub("\n{\\\\field", marked) if "{\\field" in marked else marked


def _row_lines(line: str) -> list[str]:
    cells = [cell.split(_IN_CELL_BREAK) for cell in line.split("|")]
    if cells and not "".join(cells[-1]).strip():
        cells.pop()  # the mark after the last cell
    paragraphs = [[p.strip().replace(_TEXT_BAR, "/") for p in cell if p.strip()] for cell in cells]  # (a cell's "|")
    if any(frames_text(cell) for cell in paragraphs):  # a layout table holding the page's running text
        return [p for cell in paragraphs for p in cell]
    return [table_row(join_cell_lines(cell) for cell in paragraphs)]


# The opening's control words that set how the text is read (its code page), before any group the braces held
_OPENING_WORDS = re.compile(r"\s*\\rtf1(?:\\(?:ansi|ansicpg\d+|mac|pc|pca|deff\d+|deflang\d+|uc\d+)(?![a-z])\s*)*")
_BODY_START = re.compile(r"\\(?:pard|trowd|sect[a-z]*|plain)(?![a-z])")


def _regrouped(source: str) -> str:
    """An RTF whose braces were stripped, in its group again: its opening's code page kept, the tables of fonts,
    colours and styles that stood in groups of their own before the first paragraph left out (without their braces
    they would swallow the text)."""
    opening = _OPENING_WORDS.match(source.lstrip("\ufeff"))
    body = _BODY_START.search(source)
    if opening is None or body is None:
        return "{" + source + "}"
    return "{" + opening.group(0) + source[body.start():] + "}"


_LINE_END = re.compile(r"\r?\n")


def _lines_of_text(source: str) -> bool:
    """Text with a few of RTF's control words left in ("\\b Điều 1.\\b0 …", "\\tab"), most of its lines plain: its
    line ends are its paragraphs' ends, where an RTF writer's own line ends, each among control words or braces, are
    none (the text wraps where the writer pleases)."""
    lines = [line for line in source.splitlines() if line.strip()]
    plain = sum(1 for line in lines if not any(mark in line for mark in "\\{}"))
    return plain * 2 > len(lines)


def rtf_to_text(source: str, name: str = "") -> str:
    from striprtf.striprtf import rtf_to_text as strip

    if not source.lstrip("\ufeff \t\r\n").startswith("{"):
        source = _regrouped(source)
    if _lines_of_text(source):
        source = _LINE_END.sub(r"\\par\n", source)
    prepared = _prepared(source)
    try:
        try:
            text = strip(prepared, errors="replace")
        except LookupError:  # a font's character set no codec of Python's names: the document's code page instead
            text = strip(_FONT_CHARSET.sub("", prepared), errors="replace")
    except (ValueError, IndexError, LookupError, TypeError, OverflowError) as exc:
        raise UnreadableFile(f"Tệp RTF không đọc được: {name} ({exc})", f"unreadable RTF file: {name} ({exc})") from None
    lines: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            lines += _row_lines(line)
        else:
            lines += line.split(_IN_CELL_BREAK)
    text = "\n".join(line.rstrip() for line in lines).strip().replace(_TEXT_BAR, "|")
    refuse_legacy_encoding(text, name)  # (typed in a .VnTime font, its bytes decode as gibberish)
    return text


def read_rtf(text: str, name: str = "") -> RawText:
    return RawText(rtf_to_text(text, name), "rtf", wrapped=False)


def without_rtf_remnants(text: str) -> str:
    """A plain text an RTF file left its marks in, its paragraphs' ends ("…\\par") and formatting groups ("{\\b CHỈ
    THỊ}") (a converter that stripped most of the control words): the marks go, the words stay. Read so only where
    several lines end on "\\par"; other texts are returned as they are."""
    if len(_PARAGRAPH_END_LEFT.findall(text, 0, _REMNANTS_REACH)) < _LEAST_PARAGRAPH_ENDS:
        return text
    text = _FORMATTING_GROUP_LEFT.sub(r"\1", text)
    # (a paragraph's or a line's end inside a line breaks it; a tab stays one)
    return _CONTROL_WORD_LEFT.sub(lambda word: _CONTROL_WORD_TEXT.get(word.group(1), ""),
                                  _PARAGRAPH_END_LEFT.sub("", text))


_PARAGRAPH_END_LEFT = re.compile(r"\\par(?![a-z])[ \t]*$", re.M)
_FORMATTING_GROUP_LEFT = re.compile(r"\{\\(?:b|i|ul|strike)0?[ ]?([^{}\\\n]*)\}")
_CONTROL_WORD_LEFT = re.compile(r"\\(b|i|ul|par|tab|line)0?(?![a-z])[ ]?")
_CONTROL_WORD_TEXT = {"par": "\n", "line": "\n", "tab": "\t"}
_LEAST_PARAGRAPH_ENDS = 3
_REMNANTS_REACH = 20000  # characters looked at for them
