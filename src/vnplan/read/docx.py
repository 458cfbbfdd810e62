"""DOCX via python-docx: paragraphs and tables in document order, with Word's automatic numbering.

Word stores list labels ("1.", "a)", "-") in numbering definitions, not in the
text, so a plain text dump loses the outline. We replay the counters of
numbering.xml per (list, level) and write the label in front of the paragraph.
"""
from __future__ import annotations

import io
import zipfile

from ..containers import zip_problem
from ..errors import UnreadableFile
from ..lexicon import POINT_LETTERS, roman_numeral
from . import RawText, frames_text



def _format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman_numeral(n)
    if fmt == "lowerRoman":
        return roman_numeral(n).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = POINT_LETTERS[(n - 1) % len(POINT_LETTERS)]
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)


class _Numbering:
    """Replays automatic numbering: level definitions from numbering.xml, counters per list."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            lvls = {}
            for lvl in node.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                lvls[ilvl] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = lvls
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, definition in abstract.get(ref.get(qn("w:val")), {}).items():
                self.levels[(num.get(qn("w:numId")), ilvl)] = definition

    def label(self, paragraph) -> str:
        qn = self.qn
        ppr = paragraph._p.pPr
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is None and paragraph.style is not None:
            style_ppr = paragraph.style.element.pPr
            numpr = style_ppr.find(qn("w:numPr")) if style_ppr is not None else None
        if numpr is None:
            return ""
        num_id_el, ilvl_el = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(qn("w:val"))
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
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
            value = counters.get(level, lvl_def[2])
            label = label.replace(f"%{level + 1}", _format_number(value, lvl_def[0]))
        return label


def _is_ruled(table, qn) -> bool:
    """A table drawn with borders (a grid style, or borders of its own) tabulates values; only a borderless
    one may be a page's layout."""
    properties = table._tbl.tblPr
    style = properties.find(qn("w:tblStyle")) if properties is not None else None
    if style is not None and "grid" in style.get(qn("w:val"), "").lower():
        return True
    borders = properties.find(qn("w:tblBorders")) if properties is not None else None
    return borders is not None and any(edge.get(qn("w:val")) not in ("nil", "none") for edge in borders)


def _numbered(paragraph, numbering: "_Numbering") -> str:
    text, label = paragraph.text.strip(), numbering.label(paragraph)
    return f"{label} {text}" if label else text


def read_docx(data: bytes, name: str = "") -> RawText:
    if problem := zip_problem(data):  # before python-docx inflates anything
        raise UnreadableFile(f"Tệp DOCX bị hỏng hoặc không an toàn: {name} ({problem[0]})",
                             f"broken or unsafe DOCX file: {name} ({problem[1]})")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile(f"Tệp DOCX bị hỏng: {name} ({exc})", f"broken DOCX file: {name} ({exc})") from None
    except Exception as exc:  # python-docx raises assorted lxml/opc errors on damaged parts
        raise UnreadableFile(f"Tệp DOCX bị hỏng: {name} ({type(exc).__name__})", f"broken DOCX file: {name}") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            if paragraph.text.strip():
                lines.append(_numbered(paragraph, numbering))
        elif tag == "tbl":
            table = Table(block, document)
            layout = not _is_ruled(table, numbering.qn)
            for row in table.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                        continue
                    seen.add(id(cell._tc))
                    cells.append([p for p in cell.paragraphs if p.text.strip()])
                if layout and any(frames_text([p.text for p in paragraphs]) for paragraphs in cells):
                    lines += [_numbered(p, numbering) for paragraphs in cells for p in paragraphs]
                else:
                    lines.append("| " + " | ".join(" ".join(p.text.strip() for p in ps) for ps in cells) + " |")
    return RawText("\n".join(lines), "docx", wrapped=False)
