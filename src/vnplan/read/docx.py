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
from . import RawText, frames_text
from .wordnumbering import W, WordNumbering
from ..tablerows import join_cell_lines, table_row


def _is_ruled(table) -> bool:
    """A table drawn with borders (a grid style, or borders of its own) tabulates values; only a borderless
    one may be a page's layout."""
    properties = table._tbl.tblPr
    style = properties.find(W + "tblStyle") if properties is not None else None
    if style is not None and "grid" in style.get(W + "val", "").lower():
        return True
    borders = properties.find(W + "tblBorders") if properties is not None else None
    return borders is not None and any(edge.get(W + "val") not in ("nil", "none") for edge in borders)


def _numbered(paragraph, numbering: WordNumbering) -> str:
    style = paragraph.style.style_id if paragraph.style is not None else None
    text, label = paragraph.text.strip(), numbering.label(numbering.numbering_of(paragraph._p.pPr, style))
    return f"{label} {text}" if label else text


def _numbering(document) -> WordNumbering:
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering = None
    return WordNumbering(numbering, document.styles.element)


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
    numbering = _numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            if paragraph.text.strip():
                lines.append(_numbered(paragraph, numbering))
        elif tag == "tbl":
            table = Table(block, document)
            layout = not _is_ruled(table)
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
                    lines.append(table_row(join_cell_lines([p.text for p in ps]) for ps in cells))
    return RawText("\n".join(lines), "docx", wrapped=False)
