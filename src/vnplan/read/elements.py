"""A document as a partitioning tool lists its elements (the JSON of `unstructured` and tools like it: a list of
objects each with a `type` — Title, NarrativeText, ListItem, Table … — its `text` and its `metadata`), read as the page.

Each element is a line in the list's order. A list item lost its bullet to the tool and gets it back ("- "); a table
is read from the HTML the tool keeps of it (`metadata.text_as_html`), row by row, not from its text, which runs its
cells together. The page's furniture the tool recognised (headers, footers, page numbers and breaks, pictures) goes,
and so does a number alone (a page's number the tool did not recognise as one).
"""
from __future__ import annotations

from .html import html_to_text

_FURNITURE = {"Header", "Footer", "PageNumber", "PageBreak", "Image", "Figure", "FigureCaption"}
_ELEMENT_SHARE = 0.9  # of the list's items: objects with a type and a text


def looks_like_element_list(record) -> bool:
    if not isinstance(record, list) or not record:
        return False
    # (its types are the tool's classes, "Title", "NarrativeText"; a chat's export types its objects "message")
    elements = sum(isinstance(e, dict) and isinstance(e.get("type"), str) and e["type"][:1].isupper()
                   and isinstance(e.get("text"), str) for e in record)
    return elements >= _ELEMENT_SHARE * len(record)


def element_list_text(record: list) -> str:
    lines: list[str] = []
    for element in record:
        if not isinstance(element, dict) or element.get("type") in _FURNITURE:
            continue
        text = element.get("text") if isinstance(element.get("text"), str) else ""
        metadata = element.get("metadata") if isinstance(element.get("metadata"), dict) else {}
        table = metadata.get("text_as_html")
        if element.get("type") == "Table" and isinstance(table, str) and table.strip():
            lines.append(html_to_text(table))
        elif text.strip() and not text.strip().isdigit():
            lines.append(f"- {text.strip()}" if element.get("type") == "ListItem" else text.strip())
    return "\n".join(lines)
