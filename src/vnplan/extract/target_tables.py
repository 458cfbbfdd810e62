"""Targets in a table of indicators: one row an indicator, its unit in a column, one column a year.

"| Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Năm 2030 |" then "| Diện tích … | ha | 1.200 | 1.800 | 5.000 |": each
figure is a target of its row's indicator, in the row's unit, for its column's year. A column of figures named
without a year ("Chỉ tiêu", "Kế hoạch") is the plan's own year; a year before the plan's is where it starts from.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..lexicon import (APPENDIX_TITLE, CEILING_BOUNDS, CHECKPOINT_COLUMN_HEADS, FIGURE_CELL, FLOOR_BOUNDS,
                       INDICATOR_COLUMN_HEADS, TYPE_LINE, UNIT_COLUMN_HEADS, VALUE_COLUMN_HEADS, field_role,
                       names_a_task_table)
from ..model import Span, Target, Task
from ..segment import Block
from .targets import parse_number, targets_in

_NUMBERED = re.compile(r"[\dIVXLC.]+")
_VALUE_HEAD = re.compile(r"\|\s*(?i:" + "|".join(VALUE_COLUMN_HEADS) + ")")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_INDICATOR_PROPER = ("chỉ tiêu", "tên chỉ tiêu")  # (not "Nội dung", which heads a budget's lines too)
# A column of the whole area's figures, beside those of its parts
_WHOLE_COLUMN = re.compile(r"(?:toàn\s+(?:tỉnh|thành phố|xã|phường|huyện|đặc khu|quốc|ngành)|cả nước)", re.I)
# After the signature, a table of figures sets targets in an appendix titled for them ("Phụ lục I / CHỈ TIÊU …"); one
# of yearly figures titled otherwise ("ĐỊNH HƯỚNG PHÁT TRIỂN VÙNG NGUYÊN LIỆU …", "PHÂN BỔ VỐN CHƯƠNG TRÌNH MỤC TIÊU
# QUỐC GIA …"), or for what was done ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026"), is data the plan works from.
_NAMES_TARGETS = re.compile(r"chỉ tiêu|mục tiêu(?! quốc gia)", re.I)
_NAMES_RESULTS = re.compile(r"kết quả|tình hình|đánh giá|ước thực hiện", re.I)
_TITLE_REACH = 300  # characters: an appendix's title and its "(Kèm theo …)"
_ATTACHED_TO = re.compile(r"\(kèm theo", re.I)


def _titled_for_targets(title: str, since: int | None) -> bool:
    """An appendix's title over a table of the plan's targets: it names targets, no results, and does not end its
    period before the year the plan starts from, `since` ("NĂM 2026 - 2027"; the "(Kèm theo Kế hoạch … ngày …)" under
    it dates the plan, not the table)."""
    named = _ATTACHED_TO.split(title, maxsplit=1)[0]
    years = [int(year) for year in _YEAR.findall(named)]
    return since is not None and bool(_NAMES_TARGETS.search(named)) and not _NAMES_RESULTS.search(named) \
        and (not years or max(years) >= since)


def _cells(block: Block) -> list[tuple[int, str]]:
    """Every cell of a table row, empty ones too (a column's place counts), with the offset of its text."""
    line = block.line.rstrip()
    opening = 1 if line.startswith("|") else 0
    pieces = line[opening:].split("|")
    if line.endswith("|"):
        pieces.pop()
    cells = []
    position = block.start + opening
    for text in pieces:
        cells.append((position + len(text) - len(text.lstrip()), text.strip()))
        position += len(text) + 1
    return cells


# a column of what was done, the figures the targets start from ("TH 2025", "Ước thực hiện năm 2026", "Hiện trạng")
_DONE_COLUMN = re.compile(r"(?:th|ưth|thực hiện|ước|hiện trạng|năm cơ sở)(?![\wđ])")


_UNIT_BESIDE_INDICATORS = "đơn vị"


class _Columns:
    """What a header row says each column holds; `valid` when it is a targets table's header."""

    def __init__(self, names: list[str], plan_year: int | None, since: int | None = None):
        lowered = [name.lower().strip(" *") for name in names]
        self.unit = next((k for k, name in enumerate(lowered) if name.startswith(UNIT_COLUMN_HEADS)), None)
        self.indicator = next((k for k, name in enumerate(lowered) if name.startswith(INDICATOR_COLUMN_HEADS)
                               and not _YEAR.search(name)), None)
        if self.unit is None and self.indicator is not None:  # (after the indicators, "Đơn vị" is their unit)
            self.unit = next((k for k, name in enumerate(lowered) if name == _UNIT_BESIDE_INDICATORS
                              and k > self.indicator), None)
        self.years: dict[int, int | None] = {}
        self.whole = False  # a column of the whole area's figures, which only a part about targets commits to
        planned: set[int] = set()  # columns of the plan's figures for a year they name ("Kế hoạch năm 2027")
        for k, name in enumerate(lowered):
            if k in (self.unit, self.indicator) or _DONE_COLUMN.match(name):
                continue
            years = _YEAR.findall(name)
            if years:
                self.years[k] = int(years[-1])  # "Giai đoạn 2026 - 2030": by its end
                if name.startswith(VALUE_COLUMN_HEADS):
                    planned.add(k)
            elif name.startswith(VALUE_COLUMN_HEADS):
                self.years[k] = plan_year
            elif _WHOLE_COLUMN.fullmatch(name):
                self.years[k] = plan_year  # ("Toàn tỉnh" beside "Các phường", "Các xã khu vực I": the plan's own)
                self.whole = True
        # a plan for its year sets no target for a year gone by: "Năm 2026" beside "Năm 2027" in a plan for 2027
        # holds what the last year gave (an estimate, a result), the figures the targets start from; an appendix's
        # table none for a year before `since`, whatever its other columns
        if not since and plan_year and any(year and year >= plan_year for year in self.years.values()):
            since = plan_year
        if since:
            self.years = {k: year for k, year in self.years.items() if not year or year >= since}
        # (one such column, under "Chỉ tiêu", makes a table of targets without a unit's column; a year gone by none;
        # under "Nội dung", which heads a budget's lines too, one naming the targets: "Chỉ tiêu năm 2027")
        self.planned_year = self.indicator is not None and any(
            k in self.years and (not plan_year or self.years[k] >= plan_year)
            and (lowered[self.indicator].startswith(_INDICATOR_PROPER) or lowered[k].startswith(_INDICATOR_PROPER))
            for k in planned)

    @property
    def valid(self) -> bool:
        return self.indicator is not None and bool(self.years) \
            and (self.unit is not None or len(self.years) > 1 or self.planned_year)


# In a column of figures, a number with a decimal point is a spreadsheet's value as it stores it ("63.2"): no label.
_STORED_DECIMAL = re.compile(r"(?P<bound>)(?P<number>\d+\.\d{1,2})\s*(?P<percent>%)?")


def _figure(cell: str) -> tuple[float | None, float | None, bool] | None:
    m = FIGURE_CELL.fullmatch(cell.strip()) or _STORED_DECIMAL.fullmatch(cell.strip())
    if m is None:
        return None
    value = parse_number(m["number"])
    value = int(value) if value == int(value) else value
    bound = (m["bound"] or "").lower()
    if bound in FLOOR_BOUNDS:
        return value, None, bool(m["percent"])
    if bound in CEILING_BOUNDS:
        return None, value, bool(m["percent"])
    return value, value, bool(m["percent"])


# A table of the plan's figures shared out among its units, one row a commune, a village, a province or a department
# ("| TT | Xã, phường | Dân số (người) | Số người tham gia BHYT phải đạt (người) | Tỷ lệ bao phủ (%) |"): each unit's
# row its part of the whole; the row of the whole ("Toàn tỉnh", "Cả nước", "Tổng cộng") holds the plan's own figures.
_UNIT_KINDS = re.compile(r"(?:tên\s+)?(?:xã|phường|thôn|ấp|bản|khu phố|tổ dân phố|tỉnh|thành phố|huyện|địa phương|đơn vị"
                         r"|cơ quan|sở, ngành|ngành)(?:\s*[,/]\s*(?:xã|phường|thôn|bản|đặc khu|thành phố|ấp|tổ dân phố"
                         r"|khu phố|đơn vị|cơ quan|địa phương))*", re.I)
_WHOLE_ROW = re.compile(r"(?:toàn\s+(?:tỉnh|thành phố|xã|phường|huyện|đặc khu|quốc|ngành)|cả nước|tổng cộng|tổng số|tổng"
                        r"|cộng)\s*:?", re.I)
# …but not a column of what the figures start from, or of money the plan spends
_NO_TARGET_COLUMN = re.compile(r"dân số|đầu năm|đầu kỳ|hiện có|hiện trạng|lũy kế|thực hiện|ước|kết quả|kinh phí|vốn"
                               r"|ngân sách|dự toán|chi phí|thành tiền|mức hỗ trợ|ghi chú"
                               r"|diện tích tự nhiên", re.I)
_UNIT_IN_NAME = re.compile(r"\(([^()]{1,30})\)\s*$")


class _UnitsTable:
    """What a header row of a table shared out among units says: the units' column, the columns of figures and each
    one's year; `valid` when it is such a table's header."""

    def __init__(self, names: list[str], plan_year: int | None, since: int | None):
        self.unit_column = next((k for k, name in enumerate(names[:2]) if _UNIT_KINDS.fullmatch(name.strip(" *"))),
                                None)
        self.columns: dict[int, int | None] = {}
        for k, name in enumerate(names):
            if self.unit_column is None or k <= self.unit_column or not name or _NO_TARGET_COLUMN.search(name):
                continue
            years = [int(year) for year in _YEAR.findall(name)]
            if not years or since is None or years[-1] >= since:
                self.columns[k] = years[-1] if years else plan_year
        self.names = names

    @property
    def valid(self) -> bool:
        return self.unit_column is not None and bool(self.columns)

    def targets(self, cells: list[tuple[int, str]], found: list[Target]) -> list[Target]:
        """The figures of the row of the whole, those the plan does not state elsewhere, each its column's."""
        offset, text = cells[self.unit_column]
        out = []
        for k, year in self.columns.items():
            figure = _figure(cells[k][1]) if k < len(cells) else None
            if figure is None or any((t.min, t.max, t.year) == figure[:2] + (year,) for t in found):
                continue
            out.append(_column_target(self.names[k], figure, text, year, Span(offset, offset + len(text))))
        return out


def _column_target(name: str, figure: tuple[float | None, float | None, bool], text: str, year: int | None,
                   span: Span) -> Target:
    """The target a figure sets in a column named for its indicator, the unit in brackets ("Tỷ lệ bao phủ (%)")."""
    unit = _UNIT_IN_NAME.search(name)
    low, high, percent = figure
    return Target(text=text, indicator=_UNIT_IN_NAME.sub("", name).strip(), min=low, max=high,
                  unit="%" if percent else (unit.group(1).strip() if unit else ""), year=year, task=None, span=span)


class _Checkpoints:
    """What a header row of a table of checkpoints says ("| Mốc thời gian | Tỷ lệ giải ngân lũy kế phấn đấu (%) |"): one
    row a date or a period the figures are to be reached by, one column an indicator; `valid` when it is one."""

    def __init__(self, names: list[str]):
        lowered = [name.lower().strip(" *") for name in names]
        # (no column of work, of who does it, of when: "| Thời gian | Nội dung | Số học viên | Đơn vị thực hiện |" is
        # a timetable)
        self.valid_head = bool(lowered) and lowered[0].startswith(CHECKPOINT_COLUMN_HEADS) \
            and not any(role in ("content", "lead", "coordinators", "assignment", "time")
                        for role in map(field_role, names[1:]))
        self.columns = {k: name for k, name in enumerate(names) if k and name
                        and (not _NO_TARGET_COLUMN.search(name) or _STRIVEN.search(name))}

    @property
    def valid(self) -> bool:
        return self.valid_head and bool(self.columns)

    def targets(self, cells: list[tuple[int, str]], plan_year: int | None) -> list[Target]:
        offset, when = cells[0]
        years = _YEAR.findall(when)
        out = []
        for k, name in self.columns.items():
            figure = _figure(cells[k][1]) if k < len(cells) else None
            if figure is None:
                continue
            out.append(_column_target(name, figure, f"{when} {cells[k][1]}", int(years[0]) if years else plan_year,
                                      Span(offset, cells[k][0] + len(cells[k][1]))))
        return out


_STRIVEN = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch", re.I)  # (a cumulative figure the plan strives for is a target)


def _issued_with(blocks: list[Block], block: Block) -> bool:
    """Whether the block opens the document a decision issues: its type word, then its title and "(Kèm theo Quyết định
    số … )" ("KẾ HOẠCH" / "Thực hiện …" / "(Kèm theo Quyết định số 12/QĐ-UBND …)"); not a form a plan attaches ("(Kèm
    theo Kế hoạch số …)")."""
    return TYPE_LINE.fullmatch(block.line) is not None and any(
        _ISSUED_BY_A_DECISION.match(after.text) for after in blocks[block.index + 1:block.index + 1 + _TITLE_BLOCKS])


_ISSUED_BY_A_DECISION = re.compile(r"\((?:ban hành\s+)?kèm theo\s+(?:Quyết định|QĐ)", re.I)


_TITLE_BLOCKS = 3  # a title's lines, then "(Kèm theo …)"


def _about_targets(blocks: list[Block], row: Block) -> bool:
    """Whether a table in the body stands in a part about targets, or under words naming them ("II. MỤC TIÊU", "2. Chỉ
    tiêu năm 2027 của từng ấp như sau:"), and not in an account of results ("I. KẾT QUẢ THỰC HIỆN NĂM 2026")."""
    words = [blocks[row.index - 1].text] if row.index and blocks[row.index - 1].kind != "row" else []
    parent = row.parent
    while parent is not None:
        words.append(blocks[parent].text)
        parent = blocks[parent].parent
    return any(_NAMES_TARGETS.search(text) for text in words) and not any(_NAMES_RESULTS.search(text) for text in words)


def _placed_for_targets(blocks: list[Block], row: Block, appendix_title: str | None, since: int | None) -> bool:
    """Whether a table stands where the plan sets targets: in an appendix titled for them, or, in the body, under
    words naming them."""
    return _titled_for_targets(appendix_title, since) if appendix_title is not None else _about_targets(blocks, row)


def table_targets(blocks: list[Block], plan_year: int | None, issued_year: int | None = None
                  ) -> tuple[list[Target], set[int]]:
    """The targets of every targets table in the body and in an appendix titled for them, and the indices of the rows
    read (no other reader takes them). An appendix's table sets none for a year before the plan's, or, for a plan of
    several years, before the year it was issued."""
    since = plan_year or issued_year
    found: list[Target] = []
    read: set[int] = set()
    columns: _Columns | None = None
    units: _UnitsTable | None = None
    checkpoints: _Checkpoints | None = None
    in_appendix = after_body = False
    title = ""  # the words over a table in an appendix, since its heading or the table before
    spread: dict[int, int] = {}  # the columns of several years a layout ran into one, and how many years each
    for block in blocks:
        after_body = after_body or block.ends_body
        if block.kind != "row":
            spread = {}
            if after_body and _issued_with(blocks, block):
                after_body = in_appendix = False  # the plan a decision issues, after the decision's signature
            elif after_body and APPENDIX_TITLE.match(block.text):
                in_appendix, title = True, block.text
            elif in_appendix:
                title = "" if columns is not None else f"{title} {block.text}"[-_TITLE_REACH:]
            columns = units = checkpoints = None
            continue
        if after_body and not in_appendix:
            continue  # (a table after the signature and no appendix's heading: the copy's, a portal's)
        cells = _cells(block)
        if not spread and columns is None and units is None and checkpoints is None:
            spread = {k: len(_YEAR.findall(text)) for k, (_, text) in enumerate(cells) if _YEARS_ONLY.fullmatch(text)}
        cells = _spread_out(cells, spread) if spread else cells
        names = [text for _, text in cells]
        if checkpoints is not None:
            read.add(block.index)
            found += checkpoints.targets(cells, plan_year)
            continue
        timed = _Checkpoints(names) if columns is None and units is None else None
        if timed is not None and timed.valid and _placed_for_targets(blocks, block, title if in_appendix else None,
                                                                     since):
            checkpoints = timed
            read.add(block.index)
            continue
        header = _Columns(names, plan_year, since if in_appendix else None)
        # (a body's table of indicators by year commits wherever it stands; one naming the whole area's column, or
        # shared out among units, only where the plan speaks of targets)
        if header.valid and (not in_appendix and not header.whole
                             or _placed_for_targets(blocks, block, title if in_appendix else None, since)):
            columns, units = header, None
            read.add(block.index)
            continue
        shared = _UnitsTable(names, plan_year, since) if columns is None and units is None else None
        if shared is not None and shared.valid and not names_a_task_table([field_role(name) for name in names]) \
                and _placed_for_targets(blocks, block, title if in_appendix else None, since):
            units = shared
            continue
        if units is not None:
            if units.unit_column < len(cells) and _WHOLE_ROW.fullmatch(cells[units.unit_column][1]):
                read.add(block.index)
                found += units.targets(cells, found)
            continue
        if columns is None:
            continue
        read.add(block.index)
        if columns.indicator >= len(cells) or not cells[columns.indicator][1]:
            continue
        offset, indicator = cells[columns.indicator]
        unit = cells[columns.unit][1] if columns.unit is not None and columns.unit < len(cells) else ""
        for k, year in columns.years.items():
            figure = _figure(cells[k][1]) if k < len(cells) else None
            if figure is None:
                # a cell that words its figure ("Giảm ít nhất 15% so với năm 2026", "Tối thiểu 70%")
                # (its own "%" over the row's unit: "Tăng 20%" in a row counted in "người" is a share)
                found += [replace(target, text=indicator, indicator=indicator,
                                  unit=target.unit if target.unit == "%" else unit or target.unit)
                          for target in _worded_figure(cells[k] if k < len(cells) else (0, ""), year)]
                continue
            low, high, percent = figure
            found.append(Target(text=indicator, indicator=indicator, min=low, max=high,
                                unit="%" if percent and not unit else unit, year=year, task=None,
                                span=Span(offset, offset + len(indicator))))
    return found, read


_WORDED_CELL = 80  # characters, at most, of a cell that words its figure (longer: a note, an account)


def _worded_figure(cell: tuple[int, str], year: int | None) -> list[Target]:
    offset, text = cell
    return targets_in(text, offset, None, year, committed=True)[:1] if len(text) <= _WORDED_CELL else []


# A header's cell of several years a layout with spaces ran into one ("Năm 2028 Năm 2029 Năm 2030", single spaces
# between the columns' names), over cells of as many figures each ("142.500  153.000  165.200", "≤ 3.200 ≤ 2.900")
_YEARS_ONLY = re.compile(r"(?:(?:năm\s+)?(?:19|20)\d{2}\s*){2,}", re.I)
_YEAR_LABEL = re.compile(r"(?:năm\s+)?(?:19|20)\d{2}", re.I)
_FIGURE_IN_A_RUN = re.compile(r"[<>≤≥]?\s*\d[\d.,]*\s*%?")
_FIGURES_ALONE = re.compile(r"(?:\s*" + _FIGURE_IN_A_RUN.pattern + r")+\s*")  # (not "Giảm 10% so với năm 2026")


def _spread_out(cells: list[tuple[int, str]], spread: dict[int, int]) -> list[tuple[int, str]]:
    """The row's cells, each cell of a column of several years parted into one a year: the header's at its labels, a
    row's at its figures when it holds as many (an empty cell, empty ones)."""
    out: list[tuple[int, str]] = []
    for k, (offset, text) in enumerate(cells):
        count = spread.get(k)
        header = _YEARS_ONLY.fullmatch(text)
        pieces = list((_YEAR_LABEL if header else _FIGURE_IN_A_RUN).finditer(text)) \
            if count and (header or _FIGURES_ALONE.fullmatch(text)) else []
        if count and len(pieces) == count:
            out += [(offset + piece.start(), piece.group(0).strip()) for piece in pieces]
        elif count and not text:
            out += [(offset, "")] * count
        else:
            out.append((offset, text))
    return out


def task_table_targets(blocks: list[Block], tasks: list[Task], plan_year: int | None) -> list[Target]:
    """The targets a task table gives each row in a column of its own ("| Nhiệm vụ | Đơn vị chủ trì | … | Chỉ tiêu năm
    2027 | Thời hạn |"): each cell's, committed to by the column's name, the task of its row's."""
    if not any(block.kind == "row" and _VALUE_HEAD.search(block.line) for block in blocks):
        return []  # (no cell opens with a column's name of targets: most tables)
    found: list[Target] = []
    column = width = year = None
    starts = sorted((task.span.start, task.id) for task in tasks)
    for block in blocks:
        if block.kind != "row":
            column = None
            continue
        cells = _cells(block)
        if not cells:
            continue
        named = [k for k, (_, text) in enumerate(cells) if text.lower().startswith(VALUE_COLUMN_HEADS)]
        # (a row its number opens is no header: its roles not read)
        roles = [field_role(text) for _, text in cells] if named or not _NUMBERED.fullmatch(cells[0][1]) else []
        if names_a_task_table(roles):
            column = named[0] if len(named) == 1 else None
            width, years = len(cells), _YEAR.findall(cells[column][1]) if column is not None else []
            year = int(years[-1]) if years else plan_year
            continue
        if column is None or len(cells) != width or not cells[column][1]:
            continue
        end = block.start + len(block.line)
        k = bisect.bisect_left(starts, (block.start, ""))
        task = starts[k][1] if k < len(starts) and starts[k][0] < end else None
        offset, text = cells[column]
        found.extend(targets_in(text, offset, task, year, committed=True) if task else [])
    return found
