"""Adobe InDesign Tagged Text (a newspaper's or publisher's layout export of a page carrying a document), read as the
lines the printed page shows.

The file opens with its encoding (`<UNICODE-WIN>`, `<ASCII-MAC>` …), a version and a colour table, then the style
definitions (`<dps:Name=<…>>` for a paragraph style, `<dcs:Name=<…>>` for a character style; the verbose export
writes `<DefineParaStyle:…>`, `<ParaStyle:…>` and so on), then the story: one paragraph a line, opened by the style
it is in (`<pstyle:Name>`; a line without one keeps the style before it). Tags nest (`<ctable:=<Black:COLOR:…>>`),
so they are matched bracket by bracket, `\\<`, `\\>` and `\\\\` being the text's own brackets and backslash.

- A paragraph in a numbered style (its definition, or one it is `<BasedOn:…>`, says
  `<BulletsAndNumberingListType:NumberedList>`) gets the number the page prints: its `<NumberingExpression:^#.^t>`
  with "^#" the count in the style's `<NumberingFormat:…>` ("1, 2, 3, 4…", "a, b, c, d…", "I, II, III, IV…"),
  "^1"…"^9" the count of that level, "^t" and the spaces a space. Without an expression nor a format, the points are
  numbered as Word numbers a plan's: "1." and, one `<NumberingLevel:…>` down, "a)". A list is the style that sets the
  numbering (a style based on it counts on with it) or the `<AppliedNumberingList:…>` named. Its count starts at the
  style's `<NumberingStartAt:…>` (1) and goes on over bullets and over the points of levels below; it starts again
  under each point of a level above, where a paragraph sets its own start (`<NumberingStartAt:…>` or
  `<NumberingContinue:0>` after its style, a restart tag), and where a list of points (two of them once in a row) is
  interrupted by a paragraph in no list or in another list of its level: a section's points start again under the
  next heading. A list of headings, each over its own text (no two in a row, or numbered "I, II…", "A, B…"), goes on
  over what it heads.
- A paragraph in a bullet style (`<BulletsAndNumberingListType:BulletList>`) opens with "- " ("+ " for a "+" bullet,
  `<BulletChar:43>`).
- A table (`<TableStart:…>` `<RowStart:…>` `<CellStart:…>` text `<CellEnd:>` … `<RowEnd:>` … `<TableEnd:>`) gives one
  `| … |` line a row, a cell's paragraphs and line breaks joined as every reader joins them (`join_cell_lines`); a row one
  of whose cells holds running text (the page's layout around the body) is read cell after cell, a paragraph a line.
  A table inside a cell gives its words to that cell.
- `<0x2013>`-like escapes give their character; a forced line break (`<0x000A>`) starts a new line (in a cell, a
  space), a paragraph return (`<0x000D>`, `<0x2029>`) a new paragraph; soft hyphens and other control characters go.
- Character styles (`<cstyle:…>…<cstyle:>`), local formatting (`<ct:Bold>`, `<cf:…>`, `<cs:…>`), hyperlinks and
  index markers go and their words stay; footnotes and notes (not part of the text a paragraph reads) go whole. Kicker,
  headline, standfirst and caption paragraphs are paragraphs of the page and stay lines of it; a heading keeps only the
  label its text or its numbering gives it.

Broken input is read as far as it goes: an unmatched "<" or ">" is a character, tags never span lines, an unclosed
table is closed at the end, tables nest at most `_MAX_TABLE_DEPTH` deep and style chains are followed
`_MAX_BASED_ON` styles up, so no input costs more than a pass over each line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import point_label, point_letter, roman_numeral
from .read import frames_text
from .tablerows import join_cell_lines, table_row

_ENCODING = re.compile(r"<(?:ASCII|ANSI|UNICODE|SJIS|GB18030|BIG5|KSC5601)(?:-[A-Z0-9]{2,8}){1,3}>", re.I)
_VERSION = re.compile(r"<(?:vsn|Version):\d")
_PARAGRAPH_TAG = re.compile(r"(?m)^<(?:pstyle|ParaStyle):")
_SPECIAL = re.compile(r"\\.|[<>]", re.S)
_ESCAPED = re.compile(r"\\([<>\\])")
_ESCAPED_IN_NAME = re.compile(r"\\(.)", re.S)
_HEX = re.compile(r"0x([0-9A-Fa-f]{1,6})")
_HEX_IN_VALUE = re.compile(r"<0x([0-9A-Fa-f]{1,6})>")
_DEFINITION = re.compile(r"((?:\\.|[^\\=]){0,300})=(.*)", re.S)
_NUMBERING_CODE = re.compile(r"\^(.)", re.S)
_LEADING_NUMBER = re.compile(r"\s*(\d{1,6})")
_SPACES = re.compile(r"\s+")
_MAX_TABLE_DEPTH = 8
_MAX_BASED_ON = 20
_MAX_LEVEL = 9

_PARAGRAPH_STYLE = {"pstyle", "parastyle"}
_STYLE_DEFINITION = {"dps", "defineparastyle"}
_TABLE_TAGS = {"tablestart": "table", "tstart": "table", "rowstart": "row", "rstart": "row", "cellstart": "cell",
               "clstart": "cell", "cellend": "cell end", "clend": "cell end", "rowend": "row end", "rend": "row end",
               "tableend": "table end", "tend": "table end"}
# Pairs whose content is not the paragraph's text: its footnotes and the editors' notes.
_HIDDEN = {"footnotestart": "footnoteend", "fnstart": "fnend", "notestart": "noteend", "cnotestart": "cnoteend"}
_LIST_TYPES = {"numberedlist": "numbered", "bulletlist": "bullet", "nolist": None}
# Escapes that are no character of the page's words.
_DROPPED_CHARACTERS = {0x00AD, 0x200B, 0xFEFF, 0x2060}
_FORCED_LINE_BREAKS = {0x000A, 0x2028}
_PARAGRAPH_RETURNS = {0x000D, 0x2029}
_NUMBERING_SPACES = set("t>m<|fsSn(")  # a numbering expression's tab and spaces ("^t", "^>", "^m" …)
_NUMBERING_CHARACTERS = {"=": "–", "_": "—", "^": "^"}


def looks_like_tagged_text(text: str) -> bool:
    head = text[:4000].lstrip("\ufeff \t\r\n")
    if _ENCODING.match(head):
        return "<pstyle:" in text[:200000] or "<ParaStyle:" in text[:200000] or _VERSION.search(head) is not None
    return _VERSION.match(head) is not None and len(_PARAGRAPH_TAG.findall(text[:200000])) >= 2


def _pieces(line: str) -> list[tuple[str, str]]:
    """The line's text runs ("", text) and its outermost tags (name, value), in order; a "<" or ">" that pairs with
    none is text."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    specials = list(_SPECIAL.finditer(line))
    for special in specials:
        if special[0] == "<":
            opened.append(special.start())
        elif special[0] == ">" and opened:
            closing[opened.pop()] = special.start()
    out: list[tuple[str, str]] = []
    k = 0
    for special in specials:
        start = special.start()
        if start < k or start not in closing:
            continue
        if start > k:
            out.append(("", _ESCAPED.sub(r"\1", line[k:start])))
        name, _, value = line[start + 1:closing[start]].partition(":")
        out.append((name, value))
        k = closing[start] + 1
    if k < len(line):
        out.append(("", _ESCAPED.sub(r"\1", line[k:])))
    return out


def _decoded(value: str) -> str:
    """A tag's value with the characters escaped in it (an ASCII file's "<0x0110>i<0x1EC1>u ^#.") as they are."""
    return _HEX_IN_VALUE.sub(lambda found: _character(int(found[1], 16)), value) if "<0x" in value else value


def _character(code: int) -> str:
    """The character an escape gives, "" for none of the page's (a control character, a surrogate alone)."""
    if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF \
            or code in _DROPPED_CHARACTERS:
        return ""
    return chr(code)


def _name(value: str) -> str:
    return _ESCAPED_IN_NAME.sub(r"\1", _decoded(value)).strip()


def _attributes(definition: str) -> dict[str, str]:
    """A style definition's attributes ("<BasedOn:Body><ct:Bold>…") that this reading uses, by their canonical name."""
    found: dict[str, str] = {}
    for name, value in _pieces(definition):
        if name:
            key = _attribute(name, value)
            if key:
                found[key] = value
    return found


def _attribute(name: str, value: str) -> str | None:
    """The canonical name of a tag that sets a paragraph's list, None for any other."""
    lowered = name.lower()
    if lowered == "basedon":
        return "based on"
    if value.strip().lower() in _LIST_TYPES and ("list" in lowered or lowered.startswith("bn")):
        return "type"
    if lowered.startswith("num") or lowered.startswith("bn") or "bullet" in lowered or lowered.startswith("pbnr") \
            or lowered == "appliednumberinglist":
        if "restart" in lowered or lowered.startswith("pbnr"):  # (a restart; not the policy of restarting levels)
            return None if "polic" in lowered else "restart"
        if lowered == "appliednumberinglist" or lowered.endswith("list") and "type" not in lowered:
            return "list"
        if "expression" in lowered or lowered in ("numx", "numexp"):
            return "expression"
        if "format" in lowered:
            return "format"
        if "level" in lowered or lowered in ("numlv", "numlvl"):
            return "level"
        if "start" in lowered:
            return "start"
        if "continue" in lowered:
            return "continue"
        if "bullet" in lowered and "char" in lowered and "style" not in lowered:
            return "bullet"
    return None


@dataclass
class _Setting:
    kind: str  # "numbered" | "bullet"
    key: str  # the list it counts in
    level: int
    start: int
    expression: str | None
    format: str | None
    bullet: str
    restart: bool
    continued: bool


def _number(value: str | None, default: int, low: int, high: int) -> int:
    found = _LEADING_NUMBER.match(value or "")
    return min(max(int(found[1]), low), high) if found else default


def _setting(styles: dict[str, dict[str, str]], style: str | None, local: dict[str, str]) -> _Setting | None:
    """The list setting of a paragraph in `style` with the `local` overrides, None where it is in no list."""
    merged: dict[str, str] = {}
    key = ""
    chain, name = [], style
    while name is not None and name in styles and name not in chain and len(chain) < _MAX_BASED_ON:
        chain.append(name)
        name = _name(styles[name].get("based on", "")) or None
    for name in reversed(chain):
        merged.update(styles[name])
        if "type" in styles[name]:
            key = name
    merged.update({name: value for name, value in local.items() if name != "based on"})
    kind = _LIST_TYPES.get(merged.get("type", "").strip().lower())
    if kind is None:
        return None
    restart = "start" in local or local.get("continue", "").strip().lower() in ("0", "false", "no") or \
        local.get("restart", "0").strip().lower() not in ("0", "false", "no", "")
    bullet = "+" if _number(merged.get("bullet"), 0, 0, 0x10FFFF) == ord("+") else "-"
    return _Setting(kind, _name(merged["list"]) if merged.get("list") else key or (style or ""),
                    _number(merged.get("level"), 1, 1, _MAX_LEVEL), _number(merged.get("start"), 1, 0, 99999),
                    merged.get("expression"), merged.get("format"), bullet, restart,
                    local.get("continue", "").strip().lower() in ("1", "true", "yes"))


def _formatted(count: int, numbering_format: str | None) -> str:
    """The count as the numbering format prints it ("1, 2, 3, 4…", "01, 02, 03…", "a, b, c, d…", "I, II, III, IV…")."""
    token = (numbering_format or "1").split(",")[0].strip()
    if token in ("I", "i"):
        numeral = roman_numeral(count) or str(count)
        return numeral if token == "I" else numeral.lower()
    if token in ("A", "a"):
        letter = point_letter(count) if count > 0 else str(count)
        return letter.upper() if token == "A" else letter
    if token.isdigit() and token.strip("0") in ("", "1") and len(token) <= 4:
        return str(count).zfill(len(token))
    return str(count)


@dataclass
class _Count:
    """A list's count at one level: its value, its numbering format, whether a paragraph in no list or in another list
    of its level or above came since its last point, and whether two of its points ever came in a row (a list of
    points, which a paragraph in between ends; not a list of headings, each over its own text)."""
    value: int
    format: str | None = None
    interrupted: bool = False
    in_a_row: bool = False


@dataclass
class _Flow:
    """A run of paragraphs: the story's, or a table cell's. It keeps its own style, list counts and lines."""
    in_cell: bool = False
    style: str | None = None
    local: dict[str, str] = field(default_factory=dict)
    segments: list[tuple[bool, str]] = field(default_factory=list)  # (a table row?, text) of the open paragraph
    pieces: list[str] = field(default_factory=list)  # the open paragraph's text since its last segment
    counts: dict[tuple[str, int], _Count] = field(default_factory=dict)  # by list and level
    levels: dict[int, _Count] = field(default_factory=dict)  # the count last moved on at each level, for "^1"…"^9"
    lines: list[str] = field(default_factory=list)

    def add_rows(self, rows: list[str], as_text: bool) -> None:
        self._flush_pieces()
        self.segments += [(not as_text, row) for row in rows]

    def _flush_pieces(self) -> None:
        text = "".join(self.pieces)
        self.pieces = []
        for line in text.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if line:
                self.segments.append((False, line))

    def end_paragraph(self, styles: dict[str, dict[str, str]]) -> None:
        self._flush_pieces()
        segments, self.segments = self.segments, []
        local, self.local = self.local, {}
        if not segments:
            return
        label = self._label(_setting(styles, self.style, local))
        lines = [text for _, text in segments]
        if label:
            if segments[0][0]:
                lines.insert(0, label)
            else:
                lines[0] = f"{label} {lines[0]}"
        if self.in_cell:
            lines = [" ".join(lines)]
        self.lines += lines

    def _label(self, setting: _Setting | None) -> str:
        """The paragraph's label, its list's count moved on; `setting` None: a paragraph in no list."""
        if setting is None:
            for count in self.counts.values():
                count.interrupted = True
            return ""
        if setting.kind == "bullet":
            return setting.bullet
        depth, key = setting.level, (setting.key, setting.level)
        for other in list(self.counts):
            if other[1] > depth:  # (a level below starts again under each point of this one)
                del self.counts[other]
            elif other != key:
                self.counts[other].interrupted = True
        count = self.counts.get(key)
        if count is None or setting.restart or not setting.continued and count.interrupted and count.in_a_row \
                and (setting.format or "1").split(",")[0].strip() not in ("I", "A"):
            count = self.counts[key] = _Count(setting.start)
        else:
            count.in_a_row = count.in_a_row or not count.interrupted
            count.value += 1
        count.interrupted, count.format = False, setting.format
        self.levels = {level: found for level, found in self.levels.items() if level < depth}
        self.levels[depth] = count
        if setting.expression is None and setting.format is None:
            return point_label(depth, count.value)
        return self._expressed(setting.expression if setting.expression is not None else "^#.^t", depth)

    def _expressed(self, expression: str, depth: int) -> str:
        def code(found: re.Match) -> str:
            char = found[1]
            if char == "#" or "1" <= char <= "9":
                count = self.levels.get(depth if char == "#" else int(char))
                return _formatted(count.value, count.format) if count else ""
            if char in _NUMBERING_SPACES:
                return " "
            return _NUMBERING_CHARACTERS.get(char, "")

        return _SPACES.sub(" ", _NUMBERING_CODE.sub(code, _name(expression))).strip()


@dataclass
class _Table:
    rows: list[list[list[str]]] = field(default_factory=list)
    row: list[list[str]] | None = None
    cell: _Flow | None = None

    def close_cell(self, styles: dict[str, dict[str, str]]) -> None:
        if self.cell is not None:
            self.cell.end_paragraph(styles)
            if self.row is None:
                self.row = []
            self.row.append(self.cell.lines)
            self.cell = None

    def close_row(self, styles: dict[str, dict[str, str]]) -> None:
        self.close_cell(styles)
        if self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def lines(self, styles: dict[str, dict[str, str]], inner: bool) -> list[str]:
        """The table's lines; `inner`: a table inside a cell, whose rows give that cell their words."""
        self.close_row(styles)
        out: list[str] = []
        for row in self.rows:
            if not any(row):
                continue
            if inner:
                out.append(" ".join(line for cell in row for line in cell))
            elif any(frames_text(cell) for cell in row):  # the page's layout around the body: its paragraphs
                out += [line for cell in row for line in cell]
            else:
                out.append(table_row(join_cell_lines(cell) for cell in row))
        return out


def tagged_text_as_text(text: str) -> str:
    styles: dict[str, dict[str, str]] = {}
    story = _Flow()
    tables: list[_Table] = []
    ignored_tables = 0  # tables opened deeper than _MAX_TABLE_DEPTH, read as their cells' words
    hidden: list[str] = []  # the ends awaited of the footnotes and notes open

    def flow() -> _Flow | None:
        if not tables:
            return story
        return tables[-1].cell  # (None between a table's cells: no words of the page there)

    def end_paragraph() -> None:
        current = flow()
        if current is not None:
            current.end_paragraph(styles)

    def close_table() -> None:
        table = tables.pop()
        rows = table.lines(styles, inner=bool(tables))
        current = flow()
        if current is None and tables:  # (an inner table closed outside a cell of the outer one)
            tables[-1].cell = current = _Flow(in_cell=True)
        if current is not None:
            current.add_rows(rows, as_text=bool(tables))

    for line in re.split(r"\r\n|\r|\n", text.lstrip("\ufeff")):
        for name, value in _pieces(line):
            lowered = name.lower()
            if hidden:
                if lowered == hidden[-1]:
                    hidden.pop()
                elif lowered in _HIDDEN and len(hidden) < _MAX_TABLE_DEPTH:
                    hidden.append(_HIDDEN[lowered])
                continue
            current = flow()
            if not name:
                if current is not None:
                    current.pieces.append(value)
            elif lowered in _HIDDEN:
                hidden.append(_HIDDEN[lowered])
            elif not value and (hexadecimal := _HEX.fullmatch(name)):
                code = int(hexadecimal[1], 16)
                if code in _PARAGRAPH_RETURNS:
                    end_paragraph()
                elif current is None:
                    continue
                elif code in _FORCED_LINE_BREAKS:
                    current.pieces.append(" " if current.in_cell else "\n")
                elif code == 0x0009:
                    current.pieces.append(" ")
                else:
                    current.pieces.append(_character(code))
            elif lowered in _STYLE_DEFINITION:
                definition = _DEFINITION.match(value)
                if definition:
                    styles[_name(definition[1])] = _attributes(definition[2])
            elif lowered in _PARAGRAPH_STYLE:
                if current is not None:
                    current.style = _name(value) or None
            elif lowered in _TABLE_TAGS:
                tag = _TABLE_TAGS[lowered]
                if tag == "table":
                    if len(tables) >= _MAX_TABLE_DEPTH or current is None and tables:
                        ignored_tables += 1
                    else:
                        tables.append(_Table())
                elif tag == "table end":
                    if ignored_tables:
                        ignored_tables -= 1
                    elif tables:
                        close_table()
                elif not tables or ignored_tables:
                    continue
                elif tag == "row":
                    tables[-1].close_row(styles)
                    tables[-1].row = []
                elif tag == "row end":
                    tables[-1].close_row(styles)
                elif tag == "cell":
                    tables[-1].close_cell(styles)
                    tables[-1].cell = _Flow(in_cell=True)
                else:
                    tables[-1].close_cell(styles)
            elif current is not None and (key := _attribute(name, value)) and key != "based on":
                current.local[key] = value
        end_paragraph()
    while tables:
        close_table()
    story.end_paragraph(styles)
    return "\n".join(story.lines) + "\n"
