"""Task tables: one task per row, lead, partners and time from the columns the header names."""
from __future__ import annotations

import re

from ..lexicon import (AMENDS, APPENDIX_TITLE, CELL_LIST_MARKS, EMPTY_CELL_MARKS, MATRIX_MARKS, OPENS_TIME_CELL,
                       TIME_END_WORDS, UPPER_LETTERS, column_roles, is_column_head, matrix_legend, names_a_task_table)
from ..model import Span, Task
from ..segment import Block
from ..tablerows import label_family, row_cells
from .actors import DEFAULT_COLLECTIVE_LEAD, actors_of, bodies_named, names_of, names_only
from .agencies import AgencyMention
from .dates import deadline_from_timeframe, deadline_in

_ROW_LABEL = re.compile(r"[\dIVXLC.]*|[A-ZĐa-zđ][.)]?")  # a row's number cell: "1", "2.3", "IV", "A", "a)"
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}")
# a row's number alone, "5", "2.3" (not `_ROW_LABEL`'s group letter or empty cell: a matrix's header may leave its
# corner cell empty)
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_NUMBER_HEADER = re.compile(r"S?TT\.?|Số TT|Số thứ tự|Số", re.I)


def table_tasks(blocks: list[Block], start_id: int, aliases: tuple[tuple[str, str], ...] = (),
                year: int | None = None, issued: str | None = None) -> list[Task]:
    """One task per row of a task table (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian); a time
    without its year ("Tháng 3", "Quý II", "10/4") is of `year`, an annual plan's, or else the next such after the
    plan's date `issued`."""
    tasks: list[Task] = []
    columns: dict[str, int] | None = None
    numbered = False  # the first column numbers the rows ("STT")
    number_column = width = 0  # the column that numbers the rows when a group's column comes first; the header's cells
    time_unit: str | None = None  # the time column named by its unit ("Tháng"): its cells are bare numbers
    time_span: list[int] = []  # the time's columns
    previous: list[str] = []
    numbered_rows: dict[str, list[str]] = {}  # each row's cells by its number, for a cell that points to it
    section = None
    groups = _Groups(aliases)
    leads_in_groups_only = False  # a table naming no bodies' column: a task only under a group row naming its lead
    matrix: dict[int, AgencyMention] = {}  # a responsibility matrix's body columns
    heading_leads: list[AgencyMention] = []  # the body whose heading the table sits under, for a table without leads
    marks = MATRIX_MARKS
    spans: dict[int, str] = {}  # the header's role over each column, a role's cell spanning the empty ones after it
    grouped: dict[int, str] = {}  # a matrix whose bodies stand under the role their columns' group names
    for block in blocks:
        if block.kind != "row":
            columns = None if block.kind in ("part",) else columns
            groups.under_the_title(block.text)
            continue
        cells = ["" if cell in EMPTY_CELL_MARKS else cell for cell in row_cells(block.line)]
        roles = _column_roles(cells)
        # (a numbered table's row, its number first, is none of its headers, whatever its cells hold: "| 5 | … | Dự án
        # sản xuất thử nghiệm | Công ty X | Sở Y | … |" names no matrix of bodies)
        numbered_row = bool(columns) and numbered and _ROW_NUMBER.fullmatch(cells[0]) is not None
        body_columns = _body_columns(cells, roles, aliases) \
            if "content" in roles and "lead" not in roles and not numbered_row else {}
        # (a table of work and its time alone, under a body's heading: "1. Phòng X" over "| Nhiệm vụ | Thời gian |")
        under_a_body = _heading_leads(blocks, block, aliases) if roles == ["content", "time"] else []
        # (a header naming the work and its time alone: its rows are tasks under a group row naming their lead)
        named_in_groups = "content" in roles and "time" in roles and not body_columns and not under_a_body
        if names_a_task_table(roles) or "content" in roles and (body_columns or under_a_body) or named_in_groups:
            matrix = body_columns  # (a header row names the columns)
            spans, grouped = _spanned_roles(cells, roles), {}
            if not matrix:
                # a header of two rows run into one, each body under its group's role ("Chủ trì Sở X | Chủ trì Sở Y |
                # Phối hợp Sở X | …")
                matrix, grouped = _bodies_under_roles(
                    {i: (cell[opening.end():], role) for i, (cell, role) in enumerate(zip(cells, roles))
                     if role in ("lead", "coordinators") and (opening := _ROLE_OPENING.match(cell))}, aliases)
            heading_leads = under_a_body
            leads_in_groups_only = named_in_groups and not names_a_task_table(roles)
            groups.table_opens()
            marks = _matrix_marks(blocks, block.index) if matrix else MATRIX_MARKS
            columns = {}
            for i, role in enumerate(roles):
                columns.setdefault({"coordinators": "coord"}.get(role, role), i)
            numbered = bool(_NUMBER_HEADER.fullmatch(cells[0]))
            # the number's column after a group's ("| Nhóm nhiệm vụ | TT | Nhiệm vụ | …"): its rows may lose the group's
            # merged cell
            number_column = next((i for i, cell in enumerate(cells[1:columns.get("content", 0)], 1)
                                  if _NUMBER_HEADER.fullmatch(cell)), 0)
            width = len(cells)
            # a table without a time column writes the time in its notes ("Ghi chú: Hoàn thành trước 28/02/2027")
            notes = next((i for i, cell in enumerate(cells) if _NOTES_COLUMN.fullmatch(cell.strip(" *"))), None)
            if "time" not in columns and notes is not None:
                columns["notes"] = notes
            time_unit = cells[columns["time"]].lower() if "time" in columns else None
            time_unit = time_unit if time_unit in ("tháng", "quý") else None
            time_span = _time_columns(cells, roles, columns.get("time"))
            continue
        if "content" in roles and "other" not in roles or len(cells) > 1 and _NUMBER_HEADER.fullmatch(cells[0]):
            # another table's header, one that names no lead ("| Nội dung | Thời gian |" of an agenda, "| TT | Tên dự án
            # | Địa điểm | … |" of an appendix listing projects)
            columns = None
        if not columns or "content" not in columns or len(cells) > 2 and all(map(_COLUMN_NUMBER.fullmatch, cells)):
            continue  # (the row numbering the columns under the header: "(1) | (2) | (3)")
        if spans and not previous and not matrix and columns["content"] < len(cells) \
                and not cells[columns["content"]]:
            # the header's second row names the bodies under "Chủ trì" and under "Phối hợp": a mark in a body's column
            # gives it the role its group names
            matrix, grouped = _bodies_under_roles({i: (cells[i], role) for i, role in spans.items() if i < len(cells)},
                                                  aliases)
            if matrix:
                continue
        if len(cells) == 1 and len(columns) > 2 and cells[0]:
            section, previous = cells[0], []  # a row of one cell spanning the table ("A. Hạ tầng"): a group's title
            label = _TITLE_LABEL.match(section)
            groups.enter(label[1] if label else "", section[label.end() if label else 0:], leads_in_groups_only)
            continue
        if number_column and len(cells) == width - number_column and _ROW_LABEL.fullmatch(cells[0]):
            cells = [""] * number_column + cells  # "| 2 | Tiếp nhận … |": the group's merged cell left out
        if columns["content"] == 0 and len(cells) > 1 and cells[0] and _ROW_LABEL.fullmatch(cells[0]):
            cells = cells[1:]  # a header repeated without its number column
        elif numbered and cells and not _ROW_LABEL.fullmatch(cells[0]) and columns["content"] > 0:
            # A row whose first cells were merged with the row above starts at its content cell.
            cells = [""] * columns["content"] + cells
            cells += previous[len(cells):]  # and the cells merged below it are the row above's
        if len(cells) <= columns["content"]:
            continue
        content = cells[columns["content"]]
        if re.fullmatch(r"[-\s:]*", content) or AMENDS.match(content):
            continue  # (nor a row of an amending table that repeals its task: "Bãi bỏ")
        if all(not c or c == content for i, c in enumerate(cells)
               if i != columns["content"] and (i in matrix or not _ROW_LABEL.fullmatch(c))):  # (a matrix's "C" is a mark)
            # a group heading row: its title alone, or written again in each cell it spans (as some converters
            # write a merged cell)
            section = content
            label = cells[0] if columns["content"] > 0 and _GROUP_LABEL.fullmatch(cells[0]) else ""
            groups.enter(label, section, leads_in_groups_only)
            previous = []
            continue
        if leads_in_groups_only and not groups.leads:
            continue
        if _under_a_merged_lead(cells, columns, width, previous):
            # a copy that leaves out the cell a lead merged over rows ("1 | … | Công an xã | Phòng X | Quý I" / "2 | … |
            # Phòng Y | Quý II"): a row one cell short, its time last, keeps the lead of the row above
            cells = [*cells[:columns["lead"]], previous[columns["lead"]], *cells[columns["lead"]:]]
        for role in sorted(("time",) if matrix else ("lead", "time"), key=lambda role: columns.get(role, width)):
            # a row that stops short of the header's last columns, the lead's or the time's among them, was merged
            # with the row above's there ("1 | … | Sở X" / "2 | … | Công an tỉnh" under "… | Phối hợp | Chủ trì")
            if role in columns and columns[role] == len(cells) < min(width, len(previous)):
                cells.append(previous[columns[role]])
        for role in ("time",) if matrix else ("lead", "time"):
            # a cell left empty was merged with the row above's: every task has a lead (in a matrix, a body's column
            # left empty is no role of its)
            if role in columns and columns[role] < min(len(cells), len(previous)) and not cells[columns[role]]:
                cells[columns[role]] = previous[columns[role]]
        for role in ("lead", "coord", "time"):  # "Như nhiệm vụ số 1", "Như trên": that row's cell, said again
            cell = columns.get(role)
            if cell is not None and cell < len(cells) and (same := _AS_IN_ROW.fullmatch(cells[cell])):
                row = numbered_rows.get(same.group("number")) if same.group("number") else previous
                cells[cell] = row[cell] if row and cell < len(row) else cells[cell]
        if cells[0]:
            if cells[0].rstrip(".") == "1":
                numbered_rows.clear()  # (a group numbering its rows again: a reference is to its own)
            numbered_rows[cells[0].rstrip(".")] = cells
        lead_text = cells[columns["lead"]] if "lead" in columns and columns["lead"] < len(cells) else ""
        previous = cells
        coord_text = cells[columns["coord"]] if "coord" in columns and columns["coord"] < len(cells) else ""
        times = [cells[i] for i in time_span if i < len(cells) and cells[i]]
        time_text = next((time for time in reversed(times) if OPENS_TIME_CELL.match(time)), times[0] if times else "")
        if "notes" in columns and columns["notes"] < len(cells) and _dates_the_work(cells[columns["notes"]]):
            time_text = cells[columns["notes"]]
        if time_unit and re.fullmatch(r"[\dIVX\s,–-]+", time_text):
            time_text = f"{time_unit} {time_text}"  # "05 - 06" under "Tháng"
        if matrix:
            leads, coords = _marked_roles(cells, matrix, marks, grouped)
        elif heading_leads or groups.leads and not lead_text:
            leads = tuple(heading_leads or groups.leads)
            coords = bodies_named(coord_text, aliases=aliases) if coord_text \
                else actors_of(content, aliases).coordinators
        elif not coord_text and (fields := _role_fields(lead_text)):
            # one cell for the bodies, each role a field of it ("Chủ trì: Phòng X. Phối hợp: Chi nhánh Y.")
            leads = bodies_named(fields.get("lead", ""), aliases=aliases)
            coords = bodies_named(fields.get("coordinators", ""), aliases=aliases)
        elif not coord_text and _ROLES_IN_A_CELL.search(lead_text) and (in_cell := actors_of(lead_text, aliases)).leads:
            # one cell for the bodies and their roles ("Phòng X chủ trì; Phòng Y, Chi nhánh Z phối hợp")
            written = _roles_as_written(lead_text, in_cell.leads, aliases)
            partners_as_written = written[1] if written else []  # (partners the grammar reads no body in)
            leads, coords = in_cell.leads, in_cell.coordinators or partners_as_written \
                or actors_of(content, aliases).coordinators
        else:
            leads = bodies_named(lead_text, aliases=aliases)
            if leads and leads[0].start > 0 and (named := actors_of(lead_text, aliases).leads) and named[0].start == 0:
                leads = named  # a group the cell names whole, its body's words in lower case ("Ban rà soát các thôn")
            # without a partners' cell, the partners the work names itself ("Phối hợp với Công an tỉnh tổ chức …")
            coords = bodies_named(coord_text, aliases=aliases) if coord_text else actors_of(content, aliases).coordinators
            if not coord_text and (as_written := _roles_as_written(lead_text, leads, aliases)) is not None:
                leads, coords = as_written
        lead_names = names_of(leads) or ([lead_text] if lead_text else [DEFAULT_COLLECTIVE_LEAD])
        cell_start = block.start + block.line.find(content) if content else block.start
        # a cell's own numbered list ("1. Số hóa …  2. Thực hiện …") gives a task each, each of its times the one its
        # number gives in the time cell ("1. Quý III/2027  2. Thường xuyên"), else the cell's
        items = _numbered_items(content) or _dashed_items(content) or [(0, content)]
        times = _numbered_items(time_text) or _dashed_times(time_text)
        for k, (start, text) in enumerate(items):
            time = times[k][1] if times and len(times) == len(items) else time_text
            if len(items) > 1 and not coord_text and not matrix and not heading_leads:
                coords = actors_of(text, aliases).coordinators  # (the partners each item's work names)
            tasks.append(Task(
                id=groups.task_id(start_id + len(tasks) + 1),
                section=section,
                text=text,
                lead=lead_names,
                coordinators=[c.name for c in coords if not c.collective],
                coordinators_collective=any(c.collective for c in coords),
                deadline=_time_due(time, year, issued) if time else deadline_in(text, year),
                span=Span(cell_start + start, cell_start + start + len(text)),
                unresolved_agencies=[m.name for m in [*leads, *coords] if not m.resolved and not m.collective],
            ))
    return tasks


_NOTES_COLUMN = re.compile(r"(?i:ghi chú)")
_NOTE_OPENING = re.compile(r"^(?i:hoàn thành|thực hiện|cao điểm)\s+")  # ("Hoàn thành trước …": a time all the same)
_NOTE_WORDS = 12  # a note that dates the work says its time and little else


def _dates_the_work(note: str) -> bool:
    """A note that is the work's time ("Hoàn thành trước 28/02/2027", "Quý II/2027"), not an account of what was done
    ("Năm 2026 đã rà soát 45 thủ tục")."""
    return bool(OPENS_TIME_CELL.match(_NOTE_OPENING.sub("", note))) and len(note.split()) <= _NOTE_WORDS \
        and not _DONE.search(note)


_DONE = re.compile(r"(?<![\wđ])(?:đã|xong)(?![\wđ])", re.I)


_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=\S)")


def _numbered_items(cell: str) -> list[tuple[int, str]] | None:
    """The items of a cell's own list, numbered from 1 on ("1. … 2. …"), with where each text starts; None for a cell
    that holds no such list (one item, or numbers out of their order)."""
    if not cell.startswith("1."):
        return None  # (the test most cells fail, before any scan)
    marks = list(_ITEM_NUMBER.finditer(cell))
    listed: list[re.Match] = []
    for mark in marks:
        if int(mark.group(1)) == len(listed) + 1:
            listed.append(mark)
    if len(listed) < 2 or listed[0].start() != 0:
        return None
    ends = [m.start() for m in listed[1:]] + [len(cell)]
    return [(m.end(), cell[m.end():end].rstrip()) for m, end in zip(listed, ends)]


def _dashed_items(cell: str) -> list[tuple[int, str]] | None:
    """The items of a cell that is a list of dashes ("- Lập kế hoạch …; hoàn thành … - Tổ chức …"), each a task as
    the dashes of a body's section are, with where each text starts, its dash left out; None for a cell that opens
    with no dash (a dash inside a name, "Phòng Tài chính - Kế toán", follows no sentence's end)."""
    if not cell.startswith(CELL_LIST_MARKS):
        return None
    starts = [0] + [dash.start() for dash in _NEXT_DASHED_ITEM.finditer(cell)]
    items = []
    for start, end in zip(starts, starts[1:] + [len(cell)]):
        text = cell[start:end].strip()
        items.append((cell.index(text[1:].lstrip(), start), text[1:].strip()))
    return items


def _dashed_times(cell: str) -> list[tuple[int, str]] | None:
    """A time cell that is a list of dashes, one time to each dashed item of the work beside it ("- Tháng 3/2027 -
    Thường xuyên"): a time's own words end on no full stop."""
    if not cell.startswith(CELL_LIST_MARKS):
        return None
    starts = [0] + [dash.start() for dash in _NEXT_DASHED_TIME.finditer(cell)]
    return [(start, cell[start:end].strip()[1:].strip()) for start, end in zip(starts, starts[1:] + [len(cell)])]


_NEXT_DASHED_TIME = re.compile(r"\s+[-–+•]\s+(?=[" + UPPER_LETTERS + r"])")
_NEXT_DASHED_ITEM = re.compile(r"(?<=[.;])\s+[-–+•]\s+(?=[" + UPPER_LETTERS + r"])")


_CONTENT_HEAD_WORDS = 6  # a column's name, not a row's text
# (a field opens after its stop, or in capitals after the wrapped name before it: "Chủ trì: Sở X Phối hợp: Sở Y")
_ROLE_FIELD = re.compile(r"(?:^|(?<=[.;])\s+|\s+(?=(?:Cơ quan\s+|Đơn vị\s+)?(?:Chủ trì|Phối hợp)\s*:))"
                         r"(?:(?i:cơ quan|đơn vị)\s+)?(?P<role>(?i:chủ trì|phối hợp))\s*:\s*")


def _role_fields(cell: str) -> dict[str, str]:
    """The bodies of each role a cell names as its fields ("Chủ trì: Phòng X. Phối hợp: …"), when it opens with the
    lead's; else nothing."""
    found = list(_ROLE_FIELD.finditer(cell))
    if not found or found[0].start() != 0 or found[0]["role"].lower() != "chủ trì":
        return {}
    return {("lead" if m["role"].lower() == "chủ trì" else "coordinators"):
            cell[m.end():following.start() if following else len(cell)].strip(" .;")
            for m, following in zip(found, [*found[1:], None])}
_ROLES_IN_A_CELL = re.compile(r"(?<!\w)(?:chủ trì|phối hợp)(?!\w)")


_LEAD_THEN_PARTNERS = re.compile(r"(?P<lead>.+?)\s+(?:chủ trì(?:\s*[;,.]\s*(?:phối hợp với\s+(?P<with>.+?)"
                                 r"|(?P<named>.+?)\s+phối hợp))?|phối hợp với\s+(?P<after>.+?))\s*\.?", re.I)
_LONGEST_ROLES_CELL = 120  # characters: a longer cell is a sentence, not a list of who does the work


def _roles_as_written(cell: str, found: list[AgencyMention],
                      aliases: tuple[tuple[str, str], ...]) -> tuple[list[AgencyMention], list[AgencyMention]] | None:
    """The lead and partners of a cell of a unit's posts and groups, where the grammar reads not every one of them as a
    body ("Phó Hiệu trưởng phụ trách chuyên môn chủ trì; các tổ chuyên môn phối hợp", "Giáo viên chủ nhiệm các lớp
    12; Tổ Văn phòng", "Đoàn trường phối hợp với giáo viên chủ nhiệm"): each part as written, a body the grammar reads
    as it reads it, the lead's parts before the partners'. None where the grammar reads every part (or the cell is a
    sentence)."""
    if len(cell) > _LONGEST_ROLES_CELL:
        return None
    roles = _LEAD_THEN_PARTNERS.fullmatch(cell)
    lead_part, partners_part = (roles["lead"], roles["with"] or roles["named"] or roles["after"] or "") if roles \
        else (cell, "")
    parts = [[part for part in re.split(r"\s*;\s*", side.strip(" .")) if part] for side in (lead_part, partners_part)]
    if not roles and (len(parts[0]) < 2 or len(found) >= len(parts[0])):
        return None

    def as_written(part: str) -> AgencyMention:
        bodies = bodies_named(part, aliases=aliases)
        if len(bodies) == 1 and names_only(part, bodies):
            return bodies[0]
        # (a group written in lower case, "giáo viên bộ môn", "các tổ chuyên môn", is many of a kind: a class)
        return AgencyMention(part[:1].upper() + part[1:], 0, len(part), collective=part[:1].islower()
                             or part.lower().startswith("các "), resolved=False)

    return [as_written(part) for part in parts[0]], [as_written(part) for part in parts[1]]


def heads_a_task_table(row: Block) -> bool:
    """The row names the columns of a table whose rows are tasks (the work's and its lead's)."""
    return names_a_task_table(_column_roles(row_cells(row.line)))


def _column_roles(cells: list[str]) -> list[str]:
    """Each header cell's column role (`column_roles`), a work's column unnamed read too."""
    return _with_unnamed_content(column_roles(cells), cells)


def _with_unnamed_content(roles: list[str], cells: list[str]) -> list[str]:
    """A header naming the lead's column but its work's in the plan's own words ("| TT | Cuộc kiểm toán | Đơn vị chủ
    trì | … |"): the one column of a name before the bodies, past the number's, holds the work."""
    if "content" in roles or "lead" not in roles or "chủ trì" not in cells[roles.index("lead")].lower():
        return roles  # (a lead's column named as such: "Đơn vị" alone may be a target's unit)
    before = [i for i in range(roles.index("lead")) if not (i == 0 and _NUMBER_HEADER.fullmatch(cells[0]))]
    if len(before) != 1 or roles[before[0]] != "other":
        return roles
    name = cells[before[0]].strip(" *")
    if not name or len(name.split()) > _CONTENT_HEAD_WORDS or any(char.isdigit() for char in name) \
            or is_column_head(name):  # (a column of its own: "Chỉ tiêu", "Kinh phí")
        return roles
    return [*roles[:before[0]], "content", *roles[before[0] + 1:]]


_GROUP_LABEL = re.compile(r"[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}")  # a group row's label: "II", "B", "3"
_TITLE_LABEL = re.compile(r"(" + _GROUP_LABEL.pattern + r")[.)]\s+")  # … at the head of a one-cell row's title
# the title of the appendix a table stands in, with its number ("PHỤ LỤC II", "Phụ lục số 2")
_NUMBERED_APPENDIX = re.compile(r"\W*(?:PHỤ LỤC|Phụ lục)\s+(?:SỐ\s+|số\s+)?([IVXLC]{1,6}|\d{1,2})(?![\wđ])")


class _Groups:
    """Where a table's rows stand: the appendix ("PHỤ LỤC II") and the innermost group row ("II. NHÂN LỰC") — a
    sentence of the plan may hand either out ("chủ trì các nhiệm vụ tại mục II Phụ lục II"), so a row's task id
    carries them ("T.PLII.II.5") — and the lead the nearest group row naming one gives its rows ("A. Y TẾ (Sở Y tế
    chủ trì)" over "I. Y tế dự phòng")."""

    def __init__(self, aliases: tuple[tuple[str, str], ...]):
        self.aliases = aliases
        self.appendix = self.label = self.leads_family = ""
        self.leads: list[AgencyMention] = []

    def under_the_title(self, line: str) -> None:
        numbered = _NUMBERED_APPENDIX.match(line) if APPENDIX_TITLE.match(line) else None
        if numbered:
            self.appendix = numbered.group(1)

    def table_opens(self) -> None:
        self.label = self.leads_family = ""
        self.leads = []

    def enter(self, label: str, title: str, said_only: bool) -> None:
        """A group row: its label, and its title's lead; one naming none keeps the lead of the group it is part of
        (labelled otherwise), not that of the group before it (labelled alike)."""
        self.label = label
        leads = _group_leads(title, self.aliases, said_only)
        family = label_family(label) if label else ""
        if leads or not family or family == self.leads_family:
            self.leads, self.leads_family = leads, family if leads else ""

    def task_id(self, number: int) -> str:
        return ".".join(filter(None, ("T", f"PL{self.appendix}" if self.appendix else "", self.label, str(number))))


_LEADS_IN_A_TITLE = re.compile(r"(?<![\wđ])chủ trì(?![\wđ])", re.I)


def _group_leads(title: str, aliases: tuple[tuple[str, str], ...], said_only: bool = False) -> list[AgencyMention]:
    """The bodies a group row's title names as the lead of its rows: "Bộ Tài chính chủ trì", "THU HÚT ĐẦU TƯ (Sở Tài
    chính chủ trì)", or (unless `said_only`: a table of work and time alone may be one of visits to the bodies its
    groups name) a title that is a body's name alone ("SỞ Y TẾ"); none for a title of work."""
    said = _LEADS_IN_A_TITLE.search(title)
    if said:
        opening = title.rfind("(", 0, said.start())
        return actors_of(title[opening + 1 if opening >= 0 else 0:said.end()], aliases).leads
    leads = [] if said_only else actors_of(title, aliases).leads
    return leads if leads and names_only(title.strip().rstrip(" :"), leads) else []


def _heading_leads(blocks: list[Block], header: Block, aliases: tuple[tuple[str, str], ...]) -> list[AgencyMention]:
    """The bodies the nearest heading above a table names, where it names any ("1. Phòng Xúc tiến đầu tư")."""
    parent = header.parent
    while parent is not None:
        heading = blocks[parent].text
        leads = actors_of(heading, aliases).leads
        if leads:  # a heading that names its bodies and nothing else ("1. Sở X chủ trì hội nghị …:" is no such one)
            return leads if names_only(heading.rstrip(" :"), leads) else []
        if blocks[parent].kind == "part":
            return []
        parent = blocks[parent].parent
    return []


def _body_columns(cells: list[str], roles: list[str], aliases: tuple[tuple[str, str], ...]) -> dict[int, AgencyMention]:
    """The columns of a responsibility matrix's header that each hold one body's name ("Phòng Kinh tế", "Các thôn,
    bản"); a header with fewer than two is no matrix."""
    bodies = {}
    for i, (cell, role) in enumerate(zip(cells, roles)):
        if role == "other" and cell:
            named = bodies_named(cell, aliases=aliases)
            if len(named) == 1 and named[0].start == 0 and named[0].end >= len(cell.rstrip(" .*")):
                bodies[i] = named[0]
    return bodies if len(bodies) >= 2 else {}


_LEGEND_REACH = 3  # blocks before the table's header (or after its last row) a legend may stand in


def _matrix_marks(blocks: list[Block], header: int) -> dict[str, str]:
    """The role each mark of the responsibility matrix whose header is block `header` stands for: the usual ones, and
    those its own legend defines, above the table or under it."""
    last_row = next((i for i in range(header, len(blocks)) if blocks[i].kind != "row"), len(blocks))
    near = [*blocks[max(0, header - _LEGEND_REACH):header], *blocks[last_row:last_row + 2]]  # ("Ghi chú:" / its line)
    marks = dict(MATRIX_MARKS)
    for block in near:
        if block.kind != "row":
            marks.update(matrix_legend(block.line))  # (with its label: a legend may open on its mark, "• Chủ trì")
    return marks


def _time_columns(header: list[str], roles: list[str], first: int | None) -> list[int]:
    """The columns of a row's time, its start's and its end's: a time's cell spanning the unnamed columns after it
    ("Thời gian thực hiện | |" over "01/2027 | 09/2027"), or the first time column and a later one named as the end
    ("Thời gian bắt đầu | Thời gian kết thúc"); the last of them holding a time dates the work. A column of progress
    ("Tiến độ") or of another step ("Thời gian trình | Thời gian ban hành") beside the time is none of them."""
    if first is None:
        return []
    ends = [] if header[first].lower().endswith(TIME_END_WORDS) else [
        i for i in range(first + 1, len(header)) if roles[i] == "time" and header[i].lower().endswith(TIME_END_WORDS)]
    return _spanned_columns(header, first) + ends[:1]


def _spanned_columns(header: list[str], column: int) -> list[int]:
    """The column and the unnamed ones right after it, which its name, a merged cell, spans."""
    end = column + 1
    while end < len(header) and not header[end]:
        end += 1
    return list(range(column, end))


def _spanned_roles(cells: list[str], roles: list[str]) -> dict[int, str]:
    """The role of the lead's or the partners' cell of a header over the empty cells after it (the group of columns a
    merged cell spans: "Chủ trì | | | Phối hợp | |"); empty where no such cell spans another."""
    spans: dict[int, str] = {}
    role = None
    for i, (cell, named) in enumerate(zip(cells, roles)):
        role = named if cell else role
        if role in ("lead", "coordinators"):
            spans[i] = role
    return spans if len(spans) > roles.count("lead") + roles.count("coordinators") else {}


_ROLE_OPENING = re.compile(r"(?:(?:đơn vị|cơ quan)\s+)?(?:chủ trì|phối hợp)\s+", re.I)


def _bodies_under_roles(columns: dict[int, tuple[str, str]], aliases: tuple[tuple[str, str], ...]
                        ) -> tuple[dict[int, AgencyMention], dict[int, str]]:
    """A matrix's columns that each name one body under the role of its group (each column's words and role given):
    the body of each column, and its role; empty where fewer than two columns name one."""
    matrix, grouped = {}, {}
    for i, (words, role) in columns.items():
        named = bodies_named(words, aliases=aliases) if words else ()
        if len(named) == 1 and named[0].start == 0:
            matrix[i], grouped[i] = named[0], role
    return (matrix, grouped) if len(matrix) >= 2 else ({}, {})


def _marked_roles(cells: list[str], matrix: dict[int, AgencyMention], marks: dict[str, str],
                  grouped: dict[int, str]) -> tuple[tuple[AgencyMention, ...], tuple[AgencyMention, ...]]:
    """The lead and the partners a matrix row marks in the bodies' columns; where no mark has a role ("x" in one
    column or several), the marked bodies lead together, or take the role of the group their columns stand under."""
    marked = {i: _unbolded(cells[i]).lower() for i in matrix if i < len(cells) and _unbolded(cells[i])}
    roles = {i: grouped.get(i) or marks.get(mark) for i, mark in marked.items()}
    if not any(roles.values()):
        roles = {i: "lead" for i in roles}
    return (tuple(matrix[i] for i, role in roles.items() if role == "lead"),
            tuple(matrix[i] for i, role in roles.items() if role == "coordinators"))


def _unbolded(cell: str) -> str:
    cell = cell.strip()
    return cell[2:-2].strip() if len(cell) > 4 and cell.startswith("**") and cell.endswith("**") else cell


# A cell that points to another row's instead of writing it again: "Như nhiệm vụ số 1", "Như mục 3", "Như trên"
_AS_IN_ROW = re.compile(r"(?i:như)\s+(?:(?i:nhiệm vụ|mục|nội dung|dòng|hàng|tt|stt)\s+(?:(?i:số)\s*)?"
                        r"(?P<number>\d{1,3})|(?i:trên))\s*\.?")


def _under_a_merged_lead(cells: list[str], columns: dict[str, int], width: int, previous: list[str]) -> bool:
    """A row one cell short of the header, the partners' column right after the lead's and a time one cell before the
    time's column (its last, or the results' after it): the lead's cell, merged over it from the row above, is the one
    the copy left out (an empty cell would have stayed)."""
    lead, partners, time = columns.get("lead"), columns.get("coord"), columns.get("time")
    return (len(cells) == width - 1 and lead is not None and partners == lead + 1 and time is not None
            and time > partners and len(previous) == width and bool(previous[lead])
            and bool(OPENS_TIME_CELL.match(cells[time - 1])))


def _time_due(time: str, year: int | None, issued: str | None) -> str | None:
    """The end of a row's time; without its year, of the annual plan's `year`, or the next such after `issued`."""
    if year or not issued:
        return deadline_from_timeframe(time, year)
    due = deadline_from_timeframe(time, int(issued[:4]))
    return deadline_from_timeframe(time, int(issued[:4]) + 1) if due and due < issued else due
