"""A web page captured as a screen reader's speech: what NVDA's Speech Viewer, JAWS's speech history or Narrator log
while a user reads a portal's page from top to bottom, in the reader's Vietnamese or English voice, read as the lines
the page shows.

Each line of the log is one utterance; the reader speaks its announcements and the page's words as separate strings,
which the log joins with two spaces ("tiêu đề  mức 1  Kế hoạch …", "heading  level 1  …"). So a line parts into
segments at two spaces, and a segment is an announcement only when it is nothing but the reader's vocabulary
(`_VOCABULARY`, both languages, one table): a page's own words that happen to hold "liên kết" or "bảng" stay words.

What the announcements tell: the window's title (the first utterance, "… - Google Chrome") goes; the landmarks
("vùng mốc chính", "main landmark") say where the page's frame is, and where a main landmark is spoken only its text is
read, the banner, navigation, search, complementary, content info and form landmarks going with their content (the
reader speaks a landmark's start, not its end: a landmark lasts until the next one, or its end where a reader speaks
one; a navigation, search, complementary or form landmark spoken inside the main text ends with the list or table it
opens with). Role words go ("liên kết", "link", "clickable"), and a picture or a control with its name ("hình ảnh
Logo", "nút Tìm"); a heading's "tiêu đề mức N" goes; a bullet ("dấu đầu dòng", "bullet") becomes "- ", a numbered
item keeps its "1." as the page shows it; a list's start and end go.

A table is read cell by cell: "hàng N" (row N) when the row changes, "cột M" (column M) when the column does, each
spoken after the header it heads when the reader reports headers ("TT  cột 1  1": the header repeats the header row,
and goes; where a row is read as one line, the words before a column's number end with its header, the one spoken
before or the first row's cell). "trống" / "blank" is an empty cell, a cell's line breaks are its strings' two spaces (its words joined by
a space, as the other converters join a cell's lines). The table gives `| a | b |` rows in the rows' order (its header
row first), each cell in its column, a column no cell was spoken in left empty. Everything is read in one pass over
the lines, each line's segments tried against the vocabulary once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tablerows import table_row

# The screen readers' spoken vocabulary, Vietnamese and English: a phrase -> what it announces. "{n}", "{r}" and
# "{c}" are numbers (a count, a row, a column); "?" makes the letter before it optional (a plural). A segment of a
# line is an announcement when it is a run of these phrases, parted by single spaces ("row 2 column 1",
# "heading level 1", "list of 6 items").
_VOCABULARY: tuple[tuple[str, str], ...] = (
    # Landmarks: the page's main text, and the portal's frame around it.
    ("vùng mốc chính", "main"), ("main landmark", "main"), ("main region", "main"),
    ("vùng mốc biểu ngữ", "banner"), ("banner landmark", "banner"), ("banner region", "banner"),
    ("vùng mốc điều hướng", "navigation"), ("navigation landmark", "navigation"),
    ("navigation region", "navigation"),
    ("vùng mốc tìm kiếm", "search"), ("search landmark", "search"), ("search region", "search"),
    ("vùng mốc bổ sung", "complementary"), ("complementary landmark", "complementary"),
    ("complementary region", "complementary"),
    ("vùng mốc thông tin trang", "contentinfo"), ("vùng mốc thông tin nội dung", "contentinfo"),
    ("content info landmark", "contentinfo"), ("contentinfo landmark", "contentinfo"),
    ("content information landmark", "contentinfo"), ("contentinfo region", "contentinfo"),
    ("vùng mốc biểu mẫu", "form"), ("form landmark", "form"), ("form region", "form"),
    # A container's end: "hết danh sách", "out of table", JAWS's "list end", "main region end".
    ("hết", "end"), ("out of", "end"), ("end", "end after"),
    # Lists: the word, then its count ("danh sách  có 6 mục", "list  with 6 items", "list of 6 items").
    ("danh sách", "list"), ("list", "list"),
    ("có {n} mục", "items"), ("{n} mục", "items"), ("with {n} items?", "items"), ("of {n} items?", "items"),
    ("dấu đầu dòng", "bullet"), ("bullet", "bullet"), ("white bullet", "bullet"), ("black small square", "bullet"),
    ("black square", "bullet"),
    # Tables: the word, then its size; a cell's row and column; an empty cell.
    ("bảng", "table"), ("table", "table"),
    ("có {r} hàng và {c} cột", "size"), ("with {r} rows? and {c} columns?", "size"),
    ("with {c} columns? and {r} rows?", "size"),
    ("hàng {r}", "row"), ("hàng {r} đến {n}", "row"), ("row {r}", "row"), ("row {r} through {n}", "row"),
    ("cột {c}", "column"), ("cột {c} đến {n}", "column"), ("column {c}", "column"),
    ("column {c} through {n}", "column"),
    ("trống", "blank"), ("blank", "blank"),
    # Headings: the word, then its level.
    ("tiêu đề", "heading"), ("heading", "heading"), ("mức {n}", "level"), ("level {n}", "level"),
    # Containers whose words are the page's, announced and left: the announcement goes, the words stay.
    ("trích dẫn", "container"), ("block quote", "container"), ("bài viết", "container"), ("article", "container"),
    ("vùng", "container"), ("region", "container"), ("khung", "container"), ("frame", "container"),
    # Role and state words spoken before the page's words: they go, the words stay.
    ("liên kết", "word"), ("link", "word"), ("liên kết đã truy cập", "word"), ("visited link", "word"),
    ("đã truy cập", "word"), ("visited", "word"), ("liên kết cùng trang", "word"), ("same page link", "word"),
    ("có thể nhấn", "word"), ("có thể nhấp", "word"), ("có thể bấm", "word"), ("clickable", "word"),
    ("mức lồng {n}", "word"), ("nesting level {n}", "word"), ("đường phân cách", "word"), ("separator", "word"),
    # Pictures and controls: they go with the name spoken after them.
    ("hình ảnh", "control"), ("đồ họa", "control"), ("graphic", "control"), ("image", "control"),
    ("nút", "control"), ("nút bấm", "control"), ("button", "control"), ("nút trình đơn", "control"),
    ("menu button", "control"), ("ô nhập", "control"), ("ô soạn thảo", "control"), ("edit", "control"),
    ("hộp xổ xuống", "control"), ("hộp kết hợp", "control"), ("combo box", "control"), ("hộp kiểm", "control"),
    ("check box", "control"), ("nút radio", "control"), ("radio button", "control"),
)
# The browsers whose name ends the window's title, the first thing a reader says of a page ("Kế hoạch … - Google
# Chrome"); Firefox parts it with an em dash, Edge puts a zero-width space in its name.
_BROWSERS = ("Google Chrome", "Mozilla Firefox", "Microsoft Edge", "Cốc Cốc", "Opera", "Brave", "Chromium")

_LANDMARKS = frozenset(("main", "banner", "navigation", "search", "complementary", "contentinfo", "form"))
# Landmarks that can stand inside the main text (a breadcrumb, a related-links box, a search form): spoken there, one
# ends with the list or table it opens with, the main text going on after it. A banner and a content info never do.
_NESTABLE = frozenset(("navigation", "search", "complementary", "form"))
_STRUCTURE = frozenset(("landmark", "list start", "list end", "table start", "table end", "heading start"))

_SEGMENTS = re.compile(r"[ \t\u00a0]{2,}|\t")
_SPACES = re.compile(r"[ \t\u00a0]+")
_NUMBER = r"(\d{1,6})"
_LOOK_LINES = 400  # the lines a detection looks at
_MIN_ANNOUNCEMENTS = 4
_MIN_KINDS = 2  # of landmark, list, table, heading announcements
_LED_SHARE = 0.2  # of the lines, those opened by an announcement
_MAX_COLUMNS = 64  # past this, a table's columns are not padded to their numbers: a hostile "column 999999"
_MAX_ANNOUNCEMENT = 160  # characters: a segment longer is the page's words, not tried against the phrases
_NO_SPACE_BEFORE = tuple(",.;:!?)]}…”’%")
_NO_SPACE_AFTER = tuple("([{“‘")


def _compiled(phrase: str) -> re.Pattern:
    pattern = re.escape(phrase).replace(r"\{n\}", _NUMBER).replace(r"\{r\}", r"(?P<r>\d{1,6})") \
        .replace(r"\{c\}", r"(?P<c>\d{1,6})").replace(r"\?", "?").replace(r"\ ", " ")
    return re.compile(pattern)


# The phrases by their first word ("" for those opening with a number): a segment's word is tried against its few.
_PHRASES: dict[str, list[tuple[re.Pattern, str]]] = {}
for _phrase, _role in _VOCABULARY:
    _PHRASES.setdefault("" if _phrase[0] == "{" else _phrase.split(" ", 1)[0], []).append((_compiled(_phrase), _role))
del _phrase, _role
_FIRST_WORDS = frozenset(_PHRASES) - {""}


@dataclass(slots=True)
class _Token:
    kind: str  # a role of `_VOCABULARY`, or "text"
    text: str = ""  # the words spoken (a text's, or a phrase's own when it proves to be none)
    row: int | None = None
    column: int | None = None


def _phrases(segment: str) -> list[_Token] | None:
    """A segment as the run of phrases it is, or None when it holds anything else: the longest phrase at each place."""
    if len(segment) > _MAX_ANNOUNCEMENT:
        return None
    tokens: list[_Token] = []
    k = 0
    while k < len(segment):
        space = segment.find(" ", k)
        word = segment[k:space if space >= 0 else len(segment)]
        best: tuple[int, str, re.Match] | None = None
        for pattern, role in _PHRASES.get("" if word[:1].isdigit() else word, ()):
            found = pattern.match(segment, k)
            if found and (found.end() == len(segment) or segment[found.end()] == " ") \
                    and (best is None or found.end() > best[0]):
                best = (found.end(), role, found)
        if best is None:
            return None
        end, role, found = best
        groups = found.groupdict()
        tokens.append(_Token(role, found[0], int(groups["r"]) if groups.get("r") else None,
                             int(groups["c"]) if groups.get("c") else None))
        k = end + 1
    return tokens


def _tokens(line: str) -> list[_Token]:
    """A line's announcements and words, an announcement's parts paired ("danh sách" + "có 6 mục": a list's start,
    "hết" + "bảng": a table's end); a part left alone is the page's words."""
    raw: list[_Token] = []
    for segment in _SEGMENTS.split(line.replace("\u200b", "")):
        segment = _SPACES.sub(" ", segment).strip()
        if segment:
            raw += _phrases(segment) or [_Token("text", segment)]
    out: list[_Token] = []
    k = 0
    while k < len(raw):
        token = raw[k]
        after = raw[k + 1] if k + 1 < len(raw) else None
        beyond = raw[k + 2] if k + 2 < len(raw) else None
        kind = token.kind
        if kind == "end" and after is not None and (after.kind in ("list", "table", "container")
                                                    or after.kind in _LANDMARKS):
            out.append(_Token(_ended(after.kind)))
            k += 2
            continue
        if kind in ("list", "table", "container") or kind in _LANDMARKS:
            if after is not None and after.kind == "end after":
                out.append(_Token(_ended(kind)))
                k += 2
                continue
            count = "items" if kind == "list" else "size" if kind == "table" else None
            if count is not None:
                # a list's or table's name may come between its word and its count ("bảng  Danh mục  có 9 hàng …")
                if after is not None and after.kind == count:
                    out.append(_Token(f"{kind} start", column=after.column))
                    k += 2
                    continue
                if after is not None and after.kind == "text" and beyond is not None and beyond.kind == count:
                    out.append(_Token(f"{kind} start", after.text, column=beyond.column))
                    k += 3
                    continue
                out.append(_Token("text", token.text))
                k += 1
                continue
            out.append(_Token("landmark", kind) if kind in _LANDMARKS else _Token("word"))
            k += 1
            continue
        if kind == "heading":
            if after is not None and after.kind == "level":
                out.append(_Token("heading start"))
                k += 2
                continue
            out.append(_Token("text", token.text))
            k += 1
            continue
        if kind in ("end", "end after", "items", "size", "level"):
            out.append(_Token("text", token.text))  # a part of an announcement alone: the page's words
        else:
            out.append(token)
        k += 1
    return out


def _ended(kind: str) -> str:
    return "landmark end" if kind in _LANDMARKS else "word" if kind == "container" else f"{kind} end"


def _is_title(line: str) -> bool:
    head = _SEGMENTS.split(line.replace("\u200b", "").strip(), 1)[0]
    return any(head.endswith((f" - {browser}", f" — {browser}", f" – {browser}")) for browser in _BROWSERS)


def looks_like_screen_reader_speech(text: str) -> bool:
    """Announcements of several kinds (landmarks, lists, tables, headings), each with its parts parted by two
    spaces, opening a good share of the lines."""
    lines = [line for line in text.lstrip("\ufeff").split("\n", _LOOK_LINES)[:_LOOK_LINES] if line.strip()]
    if not lines:
        return False
    announcements = led = 0
    kinds: set[str] = set()
    for line in lines:
        if "  " not in line and line.strip().split(" ", 1)[0] not in _FIRST_WORDS:
            continue  # (most lines of any other text: no phrase can open them)
        tokens = _tokens(line.rstrip("\r"))
        found = [token.kind for token in tokens if token.kind in _STRUCTURE]
        announcements += len(found)
        kinds.update(kind.split(" ")[0] for kind in found)
        led += bool(tokens) and tokens[0].kind != "text"
    return announcements >= _MIN_ANNOUNCEMENTS and len(kinds) >= _MIN_KINDS and led >= _LED_SHARE * len(lines)


def _joined(pieces: list[str]) -> str:
    """The strings a line or a cell was spoken in, as one run of words: no space before a closing mark."""
    parts: list[str] = []
    for piece in pieces:
        if parts and not piece.startswith(_NO_SPACE_BEFORE) and not parts[-1].endswith(_NO_SPACE_AFTER):
            parts.append(" ")
        parts.append(piece)
    return "".join(parts).strip()


@dataclass(slots=True)
class _Table:
    columns: int  # as announced
    caption: list[str] = field(default_factory=list)
    cells: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    headers: dict[int, list[str]] = field(default_factory=dict)  # a column's header, as spoken before its number
    row: int | None = None
    first_row: int | None = None
    column: int = 1
    nested: int = 0  # tables inside a cell, read as the cell's words
    run: list[str] = field(default_factory=list)  # the words spoken since the last number, on this line
    after: str = "line"  # what the run follows: the line's start, a row's number or a column's

    def settle(self) -> None:
        """The words spoken since the last number: the cell's (before the first row: the table's caption)."""
        if self.run:
            if self.row is None:
                self.caption += self.run
            else:
                self.cells.setdefault((self.row, self.column), []).extend(self.run)
        self.run = []

    def row_number(self, number: int | None) -> None:
        if self.after == "column":
            self.settle()  # (a row read as one line: the last cell of the row before)
        else:
            self.run = []  # the row's header, spoken before its number: the row's first cell says it
        self.row = number
        if self.first_row is None:
            self.first_row = number
        self.after = "row"

    def column_number(self, number: int) -> None:
        """Words before a column's number are its header when they open the line or follow the row's number. After
        another cell's number (a row read as one line) they are that cell's words, ending with this column's header
        when the reader speaks one: the header it spoke before, or the first row's cell."""
        run = self.run
        if self.after == "column":
            header = self.headers.get(number)
            if header is None and self.first_row is not None and self.row != self.first_row:
                header = self.cells.get((self.first_row, number))
            if header and len(run) >= len(header) and run[-len(header):] == header:
                del run[-len(header):]
            self.settle()
        elif run:
            self.headers[number] = run
            self.run = []
        self.column = number
        self.after = "column"

    def line_end(self) -> None:
        self.settle()  # (a line with no number: the cell's words go on, a paragraph of it)
        self.after = "line"

    def lines(self) -> list[str]:
        """The caption, then the rows in their numbers' order (the header row first), each cell in its column."""
        self.line_end()
        caption = _joined(self.caption)
        rows: dict[int, dict[int, list[str]]] = {}
        for (row, column), words in self.cells.items():
            rows.setdefault(row, {})[column] = words
        width = max([self.columns, *(column for _, column in self.cells)])
        out = [caption] if caption else []
        for number in sorted(rows):
            cells = rows[number]
            # (past a table's plausible width, a row gives the cells it has: no padding to a hostile column number)
            order = range(1, width + 1) if width <= _MAX_COLUMNS else sorted(cells)
            texts = [_joined(cells.get(column, [])).replace("|", "/") for column in order]
            if any(texts):
                out.append(table_row(texts))
        return out


class _Reader:
    def __init__(self, has_main: bool) -> None:
        self.has_main = has_main
        self.out: list[str] = []
        self.pieces: list[str] = []  # the words of the line being spoken
        self.label = ""  # a bullet's "- " before them
        # The landmarks the reader is in, outermost first: [kind, the number of containers open when it ends (None:
        # at the next landmark), whether it may still end with the container it opens with].
        self.landmarks: list[list] = []
        self.containers: list[str] = []  # the lists and tables open
        self.open = {"list": 0, "table": 0}  # how many of each
        self.table: _Table | None = None

    def kept(self) -> bool:
        if not self.has_main:
            return True
        return bool(self.landmarks) and self.landmarks[-1][0] == "main"

    def flush(self) -> None:
        line = _joined(self.pieces)
        if line:
            self.out.append(f"{self.label}{line}" if self.label else line)
        self.pieces, self.label = [], ""

    def landmark(self, kind: str) -> None:
        self.pieces = []  # (its name, spoken before it)
        self.flush()
        if kind in _NESTABLE and self.landmarks and self.landmarks[-1][0] == "main":
            self.landmarks.append([kind, None, True])
        else:
            self.landmarks = [[kind, None, False]]

    def watch(self, kind: str) -> None:
        """A landmark inside the main text ends with the container it opens with; opening with anything else, it
        lasts until the next landmark."""
        if self.landmarks and self.landmarks[-1][2]:
            self.landmarks[-1][2] = False
            if kind in ("list start", "table start"):
                self.landmarks[-1][1] = len(self.containers)

    def closed(self, kind: str) -> None:
        if self.open[kind]:  # (an end with no start of its kind closes nothing)
            while (last := self.containers.pop()) != kind:
                self.open[last] -= 1
            self.open[kind] -= 1
        if self.landmarks and self.landmarks[-1][1] is not None and len(self.containers) <= self.landmarks[-1][1]:
            self.landmarks.pop()

    def read(self, tokens: list[_Token]) -> None:
        """A line's tokens."""
        skip_name = False  # a picture's or a control's name comes next
        for token in tokens:
            kind = token.kind
            if kind != "blank":
                self.watch(kind)
            if kind == "landmark":
                self.landmark(token.text)
                continue
            if kind == "landmark end":
                self.flush()
                if self.landmarks:
                    self.landmarks.pop()
                continue
            if kind in ("list start", "table start"):
                self.containers.append(kind.split(" ")[0])
                self.open[self.containers[-1]] += 1
            if not self.kept():
                if kind in ("list end", "table end"):
                    self.closed(kind.split(" ")[0])
                continue
            if kind == "control" or kind == "text" and skip_name:
                skip_name = kind == "control"
                continue
            skip_name = skip_name and kind == "word"
            if self.table is not None:
                self.in_table(token)
            else:
                self.in_text(token)
        if self.table is not None:
            self.table.line_end()
        else:
            self.flush()

    def in_text(self, token: _Token) -> None:
        kind = token.kind
        if kind == "text":
            self.pieces.append(token.text)
        elif kind == "table start":
            self.flush()
            self.table = _Table(token.column or 0)
            if token.text:
                self.table.caption.append(token.text)
        elif kind in ("list start", "list end", "heading start", "bullet"):
            self.flush()
            if kind == "list end":
                self.closed("list")
            elif kind == "bullet":
                self.label = "- "
        elif kind == "table end":
            self.closed("table")
        elif kind in ("row", "column"):
            self.pieces.append(token.text)  # (no table open: the page's words)

    def in_table(self, token: _Token) -> None:
        """A token inside a table: its cells' words, each into the cell of the row and column last spoken."""
        table = self.table
        kind = token.kind
        if kind == "text":
            table.run.append(token.text)
        elif kind == "bullet":
            table.run.append("-")
        elif kind == "table start":
            table.nested += 1
        elif kind == "table end":
            self.closed("table")
            if table.nested:
                table.nested -= 1
            else:
                self.out += table.lines()
                self.table = None
        elif kind == "list end":
            self.closed("list")
        elif table.nested:
            return  # (a table in a cell: its words are the cell's)
        elif kind == "row":
            table.row_number(token.row)
        elif kind == "column":
            table.column_number(token.column or 1)


def screen_reader_speech_as_text(text: str) -> str:
    lines = text.lstrip("\ufeff").split("\n")
    tokenised = [_tokens(line.rstrip("\r")) for line in lines]
    has_main = any(token.kind == "landmark" and token.text == "main" for tokens in tokenised for token in tokens)
    reader = _Reader(has_main)
    for tokens in tokenised:
        if tokens and tokens[0].kind == "text" and _is_title(tokens[0].text):
            continue  # the window's title, spoken as the page opens (and again when the user comes back to it)
        reader.read(tokens)
    reader.flush()
    if reader.table is not None:  # (a log cut off inside a table)
        reader.out += reader.table.lines()
    return "\n".join(reader.out) + "\n"
