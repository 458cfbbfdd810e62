"""groff/troff source (the `ms` macros, with `mm` and `man` where they cost little, and `tbl` tables), as a typesetter
or an old Unix office keeps a document, read as the lines of the printed page.

A request line opens with "." or "'" (its name, then arguments, "double-quoted" when they hold spaces); `.\\"` lines
and `\\"` to the line's end are comments. Text lines fill one paragraph until a paragraph macro, a break (`.br`,
`.sp`, `.bp`, `.ti`, `.in`, a line opening with a space) or a blank line; `.nf` … `.fi`, a display (`.DS` … `.DE`) and
`.ce n` keep their lines as they are. The paragraph macros give what the page prints: `.NH n` the section number the
formatter counts ("1.", "1.1.") before a heading that has no label of its own (a heading written "I. NHIỆM VỤ" keeps
its label alone), `.IP "a)" 4` an item labelled "a)" (a bullet `\\(bu` a dash), `.SH`, `.TL`, `.AU` their lines; mm's
`.H n "…"` and its lists (`.AL`, `.BL`, `.DL`, `.VL`, `.LI`, `.LE`) and man's `.SH`, `.TP`, `.IP` alike. Font
macros (`.B`, `.I`, `.BR` …) keep their words in the paragraph. Footnotes (`.FS` … `.FE`), equations, pictures,
page headers and footers (`.ds CH`, `.OH`, `.tl` inside a trap macro) and registers are no words of the page and go.
Strings defined by `.ds` are interpolated (`\\*x`, `\\*(xx`, `\\*[name]`); a macro defined by `.de` is replayed with
its arguments; `.if`/`.ie`/`.el` choose as a typesetter (not nroff) would.

A table (`.TS` … `.TE`) gives one `| a | b |` line per row: the options line (ending with ";") sets the tab character
(`tab(@)`), the format lines (the last ends with ".") say each row's columns, the last one the rest of the rows;
`.T&` brings new format lines mid-table, `.TH` ends the header of `.TS H` (printed once here). A column spanned by
`s` joins the cell to its left, so a group row (`lb s s s s.`) is a row of one cell; `^` (or a `\\^` entry) continues
the cell above, whose words the row repeats; `_` and `=` are rules. A text block `T{` … `T}` is one cell, its lines
filled and its breaks (`.br`, `.sp`) joined by a space, or by "; " between two agencies' names.

Escapes give their characters: fonts (`\\fB`, `\\f(CW`, `\\f[I]`), sizes (`\\s-2`), motions, lines (`\\l'1i'`) and
marks go; named glyphs (`\\(em`, `\\[u1EA1]`, `\\C'bu'`, `\\N'233'`), `\\-`, `\\e`, the spaces (`\\ `, `\\~`, `\\0`)
give their characters; `\\&` and the other zero-width escapes give nothing; `\\c` joins the next line.
"""
from __future__ import annotations

import re
import unicodedata

from .extract.agency_lexicon import HEAD_WORDS
from .lexicon import roman_numeral
from .tablerows import table_row

# -- what the source is ----------------------------------------------------------------------------------------------
_HEAD = 100000
# Requests and macros a roff source is made of: the typesetter's own and those of ms, mm and man.
_KNOWN = frozenset((
    # ms
    "PP LP QP XP IP SH NH TL AU AI AB AE DS DE ID LD CD BD KS KE KF RS RE FS FE QS QE B1 B2 1C 2C MC RP DA ND "
    "OH EH OF EF PT BT XS XE XA PX TC IX B I R BI CW BX UL LG SM NL TS TE TH T& EQ EN PS PE "
    # mm
    "P H HU AL BL DL ML RL VL LI LE LB SP SK AS AT MT SG NS NE TB FG EX "
    # man
    "SS TP HP PD UR UE MT ME EX EE SY YS OP BR RB IR RI IB SB "
    # requests
    "br sp bp ne in ti ft ps vs nr ds as de am ig ce nf fi ad na hy nh ll lt po pl ta tl tr so mso fam fp ss "
    "ul cu ls if ie el rm rn als ev cc ec eo nop"
).split())
_REQUEST_NAME = re.compile(r"^[.'][ \t]*([^\s\\]{1,12})(?=[ \t]|$)")
_COMMENT_LINE = re.compile(r'^[.\'][ \t]*\\["#]')
_FONT_ESCAPE = re.compile(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w*\])")
_STRONG = frozenset(("TS", "TE", "PP", "LP", "NH", "SH", "IP", "TL", "AU", "DS", "DE", "T&", "nf", "fi", "ce", "ft",
                     "ps", "nr", "ds", "de", "TP", "AL", "BL", "LI", "HU", "br", "sp", "bp", "ti", "in"))
_MIN_REQUESTS = 4
_MIN_NAMES = 3
_LINES_PER_REQUEST = 40  # a source's paragraphs run this long between requests at most, on average


def looks_like_groff(text: str) -> bool:
    """Whether the text is roff source: several lines of known requests or macros, of several kinds, and no few of
    the lines; a comment line (`.\\"`) or a font escape adds to the evidence."""
    head = text[:_HEAD]
    names: list[str] = []
    comments = lines = 0
    for line in head.split("\n"):
        if not line.strip():
            continue
        lines += 1
        if line[:1] not in ".'":
            continue
        if _COMMENT_LINE.match(line):
            comments += 1
            continue
        found = _REQUEST_NAME.match(line)
        if found and found[1] in _KNOWN:
            names.append(found[1])
    strong = {name for name in names if name in _STRONG}
    if len(names) < _MIN_REQUESTS or len(set(names)) < _MIN_NAMES or not strong:
        return False
    evidence = len(names) + comments + min(len(_FONT_ESCAPE.findall(head)), 5)
    return evidence >= max(_MIN_REQUESTS + 2, lines // _LINES_PER_REQUEST)


# -- glyphs and strings ----------------------------------------------------------------------------------------------
_GLYPHS = {
    "em": "—", "en": "–", "hy": "-", "mi": "-", "bu": "•", "ci": "○", "sq": "□", "lq": "“", "rq": "”", "oq": "‘",
    "cq": "’", "aq": "'", "dq": '"', "Bq": "„", "bq": "‚", "Fo": "«", "Fc": "»", "fo": "‹", "fc": "›", "de": "°",
    "mu": "×", "di": "÷", "+-": "±", "<=": "≤", ">=": "≥", "!=": "≠", "==": "≡", "~=": "≅", "~~": "≈", "ap": "∼",
    "->": "→", "<-": "←", "<>": "↔", "da": "↓", "ua": "↑", "rA": "⇒", "lA": "⇐", "co": "©", "rg": "®", "tm": "™",
    "sc": "§", "ps": "¶", "dg": "†", "dd": "‡", "ct": "¢", "Eu": "€", "eu": "€", "Po": "£", "Ye": "¥", "%0": "‰",
    "fm": "′", "sd": "″", "pl": "+", "eq": "=", "ha": "^", "ti": "~", "rs": "\\", "sl": "/", "ru": "_", "ul": "_",
    "bv": "|", "ba": "|", "br": "", "or": "|", "12": "½", "14": "¼", "34": "¾", "ff": "ff", "fi": "fi", "fl": "fl",
    "Fi": "ffi", "Fl": "ffl", "ss": "ß", "oe": "œ", "OE": "Œ", "ae": "æ", "AE": "Æ", "-D": "Đ", "Sd": "ð", "TP": "Þ",
    "Tp": "þ", "o/": "ø", "O/": "Ø", "aa": "´", "ga": "`", "a^": "^", "a~": "~", "ad": "¨", "ab": "˘", "ah": "ˇ",
    "ao": "˚", "ac": "¸", "a-": "¯", "r!": "¡", "r?": "¿", "sh": "#", "at": "@", "Do": "$", "OK": "✓", "rh": "☞",
    "lh": "☜", "md": "·", "pc": "·", "**": "∗", "en-dash": "–", "em-dash": "—", "bullet": "•", "dot": ".",
    "lB": "[", "rB": "]", "lC": "{", "rC": "}", "la": "⟨", "ra": "⟩", "if": "∞", "mo": "∈", "sr": "√", "pd": "∂",
    "is": "∫", "sum": "∑", "product": "∏", "tno": "¬", "no": "¬", "AN": "∧", "OR": "∨", "te": "∃", "fa": "∀",
}
# Accents written as a letter and a glyph after it ("\(:a"), and the ms accent strings after a letter ("e\*'").
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ":": "\u0308", ",": "\u0327", "v": "\u030c",
            "o": "\u030a", "-": "\u0304", "u": "\u0306", ".": "\u0323", "_": "\u0331", "C": "\u030c", "\"": "\u030b"}
_GLYPH_ACCENT = re.compile(r"^([:'`^~,voa])([A-Za-z])$")  # "\(:a" → "ä", "\('e" → "é"
_UNICODE_NAME = re.compile(r"^u([0-9A-Fa-f]{4,6})((?:_[0-9A-Fa-f]{4,6})*)$")
_CHAR_NAME = re.compile(r"^char(\d{1,7})$")
_PREDEFINED_STRINGS = {
    "Q": "“", "U": "”", "-": "—", "lq": "“", "rq": "”", "R": "®", "Tm": "™", "*": "", "BU": "•", "EM": "—",
    "Rf": "", "F": "", "DY": "", "MO": "", "Lf": "", "Lt": "", "Lx": "", "Le": "", "RE": "", "SN": "", "SN-DOT": "",
    "SN-NO-DOT": "", "SN-STYLE": "", "{": "", "}": "", "<": "", ">": "", "S": "", "HF": "", "HP": "",
    "'": _ACCENTS["'"], "`": _ACCENTS["`"], "^": _ACCENTS["^"], "~": _ACCENTS["~"], ":": _ACCENTS[":"],
    ",": _ACCENTS[","], "C": _ACCENTS["C"], "v": _ACCENTS["v"], "o": _ACCENTS["o"], "_": _ACCENTS["-"],
    ".": _ACCENTS["."], "8": "ß", "3": "ȝ", "Th": "Þ", "th": "þ", "D-": "Đ", "d-": "đ", "ae": "æ", "Ae": "Æ",
    "?": "¿", "!": "¡",
}
_PAGE_STRINGS = frozenset(("LH", "CH", "RH", "LF", "CF", "RF"))  # ms page headers and footers: no words of the body
_BULLETS = frozenset(("•", "·", "○", "□", "■", "▪", "—", "–", "-", "*", "∗", "●", "◦", "‣", "⁃", "♦", "◆"))
_MAX_EXPANSIONS = 500  # strings interpolated in one line (a string that names itself stops here)
_MAX_LINE = 20000  # characters a line may grow to by interpolation
_MAX_DEPTH = 8  # escapes inside escapes, tables inside tables' text blocks


def _glyph(name: str) -> str:
    if name in _GLYPHS:
        return _GLYPHS[name]
    code = _UNICODE_NAME.match(name)
    if code:
        try:
            text = chr(int(code[1], 16)) + "".join(chr(int(part, 16)) for part in code[2].split("_") if part)
        except (ValueError, OverflowError):
            return ""
        return unicodedata.normalize("NFC", text)
    number = _CHAR_NAME.match(name)
    if number:
        return _character(int(number[1]))
    accent = _GLYPH_ACCENT.match(name)
    if accent:
        return unicodedata.normalize("NFC", accent[2] + _ACCENTS.get(accent[1], ""))
    if len(name) == 1:
        return name
    return ""


def _character(code: int) -> str:
    try:
        char = chr(code)
    except (ValueError, OverflowError):
        return ""
    return char if char.isprintable() or char in "\t" else ""


# -- escapes ---------------------------------------------------------------------------------------------------------
# Escapes whose argument is a name ("\fB", "\f(CW", "\f[CW]"): no words of the page.
_NAME_ESCAPES = frozenset("fFgkmMnVY$O")
# Escapes whose argument runs between two delimiters ("\l'1i'", "\h'|3c'"): no words, save those kept below.
_DELIMITED_ESCAPES = frozenset("lLhvwoDbxXZRSHNCABTU")
_ZERO_WIDTH = frozenset("&)%:|^/,{}zdurpaE") - {"E"}
_SIMPLE = {"-": "-", "e": "\\", "E": "\\", "\\": "\\", ".": ".", "'": "'", "`": "`", " ": " ", "~": " ", "0": " ",
           "t": " ", "_": "_"}


class _Strings:
    """The strings `.ds` defines, read where a line names them."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str:
        if name in self.values:
            return self.values[name]
        return _PREDEFINED_STRINGS.get(name, "")


def _name_at(text: str, k: int) -> tuple[str, int]:
    """The name an escape takes at `k` ("x", "(xx", "[name]") and where it ends."""
    if k >= len(text):
        return "", k
    if text[k] == "(":
        return text[k + 1:k + 3], min(k + 3, len(text))
    if text[k] == "[":
        end = text.find("]", k + 1)
        if end < 0:
            return text[k + 1:], len(text)
        return text[k + 1:end], end + 1
    return text[k], k + 1


def _size_end(text: str, k: int) -> int:
    """Where a size escape's argument ends ("\\s-2", "\\s12", "\\s(12", "\\s+[12]", "\\s'12'")."""
    if k < len(text) and text[k] in "+-":
        k += 1
    if k >= len(text):
        return k
    char = text[k]
    if char == "(":
        return min(k + 3, len(text))
    if char == "[":
        end = text.find("]", k + 1)
        return len(text) if end < 0 else end + 1
    if char == "'":
        end = text.find("'", k + 1)
        return len(text) if end < 0 else end + 1
    if char.isdigit():
        if char in "123" and k + 1 < len(text) and text[k + 1].isdigit() and text[k - 1] not in "+-":
            return k + 2  # "\s12": an old two-digit size
        return k + 1
    return k


def inline_text(text: str, strings: _Strings | None = None, translate: dict[str, str] | None = None,
                depth: int = 0) -> str:
    """A line's printed characters: strings interpolated, escapes read."""
    strings = strings or _Strings()
    out: list[str] = []
    k, expansions = 0, 0
    while True:
        j = text.find("\\", k)
        if j < 0:
            out.append(text[k:])
            break
        out.append(text[k:j])
        if j + 1 >= len(text):
            break
        char, k = text[j + 1], j + 2
        if char == "*":  # a string: its value is read in its place
            name, end = _name_at(text, k)
            name = name.split(" ", 1)[0]  # "\*[name arg …]": the name alone
            value = strings.get(name)
            expansions += 1
            if expansions <= _MAX_EXPANSIONS and len(text) + len(value) <= _MAX_LINE:
                text, k = text[end:], 0
                text = value + text
            else:
                k = end
            continue
        if char == "(":
            name, k = _name_at(text, j + 1)
            out.append(_glyph(name))
        elif char == "[":
            name, k = _name_at(text, j + 1)
            out.append(_glyph(name.split(" ", 1)[0]))
        elif char == "s":
            k = _size_end(text, k)
        elif char in _NAME_ESCAPES:
            if char in "nk" and k < len(text) and text[k] in "+-":
                k += 1
            _, k = _name_at(text, k)
        elif char in _DELIMITED_ESCAPES:
            if k >= len(text):
                break
            delimiter = text[k]
            end = text.find(delimiter, k + 1)
            content, k = (text[k + 1:], len(text)) if end < 0 else (text[k + 1:end], end + 1)
            if char == "N":
                out.append(_character(int(content)) if content.isdigit() and len(content) < 8 else "")
            elif char == "C":
                out.append(_glyph(content))
            elif char in "Zo" and depth < _MAX_DEPTH:
                out.append(inline_text(content, strings, translate, depth + 1))
        elif char in ("\"", "#"):
            break  # a comment to the line's end
        elif char == "!":
            break  # transparent output: for the device, not the page
        elif char == "?":
            end = text.find("\\?", k)
            k = len(text) if end < 0 else end + 2
        elif char in _SIMPLE:
            out.append(_SIMPLE[char])
        elif char in _ZERO_WIDTH or char == "c":
            pass
        else:
            out.append(char)
    line = "".join(out)
    if translate:
        line = "".join(translate.get(c, c) for c in line)
    return unicodedata.normalize("NFC", line) if any(unicodedata.combining(c) for c in line) else line


# -- requests --------------------------------------------------------------------------------------------------------
def _arguments(text: str) -> list[str]:
    """A request's arguments: parted by spaces, a "double-quoted" one holding its spaces ("" in it is a quote)."""
    args: list[str] = []
    k, n = 0, len(text)
    while k < n:
        while k < n and text[k] in " \t":
            k += 1
        if k >= n:
            break
        if text[k] == '"':
            k += 1
            piece = []
            while k < n:
                if text[k] == '"':
                    if k + 1 < n and text[k + 1] == '"':
                        piece.append('"')
                        k += 2
                        continue
                    k += 1
                    break
                if text[k] == "\\" and k + 1 < n:
                    piece.append(text[k:k + 2])
                    k += 2
                    continue
                piece.append(text[k])
                k += 1
            args.append("".join(piece))
        else:
            start = k
            while k < n and text[k] not in " \t":
                k += 2 if text[k] == "\\" else 1
            args.append(text[start:k])
    return args


def _without_comment(line: str) -> str:
    """The line before its comment (`\\"` or `\\#`), an escaped backslash ("\\\\") kept."""
    k = line.find("\\")
    while 0 <= k < len(line) - 1:
        if line[k + 1] in "\"#":
            return line[:k].rstrip() if line[k + 1] == '"' else line[:k]
        k = line.find("\\", k + 2)
    return line


def _source_lines(text: str) -> list[str]:
    """The source's lines, a line that ends on an escaped newline ("…\\") joined to the next."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines: list[str] = []
    carry = ""
    for line in text.split("\n"):
        line = carry + line
        trailing = len(line) - len(line.rstrip("\\"))
        if trailing % 2 == 1:
            carry = line[:-1]
            continue
        carry = ""
        lines.append(line)
    if carry:
        lines.append(carry)
    return lines


# -- tables ----------------------------------------------------------------------------------------------------------
_TAB_OPTION = re.compile(r"\btab\s*\(\s*(.)\s*\)", re.I)
_FORMAT_LINE = re.compile(r"^[\slLcCrRnNaAsS^_=\-|bBiItTdDuUzZeExXfFpPvVwWmM0-9().,+\[\]]*\.?\s*$")
_RULE_KEYS = frozenset("_=-")
_MAX_CELL_JOIN = 200  # a line longer than this closes no agency's name


def _format_keys(piece: str) -> list[str]:
    """The column keys of one format row ("c lw(2.5i) lb s ^"): "l", "c", "r", "n", "a", "s", "^", "_", "=" ."""
    keys: list[str] = []
    k, n = 0, len(piece)
    while k < n:
        char = piece[k]
        k += 1
        if char in "lcrnasLCRNAS":
            keys.append(char.lower())
        elif char in "^_=-":
            keys.append("_" if char == "-" else char)
        elif char in "fF":
            if k < n and piece[k] == "(":
                k += 3
            elif k < n and piece[k] == "[":
                end = piece.find("]", k)
                k = n if end < 0 else end + 1
            else:
                k += 1
                while k < n and (piece[k].isupper() or piece[k].isdigit()) and piece[k] not in "LCRNAS":
                    k += 1
        elif char in "wW":
            if k < n and piece[k] == "(":
                end = piece.find(")", k)
                k = n if end < 0 else end + 1
            else:
                while k < n and (piece[k].isdigit() or piece[k] == "."):
                    k += 1
        elif char in "pPvV":
            if k < n and piece[k] in "+-":
                k += 1
            while k < n and piece[k].isdigit():
                k += 1
        elif char in "mM" and k < n and piece[k] == "(":
            end = piece.find(")", k)
            k = n if end < 0 else end + 1
    return keys


def _opens_body(text: str) -> bool:
    return _BODY_OPENING.match(text) is not None


_BODY_OPENING = re.compile(r"^\W{0,2}(?:Các |các )?(?:" + "|".join(re.escape(word) for word in HEAD_WORDS) + r")(?![\w])")


def join_cell_lines(lines: list[str]) -> str:
    """A cell's printed lines as one: by a space, or by "; " where a break parts two agencies' names that no mark
    parts ("Cục A" / "Trung tâm B")."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if not out:
            out = line
            continue
        parted = out[-1] in ";,:.-–+" or line[:1] in "-–+•("
        names = len(out) <= _MAX_CELL_JOIN and _opens_body(out.rsplit("; ", 1)[-1]) and _opens_body(line)
        out += ("; " if names and not parted else " ") + line
    return out


class _Table:
    """One tbl table, from its options to `.TE`, as `| … |` rows."""

    def __init__(self, reader: "_Reader", lines: list[str]):
        self.reader = reader
        self.lines = lines

    def rows(self) -> list[str]:
        lines = self.lines
        i, tab = 0, "\t"
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i < len(lines) and lines[i].rstrip().endswith(";") and not _FORMAT_LINE.match(lines[i]):
            option = _TAB_OPTION.search(lines[i])
            tab = option[1] if option else tab
            i += 1
        formats, i = self._formats(i)
        out: list[str] = []
        row_number = 0
        above: list[str] = []
        width = max((len(keys) for keys in formats), default=1)
        while i < len(lines):
            line = lines[i]
            i += 1
            if line[:1] in ".'" and not line[1:2].isdigit() and _REQUEST_NAME.match(line):  # (".5": a number)
                name = _REQUEST_NAME.match(line)[1]
                if name == "T&":
                    more, i = self._formats(i)
                    if more:
                        formats, row_number = more, 0
                        width = max(width, max(len(keys) for keys in more))
                continue  # (.TH, .sp, .ft, .ne …: no cells)
            if line[:1] in ".'" and _COMMENT_LINE.match(line):
                continue
            if line.strip() in ("_", "=", "-", "\\_"):
                continue  # a rule across the table
            fields, i = self._fields(line, i, tab)
            while row_number < len(formats) - 1 and all(key in _RULE_KEYS for key in formats[row_number]):
                row_number += 1  # a format row of rules alone takes no data line
            keys = formats[min(row_number, len(formats) - 1)] if formats else ["l"]
            row_number += 1
            cells: list[str] = []
            spread: list[str] = []  # the row's words column by column, for a `^` below
            for column in range(max(width, len(keys))):
                key = keys[column] if column < len(keys) else "l"
                field = fields[column] if column < len(fields) else ""
                if key == "s":
                    spread.append(spread[-1] if spread else "")
                    continue
                if key == "^" or field == "\\^":
                    text = above[column] if column < len(above) else ""
                elif key in _RULE_KEYS or field in ("_", "=", "\\_", "\\="):
                    text = ""
                elif isinstance(field, list):
                    text = join_cell_lines(self.reader.block(field))
                else:
                    text = re.sub(r"\s+", " ", self.reader.inline(field)).strip()
                text = text.replace("|", "/")
                cells.append(text)
                spread.append(text)
            above = spread
            if any(cells):
                out.append(table_row(cells))
        return out

    def _formats(self, i: int) -> tuple[list[list[str]], int]:
        lines = self.lines
        formats: list[list[str]] = []
        while i < len(lines):
            line = lines[i].strip()
            if not line:
                i += 1
                continue
            if not _FORMAT_LINE.match(line):
                break  # no format line: the data begin (a broken table)
            i += 1
            done = line.endswith(".")
            for piece in (line[:-1] if done else line).split(","):
                keys = _format_keys(piece)
                if keys:
                    formats.append(keys)
            if done:
                break
        return formats, i

    def _fields(self, line: str, i: int, tab: str) -> tuple[list, int]:
        """A data line's entries, a text block (`T{` … `T}`) as its lines, and the index after it."""
        lines = self.lines
        fields: list = []
        while True:
            parts = line.split(tab)
            last = parts[-1]
            if not last.startswith("T{"):
                fields += parts
                return fields, i
            fields += parts[:-1]
            block = [last[2:]] if last[2:].strip() else []
            rest = None
            while i < len(lines):
                current = lines[i]
                i += 1
                if current.startswith("T}"):
                    rest = current[2:]
                    break
                block.append(current)
            fields.append(block)
            if rest is None or not rest.startswith(tab):
                return fields, i
            line = rest[len(tab):]


# -- the page --------------------------------------------------------------------------------------------------------
_HEADING_LABEL = re.compile(
    r"^(?:(?:[IVXLC]{1,7}|\d{1,3}(?:\.\d{1,3}){0,4}|[A-ZĐ]|[a-zđ])[.):]|\(\d{1,3}\)|\([a-zđ]\)"
    r"|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Phụ lục|PHỤ LỤC)\s+(?:[IVXLC]{1,7}|\d{1,3})\b)(?=\s|$)")
_SKIPPED_BLOCKS = {"FS": "FE", "EQ": "EN", "PS": "PE", "XS": "XE", "G1": "G2", "[": "]", "IS": "IE"}
_BREAKS = frozenset(("br", "sp", "bp", "ti", "in", "fi", "nf", "ce", "SP", "SK", "ad"))
_PARAGRAPHS = frozenset(("PP", "LP", "QP", "XP", "P", "TL", "AB", "AE", "KS", "KE", "KF", "B1", "B2", "1C", "2C", "MC",
                         "RS", "RE", "QS", "QE", "HP", "AS", "LE", "EE", "ID", "YS", "SY"))
_STARTS = _PARAGRAPHS | {"SH", "SS", "NH", "IP", "TP", "H", "HU", "LI", "AL", "BL", "DL", "ML", "RL", "VL", "LB"}
_MAX_FRAMES = 20  # macros called inside macros
_MAX_MACRO_LINES = 200000  # lines replayed from macros in one document
_MM_LISTS = {"AL": "1", "BL": "-", "DL": "-", "ML": "-", "RL": "[1]", "VL": "", "LB": ""}
_FONT_MACROS = frozenset(("B", "I", "R", "BI", "IB", "BR", "RB", "IR", "RI", "SB", "SM", "CW", "BX", "UL", "LG", "NL"))
_CONTROL_CHARS = (".", "'")
_UNITS = re.compile(r"(?<=\d)[icpPmnuvMsfz]")


class _Reader:
    def __init__(self) -> None:
        self.strings = _Strings()
        self.macros: dict[str, list[str]] = {}
        self.registers: dict[str, float] = {}
        self.translate: dict[str, str] = {}
        self.control, self.no_break = ".", "'"
        self.package = "ms"
        self.replayed = 0
        self.depth = 0
        self.else_stack: list[bool] = []
        self._reset_page()

    def _reset_page(self) -> None:
        self.out: list[str] = []
        self.paragraph: list[str] = []
        self.label: str | None = None
        self.fill = True
        self.display_depth = 0
        self.centred = 0
        self.joined = False  # the last text line ended on "\c"
        self.tag_next = False  # man's `.TP`: the next line is the item's tag
        self.no_fill_until_paragraph = False  # `.AU`, `.AI` lines
        self.section: list[int] = []
        self.mm_heading: list[int] = []
        self.lists: list[list] = []  # mm lists: [kind, count, mark]

    # -- output --
    def inline(self, text: str) -> str:
        return inline_text(text, self.strings, self.translate)

    def flush(self) -> None:
        text = re.sub(r"[ \t]+", " ", " ".join(self.paragraph)).strip()
        label = self.label
        if text and label:
            text = f"{label} {text}"
        elif label and label != "-":
            text = label
        if text:
            self.out.append(text)
        self.paragraph, self.label, self.joined = [], None, False

    def add_text(self, text: str, breaks_after: bool = False) -> None:
        if self.tag_next:
            self.tag_next = False
            self.label = _bullet_label(re.sub(r"\s+", " ", text).strip()) or None
            return
        if self.joined and self.paragraph:
            self.paragraph[-1] += text
        else:
            self.paragraph.append(text)
        if breaks_after:
            self.flush()

    # -- reading --
    def read(self, lines: list[str]) -> list[str]:
        frames: list[list] = [[lines, 0]]
        while frames:
            frame = frames[-1]
            if frame[1] >= len(frame[0]):
                frames.pop()
                continue
            line = frame[0][frame[1]]
            frame[1] += 1
            self._line(line, frames)
        self.flush()
        return self.out

    def block(self, lines: list[str]) -> list[str]:
        """The printed lines of a text block (`T{` … `T}`), read with this document's strings and macros."""
        if self.depth >= _MAX_DEPTH:
            return [self.inline(line) for line in lines if line[:1] not in _CONTROL_CHARS]
        saved = (self.out, self.paragraph, self.label, self.fill, self.display_depth, self.centred, self.joined,
                 self.tag_next, self.no_fill_until_paragraph, self.lists)
        self.out, self.paragraph, self.label, self.fill, self.display_depth = [], [], None, True, 0
        self.centred, self.joined, self.tag_next, self.no_fill_until_paragraph, self.lists = 0, False, False, False, []
        self.depth += 1
        try:
            return self.read(lines)
        finally:
            self.depth -= 1
            (self.out, self.paragraph, self.label, self.fill, self.display_depth, self.centred, self.joined,
             self.tag_next, self.no_fill_until_paragraph, self.lists) = saved

    def _next(self, frames: list[list]) -> str | None:
        while frames:
            frame = frames[-1]
            if frame[1] < len(frame[0]):
                frame[1] += 1
                return frame[0][frame[1] - 1]
            if len(frames) == 1:
                return None
            frames.pop()
        return None

    def _until(self, frames: list[list], ends: tuple[str, ...]) -> list[str]:
        """The lines up to a request named in `ends` (that line read too)."""
        taken: list[str] = []
        while (line := self._next(frames)) is not None:
            found = _REQUEST_NAME.match(line) if line[:1] in (self.control, self.no_break) else None
            if found and found[1] in ends:
                break
            taken.append(line)
        return taken

    def _line(self, line: str, frames: list[list]) -> None:
        if line[:1] in (self.control, self.no_break):
            self._request(line, frames)
            return
        text = _without_comment(line)
        if line.lstrip().startswith(('\\"', "\\#")):
            return  # a comment alone on its line
        if not text.strip():
            self.flush()
            return
        joins = text.endswith("\\c")
        printed = self.inline(text[:-2] if joins else text)
        if self.fill and not self.centred and not self.no_fill_until_paragraph and not self.joined \
                and text[:1] in " \t":
            self.flush()  # a line opening with a space breaks the line
        keep_line = not self.fill or self.centred > 0 or self.no_fill_until_paragraph
        if self.centred > 0 and not joins:
            self.centred -= 1
        self.add_text(printed, breaks_after=keep_line and not joins)
        self.joined = joins

    def _request(self, line: str, frames: list[list]) -> None:
        body = _without_comment(line[1:]).lstrip(" \t")
        breaks = line[0] == self.control
        if not body or body.startswith(("\\\"", "\\#")):
            return
        if body.startswith("\\}"):
            return
        name_end = 0
        while name_end < len(body) and body[name_end] not in " \t" and not body.startswith("\\\"", name_end):
            name_end += 1
        name, rest = body[:name_end], body[name_end:].strip(" \t")
        if name in self.macros and name not in ("TS", "TE", "T&"):
            self._replay(name, rest, frames)
            return
        if name == "TS":
            self.flush()
            lines = self._until(frames, ("TE",))
            self.out += _Table(self, lines).rows()
            return
        if name in _SKIPPED_BLOCKS:
            if name not in ("FS", "XS"):  # (a footnote's mark leaves the paragraph going on)
                self.flush()
            self._until(frames, (_SKIPPED_BLOCKS[name],))
            return
        if name in ("ig",):
            end = _arguments(rest)[0] if rest else "."
            while (next_line := self._next(frames)) is not None:
                if next_line.rstrip() == "." + end or (end == "." and next_line.rstrip() == ".."):
                    break
            return
        if name in ("de", "de1", "dei", "am", "am1", "ami"):
            args = _arguments(rest)
            end = args[1] if len(args) > 1 else "."
            taken: list[str] = []
            while (next_line := self._next(frames)) is not None:
                stripped = next_line.rstrip()
                if stripped == ".." if end == "." else re.match(r"^\.\s*" + re.escape(end) + r"(?:\s|$)", stripped):
                    break
                taken.append(next_line)
            if args:
                self.macros[args[0]] = (self.macros.get(args[0], []) if name.startswith("am") else []) + taken
            return
        if name in ("if", "ie", "el", "while"):
            self._conditional(name, rest, frames)
            return
        if name == "nop":
            self._line("\\&" + rest, frames)  # (the words as a text line, a dot opening them no request)
            return
        if name in ("ds", "ds1", "as", "as1"):
            self._define_string(name, rest)
            return
        if name in ("rm", "rn", "als"):
            self._rename(name, _arguments(rest))
            return
        if name == "nr":
            args = _arguments(rest)
            if len(args) >= 2:
                self.registers[args[0]] = self._number(args[1])
            return
        if name == "tr":
            self._translation(self.inline(rest))
            return
        if name in ("cc", "c2"):
            char = rest[:1] or ("." if name == "cc" else "'")
            if name == "cc":
                self.control = char
            else:
                self.no_break = char
            return
        if name == "tl":
            self.flush()
            self._title(rest)
            return
        if name in _FONT_MACROS:
            self._font_macro(name, _arguments(rest))
            return
        self._layout(name, rest, breaks)

    def _layout(self, name: str, rest: str, breaks: bool) -> None:
        if name in _BREAKS:
            if breaks:
                self.flush()
            if name == "ce":
                args = _arguments(rest)
                self.centred = int(self._number(args[0])) if args else 1
                self.centred = max(0, min(self.centred, 10000))
            elif name == "nf":
                self.fill = False
            elif name == "fi":
                self.fill = True
            return
        if name in ("DS", "LD", "CD", "BD", "ID") or name == "EX" and self.package == "man":  # (mm's: a caption)
            self.flush()
            self.display_depth += 1
            self.fill = False
            return
        if name in ("DE", "EE"):
            self.flush()
            self.display_depth = max(0, self.display_depth - 1)
            self.fill = self.display_depth == 0
            return
        if name in ("AU", "AI"):
            self.flush()
            self.no_fill_until_paragraph = True
            return
        if name in _STARTS:
            self.no_fill_until_paragraph = False
        if name in _PARAGRAPHS:
            self.flush()
            if name == "LE" and self.lists:
                self.lists.pop()
            return
        if name in ("SH", "SS"):
            self.flush()
            args = _arguments(rest)
            if self.package == "man" and args:
                self.add_text(self.inline(" ".join(args)), breaks_after=True)
            return
        if name == "NH":
            self.flush()
            self._numbered_heading(_arguments(rest))
            return
        if name == "IP":
            self.flush()
            args = _arguments(rest)
            self.label = _bullet_label(self.inline(args[0])) if args else None
            return
        if name == "TP":
            self.flush()
            self.tag_next = True
            return
        if name in ("H", "HU"):
            self.flush()
            self._mm_heading(name, _arguments(rest))
            return
        if name in _MM_LISTS:
            self.flush()
            args = _arguments(rest)
            kind = (args[0] if args and name == "AL" else _MM_LISTS[name]) or _MM_LISTS[name]
            mark = args[0] if args and name == "ML" else kind
            self.lists.append([name, 0, self.inline(mark)])
            return
        if name == "LI":
            self.flush()
            self._list_item(_arguments(rest))
            return
        # anything else (.ft, .ps, .nr, .ne, .fam, an undefined macro …) prints nothing and breaks nothing

    # -- the parts of the page --
    def _numbered_heading(self, args: list[str]) -> None:
        if args and args[0] == "S":
            self.section = [int(a) for a in args[1:] if a.isdigit()][:10]
            level = len(self.section)
        else:
            level = int(args[0]) if args and args[0].isdigit() else 1
            if level == 0:
                self.section, level = [], 1
            level = max(1, min(level, 10))
            del self.section[level:]
            self.section += [0] * (level - len(self.section))
            self.section[level - 1] += 1
        self.label = "\0" + ".".join(str(n) for n in self.section[:level]) + "."

    def _mm_heading(self, name: str, args: list[str]) -> None:
        words = self.inline(args[1] if name == "H" and len(args) > 1 else args[0] if name == "HU" and args else "")
        if name == "H":
            level = int(args[0]) if args and args[0].isdigit() else 1
            level = max(1, min(level, 14))
            del self.mm_heading[level:]
            self.mm_heading += [0] * (level - len(self.mm_heading))
            self.mm_heading[level - 1] += 1
            number = ".".join(str(n) for n in self.mm_heading) + ("." if level == 1 else "")
            if len(args) > 2:
                words += self.inline(args[2])
            self.label = "\0" + number
        if words.strip():
            self.add_text(words.strip(), breaks_after=True)

    def _list_item(self, args: list[str]) -> None:
        if not self.lists:
            self.label = _bullet_label(self.inline(args[0])) if args else None
            return
        kind = self.lists[-1]
        kind[1] += 1
        if kind[0] == "VL":
            self.label = _bullet_label(self.inline(args[0])) if args else None
            return
        automatic = _mm_mark(kind[0], kind[2], kind[1])
        if args and args[0]:
            mark = self.inline(args[0])
            automatic = f"{mark} {automatic}" if len(args) > 1 and kind[0] in ("AL", "RL") else mark
        self.label = _bullet_label(automatic)

    def _font_macro(self, name: str, args: list[str]) -> None:
        if not args:
            return  # a change of font for the lines after it
        words = [self.inline(arg) for arg in args]
        if self.package == "ms" and name in ("B", "I", "R", "BI", "CW", "BX", "UL", "LG", "NL", "SM"):
            text = (words[2] if len(words) > 2 else "") + words[0] + (words[1] if len(words) > 1 else "")
        elif self.package == "man" and name in ("B", "I", "SB", "SM"):
            text = " ".join(words)
        else:
            text = "".join(words)  # alternating fonts (man's `.BR`, mm's `.B a b c`)
        centred = self.centred > 0
        if centred:
            self.centred -= 1
        self.add_text(text, breaks_after=not self.fill or self.no_fill_until_paragraph or centred)

    def _title(self, rest: str) -> None:
        rest = rest.strip()
        if not rest:
            return
        delimiter = rest[0]
        parts = [self.inline(part).replace("%", "").strip() for part in rest[1:].split(delimiter)[:3]]
        text = " ".join(part for part in parts if part)
        if text:
            self.out.append(text)

    def _define_string(self, name: str, rest: str) -> None:
        found = re.match(r"(\S+)[ \t]?(.*)$", rest)
        if not found:
            return
        key, value = found[1], found[2]
        value = value[1:] if value.startswith('"') else value
        if key in _PAGE_STRINGS:
            value = ""
        self.strings.values[key] = (self.strings.values.get(key, "") if name.startswith("as") else "") + value

    def _rename(self, name: str, args: list[str]) -> None:
        if name == "rm":
            for arg in args:
                self.macros.pop(arg, None)
                self.strings.values.pop(arg, None)
        elif len(args) >= 2:
            old, new = (args[0], args[1]) if name == "rn" else (args[1], args[0])
            if old in self.macros:
                self.macros[new] = self.macros[old]
                if name == "rn":
                    del self.macros[old]
            if old in self.strings.values:
                self.strings.values[new] = self.strings.values[old]
                if name == "rn":
                    del self.strings.values[old]

    def _translation(self, pairs: str) -> None:
        for k in range(0, len(pairs) - 1, 2):
            self.translate[pairs[k]] = pairs[k + 1]
        if len(pairs) % 2:
            self.translate[pairs[-1]] = " "

    def _replay(self, name: str, rest: str, frames: list[list]) -> None:
        body = self.macros[name]
        if len(frames) >= _MAX_FRAMES or self.replayed + len(body) > _MAX_MACRO_LINES:
            return
        self.replayed += len(body)
        args = _arguments(rest)

        def argument(found: re.Match) -> str:
            key = found[1] or found[2] or found[3] or found[4]
            if key in ("*", "@"):
                return " ".join(args)
            if key == "0":
                return name
            index = int(key) if key.isdigit() else 0
            return args[index - 1] if 0 < index <= len(args) else ""

        lines = [_MACRO_ARGUMENT.sub(argument, line).replace("\\\\", "\\") for line in body]
        frames.append([lines, 0])

    def _conditional(self, name: str, rest: str, frames: list[list]) -> None:
        if name == "el":
            chosen = not self.else_stack.pop() if self.else_stack else False
            body = rest
        else:
            chosen, body = self._condition(rest)
            if name == "ie":
                self.else_stack.append(chosen)
            if name == "while":
                chosen = False  # (a loop would need registers that count: read as not taken)
        body = body.lstrip(" \t")
        opens = body.startswith("\\{")
        if opens:
            body = body[2:]
        if not chosen:
            if opens:
                depth = 1 + body.count("\\{") - body.count("\\}")
                while depth > 0 and (next_line := self._next(frames)) is not None:
                    depth += next_line.count("\\{") - next_line.count("\\}")
            return
        body = body.lstrip(" \t")
        if body.strip() in ("", "\\"):
            return
        self._line(body, frames)

    def _condition(self, text: str) -> tuple[bool, str]:
        text = text.lstrip(" \t")
        negate = False
        while text.startswith("!"):
            negate, text = not negate, text[1:]
        if not text:
            return False, ""
        first = text[0]
        value: bool
        if first in "tnoev" and (len(text) == 1 or not text[1].isalnum()):
            value, rest = first in "to", text[1:]
        elif first in "dr" and len(text) > 1 and text[1] in " \t":
            found = re.match(r"[dr][ \t]+(\S+)", text)
            key = found[1] if found else ""
            value = key in self.registers if first == "r" else (key in self.macros or key in self.strings.values)
            rest = text[found.end():] if found else ""
        elif first in "cFmS" and len(text) > 1 and text[1] in " \t":
            found = re.match(r"\S[ \t]+\S+", text)
            value, rest = True, text[found.end():] if found else ""
        elif not first.isalnum() and first not in "(\\+-.":
            parts = text[1:].split(first, 2)
            if len(parts) < 3:
                return False, ""
            value = self.inline(parts[0]) == self.inline(parts[1])
            rest = parts[2]
        else:
            found = re.match(r"\S+", text)
            expression = found[0] if found else ""
            value = self._number(expression) > 0
            rest = text[len(expression):]
        return value != negate, rest

    def _number(self, expression: str) -> float:
        """A numeric expression's value, read left to right as troff reads it; a register's value where it is named,
        0 where unknown."""
        expression = re.sub(r"\\n[+-]?(\(..|\[[^\]]*\]|.)", lambda found: str(self.registers.get(
            found[1].strip("([]"), 0)), expression)
        expression = _UNITS.sub("", expression.replace("\\", ""))
        tokens = re.findall(r"\d+(?:\.\d*)?|\.\d+|<=|>=|==|[-+*/%<>=&:()]", expression)
        try:
            value, _ = _evaluate(tokens, 0)
        except (IndexError, ValueError, ZeroDivisionError):
            return 0.0
        return value


_MACRO_ARGUMENT = re.compile(r"\\{1,2}\$(?:(\d)|\((\d\d)|\[(\d+|\*|@)\]|([*@0]))")


def _evaluate(tokens: list[str], k: int) -> tuple[float, int]:
    value, k = _operand(tokens, k)
    while k < len(tokens) and tokens[k] != ")":
        operator = tokens[k]
        right, k = _operand(tokens, k + 1)
        value = {"+": value + right, "-": value - right, "*": value * right,
                 "/": value / right if right else 0.0, "%": value % right if right else 0.0,
                 "<": float(value < right), ">": float(value > right), "<=": float(value <= right),
                 ">=": float(value >= right), "=": float(value == right), "==": float(value == right),
                 "&": float(value > 0 and right > 0), ":": float(value > 0 or right > 0)}.get(operator, value)
    return value, k


def _operand(tokens: list[str], k: int) -> tuple[float, int]:
    token = tokens[k]
    if token == "(":
        value, k = _evaluate(tokens, k + 1)
        return value, k + 1
    if token in "+-" and k + 1 < len(tokens):
        value, k = _operand(tokens, k + 1)
        return (-value if token == "-" else value), k
    return float(token), k + 1


def _bullet_label(label: str) -> str:
    label = re.sub(r"\s+", " ", label).strip()
    return "-" if label in _BULLETS else label


def _mm_mark(kind: str, style: str, count: int) -> str:
    """The mark mm prints before the `count`th item of a list: "1.", "A.", "a.", "I.", "i.", a bullet's dash."""
    if kind in ("BL", "DL", "ML"):
        return style or "-"
    if kind == "RL":
        return f"[{count}]"
    letter = chr(ord("a") + (count - 1) % 26)
    if style == "A":
        return letter.upper() + "."
    if style == "a":
        return letter + "."
    if style == "I":
        return roman_numeral(count) + "."
    if style == "i":
        return roman_numeral(count).lower() + "."
    return f"{count}."


def _package(lines: list[str]) -> str:
    """Which macro package the source is written for: man (`.TH` before any table, `.SH` with `.TP`), mm (`.H`,
    `.AL`, `.LI`), else ms."""
    names = [found[1] for line in lines[:5000] if line[:1] in ".'" and (found := _REQUEST_NAME.match(line))]
    if not names:
        return "ms"
    first_th = names.index("TH") if "TH" in names else -1
    if first_th >= 0 and "TS" not in names[:first_th] and ("SH" in names or "TP" in names):
        return "man"
    mm = sum(name in ("H", "HU", "AL", "BL", "DL", "LI", "LE", "VL", "P", "MT", "SG") for name in names)
    ms = sum(name in ("PP", "LP", "NH", "IP", "SH", "TL", "AU", "QP", "XP", "RS", "RE") for name in names)
    return "mm" if mm > ms else "ms"


def groff_as_text(text: str) -> str:
    lines = _source_lines(text)
    reader = _Reader()
    reader.package = _package(lines)
    out = reader.read(lines)
    printed = []
    for line in out:
        line = line.strip()
        if line.startswith("\0"):
            line = _heading_line(line)
        if line:
            printed.append(line)
    return "\n".join(printed) + "\n"


def _heading_line(line: str) -> str:
    """A heading with the number the formatter counted ("\\01. MỤC ĐÍCH"): the number, unless the heading's own text
    opens with a label of its own ("I. NHIỆM VỤ"), which the writer put there for the reader."""
    number, _, words = line[1:].partition(" ")
    if not words.strip():
        return ""  # a heading with no words: nothing to read
    return words if _HEADING_LABEL.match(words) else f"{number} {words}"
