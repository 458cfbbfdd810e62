"""Confluence and Jira wiki markup, and the Textile of Redmine's wiki, as a page of an organisation's wiki carries a
document, read as plain lines.

Headings lose their "h2." marks; "#" items are counted per list as Word numbers them ("1.", and "a)" one level down),
"*" bullets under them and on their own become dashes ("+" a level further); a table's "||" header and "|" rows become
`|` rows, a cell's line breaks ("\\\\") spaces; links give their words; macros ("{panel}", "{info}", "{toc}",
Redmine's "{{toc}}"), attachments, emphasis, footnote marks and rules go.

Textile says more of a block or a cell in a modifier before a dot: "p(note). ", "table{border:none}.", "|_. " (a
header cell), "|=. " (centred), "|\\6. " (six columns wide), "|/2. " (two rows high). The modifiers go; a cell two
rows high is the next row's cell too, where Textile leaves it out. A row whose cells run over several lines (the
header and the signature laid side by side) is a layout, not data: its cells are read one after the other.
"""
from __future__ import annotations

import re

from .lexicon import next_point_label
from .tablerows import table_row

_HEADING = re.compile(r"^h[1-6]\.\s+(\S.*)$")
_LIST_ITEM = re.compile(r"^([#*]{1,4})\s+(\S.*)$")
_ROW = re.compile(r"^\|\|?(.*?)\|\|?\s*$")
_MACRO = re.compile(r"\{[a-z][\w-]*(?::[^{}\n]*)?\}", re.I)
_ATTACHMENT = re.compile(r"\[\^[^\]\[\n]{0,300}\]|!\S[^!\n]{0,300}\.(?:png|jpe?g|gif|svg)(?:\|[^!\n]{0,300})?!", re.I)
# (bounded: a line full of "[" costs no scan to its end from each)
_LINK = re.compile(r"\[([^|\]\[\n]{1,300})\|[^\]\[\n]{1,1000}\]|\[((?:https?|mailto):[^\]\[\n]{1,1000})\]")
_EMPHASIS = re.compile(r"(?<![\w*_+])([*_+])(?=\S)([^*_+\n]*?\S)\1(?![\w*_+])")
_MONOSPACE = re.compile(r"\{\{([^{}\n]{0,300})\}\}")
_RULE = re.compile(r"^-{4,}\s*$")
# Textile's modifiers: alignment, span, style, class and language, before the dot that ends them.
_MODIFIERS = r"(?:[_<>=~^]|\\\d+|/\d+|\{[^{}\n]{0,300}\}|\([^()\n]{0,100}\)|\[[a-z-]{2,10}\])*"
_BLOCK_SIGNATURE = re.compile(rf"^(?:p|bq|bc|pre|table|fn\d+)({_MODIFIERS})\.(?:\s+|$)")
_CELL_SIGNATURE = re.compile(rf"^(?=\S)({_MODIFIERS})\.\s")
_ROW_SPAN = re.compile(r"/(\d+)")
_SPAN = re.compile(r"%(?:\{[^{}\n]{0,300}\})?([^%\n]{1,1000})%")
_REDMINE_MACRO = re.compile(r"^\{\{[<>]?[a-z_]+(?:\(.*)?\}?\}?$|^\}\}$")
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]\[\n]{1,300}\|)?([^|\]\[\n]{1,300})\]\]")
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[\d{1,2}\]")


def looks_like_wiki_markup(text: str) -> bool:
    head = text[:50000]
    headings = len(re.findall(r"(?m)^h[1-6]\.\s", head))
    return headings >= 2 or headings >= 1 and re.search(r"(?m)^\|\|.+\|\|\s*$", head) is not None


def _inline(text: str) -> str:
    text = _ATTACHMENT.sub("", _MACRO.sub("", text))
    text = _WIKI_LINK.sub(r"\1", text)
    text = _LINK.sub(lambda found: found[1] or "", text)
    text = _FOOTNOTE_MARK.sub("", _SPAN.sub(r"\1", text))
    text = _MONOSPACE.sub(r"\1", text)
    for _ in range(2):  # "*_Căn cứ …_*": emphasis inside emphasis
        text = _EMPHASIS.sub(r"\2", text)
    return text


def _cells(found: re.Match, spanning: dict[int, list]) -> list[str]:
    """The row's cells, without their modifiers; the cells of rows above that span this one are put back in their
    column. `spanning` maps a column to [its text, the rows it still spans], and is updated."""
    cells = re.split(r"\|\|?", _LINK.sub(lambda link: link[1] or "", found[1]))  # (a link's "|" is no cell's)
    out: list[str] = []
    for cell in cells:
        while len(out) in spanning:
            out.append(_carried(spanning, len(out)))
        signature = _CELL_SIGNATURE.match(cell.lstrip())
        text = re.sub(r"\s*\\\\\s*", " ", _inline(cell.lstrip()[signature.end():] if signature else cell)).strip()
        if signature and (rows := _ROW_SPAN.search(signature[1])) and int(rows[1]) > 1:
            spanning[len(out)] = [text, int(rows[1]) - 1]
        out.append(text)
    return out


def _carried(spanning: dict[int, list], column: int) -> str:
    text, rows = spanning[column]
    if rows == 1:
        del spanning[column]
    else:
        spanning[column][1] -= 1
    return text


def _layout_row(row: str) -> list[str]:
    """A row whose cells run over several lines, read cell after cell, a line of a cell a line."""
    return [_inline(line).strip() for cell in re.split(r"\|\|?", row.strip().strip("|"))
            for line in _CELL_SIGNATURE.sub("", cell.strip()).split("\n")]


def _joined_rows(lines: list[str]) -> list[str]:
    """The lines, with a row whose cells run over several lines (it opens with "|" and ends on a later line) one."""
    out: list[str] = []
    open_row: list[str] = []
    for line in lines:
        stripped = line.strip()
        if open_row:
            open_row.append(line)
            if stripped.endswith("|"):
                out.append("\n".join(open_row))
                open_row = []
        elif stripped.startswith("|") and not stripped.endswith("|") and stripped.count("|") >= 1:
            open_row = [line]
        else:
            out.append(line)
    return out + open_row


def wiki_markup_as_text(text: str) -> str:
    out: list[str] = []
    counters: list[int] = []  # the numbered lists open, outermost first
    spanning: dict[int, list] = {}  # cells of the rows above that span the next rows
    for line in _joined_rows(text.split("\n")):
        if "\n" in line:
            out.extend(_layout_row(line))
            continue
        stripped = line.strip()
        if _RULE.match(stripped) or _REDMINE_MACRO.match(stripped):
            continue
        if block := _BLOCK_SIGNATURE.match(stripped):
            line = stripped = stripped[block.end():]
            if not stripped:
                continue
        heading, item, row = _HEADING.match(stripped), _LIST_ITEM.match(stripped), _ROW.match(stripped)
        if item:
            marks = item[1]
            depth = len(marks)
            if marks[-1] == "#":
                label = next_point_label(counters, depth)
            else:
                del counters[depth - 1 + ("#" in marks):]
                label = "-" if marks.count("*") == 1 else "+"
            out.append(f"{label} {_inline(item[2]).strip()}")
            continue
        if stripped:
            counters = []
        if heading:
            out.append(_inline(heading[1]).strip())
        elif row and stripped.count("|") >= 2:
            out.append(table_row(_cells(row, spanning)))
        else:
            cleaned = _inline(line).rstrip()
            if cleaned.strip() or not stripped:
                out.append(cleaned.replace("\\\\", "\n"))
    return "\n".join(out).strip() + "\n"
