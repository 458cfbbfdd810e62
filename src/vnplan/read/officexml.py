"""An office suite's own XML saved as one file: Word's (2003 XML, a package's document.xml, a flat package), an
OpenDocument's (a flat .fodt/.fods LibreOffice saves) and Excel 2003's (SpreadsheetML).

Each gives its body's paragraphs and tables in order, nothing of the properties, fonts, styles, list definitions and
page settings around them, nor the running heads and feet. A numbered paragraph gets the label the suite prints:
Word 2003 keeps it as a hint beside the paragraph, OpenDocument by its list's style (a bullet's character, a number's
format); a table gives one `| … |` line per row, a cell's paragraphs joined, a merged or empty cell kept empty so the
columns stay in place. A sheet's row with one cell filled (the text of a plan typed in a sheet, one paragraph a row)
gives that cell's lines; an OpenDocument spreadsheet's sheets are laid out as grids (`grids.grid_page`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import point_letter, roman_numeral
from .wordnumbering import W, WordNumbering
from ..tablerows import join_cell_lines, table_row
from .grids import grid_page
from .xmltags import local_name as _local


def _attribute(element, name: str, default: str = "") -> str:
    return next((value for key, value in element.attrib.items() if _local(key) == name), default)


@dataclass(frozen=True)
class _Vocabulary:
    namespaces: tuple[str, ...]
    body: str
    paragraphs: frozenset[str]
    table: str
    row: str
    cells: frozenset[str]  # a cell, and the cell a merged one covers (kept empty)
    skipped: frozenset[str]  # furniture, settings, a field's code, deleted text, pictures
    inline_text: bool  # the paragraph's own text and its children's tails are words (OpenDocument), or only `t` holds


_WORD = _Vocabulary(
    ("schemas.microsoft.com/office/word/2003/wordml", "schemas.openxmlformats.org/wordprocessingml"), "body",
    frozenset({"p"}), "tbl", "tr", frozenset({"tc"}),
    frozenset({"hdr", "ftr", "sectPr", "footnotePr", "endnotePr", "instrText", "delText", "del", "fldData", "binData",
               "pict", "drawing", "rPr", "pPr", "tcPr", "trPr", "tblPr", "tblGrid", "annotation"}), False)
_OPEN_DOCUMENT = _Vocabulary(
    ("urn:oasis:names:tc:opendocument:xmlns:office",), "body",
    frozenset({"p", "h"}), "table", "table-row", frozenset({"table-cell", "covered-table-cell"}),
    frozenset({"table-columns", "table-column", "sequence-decls", "tracked-changes", "note", "annotation",
               "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "frame"}), True)
_SPREADSHEET = "urn:schemas-microsoft-com:office:spreadsheet"
_ROW_GROUPS = {"table-header-rows", "table-rows", "table-row-group"}


def office_document_lines(root) -> list[str] | None:
    """The lines of an office suite's XML document; None for any other XML."""
    if _local(root.tag) == "Workbook" and _SPREADSHEET in root.tag:
        return _workbook_lines(root)
    for vocabulary in (_WORD, _OPEN_DOCUMENT):
        body = next((element for element in root.iter() if _local(element.tag) == vocabulary.body
                     and any(space in element.tag for space in vocabulary.namespaces)), None)
        if body is not None:
            sheets = [e for e in body.iter() if _local(e.tag) == "spreadsheet"] if vocabulary is _OPEN_DOCUMENT else []
            if sheets:
                reader = _Reader(vocabulary, _list_styles(root), WordNumbering())
                return (grid_page([reader.grid(table) for table in sheets[0].iter()
                                   if _local(table.tag) == vocabulary.table]) or "").split("\n")
            if vocabulary is _WORD:
                parts = {_local(e.tag): e for e in root.iter() if _local(e.tag) in ("numbering", "styles")
                         and e.tag.startswith(W)}  # (a flat package holds them beside the body; Word 2003 has none)
                reader = _Reader(vocabulary, {}, WordNumbering(parts.get("numbering"), parts.get("styles")))
            else:
                reader = _Reader(vocabulary, _list_styles(root), WordNumbering())
            return reader.lines(body, [])
    return None


# --- labels ----------------------------------------------------------------------------------------
_MAX_COUNT = 1000  # a count written in the file (a repeat, a column index, a start): more is a broken or hostile file


def _word_label(paragraph) -> str:
    """The label Word printed before a numbered paragraph: Word 2003 keeps it as a hint (`<wx:t wx:val="1."/>`) in the
    paragraph's list properties, since the numbering it comes from is defined elsewhere."""
    properties = next((child for child in paragraph if _local(child.tag) == "pPr"), None)
    if properties is None:
        return ""
    hint = next((e for e in properties.iter() if _local(e.tag) == "t" and _local(e.getparent().tag) == "listPr"),
                None)
    value = _attribute(hint, "val").strip() if hint is not None else ""
    # a symbol font's bullet is one character, a letter of the font ("§", "Ø", "v"), or no letter or digit at all
    if len(value) == 1:
        return value if value in "-+" else "-"
    return value if not value or any(char.isalnum() for char in value) else "-"


def _count(element, name: str, default: int) -> int:
    """A count an attribute holds, within reason; the default when it holds none."""
    value = _attribute(element, name)
    return min(int(value), _MAX_COUNT) if value.isascii() and value.isdigit() else default


def _list_styles(root) -> dict[str, dict[int, tuple[str, str, str]]]:
    """OpenDocument's list styles: name → level → ("bullet", character, "") or (number format, prefix, suffix)."""
    styles: dict[str, dict[int, tuple[str, str, str]]] = {}
    for style in root.iter():
        if _local(style.tag) != "list-style":
            continue
        levels = styles.setdefault(_attribute(style, "name"), {})
        for level in style:
            depth = _count(level, "level", 1)
            if _local(level.tag) == "list-level-style-bullet":
                levels[depth] = ("bullet", _attribute(level, "bullet-char", "-"), "")
            elif _local(level.tag) == "list-level-style-number" and _attribute(level, "num-format"):
                levels[depth] = (_attribute(level, "num-format"), _attribute(level, "num-prefix"),
                                 _attribute(level, "num-suffix", "."))
    return styles


def _numbered(form: str, count: int) -> str:
    if form in ("a", "A"):
        return point_letter(count) if form == "a" else point_letter(count).upper()
    if form in ("i", "I"):
        return roman_numeral(count).lower() if form == "i" else roman_numeral(count)
    return str(count)


class _Reader:
    def __init__(self, vocabulary: _Vocabulary, list_styles: dict[str, dict[int, tuple[str, str, str]]],
                 numbering: WordNumbering):
        self.words = vocabulary
        self.list_styles = list_styles
        self.numbering = numbering

    def word_label(self, paragraph) -> str:
        """The label Word prints: its 2003 XML's hint, else the numbering its definitions give (Word 2007 and after)."""
        hint = _word_label(paragraph)
        if hint:
            return hint
        properties = paragraph.find(W + "pPr")
        style = properties.find(W + "pStyle") if properties is not None else None
        return self.numbering.label(self.numbering.numbering_of(properties, style.get(W + "val") if style is not None
                                                                 else None))

    def lines(self, element, lines: list[str], labels: tuple[str, ...] = ()) -> list[str]:
        """The lines of `element`'s children (or of a list of elements); `labels` holds the label the next paragraph
        takes, a list item's."""
        for child in element:
            name = _local(child.tag)
            if name in self.words.skipped:
                continue
            if name in self.words.paragraphs:
                label = labels[0] if labels else self.word_label(child) if self.words is _WORD else ""
                labels = ()
                text = self.text(child).strip()
                lines += [f"{label} {line}".strip() if k == 0 else line
                          for k, line in enumerate(text.split("\n")) if line.strip()] if text else []
            elif name == self.words.table:
                self.table_rows(child, lines)
            elif name == "list" and self.words is _OPEN_DOCUMENT:
                self.list_items(child, lines, 1, _attribute(child, "style-name"))
            else:
                self.lines(child, lines)
        return lines

    def list_items(self, element, lines: list[str], depth: int, style: str) -> None:
        form, prefix, suffix = self.list_styles.get(style, {}).get(depth, ("bullet", "-", ""))
        count = _count(element, "start-value", 1) - 1
        for item in element:
            if _local(item.tag) not in ("list-item", "list-header"):
                continue
            label = ""  # (a list's header has none, nor does its counter move)
            if _local(item.tag) == "list-item":
                count += 1
                label = "-" if form == "bullet" else f"{prefix}{_numbered(form, count)}{suffix or '.'}"
            for child in item:
                if _local(child.tag) == "list":
                    self.list_items(child, lines, depth + 1, _attribute(child, "style-name") or style)
                elif _local(child.tag) in self.words.paragraphs:
                    self.lines([child], lines, (label,) if label else ())
                    label = ""  # (a list item's second paragraph goes on without one)
                else:
                    self.lines([child], lines)  # a page break, a bookmark: the label waits for the paragraph

    def table_rows(self, table, lines: list[str]) -> None:
        for row in self.rows(table):
            cells = [re.sub(r"\s+", " ", join_cell_lines(self.lines(cell, []))).strip()
                     for cell in row if _local(cell.tag) in self.words.cells]
            if any(cells):
                lines.append(table_row(cells))

    def grid(self, table) -> list[list[str]]:
        """A sheet's cells, row by row, as its grid: a cell's paragraphs a line each, the cells a row repeats (empty
        ones to the sheet's edge, most often) and the empty rows it repeats written once."""
        grid = []
        for row in self.rows(table):
            cells = []
            for cell in row:
                if _local(cell.tag) in self.words.cells:
                    text = "\n".join(self.lines(cell, []))
                    cells += [text] * (_count(cell, "number-columns-repeated", 1) if text else 1)
            grid.append(cells)
        return grid

    def rows(self, element):
        """A table's own rows, in its row groups too ("table-header-rows"), not those of a table in one of its
        cells."""
        for child in element:
            name = _local(child.tag)
            if name == self.words.row:
                yield child
            elif name in _ROW_GROUPS:
                yield from self.rows(child)

    def text(self, element) -> str:
        """A paragraph's words: in OpenDocument its text nodes with their white space collapsed (a space is written
        `<text:s/>`), in Word its `t` elements."""
        inline = self.words.inline_text
        parts = [_collapsed(element.text)] if inline else []
        for child in element:
            name = _local(child.tag)
            if name == "t" and not inline:
                parts.append(child.text or "")
            elif name in ("tab", "s"):
                parts.append(" " * _count(child, "c", 1))
            elif name == "noBreakHyphen":
                parts.append("-")  # "12/KH‑UBND" kept whole on its line
            elif name in ("br", "cr", "line-break"):
                parts.append("" if _attribute(child, "type") == "page" else "\n")
            elif name not in self.words.skipped:
                parts.append(self.text(child))
            if inline:
                parts.append(_collapsed(child.tail))
        return "".join(parts)


def _collapsed(text: str | None) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text) if text else ""


# --- SpreadsheetML -------------------------------------------------------------------------------------
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T")


def _cell_value(data) -> str:
    """A cell's value as the sheet shows it: a date as dd/mm/yyyy."""
    if data is None:
        return ""
    value = "".join(data.itertext()).strip()
    date = _ISO_DATE.match(value) if _attribute(data, "Type") == "DateTime" else None
    return f"{date[3]}/{date[2]}/{date[1]}" if date else value


def _workbook_lines(root) -> list[str]:
    lines: list[str] = []
    for row in root.iter():
        if _local(row.tag) != "Row":
            continue
        cells: list[str] = []
        for cell in row:
            if _local(cell.tag) != "Cell":
                continue
            cells += [""] * (_count(cell, "Index", 0) - 1 - len(cells))  # (cells left empty are not written)
            data = next((child for child in cell if _local(child.tag) == "Data"), None)
            cells.append(_cell_value(data))
            cells += [""] * _count(cell, "MergeAcross", 0)
        filled = [cell for cell in cells if cell]
        if len(filled) == 1:
            lines += [line.strip() for line in filled[0].split("\n") if line.strip()]
        elif filled:
            lines.append(table_row(re.sub(r"\s+", " ", cell) for cell in cells))
    return lines
