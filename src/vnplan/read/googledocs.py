"""A Google Docs document as the Docs API gives it (`documents.get`: the JSON a script or an export tool saves): the
body's paragraphs and tables in order, read as the page shows them.

A paragraph is its text runs joined; a soft line break (U+000B) breaks the line. A paragraph in a list carries no label
of its own: the list's level says how the page numbers it (`glyphType` DECIMAL, ALPHA, ROMAN … in its `glyphFormat`,
"%0." or "%1)"), counted per list and level as the page counts, or marks it with a bullet ("- ", "+ " a level down). A
table gives one `| … |` row per row, a cell's paragraphs joined as a cell's lines are (`join_cell_lines`); a
merged cell's other rows hold an empty cell, as the page shows. Headers, footers, footnotes and styles are page
furniture, not the document's words.
"""
from __future__ import annotations

from ..lexicon import roman_numeral
from ..tablerows import join_cell_lines, table_row

_NUMBERED = {"DECIMAL", "ZERO_DECIMAL", "ALPHA", "UPPER_ALPHA", "ROMAN", "UPPER_ROMAN"}


def looks_like_google_doc(record) -> bool:
    body = record.get("body") if isinstance(record, dict) else None
    return isinstance(body, dict) and isinstance(body.get("content"), list) \
        and any(key in record for key in ("documentId", "lists", "namedStyles", "documentStyle"))


def google_doc_text(record: dict) -> str:
    lines: list[str] = []
    counters: dict[str, list[int]] = {}  # a list's count at each level so far
    lists = record.get("lists") if isinstance(record.get("lists"), dict) else {}
    for element in record["body"]["content"]:
        if not isinstance(element, dict):
            continue
        if isinstance(element.get("paragraph"), dict):
            text = _paragraph_text(element["paragraph"])
            if text.strip():
                label = _label(element["paragraph"].get("bullet"), lists, counters)
                lines.append(f"{label} {text}" if label else text)
        elif isinstance(element.get("table"), dict):
            lines += [table_row(_cell_text(cell) for cell in row.get("tableCells") or [] if isinstance(cell, dict))
                      for row in element["table"].get("tableRows") or [] if isinstance(row, dict)]
    return "\n".join(lines)


def _paragraph_text(paragraph: dict) -> str:
    runs = [(element.get("textRun") or {}).get("content") for element in paragraph.get("elements") or []
            if isinstance(element, dict)]
    text = "".join(run for run in runs if isinstance(run, str))
    return "\n".join(" ".join(line.split()) for line in text.replace("\u000b", "\n").split("\n") if line.strip())


def _cell_text(cell: dict) -> str:
    paragraphs = [_paragraph_text(element["paragraph"]) for element in cell.get("content") or []
                  if isinstance(element, dict) and isinstance(element.get("paragraph"), dict)]
    return join_cell_lines([" ".join(text.split()) for text in paragraphs])


def _label(bullet, lists: dict, counters: dict[str, list[int]]) -> str:
    """The label the page prints before a list's paragraph, its level's count moved on (and the levels below it reset)."""
    if not isinstance(bullet, dict):
        return ""
    list_id = bullet.get("listId")
    level = bullet.get("nestingLevel") if isinstance(bullet.get("nestingLevel"), int) else 0
    levels = (((lists.get(list_id) or {}).get("listProperties") or {}).get("nestingLevels") or []) \
        if isinstance(list_id, str) else []
    style = levels[level] if 0 <= level < len(levels) and isinstance(levels[level], dict) else {}
    if style.get("glyphType") not in _NUMBERED:
        return "-" if level == 0 else "+"
    counts = counters.setdefault(list_id, [])
    counts[level + 1:] = []
    while len(counts) <= level:
        counts.append(_start(levels, len(counts)) - 1)
    counts[level] += 1
    label = style.get("glyphFormat") if isinstance(style.get("glyphFormat"), str) else f"%{level}."
    for shown in range(level + 1):
        number = _numbered(counts[shown], levels[shown].get("glyphType") if isinstance(levels[shown], dict) else "")
        label = label.replace(f"%{shown}", number)
    return label.strip()


def _start(levels: list, level: int) -> int:
    start = levels[level].get("startNumber") if level < len(levels) and isinstance(levels[level], dict) else 1
    return start if isinstance(start, int) else 1


def _numbered(count: int, glyph: str) -> str:
    if glyph in ("ALPHA", "UPPER_ALPHA"):
        letter = chr(ord("a") + (count - 1) % 26)
        return letter.upper() if glyph == "UPPER_ALPHA" else letter
    if glyph in ("ROMAN", "UPPER_ROMAN"):
        numeral = roman_numeral(count)
        return numeral if glyph == "UPPER_ROMAN" else numeral.lower()
    return f"{count:02d}" if glyph == "ZERO_DECIMAL" else str(count)
