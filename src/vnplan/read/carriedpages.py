"""Web pages carried inside another text: a web archive's records (WARC) or an HTTP answer saved with its headers,
an e-book's files run together (`unzip -p book.epub`). The pages are read as pages; their wrapper (record and HTTP
headers, a package's manifest and container, a table of contents) is no part of the document.

The pages are recognised by their `<html>` element, wherever it starts: the wrapper before it is often longer than
the first bytes a format is guessed from. A text whose wrapper holds prose of its own (an e-mail's plain-text part
beside its HTML one) is not a carrier: its words outside the pages are read as they are.
"""
from __future__ import annotations

import re

_PAGE = re.compile(r"<html\b.*?(?:</html\s*>|\Z)", re.I | re.S)
# A line of running text: long, with no markup in it, and no header field ("Set-Cookie: …", "outlink: …"). Three of
# them outside the pages mean the text is not a wrapper.
_PROSE_LINE = re.compile(r"^(?![A-Za-z][\w-]*:\s)[^<>\n]{80,}$", re.M)
_WRAPPER_PROSE_LINES = 3
_DECLARATION = re.compile(r"<[?!][^>]*>")


def carried_pages(text: str) -> list[str]:
    """The pages `text` carries, in order (their markup), or [] when it is not a carrier of pages."""
    pages = _PAGE.findall(text)
    if not pages:
        return []
    wrapper = _PAGE.sub("\n", text)
    if not _DECLARATION.sub("", wrapper).strip():  # a web page, wrapped in nothing
        return []
    if len(_PROSE_LINE.findall(wrapper)) >= _WRAPPER_PROSE_LINES:
        return []
    return pages
