"""Word's automatic numbering replayed: the labels ("1.", "a)", "-") a numbered paragraph shows, which Word keeps in
its numbering definitions, not in the text.

A paragraph names its list and level (`w:numPr`: `w:numId`, `w:ilvl`), itself or through its style; the list points to
an abstract definition whose levels give the format ("decimal", "lowerLetter", "bullet" …), the pattern ("%1.",
"%1.%2.") and the start. Counters run per list and level, a level's deeper ones starting again after it. Read from the
numbering part of a .docx package, or from the same part inside Word's flat XML.
"""
from __future__ import annotations

from ..lexicon import POINT_LETTERS, roman_numeral

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman_numeral(n)
    if fmt == "lowerRoman":
        return roman_numeral(n).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = POINT_LETTERS[(n - 1) % len(POINT_LETTERS)]
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)


def _value(element, name: str, default: str | None = None) -> str | None:
    found = element.find(W + name) if element is not None else None
    return found.get(W + "val", default) if found is not None else default


_MAX_LEVEL_OR_START = 1000


def _number(value: str | None, default: int) -> int:
    """A level or a start a definition writes; the default for one that is no number, a cap for a huge one."""
    return min(int(value), _MAX_LEVEL_OR_START) if value and value.isascii() and value.isdigit() else default


class WordNumbering:
    """The numbering definitions of one document (none when it has no numbering part) and its counters."""

    def __init__(self, numbering=None, styles=None):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering = {}  # a paragraph style's own numbering, by the style's id
        for style in styles.findall(W + "style") if styles is not None else ():
            properties = style.find(W + "pPr")
            numbering_of_style = properties.find(W + "numPr") if properties is not None else None
            if numbering_of_style is not None:
                self.style_numbering[style.get(W + "styleId")] = numbering_of_style
        if numbering is None:
            return
        abstract = {}
        for node in numbering.findall(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId")] = {
                _number(lvl.get(W + "ilvl"), 0): (_value(lvl, "numFmt", "decimal"), _value(lvl, "lvlText", "%1."),
                                                  _number(_value(lvl, "start"), 1))
                for lvl in node.findall(W + "lvl")}
        for num in numbering.findall(W + "num"):
            for ilvl, definition in abstract.get(_value(num, "abstractNumId"), {}).items():
                self.levels[(num.get(W + "numId"), ilvl)] = definition

    def numbering_of(self, paragraph_properties, style_id: str | None):
        """A paragraph's `w:numPr`: its own, else its style's."""
        own = paragraph_properties.find(W + "numPr") if paragraph_properties is not None else None
        return own if own is not None else self.style_numbering.get(style_id)

    def label(self, numbering_properties) -> str:
        """The label of the next paragraph numbered so; "" for one that is not."""
        num_id = _value(numbering_properties, "numId")
        if num_id is None:
            return ""
        ilvl = _number(_value(numbering_properties, "ilvl"), 0)
        definition = self.levels.get((num_id, ilvl))
        if definition is None:
            return ""
        fmt, pattern, start = definition
        if fmt == "bullet":
            return "-"
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        label = pattern
        for level in range(ilvl + 1):
            lvl_def = self.levels.get((num_id, level), ("decimal", "", 1))
            label = label.replace(f"%{level + 1}", _format_number(counters.get(level, lvl_def[2]), lvl_def[0]))
        return label
