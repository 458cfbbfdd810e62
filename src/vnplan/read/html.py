"""HTML pages saved from legal portals, via lxml: the document body, tables as `|` rows.

Scripts, styles, forms, navigation and the portals' boilerplate are dropped;
the portal's metadata table (Số hiệu, Loại văn bản, Người ký, Ngày ban hành …)
is kept as `Số hiệu | 24/KH-UBND |` rows, which the metadata extractor reads.
"""
from __future__ import annotations

import re

from ..errors import UnreadableFile
from . import frames_text
from ..tablerows import join_cell_lines, table_row

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


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "pre", "dd", "dt", "tr", "table", "center"}


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
        if attrs and _BOILERPLATE_ATTR.search(attrs) and element.tag not in ("body", "html") \
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


def _walk(element, out: list[str], flowed: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        ruled = _is_ruled(element)
        for row in element.iter("tr"):
            if row.getparent() is not None and next(row.iterancestors("table")) is not element:
                continue  # a table inside a cell is read with its cell
            cells = [cell for cell in row if cell.tag in ("td", "th")]
            paragraphs = [_cell_paragraphs(cell) for cell in cells]
            if not ruled and any(frames_text(texts) for texts in paragraphs):
                for cell in cells:  # the page's body in its layout: read as the page, tables inside it as tables
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
