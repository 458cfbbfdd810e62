"""Ruled tables on a PDF page: drawn edges → cells → rows of cell text, as the DOCX reader gives them.

A PDF's text layer gives a table cell after cell, each wrapped over as many lines as its column is
narrow, and puts side by side on one line the words of neighbouring cells that share a baseline. The
grid the table is drawn with says which words belong together. As pdfplumber does, the ruling lines
are read from the page's path objects (a thin rectangle or a line is one edge, a cell's rectangle four),
snapped together, and a cell is the smallest rectangle whose four sides are all drawn; each character
goes to the cell around it. A table then reads as `| cell | cell |` lines, the shape a Word table has
in the DOCX reader, so that both formats reach the same block tree. Text outside any grid is left to
the page's lines.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from ..tablerows import table_row

_THIN = 2.0  # points: a path this thin is a ruling line, not an area
_SNAP = 3.0  # points: edges this close are one (a border's width, cells drawn each with its own rectangle)
_MIN_EDGE = 6.0  # points: shorter strokes are glyph parts or bullets, not borders
_MOST_EDGES = 300  # a page drawing more lines than this holds a drawing (a map, a chart), not a table
_MOVE_TO = 2  # FPDF_SEGMENT_MOVETO
_LINE_TO = 0  # FPDF_SEGMENT_LINETO
_DEEPEST_FORM = 14  # form XObjects nested deeper than this are not read (as pypdfium2's own walk stops)


@dataclass(eq=False)
class Cell:
    left: float
    bottom: float
    right: float
    top: float
    lines: list[str] = field(default_factory=list)
    first_seen: int = -1  # the place of its first text line among the page's lines, for reading order

    def holds(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top

    def add(self, text: str, place: int) -> None:
        if not self.lines:
            self.first_seen = place
        self.lines.append(text)


def _segments(path) -> list[tuple[float, float, float, float]]:
    """The straight strokes of one path object, in page coordinates."""
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(path, matrix):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()

    def page_point() -> tuple[float, float]:
        return (matrix.a * x.value + matrix.c * y.value + matrix.e, matrix.b * x.value + matrix.d * y.value + matrix.f)

    strokes = []
    start = current = None
    for index in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = page_point()
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == _LINE_TO and current is not None:
            strokes.append((*current, *point))
        if kind == _MOVE_TO:
            start = point
        elif pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            strokes.append((*point, *start))
        current = point
    return strokes


def _paths(parent, count_objects, get_object, depth: int = 0):
    """The path objects of a page, or of a form XObject on it, and of the forms inside those. Read through PDFium's
    own calls: a page of text holds thousands of objects, and wrapping each in a Python object only to skip it cost
    more than reading the paths."""
    import pypdfium2.raw as pdfium_c

    for index in range(count_objects(parent)):
        obj = get_object(parent, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _DEEPEST_FORM:
            yield from _paths(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1)


def _edges(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) edges drawn on the page, snapped and joined.

    A stroke is an edge when it runs along an axis; a path whose bounds are thin is one edge whatever
    its outline (Word draws a border as a filled rectangle half a point wide)."""
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    bounds = [ctypes.c_float() for _ in range(4)]
    for path in _paths(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject):
        if not pdfium_c.FPDFPageObj_GetBounds(path, *bounds):
            continue
        left, bottom, right, top = (bound.value for bound in bounds)
        if top - bottom <= _THIN and right - left >= _MIN_EDGE:
            horizontal.append(((top + bottom) / 2, left, right))
            continue
        if right - left <= _THIN and top - bottom >= _MIN_EDGE:
            vertical.append(((left + right) / 2, bottom, top))
            continue
        for x0, y0, x1, y1 in _segments(path):
            if abs(y1 - y0) <= _THIN and abs(x1 - x0) >= _MIN_EDGE:
                horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
            elif abs(x1 - x0) <= _THIN and abs(y1 - y0) >= _MIN_EDGE:
                vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return _join(horizontal), _join(vertical)


def _snap(values: list[float]) -> dict[float, float]:
    """Each value mapped to the first of its run of values no further than _SNAP apart."""
    mapping, anchor, previous = {}, None, None
    for value in sorted(set(values)):
        if previous is None or value - previous > _SNAP:
            anchor = value
        mapping[value] = anchor
        previous = value
    return mapping


def _join(edges: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Edges on one line (after snapping its position and its ends) merged where they touch."""
    if not edges:
        return []
    position = _snap([edge[0] for edge in edges])
    ends = _snap([end for edge in edges for end in edge[1:]])
    by_line: dict[float, list[tuple[float, float]]] = {}
    for at, start, end in edges:
        by_line.setdefault(position[at], []).append((ends[start], ends[end]))
    joined = []
    for at, spans in by_line.items():
        spans.sort()
        start, end = spans[0]
        for next_start, next_end in spans[1:]:
            if next_start <= end + _SNAP:
                end = max(end, next_end)
            else:
                joined.append((at, start, end))
                start, end = next_start, next_end
        joined.append((at, start, end))
    return joined


def _covers(edges, at: float, start: float, end: float) -> bool:
    return any(abs(line - at) <= _SNAP and low - _SNAP <= start and end <= high + _SNAP for line, low, high in edges)


def find_cells(page) -> list[Cell]:
    """The page's table cells, top to bottom and left to right; none when fewer than two columns are drawn,
    or when the page draws so many lines that it is a picture."""
    horizontal, vertical = _edges(page)
    if len(vertical) < 3 or len(horizontal) < 2 or len(vertical) + len(horizontal) > _MOST_EDGES:
        return []
    corners = sorted({(x, y) for x, x_low, x_high in vertical for y, y_low, y_high in horizontal
                      if y_low - _SNAP <= x <= y_high + _SNAP and x_low - _SNAP <= y <= x_high + _SNAP},
                     key=lambda point: (-point[1], point[0]))
    xs_at: dict[float, list[float]] = {}
    ys_at: dict[float, list[float]] = {}
    for x, y in corners:
        xs_at.setdefault(y, []).append(x)
        ys_at.setdefault(x, []).append(y)
    corner_set = set(corners)
    cells = []
    for x, y in corners:  # the cell whose top left corner this is: the nearest corners right and below closing it
        found = None
        for below in sorted((b for b in ys_at[x] if b < y), reverse=True):
            if not _covers(vertical, x, below, y):
                break
            for right in sorted(r for r in xs_at[y] if r > x):
                if not _covers(horizontal, y, x, right):
                    break
                if ((right, below) in corner_set and _covers(vertical, right, below, y)
                        and _covers(horizontal, below, x, right)):
                    found = Cell(x, below, right, y)
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells if len({cell.left for cell in cells}) >= 2 else []


def table_rows(cells: list[Cell]) -> list[tuple[int, str]]:
    """The rows as `| … |` lines, each with its place among the page's lines (its first text's). A cell
    spanning rows is written in its first row and left empty below, as Word's merged cells are; a cell
    spanning columns is written once."""
    rows = []
    for top in sorted({cell.top for cell in cells}, reverse=True):
        in_row = sorted((cell for cell in cells if cell.bottom < top <= cell.top + _SNAP), key=lambda cell: cell.left)
        starting = [cell for cell in in_row if abs(cell.top - top) <= _SNAP and cell.lines]
        if starting:
            texts = [" ".join(cell.lines) if cell in starting else "" for cell in in_row]
            rows.append((min(cell.first_seen for cell in starting), table_row(texts)))
    return rows


def _cell_at(cells: list[Cell], box: tuple[float, float, float, float]) -> Cell | None:
    """The cell around a character's box (left, bottom, right, top), by its centre."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return next((cell for cell in cells if cell.holds(x, y)), None)


def put_in_cells(textpage, line: str, offset: int, cells: list[Cell], place: int) -> str:
    """Put the characters of a text line (at `offset` in the page's text, the `place`-th line) into the cells
    around them; return what stands outside every cell.

    A line whose first and last characters are in one cell goes there whole; otherwise it joins the
    words of neighbouring cells on one baseline, and is parted character by character."""
    indexes = [offset + i for i, char in enumerate(line) if not char.isspace()]
    first, last = _cell_at(cells, textpage.get_charbox(indexes[0])), _cell_at(cells, textpage.get_charbox(indexes[-1]))
    if first is not None and first is last:
        first.add(line.strip(), place)
        return ""
    parts: list[tuple[Cell | None, str]] = []
    for i, char in enumerate(line):
        cell = parts[-1][0] if char.isspace() and parts else _cell_at(cells, textpage.get_charbox(offset + i))
        if parts and parts[-1][0] is cell:
            parts[-1] = (cell, parts[-1][1] + char)
        else:
            parts.append((cell, char))
    outside = []
    for cell, chunk in parts:
        if cell is None:
            outside.append(chunk.strip())
        elif chunk.strip():
            cell.add(chunk.strip(), place)
    return " ".join(chunk for chunk in outside if chunk)
