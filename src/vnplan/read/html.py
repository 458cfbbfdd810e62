"""HTML pages saved from legal portals, via lxml: the document body, tables as `|` rows.

Scripts, styles, forms, navigation and the portals' boilerplate are dropped;
the portal's metadata table (Số hiệu, Loại văn bản, Người ký, Ngày ban hành …)
is kept as `Số hiệu | 24/KH-UBND |` rows, which the metadata extractor reads.
"""
from __future__ import annotations

import re

from ..errors import UnreadableFile
from . import frames_text
from ..tablerows import MIN_DATA_COLUMNS, join_cell_lines, table_row
from .grids import grid_page

_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas",
              "form", "button", "select", "input", "textarea", "nav", "header", "footer", "aside", "template")
_BOILERPLATE_ATTR = re.compile(
    r"(^|[\s_-])(menu|nav|navbar|breadcrumb|footer|header|sidebar|banner|advert|ads|social|share|comment|login|popup|modal|cookie)([\s_-]|$)",
    re.I,
)
_BOILERPLATE_LINE = re.compile(r"^(Đang tải nội dung.*|Hệ thống pháp luật|Tải về|In văn bản|Chia sẻ|Đăng nhập.*)$", re.I)
# Text that is itself HTML: a paragraph, line break, table or heading tag (a feed's item, a service's answer).
_MARKUP = re.compile(r"<(?:p|br|table|tr|td|div|h[1-6]|strong|b|em|ul|ol|li)\b[^>]*>", re.I)


def holds_markup(text: str) -> bool:
    return _MARKUP.search(text) is not None


# A page's part saved as text, without its <html>: it opens on a block's tag and closes blocks ("<div class=…>",
# "<p>&nbsp;</p>", "<table …>").
_OPENING_BLOCK = re.compile(rb"\s*<(?:div|p|table|h[1-6]|section|article|main|header|span|ul|ol|body)[\s>/]", re.I)
_CLOSED_BLOCK = re.compile(rb"</(?:div|p|table|td|h[1-6]|section|article|li)>", re.I)
_MIN_CLOSED_BLOCKS = 3


def looks_like_page_fragment(head: bytes) -> bool:
    return _OPENING_BLOCK.match(head) is not None and len(_CLOSED_BLOCK.findall(head)) >= _MIN_CLOSED_BLOCKS


_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)


def tables_in_text_read(text: str) -> str:
    """The HTML tables a markdown or plain-text copy carries (markdown allows them, and a site's editor writes its
    tables so: `<table>`, `rowspan` and all), each as its `|` rows; the text around them as it is."""
    out, depth, opened, kept = [], 0, 0, 0
    for tag in _TABLE_TAG.finditer(text):
        if not tag[1]:
            if depth == 0:
                opened = tag.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                try:
                    rows = html_to_text(text[opened:tag.end()])
                except UnreadableFile:
                    continue
                out += [text[kept:opened], "\n", rows, "\n"]
                kept = tag.end()
    return "".join(out) + text[kept:] if out else text


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "pre", "dd", "dt", "tr", "table", "center"}


# The page itself, and a data table's own parts: a converter's `<tr class="header">` is the table's header row, no
# site's (a layout table's `<td class="header">` may well be the site's).
_NEVER_CHROME = frozenset({"body", "html", "thead", "tbody", "tfoot", "th"})


def _never_chrome(element) -> bool:
    return element.tag in _NEVER_CHROME or element.tag == "tr" and (
        element.getparent() is not None and element.getparent().tag == "thead" or element.find("th") is not None)


def html_to_text(markup: str) -> str:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=False))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableFile(f"Trang HTML không đọc được ({exc})", f"unreadable HTML page ({exc})") from None
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        attrs = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("role"))))
        if attrs and _BOILERPLATE_ATTR.search(attrs) and not _never_chrome(element) \
                and not _holds_the_documents_header(element):
            element.drop_tree()
    body = root.find("body")
    out: list[str] = []
    _walk(body if body is not None else root, out, flowed=_WORD_HTML.search(markup[:5000]) is not None)
    lines = []
    for line in "".join(out).split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if line and not _BOILERPLATE_LINE.match(line):
            lines.append(line)
        elif not line and lines and lines[-1]:
            lines.append("")
    return "\n".join(lines).strip()


# The document's own header under a class a page's chrome also uses ("doc-header"): the issuer, its number and the
# national motto, which no site header holds.
_DOCUMENT_HEADER = re.compile(r"CỘNG H[OÒ]À XÃ HỘI CHỦ NGHĨA|Số\s*:\s*\d", re.I)


def _holds_the_documents_header(element) -> bool:
    return _DOCUMENT_HEADER.search(element.text_content()) is not None


_BREAK = "\x00"  # where a cell's paragraph or line ends (text in the page never holds one)


def _cell_paragraphs(cell) -> list[str]:
    """A table cell's paragraphs (and lines broken with <br>), each on one line."""
    parts = []
    for piece in cell.iter():
        if piece is not cell and isinstance(piece.tag, str) and (piece.tag == "br" or piece.tag in _BLOCK_TAGS):
            parts.append(_BREAK)
        if piece.text and isinstance(piece.tag, str):
            parts.append(piece.text)
        if piece is not cell and piece.tail:
            parts.append(piece.tail)
    return [text for part in "".join(parts).split(_BREAK) if (text := re.sub(r"\s+", " ", part).strip())]


def _is_ruled(table) -> bool:
    """A table drawn with borders tabulates values; only a borderless one may be a page's layout."""
    border = (table.get("border") or "0").strip()
    return border not in ("0", "") or "border" in (table.get("style") or "").replace("border-collapse", "")


def _span(cell, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and value != "0" else 1


_MAX_SPAN = 200  # rows a merged cell spans at most (a page's "rowspan=99999" spans the table's end)


def _rows_with_merged_cells(rows):
    """Each row's cells as (cell, its paragraphs, merged from above), a cell merged down the rows under it (`rowspan`:
    one lead for a group of tasks) read in each of them, where it stands."""
    carried: dict[int, list] = {}  # column -> [rows left, the cell, its paragraphs, its width]
    for row in rows:
        cells, column = [], 0
        own = iter(cell for cell in row if cell.tag in ("td", "th"))
        cell = next(own, None)
        while cell is not None or any(at >= column for at in carried):
            if column in carried:
                held = carried[column]
                cells.append((held[1], held[2], True))
                held[0] -= 1
                column += held[3]
                if not held[0]:
                    del carried[column - held[3]]
                continue
            if cell is None:
                column += 1
                continue
            paragraphs, width = _cell_paragraphs(cell), _span(cell, "colspan")
            cells.append((cell, paragraphs, False))
            if _span(cell, "rowspan") > 1:
                carried[column] = [_span(cell, "rowspan") - 1, cell, paragraphs, width]
            column += width
            cell = next(own, None)
        yield cells


_SHEET_LINES_SHARE = 0.4  # of a table's rows: one filled cell each, the page's lines, in a sheet saved as a web page
_MIN_SHEET_ROWS = 8


def _sheet_page(rows: list) -> str | None:
    """The page a sheet saved as a web page holds (Excel's "Web Page": the whole document one table, its paragraphs rows
    of one filled cell), laid out as a sheet's grid is; None for any other table. `rows`: `_rows_with_merged_cells`."""
    grid = [[join_cell_lines(texts) for _, texts, _ in cells] for cells in rows]
    lines = sum(1 for cells in grid if sum(1 for cell in cells if cell) == 1)
    if len(grid) < _MIN_SHEET_ROWS or lines < _SHEET_LINES_SHARE * len(grid) \
            or not any(sum(1 for cell in cells if cell) >= MIN_DATA_COLUMNS for cells in grid):
        return None
    return grid_page(grid)


def _walk(element, out: list[str], flowed: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        ruled = _is_ruled(element)
        # (a table inside a cell is read with its cell)
        own_rows = (row for row in element.iter("tr")
                    if row.getparent() is None or next(row.iterancestors("table")) is element)
        rows = list(_rows_with_merged_cells(own_rows))  # (each cell's paragraphs read once)
        if (page := _sheet_page(rows)) is not None:
            out.append("\n" + page + "\n")  # a sheet saved as a web page: its rows are the page's lines and tables
            if element.tail:
                out.append(element.tail)
            return
        for cells in rows:
            paragraphs = [texts for _, texts, _ in cells]
            if not ruled and any(frames_text(texts) for texts in paragraphs):
                # the page's body in its layout: read as the page (each cell once), tables inside it as tables
                for cell in (cell for cell, _, merged in cells if not merged):
                    out.append("\n")
                    _walk(cell, out, flowed)
                    out.append("\n")
            elif any(paragraphs):
                # the cell on one line: its line breaks and paragraphs become spaces, so that the header cell
                # "ỦY BAN NHÂN DÂN<br>TỈNH X" does not read "DÂNTỈNH"
                out.append("\n" + table_row(join_cell_lines(texts) for texts in paragraphs) + "\n")
        if element.tail:
            out.append(element.tail)
        return
    if tag in _BLOCK_TAGS:
        out.append("\n")
    if element.text and tag:
        out.append(_flowed(element.text) if flowed and tag != "pre" else element.text)
    for child in element:
        _walk(child, out, flowed)
    if tag in _BLOCK_TAGS:
        out.append("\n")
    if element.tail:
        out.append(_flowed(element.tail) if flowed else element.tail)


def _flowed(text: str) -> str:
    """A text of the page as the browser flows it, its source's line breaks spaces."""
    return text.replace("\r", " ").replace("\n", " ") if "\n" in text or "\r" in text else text


# Word's HTML ("Save as Web Page", a copy to the clipboard) wraps its source at 80 characters, mid-sentence, and puts
# every paragraph in a `<p class=MsoNormal>`: its line breaks are the source's, not the page's. Other pages keep theirs
# (a PDF converter's XHTML holds the PDF's lines in one paragraph).
_WORD_HTML = re.compile(r"class=\"?Mso|urn:schemas-microsoft-com:office:word|name=\"?Generator\"? content=\"?Microsoft Word",
                        re.I)
