"""groff source, as a typesetter or an old Unix office keeps a document, read as the lines of its printed page: the
`ms` macros and `tbl` tables (groff_tables); of `mm`, the paragraphs, headings and labelled items that cost nothing.

A request line opens with "." ("'" breaks no line), its name, then arguments, "double-quoted" where they hold spaces;
`.\\"` and `\\"` open comments. Text lines fill a paragraph until a macro, a break (`.br`, `.sp`, a line opening with
a space …) or a blank line; `.nf`, a display (`.DS`), `.ce n` and the author lines after `.AU` keep their lines. `.NH n`
prints the number the formatter counts ("1.", "1.1.") before a heading with no label of its own ("I. NHIỆM VỤ" keeps
its own), `.IP "a)"` an item labelled "a)" (a bullet, a dash), mm's `.H n "…"` and `.LI "a)"` alike; font macros
(`.B` …) keep their words; footnotes, equations and pictures go. Strings (`.ds`) are interpolated, macros (`.de`)
replayed with their arguments, `.if`/`.ie`/`.el` choose as the typesetter (not nroff) would; since the product reads
any page it is given, what a source defines can add only so much text to it. Escapes give their characters (`\\(em`,
`\\[u1EA1]`, `\\N'233'`, `\\-`, the spaces); fonts, sizes, motions and the zero-width ones give nothing; `\\c` joins
the next line.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .groff_tables import table_rows

# -- what the source is ----------------------------------------------------------------------------------------------
_HEAD = 100000  # characters read to tell
_CONTROLS = (".", "'")  # what opens a request line ("'" breaks no line)
# Requests and macros a roff source is made of: the typesetter's own and those of ms, mm and man.
_KNOWN = frozenset((
    "PP LP QP XP IP SH NH TL AU AI AB AE DS DE ID LD CD BD KS KE KF RS RE FS FE QS QE B1 B2 1C 2C MC RP DA ND OH EH "
    "OF EF PT BT XS XE XA PX TC IX B I R BI CW BX UL LG SM NL TS TE TH T& EQ EN PS PE "  # ms, tbl, eqn, pic
    "P H HU AL BL DL ML RL VL LI LE LB SP SK AS AT MT SG NS NE TB FG EX "  # mm
    "SS TP HP PD UR UE ME EE SY YS OP BR RB IR RI IB SB "  # man
    "br sp bp ne in ti ft ps vs nr ds as de am ig ce nf fi ad na hy nh ll lt po pl ta tl tr so mso fam fp ss "
    "ul cu ls if ie el rm rn als ev cc ec eo nop").split())
_STRONG = frozenset("TS TE PP LP NH SH IP TL AU DS DE T& nf fi ce ft ps nr ds de TP AL BL LI HU br sp bp ti in".split())
_REQUEST_NAME = re.compile(r"^[.'][ \t]*([^\s\\]{1,12})(?=[ \t]|$)")
_COMMENT_LINE = re.compile(r'^[.\'][ \t]*\\["#]')
_FONT_ESCAPE = re.compile(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w{0,20}\])")
_MIN_REQUESTS = 4
_MIN_NAMES = 3
_LINES_PER_REQUEST = 40  # a source's paragraphs run this long between requests at most, on average


def looks_like_groff(text: str) -> bool:
    """Whether the text is roff source: it opens with a request or a comment, and several of its lines, no few of
    them, are known requests or macros of several kinds; a comment line (`.\\"`) or a font escape adds evidence."""
    lines = [line for line in text[:_HEAD].lstrip("\ufeff").split("\n") if line.strip()]
    if not lines or lines[0][:1] not in _CONTROLS:
        return False  # (a page that quotes roff source opens with its own words)
    names = [found[1] for line in lines if (found := _REQUEST_NAME.match(line)) and found[1] in _KNOWN]
    if len(names) < _MIN_REQUESTS or len(set(names)) < _MIN_NAMES or _STRONG.isdisjoint(names):
        return False
    comments = sum(1 for line in lines if _COMMENT_LINE.match(line))
    evidence = len(names) + comments + min(len(_FONT_ESCAPE.findall(text, 0, _HEAD)), 5)
    return evidence >= max(_MIN_REQUESTS + 2, len(lines) // _LINES_PER_REQUEST)


# -- escapes ---------------------------------------------------------------------------------------------------------
_GLYPHS = {
    "em": "—", "en": "–", "hy": "-", "mi": "-", "bu": "•", "ci": "○", "sq": "□", "lq": "“", "rq": "”", "oq": "‘",
    "cq": "’", "aq": "'", "dq": '"', "Fo": "«", "Fc": "»", "de": "°", "mu": "×", "di": "÷", "+-": "±", "<=": "≤",
    ">=": "≥", "!=": "≠", "~~": "≈", "->": "→", "<-": "←", "co": "©", "rg": "®", "tm": "™", "sc": "§", "ps": "¶",
    "dg": "†", "Eu": "€", "eu": "€", "%0": "‰", "pc": "·", "rs": "\\", "sl": "/", "ru": "_", "ul": "_", "ba": "|",
    "bv": "|", "br": "", "sh": "#", "at": "@", "OK": "✓", "12": "½", "14": "¼", "34": "¾", "fi": "fi", "fl": "fl",
}
_NUMBER = re.compile(r"[-+]?[0-9]{1,7}")
_UNICODE_NAME = re.compile(r"u[0-9A-Fa-f]{4,6}(?:_[0-9A-Fa-f]{4,6})*")
_PREDEFINED_STRINGS = {"Q": "“", "U": "”", "lq": "“", "rq": "”", "-": "—", "EM": "—", "BU": "•", "R": "®", "Tm": "™"}
_ESCAPE = re.compile(r"""\\(?:
      [fFgkmMnVY$*][-+]?(?:\(..|\[[^\]]{0,40}\]|.)                   # a font, a register, a string not read: no words
    | s(?:[1-3]\d|[-+]?(?:\d|\(\d\d|\[[^\]]{0,20}\]|'[^']{0,20}'))    # a size
    | (?P<escape>[NClLhvwoDbxXZRSHABT])(?P<delimiter>.)(?P<argument>.*?)(?:(?P=delimiter)|$)  # "\h'1i'", "\N'233'"
    | \((?P<glyph>..) | \[(?P<named>[^\]]{0,40})\]                    # a glyph by its name
    | ["#!].*                                                         # a comment, words for the device
    | (?P<char>.)? )""", re.X)
_ESCAPED = {"e": "\\", "E": "\\", "~": " ", "0": " ", "t": " "}  # (and "\-", "\ ", "\\", "\." … their character)
# What gives nothing: the zero-width escapes and motions, and the escapes above when their argument is missing.
_SILENT = frozenset("&)%:|^/,{}zdurpac" "sfFgkmMnVY$*" "NClLhvwoDbxXZRSHABT")


def _escape_text(found: re.Match) -> str:
    name = found["glyph"] or found["named"]
    if name:
        return _glyph(name.split(" ", 1)[0])
    if found["escape"] == "N":
        return _character(_number(found["argument"]))
    if found["escape"] == "C":
        return _glyph(found["argument"])
    char = found["char"] or ""
    return _ESCAPED.get(char, "" if char in _SILENT else char)


def _glyph(name: str) -> str:
    if name in _GLYPHS:
        return _GLYPHS[name]
    if _UNICODE_NAME.fullmatch(name):  # "u1EA1", "u0065_0302_0301"
        return unicodedata.normalize("NFC", "".join(_character(int(code, 16)) for code in name[1:].split("_")))
    return name if len(name) == 1 else ""


def _character(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and chr(code).isprintable() else ""  # (no surrogate, no control)


def _number(text: str) -> int:
    """The whole number a numeric argument opens with ("2", "-1", "3i"), else 0: all a plan's source asks of troff's
    arithmetic (its expressions and registers set the page, not the words)."""
    found = _NUMBER.match(text)
    return int(found[0]) if found else 0


# -- lines and requests ----------------------------------------------------------------------------------------------
_CONTINUED = re.compile(r"(?<!\\)((?:\\\\)*)\\\n")  # a line ending on an escaped newline (an odd run of "\")
_UP_TO_COMMENT = re.compile(r'(?:[^\\]|\\[^"#]|\\$)*')
_REQUEST_LINE = re.compile(r"[.'][ \t]*(\S*)[ \t]*(.*)")
_ARGUMENT = re.compile(r'"((?:[^"\\]|""|\\.?)*)"?|((?:[^ \t\\]|\\.?)+)')
_STRING_CALL = re.compile(r"\\(?:\*(?:\((?P<two>..)|\[(?P<long>[^\]\s]{0,40})[^\]]{0,200}\]|(?P<one>.))|.)")
_MACRO_ARGUMENT = re.compile(r"\\{1,2}\$(?:(\d)|\((\d\d)|\[(\d{1,4}|\*|@)\]|([*@0]))")


def _source_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _CONTINUED.sub(r"\1", text).split("\n")


def _without_comment(line: str) -> str:
    return _UP_TO_COMMENT.match(line)[0].rstrip() if "\\" in line else line


def _request_name(line: str) -> str | None:
    found = _REQUEST_NAME.match(line)
    return found[1] if found else None


def _arguments(text: str) -> list[str]:
    """A request's arguments: parted by spaces, a "double-quoted" one holding its spaces ("" in it is a quote)."""
    return [found[2] if found[1] is None else found[1].replace('""', '"') for found in _ARGUMENT.finditer(text)]


# -- the page --------------------------------------------------------------------------------------------------------
_HEADING_LABEL = re.compile(
    r"^(?:(?:[IVXLC]{1,7}|\d{1,3}(?:\.\d{1,3}){0,4}|[A-ZĐ]|[a-zđ])[.):]|\(\d{1,3}\)|\([a-zđ]\)"
    r"|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Phụ lục|PHỤ LỤC)\s+(?:[IVXLC]{1,7}|\d{1,3})\b)(?=\s|$)")
_BULLETS = frozenset("•·○□■▪—–-*∗●◦‣⁃♦◆")
_SPACES = re.compile(r"[ \t]+")
_SKIPPED_BLOCKS = {"FS": "FE", "EQ": "EN", "PS": "PE", "XS": "XE", "G1": "G2", "[": "]", "IS": "IE"}
_BREAKS = frozenset("br sp bp ti in ce nf fi SP SK".split())
# The macros that open a paragraph, a heading, an item or a display: each ends the paragraph before.
_STARTS = frozenset("PP LP QP XP P TL AB AE KS KE KF B1 B2 1C 2C MC RS RE QS QE SH NH IP H HU AL BL DL VL LI LE "
                    "DS LD CD BD ID DE AU AI".split())
_FONT_MACROS = frozenset("B I R BI CW BX UL BR RB IR RI IB".split())  # `.B word after before`; mm's `.BR a b` alike
_KEPT_LINES = frozenset("DS LD CD BD ID AU AI".split())  # displays and author lines: the others fill again
_MAX_DEPTH = 8  # strings inside strings, text blocks inside tables
_MAX_FRAMES = 20  # macros called inside macros
_MAX_STRING = 2000  # characters a string may hold
_MAX_ADDED = 2_000_000  # characters strings and macros may add to a source
_READING_COST = 40  # characters a string interpolated, or a line a macro replays, counts for besides its own


def _bullet_label(label: str) -> str:
    label = " ".join(label.split())
    return "-" if label in _BULLETS else label


class _Definitions:
    """What a source defines for the whole of it, text blocks in its tables too, and how much text what it defines
    may still add to it (a string or a macro that names itself, or one called again and again, stops there)."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.macros: dict[str, list[str]] = {}
        self.allowance = _MAX_ADDED

    def spend(self, characters: int) -> bool:
        if characters > self.allowance:
            return False
        self.allowance -= characters
        return True


class _Reader:
    """Source lines read into the printed lines of the page: paragraphs, headings, items, table rows."""

    def __init__(self, definitions: _Definitions, depth: int = 0) -> None:
        self.definitions, self.depth = definitions, depth
        self.out: list[str] = []
        self.paragraph: list[str] = []  # its pieces and the spaces between them
        self.label: str | None = None  # an item's ("a)", "-")
        self.heading: str | None = None  # the number the formatter gives a heading ("1.2.")
        self.fill = True
        self.centred = 0  # lines that `.ce` keeps as they are
        self.joined = False  # the line before ended on "\c"
        self.numbers: list[int] = []  # headings counted, level by level
        self.else_chosen: list[bool] = []  # for each `.ie`, whether its `.el` is taken
        self.frames: list[Iterator[str]] = []  # the source, and the macros replayed in it
        self.pending: str | None = None  # a condition's body, read next as a line of its own

    def read(self, lines: list[str]) -> list[str]:
        self.frames = [iter(lines)]
        while (line := self._next_line()) is not None:
            if line[:1] in _CONTROLS:
                self._request(line)
            else:
                self._text(line)
        self._flush()
        return self.out

    def _next_line(self) -> str | None:
        if self.pending is not None:
            line, self.pending = self.pending, None
            return line
        while self.frames:
            line = next(self.frames[-1], None)
            if line is not None:
                return line
            self.frames.pop()
        return None

    def _lines_until(self, end: str) -> list[str]:
        """The lines up to the request named `end` (`.TE`; `..`, whose name is ".", after `.de`), which is read too."""
        lines: list[str] = []
        while (line := self._next_line()) is not None and _request_name(line) != end:
            lines.append(line)
        return lines

    # -- the paragraph --
    def _printed(self, text: str) -> str:
        return _ESCAPE.sub(_escape_text, self._interpolated(text))

    def _interpolated(self, text: str, depth: int = 0) -> str:
        """The text with each string it names (`\\*x`, `\\*(xx`, `\\*[name]`) in its place, and so on inside."""
        if "\\*" not in text:
            return text

        def value(found: re.Match) -> str:
            if found[0][1] != "*":
                return found[0]  # another escape, "\\" too
            name = found["two"] or found["long"] or found["one"] or ""
            string = self.definitions.strings.get(name, _PREDEFINED_STRINGS.get(name, ""))
            if depth >= _MAX_DEPTH or not self.definitions.spend(len(string) + _READING_COST):
                return ""
            return self._interpolated(string, depth + 1)

        return _STRING_CALL.sub(value, text)

    def _add(self, text: str, ends_line: bool = False) -> None:
        if self.paragraph and not self.joined:
            self.paragraph.append(" ")
        self.paragraph.append(text)
        if ends_line:
            self._flush()

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.paragraph)).strip()
        if self.heading is not None:  # the number counted, unless the words open with a label of their own
            text = text and (text if _HEADING_LABEL.match(text) else f"{self.heading} {text}")
        elif self.label:
            text = f"{self.label} {text}" if text else "" if self.label == "-" else self.label
        if text:
            self.out.append(text)
        self.paragraph, self.label, self.heading, self.joined = [], None, None, False

    def _keeps_line(self) -> bool:
        """Whether the line being read is printed as a line of its own: no filling, or centred (one fewer now)."""
        if self.centred > 0:
            self.centred -= 1
            return True
        return not self.fill

    def _text(self, line: str) -> None:
        if line.lstrip().startswith(('\\"', "\\#")):
            return  # a comment alone on its line
        text = _without_comment(line)
        if not text.strip():
            self._flush()  # a blank line
            return
        joins = text.endswith("\\c")
        if text[:1] in " \t" and self.fill and not self.centred and not self.joined:
            self._flush()  # a line opening with a space breaks the line
        self._add(self._printed(text[:-2] if joins else text), ends_line=not joins and self._keeps_line())
        self.joined = joins

    # -- requests --
    def _request(self, line: str) -> None:
        name, rest = _REQUEST_LINE.match(_without_comment(line)).groups()
        definitions = self.definitions
        if name in definitions.macros and name != "TS":  # (tbl reads its tables before any macro)
            self._replay(name, rest)
        elif name == "TS":
            self._flush()
            self.out += table_rows(self._lines_until("TE"), self._block)
        elif name in _SKIPPED_BLOCKS:
            if name != "FS":  # (a footnote's mark leaves the paragraph going on)
                self._flush()
            self._lines_until(_SKIPPED_BLOCKS[name])
        elif name == "ig":
            self._lines_until((_arguments(rest) or ["."])[0])
        elif name in ("de", "de1", "am", "am1"):
            args = _arguments(rest)
            body = self._lines_until(args[1] if len(args) > 1 else ".")
            if args and name.startswith("am"):
                definitions.macros.setdefault(args[0], []).extend(body)
            elif args:
                definitions.macros[args[0]] = body
        elif name in ("if", "ie", "el"):
            self._conditional(name, rest)
        elif name in ("ds", "ds1", "as", "as1"):
            self._define_string(name, rest)
        elif name == "tl":  # a title in three parts ("'left'centre'right'"), "%" the page's number
            self._flush()
            parts = rest[1:].split(rest[0])[:3] if rest else []
            self._add(" ".join(self._printed(part).replace("%", "") for part in parts), ends_line=True)
        elif name in _FONT_MACROS:
            words = [self._printed(arg) for arg in _arguments(rest)]
            if words:  # (without words, a change of font for the lines after it)
                self._add("".join(words[2:3] + words[:2]), ends_line=self._keeps_line())
        elif name in _BREAKS:
            self._break(name, rest, line[0] == ".")
        elif name in _STARTS:
            self._start(name, _arguments(rest))
        # anything else (.ft, .ps, .ne, .fam, .so, an undefined macro …) prints nothing and breaks nothing

    def _break(self, name: str, rest: str, breaks: bool) -> None:
        if breaks:
            self._flush()
        if name == "ce":
            args = _arguments(rest)
            self.centred = min(max(_number(args[0]), 0), 10000) if args else 1
        elif name in ("nf", "fi"):
            self.fill = name == "fi"

    def _start(self, name: str, args: list[str]) -> None:
        self._flush()
        self.fill = name not in _KEPT_LINES
        if name == "NH":
            self.heading = self._count(args) + "."
        elif name == "H":
            number = self._count(args)
            self.heading = number if "." in number else number + "."  # (mm ends a part's number alone with a dot)
            self._add(self._printed("".join(args[1:3])), ends_line=True)
        elif name == "HU":
            self._add(self._printed("".join(args[:1])), ends_line=True)
        elif name in ("IP", "LI"):  # (mm's lists number their items themselves: not read)
            self.label = _bullet_label(self._printed(args[0])) if args else None

    def _count(self, args: list[str]) -> str:
        """The number the formatter gives the next heading of the level `args` open with ("2" → "1.3")."""
        level = min(max(_number(args[0]), 1), 10) if args else 1
        del self.numbers[level:]
        self.numbers += [0] * (level - len(self.numbers))
        self.numbers[-1] += 1
        return ".".join(map(str, self.numbers))

    def _define_string(self, name: str, rest: str) -> None:
        parts = rest.split(maxsplit=1)
        if not parts:
            return
        value = parts[1].removeprefix('"') if len(parts) > 1 else ""  # (a quote opening the value keeps spaces)
        if name.startswith("as"):
            value = self.definitions.strings.get(parts[0], "") + value
        self.definitions.strings[parts[0]] = value[:_MAX_STRING]

    def _replay(self, name: str, rest: str) -> None:
        """A macro's lines read in place of its call, each argument (`\\$1`, `\\$*`) in its place."""
        body = self.definitions.macros[name]
        cost = sum(map(len, body)) + _READING_COST * len(body)
        if len(self.frames) >= _MAX_FRAMES or not self.definitions.spend(cost):
            return
        args = _arguments(rest)

        def argument(found: re.Match) -> str:
            key = found[1] or found[2] or found[3] or found[4]
            if key in ("*", "@"):
                return " ".join(args)
            if key == "0":
                return name
            return args[int(key) - 1] if 0 < int(key) <= len(args) else ""

        self.frames.append(iter([_MACRO_ARGUMENT.sub(argument, line).replace("\\\\", "\\") for line in body]))

    def _block(self, lines: list[str]) -> list[str]:
        """The printed lines of a table's entry or text block, read with the source's definitions."""
        return [] if self.depth >= _MAX_DEPTH else _Reader(self.definitions, self.depth + 1).read(lines)

    # -- conditions --
    def _conditional(self, name: str, rest: str) -> None:
        if name == "el":
            chosen, body = (not self.else_chosen.pop() if self.else_chosen else False), rest
        else:
            chosen, body = self._condition(rest)
            if name == "ie":
                self.else_chosen.append(chosen)
        body = body.lstrip(" \t")
        if body.startswith("\\{"):
            body = body[2:]
            if not chosen:  # the block not taken, to the "\}" that closes it
                depth = 1 + body.count("\\{") - body.count("\\}")
                while depth > 0 and (line := self._next_line()) is not None:
                    depth += line.count("\\{") - line.count("\\}")
        if chosen and body.strip() not in ("", "\\"):
            self.pending = body.lstrip(" \t")

    def _condition(self, text: str) -> tuple[bool, str]:
        """Whether the condition that opens `text` holds, as the typesetter reads it, and the words after it."""
        text = text.lstrip(" \t")
        condition = text.lstrip("!")
        negated = (len(text) - len(condition)) % 2 == 1
        if not condition:
            return False, ""
        first = condition[0]
        if first in "tnoev" and not condition[1:2].isalnum():  # troff (not nroff), an odd page …
            holds, rest = first in "to", condition[1:]
        elif first == "d" and condition[1:2] in (" ", "\t"):  # a string or a macro defined
            _, key, rest = (condition.split(maxsplit=2) + ["", ""])[:3]
            holds = key in self.definitions.macros or key in self.definitions.strings
        elif not first.isalnum() and first not in "(\\+-.":  # two strings compared: "'a'b'"
            parts = condition[1:].split(first, 2)
            if len(parts) < 3:
                return False, ""
            holds, rest = self._printed(parts[0]) == self._printed(parts[1]), parts[2]
        else:
            expression, rest = (condition.split(maxsplit=1) + [""])[:2]
            holds = _number(expression) > 0
        return holds != negated, rest


def groff_as_text(text: str) -> str:
    """The printed lines of a groff source, a paragraph, heading, item or table row a line."""
    return "\n".join(_Reader(_Definitions()).read(_source_lines(text))) + "\n"
